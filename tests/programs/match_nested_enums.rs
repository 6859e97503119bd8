// Checks: nested enum patterns (enum inside enum, Option inside Result) and matching on references to enums.
#[derive(Debug)]
enum Color {
    Rgb(i32, i32, i32),
    Hsv(i32, i32, i32),
}

#[derive(Debug)]
enum Message {
    Quit,
    ChangeColor(Color),
}

fn main() {
    let msgs = [
        Message::ChangeColor(Color::Hsv(0, 160, 255)),
        Message::ChangeColor(Color::Rgb(1, 2, 3)),
        Message::Quit,
    ];
    for m in &msgs {
        match m {
            Message::ChangeColor(Color::Rgb(r, g, b)) => println!("rgb {} {} {}", r, g, b),
            Message::ChangeColor(Color::Hsv(h, s, v)) => println!("hsv {} {} {}", h, s, v),
            Message::Quit => println!("quit"),
        }
    }
    let results: [Result<Option<i32>, String>; 4] = [Ok(Some(3)), Ok(None), Err("bad".to_string()), Ok(Some(-1))];
    for r in &results {
        let d = match r {
            Ok(Some(n)) if *n > 0 => format!("positive {}", n),
            Ok(Some(n)) => format!("non-positive {}", n),
            Ok(None) => "nothing".to_string(),
            Err(e) => format!("error {}", e),
        };
        println!("{}", d);
    }
}
