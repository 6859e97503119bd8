// Checks: a pointer to a #[repr(C)] struct cast to a pointer to its first field and back (the
// two share their address), on the stack and in a box; the field written through one is read
// through the other.
#[repr(C)]
struct Header {
    tag: u32,
    len: u32,
}

#[repr(C)]
struct Packet {
    header: Header,
    payload: [u8; 4],
}

fn header_of(p: *mut Packet) -> *mut Header {
    p as *mut Header
}

fn main() {
    let mut p = Packet { header: Header { tag: 7, len: 4 }, payload: [1, 2, 3, 4] };
    let hp = header_of(&raw mut p);
    unsafe {
        (*hp).len = 9;
        println!("{} {}", (*hp).tag, (*hp).len);
    }
    let back = hp as *mut Packet;
    unsafe {
        (*back).payload[3] = 40;
        println!("{:?} {}", (*back).payload, (*back).header.len);
    }
    println!("{} {:?}", p.header.len, p.payload);

    let raw = Box::into_raw(Box::new(Packet { header: Header { tag: 1, len: 0 }, payload: [0; 4] }));
    let h = raw as *const Header;
    unsafe {
        println!("{} {}", (*h).tag, (*h).len);
        let b = Box::from_raw(raw);
        println!("{:?}", b.payload);
    }
}
