// Rejects: raw pointers are not `Send` (E0277).
fn need_send<T: Send>(_: T) {}

fn main() {
    let x = 7;
    let p: *const i32 = &x;
    need_send(p);
}
