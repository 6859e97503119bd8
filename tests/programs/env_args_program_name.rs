// `std::env::args()` in a run with no arguments: the program's name alone, as the binary sees
// it when run as `./NAME`.
use std::env;

fn main() {
    let args: Vec<String> = env::args().collect();
    println!("{} {:?}", args.len(), args);
    println!("{:?}", args.get(1));
    let name = std::env::args().next().unwrap();
    println!("{} {}", name, name.ends_with("env_args_program_name"));
    for a in env::args().skip(1) {
        println!("argument {}", a);
    }
    println!("{} {:?}", env::args().count(), env::args().len());
    let last = env::args().next_back();
    println!("{:?}", last.map(|s| s.len()));
    let first_arg: Option<i32> = env::args().nth(1).and_then(|s| s.parse().ok());
    println!("{}", first_arg.unwrap_or(10));
}
