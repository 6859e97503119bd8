// Checks: derive(Clone, Copy) semantics: copies are independent, clone of nested String data is deep.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Vec2 {
    x: i32,
    y: i32,
}

#[derive(Debug, Clone)]
struct Player {
    name: String,
    pos: Vec2,
    items: Vec<String>,
}

fn main() {
    let a = Vec2 { x: 1, y: 2 };
    let mut b = a;
    b.x = 100;
    println!("{:?} {:?} {}", a, b, a == b);
    let p1 = Player { name: "p1".to_string(), pos: a, items: vec!["sword".to_string()] };
    let mut p2 = p1.clone();
    p2.name.push_str("-clone");
    p2.pos.y = -7;
    p2.items.push("shield".to_string());
    println!("{:?}", p1);
    println!("{:?}", p2);
    let arr = [a; 3];
    let mut arr2 = arr;
    arr2[1].x = 55;
    println!("{:?}", arr);
    println!("{:?}", arr2);
    let t = (a, 5u8);
    let t2 = t;
    println!("{:?} {:?}", t, t2);
}
