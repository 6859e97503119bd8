// Types fixed through the bounds of the impls a call selects: collect into Result and Option of
// collections whose element type is left to inference, unzip into annotated pairs.

fn parse_all(words: &str) -> Result<Vec<i64>, std::num::ParseIntError> {
    words.split(' ').map(|w| w.parse()).collect()
}

fn main() {
    let r = ["1", "2", "3"].iter().map(|s| s.parse::<i32>()).collect::<Result<Vec<_>, _>>();
    println!("{:?}", r);
    let bad = "1 x 3".split(' ').map(|s| s.parse::<u64>()).collect::<Result<Vec<_>, _>>();
    println!("{:?}", bad.is_err());
    let o: Option<Vec<_>> = vec![Some(1u8), Some(2)].into_iter().collect();
    println!("{:?}", o);
    let none = vec![Some(1u8), None].into_iter().collect::<Option<Vec<_>>>();
    println!("{:?}", none);
    let s: Result<String, ()> = vec![Ok('a'), Ok('b')].into_iter().collect();
    println!("{:?}", s);
    let text = vec![Ok("ab"), Ok("c")].into_iter().collect::<Result<String, u8>>();
    println!("{:?}", text);
    println!("{:?} {:?}", parse_all("4 5"), parse_all("4 five").is_err());

    let (a, b): (Vec<i128>, Vec<char>) = vec![(1, 'x'), (2, 'y')].into_iter().unzip();
    println!("{:?} {:?}", a, b);
    let (small, big): (Vec<_>, Vec<u64>) = vec![(1u8, 300), (2, 400)].into_iter().unzip();
    println!("{:?} {:?}", small, big);
}
