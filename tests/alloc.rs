//! Allocations per article grow with its paragraphs and sections at most,
//! never with its lines or tokens (issue 7).
//!
//! A counting global allocator (this test binary only) counts every call that
//! asks the allocator for memory (`alloc`, `alloc_zeroed`, `realloc`) on the
//! current thread while a parse runs; the test harness's own allocations on
//! other threads are not counted.

#[path = "../benches/articles/mod.rs"]
mod articles;
mod common;

use std::alloc::{GlobalAlloc, Layout as AllocLayout, System};
use std::cell::Cell;

use articles::Layout;

/// The system allocator, counting calls made on threads that ask for it.
struct Counting;

thread_local! {
    static ON: Cell<bool> = const { Cell::new(false) };
    static CALLS: Cell<usize> = const { Cell::new(0) };
}

fn count() {
    if ON.try_with(Cell::get).unwrap_or(false) {
        let _ = CALLS.try_with(|c| c.set(c.get() + 1));
    }
}

// SAFETY: every call is passed to `System` unchanged; counting touches only
// const-initialised thread-locals, which never allocate.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: AllocLayout) -> *mut u8 {
        count();
        // SAFETY: the caller upholds `alloc`'s contract, passed on as is.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: AllocLayout) -> *mut u8 {
        count();
        // SAFETY: as above.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: AllocLayout, new_size: usize) -> *mut u8 {
        count();
        // SAFETY: as above.
        unsafe { System.realloc(ptr, layout, new_size) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: AllocLayout) {
        // SAFETY: as above.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Parses `text`, checks the invariants, and returns the allocator calls the
/// parse made and the article's sections.
fn allocs(text: &str) -> (usize, usize) {
    // a first parse, uncounted, so one-time set-up is not counted against any input
    drop(dateline::parse(text));
    CALLS.with(|c| c.set(0));
    ON.with(|on| on.set(true));
    let article = dateline::parse(text);
    ON.with(|on| on.set(false));
    let calls = CALLS.with(Cell::get);
    common::validate(&article, text);
    (calls, article.sections().len())
}

/// Allocator calls allowed for the whole article, whatever its size: the
/// article's sections and trailers vectors, each allocated once and grown a
/// few times, and the line, block and unit working vectors (kept per thread
/// and reused, so grown only when an article needs more room than any before).
const FIXED: usize = 24;
/// Allowed per section: its paragraph vector, allocated once and grown.
const PER_SECTION: usize = 2;
/// Allowed per paragraph, as a divisor: a vector grown by doubling reallocates
/// about log2(n) times, well under n / 4 for the sizes measured, so an
/// allocation for every paragraph (a `String` or a `Vec` per paragraph or per
/// block) breaks this bound while amortised growth does not.
const PARAGRAPHS_PER_ALLOC: usize = 4;

#[test]
fn allocations_grow_at_most_with_paragraphs_and_sections() {
    let mut over = Vec::new();
    for layout in Layout::ALL {
        for paragraphs in [1, 10, 100] {
            let text = articles::article(layout, paragraphs, 3);
            let (calls, sections) = allocs(&text);
            let bound = FIXED + PER_SECTION * sections + paragraphs / PARAGRAPHS_PER_ALLOC;
            if calls > bound {
                over.push(format!(
                    "{} with {paragraphs} paragraphs, {sections} sections: {calls} allocations, allowed {bound}",
                    layout.name()
                ));
            }
        }
    }
    assert!(over.is_empty(), "{over:#?}");
}

/// One-paragraph articles, short and long; rows: (what, short, long).
fn same_paragraphs_more_text(by_lines: bool) -> Vec<(&'static str, String, String)> {
    if by_lines {
        vec![
            (
                "hard-wrapped lines",
                articles::wrapped(10),
                articles::wrapped(1000),
            ),
            (
                "indented wire lines",
                format!(
                    "TALKS END\n\n    LONDON, March 3 - Talks{}\n",
                    "\nwent on".repeat(9)
                ),
                format!(
                    "TALKS END\n\n    LONDON, March 3 - Talks{}\n",
                    "\nwent on".repeat(999)
                ),
            ),
        ]
    } else {
        vec![
            (
                "words on one line",
                format!("Talks\n\nLONDON, March 3 - {}end.\n", "word ".repeat(10)),
                format!(
                    "Talks\n\nLONDON, March 3 - {}end.\n",
                    "word ".repeat(10_000)
                ),
            ),
            (
                "sentences on one line",
                format!("Talks\n\nLONDON, March 3 - {}\n", "He said so. ".repeat(10)),
                format!(
                    "Talks\n\nLONDON, March 3 - {}\n",
                    "He said so. ".repeat(10_000)
                ),
            ),
        ]
    }
}

#[test]
fn allocations_do_not_grow_with_lines() {
    for (what, short, long) in same_paragraphs_more_text(true) {
        let (a, _) = allocs(&short);
        let (b, _) = allocs(&long);
        assert_eq!(a, b, "{what}: {a} allocations short, {b} long");
    }
}

#[test]
fn allocations_do_not_grow_with_tokens() {
    for (what, short, long) in same_paragraphs_more_text(false) {
        let (a, _) = allocs(&short);
        let (b, _) = allocs(&long);
        assert_eq!(a, b, "{what}: {a} allocations short, {b} long");
    }
}
