// Checks: the ? operator on Option inside functions returning Option, with early None returns.
struct Person {
    name: String,
    job: Option<Job>,
}
struct Job {
    phone: Option<PhoneNumber>,
}
struct PhoneNumber {
    area_code: Option<u8>,
    number: u32,
}

impl Person {
    fn work_phone_area_code(&self) -> Option<u8> {
        self.job.as_ref()?.phone.as_ref()?.area_code
    }
}

fn last_char_of_first_line(text: &str) -> Option<char> {
    text.lines().next()?.chars().last()
}

fn main() {
    let p = Person {
        name: String::from("p1"),
        job: Some(Job { phone: Some(PhoneNumber { area_code: Some(61), number: 439222222 }) }),
    };
    let q = Person { name: String::from("p2"), job: Some(Job { phone: None }) };
    let r = Person { name: String::from("p3"), job: None };
    for x in [&p, &q, &r] {
        println!("{}: {:?}", x.name, x.work_phone_area_code());
    }
    if let Some(j) = &p.job {
        if let Some(ph) = &j.phone {
            println!("number {}", ph.number);
        }
    }
    println!("{:?}", last_char_of_first_line("Hello, world\nHow are you?"));
    println!("{:?}", last_char_of_first_line(""));
    println!("{:?}", last_char_of_first_line("\nhi"));
}
