// Checks: split_at_mut at the ends and in the middle (both halves written while alive),
// split_at_mut on an array and a sub-slice, chunks_mut with a short last chunk.
fn bump(part: &mut [i32], by: i32) {
    for x in part.iter_mut() {
        *x += by;
    }
}

fn main() {
    let mut v = vec![1, 2, 3, 4, 5, 6, 7];
    {
        let (a, b) = v.split_at_mut(0);
        println!("{:?} {:?}", a, b);
    }
    {
        let (a, b) = v.split_at_mut(7);
        println!("{} {}", a.len(), b.is_empty());
    }
    let (left, right) = v.split_at_mut(3);
    std::mem::swap(&mut left[0], &mut right[3]);
    bump(left, 10);
    bump(right, -1);
    println!("{:?} {:?}", left, right);
    println!("{:?}", v);
    let mut arr = [9u8; 5];
    let (x, y) = arr[1..].split_at_mut(2);
    x[0] = 1;
    y[1] = 2;
    println!("{:?}", arr);
    for (i, chunk) in v.chunks_mut(3).enumerate() {
        chunk[chunk.len() - 1] = i as i32 * 100;
    }
    let count = v.chunks_mut(2).len();
    println!("{:?} {}", v, count);
}
