// `str::from_utf8` on valid and invalid bytes (`Utf8Error` as a value, with `?`), beside
// `String::from_utf8`.
use std::str;
use std::str::Utf8Error;
fn decode(bytes: &[u8]) -> Result<&str, Utf8Error> {
    let s = str::from_utf8(bytes)?;
    Ok(s.trim())
}
fn main() {
    let bytes = vec![104, 105, 0xE2, 0x82, 0xAC];
    println!("{:?}", std::str::from_utf8(&bytes));
    let bad = [0xffu8, 0x41];
    match std::str::from_utf8(&bad) {
        Ok(s) => println!("{}", s),
        Err(e) => println!("{} / {:?} / {} / {:?}", e, e, e.valid_up_to(), e.error_len()),
    }
    let cut = [0x41u8, 0xE2, 0x82];
    if let Err(e) = str::from_utf8(&cut) { println!("{} {:?}", e, e.error_len()); }
    println!("{:?}", decode(b"  padded  "));
    println!("{:?}", decode(&[0xC0, 0x80]).map_err(|e| e.to_string()));
    let owned = String::from_utf8(bytes.clone()).unwrap();
    println!("{} {}", owned, owned.len());
    let e = String::from_utf8(vec![0x61, 0xFF]).unwrap_err();
    println!("{} {:?}", e, e.utf8_error());
    println!("{:?}", e.into_bytes());
}
