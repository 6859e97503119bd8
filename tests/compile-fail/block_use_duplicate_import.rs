// Rejects: one block importing a name twice (E0252), as a module may not either.
fn main() {
    #[derive(Debug)]
    enum Stage {
        Start,
        End,
    }
    use Stage::{End as Finish, Start};
    use Stage::{Start, End as Done};
    println!("{:?} {:?} {:?}", Start, Finish, Done);
}
