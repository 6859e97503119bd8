use std::marker::PhantomData;
use std::mem::size_of;

#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct Meters<T> {
    value: f64,
    unit: PhantomData<T>,
}

#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct Km;

struct Tagged<'a, T> {
    id: u32,
    _life: PhantomData<&'a T>,
}

fn main() {
    let m: Meters<Km> = Meters { value: 3.5, unit: PhantomData };
    let n = m;
    println!("{:?}", m);
    println!("{:?}", n == m);
    let d: Meters<Vec<String>> = Meters::default();
    println!("{:?}", d);
    println!("{:#?}", m);
    let p: PhantomData<(i32, &str)> = PhantomData;
    println!("{:?}", p);
    let t: Tagged<'_, u8> = Tagged { id: 7, _life: PhantomData };
    println!("{}", t.id);
    println!("{} {} {}", size_of::<PhantomData<u64>>(), size_of::<Meters<Km>>(), size_of::<Tagged<'_, u8>>());
    let q = PhantomData::<Option<Box<i32>>>;
    println!("{:?}", q);
    lengths();
}

use std::ops::Add;

#[derive(Debug, Clone, Copy)]
enum Inch {}
#[derive(Debug, Clone, Copy)]
enum Mm {}

#[derive(Debug, Clone, Copy)]
struct Length<Unit>(f64, PhantomData<Unit>);

impl<Unit> Add for Length<Unit> {
    type Output = Length<Unit>;
    fn add(self, rhs: Length<Unit>) -> Length<Unit> {
        Length(self.0 + rhs.0, PhantomData)
    }
}

mod shapes {
    pub struct Circle;
    pub mod solid {
        pub enum Ball { Red }
    }
}

struct Id<T> {
    raw: u32,
    marker: PhantomData<fn() -> T>,
}

fn lengths() {
    let one_foot: Length<Inch> = Length(12.0, PhantomData);
    let one_meter: Length<Mm> = Length(1000.0, PhantomData);
    let two_feet = one_foot + one_foot;
    let two_meters = one_meter + one_meter;
    println!("one foot + one_foot = {:?} in", two_feet.0);
    println!("one meter + one_meter = {:?} mm", two_meters.0);
    println!("{:?}", two_feet);
    println!("{}", std::any::type_name::<Length<Mm>>());
    println!("{}", std::any::type_name::<(shapes::Circle, shapes::solid::Ball)>());
    println!("{}", std::any::type_name::<Option<Result<[u8; 2], &'static str>>>());
    println!("{}", std::any::type_name_of_val(&vec![1.5f32]));
    let id: Id<String> = Id { raw: 4, marker: PhantomData };
    println!("{} {:?} {}", id.raw, id.marker, std::mem::size_of::<Id<String>>());
    let pd: PhantomData<*const [bool]> = Default::default();
    println!("{:?} {:?}", pd.clone(), PhantomData::<u8> == PhantomData);
    println!("{:?}", PhantomData::<Box<dyn Fn(u8)>>.cmp(&PhantomData));
}
