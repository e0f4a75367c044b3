//! Property tests: generated articles round-trip through `render` and `parse`;
//! for any input the nodes tile the text, spans lie on char boundaries, parsing
//! never panics and is deterministic.
//!
//! The case count is modest so `cargo test` stays fast; set `PROPTEST_CASES`
//! for a longer run.
#![cfg(feature = "proptest")]

mod common;
#[path = "../fuzz/invariants.rs"]
mod invariants;

use dateline::generate::{ArticleSpec, Layout, SourceStyle, articles};
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;

/// The case count: `PROPTEST_CASES` when set, else `default`; failures are
/// kept in `proptest-regressions/properties.txt` and replayed first.
fn cases(default: u32) -> ProptestConfig {
    let n = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default);
    ProptestConfig {
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(
            "proptest-regressions/properties.txt",
        ))),
        ..ProptestConfig::with_cases(n)
    }
}

/// Collapses runs of whitespace (hard wraps, `\r\n`) into single spaces.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Checks that parsing `text`, written from `spec` in `layout`, gives the spec back.
fn round_trip(spec: &ArticleSpec, layout: Layout, text: &str) -> Result<(), TestCaseError> {
    let a = dateline::parse(text);
    common::validate(&a, text);
    prop_assert_eq!(a.headline().map(|h| h.as_str()), spec.headline.as_deref());
    prop_assert_eq!(a.deck().map(|h| h.as_str()), spec.deck.as_deref());
    let authors: Option<Vec<&str>> = a.byline().map(|b| b.authors().collect());
    let want: Option<Vec<&str>> = spec
        .byline
        .as_ref()
        .map(|b| b.authors.iter().map(String::as_str).collect());
    prop_assert_eq!(authors, want);
    prop_assert_eq!(
        a.byline().and_then(|b| b.affiliation()),
        spec.byline.as_ref().and_then(|b| b.affiliation.as_deref())
    );
    match (a.dateline(), &spec.dateline) {
        (Some(d), Some(want)) => {
            prop_assert_eq!(d.place().map(|p| p.as_str()), want.place.as_deref());
            let date = d.date().map(|x| (x.as_str(), x.year(), x.month(), x.day()));
            let want_date = want
                .date
                .as_ref()
                .map(|x| (x.text.as_str(), x.year, Some(x.month), Some(x.day)));
            prop_assert_eq!(date, want_date);
            prop_assert_eq!(d.source().map(|s| s.as_str()), want.source.as_deref());
            let sep = d.separator().map(|s| (s.as_str(), s.kind()));
            let want_sep = want.separator.as_ref().map(|(s, k)| (s.as_str(), *k));
            prop_assert_eq!(sep, want_sep);
        }
        (None, None) => {}
        (got, want) => prop_assert!(
            false,
            "dateline {:?}, expected {:?}",
            got.map(|d| d.as_str()),
            want.as_ref().map(ToString::to_string)
        ),
    }
    let headings: Vec<Option<&str>> = a
        .sections()
        .iter()
        .map(|s| s.heading().map(|h| h.as_str()))
        .collect();
    let want_headings: Vec<Option<&str>> =
        spec.sections.iter().map(|s| s.heading.as_deref()).collect();
    prop_assert_eq!(headings, want_headings);
    let paragraphs: Vec<String> = a.paragraphs().map(|p| flat(p.as_str())).collect();
    let want_paragraphs: Vec<String> = spec.paragraphs().map(flat).collect();
    prop_assert_eq!(paragraphs, want_paragraphs, "layout {:?}", layout);
    let kinds: Vec<_> = a.trailers().iter().map(|t| t.kind()).collect();
    let want_kinds: Vec<_> = spec.trailers.iter().map(|t| t.kind).collect();
    prop_assert_eq!(kinds, want_kinds);
    Ok(())
}

proptest! {
    #![proptest_config(cases(256))]

    #[test]
    fn generated_articles_round_trip((spec, layout) in articles()) {
        let text = spec.render(layout);
        round_trip(&spec, layout, &text)?;
    }

    #[test]
    fn a_kicker_over_the_headline_is_the_kicker(
        (spec, layout) in articles().prop_filter("a headline", |(spec, _)| spec.headline.is_some()),
        kicker in prop::sample::select(&["BREAKING NEWS", "EXCLUSIVE", "Analysis", "Opinion:"][..]),
        same_block in any::<bool>(),
    ) {
        let text = spec.render(layout);
        let body = text.strip_prefix('\u{feff}').unwrap_or(&text);
        let gap = if same_block { "\n" } else { "\n\n" };
        let text = format!("{kicker}{gap}{body}");
        let a = dateline::parse(&text);
        prop_assert_eq!(a.kicker().map(|k| (k.as_str(), k.span().range())), Some((kicker, 0..kicker.len())));
        round_trip(&spec, layout, &text)?;
    }

    #[test]
    fn generated_datelines_parse_alone(spec in dateline::generate::dateline()) {
        // as `render` writes it: a space after a separator, Kyodo's bracket
        // and CNN's tag straight into the text, any other dateline alone on
        // its line
        let gap = match (&spec.separator, spec.source_style) {
            (Some(_), _) => " ",
            (None, SourceStyle::Lenticular | SourceStyle::RunOn) => "",
            (None, _) => "\n",
        };
        let text = format!("{spec}{gap}Officials said the market would open.");
        let d = dateline::parse_dateline(&text);
        let written = spec.to_string();
        prop_assert_eq!(d.as_ref().map(|d| d.as_str()), Some(written.as_str()));
        let d = d.expect("checked");
        prop_assert_eq!(d.place().map(|p| p.as_str()), spec.place.as_deref());
        prop_assert_eq!(d.date().map(|x| x.as_str()), spec.date.as_ref().map(|x| x.text.as_str()));
        prop_assert_eq!(d.source().map(|s| s.as_str()), spec.source.as_deref());
        prop_assert_eq!(d.separator().map(|s| s.kind()), spec.separator.as_ref().map(|s| s.1));
    }

}

proptest! {
    #![proptest_config(cases(64))]

    #[test]
    fn any_string_keeps_the_invariants(text in any::<String>()) {
        invariants::check_all(&text);
    }

    #[test]
    fn control_and_odd_unicode_keep_the_invariants(
        text in "[\\x00-\\x1f\\x7f\u{80}-\u{9f}\u{200b}-\u{200f}\u{2028}\u{2029}\u{feff}\u{301}\u{fffd}a-zA-Z(),/ \n\r\t—–-]{0,200}"
    ) {
        invariants::check_all(&text);
    }

    #[test]
    fn grammar_tokens_keep_the_invariants(data in proptest::collection::vec(any::<u8>(), 0..120)) {
        let text = invariants::from_tokens(&data);
        invariants::check_all(&text);
    }

    #[test]
    fn long_lines_keep_the_invariants(
        word in "[A-Za-z(),—-]{1,8}",
        n in 1usize..4000,
        tail in "[ \n(A-Z]{0,10}",
    ) {
        let text = format!("{}{tail}", word.repeat(n));
        invariants::check_all(&text);
    }

    #[test]
    fn rendered_articles_with_noise_keep_the_invariants(
        (spec, layout) in articles(),
        cut in any::<prop::sample::Index>(),
        noise in "[\\x00-\\x20()/,—\u{feff}A-Z]{0,6}",
    ) {
        let mut text = spec.render(layout);
        let mut at = cut.index(text.len() + 1);
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        text.insert_str(at, &noise);
        invariants::check_all(&text);
    }
}
