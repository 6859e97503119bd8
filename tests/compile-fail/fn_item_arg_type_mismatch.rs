// A function or constructor passed where `F: FnMut(&mut f64) -> B` is expected must take
// `&mut f64`: a constructor of `f64` is E0631, not a call with a reference read as a float.
#[derive(Debug)]
enum Shape {
    Circle(f64),
}

fn main() {
    let mut radii = vec![1.0, 2.5];
    let shapes: Vec<Shape> = radii.iter_mut().map(Shape::Circle).collect();
    println!("{:?}", shapes);
}
