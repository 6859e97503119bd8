fn helper() -> i32 {
    5
}
