// Checks: the book's guessing game loop with cmp/Ordering, driven by a fixed list of guesses (no stdin, no randomness).
use std::cmp::Ordering;

fn main() {
    println!("Guess the number!");
    let secret_number = 42;
    let guesses = ["50", "  25\n", "abc", "42", "99"];
    for raw in guesses {
        println!("Please input your guess.");
        let guess: u32 = match raw.trim().parse() {
            Ok(num) => num,
            Err(_) => {
                println!("not a number: {:?}", raw);
                continue;
            }
        };
        println!("You guessed: {guess}");
        match guess.cmp(&secret_number) {
            Ordering::Less => println!("Too small!"),
            Ordering::Greater => println!("Too big!"),
            Ordering::Equal => {
                println!("You win!");
                break;
            }
        }
    }
}
