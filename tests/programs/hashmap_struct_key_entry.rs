// Checks: derive(Hash) struct and enum keys, the entry API (or_insert, or_insert_with, or_insert_with_key, or_default, and_modify, key) with owned String keys (an occupied entry drops the key it was given), get by reference, and the entries moved to a sorted Vec before the map goes.
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Suit {
    Hearts,
    Spades,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Card {
    rank: u8,
    suit: Suit,
    label: String,
}

fn main() {
    let mut hands: HashMap<Card, Vec<u32>> = HashMap::new();
    let deal = [(10, Suit::Hearts), (3, Suit::Spades), (10, Suit::Hearts), (12, Suit::Spades), (3, Suit::Spades)];
    for (round, (rank, suit)) in deal.iter().enumerate() {
        let card = Card { rank: *rank, suit: *suit, label: format!("{}{:?}", rank, suit) };
        hands.entry(card).or_insert_with(Vec::new).push(round as u32);
    }
    let probe = Card { rank: 3, suit: Suit::Spades, label: String::from("3Spades") };
    println!("{:?}", hands.get(&probe));
    println!("{}", hands.contains_key(&Card { rank: 3, suit: Suit::Hearts, label: String::from("3Hearts") }));

    let mut counts: HashMap<String, usize> = HashMap::new();
    for w in "a rose is a rose is a rose".split(' ') {
        *counts.entry(w.to_string()).or_default() += 1;
    }
    counts.entry(String::from("is")).and_modify(|n| *n *= 10).or_insert(0);
    counts.entry(String::from("thorn")).and_modify(|n| *n *= 10).or_insert(0);
    let e = counts.entry(String::from("petal"));
    println!("key {}", e.key());
    let len = *e.or_insert_with_key(|k| k.len());
    println!("petal {}", len);
    let mut cv: Vec<(String, usize)> = counts.into_iter().collect();
    cv.sort();
    println!("{:?}", cv);

    let mut hv: Vec<(Card, Vec<u32>)> = hands.into_iter().collect();
    hv.sort();
    for (card, rounds) in &hv {
        println!("{} {:?} {:?}", card.label, card.suit, rounds);
    }
}
