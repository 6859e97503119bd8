fn main() {
    let s = "Straße ÀÉÎõü ÿµ ª º × ÷ Привет Ёё ЂђЏџ ²½";
    println!("{}", s.to_uppercase());
    println!("{}", s.to_lowercase());
    for c in s.chars() { print!("{}{}{}{} ", c.is_alphabetic() as u8, c.is_numeric() as u8, c.is_uppercase() as u8, c.is_lowercase() as u8); }
    println!();
}
