// Rejects: a crate whose only `main` is in a module (E0601).
mod app {
    pub fn main() {
        println!("app");
    }
}
