// Checks: the book ch3 exercise printing the Twelve Days of Christmas with arrays, loops and match on ordinals.
fn ordinal(n: usize) -> &'static str {
    match n {
        1 => "first",
        2 => "second",
        3 => "third",
        4 => "fourth",
        5 => "fifth",
        _ => "later",
    }
}

fn main() {
    let gifts = [
        "a partridge in a pear tree",
        "two turtle doves",
        "three French hens",
        "four calling birds",
        "five golden rings",
    ];
    for day in 1..=gifts.len() {
        println!("On the {} day of Christmas my true love sent to me:", ordinal(day));
        for g in (0..day).rev() {
            if g == 0 && day > 1 {
                println!("and {}", gifts[g]);
            } else {
                let line = gifts[g];
                let mut chars = line.chars();
                let first = chars.next().unwrap().to_uppercase().collect::<String>();
                println!("{}{}", first, chars.as_str());
            }
        }
        println!();
    }
}
