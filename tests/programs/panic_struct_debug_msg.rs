// Checks: panic! inside a method with a {:?}-formatted struct in the message; location points into the impl.
#[derive(Debug)]
struct Account {
    id: u32,
    balance: i64,
}

impl Account {
    fn withdraw(&mut self, amt: i64) {
        if amt > self.balance {
            panic!("insufficient funds in {:?}: wanted {}", self, amt);
        }
        self.balance -= amt;
        println!("withdrew {}, balance {}", amt, self.balance);
    }
}

fn main() {
    let mut a = Account { id: 7, balance: 100 };
    a.withdraw(30);
    a.withdraw(50);
    a.withdraw(40);
    println!("id {}", a.id);
}
