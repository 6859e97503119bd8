// Checks: the book ch8 exercise: parse "Add X to Y" commands into a HashMap<String, Vec<String>> and list sorted.
use std::collections::HashMap;

fn main() {
    let commands = [
        "Add Sally to Engineering",
        "Add Amir to Sales",
        "Add Bob to Engineering",
        "Remove Ann from Sales",
        "Add Zed to Sales",
        "Add Carla to Marketing",
        "Add Al to Engineering",
    ];
    let mut dir: HashMap<String, Vec<String>> = HashMap::new();
    for cmd in commands {
        let words: Vec<&str> = cmd.split_whitespace().collect();
        match words.as_slice() {
            ["Add", name, "to", dept] => {
                dir.entry(dept.to_string()).or_default().push(name.to_string());
                println!("added {} to {}", name, dept);
            }
            _ => println!("unknown command: {}", cmd),
        }
    }
    let mut depts: Vec<&String> = dir.keys().collect();
    depts.sort();
    for d in depts {
        let mut people = dir[d].clone();
        people.sort();
        println!("{}: {}", d, people.join(", "));
    }
}
