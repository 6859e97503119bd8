// Checks: arrays drop their elements from index 0 upwards, also arrays of tuples and nested arrays.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    {
        let _plain = [Noisy("p0"), Noisy("p1"), Noisy("p2")];
        println!("plain array");
    }
    {
        let _pairs = [(Noisy("a0"), Noisy("b0")), (Noisy("a1"), Noisy("b1"))];
        println!("array of tuples");
    }
    {
        let _grid = [[Noisy("g00"), Noisy("g01")], [Noisy("g10"), Noisy("g11")]];
        println!("nested arrays");
    }
}
