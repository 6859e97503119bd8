// Checks: if let / else if let / else chains mixing Option, Result and plain boolean conditions.
fn main() {
    let favorite_color: Option<&str> = None;
    let is_tuesday = false;
    let age: Result<u8, _> = "34".parse();

    if let Some(color) = favorite_color {
        println!("Using your favorite color, {color}, as the background");
    } else if is_tuesday {
        println!("Tuesday is green day!");
    } else if let Ok(age) = age {
        if age > 30 {
            println!("Using purple as the background color ({})", age);
        } else {
            println!("Using orange as the background color");
        }
    } else {
        println!("Using blue as the background color");
    }
    let values = [Some(3), None, Some(8)];
    for v in values {
        if let Some(n) = v {
            println!("got {}", n);
        } else {
            println!("got nothing");
        }
    }
    let bad: Result<i32, _> = "x1".parse::<i32>();
    if let Err(e) = bad {
        println!("parse error: {}", e);
    }
}
