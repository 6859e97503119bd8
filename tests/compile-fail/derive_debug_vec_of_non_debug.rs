// Rejects: `#[derive(Debug)]` on a struct whose `Vec` field holds a type without `Debug`
// (E0277, at the field): std's `Debug for Vec<T>` needs `T: Debug`.
struct Reading {
    celsius: f64,
}

#[derive(Debug)]
struct Log {
    name: String,
    readings: Vec<Reading>,
}

fn main() {
    let log = Log { name: String::from("a"), readings: vec![Reading { celsius: 1.5 }] };
    println!("{} {}", log.name, log.readings[0].celsius);
}
