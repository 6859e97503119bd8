// Rejects: a match arm's binding named as a unit variant of the matched enum, which is not
// imported (E0170, the deny-by-default lint `bindings_with_variant_name`): `Red` binds anything.
mod paint {
    pub enum Color {
        Red,
        Green,
    }
}

fn main() {
    let c = paint::Color::Green;
    match c {
        Red => println!("red"),
    }
}
