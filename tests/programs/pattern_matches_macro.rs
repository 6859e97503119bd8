// Checks: the matches! macro with alternatives, ranges and guards.
#[derive(Debug)]
enum Token {
    Num(i64),
    Plus,
    Minus,
    Ident(String),
}

fn main() {
    let toks = vec![Token::Num(3), Token::Plus, Token::Ident("x".into()), Token::Minus, Token::Num(-2)];
    for t in &toks {
        let is_op = matches!(t, Token::Plus | Token::Minus);
        let is_pos = matches!(t, Token::Num(n) if *n > 0);
        println!("{:?}: op={} pos={}", t, is_op, is_pos);
    }
    let count = toks.iter().filter(|t| matches!(t, Token::Num(_))).count();
    println!("numbers: {}", count);
    for c in ['a', 'Z', '3', '_'] {
        println!("{} {}", c, matches!(c, 'a'..='z' | 'A'..='Z'));
    }
}
