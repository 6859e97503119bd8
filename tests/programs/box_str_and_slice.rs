#[derive(Debug)]
struct Noisy(u8);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut s = String::with_capacity(32);
    s.push_str("boxed");
    let bs: Box<str> = s.into_boxed_str();
    println!("{} {} {}", bs, bs.len(), bs.to_uppercase());
    let mut v: Vec<u16> = Vec::with_capacity(10);
    v.extend([1u16, 2, 3]);
    let bv: Box<[u16]> = v.into_boxed_slice();
    println!("{:?} {} {}", bv, bv.len(), bv.iter().sum::<u16>());
    let bf: Box<str> = Box::from("lit");
    println!("{}", bf);
    let from_string: Box<str> = Box::from(String::from("owned"));
    println!("{:?}", from_string);
    let from_vec: Box<[Noisy]> = Box::from(vec![Noisy(1), Noisy(2)]);
    println!("{:?}", from_vec);
    let slice: &[i32] = &[4, 5, 6];
    let cloned: Box<[i32]> = Box::from(slice);
    println!("{:?} {}", cloned, cloned[2]);
    let empty: Box<[u8]> = Vec::new().into_boxed_slice();
    println!("{:?} {}", empty, std::mem::size_of::<Box<[u8]>>());
    let e2 = String::new().into_boxed_str();
    println!("[{}]", e2);
    drop(from_vec);
    println!("end");
}
