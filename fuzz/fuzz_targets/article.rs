//! The whole article: `parse` on any UTF-8 text keeps every invariant.
#![no_main]

#[path = "../../tests/common/mod.rs"]
mod common;
#[path = "../invariants.rs"]
mod invariants;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    invariants::check_all(text);
});
