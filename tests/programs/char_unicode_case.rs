// Checks: Unicode case mapping and properties beyond ASCII: ß to SS, ligatures, titlecase letters, dotted İ, Greek, in char and str methods.
fn main() {
    let s = String::from("Grüße, İstanbul ǅ Ǆ ﬁ");
    println!("{} {}", s.to_uppercase(), s.to_lowercase());
    for c in ['ß', 'ǅ', 'ﬁ', 'İ', 'Ω'] { println!("{:?} {} {} {}", c.to_uppercase().collect::<Vec<char>>(), c.to_lowercase(), c.is_uppercase(), c.to_uppercase().len()); }
    println!("{}", 'ß'.to_uppercase());
}
