// A struct-heavy simulation: particles bouncing in a box, in fixed-point integers.
#[derive(Clone, Copy)]
struct Vec2 {
    x: i64,
    y: i64,
}

impl Vec2 {
    fn add(self, other: Vec2) -> Vec2 {
        Vec2 { x: self.x + other.x, y: self.y + other.y }
    }
}

struct Particle {
    pos: Vec2,
    vel: Vec2,
    bounces: u32,
}

struct World {
    particles: Vec<Particle>,
    size: i64,
}

impl World {
    fn new(count: i64, size: i64) -> World {
        let mut particles = Vec::new();
        for i in 0..count {
            particles.push(Particle {
                pos: Vec2 { x: (i * 37) % size, y: (i * 91) % size },
                vel: Vec2 { x: i % 7 - 3, y: i % 5 - 2 },
                bounces: 0,
            });
        }
        World { particles, size }
    }

    fn step(&mut self) {
        for p in self.particles.iter_mut() {
            let next = p.pos.add(p.vel);
            if next.x < 0 || next.x >= self.size {
                p.vel.x = -p.vel.x;
                p.bounces += 1;
            }
            if next.y < 0 || next.y >= self.size {
                p.vel.y = -p.vel.y;
                p.bounces += 1;
            }
            p.pos = p.pos.add(p.vel);
        }
    }

    fn energy(&self) -> i64 {
        self.particles.iter().map(|p| p.vel.x * p.vel.x + p.vel.y * p.vel.y).sum()
    }
}

fn main() {
    let mut world = World::new(300, 1000);
    for _ in 0..1000 {
        world.step();
    }
    let bounces: u32 = world.particles.iter().map(|p| p.bounces).sum();
    let center = world.particles.iter().fold(Vec2 { x: 0, y: 0 }, |acc, p| acc.add(p.pos));
    println!("bounces {}, energy {}, center ({}, {})", bounces, world.energy(), center.x, center.y);
}
