// Checks: @ bindings with ranges, with alternatives and in enum struct variants.
enum Message {
    Hello { id: i32 },
}

fn age_group(age: u32) -> String {
    match age {
        0 => String::from("newborn"),
        n @ 1..=12 => format!("child of {}", n),
        n @ 13..=19 => format!("teen of {}", n),
        n @ (20 | 30 | 40) => format!("round {}", n),
        n => format!("adult of {}", n),
    }
}

fn main() {
    for a in [0, 5, 15, 30, 33] {
        println!("{}", age_group(a));
    }
    for id in [5, 11, 3] {
        let msg = Message::Hello { id };
        match msg {
            Message::Hello { id: id_variable @ 3..=7 } => println!("Found an id in range: {}", id_variable),
            Message::Hello { id: 10..=12 } => println!("Found an id in another range"),
            Message::Hello { id } => println!("Found some other id: {}", id),
        }
    }
    let v = Some(42);
    if let Some(x @ 40..=50) = v {
        println!("in range {}", x);
    }
}
