//! Helpers shared by the integration tests.
#![allow(dead_code)]

use dateline::{Article, NodeKind};

/// Checks the invariants every parsed article keeps, whatever the input:
/// nodes in order, inside the input, on char boundaries, each node's text equal
/// to its slice, and nothing but blank space (or a leading BOM) between nodes,
/// so the nodes and the space between them tile the input.
pub fn validate(article: &Article<'_>, text: &str) {
    assert_eq!(article.as_str(), text, "the article keeps its input");
    let mut at = 0;
    for node in article.nodes() {
        let span = node.span();
        assert!(
            span.start() >= at,
            "node {:?} at {span} overlaps the one before (ends {at})",
            node.kind()
        );
        assert!(
            span.end() <= text.len(),
            "node {:?} at {span} runs past the input",
            node.kind()
        );
        assert!(
            !span.is_empty(),
            "node {:?} at {span} is empty",
            node.kind()
        );
        assert!(text.is_char_boundary(span.start()) && text.is_char_boundary(span.end()));
        assert_eq!(
            &text[span.range()],
            node.as_str(),
            "node {:?} text is its slice",
            node.kind()
        );
        let gap = &text[at..span.start()];
        assert!(
            gap.chars()
                .all(|c| c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}'),
            "text {gap:?} before {:?} at {span} belongs to no node",
            node.kind()
        );
        at = span.end();
    }
    let tail = &text[at..];
    assert!(
        tail.chars()
            .all(|c| c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}'),
        "trailing text {tail:?} belongs to no node"
    );
    // parts reachable from the accessors are nodes too
    let count = article
        .nodes()
        .filter(|n| n.kind() == NodeKind::Paragraph)
        .count();
    assert_eq!(count, article.paragraphs().count());
    if let Some(d) = article.dateline() {
        for inner in [
            d.place().map(|p| p.span()),
            d.date().map(|x| x.span()),
            d.source().map(|s| s.raw_span()),
            d.separator().map(|s| s.span()),
        ]
        .into_iter()
        .flatten()
        {
            assert!(
                d.span().contains(inner),
                "dateline part {inner} lies inside {}",
                d.span()
            );
        }
    }
}

/// The text with every `\n` made `\r\n`.
pub fn crlf(text: &str) -> String {
    text.replace('\n', "\r\n")
}

/// The text with a UTF-8 byte-order mark in front.
pub fn bom(text: &str) -> String {
    format!("\u{feff}{text}")
}

/// Checks an article of a stream: its own slice is `whole[span]`, and its
/// nodes tile that slice with absolute spans (as `common::validate` does for a
/// whole input).
pub fn validate_in(article: &Article<'_>, whole: &str) {
    let blank = |gap: &str| {
        gap.chars()
            .all(|c| c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}')
    };
    let span = article.span();
    assert_eq!(
        &whole[span.range()],
        article.as_str(),
        "the article is its slice"
    );
    let mut at = span.start();
    for node in article.nodes() {
        let s = node.span();
        assert!(
            s.start() >= at && s.end() <= span.end() && !s.is_empty(),
            "{:?} at {s}",
            node.kind()
        );
        assert_eq!(&whole[s.range()], node.as_str());
        assert!(blank(&whole[at..s.start()]), "gap before {:?}", node.kind());
        at = s.end();
    }
    assert!(blank(&whole[at..span.end()]), "tail of the article");
}
