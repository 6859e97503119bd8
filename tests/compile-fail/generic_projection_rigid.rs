// In a generic function, `<I as IntoIterator>::IntoIter` is a type of its own: it is no `u8`,
// whatever the instances' iterators are.
fn first<I: IntoIterator<Item = u8>>(items: I) -> u8 {
    let it: u8 = items.into_iter();
    it
}

fn main() {
    println!("{}", first(vec![1, 2]));
}
