//! The grammar's own tokens: each input byte picks a token (month names,
//! agencies, separators, brackets, caps words, newlines), so the fuzzer builds
//! near-datelines and near-bylines instead of random bytes.
#![no_main]

#[path = "../../tests/common/mod.rs"]
mod common;
#[path = "../invariants.rs"]
mod invariants;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = invariants::from_tokens(data);
    invariants::check_all(&text);
});
