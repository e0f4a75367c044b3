//! Several articles in one text. `parse_many` is not in this branch yet, so the
//! target splits at form feeds and at `-30-` end-mark lines (the article
//! separators of wire archives) and parses each part; once `parse_many` lands,
//! call it here on the whole text.
#![no_main]

#[path = "../../tests/common/mod.rs"]
mod common;
#[path = "../invariants.rs"]
mod invariants;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    for part in invariants::split_articles(text) {
        invariants::check_all(part);
    }
});
