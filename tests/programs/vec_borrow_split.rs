// Checks: using Vec with slices from functions, split_at_mut, chunks_mut, and passing &mut Vec to a function.
fn add_all(v: &mut Vec<i32>, n: i32) {
    for x in v.iter_mut() {
        *x += n;
    }
    v.push(n);
}

fn largest(v: &[i32]) -> &i32 {
    let mut best = &v[0];
    for x in v {
        if x > best {
            best = x;
        }
    }
    best
}

fn main() {
    let mut v = vec![3, 1, 4, 1, 5];
    add_all(&mut v, 10);
    println!("{:?}", v);
    println!("largest {}", largest(&v));
    {
        let (left, right) = v.split_at_mut(3);
        left[0] = right[0] * 2;
        right[1] = -1;
    }
    println!("{:?}", v);
    for chunk in v.chunks_mut(2) {
        chunk[0] = 0;
    }
    println!("{:?}", v);
    let first = v[0];
    v.push(first);
    println!("{:?}", v);
}
