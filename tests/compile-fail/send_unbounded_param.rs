// Rejects: a type parameter without a `Send` bound may not be sent (E0277).
fn need_send<T: Send>(_: T) {}

fn forward<T>(value: T) {
    need_send(value);
}

fn main() {
    forward(3);
}
