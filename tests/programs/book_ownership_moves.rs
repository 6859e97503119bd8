// Checks: the book ch4 ownership: moves into functions and back, clone, Copy types, references and &mut.
fn takes_ownership(some_string: String) {
    println!("took {}", some_string);
}

fn makes_copy(some_integer: i32) {
    println!("copied {}", some_integer);
}

fn takes_and_gives_back(a_string: String) -> String {
    a_string + " (returned)"
}

fn calculate_length(s: &String) -> usize {
    s.len()
}

fn change(s: &mut String) {
    s.push_str(", world");
}

fn main() {
    let s = String::from("hello");
    takes_ownership(s);
    let x = 5;
    makes_copy(x);
    println!("x still {}", x);
    let s2 = String::from("yours");
    let s3 = takes_and_gives_back(s2);
    println!("{}", s3);
    let s4 = s3.clone();
    println!("{} / {}", s3, s4);
    let mut s5 = String::from("hello");
    let len = calculate_length(&s5);
    println!("The length of '{}' is {}.", s5, len);
    change(&mut s5);
    println!("{}", s5);
    let r1 = &s5;
    let r2 = &s5;
    println!("{} and {}", r1, r2);
    let r3 = &mut s5;
    r3.push('!');
    println!("{}", r3);
}
