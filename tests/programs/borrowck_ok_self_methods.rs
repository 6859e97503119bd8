// Checks: `&mut self` methods calling each other and reading fields between calls.
struct Account {
    balance: i64,
    log: Vec<String>,
}

impl Account {
    fn record(&mut self, what: &str) {
        let line = format!("{}: {}", self.log.len(), what);
        self.log.push(line);
    }

    fn deposit(&mut self, amount: i64) {
        self.balance += amount;
        let msg = format!("deposit {}", amount);
        self.record(&msg);
        let n = self.log.len();
        self.record(&n.to_string());
    }
}

fn main() {
    let mut a = Account { balance: 0, log: Vec::new() };
    a.deposit(5);
    a.deposit(7);
    println!("{} {:?}", a.balance, a.log);
}
