//! Datelines per second by language: does reading other languages slow
//! English down?
//!
//! Groups (`cargo bench --bench languages`):
//!
//! - `languages/english`: [`dateline::parse_dateline`] on English wire,
//!   newspaper and press-release openings, and on English sentences that are
//!   not datelines (the common case in a body), as datelines/s.
//! - `languages/other`: the German, French, Spanish, Italian, Portuguese,
//!   Russian, Chinese, Japanese and Arabic shapes.
//!
//! This file uses nothing but `parse_dateline`, so it runs unchanged on any
//! commit of the crate. To compare English against the grammar before other
//! languages were added (commit `f748fba`), keep criterion's baselines in one
//! directory (`CRITERION_HOME`) and the builds apart (two target directories:
//! a shared one can mistake one checkout's build for the other's):
//!
//! ```text
//! git worktree add /tmp/before f748fba
//! cp benches/languages.rs /tmp/before/benches/
//! printf '\n[[bench]]\nname = "languages"\nharness = false\n' >> /tmp/before/Cargo.toml
//! (cd /tmp/before && CRITERION_HOME=/tmp/criterion \
//!     cargo bench --bench languages -- --save-baseline before)
//! CRITERION_HOME=/tmp/criterion cargo bench --bench languages -- --baseline before
//! ```
//!
//! Criterion then prints the change in time against `before` for each group
//! (only `english` compares like with like: the old grammar reads few of the
//! other openings).

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput};

/// English openings: datelines in the shapes of wire services, newspapers and
/// press releases, and sentences that must not read as datelines.
const ENGLISH: &[&str] = &[
    "NEW YORK, March 3 (Reuters) - Stocks rose on Friday as investors weighed the jobs report.",
    "WASHINGTON (AP) — The Senate voted on Tuesday to approve the measure.",
    "CHICAGO, Nov. 28, 2026 /PRNewswire/ -- Acme Corp. today announced results.",
    "Washington D.C, 13 July 2023 (TDI): The department said on Thursday that it would act.",
    "LONDON, Jan 5 (Reuters) - British house prices fell in December, a survey showed.",
    "SAN FRANCISCO, Calif. (AP) — A tech company said it would cut jobs.",
    "PORTLAND, Ore., Tuesday, Sept. 5, 2023 -- The city council met late.",
    "NAIROBI, Kenya, Aug 25, 2004 (AFP) - Rains flooded the valley.",
    "The company said on Monday that profits rose sharply in the third quarter.",
    "Shares of Acme Corp fell 4 percent in early trading - their lowest since May.",
    "Prime Minister Ann Poe told reporters in Ottawa that talks would resume.",
    "In a statement, the ministry said the plan (announced in March) would go ahead.",
];

/// The same kinds of openings as agencies write them in other languages.
const OTHER: &[&str] = &[
    "Berlin, 13. Juli 2023 (dpa) - Die Regierung hat am Montag beschlossen.",
    "BERLIN (dpa) - Die Opposition kritisierte den Plan.",
    "Paris, le 13 juillet 2023 (AFP) - Le gouvernement a annoncé lundi.",
    "MADRID, 5 Jul. (EUROPA PRESS) - El Gobierno ha aprobado este martes.",
    "Buenos Aires, 13 de julio de 2023 (EFE).- El presidente anunció hoy.",
    "(ANSA) - ROMA, 13 LUG - Il governo ha approvato oggi il decreto.",
    "SÃO PAULO, 13 de julho (Reuters) - O governo anunciou nesta segunda.",
    "МОСКВА, 13 июля. /ТАСС/. Правительство одобрило план.",
    "МОСКВА, 13 июл - РИА Новости. Правительство одобрило план.",
    "新华社北京7月13日电（记者 王明）国务院13日召开常务会议。",
    "【東京共同】政府は13日、新しい計画を発表した。",
    "القاهرة (رويترز) - قالت الحكومة يوم الاثنين إنها ستمضي في الخطة.",
];

/// Parses every line of `lines` as an opening; returns how many have a
/// dateline.
fn datelines(lines: &[&str]) -> usize {
    lines
        .iter()
        .filter(|l| dateline::parse_dateline(black_box(l)).is_some())
        .count()
}

fn main() {
    let mut c = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .configure_from_args();
    let mut group = c.benchmark_group("languages");
    for (name, lines, want) in [("english", ENGLISH, 8), ("other", OTHER, OTHER.len())] {
        let found = datelines(lines);
        if found != want {
            println!(
                "note: {found} of {name}'s {} openings read as datelines, not {want}",
                lines.len()
            );
        }
        group.throughput(Throughput::Elements(lines.len() as u64));
        group.bench_function(name, |b| b.iter(|| datelines(lines)));
    }
    group.finish();
    c.final_summary();
}
