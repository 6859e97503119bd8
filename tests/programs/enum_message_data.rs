// Checks: enums with unit, tuple and struct variants, methods on enums and match destructuring.
#[derive(Debug)]
enum Message {
    Quit,
    Move { x: i32, y: i32 },
    Write(String),
    ChangeColor(i32, i32, i32),
}

impl Message {
    fn call(&self) -> String {
        match self {
            Message::Quit => String::from("quit"),
            Message::Move { x, y } => format!("move to ({}, {})", x, y),
            Message::Write(text) => format!("write '{}' ({} bytes)", text, text.len()),
            Message::ChangeColor(r, g, b) => format!("color #{:02x}{:02x}{:02x}", r, g, b),
        }
    }
}

fn main() {
    let msgs = vec![
        Message::Write(String::from("hello")),
        Message::Move { x: 3, y: -7 },
        Message::ChangeColor(255, 128, 0),
        Message::Quit,
    ];
    for m in &msgs {
        println!("{:?} -> {}", m, m.call());
    }
    println!("{}", msgs.len());
}
