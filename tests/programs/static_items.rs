// Checks: static items (read, borrowed for 'static, holding references and literals), static mut
// (read and written inside unsafe blocks), statics referring to each other.
struct Config {
    name: &'static str,
    retries: u32,
    verbose: bool,
}

static VERSION: u32 = 3;
static NAME: &str = "stackheap";
static CONFIG: Config = Config { name: NAME, retries: 2, verbose: true };
static LIMITS: [u16; 4] = [10, 20, 30, 40];
static FIRST_LIMIT: &u16 = &LIMITS[0];
static mut COUNTER: u32 = 0;
static mut HISTORY: [i64; 3] = [0; 3];
static mut LAST: (u8, char) = (1, 'a');

fn record(value: i64) -> u32 {
    unsafe {
        let slot = (COUNTER % 3) as usize;
        HISTORY[slot] = value;
        COUNTER += 1;
        LAST.0 += 1;
        LAST.1 = 'z';
        COUNTER
    }
}

fn longest() -> &'static str {
    if CONFIG.name.len() > NAME.len() { CONFIG.name } else { NAME }
}

fn version_ref() -> &'static u32 {
    &VERSION
}

fn main() {
    println!("version {} name {} limit {}", VERSION, NAME, *FIRST_LIMIT);
    println!("config {} {} {}", CONFIG.name, CONFIG.retries, CONFIG.verbose);
    let total: u16 = LIMITS.iter().sum();
    println!("limits {:?} sum {}", LIMITS, total);
    for v in [5, -7, 11, 13] {
        let n = record(v);
        println!("recorded {} as #{}", v, n);
    }
    let history = unsafe { HISTORY };
    let count = unsafe { COUNTER };
    let last = unsafe { LAST };
    println!("history {:?} count {} last {:?}", history, count, last);
    let v = version_ref();
    println!("{} {}", v, longest());
}
