// Checks: the book's Coin enum, match returning values, a variant with inner enum data, and match arms with blocks.
#[derive(Debug, Clone, Copy)]
enum UsState {
    Alabama,
    Alaska,
}

enum Coin {
    Penny,
    Nickel,
    Dime,
    Quarter(UsState),
}

fn value_in_cents(coin: &Coin) -> u8 {
    match coin {
        Coin::Penny => {
            println!("Lucky penny!");
            1
        }
        Coin::Nickel => 5,
        Coin::Dime => 10,
        Coin::Quarter(state) => {
            println!("State quarter from {:?}!", state);
            25
        }
    }
}

fn main() {
    let coins = [Coin::Penny, Coin::Nickel, Coin::Dime, Coin::Quarter(UsState::Alaska), Coin::Quarter(UsState::Alabama)];
    let mut total = 0u32;
    for c in coins.iter() {
        let v = value_in_cents(c);
        total += v as u32;
        println!("value {}", v);
    }
    println!("total {}", total);
}
