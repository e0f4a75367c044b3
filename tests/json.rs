//! The JSON shape of the `serde` feature, pinned verbatim: tools outside the
//! crate read these paths, so a change here is a breaking change.

#![cfg(feature = "serde")]

mod common;

use chrono::NaiveDate;
use dateline::Parser;
use serde_json::{Value, json};

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Parses `text` (with a reference date if given), checks the article's
/// invariants and returns its JSON.
fn article_json(text: &str, reference: Option<(i32, u32, u32)>) -> Value {
    let mut parser = Parser::new();
    if let Some((y, m, d)) = reference {
        parser = parser.reference_date(NaiveDate::from_ymd_opt(y, m, d).expect("date"));
    }
    let article = parser.parse(text).expect("no strict options");
    common::validate(&article, text);
    serde_json::to_value(&article).expect("serializes")
}

/// Every object with a `text` and a `span` names the slice of the input it
/// came from.
fn check_spans(value: &Value, input: &str, path: &str) {
    match value {
        Value::Object(map) => {
            if let (Some(Value::String(text)), Some(span)) = (map.get("text"), map.get("span")) {
                let start = span[0].as_u64().expect("start") as usize;
                let end = span[1].as_u64().expect("end") as usize;
                assert_eq!(input.get(start..end), Some(text.as_str()), "{path}");
            }
            for (key, inner) in map {
                check_spans(inner, input, &format!("{path}.{key}"));
            }
        }
        Value::Array(items) => {
            for (i, inner) in items.iter().enumerate() {
                check_spans(inner, input, &format!("{path}[{i}]"));
            }
        }
        _ => {}
    }
}

struct Case {
    name: &'static str,
    text: String,
    reference: Option<(i32, u32, u32)>,
    json: Value,
}

fn cases() -> Vec<Case> {
    vec![
        Case {
            name: "seed layout: headline, colon dateline with tag, unmarked heading",
            text: fixture("seed-layout.txt"),
            reference: None,
            json: json!({
                "kicker": null,
                "headline": {"text": "Quarry Expansion Approved", "span": [0, 25]},
                "deck": null,
                "byline": null,
                "dateline": {
                    "text": "Springfield Ill., 2 May 2024 (TDI):",
                    "span": [27, 62],
                    "place": {
                        "text": "Springfield Ill.", "span": [27, 43],
                        "city": "Springfield", "cities": ["Springfield"],
                        "region": "Ill.", "region_name": "Illinois",
                        "country": "United States", "country_inferred": true
                    },
                    "date": {
                        "text": "2 May 2024", "span": [45, 55],
                        "iso": "2024-05-02", "year_inferred": false,
                        "year": 2024, "month": 5, "day": 2, "weekday": null
                    },
                    "source": {
                        "text": "TDI", "span": [57, 60], "raw": "(TDI)",
                        "agencies": ["TDI"], "agency_names": [null]
                    },
                    "separator": ":",
                    "separator_kind": "colon"
                },
                "sections": [
                    {
                        "heading": null,
                        "paragraphs": [
                            {
                                "text": "The county board approved on Thursday a plan to widen the old limestone quarry east of town, after a hearing that ran past midnight.",
                                "span": [63, 195]
                            },
                            {
                                "text": "Neighbours had asked for a buffer of trees along the road, and the company agreed to plant one before blasting starts.",
                                "span": [197, 315]
                            }
                        ]
                    },
                    {
                        "heading": {"text": "Traffic and Noise", "span": [317, 334]},
                        "paragraphs": [
                            {
                                "text": "Trucks will use the northern gate only, and blasting will be limited to weekday afternoons.",
                                "span": [336, 427]
                            },
                            {
                                "text": "The board will review noise readings every six months.",
                                "span": [429, 483]
                            }
                        ]
                    }
                ],
                "trailers": []
            }),
        },
        Case {
            name: "Reuters 1987 wire layout: byline, year inferred from the reference date",
            text: fixture("reuters-1987.txt"),
            reference: Some((1987, 3, 11)),
            json: json!({
                "kicker": null,
                "headline": {"text": "TIN COUNCIL TALKS END WITHOUT ACCORD", "span": [0, 36]},
                "deck": null,
                "byline": {
                    "text": "By Ann Poe, Reuters", "span": [42, 61],
                    "authors": ["Ann Poe"], "affiliation": "Reuters", "title": null
                },
                "dateline": {
                    "text": "LONDON, March 11 -",
                    "span": [67, 85],
                    "place": {
                        "text": "LONDON", "span": [67, 73],
                        "city": "LONDON", "cities": ["LONDON"],
                        "region": null, "region_name": null,
                        "country": "United Kingdom", "country_inferred": true
                    },
                    "date": {
                        "text": "March 11", "span": [75, 83],
                        "iso": "1987-03-11", "year_inferred": true,
                        "year": null, "month": 3, "day": 11, "weekday": null
                    },
                    "source": null,
                    "separator": "-",
                    "separator_kind": "hyphen"
                },
                "sections": [{
                    "heading": null,
                    "paragraphs": [
                        {
                            "text": "Talks between tin producers and\nconsumers ended without agreement on a new buffer stock, trade\nsources said.",
                            "span": [86, 194]
                        },
                        {
                            "text": "Delegates said a further meeting was possible in April but\nno date had been set.",
                            "span": [199, 279]
                        }
                    ]
                }],
                "trailers": []
            }),
        },
        Case {
            name: "AP: place with state, agency tag, em dash, no date",
            text: fixture("ap-modern.txt"),
            reference: None,
            json: json!({
                "kicker": null,
                "headline": {"text": "Storm Closes Bridges Along the Coast", "span": [0, 36]},
                "deck": null,
                "byline": null,
                "dateline": {
                    "text": "SAN DIEGO, Calif. (AP) —",
                    "span": [38, 64],
                    "place": {
                        "text": "SAN DIEGO, Calif.", "span": [38, 55],
                        "city": "SAN DIEGO", "cities": ["SAN DIEGO"],
                        "region": "Calif.", "region_name": "California",
                        "country": "United States", "country_inferred": true
                    },
                    "date": null,
                    "source": {
                        "text": "AP", "span": [57, 59], "raw": "(AP)",
                        "agencies": ["AP"], "agency_names": ["The Associated Press"]
                    },
                    "separator": "—",
                    "separator_kind": "em_dash"
                },
                "sections": [{
                    "heading": null,
                    "paragraphs": [
                        {
                            "text": "Strong winds closed two bridges on Monday as a late-season storm moved ashore.",
                            "span": [65, 143]
                        },
                        {"text": "Crews expected to reopen both spans by evening.", "span": [145, 192]}
                    ]
                }],
                "trailers": []
            }),
        },
        Case {
            name: "two agencies, a weekday, a credits trailer",
            text: "Envoys Meet Again\n\nGAZA, Tuesday, Oct. 7, 2025 (AP/Reuters) - Envoys met again on Tuesday.\n\n(Reporting by Ann Poe; Editing by Tom Roe)\n".into(),
            reference: None,
            json: json!({
                "kicker": null,
                "headline": {"text": "Envoys Meet Again", "span": [0, 17]},
                "deck": null,
                "byline": null,
                "dateline": {
                    "text": "GAZA, Tuesday, Oct. 7, 2025 (AP/Reuters) -",
                    "span": [19, 61],
                    "place": {
                        "text": "GAZA", "span": [19, 23],
                        "city": "GAZA", "cities": ["GAZA"],
                        "region": null, "region_name": null,
                        "country": "Palestinian Territories", "country_inferred": true
                    },
                    "date": {
                        "text": "Tuesday, Oct. 7, 2025", "span": [25, 46],
                        "iso": "2025-10-07", "year_inferred": false,
                        "year": 2025, "month": 10, "day": 7, "weekday": "Tuesday"
                    },
                    "source": {
                        "text": "AP/Reuters", "span": [48, 58], "raw": "(AP/Reuters)",
                        "agencies": ["AP", "Reuters"],
                        "agency_names": ["The Associated Press", "Reuters"]
                    },
                    "separator": "-",
                    "separator_kind": "hyphen"
                },
                "sections": [{
                    "heading": null,
                    "paragraphs": [{"text": "Envoys met again on Tuesday.", "span": [62, 90]}]
                }],
                "trailers": [{
                    "kind": "credits",
                    "text": "(Reporting by Ann Poe; Editing by Tom Roe)",
                    "span": [92, 134]
                }]
            }),
        },
        Case {
            name: "a date without a year and no reference date: iso is null",
            text: "OSLO, Dec 30 - Snow closed the airport.".into(),
            reference: None,
            json: json!({
                "kicker": null,
                "headline": null,
                "deck": null,
                "byline": null,
                "dateline": {
                    "text": "OSLO, Dec 30 -",
                    "span": [0, 14],
                    "place": {
                        "text": "OSLO", "span": [0, 4],
                        "city": "OSLO", "cities": ["OSLO"],
                        "region": null, "region_name": null,
                        "country": "Norway", "country_inferred": true
                    },
                    "date": {
                        "text": "Dec 30", "span": [6, 12],
                        "iso": null, "year_inferred": false,
                        "year": null, "month": 12, "day": 30, "weekday": null
                    },
                    "source": null,
                    "separator": "-",
                    "separator_kind": "hyphen"
                },
                "sections": [{
                    "heading": null,
                    "paragraphs": [{"text": "Snow closed the airport.", "span": [15, 39]}]
                }],
                "trailers": []
            }),
        },
        Case {
            name: "a tab for the dash, as print pages set it",
            text: "OSLO\tSnow closed the airport today.".into(),
            reference: None,
            json: json!({
                "kicker": null,
                "headline": null,
                "deck": null,
                "byline": null,
                "dateline": {
                    "text": "OSLO\t",
                    "span": [0, 5],
                    "place": {
                        "text": "OSLO", "span": [0, 4],
                        "city": "OSLO", "cities": ["OSLO"],
                        "region": null, "region_name": null,
                        "country": "Norway", "country_inferred": true
                    },
                    "date": null,
                    "source": null,
                    "separator": "\t",
                    "separator_kind": "tab"
                },
                "sections": [{
                    "heading": null,
                    "paragraphs": [{"text": "Snow closed the airport today.", "span": [5, 35]}]
                }],
                "trailers": []
            }),
        },
        Case {
            name: "no dateline: a Markdown heading and an end mark",
            text: "Truce Talks Resume\n\nEnvoys met again on Tuesday.\n\n### Outlook\n\nA second round is planned.\n\n###\n".into(),
            reference: None,
            json: json!({
                "kicker": null,
                "headline": {"text": "Truce Talks Resume", "span": [0, 18]},
                "deck": null,
                "byline": null,
                "dateline": null,
                "sections": [
                    {
                        "heading": null,
                        "paragraphs": [{"text": "Envoys met again on Tuesday.", "span": [20, 48]}]
                    },
                    {
                        "heading": {"text": "### Outlook", "span": [50, 61]},
                        "paragraphs": [{"text": "A second round is planned.", "span": [63, 89]}]
                    }
                ],
                "trailers": [{"kind": "end_mark", "text": "###", "span": [91, 94]}]
            }),
        },
        Case {
            name: "a kicker over the headline",
            text: "EXCLUSIVE\n\nAcme in Talks\n\nNEW YORK (Reuters) - Acme is in talks.".into(),
            reference: None,
            json: json!({
                "kicker": {"text": "EXCLUSIVE", "span": [0, 9]},
                "headline": {"text": "Acme in Talks", "span": [11, 24]},
                "deck": null,
                "byline": null,
                "dateline": {
                    "text": "NEW YORK (Reuters) -",
                    "span": [26, 46],
                    "place": {
                        "text": "NEW YORK", "span": [26, 34],
                        "city": "NEW YORK", "cities": ["NEW YORK"],
                        "region": null, "region_name": null,
                        "country": "United States", "country_inferred": true
                    },
                    "date": null,
                    "source": {
                        "text": "Reuters", "span": [36, 43], "raw": "(Reuters)",
                        "agencies": ["Reuters"], "agency_names": ["Reuters"]
                    },
                    "separator": "-",
                    "separator_kind": "hyphen"
                },
                "sections": [{
                    "heading": null,
                    "paragraphs": [{"text": "Acme is in talks.", "span": [47, 64]}]
                }],
                "trailers": []
            }),
        },
        Case {
            name: "empty input",
            text: String::new(),
            reference: None,
            json: json!({
                "kicker": null,
                "headline": null,
                "deck": null,
                "byline": null,
                "dateline": null,
                "sections": [],
                "trailers": []
            }),
        },
    ]
}

#[test]
fn articles_serialize_to_the_documented_shape() {
    for case in cases() {
        let got = article_json(&case.text, case.reference);
        assert_eq!(
            got,
            case.json,
            "{}\n{}",
            case.name,
            serde_json::to_string_pretty(&got).expect("json")
        );
        check_spans(&got, &case.text, case.name);
    }
}

#[test]
fn spans_stay_true_with_crlf_and_a_bom() {
    for case in cases() {
        for text in [common::crlf(&case.text), common::bom(&case.text)] {
            let got = article_json(&text, case.reference);
            check_spans(&got, &text, case.name);
            // the same parts are found, whatever the line endings
            let parts = |v: &Value| {
                [
                    v["headline"].is_null(),
                    v["byline"].is_null(),
                    v["dateline"].is_null(),
                ]
            };
            assert_eq!(parts(&got), parts(&case.json), "{}", case.name);
            assert_eq!(
                got["dateline"]["date"]["iso"], case.json["dateline"]["date"]["iso"],
                "{}",
                case.name
            );
        }
    }
}

#[test]
fn inferred_year_sets_iso_and_the_flag() {
    let got = article_json(
        "OSLO, Dec 30 - Snow closed the airport.",
        Some((2024, 1, 2)),
    );
    assert_eq!(
        got["dateline"]["date"],
        json!({
            "text": "Dec 30", "span": [6, 12],
            "iso": "2023-12-30", "year_inferred": true,
            "year": null, "month": 12, "day": 30, "weekday": null
        })
    );
}

#[test]
fn parts_serialize_on_their_own() {
    let text = "Truce Talks Resume\n\nPARIS (AFP) -- Envoys met.\n\n###\n";
    let article = dateline::parse(text);
    common::validate(&article, text);
    let nodes: Vec<_> = article.nodes().collect();
    let dateline = article.dateline().expect("dateline");
    let source = dateline.source().expect("source");
    let rows: Vec<(Value, Value)> = vec![
        (
            serde_json::to_value(&nodes).expect("json"),
            json!([
                {"kind": "headline", "text": "Truce Talks Resume", "span": [0, 18]},
                {"kind": "dateline", "text": "PARIS (AFP) --", "span": [20, 34]},
                {"kind": "paragraph", "text": "Envoys met.", "span": [35, 46]},
                {"kind": {"trailer": "end_mark"}, "text": "###", "span": [48, 51]}
            ]),
        ),
        (
            serde_json::to_value(dateline.separator().expect("separator")).expect("json"),
            json!({"text": "--", "span": [32, 34], "kind": "double_hyphen"}),
        ),
        (
            serde_json::to_value(source.agencies().collect::<Vec<_>>()).expect("json"),
            json!([{"text": "AFP", "span": [27, 30], "name": "Agence France-Presse"}]),
        ),
        (
            serde_json::to_value(article.sections().first().expect("section")).expect("json"),
            json!({"heading": null, "paragraphs": [{"text": "Envoys met.", "span": [35, 46]}]}),
        ),
        (
            serde_json::to_value(article.trailers()).expect("json"),
            json!([{"kind": "end_mark", "text": "###", "span": [48, 51]}]),
        ),
    ];
    for (got, want) in rows {
        assert_eq!(got, want);
    }
}

#[test]
fn errors_serialize_with_kind_message_and_position() {
    let text = "Markets\n\nShares rose on Monday.";
    let err = Parser::new()
        .require_dateline(true)
        .parse(text)
        .expect_err("strict");
    assert_eq!(
        serde_json::to_value(&err).expect("json"),
        json!({
            "kind": "missing_dateline",
            "message": "expected a dateline (place, date or agency and a separator) at the start of the body, found none at line 3, column 1",
            "span": [9, 9],
            "line": 3,
            "column": 1
        })
    );
}
