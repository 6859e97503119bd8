// Checks: assigning a new variant to an enum drops the old variant's payload first.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

enum State {
    Idle,
    Loading(Noisy),
    Done { result: Noisy, log: Noisy },
}

fn describe(s: &State) -> &'static str {
    match s {
        State::Idle => "idle",
        State::Loading(_) => "loading",
        State::Done { .. } => "done",
    }
}

fn main() {
    let mut state = State::Idle;
    println!("state {}", describe(&state));
    state = State::Loading(Noisy("request"));
    println!("state {}", describe(&state));
    state = State::Done { log: Noisy("log"), result: Noisy("result") };
    println!("state {}", describe(&state));
    state = State::Idle;
    println!("state {}", describe(&state));
    state = State::Loading(Noisy("second request"));
    println!("end of main in state {}", describe(&state));
}
