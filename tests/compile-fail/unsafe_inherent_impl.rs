// Rejects: an inherent impl marked `unsafe` (E0197).
struct Point;
unsafe impl Point {}
fn main() {}
