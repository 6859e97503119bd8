// Rejects: a `#[test]` attribute on nothing inside a `#[cfg(test)]` module: rustc parses the
// module before configuring it out, so the syntax error stands in a normal build.
fn main() {
    println!("hi");
}

#[cfg(test)]
mod tests {
    #[test]
}
