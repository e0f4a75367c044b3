//! The invariants every fuzz target asserts, shared with the replay tests in
//! `tests/fuzz_regressions.rs` (which include this file by path). Needs a
//! sibling `common` module (`tests/common/mod.rs`) for `validate`.
#![allow(dead_code)]

use dateline::{Article, Dateline, Parser, Span};

/// Parses `text` every way the crate offers and checks all invariants: the
/// nodes tile the input, every inner part lies on char boundaries and is the
/// slice its span names, parsing twice gives the same article, and the strict
/// and size-limited parsers either succeed with the same article or fail with
/// an error whose position lies inside the input.
pub fn check_all(text: &str) {
    let article = dateline::parse(text);
    if skip_known() && article_bug(&article, text).is_some() {
        return;
    }
    crate::common::validate(&article, text);
    check_parts(&article, text);
    assert_eq!(article, dateline::parse(text), "parsing is deterministic");

    // one option set per input, by its length, to keep each run cheap
    let parser = if text.len() % 2 == 0 {
        Parser::new()
            .require_dateline(true)
            .require_headline(true)
            .require_date(true)
    } else {
        Parser::new().max_len(text.len() / 2)
    };
    match parser.parse(text) {
        Ok(a) => assert_eq!(a, article, "options only add errors"),
        Err(e) => {
            assert!(e.offset() <= text.len(), "error offset inside the input");
            assert!(text.is_char_boundary(e.offset()));
            assert!(e.span().end() <= text.len());
            assert!(e.line() >= 1 && e.column() >= 1);
            let snippet = e.snippet(text);
            assert!(snippet.contains(" | "), "snippet has a gutter");
            assert!(!e.to_string().is_empty());
        }
    }
    check_dateline(text);
}

/// `parse_dateline` alone: its parts lie inside it, on char boundaries, and
/// each is the slice its span names; parsing twice gives the same.
pub fn check_dateline(text: &str) {
    if let Some(d) = dateline::parse_dateline(text) {
        if skip_known() && dateline_bug(&d, text, |_| false).is_some() {
            return;
        }
        check_dateline_parts(&d, text);
        assert_eq!(Some(d), dateline::parse_dateline(text));
    }
}

/// Whether the fuzz run asked to step over the known, reported parser bugs
/// (`DATELINE_FUZZ_SKIP_KNOWN=1`) so that it can look for new ones. The
/// replay tests never set it: there the known bugs fail (or are ignored by
/// name in `tests/fuzz_regressions.rs`).
fn skip_known() -> bool {
    static SKIP: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *SKIP.get_or_init(|| std::env::var_os("DATELINE_FUZZ_SKIP_KNOWN").is_some())
}

/// Which known, reported parser bug `text` runs into, if any.
pub fn known_bug(text: &str) -> Option<&'static str> {
    article_bug(&dateline::parse(text), text)
        .or_else(|| dateline::parse_dateline(text).and_then(|d| dateline_bug(&d, text, |_| false)))
}

fn article_bug(article: &Article<'_>, text: &str) -> Option<&'static str> {
    // (a page read as Markdown keeps the marks before its dateline as
    // furniture: those belong to a node)
    let covered = |at: usize| {
        article
            .nodes()
            .any(|n| n.span().start() <= at && at < n.span().end())
    };
    article
        .dateline()
        .and_then(|d| dateline_bug(d, text, covered))
}

fn dateline_bug(
    d: &Dateline<'_>,
    text: &str,
    covered: impl Fn(usize) -> bool,
) -> Option<&'static str> {
    // the marks the grammar skips stand on the dateline's own line (a `*`
    // closing a line above, `**By Ann Poe**`, belongs to that line's node)
    let before = text.get(..d.span().start()).unwrap_or("");
    let line_start = before.rfind(['\n', '\r']).map_or(0, |i| i + 1);
    let lead = before.get(line_start..).unwrap_or("");
    let mark = lead
        .trim_end()
        .len()
        .checked_sub(1)
        .map(|at| line_start + at);
    if lead.trim_end().ends_with('*') && !mark.is_some_and(covered) {
        return Some("a `*` skipped before a dateline belongs to no node");
    }
    if d.source().is_some_and(|s| !d.span().contains(s.raw_span())) {
        return Some("the agency tag lies outside the dateline's span");
    }
    if d.date()
        .and_then(|x| x.month())
        .is_some_and(|m| !(1..=12).contains(&m))
    {
        return Some("an ISO date's month is not in 1..=12");
    }
    None
}

/// Whether `span` names exactly `part` in `text`.
fn check_slice(text: &str, span: Span, part: &str, what: &str) {
    assert!(
        text.is_char_boundary(span.start()) && text.is_char_boundary(span.end()),
        "{what} at {span} on char boundaries"
    );
    assert_eq!(text.get(span.range()), Some(part), "{what} is its slice");
}

fn check_dateline_parts(d: &Dateline<'_>, text: &str) {
    check_slice(text, d.span(), d.as_str(), "dateline");
    if let Some(p) = d.place() {
        check_slice(text, p.span(), p.as_str(), "place");
        assert!(d.span().contains(p.span()));
        let written = p.country().filter(|_| !p.is_country_inferred());
        for part in [p.city(), p.region(), written].into_iter().flatten() {
            assert!(
                p.as_str().contains(part),
                "place part {part:?} in the place"
            );
        }
        for city in p.cities() {
            assert!(p.as_str().contains(city));
        }
    }
    if let Some(x) = d.date() {
        check_slice(text, x.span(), x.as_str(), "date");
        assert!(d.span().contains(x.span()));
        let _ = (x.year(), x.month(), x.day(), x.weekday(), x.to_naive_date());
        if let Some(m) = x.month() {
            assert!((1..=12).contains(&m), "month {m} in 1..=12");
        }
    }
    if let Some(s) = d.source() {
        check_slice(text, s.span(), s.as_str(), "source");
        check_slice(text, s.raw_span(), s.raw(), "source raw");
        assert!(s.raw_span().contains(s.span()));
        for a in s.agencies() {
            check_slice(text, a.span(), a.as_str(), "agency");
            assert!(s.span().contains(a.span()));
        }
    }
    if let Some(sep) = d.separator() {
        check_slice(text, sep.span(), sep.as_str(), "separator");
        assert!(d.span().contains(sep.span()));
    }
}

fn check_parts(article: &Article<'_>, text: &str) {
    if let Some(d) = article.dateline() {
        check_dateline_parts(d, text);
    }
    if let Some(b) = article.byline() {
        for author in b.authors() {
            assert!(
                b.as_str().contains(author),
                "author {author:?} in the byline"
            );
        }
        // the affiliation is on the names' line or the title under it
        if let Some(aff) = b.affiliation() {
            assert!(b.as_str().contains(aff) || b.title().is_some_and(|t| t.contains(aff)));
        }
        if let (Some(title), Some(span)) = (b.title(), b.title_span()) {
            check_slice(text, span, title, "byline title");
            assert!(
                span.start() > b.span().end(),
                "the title is under the names"
            );
        }
        assert_eq!(b.title().is_some(), b.title_span().is_some());
    }
    for section in article.sections() {
        if let Some(h) = section.heading() {
            assert!(h.as_str().contains(h.title()));
            let _ = h.level();
        }
        if let Some(span) = section.span() {
            assert!(span.end() <= text.len() && span.start() <= span.end());
        }
    }
    for t in article.trailers() {
        check_slice(text, t.span(), t.as_str(), "trailer");
    }
}

/// Splits `text` into articles at form feeds and at `-30-` lines, the
/// separators wire archives use between stories.
pub fn split_articles(text: &str) -> impl Iterator<Item = &str> {
    text.split('\u{c}')
        .flat_map(|chunk| chunk.split("\n-30-\n"))
}

/// The grammar's own tokens: month names, agencies, separators, brackets,
/// caps words, quotes, spaces and line breaks.
pub const TOKENS: &[&str] = &[
    "\n",
    "\n\n",
    "\r\n",
    " ",
    "    ",
    "\t",
    ",",
    ", ",
    ".",
    "(",
    ")",
    "/",
    " / ",
    "-",
    " - ",
    "--",
    "—",
    " — ",
    "–",
    "―",
    "_",
    ":",
    ";",
    "\"",
    "“",
    "”",
    "'",
    "’",
    "#",
    "## ",
    "By ",
    "BY ",
    "by ",
    " and ",
    "Jane Doe",
    "JOHN ROE",
    "Staff Writer",
    "|",
    "Jan",
    "Jan.",
    "January",
    "Feb",
    "February",
    "Mar",
    "March",
    "Apr.",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "August",
    "Sept",
    "Sept.",
    "September",
    "Oct",
    "Nov.",
    "December",
    "DEC",
    "march",
    "Tuesday, ",
    "Tues.",
    "1",
    "2",
    "13",
    "26",
    "31",
    "32",
    "99",
    "2023",
    "1987",
    "0",
    "1996-08-30",
    "2024-02-30",
    "9999",
    "AP",
    "(AP)",
    "Reuters",
    "(Reuters)",
    "Reuter",
    "REUTER",
    "AFP",
    "dpa",
    "Xinhua",
    "CNN",
    "(CNN)",
    "PRNewswire",
    "/PRNewswire/",
    "BUSINESS WIRE",
    "ACCESSWIRE",
    "IANS",
    "AP/AFP",
    "NEW YORK",
    "WASHINGTON",
    "LONDON",
    "SAN FRANCISCO",
    "Springfield",
    "Ill.",
    "Ore.",
    "Calif.",
    "NC",
    "D.C.",
    "Ukraine",
    "Lebanon",
    "KUALA LUMPUR",
    "de",
    "U.S.",
    "The",
    "said",
    "Officials",
    "HEADLINE",
    "(Reporting by ",
    "Editing by ",
    "contributed to this report",
    "About ",
    "Media contact:",
    "SOURCE ",
    "###",
    "-30-",
    "ENDS",
    "Editor's note:",
    "Correction: ",
    "Updated 3 p.m.",
    "\u{feff}",
    "\u{200b}",
    "\u{a0}",
    "é",
    "日本",
    "\u{301}",
    "\u{0}",
    "\u{7f}",
    "\u{2028}",
    "\r",
    "*",
];

/// Builds a text from `data`, one token per byte.
pub fn from_tokens(data: &[u8]) -> String {
    let mut out = String::with_capacity(data.len() * 4);
    for &b in data {
        out.push_str(TOKENS[usize::from(b) % TOKENS.len()]);
    }
    out
}

/// `parse_many` over the whole text: articles in order, each its own slice of
/// the input, every node inside its article with only blank space between
/// nodes, and only blank space or rule characters between articles (`=`,
/// `-`, `*`, and the `_` of a news database's rule between documents).
pub fn check_many(text: &str) {
    let mut between = 0;
    for article in dateline::parse_many(text) {
        let span = article.span();
        assert!(span.start() >= between, "articles in order at {span}");
        assert_eq!(
            text.get(span.range()),
            Some(article.as_str()),
            "article is its slice"
        );
        let gap = text.get(between..span.start()).unwrap_or("");
        assert!(
            gap.chars().all(|c| c.is_whitespace()
                || matches!(c, '=' | '-' | '*' | '_' | '\u{c}' | '\u{feff}' | '\u{200b}')),
            "only separators between articles: {gap:?}"
        );
        crate::common::validate_in(&article, text);
        between = span.end();
    }
    let tail = text.get(between..).unwrap_or("");
    assert!(
        tail.chars().all(|c| c.is_whitespace()
            || matches!(c, '=' | '-' | '*' | '_' | '\u{c}' | '\u{feff}' | '\u{200b}')),
        "only separators after the last article: {tail:?}"
    );
}
