// Checks: an outer struct's Drop runs first, then each field in declaration order, recursively.
struct Leaf(&'static str);
impl Drop for Leaf {
    fn drop(&mut self) {
        println!("drop leaf {}", self.0);
    }
}

struct Branch {
    name: &'static str,
    left: Leaf,
    right: Leaf,
}
impl Drop for Branch {
    fn drop(&mut self) {
        println!("drop branch {}", self.name);
    }
}

struct Tree {
    first: Branch,
    second: Branch,
    root: Leaf,
}
impl Drop for Tree {
    fn drop(&mut self) {
        println!("drop tree");
    }
}

fn main() {
    let _t = Tree {
        root: Leaf("root"),
        second: Branch { name: "B", left: Leaf("B.l"), right: Leaf("B.r") },
        first: Branch { name: "A", left: Leaf("A.l"), right: Leaf("A.r") },
    };
    println!("tree built");
}
