// #[derive(Default)] on enums takes the #[default] variant (whose siblings need not be Default).
struct NoDefault;
#[derive(Default, Debug, Clone, Copy, PartialEq)]
enum Level { Low, #[default] Mid, High }
#[allow(dead_code)]
#[derive(Default)]
enum Slot { Empty(NoDefault), #[default] Free }
#[derive(Default, Debug)]
struct Settings { level: Level, levels: [Level; 2], maybe: Option<Level> }
fn main() {
    println!("{:?}", Level::default());
    println!("{:?}", Settings::default());
    let s: Slot = Default::default();
    println!("{}", matches!(s, Slot::Free));
    println!("{}", Level::default() == Level::Mid && Level::Low != Level::High);
}
