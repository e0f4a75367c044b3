//! A JSON Lines line handler: `{"id": .., "text": ..}` read with serde_json,
//! the text parsed; bad lines are skipped, never a panic.
#![no_main]

#[path = "../../tests/common/mod.rs"]
mod common;
#[path = "../invariants.rs"]
mod invariants;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for line in data.split(|&b| b == b'\n') {
        let Ok(value) = serde_json::from_slice::<serde_json::Value>(line) else {
            continue;
        };
        if let Some(text) = value.get("text").and_then(serde_json::Value::as_str) {
            invariants::check_all(text);
        }
    }
});
