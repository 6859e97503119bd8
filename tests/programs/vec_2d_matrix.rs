// Checks: Vec<Vec<T>> matrices: construction, nested indexing, transpose and matrix multiplication.
fn transpose(m: &Vec<Vec<i32>>) -> Vec<Vec<i32>> {
    let rows = m.len();
    let cols = m[0].len();
    let mut t = vec![vec![0; rows]; cols];
    for r in 0..rows {
        for c in 0..cols {
            t[c][r] = m[r][c];
        }
    }
    t
}

fn matmul(a: &[Vec<i32>], b: &[Vec<i32>]) -> Vec<Vec<i32>> {
    let n = a.len();
    let m = b[0].len();
    let k = b.len();
    let mut out = vec![vec![0; m]; n];
    for i in 0..n {
        for j in 0..m {
            for x in 0..k {
                out[i][j] += a[i][x] * b[x][j];
            }
        }
    }
    out
}

fn main() {
    let m = vec![vec![1, 2, 3], vec![4, 5, 6]];
    let t = transpose(&m);
    println!("{:?}", t);
    let p = matmul(&m, &t);
    for row in &p {
        let strs: Vec<String> = row.iter().map(|x| format!("{:4}", x)).collect();
        println!("{}", strs.join(""));
    }
    let id: Vec<Vec<i32>> = (0..3).map(|i| (0..3).map(|j| if i == j { 1 } else { 0 }).collect()).collect();
    println!("{:?}", matmul(&m, &id) == m);
    println!("{}", m.iter().map(|r| r.iter().sum::<i32>()).max().unwrap());
}
