//! Pathological inputs, in the spirit of CommonMark's pathological tests: each
//! parses with the invariants intact (the nodes tile the input). No timing
//! asserts: the benches show that time grows linearly.

mod common;

use dateline::{ErrorKind, Parser};

/// Builds one pathological input.
type Build = fn() -> String;

/// One row per input: a name and how to build it.
const CASES: &[(&str, Build)] = &[
    ("100k open parens", || "(".repeat(100_000)),
    ("100k open parens after a place", || {
        format!("LONDON {}", "(".repeat(100_000))
    }),
    ("100k closing parens and agencies", || {
        format!("PARIS {} - Text.", "(AP)".repeat(25_000))
    }),
    ("1 MB on one line", || {
        "Officials said the market would open. ".repeat(27_000)
    }),
    ("1 MB one-line dateline lookalike", || {
        format!("NEW YORK, March 3 {}", "/Reuters/ ".repeat(100_000))
    }),
    ("100k blank lines", || "\n".repeat(100_000)),
    ("100k blank lines around text", || {
        format!(
            "{0}HEADLINE{0}PARIS (AFP) - Hi.{0}",
            "\n \r\n".repeat(33_000)
        )
    }),
    ("100k one-word lines", || "Word\n".repeat(100_000)),
    ("100k one-word paragraphs", || "Word\n\n".repeat(100_000)),
    ("100k indented one-word lines", || {
        "    Word\nword\n".repeat(50_000)
    }),
    ("50k By lines", || "By Jane Doe\n".repeat(50_000)),
    ("50k By blocks", || {
        "By Jane Doe and John Roe, Reuters\n\n".repeat(50_000)
    }),
    ("long run of hyphens", || "-".repeat(200_000)),
    ("long run of em dashes", || "—".repeat(100_000)),
    ("dashes after a place", || {
        format!("LONDON {}", "-".repeat(200_000))
    }),
    ("long run of underscores", || "_".repeat(200_000)),
    ("10k nested quotes", || {
        format!("{}Hi{}", "“‘\"'".repeat(10_000), "’”'\"".repeat(10_000))
    }),
    ("100k headings", || "Next Steps\n\nText.\n\n".repeat(50_000)),
    ("100k trailers", || {
        "(Reporting by Ann Poe)\n\n###\n\n".repeat(25_000)
    }),
    ("long month run", || "March ".repeat(100_000)),
    ("long digit run", || {
        format!("LONDON, March {} - Hi.", "9".repeat(100_000))
    }),
    ("100k commas", || {
        format!("LONDON{} - Hi.", ", Ore.".repeat(20_000))
    }),
    ("100k slashes", || {
        format!("LONDON{} - Hi.", "/PARIS".repeat(20_000))
    }),
    ("100k stars", || "*".repeat(100_000)),
    ("a record's line of 100k tags", || {
        format!("<DOC>\n{}\n<TEXT>\nText.\n", "<x>".repeat(100_000))
    }),
    ("a record of 100k tag lines", || {
        format!("<DOC>\n{}</TEXT>\n", "<P>\n".repeat(100_000))
    }),
    ("a record's 100k control codes", || {
        format!("<REUTERS>\n<TEXT>{}\n", "&#2;".repeat(100_000))
    }),
    ("100k CRs", || "\r".repeat(100_000)),
    ("100k NULs", || "\0".repeat(100_000)),
    ("100k BOMs", || "\u{feff}".repeat(100_000)),
    ("100k combining marks", || {
        format!("A{}", "\u{301}".repeat(100_000))
    }),
];

#[test]
fn pathological_inputs_keep_the_invariants() {
    for (name, build) in CASES {
        let text = build();
        let article = dateline::parse(&text);
        common::validate(&article, &text);
        assert_eq!(article, dateline::parse(&text), "{name}: deterministic");
    }
}

/// A realistic article repeated to 50 MB. Built in the test; in debug builds
/// this takes long, so it runs in release (`cargo test --release`) only.
#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "50 MB is slow in debug builds: run with --release"
)]
fn fifty_megabyte_article() {
    let text = big_article(50 << 20);
    let article = dateline::parse(&text);
    common::validate(&article, &text);
    assert_eq!(
        article.headline().map(|h| h.as_str()),
        Some("HARBOR TALKS END")
    );
    assert!(article.dateline().is_some());
    assert!(article.paragraphs().count() > 100_000);
}

/// The same article at 5 MB, so debug builds exercise the large case too.
#[test]
fn five_megabyte_article() {
    let text = big_article(5 << 20);
    let article = dateline::parse(&text);
    common::validate(&article, &text);
    assert_eq!(
        article.headline().map(|h| h.as_str()),
        Some("HARBOR TALKS END")
    );
    assert_eq!(
        article.dateline().map(|d| d.as_str()),
        Some("LONDON, March 11 (Reuters) -")
    );
}

/// 20,000 short articles in one stream (1 MB), split by `parse_many` at
/// each new headline and dateline, each with the invariants intact. No timing
/// assert, but a guard all the same: the splitter and the parser must read no
/// further than the article at hand, and one scan to the end of the stream
/// per article would make this input take hours instead of a second.
#[test]
fn twenty_thousand_articles_in_one_stream() {
    const ARTICLES: usize = 20_000;
    let mut text = String::with_capacity(ARTICLES * 48);
    for i in 0..ARTICLES {
        text.push_str(&format!(
            "Strike Ends {i}\n\nPARIS (AFP) - Workers went back.\n\n"
        ));
    }
    let mut count = 0;
    for article in dateline::parse_many(&text) {
        common::validate_in(&article, &text);
        assert!(article.dateline().is_some(), "{:?}", article.as_str());
        count += 1;
    }
    assert_eq!(count, ARTICLES);
}

/// An article of at least `bytes` bytes: a header, then paragraphs and
/// headings repeated.
fn big_article(bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + 1024);
    text.push_str("HARBOR TALKS END\n\nBy Ann Poe, Reuters\n\n");
    text.push_str("LONDON, March 11 (Reuters) - Talks between the port and its unions ended.\n\n");
    let block = "Officials said the market would remain open after a long week of talks over prices and rules.\n\nWhat Comes Next\n\nTraders expected more delays before the harvest season began, analysts said.\n\n";
    while text.len() < bytes {
        text.push_str(block);
    }
    text.push_str("(Reporting by Ann Poe; Editing by Tom Roe)\n");
    text
}

/// `max_len` turns larger input into an error instead of a long run; input at
/// the limit parses.
#[test]
fn max_len_rejects_larger_input() {
    // the error's offset, line and column
    type Position = (usize, usize, usize);
    let rows: &[(usize, &str, Option<Position>)] = &[
        // limit, input, expected (error offset, line, column) or None for Ok
        (5, "abcdef", Some((5, 1, 6))),
        (6, "abcdef", None),
        (0, "", None),
        (0, "a", Some((0, 1, 1))),
        (4, "ab\ncdef", Some((4, 2, 2))),
        // the limit falls inside `é` (2 bytes at 1..3): the error starts at its start
        (2, "aébc", Some((1, 1, 2))),
    ];
    for &(limit, input, want) in rows {
        let got = Parser::new().max_len(limit).parse(input);
        match (got, want) {
            (Ok(a), None) => common::validate(&a, input),
            (Err(e), Some((offset, line, column))) => {
                assert_eq!(
                    e.kind(),
                    &ErrorKind::TooLarge {
                        limit,
                        len: input.len()
                    },
                    "{input:?}"
                );
                assert_eq!(
                    (e.offset(), e.line(), e.column()),
                    (offset, line, column),
                    "{input:?}"
                );
                assert_eq!(e.span().end(), input.len());
            }
            (got, want) => panic!("{input:?} with limit {limit}: got {got:?}, want {want:?}"),
        }
    }
    let big = "(".repeat(1 << 20);
    let err = Parser::new()
        .max_len(1 << 16)
        .parse(&big)
        .expect_err("too large");
    assert_eq!(
        err.to_string(),
        "input is 1048576 bytes, over the limit of 65536 bytes set with max_len at line 1, column 65537"
    );
}
