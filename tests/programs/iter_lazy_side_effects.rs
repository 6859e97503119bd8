// Checks: iterator laziness: side effects in map only happen when consumed, and interleave across adapters.
fn main() {
    let v = vec![1, 2, 3, 4];
    let it = v.iter().map(|x| {
        println!("map {}", x);
        x * 10
    });
    println!("nothing mapped yet");
    let firsts: Vec<i32> = it.take(2).collect();
    println!("{:?}", firsts);
    let found = v
        .iter()
        .inspect(|x| println!("inspect {}", x))
        .filter(|x| {
            println!("filter {}", x);
            **x % 2 == 0
        })
        .map(|x| {
            println!("map {}", x);
            x + 100
        })
        .next();
    println!("found {:?}", found);
    let any = v.iter().any(|x| {
        println!("any checks {}", x);
        *x >= 2
    });
    println!("{}", any);
    let mut r = 0..3;
    println!("{:?} {:?} {:?} {:?}", r.next(), r.next(), r.next(), r.next());
}
