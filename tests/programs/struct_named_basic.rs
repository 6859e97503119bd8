// Checks: named-field struct construction, field access, field init shorthand and struct update syntax.
struct User {
    active: bool,
    username: String,
    email: String,
    sign_in_count: u64,
}

fn build_user(email: String, username: String) -> User {
    User {
        active: true,
        username,
        email,
        sign_in_count: 1,
    }
}

fn main() {
    let mut user1 = build_user(String::from("a@example.com"), String::from("alice"));
    println!("{} {} {} {}", user1.active, user1.username, user1.email, user1.sign_in_count);
    user1.email = String::from("alice@example.com");
    user1.sign_in_count += 41;
    println!("{} {}", user1.email, user1.sign_in_count);
    let user2 = User {
        email: String::from("bob@example.com"),
        ..user1
    };
    println!("{} {} {} {}", user2.active, user2.username, user2.email, user2.sign_in_count);
    // user1.email is still usable: only username was moved out
    println!("user1 email still: {}", user1.email);
    println!("user1 active still: {}", user1.active);
}
