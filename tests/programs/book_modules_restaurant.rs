// Checks: inline modules with pub/private items, nested mods, super::, use paths, pub struct fields and enums in modules.
mod front_of_house {
    pub mod hosting {
        pub fn add_to_waitlist(name: &str) -> String {
            format!("{} added to waitlist", name)
        }
        pub fn seat_at_table() -> &'static str {
            super::serving::helper()
        }
    }
    mod serving {
        pub fn helper() -> &'static str {
            "seated"
        }
    }
}

mod back_of_house {
    #[derive(Debug)]
    pub struct Breakfast {
        pub toast: String,
        seasonal_fruit: String,
    }
    impl Breakfast {
        pub fn summer(toast: &str) -> Breakfast {
            Breakfast { toast: String::from(toast), seasonal_fruit: String::from("peaches") }
        }
        pub fn fruit(&self) -> &str {
            &self.seasonal_fruit
        }
    }
    #[derive(Debug)]
    pub enum Appetizer {
        Soup,
        Salad,
    }
    pub fn fix_incorrect_order() -> String {
        format!("{} then cooked", cook_order())
    }
    fn cook_order() -> &'static str {
        "fixed"
    }
}

use front_of_house::hosting;
use back_of_house::Appetizer as App;

fn main() {
    println!("{}", hosting::add_to_waitlist("Ann"));
    println!("{}", crate::front_of_house::hosting::seat_at_table());
    let mut meal = back_of_house::Breakfast::summer("Rye");
    meal.toast = String::from("Wheat");
    println!("I'd like {} toast please, with {}", meal.toast, meal.fruit());
    println!("{:?}", meal);
    println!("{:?} {:?}", App::Soup, App::Salad);
    println!("{}", back_of_house::fix_incorrect_order());
}
