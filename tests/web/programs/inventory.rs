// A 200-line program, as a learner's project grows: structs, enums, a Vec of records, Strings,
// Boxes, Options, a HashMap-free index, and a main with many variables whose scopes begin one
// after another.

#[derive(Debug, Clone, Copy, PartialEq)]
enum Category {
    Kitchen,
    Garden,
    Office,
}

#[derive(Debug)]
struct Item {
    name: String,
    category: Category,
    price_cents: u64,
    quantity_in_stock: u32,
}

#[derive(Debug)]
enum Event {
    Sold { index: usize, quantity: u32 },
    Restocked { index: usize, quantity: u32 },
    PriceChanged { index: usize, new_price_cents: u64 },
}

struct Report {
    title: String,
    lines: Vec<String>,
    total_value_cents: u64,
}

fn make_item(name: &str, category: Category, price_cents: u64, quantity_in_stock: u32) -> Item {
    Item { name: String::from(name), category, price_cents, quantity_in_stock }
}

fn value_of(item: &Item) -> u64 {
    item.price_cents * item.quantity_in_stock as u64
}

fn category_name(category: Category) -> &'static str {
    match category {
        Category::Kitchen => "kitchen",
        Category::Garden => "garden",
        Category::Office => "office",
    }
}

fn apply(items: &mut Vec<Item>, event: &Event) -> Result<(), String> {
    match event {
        Event::Sold { index, quantity } => {
            let item = &mut items[*index];
            if item.quantity_in_stock < *quantity {
                return Err(format!("not enough {}", item.name));
            }
            item.quantity_in_stock -= quantity;
            Ok(())
        }
        Event::Restocked { index, quantity } => {
            items[*index].quantity_in_stock += quantity;
            Ok(())
        }
        Event::PriceChanged { index, new_price_cents } => {
            items[*index].price_cents = *new_price_cents;
            Ok(())
        }
    }
}

fn cheapest(items: &[Item]) -> Option<&Item> {
    let mut best: Option<&Item> = None;
    for item in items {
        best = match best {
            Some(b) if b.price_cents <= item.price_cents => Some(b),
            _ => Some(item),
        };
    }
    best
}

fn total_in(items: &[Item], category: Category) -> u64 {
    let mut total = 0;
    for item in items {
        if item.category == category {
            total += value_of(item);
        }
    }
    total
}

fn format_cents(cents: u64) -> String {
    format!("{}.{:02}", cents / 100, cents % 100)
}

fn report(items: &[Item], title: &str) -> Report {
    let mut lines = Vec::new();
    let mut total_value_cents = 0;
    for item in items {
        let value = value_of(item);
        total_value_cents += value;
        lines.push(format!("{} ({}): {} x {}", item.name, category_name(item.category), item.quantity_in_stock, format_cents(item.price_cents)));
    }
    Report { title: String::from(title), lines, total_value_cents }
}

fn print_report(report: &Report) {
    println!("== {} ==", report.title);
    for line in &report.lines {
        println!("{}", line);
    }
    println!("total: {}", format_cents(report.total_value_cents));
}

fn longest_name(items: &[Item]) -> usize {
    let mut longest = 0;
    for item in items {
        if item.name.len() > longest {
            longest = item.name.len();
        }
    }
    longest
}

fn average_price(items: &[Item]) -> Option<u64> {
    if items.is_empty() {
        return None;
    }
    let mut sum = 0;
    for item in items {
        sum += item.price_cents;
    }
    Some(sum / items.len() as u64)
}

fn main() {
    let mut items = vec![
        make_item("kettle", Category::Kitchen, 3999, 12),
        make_item("teapot", Category::Kitchen, 2450, 3),
        make_item("rake", Category::Garden, 1899, 7),
        make_item("stapler", Category::Office, 999, 20),
    ];
    let events = vec![
        Event::Sold { index: 0, quantity: 2 },
        Event::Restocked { index: 1, quantity: 5 },
        Event::PriceChanged { index: 2, new_price_cents: 1599 },
        Event::Sold { index: 3, quantity: 25 },
    ];
    let mut applied = 0;
    let mut failed = 0;
    for event in &events {
        match apply(&mut items, event) {
            Ok(()) => applied += 1,
            Err(message) => {
                println!("skipped: {}", message);
                failed += 1;
            }
        }
    }
    let first_report = report(&items, "after the events");
    print_report(&first_report);
    let kitchen = total_in(&items, Category::Kitchen);
    let garden = total_in(&items, Category::Garden);
    let office = total_in(&items, Category::Office);
    let sum = kitchen + garden + office;
    let check = sum == first_report.total_value_cents;
    let cheap = cheapest(&items);
    let cheap_name = match cheap {
        Some(item) => item.name.clone(),
        None => String::from("nothing"),
    };
    let longest = longest_name(&items);
    let boxed_total = Box::new(sum);
    let maybe_discount: Option<u64> = if sum > 10000 { Some(sum / 10) } else { None };
    let discount = maybe_discount.unwrap_or(0);
    let after_discount = *boxed_total - discount;
    let label = format!("{} items, {} events applied, {} failed", items.len(), applied, failed);
    let summary = (kitchen, garden, office);
    let words: Vec<&str> = label.split(' ').collect();
    let word_count = words.len();
    let mut restock_list: Vec<String> = Vec::new();
    for item in &items {
        if item.quantity_in_stock < 10 {
            restock_list.push(item.name.clone());
        }
    }
    let needs_restock = !restock_list.is_empty();
    let first_restock = restock_list.first().cloned();
    let shout = cheap_name.to_uppercase();
    let padded = format!("{:>width$}", shout, width = longest + 2);
    println!("kitchen {} garden {} office {}", format_cents(summary.0), format_cents(summary.1), format_cents(summary.2));
    println!("sum matches the report: {}", check);
    println!("cheapest: [{}]", padded);
    println!("discount {} -> {}", format_cents(discount), format_cents(after_discount));
    println!("{} ({} words)", label, word_count);
    println!("restock: {:?} first {:?} needed {}", restock_list, first_restock, needs_restock);
    let average = average_price(&items).map(format_cents);
    println!("average price: {:?}", average);
    let second_report = report(&items[..2], "the kitchen");
    print_report(&second_report);
}
