// Checks: the same trait used via generics (monomorphized) and via &dyn, including a trait with a generic method helper.
trait Scorer {
    fn score(&self, s: &str) -> u32;
}

struct ByLen;
struct ByVowels;
struct Weighted(u32);

impl Scorer for ByLen {
    fn score(&self, s: &str) -> u32 {
        s.len() as u32
    }
}
impl Scorer for ByVowels {
    fn score(&self, s: &str) -> u32 {
        s.chars().filter(|c| "aeiou".contains(*c)).count() as u32
    }
}
impl Scorer for Weighted {
    fn score(&self, s: &str) -> u32 {
        self.0 * s.chars().filter(|c| c.is_uppercase()).count() as u32
    }
}

fn best_static<S: Scorer>(s: &S, words: &[&str]) -> String {
    words.iter().max_by_key(|w| s.score(w)).unwrap().to_string()
}

fn best_dyn(s: &dyn Scorer, words: &[&str]) -> String {
    let mut best = words[0];
    for w in words {
        if s.score(w) > s.score(best) {
            best = w;
        }
    }
    best.to_string()
}

fn main() {
    let words = ["sky", "banana", "Queue", "ABC", "aeiouaeiou"];
    println!("{} {}", best_static(&ByLen, &words), best_dyn(&ByLen, &words));
    println!("{} {}", best_static(&ByVowels, &words), best_dyn(&ByVowels, &words));
    println!("{} {}", best_static(&Weighted(5), &words), best_dyn(&Weighted(5), &words));
    let scorers: [&dyn Scorer; 3] = [&ByLen, &ByVowels, &Weighted(2)];
    for w in words {
        let scores: Vec<u32> = scorers.iter().map(|s| s.score(w)).collect();
        println!("{:>10}: {:?}", w, scores);
    }
}
