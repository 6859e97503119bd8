// Writes through `&mut` however the place is reached: a field, an index, a Vec element, a
// method on a field, through `&mut &mut`, a Box, match ergonomics on `&mut Option<_>`, and a
// range of an array.
struct Point {
    x: i32,
    tags: Vec<u8>,
}

struct Holder {
    p: Point,
}

impl Holder {
    fn bump(&mut self) {
        self.p.x += 1;
        self.p.tags.push(9);
    }
}

fn main() {
    let mut p = Point { x: 1, tags: vec![1] };
    let r = &mut p;
    r.x = 5;
    r.tags[0] = 2;
    r.tags.push(3);
    let rr = &mut &mut p;
    rr.x += 10;
    let mut v = vec![(1, 2), (3, 4)];
    let rv = &mut v;
    rv[1].0 = 30;
    let mut a = [1, 2, 3, 4];
    let ra = &mut a;
    ra[0] = 7;
    let s = &mut ra[1..3];
    s[0] = 8;
    let mut b = Box::new(Point { x: 0, tags: Vec::new() });
    let rb = &mut b;
    rb.x = 4;
    rb.tags.push(1);
    let mut o = Some(Holder { p: Point { x: 0, tags: vec![] } });
    if let Some(h) = &mut o {
        h.bump();
        h.p.x *= 3;
    }
    let h = o.unwrap();
    println!("{} {:?} {:?} {:?} {} {:?} {} {:?}", p.x, p.tags, v, a, b.x, b.tags, h.p.x, h.p.tags);
}
