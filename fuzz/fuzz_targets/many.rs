//! Several articles in one text, through `parse_many`: the articles and the
//! separators between them tile the input (`invariants::check_many`), and each
//! part split at form feeds and `-30-` lines also parses alone.
#![no_main]

#[path = "../../tests/common/mod.rs"]
mod common;
#[path = "../invariants.rs"]
mod invariants;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    invariants::check_many(text);
    for part in invariants::split_articles(text) {
        invariants::check_all(part);
    }
});
