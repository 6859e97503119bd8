// Checks: nested inline modules: crate::, self::, super::super::, use lists and globs, aliases, traits and impls inside modules.
mod geometry {
    pub mod shapes {
        #[derive(Debug)]
        pub struct Circle {
            pub radius: f64,
        }

        #[derive(Debug)]
        pub struct Square {
            pub side: f64,
        }

        pub trait Area {
            fn area(&self) -> f64;
            fn describe(&self) -> String {
                format!("area {:.2}", self.area())
            }
        }

        impl Area for Circle {
            fn area(&self) -> f64 {
                super::consts::PI_ISH * self.radius * self.radius
            }
        }

        impl Area for Square {
            fn area(&self) -> f64 {
                self.side * self.side
            }
        }

        pub fn unit_square() -> Square {
            Square { side: self::ONE }
        }

        const ONE: f64 = 1.0;

        pub mod deeper {
            pub fn root_name() -> &'static str {
                super::super::name()
            }
        }
    }

    pub mod consts {
        pub const PI_ISH: f64 = 3.0;
    }

    pub fn name() -> &'static str {
        "geometry"
    }

    pub enum Kind {
        Round,
        Flat,
    }
}

mod report {
    use crate::geometry::shapes::{Area, Circle};

    pub fn line(c: &Circle) -> String {
        format!("circle r={} {}", c.radius, c.describe())
    }
}

use geometry::shapes::{self, Area};
use geometry::Kind as ShapeKind;

fn total(items: &[&dyn shapes::Area]) -> f64 {
    items.iter().map(|s| s.area()).sum()
}

fn main() {
    let c = shapes::Circle { radius: 2.0 };
    let s = geometry::shapes::unit_square();
    println!("{}", report::line(&c));
    println!("{} {:?}", s.describe(), s);
    println!("total {}", total(&[&c, &s]));
    println!("{}", shapes::deeper::root_name());
    println!("{}", crate::geometry::consts::PI_ISH);
    for k in [ShapeKind::Round, ShapeKind::Flat] {
        match k {
            ShapeKind::Round => println!("round"),
            geometry::Kind::Flat => println!("flat"),
        }
    }
}
