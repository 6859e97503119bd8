// Rejects: a crate without `main` (E0601), located as rustc locates it: just after the last
// token, not at the comments that end the file.
struct Counter {
    hits: Vec<u32>,
}

// A trailing comment.
/* And a block comment. */
