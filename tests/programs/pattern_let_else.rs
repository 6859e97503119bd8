// Checks: let-else with early return/continue, and refutable patterns in let-else.
fn parse_pair(s: &str) -> Option<(i32, i32)> {
    let Some((a, b)) = s.split_once(',') else {
        println!("no comma in {:?}", s);
        return None;
    };
    let Ok(x) = a.trim().parse::<i32>() else {
        println!("bad left {:?}", a);
        return None;
    };
    let Ok(y) = b.trim().parse::<i32>() else {
        println!("bad right {:?}", b);
        return None;
    };
    Some((x, y))
}

fn main() {
    for s in ["1,2", " 10 , -4", "nope", "a,3", "3,b"] {
        println!("{:?}", parse_pair(s));
    }
    let items = [Some(1), None, Some(3)];
    for it in items {
        let Some(v) = it else {
            println!("skip");
            continue;
        };
        println!("value {}", v);
    }
}
