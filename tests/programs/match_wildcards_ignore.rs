// Checks: ignoring values with _, _name, and .. in tuples, and nested _ in Option patterns.
fn foo(_: i32, y: i32) -> i32 {
    y * 2
}

fn main() {
    println!("{}", foo(3, 4));
    let mut setting_value = Some(5);
    let new_setting_value = Some(10);
    match (setting_value, new_setting_value) {
        (Some(_), Some(_)) => println!("Can't overwrite an existing customized value"),
        _ => setting_value = new_setting_value,
    }
    println!("setting is {:?}", setting_value);
    let numbers = (2, 4, 8, 16, 32);
    match numbers {
        (first, _, third, _, fifth) => println!("Some numbers: {first}, {third}, {fifth}"),
    }
    match numbers {
        (first, .., last) => println!("first {} last {}", first, last),
    }
    let _unused = 3;
    let s = Some(String::from("Hello!"));
    if let Some(_) = s {
        println!("found a string");
    }
    println!("{:?}", s);
    let (.., y) = (1, 2, 3);
    println!("{}", y);
}
