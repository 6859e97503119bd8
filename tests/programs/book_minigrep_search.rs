// Checks: the book ch12 minigrep search functions (case-sensitive and insensitive) over an embedded text with lifetimes.
fn search<'a>(query: &str, contents: &'a str) -> Vec<&'a str> {
    contents.lines().filter(|line| line.contains(query)).collect()
}

fn search_case_insensitive<'a>(query: &str, contents: &'a str) -> Vec<&'a str> {
    let query = query.to_lowercase();
    let mut results = Vec::new();
    for line in contents.lines() {
        if line.to_lowercase().contains(&query) {
            results.push(line);
        }
    }
    results
}

struct Config {
    query: String,
    ignore_case: bool,
}

impl Config {
    fn build(args: &[&str]) -> Result<Config, &'static str> {
        if args.len() < 2 {
            return Err("not enough arguments");
        }
        Ok(Config { query: args[1].to_string(), ignore_case: args.len() > 2 && args[2] == "-i" })
    }
}

fn main() {
    let contents = "Rust:\nsafe, fast, productive.\nPick three.\nDuct tape.\nTrust me.";
    for args in [vec!["prog", "duct"], vec!["prog", "rUsT", "-i"], vec!["prog"], vec!["prog", "t", "-x"]] {
        match Config::build(&args) {
            Ok(cfg) => {
                let res = if cfg.ignore_case { search_case_insensitive(&cfg.query, contents) } else { search(&cfg.query, contents) };
                println!("{:?} (ignore_case={}) -> {:?}", cfg.query, cfg.ignore_case, res);
            }
            Err(e) => println!("Problem parsing arguments: {e}"),
        }
    }
}
