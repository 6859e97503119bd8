// Checks: a program's own types may reuse names of std types it does not import (Cell, Map, Entry, Weak, Iter) while std's are used inside.
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Cell {
    Dead,
    Alive,
}

struct Map {
    cells: Vec<Cell>,
}

#[derive(Debug)]
struct Entry {
    key: String,
    count: usize,
}

struct Weak(u8);

struct Iter {
    n: u32,
}

impl Iterator for Iter {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.n == 0 {
            None
        } else {
            self.n -= 1;
            Some(self.n)
        }
    }
}

fn main() {
    let map = Map { cells: vec![Cell::Alive, Cell::Dead, Cell::Alive] };
    let alive: Vec<usize> = map.cells.iter().enumerate().filter(|(_, c)| **c == Cell::Alive).map(|(i, _)| i).collect();
    println!("{:?} {:?}", alive, map.cells);
    let mut counts: HashMap<String, usize> = HashMap::new();
    for w in "a b a".split(' ') {
        *counts.entry(w.to_string()).or_insert(0) += 1;
    }
    let e = Entry { key: String::from("a"), count: counts["a"] };
    println!("{:?} {}", e, Weak(3).0);
    let total: u32 = Iter { n: 4 }.map(|x| x * 10).sum();
    println!("{}", total);
}
