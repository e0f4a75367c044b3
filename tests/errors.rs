//! The error model: every error kind with its byte offset, line and column,
//! its `Display` message pinned verbatim, and the `snippet()` it draws.

mod common;

use chrono::NaiveDate;
use dateline::{ErrorKind, Parser};

const DATELINE_MSG: &str = "expected a dateline (place, date or agency and a separator) at the start of the body, found none";
const HEADLINE_MSG: &str = "expected a headline before the body, found none";
const DATE_MSG: &str = "expected a dateline whose date names a real day, with a year or a reference date to give it one";

/// One error case: the parser, the input, and everything the error reports.
struct Row {
    name: &'static str,
    parser: Parser,
    input: &'static str,
    kind: ErrorKind,
    span: (usize, usize),
    line: usize,
    column: usize,
    message: String,
    snippet: &'static str,
}

fn reference() -> NaiveDate {
    NaiveDate::from_ymd_opt(1987, 3, 1).expect("date")
}

fn rows() -> Vec<Row> {
    let at =
        |msg: &str, line: usize, column: usize| format!("{msg} at line {line}, column {column}");
    vec![
        Row {
            name: "too large, limit inside the first line",
            parser: Parser::new().max_len(10),
            input: "LONDON (Reuters) - Prices fell.",
            kind: ErrorKind::TooLarge { limit: 10, len: 31 },
            span: (10, 31),
            line: 1,
            column: 11,
            message: "input is 31 bytes, over the limit of 10 bytes set with max_len at line 1, column 11".into(),
            snippet: "1 | LONDON (Reuters) - Prices fell.\n  |           ^",
        },
        Row {
            name: "too large, limit on the third line",
            parser: Parser::new().max_len(12),
            input: "HEADLINE\n\nLONDON (Reuters) - Prices fell.",
            kind: ErrorKind::TooLarge { limit: 12, len: 41 },
            span: (12, 41),
            line: 3,
            column: 3,
            message: "input is 41 bytes, over the limit of 12 bytes set with max_len at line 3, column 3".into(),
            snippet: "3 | LONDON (Reuters) - Prices fell.\n  |   ^",
        },
        Row {
            name: "too large, limit inside a two-byte char",
            parser: Parser::new().max_len(2),
            input: "aébc",
            kind: ErrorKind::TooLarge { limit: 2, len: 5 },
            span: (1, 5),
            line: 1,
            column: 2,
            message: "input is 5 bytes, over the limit of 2 bytes set with max_len at line 1, column 2".into(),
            snippet: "1 | aébc\n  |  ^",
        },
        Row {
            name: "missing dateline",
            parser: Parser::new().require_dateline(true),
            input: "Markets\n\nShares rose on Monday.",
            kind: ErrorKind::MissingDateline,
            span: (9, 9),
            line: 3,
            column: 1,
            message: at(DATELINE_MSG, 3, 1),
            snippet: "3 | Shares rose on Monday.\n  | ^",
        },
        Row {
            name: "missing dateline, empty input",
            parser: Parser::new().require_dateline(true),
            input: "",
            kind: ErrorKind::MissingDateline,
            span: (0, 0),
            line: 1,
            column: 1,
            message: at(DATELINE_MSG, 1, 1),
            snippet: "1 | \n  | ^",
        },
        Row {
            name: "missing dateline, CRLF and indent",
            parser: Parser::new().require_dateline(true),
            input: "Markets\r\n\r\n  Shares rose.",
            kind: ErrorKind::MissingDateline,
            span: (13, 13),
            line: 3,
            column: 3,
            message: at(DATELINE_MSG, 3, 3),
            snippet: "3 |   Shares rose.\n  |   ^",
        },
        Row {
            name: "missing dateline, columns count chars",
            parser: Parser::new().require_dateline(true),
            input: "Économie\n\n  Über alles, said the man.",
            kind: ErrorKind::MissingDateline,
            span: (13, 13),
            line: 3,
            column: 3,
            message: at(DATELINE_MSG, 3, 3),
            snippet: "3 |   Über alles, said the man.\n  |   ^",
        },
        Row {
            name: "missing headline",
            parser: Parser::new().require_headline(true),
            input: "\n\n  ROME (ANSA) - Sun.",
            kind: ErrorKind::MissingHeadline,
            span: (4, 4),
            line: 3,
            column: 3,
            message: at(HEADLINE_MSG, 3, 3),
            snippet: "3 |   ROME (ANSA) - Sun.\n  |   ^",
        },
        Row {
            name: "missing headline, empty input",
            parser: Parser::new().require_headline(true),
            input: "",
            kind: ErrorKind::MissingHeadline,
            span: (0, 0),
            line: 1,
            column: 1,
            message: at(HEADLINE_MSG, 1, 1),
            snippet: "1 | \n  | ^",
        },
        Row {
            name: "missing date: the dateline has none",
            parser: Parser::new().require_date(true),
            input: "Sun Returns\n\nROME (ANSA) - Sun.",
            kind: ErrorKind::MissingDate,
            span: (13, 26),
            line: 3,
            column: 1,
            message: at(DATE_MSG, 3, 1),
            snippet: "3 | ROME (ANSA) - Sun.\n  | ^",
        },
        Row {
            name: "missing date: no year and no reference date",
            parser: Parser::new().require_date(true),
            input: "ROME, March 2 - Sun.",
            kind: ErrorKind::MissingDate,
            span: (0, 15),
            line: 1,
            column: 1,
            message: at(DATE_MSG, 1, 1),
            snippet: "1 | ROME, March 2 - Sun.\n  | ^",
        },
        Row {
            name: "missing date: no real day",
            parser: Parser::new().require_date(true).reference_date(reference()),
            input: "Headline\n\nROME, Feb 30 - Sun.",
            kind: ErrorKind::MissingDate,
            span: (10, 24),
            line: 3,
            column: 1,
            message: at(DATE_MSG, 3, 1),
            snippet: "3 | ROME, Feb 30 - Sun.\n  | ^",
        },
        Row {
            name: "missing date: no dateline at all",
            parser: Parser::new().require_date(true),
            input: "Just text here.",
            kind: ErrorKind::MissingDate,
            span: (0, 0),
            line: 1,
            column: 1,
            message: at(DATE_MSG, 1, 1),
            snippet: "1 | Just text here.\n  | ^",
        },
    ]
}

#[test]
fn every_error_kind_reports_where_and_what() {
    for row in rows() {
        let err = row.parser.parse(row.input).expect_err(row.name);
        assert_eq!(err.kind(), &row.kind, "{}", row.name);
        assert_eq!(
            (err.span().start(), err.span().end()),
            row.span,
            "{}",
            row.name
        );
        assert_eq!(err.offset(), row.span.0, "{}", row.name);
        assert_eq!(
            (err.line(), err.column()),
            (row.line, row.column),
            "{}",
            row.name
        );
        assert_eq!(err.to_string(), row.message, "{}", row.name);
        assert_eq!(
            err.kind().to_string(),
            row.message.rsplit_once(" at line").map_or("", |(m, _)| m),
            "{}",
            row.name
        );
        assert_eq!(err.snippet(row.input), row.snippet, "{}", row.name);
        // the plain parse of the same input never fails and keeps the invariants
        let article = dateline::parse(row.input);
        common::validate(&article, row.input);
    }
}

/// The strict modes pass input that has what they require, and give the same
/// article as the plain parse.
#[test]
fn strict_modes_accept_complete_articles() {
    let strict = Parser::new()
        .require_dateline(true)
        .require_headline(true)
        .require_date(true)
        .reference_date(reference())
        .max_len(1 << 10);
    let rows = [
        "Rain Returns\n\nROME, March 2 - Sun.",
        "RAIN RETURNS\n\n    ROME, March 2 (ANSA) - Sun.\n",
        "Rain Returns\r\n\r\nROME, 2 March 1987 (ANSA): Sun.",
        "\u{feff}Rain Returns\n\nLONDON 1987-03-02\n\nSun.",
    ];
    for input in rows {
        let article = strict.parse(input).expect(input);
        common::validate(&article, input);
        assert_eq!(
            article.dateline().map(|d| d.as_str()),
            dateline::Parser::new()
                .reference_date(reference())
                .parse(input)
                .expect(input)
                .dateline()
                .map(|d| d.as_str())
        );
    }
}

/// The error owns no input: it outlives the text and crosses threads.
#[test]
fn errors_are_static_send_and_sync() {
    fn assert_traits<T: std::error::Error + Send + Sync + 'static>() {}
    assert_traits::<dateline::Error>();
    let err = {
        let text = String::from("no dateline");
        Parser::new()
            .require_dateline(true)
            .parse(&text)
            .expect_err("missing")
    };
    assert_eq!(err.kind(), &ErrorKind::MissingDateline);
}

/// Options are checked in a fixed order: size first, then headline, dateline, date.
#[test]
fn the_first_broken_option_is_reported() {
    let all = Parser::new()
        .require_dateline(true)
        .require_headline(true)
        .require_date(true);
    let rows: &[(&Parser, &str, ErrorKind)] = &[
        (&all, "plain text", ErrorKind::MissingHeadline),
        (&all, "Headline\n\nplain text", ErrorKind::MissingDateline),
        (
            &all,
            "Headline\n\nROME (ANSA) - Sun.",
            ErrorKind::MissingDate,
        ),
    ];
    for (parser, input, kind) in rows {
        assert_eq!(
            parser.parse(input).expect_err(input).kind(),
            kind,
            "{input:?}"
        );
    }
    let small = all.clone().max_len(3);
    assert!(matches!(
        small.parse("plain text").expect_err("too large").kind(),
        ErrorKind::TooLarge { limit: 3, len: 10 }
    ));
}
