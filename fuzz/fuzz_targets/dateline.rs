//! The dateline alone: `parse_dateline` returns parts inside its span, on
//! char boundaries, each the slice its span names.
#![no_main]

#[path = "../../tests/common/mod.rs"]
mod common;
#[path = "../invariants.rs"]
mod invariants;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    invariants::check_dateline(text);
});
