// Checks: a binary search tree with Option<Box<Tree>>: insert, in-order traversal, contains, height.
#[derive(Debug)]
struct Tree {
    val: i32,
    left: Option<Box<Tree>>,
    right: Option<Box<Tree>>,
}

impl Tree {
    fn leaf(v: i32) -> Self {
        Tree { val: v, left: None, right: None }
    }
    fn insert(&mut self, v: i32) {
        let slot = if v < self.val { &mut self.left } else { &mut self.right };
        match slot {
            Some(child) => child.insert(v),
            None => *slot = Some(Box::new(Tree::leaf(v))),
        }
    }
    fn inorder(&self, out: &mut Vec<i32>) {
        if let Some(l) = &self.left {
            l.inorder(out);
        }
        out.push(self.val);
        if let Some(r) = &self.right {
            r.inorder(out);
        }
    }
    fn contains(&self, v: i32) -> bool {
        if v == self.val {
            return true;
        }
        let next = if v < self.val { &self.left } else { &self.right };
        next.as_ref().map_or(false, |t| t.contains(v))
    }
    fn height(&self) -> usize {
        let l = self.left.as_ref().map_or(0, |t| t.height());
        let r = self.right.as_ref().map_or(0, |t| t.height());
        1 + l.max(r)
    }
}

fn main() {
    let mut t = Tree::leaf(50);
    for v in [30, 70, 20, 40, 60, 80, 35, 45, 65] {
        t.insert(v);
    }
    let mut out = Vec::new();
    t.inorder(&mut out);
    println!("{:?}", out);
    println!("{} {} {}", t.contains(45), t.contains(55), t.height());
    let mut small = Tree::leaf(2);
    small.insert(1);
    println!("{:?}", small);
}
