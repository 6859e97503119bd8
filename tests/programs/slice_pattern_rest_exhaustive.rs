// Slice patterns with a rest cover arrays and slices of every length they allow.
fn ends(s: &[i32]) -> String {
    match s {
        [] => "empty".to_string(),
        [x] => format!("one {}", x),
        [first, .., last] => format!("{}..{}", first, last),
    }
}

fn head(s: &[u8]) -> Option<u8> {
    match s {
        [first, rest @ ..] => Some(first + rest.len() as u8),
        [] => None,
    }
}

fn pairs(s: &[bool]) -> u32 {
    match s {
        [] | [_] => 0,
        [true, ..] => 1,
        [.., false] => 2,
        [false, .., true] => 3,
    }
}

fn tail_len(v: &Vec<char>) -> usize {
    match v.as_slice() {
        [.., _, _] => 2,
        [_] => 1,
        [] => 0,
    }
}

fn main() {
    let a = [1, 2, 3];
    match a {
        [first, .., last] => println!("{} {}", first, last),
    }
    let [x, rest @ ..] = a;
    println!("{} {:?}", x, rest);
    match &a {
        [.., c] => println!("{}", c),
    }
    let b = [7u8; 5];
    match b {
        [p, q, .., r] => println!("{} {} {}", p, q, r),
    }
    for s in [&[][..], &[4][..], &[4, 5][..], &[4, 5, 6][..]] {
        println!("{}", ends(s));
    }
    println!("{:?} {:?}", head(&[3, 4, 5]), head(&[]));
    for s in [&[][..], &[true][..], &[false, true][..], &[false, false][..], &[true, false][..]] {
        println!("{}", pairs(s));
    }
    println!("{} {} {}", tail_len(&vec![]), tail_len(&vec!['a']), tail_len(&vec!['a', 'b', 'c']));
    let nested = [[1, 2], [3, 4]];
    match nested {
        [[a, ..], .., [.., d]] => println!("{} {}", a, d),
    }
}
