// A range's end is the whole expression after `..`, even when it starts with a prefix operator.
fn main() {
    for i in 0..-1 {
        println!("never {}", i);
    }
    for i in -3..-1 {
        println!("a {}", i);
    }
    let n = 4;
    let r = &n;
    for i in 1..*r {
        println!("b {}", i);
    }
    for i in 0..-1 + 3 {
        println!("c {}", i);
    }
    for i in -2..-1 * -2 {
        println!("d {}", i);
    }
    let v: Vec<i64> = (-5..-2 as i64).collect();
    println!("{:?}", v);
    let w: Vec<i32> = (0..=-1 + n).collect();
    println!("{:?}", w);
    let x = 10;
    let s: Vec<i32> = (x - 2..x + 1).collect();
    println!("{:?}", s);
    println!("{}", (0..-(n - 6)).len());
    let to = ..-1 + 2;
    println!("{}", to.end);
    let arr = [1, 2, 3, 4, 5];
    let len: &usize = &4;
    println!("{:?}", &arr[1..*len - 1]);
    println!("{}", (1..-1 + 5).sum::<i32>());
}
