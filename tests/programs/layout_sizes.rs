// Checks: size_of and align_of of 173 types, as rustc lays them out on x86_64 (the layout corpus).
use std::mem::{align_of, size_of};

#[allow(dead_code)]
struct Unit;
#[allow(dead_code)]
struct Point { x: i32, y: i32 }
#[allow(dead_code)]
struct Mixed { a: u8, b: u32, c: u16 }
#[allow(dead_code)]
#[repr(C)]
struct MixedC { a: u8, b: u32, c: u16 }
#[allow(dead_code)]
struct Padded { a: u8, b: u64, c: u8 }
#[allow(dead_code)]
#[repr(C)]
struct PaddedC { a: u8, b: u64, c: u8 }
#[allow(dead_code)]
struct WithBool { flag: bool, n: u32 }
#[allow(dead_code)]
struct WithRef<'a> { r: &'a i32, n: u8 }
#[allow(dead_code)]
struct Nested { p: Point, m: Mixed, tag: u8 }
#[allow(dead_code)]
struct Strings { name: String, tags: Vec<String>, id: u32 }
#[allow(dead_code)]
struct Bytes3 { a: u8, b: u8, c: u8 }
#[allow(dead_code)]
struct ArrAndU16 { a: [u8; 3], b: u16 }
#[allow(dead_code)]
struct BigAlign { a: u128, b: u8 }
#[allow(dead_code)]
struct Wrapper(u64);
#[allow(dead_code)]
struct Pair(u8, u64, u8);
#[allow(dead_code)]
struct Generic<T> { value: T, count: u8 }
#[allow(dead_code)]
enum Empty {}
#[allow(dead_code)]
enum One { Only }
#[allow(dead_code)]
enum Two { A, B }
#[allow(dead_code)]
enum Direction { North, East, South, West }
#[allow(dead_code)]
#[repr(u8)]
enum Small { A = 1, B = 2 }
#[allow(dead_code)]
#[repr(u32)]
enum Wide { A, B }
#[allow(dead_code)]
#[repr(i64)]
enum Signed { Neg = -1, Pos = 1 }
#[allow(dead_code)]
enum Big { A = 1000, B = 2000 }
#[allow(dead_code)]
enum Many { V0, V1, V2, V3, V4, V5, V6, V7, V8, V9 }
#[allow(dead_code)]
enum Message { Quit, Move { x: i32, y: i32 }, Write(String), ChangeColor(i32, i32, i32) }
#[allow(dead_code)]
enum Shape { Circle(f64), Rect(f64, f64), Dot }
#[allow(dead_code)]
enum IntOrFloat { I(i32), F(f32) }
#[allow(dead_code)]
enum ByteOrWide { B(u8), W(u64) }
#[allow(dead_code)]
enum BoolOrByte { B(bool), N(u8) }
#[allow(dead_code)]
enum MaybeRef<'a> { Yes(&'a u8), No }
#[allow(dead_code)]
enum Tree { Leaf(i32), Node(Box<Tree>, Box<Tree>) }
#[allow(dead_code)]
enum List { Cons(i32, Box<List>), Nil }
#[allow(dead_code)]
enum Inner { A(u8), B(u8), C }
#[allow(dead_code)]
enum Outer { X(Inner), Y, Z }
#[allow(dead_code)]
enum WithVec { Items(Vec<u32>), Nothing }
#[allow(dead_code)]
enum WithString { S(String), N(u64) }
#[allow(dead_code)]
enum CharOr { C(char), Other }
#[allow(dead_code)]
#[repr(C)]
enum CEnum { A(u8), B(u32) }
#[allow(dead_code)]
#[repr(u8)]
enum ReprData { A(u32), B(u8) }
#[allow(dead_code)]
enum Jagged { A(u8, u32), B(u16) }
#[allow(dead_code)]
enum Triple { A(u64), B(u8), C(u16) }
#[allow(dead_code)]
enum BoolPair { A(bool, bool), B }
#[allow(dead_code)]
enum NestedOpt { A(Option<u8>), B }
#[allow(dead_code)]
enum Unit3 { A(()), B(()), C }
#[allow(dead_code)]
enum Fat<'a> { S(&'a str), N }
trait Speak { fn speak(&self) -> u8; }

fn main() {
    println!("u8: {} {}", size_of::<u8>(), align_of::<u8>());
    println!("u16: {} {}", size_of::<u16>(), align_of::<u16>());
    println!("u32: {} {}", size_of::<u32>(), align_of::<u32>());
    println!("u64: {} {}", size_of::<u64>(), align_of::<u64>());
    println!("u128: {} {}", size_of::<u128>(), align_of::<u128>());
    println!("usize: {} {}", size_of::<usize>(), align_of::<usize>());
    println!("i8: {} {}", size_of::<i8>(), align_of::<i8>());
    println!("i16: {} {}", size_of::<i16>(), align_of::<i16>());
    println!("i32: {} {}", size_of::<i32>(), align_of::<i32>());
    println!("i64: {} {}", size_of::<i64>(), align_of::<i64>());
    println!("i128: {} {}", size_of::<i128>(), align_of::<i128>());
    println!("isize: {} {}", size_of::<isize>(), align_of::<isize>());
    println!("f32: {} {}", size_of::<f32>(), align_of::<f32>());
    println!("f64: {} {}", size_of::<f64>(), align_of::<f64>());
    println!("bool: {} {}", size_of::<bool>(), align_of::<bool>());
    println!("char: {} {}", size_of::<char>(), align_of::<char>());
    println!("(): {} {}", size_of::<()>(), align_of::<()>());
    println!("(u8,): {} {}", size_of::<(u8,)>(), align_of::<(u8,)>());
    println!("(u8, u32): {} {}", size_of::<(u8, u32)>(), align_of::<(u8, u32)>());
    println!("(u32, u8): {} {}", size_of::<(u32, u8)>(), align_of::<(u32, u8)>());
    println!("(u8, u16, u8): {} {}", size_of::<(u8, u16, u8)>(), align_of::<(u8, u16, u8)>());
    println!("(u8, u64, u8): {} {}", size_of::<(u8, u64, u8)>(), align_of::<(u8, u64, u8)>());
    println!("(u64, u8, u16, u8): {} {}", size_of::<(u64, u8, u16, u8)>(), align_of::<(u64, u8, u16, u8)>());
    println!("(bool, char): {} {}", size_of::<(bool, char)>(), align_of::<(bool, char)>());
    println!("(i32, f64, char): {} {}", size_of::<(i32, f64, char)>(), align_of::<(i32, f64, char)>());
    println!("((u8, u8), u16): {} {}", size_of::<((u8, u8), u16)>(), align_of::<((u8, u8), u16)>());
    println!("((i32, i32), (f64, char), &str): {} {}", size_of::<((i32, i32), (f64, char), &str)>(), align_of::<((i32, i32), (f64, char), &str)>());
    println!("[u8; 0]: {} {}", size_of::<[u8; 0]>(), align_of::<[u8; 0]>());
    println!("[u8; 3]: {} {}", size_of::<[u8; 3]>(), align_of::<[u8; 3]>());
    println!("[u16; 5]: {} {}", size_of::<[u16; 5]>(), align_of::<[u16; 5]>());
    println!("[u64; 2]: {} {}", size_of::<[u64; 2]>(), align_of::<[u64; 2]>());
    println!("[bool; 7]: {} {}", size_of::<[bool; 7]>(), align_of::<[bool; 7]>());
    println!("[(u8, u16); 3]: {} {}", size_of::<[(u8, u16); 3]>(), align_of::<[(u8, u16); 3]>());
    println!("[[u8; 3]; 4]: {} {}", size_of::<[[u8; 3]; 4]>(), align_of::<[[u8; 3]; 4]>());
    println!("[char; 2]: {} {}", size_of::<[char; 2]>(), align_of::<[char; 2]>());
    println!("&u8: {} {}", size_of::<&u8>(), align_of::<&u8>());
    println!("&i32: {} {}", size_of::<&i32>(), align_of::<&i32>());
    println!("&u64: {} {}", size_of::<&u64>(), align_of::<&u64>());
    println!("&mut u32: {} {}", size_of::<&mut u32>(), align_of::<&mut u32>());
    println!("&mut [i32]: {} {}", size_of::<&mut [i32]>(), align_of::<&mut [i32]>());
    println!("&str: {} {}", size_of::<&str>(), align_of::<&str>());
    println!("&[u8]: {} {}", size_of::<&[u8]>(), align_of::<&[u8]>());
    println!("&[u64]: {} {}", size_of::<&[u64]>(), align_of::<&[u64]>());
    println!("&dyn Speak: {} {}", size_of::<&dyn Speak>(), align_of::<&dyn Speak>());
    println!("&&u8: {} {}", size_of::<&&u8>(), align_of::<&&u8>());
    println!("*const u8: {} {}", size_of::<*const u8>(), align_of::<*const u8>());
    println!("*mut u64: {} {}", size_of::<*mut u64>(), align_of::<*mut u64>());
    println!("&[u8; 4]: {} {}", size_of::<&[u8; 4]>(), align_of::<&[u8; 4]>());
    println!("Box<u8>: {} {}", size_of::<Box<u8>>(), align_of::<Box<u8>>());
    println!("Box<i32>: {} {}", size_of::<Box<i32>>(), align_of::<Box<i32>>());
    println!("Box<str>: {} {}", size_of::<Box<str>>(), align_of::<Box<str>>());
    println!("Box<[u32]>: {} {}", size_of::<Box<[u32]>>(), align_of::<Box<[u32]>>());
    println!("Box<dyn Speak>: {} {}", size_of::<Box<dyn Speak>>(), align_of::<Box<dyn Speak>>());
    println!("Box<Box<u8>>: {} {}", size_of::<Box<Box<u8>>>(), align_of::<Box<Box<u8>>>());
    println!("Box<()>: {} {}", size_of::<Box<()>>(), align_of::<Box<()>>());
    println!("Box<Point>: {} {}", size_of::<Box<Point>>(), align_of::<Box<Point>>());
    println!("Option<u8>: {} {}", size_of::<Option<u8>>(), align_of::<Option<u8>>());
    println!("Option<u16>: {} {}", size_of::<Option<u16>>(), align_of::<Option<u16>>());
    println!("Option<u32>: {} {}", size_of::<Option<u32>>(), align_of::<Option<u32>>());
    println!("Option<u64>: {} {}", size_of::<Option<u64>>(), align_of::<Option<u64>>());
    println!("Option<u128>: {} {}", size_of::<Option<u128>>(), align_of::<Option<u128>>());
    println!("Option<i8>: {} {}", size_of::<Option<i8>>(), align_of::<Option<i8>>());
    println!("Option<bool>: {} {}", size_of::<Option<bool>>(), align_of::<Option<bool>>());
    println!("Option<char>: {} {}", size_of::<Option<char>>(), align_of::<Option<char>>());
    println!("Option<()>: {} {}", size_of::<Option<()>>(), align_of::<Option<()>>());
    println!("Option<&u8>: {} {}", size_of::<Option<&u8>>(), align_of::<Option<&u8>>());
    println!("Option<&str>: {} {}", size_of::<Option<&str>>(), align_of::<Option<&str>>());
    println!("Option<&[u8]>: {} {}", size_of::<Option<&[u8]>>(), align_of::<Option<&[u8]>>());
    println!("Option<&dyn Speak>: {} {}", size_of::<Option<&dyn Speak>>(), align_of::<Option<&dyn Speak>>());
    println!("Option<Box<u64>>: {} {}", size_of::<Option<Box<u64>>>(), align_of::<Option<Box<u64>>>());
    println!("Option<Box<str>>: {} {}", size_of::<Option<Box<str>>>(), align_of::<Option<Box<str>>>());
    println!("Option<Vec<u8>>: {} {}", size_of::<Option<Vec<u8>>>(), align_of::<Option<Vec<u8>>>());
    println!("Option<String>: {} {}", size_of::<Option<String>>(), align_of::<Option<String>>());
    println!("Option<Option<bool>>: {} {}", size_of::<Option<Option<bool>>>(), align_of::<Option<Option<bool>>>());
    println!("Option<Option<u8>>: {} {}", size_of::<Option<Option<u8>>>(), align_of::<Option<Option<u8>>>());
    println!("Option<Option<&u8>>: {} {}", size_of::<Option<Option<&u8>>>(), align_of::<Option<Option<&u8>>>());
    println!("Option<(u8, bool)>: {} {}", size_of::<Option<(u8, bool)>>(), align_of::<Option<(u8, bool)>>());
    println!("Option<(u32, bool)>: {} {}", size_of::<Option<(u32, bool)>>(), align_of::<Option<(u32, bool)>>());
    println!("Option<[bool; 2]>: {} {}", size_of::<Option<[bool; 2]>>(), align_of::<Option<[bool; 2]>>());
    println!("Option<Point>: {} {}", size_of::<Option<Point>>(), align_of::<Option<Point>>());
    println!("Option<Two>: {} {}", size_of::<Option<Two>>(), align_of::<Option<Two>>());
    println!("Option<Direction>: {} {}", size_of::<Option<Direction>>(), align_of::<Option<Direction>>());
    println!("Option<Option<Option<bool>>>: {} {}", size_of::<Option<Option<Option<bool>>>>(), align_of::<Option<Option<Option<bool>>>>());
    println!("Option<f64>: {} {}", size_of::<Option<f64>>(), align_of::<Option<f64>>());
    println!("Option<char>: {} {}", size_of::<Option<char>>(), align_of::<Option<char>>());
    println!("Result<u8, u8>: {} {}", size_of::<Result<u8, u8>>(), align_of::<Result<u8, u8>>());
    println!("Result<u32, u8>: {} {}", size_of::<Result<u32, u8>>(), align_of::<Result<u32, u8>>());
    println!("Result<(), u8>: {} {}", size_of::<Result<(), u8>>(), align_of::<Result<(), u8>>());
    println!("Result<(), String>: {} {}", size_of::<Result<(), String>>(), align_of::<Result<(), String>>());
    println!("Result<String, String>: {} {}", size_of::<Result<String, String>>(), align_of::<Result<String, String>>());
    println!("Result<u64, ()>: {} {}", size_of::<Result<u64, ()>>(), align_of::<Result<u64, ()>>());
    println!("Result<&u8, ()>: {} {}", size_of::<Result<&u8, ()>>(), align_of::<Result<&u8, ()>>());
    println!("Result<bool, bool>: {} {}", size_of::<Result<bool, bool>>(), align_of::<Result<bool, bool>>());
    println!("Result<i32, String>: {} {}", size_of::<Result<i32, String>>(), align_of::<Result<i32, String>>());
    println!("Result<Vec<u8>, u8>: {} {}", size_of::<Result<Vec<u8>, u8>>(), align_of::<Result<Vec<u8>, u8>>());
    println!("Result<char, u8>: {} {}", size_of::<Result<char, u8>>(), align_of::<Result<char, u8>>());
    println!("Vec<u8>: {} {}", size_of::<Vec<u8>>(), align_of::<Vec<u8>>());
    println!("Vec<u64>: {} {}", size_of::<Vec<u64>>(), align_of::<Vec<u64>>());
    println!("Vec<String>: {} {}", size_of::<Vec<String>>(), align_of::<Vec<String>>());
    println!("Vec<()>: {} {}", size_of::<Vec<()>>(), align_of::<Vec<()>>());
    println!("String: {} {}", size_of::<String>(), align_of::<String>());
    println!("Vec<Vec<u8>>: {} {}", size_of::<Vec<Vec<u8>>>(), align_of::<Vec<Vec<u8>>>());
    println!("Unit: {} {}", size_of::<Unit>(), align_of::<Unit>());
    println!("Point: {} {}", size_of::<Point>(), align_of::<Point>());
    println!("Mixed: {} {}", size_of::<Mixed>(), align_of::<Mixed>());
    println!("MixedC: {} {}", size_of::<MixedC>(), align_of::<MixedC>());
    println!("Padded: {} {}", size_of::<Padded>(), align_of::<Padded>());
    println!("PaddedC: {} {}", size_of::<PaddedC>(), align_of::<PaddedC>());
    println!("WithBool: {} {}", size_of::<WithBool>(), align_of::<WithBool>());
    println!("WithRef<'static>: {} {}", size_of::<WithRef<'static>>(), align_of::<WithRef<'static>>());
    println!("Nested: {} {}", size_of::<Nested>(), align_of::<Nested>());
    println!("Strings: {} {}", size_of::<Strings>(), align_of::<Strings>());
    println!("Bytes3: {} {}", size_of::<Bytes3>(), align_of::<Bytes3>());
    println!("ArrAndU16: {} {}", size_of::<ArrAndU16>(), align_of::<ArrAndU16>());
    println!("BigAlign: {} {}", size_of::<BigAlign>(), align_of::<BigAlign>());
    println!("Wrapper: {} {}", size_of::<Wrapper>(), align_of::<Wrapper>());
    println!("Pair: {} {}", size_of::<Pair>(), align_of::<Pair>());
    println!("Generic<u8>: {} {}", size_of::<Generic<u8>>(), align_of::<Generic<u8>>());
    println!("Generic<u32>: {} {}", size_of::<Generic<u32>>(), align_of::<Generic<u32>>());
    println!("Generic<u64>: {} {}", size_of::<Generic<u64>>(), align_of::<Generic<u64>>());
    println!("Generic<bool>: {} {}", size_of::<Generic<bool>>(), align_of::<Generic<bool>>());
    println!("Generic<String>: {} {}", size_of::<Generic<String>>(), align_of::<Generic<String>>());
    println!("Generic<()>: {} {}", size_of::<Generic<()>>(), align_of::<Generic<()>>());
    println!("Empty: {} {}", size_of::<Empty>(), align_of::<Empty>());
    println!("One: {} {}", size_of::<One>(), align_of::<One>());
    println!("Two: {} {}", size_of::<Two>(), align_of::<Two>());
    println!("Direction: {} {}", size_of::<Direction>(), align_of::<Direction>());
    println!("Small: {} {}", size_of::<Small>(), align_of::<Small>());
    println!("Wide: {} {}", size_of::<Wide>(), align_of::<Wide>());
    println!("Signed: {} {}", size_of::<Signed>(), align_of::<Signed>());
    println!("Big: {} {}", size_of::<Big>(), align_of::<Big>());
    println!("Many: {} {}", size_of::<Many>(), align_of::<Many>());
    println!("Message: {} {}", size_of::<Message>(), align_of::<Message>());
    println!("Shape: {} {}", size_of::<Shape>(), align_of::<Shape>());
    println!("IntOrFloat: {} {}", size_of::<IntOrFloat>(), align_of::<IntOrFloat>());
    println!("ByteOrWide: {} {}", size_of::<ByteOrWide>(), align_of::<ByteOrWide>());
    println!("BoolOrByte: {} {}", size_of::<BoolOrByte>(), align_of::<BoolOrByte>());
    println!("MaybeRef<'static>: {} {}", size_of::<MaybeRef<'static>>(), align_of::<MaybeRef<'static>>());
    println!("Tree: {} {}", size_of::<Tree>(), align_of::<Tree>());
    println!("List: {} {}", size_of::<List>(), align_of::<List>());
    println!("Inner: {} {}", size_of::<Inner>(), align_of::<Inner>());
    println!("Outer: {} {}", size_of::<Outer>(), align_of::<Outer>());
    println!("WithVec: {} {}", size_of::<WithVec>(), align_of::<WithVec>());
    println!("WithString: {} {}", size_of::<WithString>(), align_of::<WithString>());
    println!("CharOr: {} {}", size_of::<CharOr>(), align_of::<CharOr>());
    println!("CEnum: {} {}", size_of::<CEnum>(), align_of::<CEnum>());
    println!("ReprData: {} {}", size_of::<ReprData>(), align_of::<ReprData>());
    println!("Jagged: {} {}", size_of::<Jagged>(), align_of::<Jagged>());
    println!("Triple: {} {}", size_of::<Triple>(), align_of::<Triple>());
    println!("BoolPair: {} {}", size_of::<BoolPair>(), align_of::<BoolPair>());
    println!("NestedOpt: {} {}", size_of::<NestedOpt>(), align_of::<NestedOpt>());
    println!("Unit3: {} {}", size_of::<Unit3>(), align_of::<Unit3>());
    println!("Fat<'static>: {} {}", size_of::<Fat<'static>>(), align_of::<Fat<'static>>());
    println!("Option<Message>: {} {}", size_of::<Option<Message>>(), align_of::<Option<Message>>());
    println!("Option<Shape>: {} {}", size_of::<Option<Shape>>(), align_of::<Option<Shape>>());
    println!("Option<Inner>: {} {}", size_of::<Option<Inner>>(), align_of::<Option<Inner>>());
    println!("Option<Outer>: {} {}", size_of::<Option<Outer>>(), align_of::<Option<Outer>>());
    println!("Option<Tree>: {} {}", size_of::<Option<Tree>>(), align_of::<Option<Tree>>());
    println!("Option<WithVec>: {} {}", size_of::<Option<WithVec>>(), align_of::<Option<WithVec>>());
    println!("Option<WithString>: {} {}", size_of::<Option<WithString>>(), align_of::<Option<WithString>>());
    println!("Option<CharOr>: {} {}", size_of::<Option<CharOr>>(), align_of::<Option<CharOr>>());
    println!("Option<Jagged>: {} {}", size_of::<Option<Jagged>>(), align_of::<Option<Jagged>>());
    println!("Option<BoolPair>: {} {}", size_of::<Option<BoolPair>>(), align_of::<Option<BoolPair>>());
    println!("Option<Unit3>: {} {}", size_of::<Option<Unit3>>(), align_of::<Option<Unit3>>());
    println!("Option<Fat<'static>>: {} {}", size_of::<Option<Fat<'static>>>(), align_of::<Option<Fat<'static>>>());
    println!("Option<Small>: {} {}", size_of::<Option<Small>>(), align_of::<Option<Small>>());
    println!("Option<Empty>: {} {}", size_of::<Option<Empty>>(), align_of::<Option<Empty>>());
    println!("Option<One>: {} {}", size_of::<Option<One>>(), align_of::<Option<One>>());
}
