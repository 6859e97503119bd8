// Types for `stackheap layout` (tests/layout.test.ts): their layouts are checked against rustc's
// in types.golden.json, made by `node scripts/layout-oracle.mjs`.
#![allow(dead_code)]

use std::marker::PhantomData;
use std::num::{NonZeroI64, NonZeroU16, NonZeroU32, NonZeroU8, Wrapping};

struct Point {
    x: i32,
    y: i32,
    flag: bool,
}

struct Line {
    start: Point,
    end: Point,
    width: u8,
}

#[repr(C)]
struct Header {
    tag: u8,
    len: u32,
    kind: u16,
}

struct Mixed {
    a: u8,
    b: u64,
    c: u16,
    d: char,
    e: bool,
}

struct Pair<T> {
    first: T,
    second: u16,
}

struct Unit;

struct Named {
    name: String,
    scores: Vec<u32>,
    id: u32,
}

enum Shape {
    Circle { r: f64 },
    Rect { w: u32, h: u32 },
    Empty,
}

enum Direction {
    North,
    East,
    South,
    West,
}

enum Sparse {
    Low = 10,
    High = 20,
}

enum Signed {
    Minus = -1,
    Zero = 0,
    Plus = 1,
}

#[repr(u8)]
enum Small {
    A(u16),
    B,
}

#[repr(C)]
enum CLike {
    X,
    Y(u8),
}

enum Message {
    Quit,
    Move { x: i32, y: i32 },
    Write(String),
    Color(u8, u8, u8),
}

enum Token {
    Number(char),
    Plus,
    Minus,
}

enum Nested {
    Inner(Direction),
    Other,
}

enum Jagged {
    Big(u32, bool, u16),
    Small(u8),
    Tiny,
}

struct Tail {
    a: (u8, u32, u8),
    b: bool,
    c: u64,
}

struct Arrays {
    bytes: [u8; 3],
    word: u32,
    flags: [bool; 2],
}

trait Area {
    fn area(&self) -> f64;
}

fn main() {}

struct Tagged {
    id: NonZeroU32,
    kind: PhantomData<String>,
    flag: bool,
}

struct ZeroSizedFirst {
    marker: PhantomData<u8>,
    small: u8,
    wide: u32,
}

struct ZeroSizedAround {
    unit: (),
    wide: u64,
    flag: bool,
    empty: [u8; 0],
}
