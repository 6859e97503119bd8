// No undefined behaviour: rustc rejects the conditional return of a borrow (NLL problem case #3), but the program is sound.
fn first_or_insert(map: &mut Vec<(i32, String)>, key: i32) -> &String {
    for entry in map.iter() {
        if entry.0 == key {
            return &entry.1;
        }
    }
    map.push((key, String::from("new")));
    &map[map.len() - 1].1
}

fn main() {
    let mut m = vec![(1, String::from("one"))];
    println!("{}", first_or_insert(&mut m, 1));
    println!("{}", first_or_insert(&mut m, 2));
}
