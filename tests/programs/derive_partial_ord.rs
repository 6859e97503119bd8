// Checks: derived PartialEq/Eq/PartialOrd/Ord on structs and enums (field order and variant order), sorting and max/min.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Suit {
    Clubs,
    Diamonds,
    Hearts,
    Spades,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Card {
    rank: u8,
    suit: Suit,
}

#[derive(Debug, PartialEq, PartialOrd)]
enum Shape {
    Dot,
    Line(f64),
    Box { w: f64, h: f64 },
}

fn main() {
    let mut hand = vec![
        Card { rank: 10, suit: Suit::Hearts },
        Card { rank: 2, suit: Suit::Spades },
        Card { rank: 10, suit: Suit::Clubs },
        Card { rank: 14, suit: Suit::Diamonds },
    ];
    hand.sort();
    for c in &hand {
        println!("{:?}", c);
    }
    println!("max {:?}", hand.iter().max().unwrap());
    println!("{}", Suit::Clubs < Suit::Spades);
    println!("{:?}", Suit::Hearts.cmp(&Suit::Diamonds));
    println!("{}", hand[0] == Card { rank: 2, suit: Suit::Spades });
    println!("{}", Shape::Dot < Shape::Line(-5.0));
    println!("{}", Shape::Line(2.0) < Shape::Line(1.0));
    println!("{:?}", Shape::Box { w: 1.0, h: 2.0 }.partial_cmp(&Shape::Box { w: 1.0, h: f64::NAN }));
    println!("{:?}", std::cmp::max(Suit::Clubs, Suit::Hearts));
}
