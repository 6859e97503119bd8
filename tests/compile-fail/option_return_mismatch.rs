// Rejects: returning a bare i32 from a function declared to return Option<i32> (E0308).
fn first_even(v: &[i32]) -> Option<i32> {
    for &x in v {
        if x % 2 == 0 {
            return x;
        }
    }
    None
}

fn main() {
    println!("{:?}", first_even(&[1, 2]));
}
