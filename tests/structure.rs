//! Article structure around the dateline (issue 4): every layout and every part
//! on fixtures we wrote, each node's kind, text and span asserted, each fixture
//! also run with CRLF, lone CR, a BOM, and a BOM with CRLF; then bylines,
//! sentences, normalized text and streams of several articles.

mod common;

use std::borrow::Cow;

use dateline::{Article, NodeKind as K, TrailerKind as T};

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// What a variant does to a text.
type Transform = fn(&str) -> String;

/// The line-ending and BOM variants every fixture is run in: a name, and what
/// it does to a text.
const VARIANTS: &[(&str, Transform)] = &[
    ("lf", |t| t.to_owned()),
    ("crlf", common::crlf),
    ("cr", |t| t.replace('\n', "\r")),
    ("bom", common::bom),
    ("bom+crlf", |t| common::bom(&common::crlf(t))),
];

/// One fixture and everything expected of it.
struct Case {
    fixture: &'static str,
    /// Every node in order: kind and text (with `\n` line ends; the span is
    /// where that text next occurs in the input).
    nodes: &'static [(K, &'static str)],
    /// Byline authors and affiliation.
    byline: Option<(&'static [&'static str], Option<&'static str>)>,
    /// Dateline place, date and source.
    dateline: Option<(
        Option<&'static str>,
        Option<&'static str>,
        Option<&'static str>,
    )>,
    /// Each section: heading and number of paragraphs.
    sections: &'static [(Option<&'static str>, usize)],
    /// The headline's normalized text.
    headline_normalized: Option<&'static str>,
    /// Each paragraph's normalized text and sentences.
    paragraphs: &'static [(&'static str, &'static [&'static str])],
    /// Credits of the trailers: role and names.
    credits: &'static [(&'static str, &'static [&'static str])],
}

const CASES: &[Case] = &[
    Case {
        fixture: "layout-blank-lines.txt",
        nodes: &[
            (
                K::Headline,
                "Harbor Ferry Service Resumes\nAfter Two-Day Storm",
            ),
            (K::Deck, "Crews cleared debris from both landings overnight"),
            (K::Byline, "By Maria Lopez and Tom Baker, Staff Writers"),
            (K::Dateline, "PORTLAND, Maine (AP) —"),
            (
                K::Paragraph,
                "Ferries to the outer islands ran again on Monday, two days after a storm tore a float loose at the main landing.",
            ),
            (
                K::Paragraph,
                "Mr. Baker said the U.S. Coast Guard inspected the float. “It held,” he said.",
            ),
            (K::Paragraph, "He declined to comment."),
            (K::Heading, "What Comes Next"),
            (
                K::Paragraph,
                "The city will replace the float in Sept. and add a second ramp.",
            ),
            (K::Trailer(T::EndMark), "___"),
            (
                K::Trailer(T::Contributors),
                "Associated Press writer Ann Poe contributed to this report.",
            ),
        ],
        byline: Some((&["Maria Lopez", "Tom Baker"], Some("Staff Writers"))),
        dateline: Some((Some("PORTLAND, Maine"), None, Some("AP"))),
        sections: &[(None, 3), (Some("What Comes Next"), 1)],
        headline_normalized: Some("Harbor Ferry Service Resumes After Two-Day Storm"),
        paragraphs: &[
            (
                "Ferries to the outer islands ran again on Monday, two days after a storm tore a float loose at the main landing.",
                &[
                    "Ferries to the outer islands ran again on Monday, two days after a storm tore a float loose at the main landing.",
                ],
            ),
            (
                "Mr. Baker said the U.S. Coast Guard inspected the float. \"It held,\" he said.",
                &[
                    "Mr. Baker said the U.S. Coast Guard inspected the float.",
                    "“It held,” he said.",
                ],
            ),
            ("He declined to comment.", &["He declined to comment."]),
            (
                "The city will replace the float in Sept. and add a second ramp.",
                &["The city will replace the float in Sept. and add a second ramp."],
            ),
        ],
        credits: &[],
    },
    Case {
        fixture: "layout-wire.txt",
        nodes: &[
            (K::Headline, "CANADIAN WHEAT SALES TO CHINA RISE"),
            (K::Byline, "By Ann Poe, Reuters"),
            (K::Dateline, "WINNIPEG, March 4 -"),
            (
                K::Paragraph,
                "Canadian wheat sales to China rose\nsharply in February, the board said, as buyers in the north\nsought high-protein grain for milling.",
            ),
            (
                K::Paragraph,
                "The board said shipments would con-\ntinue through the spring.",
            ),
            (K::Paragraph, "\"Demand is firm,\" a trader said."),
            (K::Trailer(T::SignOff), "Reuter"),
        ],
        byline: Some((&["Ann Poe"], Some("Reuters"))),
        dateline: Some((Some("WINNIPEG"), Some("March 4"), None)),
        sections: &[(None, 3)],
        headline_normalized: Some("CANADIAN WHEAT SALES TO CHINA RISE"),
        paragraphs: &[
            (
                "Canadian wheat sales to China rose sharply in February, the board said, as buyers in the north sought high-protein grain for milling.",
                &[
                    "Canadian wheat sales to China rose\nsharply in February, the board said, as buyers in the north\nsought high-protein grain for milling.",
                ],
            ),
            (
                "The board said shipments would continue through the spring.",
                &["The board said shipments would con-\ntinue through the spring."],
            ),
            (
                "\"Demand is firm,\" a trader said.",
                &["\"Demand is firm,\" a trader said."],
            ),
        ],
        credits: &[],
    },
    Case {
        fixture: "layout-one-per-line.txt",
        nodes: &[
            (K::Headline, "Council Backs New Library Budget"),
            (K::Dateline, "SPRINGFIELD, Ohio (AP) —"),
            (
                K::Paragraph,
                "The city council voted on Tuesday to back a larger budget for the main library, after a long debate about opening hours.",
            ),
            (
                K::Paragraph,
                "Members said the branch on Elm Street would stay open on Sundays, and that the children's room would get new shelves.",
            ),
            (
                K::Paragraph,
                "The mayor, who had asked for a smaller rise, said she would sign the measure this week.",
            ),
        ],
        byline: None,
        dateline: Some((Some("SPRINGFIELD, Ohio"), None, Some("AP"))),
        sections: &[(None, 3)],
        headline_normalized: Some("Council Backs New Library Budget"),
        paragraphs: &[
            (
                "The city council voted on Tuesday to back a larger budget for the main library, after a long debate about opening hours.",
                &[
                    "The city council voted on Tuesday to back a larger budget for the main library, after a long debate about opening hours.",
                ],
            ),
            (
                "Members said the branch on Elm Street would stay open on Sundays, and that the children's room would get new shelves.",
                &[
                    "Members said the branch on Elm Street would stay open on Sundays, and that the children's room would get new shelves.",
                ],
            ),
            (
                "The mayor, who had asked for a smaller rise, said she would sign the measure this week.",
                &[
                    "The mayor, who had asked for a smaller rise, said she would sign the measure this week.",
                ],
            ),
        ],
        credits: &[],
    },
    Case {
        fixture: "layout-tabs-nbsp.txt",
        nodes: &[
            (K::Headline, "Rail Strike Ends"),
            (K::Dateline, "LYON, France (AFP) -"),
            (
                K::Paragraph,
                "Rail workers returned on Friday   \nafter a week-long strike.",
            ),
            (K::Paragraph, "Trains ran on time,\u{a0}officials said."),
        ],
        byline: None,
        dateline: Some((Some("LYON, France"), None, Some("AFP"))),
        sections: &[(None, 2)],
        headline_normalized: Some("Rail Strike Ends"),
        paragraphs: &[
            (
                "Rail workers returned on Friday after a week-long strike.",
                &["Rail workers returned on Friday   \nafter a week-long strike."],
            ),
            (
                "Trains ran on time, officials said.",
                &["Trains ran on time,\u{a0}officials said."],
            ),
        ],
        credits: &[],
    },
    Case {
        fixture: "parts-press-release.txt",
        nodes: &[
            (K::Headline, "Acme Robotics Opens Plant in Ohio"),
            (K::Deck, "New site adds 300 jobs"),
            (K::Dateline, "DAYTON, Ohio, March 3, 2025 /PRNewswire/ --"),
            (
                K::Paragraph,
                "Acme Robotics Inc. said on Monday it opened a plant in Dayton.",
            ),
            (K::Paragraph, "The plant will build arms for car makers."),
            (K::Heading, "## Production Plans"),
            (K::Paragraph, "Output will start in May."),
            (
                K::Trailer(T::About),
                "About Acme Robotics\n\nAcme Robotics makes industrial arms.",
            ),
            (K::Trailer(T::Contact), "Media contact:\nJane Roe, 555-0100"),
            (K::Trailer(T::SourceLine), "SOURCE Acme Robotics"),
            (K::Trailer(T::EndMark), "###"),
        ],
        byline: None,
        dateline: Some((
            Some("DAYTON, Ohio"),
            Some("March 3, 2025"),
            Some("PRNewswire"),
        )),
        sections: &[(None, 2), (Some("## Production Plans"), 1)],
        headline_normalized: Some("Acme Robotics Opens Plant in Ohio"),
        paragraphs: &[
            (
                "Acme Robotics Inc. said on Monday it opened a plant in Dayton.",
                &["Acme Robotics Inc. said on Monday it opened a plant in Dayton."],
            ),
            (
                "The plant will build arms for car makers.",
                &["The plant will build arms for car makers."],
            ),
            ("Output will start in May.", &["Output will start in May."]),
        ],
        credits: &[],
    },
    Case {
        fixture: "parts-reuters-credits.txt",
        nodes: &[
            (K::Headline, "EXCLUSIVE-Miners weigh bid for copper assets"),
            (K::Byline, "By Reuters Staff"),
            (K::Dateline, "LIMA, Oct 5 (Reuters) -"),
            (
                K::Paragraph,
                "Two mining groups are weighing a joint bid, sources said.",
            ),
            (
                K::Paragraph,
                "Gen. Roe of the U.S. Army was not involved. Talks began in Sept. and continue.",
            ),
            (K::Heading, "MARKET REACTION"),
            (K::Paragraph, "Shares rose 3%."),
            (
                K::Trailer(T::Credits),
                "(Reporting by Ann Poe in Lima and Tom Roe; Additional reporting by Al Moe; Editing by Bo Lee)",
            ),
        ],
        byline: Some((&[], Some("Reuters Staff"))),
        dateline: Some((Some("LIMA"), Some("Oct 5"), Some("Reuters"))),
        sections: &[(None, 2), (Some("MARKET REACTION"), 1)],
        headline_normalized: Some("EXCLUSIVE-Miners weigh bid for copper assets"),
        paragraphs: &[
            (
                "Two mining groups are weighing a joint bid, sources said.",
                &["Two mining groups are weighing a joint bid, sources said."],
            ),
            (
                "Gen. Roe of the U.S. Army was not involved. Talks began in Sept. and continue.",
                &[
                    "Gen. Roe of the U.S. Army was not involved.",
                    "Talks began in Sept. and continue.",
                ],
            ),
            ("Shares rose 3%.", &["Shares rose 3%."]),
        ],
        credits: &[
            ("Reporting", &["Ann Poe", "Tom Roe"]),
            ("Additional reporting", &["Al Moe"]),
            ("Editing", &["Bo Lee"]),
        ],
    },
    Case {
        fixture: "parts-notes.txt",
        nodes: &[
            (
                K::Trailer(T::EditorsNote),
                "Editor's note: This story contains strong language.",
            ),
            (K::Trailer(T::Timestamp), "Updated 3:45 p.m. ET"),
            (K::Headline, "Town Votes to Keep Its Name"),
            (K::Byline, "By John Roe Jr."),
            (K::BylineTitle, "Associated Press Writer"),
            (K::Dateline, "ATLANTA (AP) _"),
            (
                K::Paragraph,
                "Voters chose on Tuesday to keep the town's name.",
            ),
            (K::Paragraph, "The count ended late."),
            (
                K::Trailer(T::Correction),
                "Correction: An earlier version of this story gave the wrong date for the vote.",
            ),
        ],
        byline: Some((&["John Roe Jr."], Some("Associated Press Writer"))),
        dateline: Some((Some("ATLANTA"), None, Some("AP"))),
        sections: &[(None, 2)],
        headline_normalized: Some("Town Votes to Keep Its Name"),
        paragraphs: &[
            (
                "Voters chose on Tuesday to keep the town's name.",
                &["Voters chose on Tuesday to keep the town's name."],
            ),
            ("The count ended late.", &["The count ended late."]),
        ],
        credits: &[],
    },
    Case {
        fixture: "parts-headings.txt",
        nodes: &[
            (K::Headline, "THE WEEK AHEAD IN CONGRESS"),
            (K::Dateline, "WASHINGTON (AP) —"),
            (
                K::Paragraph,
                "Lawmakers return on Monday with a full agenda.",
            ),
            (K::Heading, "Budget Talks"),
            (K::Paragraph, "Leaders have not agreed on a total."),
            (K::Paragraph, "He declined to comment."),
            (K::Paragraph, "Neither side has moved."),
            (K::Heading, "## Health Care"),
            (K::Paragraph, "A vote is set for Thursday."),
            (K::Heading, "FARM BILL"),
            (K::Paragraph, "The farm bill waits for the fall."),
        ],
        byline: None,
        dateline: Some((Some("WASHINGTON"), None, Some("AP"))),
        sections: &[
            (None, 1),
            (Some("Budget Talks"), 3),
            (Some("## Health Care"), 1),
            (Some("FARM BILL"), 1),
        ],
        headline_normalized: Some("THE WEEK AHEAD IN CONGRESS"),
        paragraphs: &[
            (
                "Lawmakers return on Monday with a full agenda.",
                &["Lawmakers return on Monday with a full agenda."],
            ),
            (
                "Leaders have not agreed on a total.",
                &["Leaders have not agreed on a total."],
            ),
            ("He declined to comment.", &["He declined to comment."]),
            ("Neither side has moved.", &["Neither side has moved."]),
            (
                "A vote is set for Thursday.",
                &["A vote is set for Thursday."],
            ),
            (
                "The farm bill waits for the fall.",
                &["The farm bill waits for the fall."],
            ),
        ],
        credits: &[],
    },
    Case {
        fixture: "parts-headline-only.txt",
        nodes: &[(K::Headline, "Markets Closed for Holiday")],
        byline: None,
        dateline: None,
        sections: &[],
        headline_normalized: Some("Markets Closed for Holiday"),
        paragraphs: &[],
        credits: &[],
    },
];

/// Checks `article` (parsed from `text`, line ends made `eol`) against `case`.
fn check(case: &Case, article: &Article<'_>, text: &str, eol: &str, what: &str) {
    let nodes: Vec<_> = article.nodes().collect();
    let mut at = 0;
    let mut want = Vec::new();
    for (kind, node) in case.nodes {
        let node = node.replace('\n', eol);
        let start = at
            + text[at..]
                .find(&node)
                .unwrap_or_else(|| panic!("{what}: {node:?} not in input"));
        at = start + node.len();
        want.push((*kind, node, start..at));
    }
    let got: Vec<_> = nodes
        .iter()
        .map(|n| (n.kind(), n.as_str().to_owned(), n.span().range()))
        .collect();
    assert_eq!(got, want, "{what}: nodes");
    let byline = article
        .byline()
        .map(|b| (b.authors().collect::<Vec<_>>(), b.affiliation()));
    assert_eq!(
        byline,
        case.byline.map(|(a, f)| (a.to_vec(), f)),
        "{what}: byline"
    );
    let d = article.dateline().map(|d| {
        (
            d.place().map(|p| p.as_str()),
            d.date().map(|x| x.as_str()),
            d.source().map(|s| s.as_str()),
        )
    });
    assert_eq!(d, case.dateline, "{what}: dateline");
    let sections: Vec<_> = article
        .sections()
        .iter()
        .map(|s| (s.heading().map(|h| h.as_str()), s.paragraphs().len()))
        .collect();
    assert_eq!(sections, case.sections, "{what}: sections");
    let headline = article.headline().map(|h| h.normalized());
    assert_eq!(
        headline.as_deref(),
        case.headline_normalized,
        "{what}: headline"
    );
    let paragraphs: Vec<_> = article
        .paragraphs()
        .map(|p| {
            let sentences: Vec<_> = p
                .sentences()
                .map(|s| {
                    assert_eq!(&text[s.span().range()], s.as_str(), "{what}: sentence span");
                    assert!(
                        p.span().contains(s.span()),
                        "{what}: sentence inside paragraph"
                    );
                    s.as_str().to_owned()
                })
                .collect();
            (p.normalized().into_owned(), sentences)
        })
        .collect();
    let want: Vec<_> = case
        .paragraphs
        .iter()
        .map(|(n, s)| {
            (
                (*n).to_owned(),
                s.iter().map(|s| s.replace('\n', eol)).collect::<Vec<_>>(),
            )
        })
        .collect();
    assert_eq!(paragraphs, want, "{what}: paragraphs");
    let credits: Vec<_> = article
        .trailers()
        .iter()
        .flat_map(|t| t.credits())
        .map(|c| (c.role(), c.names().collect::<Vec<_>>()))
        .collect();
    let want: Vec<_> = case.credits.iter().map(|(r, n)| (*r, n.to_vec())).collect();
    assert_eq!(credits, want, "{what}: credits");
}

#[test]
fn fixtures_in_every_layout_and_line_ending() {
    for case in CASES {
        let original = fixture(case.fixture);
        for (variant, make) in VARIANTS {
            let text = make(&original);
            let eol = eol_of(variant);
            let what = format!("{} ({variant})", case.fixture);
            let article = dateline::parse(&text);
            common::validate(&article, &text);
            check(case, &article, &text, eol, &what);
            // the same article alone in a stream parses the same
            let many: Vec<_> = dateline::parse_many(&text).collect();
            assert_eq!(many.len(), 1, "{what}: one article in the stream");
            common::validate_in(&many[0], &text);
            assert_eq!(
                many[0].nodes().collect::<Vec<_>>(),
                article.nodes().collect::<Vec<_>>(),
                "{what}: stream"
            );
        }
    }
}

/// Whether `gap` (text between two articles) is only separators.
/// The line ending a `VARIANTS` transform writes.
fn eol_of(variant: &str) -> &'static str {
    if variant.contains("crlf") {
        "\r\n"
    } else if variant == "cr" {
        "\r"
    } else {
        "\n"
    }
}

fn is_separator(gap: &str) -> bool {
    gap.chars()
        .all(|c| c.is_whitespace() || matches!(c, '=' | '-' | '*' | '_' | '\u{feff}' | '\u{200b}'))
}

/// A byline or page furniture under an article's own headline, after a
/// block that reads as its body (Reuters' bullets, a stamp block), opens no
/// new story: each stream splits at its form feed only. Far into an article
/// a byline and a dateline still open the next story.
#[test]
fn bylines_under_the_headline_open_no_new_story() {
    let first = [
        "WRAPUP 1-Grain talks resume\n\n* Negotiators meet for the first time in weeks\n* Dozens of ships wait\n\nBy Ann Poe and Tom Roe\n\nKYIV/MOSCOW, Nov 28 (Reuters) - Talks resumed on Saturday.\n\nMore.",
        "Council approves garage\n\nby: Ann Poe\nPosted: Nov 28, 2026 / 10:45 AM CST\nUpdated: Nov 28, 2026 / 11:30 AM CST\n\nShare\n\nSPRINGFIELD, Ill. (WKRX) — The council approved a garage.\n\nMore.",
    ];
    for one in first {
        let stream = format!("{one}\n\x0c\nSecond Story Here\n\nROME (ANSA) - Two.");
        let spans: Vec<_> = dateline::parse_many(&stream)
            .map(|a| a.as_str().len())
            .collect();
        assert_eq!(spans.len(), 2, "{one:?}");
        assert_eq!(spans.first().copied(), Some(one.len()), "{one:?}");
    }
    let body =
        "The council met for three hours on Tuesday night to hear residents speak about the plan. "
            .repeat(6);
    let stream = format!(
        "Storm Nears Coast\n\nMIAMI (AP) — {body}\n\n(2nd LD) Parliament passes budget\n\nBy Park Min-jae\n\nSEOUL, Nov. 28 (Yonhap) -- The Assembly passed a budget."
    );
    let datelines: Vec<_> = dateline::parse_many(&stream)
        .map(|a| a.dateline().map(|d| d.as_str().to_owned()))
        .collect();
    assert_eq!(
        datelines,
        [
            Some("MIAMI (AP) —".to_owned()),
            Some("SEOUL, Nov. 28 (Yonhap) --".to_owned())
        ]
    );
}

/// Reuters' headlines that open with a bracket (`(CORRECTED) - …`) open a new
/// story in a stream parted by blank lines, as other headlines do; before,
/// the story ran on into the article above.
#[test]
fn bracketed_headlines_open_a_story_in_a_stream() {
    let stream = "ACME RAISES DIVIDEND\n\n    NEW YORK, Feb 26 - Acme raised its dividend.\n\n\n(CORRECTED) - ACME PLACES NOTES\n\n    NEW YORK, Feb 26 - Acme placed notes.\n";
    let headlines: Vec<_> = dateline::parse_many(stream)
        .map(|a| a.headline().map(|h| h.as_str().to_owned()))
        .collect();
    assert_eq!(
        headlines,
        [
            Some("ACME RAISES DIVIDEND".to_owned()),
            Some("(CORRECTED) - ACME PLACES NOTES".to_owned())
        ]
    );
}

#[test]
fn streams_of_articles() {
    // fixture, then per article: headline, dateline, paragraphs, trailers
    type Row = (
        &'static str,
        &'static [(
            Option<&'static str>,
            Option<&'static str>,
            &'static [&'static str],
            &'static [T],
        )],
    );
    let rows: &[Row] = &[
        (
            "many-stream.txt",
            &[
                (
                    Some("Ferry Service Resumes"),
                    Some("PORTLAND, Maine (AP) —"),
                    &["Ferries ran again on Monday.", "The float held."],
                    &[T::EndMark],
                ),
                (
                    Some("Bridge Reopens Early"),
                    Some("SALEM, Ore. (AP) —"),
                    &["The river bridge reopened on Friday."],
                    &[],
                ),
                (
                    Some("CANADIAN WHEAT SALES RISE"),
                    Some("WINNIPEG, March 4 -"),
                    &["Wheat sales rose."],
                    &[T::SignOff],
                ),
            ],
        ),
        (
            "many-formfeed.txt",
            &[
                (
                    Some("Snow Closes Schools"),
                    Some("DENVER (AP) —"),
                    &["Schools closed on Monday.", "Plows were out early."],
                    &[],
                ),
                (
                    Some("Trains Delayed"),
                    Some("CHICAGO (AP) —"),
                    &["Trains ran late."],
                    &[],
                ),
            ],
        ),
    ];
    for (name, want) in rows {
        let original = fixture(name);
        for (variant, make) in VARIANTS {
            let text = make(&original);
            let what = format!("{name} ({variant})");
            for threads in [0, 1, 2, 3] {
                let articles: Vec<_> = dateline::Parser::new()
                    .threads(threads)
                    .parse_many(&text)
                    .collect();
                let got: Vec<_> = articles
                    .iter()
                    .map(|a| {
                        common::validate_in(a, &text);
                        (
                            a.headline().map(|h| h.as_str()),
                            a.dateline().map(|d| d.as_str()),
                            a.paragraphs().map(|p| p.as_str()).collect::<Vec<_>>(),
                            a.trailers().iter().map(|t| t.kind()).collect::<Vec<_>>(),
                        )
                    })
                    .collect();
                let expected: Vec<_> = want
                    .iter()
                    .map(|(h, d, p, t)| (*h, *d, p.to_vec(), t.to_vec()))
                    .collect();
                assert_eq!(got, expected, "{what}, {threads} threads");
                // the articles and the separators between them tile the input
                let mut at = 0;
                for a in &articles {
                    let gap = &text[at..a.span().start()];
                    assert!(is_separator(gap), "{what}: separator {gap:?}");
                    at = a.span().end();
                }
                assert!(is_separator(&text[at..]), "{what}: trailing separator");
            }
            // a stream's article parses as the same article on its own, shifted
            for a in dateline::parse_many(&text) {
                let alone = dateline::parse(a.as_str());
                let shift = a.span().start();
                let shifted: Vec<_> = alone
                    .nodes()
                    .map(|n| (n.kind(), n.as_str(), n.span().start() + shift))
                    .collect();
                let got: Vec<_> = a
                    .nodes()
                    .map(|n| (n.kind(), n.as_str(), n.span().start()))
                    .collect();
                assert_eq!(got, shifted, "{what}");
            }
        }
    }
}

#[test]
fn stream_separators() {
    // input, then the text of each article
    let rows: &[(&str, &[&str])] = &[
        ("", &[]),
        ("\u{c}\n===\n", &[]),
        ("PARIS (AFP) - One.", &["PARIS (AFP) - One."]),
        (
            "PARIS (AFP) - One.\u{c}ROME (ANSA) - Two.",
            &["PARIS (AFP) - One.", "ROME (ANSA) - Two."],
        ),
        (
            "PARIS (AFP) - One.\n=====\nROME (ANSA) - Two.",
            &["PARIS (AFP) - One.", "ROME (ANSA) - Two."],
        ),
        (
            "PARIS (AFP) - One.\n\n-----\n\nROME (ANSA) - Two.",
            &["PARIS (AFP) - One.", "ROME (ANSA) - Two."],
        ),
        (
            "PARIS (AFP) - One.\n***\nROME (ANSA) - Two.",
            &["PARIS (AFP) - One.", "ROME (ANSA) - Two."],
        ),
        (
            "PARIS (AFP) - One.\n-30-\nROME (ANSA) - Two.",
            &["PARIS (AFP) - One.\n-30-", "ROME (ANSA) - Two."],
        ),
        (
            "PARIS (AFP) - One.\n\n###\n\nROME (ANSA) - Two.",
            &["PARIS (AFP) - One.\n\n###", "ROME (ANSA) - Two."],
        ),
        // a new headline and dateline start a new story
        (
            "Sun Returns\n\nPARIS (AFP) - One.\n\nRain Returns\n\nROME (ANSA) - Two.",
            &[
                "Sun Returns\n\nPARIS (AFP) - One.",
                "Rain Returns\n\nROME (ANSA) - Two.",
            ],
        ),
        // a headline, a deck and a byline at most: an extra display block stays behind
        (
            "PARIS (AFP) - One.\n\nAa Bb\n\nCc Dd\n\nEe Ff\n\nBy Ann Poe\n\nROME (ANSA) - Two.",
            &[
                "PARIS (AFP) - One.\n\nAa Bb",
                "Cc Dd\n\nEe Ff\n\nBy Ann Poe\n\nROME (ANSA) - Two.",
            ],
        ),
        // a heading and a deck do not
        (
            "Sun Returns\n\nClouds part at last\n\nPARIS (AFP) - One.\n\nThe Outlook\n\nMore sun.",
            &[
                "Sun Returns\n\nClouds part at last\n\nPARIS (AFP) - One.\n\nThe Outlook\n\nMore sun.",
            ],
        ),
    ];
    for (text, want) in rows {
        let got: Vec<_> = dateline::parse_many(text)
            .map(|a| {
                common::validate_in(&a, text);
                a.as_str()
            })
            .collect();
        assert_eq!(got, *want, "{text:?}");
    }
}

/// ProPublica's dated note on an update, under the stamp of a header packed
/// in one block, is an editor's note: no dateline (`Update` is no place),
/// and the header reads whole.
#[test]
fn dated_update_note_in_a_packed_header() {
    let text = "Environment\nThe Agency Knew About the Wells\nby Ann Poe and Tom Roe\nNov. 20, 2026, 5 a.m. EST\nUpdate, Nov. 21, 2026: This story has been updated to include a response.\n\nResidents have been drinking water from wells.\n\nThe records show it.";
    each_variant(text, |a, _, variant| {
        assert!(a.dateline().is_none(), "{variant}");
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("The Agency Knew About the Wells"),
            "{variant}"
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("by Ann Poe and Tom Roe"),
            "{variant}"
        );
        assert_eq!(kinds_of(a), [T::Timestamp, T::EditorsNote], "{variant}");
    });
}

/// Names and a time stamp on the line under the headline, in its block
/// (The Standard's `Ann Poe 27 Nov 2026 9:40 PM`): the byline and a
/// stamp, not the headline's second line.
#[test]
fn names_and_stamp_under_the_headline_in_its_block() {
    let text = "Business\nHome prices edge up for fifth month: index\nJane Doe 27 Nov 2026 9:40 PM\n\nHome prices rose for a fifth month.\n\nAgents said buyers were back.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Home prices edge up for fifth month: index"),
            "{variant}"
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("Jane Doe"),
            "{variant}"
        );
        assert_eq!(kinds_of(a).last(), Some(&T::Timestamp), "{variant}");
    });
    // a headline's second line that opens with two capitalised words and
    // ends with a year is no byline
    let text =
        "Storm Warning\nCoastal Towns Brace For The Worst Of 2026\n\nWinds rose.\n\nRain fell.";
    each_variant(text, |a, _, variant| {
        assert!(a.byline().is_none(), "{variant}");
    });
}

/// A title in title case whose sentences end in stops, as magazines set
/// them, is the headline, in a block of its own or packed over its byline;
/// a sentence with a small word of four letters in lower case is none.
#[test]
fn titles_in_title_case_ending_in_stops() {
    let rows = [
        (
            "Ethiopia's Dam Is Finished. The Quarrel Over It Is Not.\n\nBy Ann Poe\n\nThe dam filled this year. Talks stalled.\n\nEgypt objected.",
            "Ethiopia's Dam Is Finished. The Quarrel Over It Is Not.",
        ),
        (
            "The Robots Are Coming to Warehouses. Slowly.\nBy Ann Poe\nNov. 24, 2026\n\nThe robots arrived last spring, and the staff learned to work around them.\n\nSales rose.",
            "The Robots Are Coming to Warehouses. Slowly.",
        ),
        (
            "Help! My Neighbor Wants Us to Pay for Her Fence.\n\nBy Ann Poe\n\nDear Prudence: My neighbor built a fence.\n\nShe wants half.",
            "Help! My Neighbor Wants Us to Pay for Her Fence.",
        ),
        (
            "Letters from a Flooded Valley. The Dam Is Full.\nA village left, and then the water came.\nBy Ann Poe\nNov. 24, 2026\n\nThe water rose for a year before the village left.\n\nNobody stayed.",
            "Letters from a Flooded Valley. The Dam Is Full.",
        ),
    ];
    for (text, headline) in rows {
        each_variant(text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some(headline),
                "{variant}"
            );
            assert_eq!(
                a.byline().map(|b| b.as_str()),
                Some("By Ann Poe"),
                "{variant}"
            );
        });
    }
    // a story's sentence: small words of four letters or more, or too few
    // capitals
    for text in [
        "Acme Said Sales Rose in the Third Quarter, then Fell.\n\nShares rose.",
        "Mr. Li Resigned.\n\nShares rose.",
    ] {
        assert_headline_each(text, None);
    }
}

/// An opinion page's header in one block: its label, a headline written as
/// sentences, the writer's names alone and their role, the stamp. The
/// sentences are the headline, under the label as its kicker; a label over
/// lines that are no such headline is not the headline.
#[test]
fn opinion_headlines_written_as_sentences() {
    let text = "OPINION\nI'm a lifeguard. The pools are short of guards.\nAnn Poe\nOpinion contributor\nPublished 5:01 a.m. ET July 9, 2026\n\nI have been a lifeguard for nine summers.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(a.kicker().map(|k| k.as_str()), Some("OPINION"), "{variant}");
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("I'm a lifeguard. The pools are short of guards."),
            "{variant}"
        );
        assert_eq!(
            a.byline().map(|b| b.authors().collect::<Vec<_>>()),
            Some(vec!["Ann Poe"]),
            "{variant}"
        );
    });
    // (a label over display lines with no sentence's headline and byline
    // under it is never the headline: The Economist's section, fly-title,
    // headline, rubric and stamp)
    let text = "Asia\nIndonesia's new capital\nA city waiting for its citizens\nThe government has built the ministries. Persuading civil servants to move is harder\nJul 18th 2026 | JAKARTA\n\nThe new presidential palace rises from cleared jungle.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_ne!(a.headline().map(|h| h.as_str()), Some("Asia"), "{variant}");
    });
}

/// An opinion page's other headers: a headline written as sentences over
/// its stamp alone, the board credited with `By the` or by its paper's name
/// alone, the board's name as a label over the headline, and a first-person
/// essay's `As told to` writer.
#[test]
fn opinion_pages_titled_and_credited() {
    // (the header; its kicker, headline, byline and the byline's affiliation
    // where no author is named)
    type Row = (
        &'static str,
        Option<&'static str>,
        &'static str,
        Option<&'static str>,
        Option<&'static str>,
    );
    let rows: [Row; 8] = [
        // a sentence's headline over its stamp, under the label
        (
            "EDITORIAL\nThe council got the pothole money right. Now get the timeline right.\nFeb. 9, 2024",
            Some("EDITORIAL"),
            "The council got the pothole money right. Now get the timeline right.",
            None,
            None,
        ),
        // the board named by its paper, alone under the headline
        (
            "OUR VIEW\nCutting school bus routes will cost more than it saves\nThe Plains Ledger Editorial Board\nPublished 6:00 a.m. CT March 30, 2026",
            Some("OUR VIEW"),
            "Cutting school bus routes will cost more than it saves",
            Some("The Plains Ledger Editorial Board"),
            Some("The Plains Ledger Editorial Board"),
        ),
        // the board's name over the headline is a label; `By the` credits it
        (
            "Opinion\nThe Editorial Board\nThe Housing Shortage Won't Fix Itself. Congress Can Help.\nBy the Editorial Board\nOct. 19, 2025",
            Some("Opinion"),
            "The Housing Shortage Won't Fix Itself. Congress Can Help.",
            Some("By the Editorial Board"),
            Some("the Editorial Board"),
        ),
        // the board alone, named by no paper
        (
            "Fix the potholes before winter comes\nEditorial Board\nPublished Nov. 2, 2025",
            None,
            "Fix the potholes before winter comes",
            Some("Editorial Board"),
            Some("Editorial Board"),
        ),
        // a first-person essay's writer
        (
            "First Person\nI Drove a Snowplow for 30 Winters. Here's What I Saw.\nAs told to Ann Poe\nJune 18, 2024",
            Some("First Person"),
            "I Drove a Snowplow for 30 Winters. Here's What I Saw.",
            Some("As told to Ann Poe"),
            None,
        ),
        // a headline about a board, with no `The` first, is no credit
        (
            "Paper Names New Editorial Board\nThe five members will start in May\nBy Ann Poe",
            None,
            "Paper Names New Editorial Board",
            Some("By Ann Poe"),
            None,
        ),
        // (nor one whose words after `The` are many, or in lower case)
        (
            "The Mayor Should Not Fire The Editorial Board\nThe council will vote on Monday\nBy Ann Poe",
            None,
            "The Mayor Should Not Fire The Editorial Board",
            Some("By Ann Poe"),
            None,
        ),
        (
            "The mayor fires editorial board\nThe council will vote on Monday\nBy Ann Poe",
            None,
            "The mayor fires editorial board",
            Some("By Ann Poe"),
            None,
        ),
    ];
    for (header, kicker, headline, byline, affiliation) in rows {
        let text = format!(
            "{header}\n\nThe City Council deserves credit for approving the money this week.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.kicker().map(|k| k.as_str()),
                kicker,
                "{variant}: {header}"
            );
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some(headline),
                "{variant}: {header}"
            );
            assert_eq!(
                a.byline().map(|b| b.as_str()),
                byline,
                "{variant}: {header}"
            );
            if let Some(affiliation) = affiliation {
                let b = a.byline();
                assert_eq!(
                    b.and_then(|b| b.affiliation()),
                    Some(affiliation),
                    "{variant}"
                );
                assert_eq!(b.map(|b| b.authors().count()), Some(0), "{variant}");
            }
        });
    }
    let text = "First Person\nI Drove a Snowplow for 30 Winters\nAs told to Ann Poe\n\nRay Kowalski retired this spring.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.byline().map(|b| b.authors().collect::<Vec<_>>()),
            Some(vec!["Ann Poe"]),
            "{variant}"
        );
    });
}

/// A standfirst hard-wrapped over two or three lines under a page's title,
/// with the byline under it in the same block, is one deck under the
/// headline.
#[test]
fn standfirst_wrapped_under_a_page_title() {
    let text = "Education\nThe Professors Who Stopped Assigning Books\nAt colleges across the country, the full-length book is quietly\ndisappearing from the syllabus. Some faculty say students cannot handle\nit. Others say they have stopped trying.\nBy Ann Poe\n\nWhen the professor began teaching in 2006, her seminar required eight novels.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.kicker().map(|k| k.as_str()),
            Some("Education"),
            "{variant}"
        );
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("The Professors Who Stopped Assigning Books"),
            "{variant}"
        );
        let deck = a
            .deck()
            .map(|d| d.as_str().split_whitespace().collect::<Vec<_>>().join(" "));
        assert_eq!(
            deck.as_deref(),
            Some(
                "At colleges across the country, the full-length book is quietly disappearing from the syllabus. Some faculty say students cannot handle it. Others say they have stopped trying."
            ),
            "{variant}"
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("By Ann Poe"),
            "{variant}"
        );
    });
    // (four lines; and a headline wrapped in sentence case, ending no
    // sentence, is no standfirst under its kicker)
    let text = "Education\nThe Professors Who Stopped Assigning Books\nAt colleges across the country, the full-length book is quietly\ndisappearing from the syllabus, and some faculty say students cannot\nhandle it, while others say they have stopped trying and now assign\nexcerpts.\nBy Ann Poe\n\nWhen the professor began teaching in 2006, her seminar required eight novels.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("The Professors Who Stopped Assigning Books"),
            "{variant}"
        );
        assert!(
            a.deck().is_some_and(|d| d.as_str().ends_with("excerpts.")),
            "{variant}"
        );
    });
    let text = "Weather\nStorm damages roads and bridges across the northern districts of\nthe region as rivers keep rising\nBy Ann Poe\n\nThe storm hit the region overnight, cutting power to thousands of homes.\n\nMore.";
    each_variant(text, |a, _, variant| {
        let headline = a
            .headline()
            .map(|h| h.as_str().split_whitespace().collect::<Vec<_>>().join(" "));
        assert_eq!(
            headline.as_deref(),
            Some(
                "Storm damages roads and bridges across the northern districts of the region as rivers keep rising"
            ),
            "{variant}"
        );
    });
    // (in a page's header with no blank line: a headline wrapped in
    // sentence case, ending no sentence, is no standfirst under its kicker;
    // names over their stamp ending in `p.m.` are no standfirst's lines)
    let story = "The storm hit the region overnight, cutting power to thousands of homes and closing roads.\nCrews worked through the night to restore power to the homes of the county.";
    let text = format!(
        "Weather\nStorm damages roads and bridges across\nnorthern districts of the region\nBy Ann Poe\nNov. 2, 2025\n{story}"
    );
    each_variant(&text, |a, _, variant| {
        let headline = a
            .headline()
            .map(|h| h.as_str().split_whitespace().collect::<Vec<_>>().join(" "));
        assert_eq!(
            headline.as_deref(),
            Some("Storm damages roads and bridges across northern districts of the region"),
            "{variant}"
        );
    });
    let text = format!(
        "Storm Nears Coast\nResidents along the shore were told to leave by Friday\nAnn Poe\nNov. 2, 2025 5 p.m.\n{story}"
    );
    each_variant(&text, |a, _, variant| {
        assert_eq!(a.byline().map(|b| b.as_str()), Some("Ann Poe"), "{variant}");
    });
    // (a headline over a quote opening with a capital is no standfirst's
    // first line: a wrapped sentence runs on in lower case)
    let text = "NETWORKS & DIGITAL WARFARE\nAcme Avionics wins $1.3 billion deal for maritime drone fleet\n\"We're trying to move faster,\" one official said.\nBy Ann Poe on May 1, 2024 at 6:42 PM\n\nPARIS AIR SHOW \u{2014} The Space Force has selected Acme Avionics to build its drone.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert!(
            a.deck()
                .is_none_or(|d| !d.as_str().contains("Acme Avionics wins")),
            "{variant}"
        );
        assert_ne!(
            a.headline().map(|h| h.as_str()),
            Some("NETWORKS & DIGITAL WARFARE"),
            "{variant}"
        );
    });
}

/// The U.S. services' news pages: DVIDS prints the picture's caption under
/// the headline, its credit first and its `VIEW ORIGINAL` button last, then
/// `Story by` with the rank and the unit, and a subscribe button and its
/// count over the story; the Army's site prints a labelled share bar and
/// the caption in a block of its own, its credit in brackets, over the
/// dateline's paragraph; the Navy's its story number and release date; the
/// Marines' a gallery's count (`Image 1 of 4`) over the caption. Captions,
/// buttons, numbers and counts are furniture, and the dateline is read
/// under them. GOV.UK's `News story` over a headline opening with a sum of
/// money is the kicker.
#[test]
fn service_news_pages_captions_and_ranks() {
    let text = "Paratroopers conclude Copper Talon with Indonesian counterparts\nPhoto By 1st Lt. Ann Poe | Paratroopers assigned to 4th Battalion, 23rd Infantry Regiment, 82nd Airborne Division, move toward an objective during Copper Talon 26 at Fort Bragg, North Carolina, Feb. 28, 2024. The exercise focused on sustainment across dispersed support areas. (U.S. Army photo by 1st Lt. Ann Poe) VIEW ORIGINAL\n\nStory by 1st Lt. Ann Poe\n82nd Airborne Division\n\nSubscribe\n23\n\nFORT BRAGG, N.C. -- For the young specialist, the exercise was the first time training alongside foreign troops.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Paratroopers conclude Copper Talon with Indonesian counterparts"),
            "{variant}"
        );
        assert_eq!(
            a.byline().map(|b| b.authors().collect::<Vec<_>>()),
            Some(vec!["1st Lt. Ann Poe"]),
            "{variant}"
        );
        assert_eq!(
            a.dateline().map(|d| d.as_str()),
            Some("FORT BRAGG, N.C. --"),
            "{variant}"
        );
        assert!(
            a.trailers()
                .iter()
                .any(|t| t.kind() == T::Furniture && t.as_str().starts_with("Photo By")),
            "{variant}"
        );
    });
    let text = "Troopers wrap up Swift Falcon 25\nBy Ann Poe, Army News Service\nOctober 3, 2025\n\nShare on: Facebook Twitter LinkedIn Email\n\nTroopers assigned to 2nd Battalion, 327th Infantry Regiment, 1st Cavalry Division, move toward an objective during Swift Falcon 25 at Fort Cavazos, Texas, Oct. 2, 2025. The exercise focused on company-level live-fire drills and counter-drone defense, with units rotating through eight training lanes. (Photo Credit: Sgt. Tom Roe)\nVIEW ORIGINAL\n\nWASHINGTON -- The 1st Cavalry Division opened Swift Falcon 25 on Thursday.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.dateline().map(|d| d.as_str()),
            Some("WASHINGTON --"),
            "{variant}"
        );
        assert_eq!(
            paragraph_texts(a).first().map(String::as_str),
            Some("The 1st Cavalry Division opened Swift Falcon 25 on Thursday."),
            "{variant}"
        );
        let furniture: Vec<&str> = a
            .trailers()
            .iter()
            .filter(|t| t.kind() == T::Furniture)
            .map(|t| t.as_str())
            .collect();
        assert!(
            furniture.contains(&"Share on: Facebook Twitter LinkedIn Email"),
            "{variant}: {furniture:?}"
        );
    });
    // (headline, kicker, dateline, and the first trailer's kind where one
    // is asked: the Navy's story number and release date run together over
    // the headline, or on lines of their own under it; a gallery's count over the caption and the headline;
    // GOV.UK's label over a headline opening with a sum of money, its
    // standfirst and its `From:` block, in blocks or run together with the
    // story; the WHO's stamp, label and reading time over its headline,
    // run together with the story)
    type Row = (
        &'static str,
        &'static str,
        Option<&'static str>,
        Option<&'static str>,
        Option<T>,
    );
    let rows: [Row; 7] = [
        (
            "Sailors Volunteer at School Reading Program\nStory Number: NNS110419-05 Release Date: 4/19/2011 3:12:00 PM\nFrom Navy Public Affairs Support Element East\nNORFOLK (NNS) -- Sailors read with pupils at a local school, April 8.\n\nMore.",
            "Sailors Volunteer at School Reading Program",
            None,
            Some("NORFOLK (NNS) --"),
            Some(T::Furniture),
        ),
        (
            "Sailors Volunteer at School Reading Program\nStory Number: NNS160412-07\nRelease Date: 4/12/2016 9:44:00 AM\nBy Mass Communication Specialist 3rd Class Ann Poe, Navy Public Affairs Support Element East\nNORFOLK, Va. (NNS) -- Sailors read with pupils at a local school, April 8.\n\nMore.",
            "Sailors Volunteer at School Reading Program",
            None,
            Some("NORFOLK, Va. (NNS) --"),
            Some(T::Furniture),
        ),
        (
            "Story Number: NNS260916-03Release Date: 9/16/2026 11:41:00 AM\n\nUSS Harbor Point completes vertical replenishment\n\nBy Lt. j.g. Ann Poe, USS Harbor Point Public Affairs\n\nNORFOLK (NNS) -- Sailors moved cargo by helicopter on Tuesday.\n\nMore.",
            "USS Harbor Point completes vertical replenishment",
            None,
            Some("NORFOLK (NNS) --"),
            Some(T::Furniture),
        ),
        (
            "Image 1 of 4\n\nU.S. Marines conduct airfield repair training at Marine Corps Air Station Cherry Point, March 16, 2024. (U.S. Marine Corps photo by Sgt. Ann Poe)\n\nMarines refine expeditionary airfield repair\nStory by Sgt. Ann Poe\n2nd Marine Aircraft Wing\n\nCHERRY POINT, N.C. — Marines spent 12 days practicing airfield repair.\n\nMore.",
            "Marines refine expeditionary airfield repair",
            None,
            Some("CHERRY POINT, N.C. —"),
            Some(T::Furniture),
        ),
        (
            "News story\n\n£166 million contract to sustain 768 jobs in Glasgow\n\nDeal with Acme Systems will support skilled jobs across the UK supply chain.\n\nFrom:\nMinistry of Defence\nPublished\n11 September 2024\n\nThe Ministry of Defence has awarded a contract to Acme Systems.\n\nMore.",
            "£166 million contract to sustain 768 jobs in Glasgow",
            Some("News story"),
            None,
            None,
        ),
        (
            "Press release\nArmy to receive 40 bridging vehicles in £310 million deal\nA new contract will equip Royal Engineers with modern gap-crossing vehicles, sustaining 400 UK jobs.\nFrom:\nMinistry of Defence and The Rt Hon Ann Poe MP\nPublished\n27 November 2026\nThe British Army will receive 40 new armoured bridging vehicles under a contract announced today, replacing systems in service for 20 years.\n\nMore.",
            "Army to receive 40 bridging vehicles in £310 million deal",
            Some("Press release"),
            None,
            Some(T::Furniture),
        ),
        (
            "27 November 2026\nNews release\nReading time: 3 min (742 words)\nWHO prequalifies first low-cost rapid test for hepatitis C in children\nThe World Health Organization today prequalified the first rapid test for hepatitis C validated for use in children.\n\nMore.",
            "WHO prequalifies first low-cost rapid test for hepatitis C in children",
            Some("News release"),
            None,
            Some(T::Timestamp),
        ),
    ];
    for (text, headline, kicker, dateline, first) in rows {
        each_variant(text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some(headline),
                "{variant}"
            );
            assert_eq!(a.kicker().map(|h| h.as_str()), kicker, "{variant}");
            assert_eq!(a.dateline().map(|d| d.as_str()), dateline, "{variant}");
            if let Some(kind) = first {
                assert_eq!(kinds_of(a).first(), Some(&kind), "{variant}");
            }
        });
    }
    // (a caption copied without its button, its service's credit last)
    let text = "Troopers wrap up Swift Falcon 25\nBy Ann Poe, Army News Service\nOctober 3, 2025\n\nTroopers assigned to 2nd Battalion, 327th Infantry Regiment, 1st Cavalry Division, move toward an objective during Swift Falcon 25 at Fort Cavazos, Texas, Oct. 2, 2025. The exercise focused on company-level live-fire drills and counter-drone defense, with units rotating through eight training lanes. (U.S. Army photo by Sgt. Tom Roe)\n\nWASHINGTON -- The 1st Cavalry Division opened Swift Falcon 25 on Thursday.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            paragraph_texts(a).first().map(String::as_str),
            Some("The 1st Cavalry Division opened Swift Falcon 25 on Thursday."),
            "{variant}"
        );
    });
}

/// A relief agency's news titled with the country and a colon over its
/// label and stamp (`Ukraine: …` / `News release` / `04 September 2024`)
/// is the headline, not a dateline: the story's own dateline is read under
/// it, and the label is furniture.
#[test]
fn country_titles_over_a_release_label() {
    let text = "Ukraine: 642 detainees released and transferred with ICRC support\nNews release\n04 September 2024\n\nGeneva (ICRC) - The International Committee of the Red Cross facilitated the release of detainees on Monday.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Ukraine: 642 detainees released and transferred with ICRC support"),
            "{variant}"
        );
        assert_eq!(
            a.dateline().map(|d| d.as_str()),
            Some("Geneva (ICRC) -"),
            "{variant}"
        );
        assert!(a.deck().is_none(), "{variant}");
        assert!(
            a.trailers()
                .iter()
                .any(|t| t.kind() == T::Furniture && t.as_str() == "News release"),
            "{variant}"
        );
    });
    // (or over the stamp alone)
    let text = "Haiti: Red Cross repairs water network serving 573,000 people\n27 October 2025\n\nPORT-AU-PRINCE (ICRC) - The Red Cross has repaired the water network in Les Cayes.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Haiti: Red Cross repairs water network serving 573,000 people"),
            "{variant}"
        );
        assert_eq!(
            a.dateline().map(|d| d.as_str()),
            Some("PORT-AU-PRINCE (ICRC) -"),
            "{variant}"
        );
    });
    // (a colon dateline opening a sentence over the stamp stays one)
    let text = "NAIROBI: The ministry opened its new office on Monday.\n04 September 2024\n\nMore of the story follows in this paragraph.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.dateline().map(|d| d.as_str()),
            Some("NAIROBI:"),
            "{variant}"
        );
    });
}

/// An e-mailed edition's name and date over the story's header (`The JTA
/// Daily Briefing` / `Thursday, September 10, 2026`) are furniture and a
/// stamp: the headline is the story's, under them.
#[test]
fn edition_name_and_date_over_the_header() {
    let text = "Hyde Park Herald \u{2014} Morning Briefing\nThursday, Sept. 19, 2024\n\nCo-op grocery site finally finds a tenant\n\nBy Ann Poe, Staff Writer\n\nThe long-vacant grocery building will become a neighborhood market, the owner said.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Co-op grocery site finally finds a tenant"),
            "{variant}"
        );
        assert_eq!(
            kinds_of(a).first().copied(),
            Some(T::Furniture),
            "{variant}"
        );
        assert!(
            a.trailers().iter().any(|t| t.kind() == T::Timestamp),
            "{variant}"
        );
    });
    // (a show's name over a headline with no date under it is no edition
    // over its date)
    let text = "Heard on Morning Edition\n\nStorm Nears Coast\n\nBy Ann Poe\n\nThe storm turned north overnight.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Storm Nears Coast"),
            "{variant}"
        );
    });
    // (a headline over its stamp stays the headline)
    let text = "White House Cancels Press Briefing\nThursday, Sept. 19, 2024\n\nBy Ann Poe\n\nThe briefing was called off an hour before it was due to start.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("White House Cancels Press Briefing"),
            "{variant}"
        );
    });
}

/// Teletype copy's message lines over the headline in its block (`CP
/// 0512`, `ZCZC AFP0318`, `UPI 147`, a slug of codes) are furniture, each a
/// part of its own: the headline is the line under them.
#[test]
fn teletype_message_lines_over_the_headline() {
    for (top, headline) in [
        (
            "CP 0512\nOTTAWA-BUDGET-WATCHDOG",
            "BUDGET WATCHDOG SAYS DEFICIT TO TOP FORECAST",
        ),
        (
            "ZCZC AFP0318",
            "GERMAN RAIL WORKERS END STRIKE AFTER PAY DEAL",
        ),
        ("UPI 147", "IOWA CORN CROP IN BEST SHAPE IN A DECADE"),
        // (the wire's letter before the number)
        ("UPI A84", "IOWA CORN CROP IN BEST SHAPE IN A DECADE"),
    ] {
        let text = format!(
            "{top}\n{headline}\nBY ANN POE\n   OTTAWA (CP) -- THE BUDGET OFFICER SAYS THE\nDEFICIT WILL GROW.\n   MORE FOLLOWS."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some(headline),
                "{top:?} ({variant})"
            );
            assert_eq!(
                a.byline().map(|b| b.as_str()),
                Some("BY ANN POE"),
                "{variant}"
            );
            assert!(kinds_of(a).contains(&T::Furniture), "{top:?} ({variant})");
        });
    }
}

/// A magazine's header packed in one block over the story: its standfirst
/// is the deck; the filing stamp (`Filed 6:00 a.m. EST`) and a player's
/// times (`00:00`, `11:42`) are the header's; one line under a `By` byline
/// (a newsletter's sign-up line, a photo's caption) leaves the header whole
/// when blocks follow.
#[test]
fn magazine_headers_packed_in_one_block() {
    let text = "Prisons Are Short of Guards\nAt least five states have lowered the minimum age for officers to 18.\nBy Ann Poe\nFiled 6:00 a.m. EST\n11.24.2026\n\nWhen the state lowered the minimum age last year, officials said it would fill posts.\n\nIt did, somewhat.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Prisons Are Short of Guards"),
            "{variant}"
        );
        assert_eq!(
            a.deck().map(|h| h.as_str()),
            Some("At least five states have lowered the minimum age for officers to 18."),
            "{variant}"
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("By Ann Poe"),
            "{variant}"
        );
        assert_eq!(kinds_of(a), [T::Timestamp, T::Timestamp], "{variant}");
        assert!(
            paragraph_texts(a)[0].starts_with("When the state"),
            "{variant}"
        );
    });
    let text = "Ideas\nThe Quiet Office\nWorking from home was meant to flatten the hierarchy.\nBy Ann Poe\nNovember 24, 2026\nListen to this article\n00:00\n11:42\nNarrated by a synthetic voice.\n\nAsk a manager what changed when the office emptied.\n\nMost say the silence.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("The Quiet Office"),
            "{variant}"
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("By Ann Poe"),
            "{variant}"
        );
        let furniture: Vec<_> = a
            .trailers()
            .iter()
            .filter(|t| t.kind() == T::Furniture)
            .map(|t| t.as_str())
            .collect();
        assert!(
            furniture.contains(&"00:00") && furniture.contains(&"11:42"),
            "{variant}"
        );
    });
    let text = "Morning Call\nThe waiting list has stopped falling\nBy Ann Poe\n25 November 2026\nThe Morning Call email. Sign up here.\n\nGood morning. New figures show the list rose.\n\nMinisters will point to other numbers.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("The waiting list has stopped falling"),
            "{variant}"
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("By Ann Poe"),
            "{variant}"
        );
    });
    // a story's line under bare names and a stamp stays the story's block
    // (as `headline_blocks_with_credits_under_them` tests), and so does one under
    // a `By` byline with no block after it
    let text = "The waiting list has stopped falling\nBy Ann Poe\n25 November 2026\nThe list rose in September.";
    each_variant(text, |a, _, variant| {
        assert!(a.headline().is_none(), "{variant}");
    });
}

/// A newsroom's credit on the line under the headline, over a stamp, in
/// one block (`News24 Wire`, `African News Agency (ANA)`, Tehran Times'
/// `Art and Culture Desk`), is the byline, not the headline's second line.
#[test]
fn newsroom_credits_under_the_headline() {
    for credit in [
        "News24 Wire",
        "African News Agency (ANA)",
        "Art and Culture Desk",
    ] {
        let text = format!(
            "Two held after heist near Polokwane\n{credit}\n25 Nov 2026\n\nPolokwane - Two suspects were arrested on Tuesday.\n\nPolice said more arrests were likely."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Two held after heist near Polokwane"),
                "{variant}"
            );
            assert_eq!(a.byline().map(|b| b.as_str()), Some(credit), "{variant}");
            assert_eq!(
                a.dateline().map(|d| d.as_str()),
                Some("Polokwane -"),
                "{variant}"
            );
        });
    }
}

/// A page's text-size control glued together (`A+A-`) is furniture, not a
/// place in capitals and a hyphen over the story's dateline; a reading time
/// after its label (`Reading Time: 2 mins read`, `Read Time: 2 mins`, the
/// WHO's `Reading time: 3 min (779 words)`) is furniture.
#[test]
fn glued_size_control_and_labelled_reading_time() {
    for time in [
        "Reading Time: 2 mins read",
        "Read Time: 2 mins",
        "Reading time: 3 min (779 words)",
    ] {
        let text = format!(
            "Kano assembly suspends two lawmakers\nby Ann Poe\nNovember 28, 2026\n{time}\nA+A-\n\nKANO — The assembly suspended two members for three months.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.dateline().map(|d| d.as_str()),
                Some("KANO —"),
                "{variant}"
            );
            assert_eq!(
                a.byline().map(|b| b.as_str()),
                Some("by Ann Poe"),
                "{variant}"
            );
            assert_eq!(
                kinds_of(a),
                [T::Timestamp, T::Furniture, T::Furniture],
                "{variant}"
            );
        });
    }
}

/// A release's issuer over its label in blocks of their own (`Department
/// of Justice` / `U.S. Attorney's Office` / `District of New Jersey` /
/// `FOR IMMEDIATE RELEASE`, an office's two lines in capitals, an embassy
/// and its city), the Commission's `European Commission - Press release`,
/// a body's name over its press office's (`Office of Public Affairs`)
/// and a logo's text (`Pallas Cyber logo`) are furniture over the headline.
#[test]
fn issuers_and_logos_over_a_release_headline() {
    let headline = "Contractor Admits Defrauding Homeowners After Hurricane";
    let story = "NEWARK, N.J. – A contractor today admitted taking deposits for repairs he never made.\n\nHe faces up to 20 years.";
    let undated = "A contractor has admitted taking deposits for repairs he never made.\n\nHe faces up to 20 years.";
    for (top, body, dateline) in [
        (
            "Department of Justice\n\nU.S. Attorney's Office\n\nDistrict of New Jersey\n\nFOR IMMEDIATE RELEASE\nTuesday, September 9, 2025",
            story,
            Some("NEWARK, N.J. –"),
        ),
        (
            "JUSTICE NEWS\n\nDepartment of Justice\nOffice of Public Affairs\n\nFOR IMMEDIATE RELEASE\nThursday, March 12, 2026",
            undated,
            None,
        ),
        (
            "UNITED STATES ATTORNEY'S OFFICE\nSOUTHERN DISTRICT OF NEW JERSEY\n\nFOR IMMEDIATE RELEASE\nMay 1, 2025",
            story,
            Some("NEWARK, N.J. –"),
        ),
        (
            "Department of Justice\n\nU.S. Attorney's Office\n\nEastern District of Virginia\n\nFOR IMMEDIATE RELEASE\n\nWednesday, November 19, 2025",
            story,
            Some("NEWARK, N.J. –"),
        ),
        // (a college's, a university's, a court system's letterhead)
        (
            "HARBOR STATE COLLEGE\nOffice of Communications\n\nFOR IMMEDIATE RELEASE\nOctober 6, 2025\n\nContact: Ann Poe | apoe@example.edu | 555-0162",
            story,
            Some("NEWARK, N.J. –"),
        ),
        (
            "Harbor State University\n\nNEWS RELEASE\nFOR IMMEDIATE RELEASE\nFebruary 24, 2026\n\nMEDIA CONTACT\nAnn Poe\nAssociate Director, Media Relations\n555-0151 | apoe@example.edu",
            story,
            Some("NEWARK, N.J. –"),
        ),
        (
            "University of the Harbor\n\nFOR IMMEDIATE RELEASE",
            undated,
            None,
        ),
        ("Harbor Court System\nNews release", undated, None),
        (
            "SUPREME COURT OF HARBOR\n\nPUBLIC INFORMATION OFFICE\n\nNEWS RELEASE",
            story,
            Some("NEWARK, N.J. –"),
        ),
        (
            "NEWS RELEASE\nHARBOR SUPREME COURT\nOctober 30, 2025\nContact: Ann Poe, Public Information Officer, 555-0140",
            story,
            Some("NEWARK, N.J. –"),
        ),
        (
            "Embassy of India\nWashington, D.C.\n\nPress Release",
            undated,
            None,
        ),
        ("European Commission - Press release", undated, None),
        // (a public body's name over its press office's)
        (
            "National Transportation Safety Board\nOffice of Public Affairs",
            story,
            Some("NEWARK, N.J. –"),
        ),
        ("Harbor Transit Authority\nMedia Relations", undated, None),
        ("Harbor Transit Authority\nPress Office", undated, None),
        (
            "HARBOR TRANSIT AUTHORITY\nOFFICE OF PUBLIC AFFAIRS",
            undated,
            None,
        ),
        (
            "Department of State\nOffice of the Spokesperson",
            undated,
            None,
        ),
        (
            "DEPARTMENT OF STATE\nOFFICE OF THE SPOKESPERSON",
            undated,
            None,
        ),
        // (a league's or a track's press office: its name over the label)
        (
            "HARBOR LEAGUE COMMUNICATIONS\nFOR IMMEDIATE RELEASE\nMarch 3, 2026",
            undated,
            None,
        ),
        (
            "MARLOW DOWNS MEDIA RELATIONS\nFOR IMMEDIATE RELEASE",
            story,
            Some("NEWARK, N.J. \u{2013}"),
        ),
        ("Fort Marlow Public Affairs\nNEWS RELEASE", undated, None),
        // (an elected official's or a campaign's name, and a member's
        // site's plural label)
        ("Governor Ann Poe\nPRESS RELEASE", undated, None),
        (
            "Poe for Governor\n\nFOR IMMEDIATE RELEASE\nDecember 1, 2025",
            undated,
            None,
        ),
        (
            "Congresswoman Ann Poe-Lee\nPress Releases\n\nApril 14, 2026",
            story,
            Some("NEWARK, N.J. –"),
        ),
        ("Pallas Cyber logo", undated, None),
        (
            "Pallas Cyber logo (PRNewsfoto/Pallas Cyber)",
            story,
            Some("NEWARK, N.J. –"),
        ),
    ] {
        let text = format!("{top}\n\n{headline}\n\n{body}");
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some(headline),
                "{top:?} ({variant})"
            );
            assert_eq!(
                a.dateline().map(|d| d.as_str()),
                dateline,
                "{top:?} ({variant})"
            );
            assert!(
                has_trailer(a, T::Furniture, |_| true),
                "{top:?} ({variant})"
            );
            assert!(a.byline().is_none(), "{top:?} ({variant})");
        });
    }
    // a deck under the headline in its block, the release's contact block
    // over them
    let text = format!(
        "HARBOR STATE COLLEGE\n\nFOR IMMEDIATE RELEASE\n\nContact: Ann Poe | apoe@example.edu | 555-0162\n\n{headline}\nThe repairs were never made, prosecutors say\n\n{story}"
    );
    each_variant(&text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some(headline),
            "{variant}"
        );
        assert_eq!(
            a.deck().map(|h| h.as_str()),
            Some("The repairs were never made, prosecutors say"),
            "{variant}"
        );
    });
    // a headline opening as a body's name does, its deck (and more) between
    // it and a label further down, stays the headline
    assert_headline_each(
        "City of Tacoma Opens Library\n\nThe new branch holds 40,000 books\n\nPRESS RELEASE\n\nHours Extended Through Winter\n\nThe branch opened on Monday.\n\nMore.",
        Some("City of Tacoma Opens Library"),
    );
    assert_headline_each(
        "City of Tacoma Opens Library\n\nThe new branch holds 40,000 books\n\nDoors open at nine each morning\n\nPRESS RELEASE\n\nThe branch opened on Monday.\n\nMore.",
        Some("City of Tacoma Opens Library"),
    );
    // a headline ending in an office's name over its deck stays the
    // headline
    assert_headline_each(
        "Senator named to lead the Office of Public Affairs\n\nThe post has been empty since March\n\nThe senate voted on Monday.\n\nMore.",
        Some("Senator named to lead the Office of Public Affairs"),
    );
    // a headline ending in `logo` with no headline under it stays one
    assert_headline_each(
        "Acme unveils new logo\n\nAcme has a new logo, its first in 40 years.\n\nIt is blue.",
        Some("Acme unveils new logo"),
    );
}

/// A broadcast transcript's header, CNN's: the show's name is the kicker
/// over the title with its slot on the air (`… Aired 1-2p ET`), and the air
/// date under it (`Aired November 27, 2026 - 13:00   ET`) a time stamp,
/// not a dateline with `Aired` its place.
#[test]
fn transcript_shows_and_air_dates() {
    let text = "CNN NEWSROOM\n\nStorms Snarl Holiday Travel; Talks Resume In Cairo. Aired 1-2p ET\n\nAired November 27, 2026 - 13:00   ET\n\nTHIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM.\n\nANN POE, CNN ANCHOR: Hello and welcome.\n\nBO LI, CNN CORRESPONDENT: The lines here are long.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.kicker().map(|k| k.as_str()),
            Some("CNN NEWSROOM"),
            "{variant}"
        );
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Storms Snarl Holiday Travel; Talks Resume In Cairo. Aired 1-2p ET"),
            "{variant}"
        );
        assert!(a.dateline().is_none(), "{variant}");
        assert_eq!(
            a.trailers().first().map(|t| (t.kind(), t.as_str())),
            Some((T::Timestamp, "Aired November 27, 2026 - 13:00   ET")),
            "{variant}"
        );
    });
}

/// European and British pages' bylines and stamps: AFP's names joined by
/// `with` (`by Ann POE, with Bo LI in Kharkiv`), the Financial Times' place
/// after each name, The Local's mail address and account under the name,
/// the BBC's `BBC News NI` under the names and its stamps after bullets,
/// and its `Published` label over the date; DW's section over a headline
/// opening with a place and a colon, which is no dateline.
#[test]
fn european_bylines_stamps_and_labels() {
    let story = "\n\nHundreds of people were evacuated on Friday.\n\nMore.";
    for (head, byline) in [
        (
            "Blackouts ordered after strikes on grid\nby Ann POE, with Bo LI in Kharkiv",
            "by Ann POE, with Bo LI in Kharkiv",
        ),
        (
            "Blackouts ordered after strikes on grid\n\nby Ann POE with Bo LI in Strasbourg",
            "by Ann POE with Bo LI in Strasbourg",
        ),
        (
            "Bank weighs sale of retail arm\n\nAnn Poe in Frankfurt and Bo Li in London",
            "Ann Poe in Frankfurt and Bo Li in London",
        ),
        (
            "Fuel tax to be cut\n\nAnn Poe\nnews@example.se\n@examplesweden",
            "Ann Poe",
        ),
        (
            "Wildfire spreads on the mountains\n\nAnn Poe and Bo Li\nBBC News NI\n\u{2022} Published 18 March 2026\n\u{2022} Updated 18 March 2026",
            "Ann Poe and Bo Li",
        ),
        (
            "Published\n28 May 2026\n\nShare\n\nKing opens new parliament building\n\nAnn Poe",
            "Ann Poe",
        ),
    ] {
        let text = format!("{head}{story}");
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.byline().map(|b| b.as_str()),
                Some(byline),
                "{head:?} ({variant})"
            );
            assert_eq!(
                paragraph_texts(a).first().map(String::as_str),
                Some("Hundreds of people were evacuated on Friday."),
                "{head:?} ({variant})"
            );
            assert!(
                a.headline().is_some_and(|h| h.as_str() != "Published"),
                "{variant}"
            );
        });
    }
    let text = "Conflicts\nSudan: Thousands flee renewed fighting in Darfur\n\nSeptember 30, 2026\n\nThousands of people have fled renewed fighting, the UN said.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.kicker().map(|k| k.as_str()),
            Some("Conflicts"),
            "{variant}"
        );
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Sudan: Thousands flee renewed fighting in Darfur"),
            "{variant}"
        );
        assert!(a.dateline().is_none(), "{variant}");
    });
}

/// The New Indian Express prints its stamp's label alone on its line over
/// the date (`Updated on:` / `03 Mar 2026, 8:41 am`), under the section, the
/// headline, the standfirst and the names, with no blank line between: the
/// label is furniture, as the BBC's `Published` alone is, and the page's
/// header reads.
#[test]
fn stamp_label_with_a_colon_over_its_date() {
    for label in ["Updated on:", "Updated:", "Published on:", "Last Updated:"] {
        let text = format!(
            "Kerala\nCapital to get water supply in 40 wards by year-end\nThe authority will replace 180 km of old pipes under the scheme\nAnn Poe\n{label}\n03 Mar 2026, 8:41 am\n2 min read\n\nTHIRUVANANTHAPURAM: Forty wards in the capital will get water round the clock by December.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Capital to get water supply in 40 wards by year-end"),
                "{label} ({variant})"
            );
            assert_eq!(
                a.byline().map(|b| b.as_str()),
                Some("Ann Poe"),
                "{label} ({variant})"
            );
            assert_eq!(
                a.dateline().and_then(|d| d.place()).map(|p| p.as_str()),
                Some("THIRUVANANTHAPURAM"),
                "{label} ({variant})"
            );
            assert!(
                has_trailer(a, T::Furniture, |t| t == label),
                "{label} ({variant})"
            );
            assert!(
                has_trailer(a, T::Timestamp, |t| t == "03 Mar 2026, 8:41 am"),
                "{label} ({variant})"
            );
        });
    }
}

/// A company's release label with its date after a colon (`For Immediate
/// Release: June 2, 2026`) is the kicker and a stamp; a newsroom's share
/// bar after its label (`Share: Facebook | X | Email`) is furniture, not a
/// byline; NASA's `RELEASE 26-058` over the headline is furniture.
#[test]
fn release_label_dates_share_bars_and_numbers() {
    let text = "For Immediate Release: June 2, 2026\n\nAcme Breaks Ground on Battery Plant\n\nAUSTIN, Texas — Acme broke ground on Tuesday.\n\n###";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.kicker().map(|k| k.as_str()),
            Some("For Immediate Release:"),
            "{variant}"
        );
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Acme Breaks Ground on Battery Plant"),
            "{variant}"
        );
        assert_eq!(
            a.trailers().first().map(|t| (t.kind(), t.as_str())),
            Some((T::Timestamp, "June 2, 2026")),
            "{variant}"
        );
    });
    let text = "Newsroom\n\nAcme adds nonstop service to Tokyo\n\nMarch 25, 2026\n\nShare: Facebook | X | LinkedIn | Email\n\nAcme will fly to Tokyo from September.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert!(a.byline().is_none(), "{variant}");
        assert_eq!(kinds_of(a), [T::Timestamp, T::Furniture], "{variant}");
    });
    // a stamp with two zones parted by a slash (ACN Newswire's pages) over
    // the source line and the headline
    let text = "Friday, 28 November 2026, 10:00 HKT/SGT\n\nSource: Golden Harbour Holdings\n\nGolden Harbour Opens Cold Storage Hub\n\nHONG KONG, Nov 28, 2026 - (ACN Newswire) - The company opened a hub.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Golden Harbour Opens Cold Storage Hub"),
            "{variant}"
        );
        assert_eq!(kinds_of(a).first(), Some(&T::Timestamp), "{variant}");
    });
    let text = "May 21, 2026\nRELEASE 26-058\n\nNASA Selects Three Companies to Study Lunar Night Power\n\nNASA has selected three small businesses.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("NASA Selects Three Companies to Study Lunar Night Power"),
            "{variant}"
        );
    });
}

/// The Economist's section and column parted by a bar over the headline
/// and its rubric in one block: the bar is furniture, the rubric the deck,
/// not the headline's second line.
#[test]
fn rubric_under_a_barred_section() {
    for top in [
        "Science & technology | Materials science\n",
        "Science & technology | Materials science\n\n",
    ] {
        let text = format!(
            "{top}A cheaper way to make green steel\nMolten oxide electrolysis takes a step towards the mainstream\n\nNov 19th 2026\n\nSTEELMAKING produces around 8% of the world's emissions.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("A cheaper way to make green steel"),
                "{variant}"
            );
            assert_eq!(
                a.deck().map(|h| h.as_str()),
                Some("Molten oxide electrolysis takes a step towards the mainstream"),
                "{variant}"
            );
        });
    }
}

/// A crawl's page text keeps a site's long menu an item a line over the
/// header, with no blank line anywhere: the menu is the page's top
/// (furniture), after a control's line or from the first line, and the
/// header under it reads as any page's does.
#[test]
fn long_menus_over_a_crawled_page() {
    let header = "Rail operator restores trains to Kharkiv after strike\nBy ANN POE\nUpdated 3:14 PM EST, March 3, 2026\nKYIV, Ukraine (AP) — The railway restored service on Tuesday, hours after a strike.\nTrains ran late, the company said.\n";
    for menu in [
        "Skip to main content\nAP Logo\nWorld\nU.S.\nPolitics\nSports\nEntertainment\nBusiness\nScience\nFact Check\nOddities\nNewsletters\nSearch\n",
        "Harbor News\nUkraine\nMiddle-East\nWorld\nBusiness\nSport\nLifestyle\nOpinion\ne-Edition\n",
    ] {
        let text = format!("{menu}{header}");
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Rail operator restores trains to Kharkiv after strike"),
                "{menu:?} ({variant})"
            );
            assert_eq!(
                a.byline().map(|b| b.as_str()),
                Some("By ANN POE"),
                "{variant}"
            );
            assert_eq!(
                a.dateline().map(|d| d.as_str()),
                Some("KYIV, Ukraine (AP) —"),
                "{variant}"
            );
        });
    }
    // a short headline under the menu, a byline under it, stays the
    // headline
    let text = "Skip to main content\nWorld\nPolitics\nSports\nBusiness\nScience\nStorm Nears Coast\nBy ANN POE\nMIAMI (AP) — Winds rose on Friday, forecasters said.\nMore rain is due.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Storm Nears Coast"),
            "{variant}"
        );
    });
    // five short lines over the story are no menu: the story's own lines
    let text = "Storm Nears\nWinds Rise\nSchools Shut\nRoads Close\nPower Fails\nThe storm reached the coast on Friday, officials said.\nMore rain is due.";
    each_variant(text, |a, _, variant| {
        assert!(
            a.trailers().iter().all(|t| t.kind() != T::Furniture),
            "{variant}"
        );
    });
}

/// A small paper's site menu copied an item a line as a block of its own
/// over the header (`Home` / `News` / `Sports` / … / `Contact Us`) is the
/// page's top, and the headline, stamp and byline under it read as any
/// page's do; a block of short capitalised lines that name no sections is
/// no menu.
#[test]
fn section_menu_block_over_the_header() {
    let text = "Home\nNews\nSports\nObituaries\nOpinion\nClassifieds\nContact Us\n\nCounty board backs new library branch\n\nPosted: Thursday, December 3, 2026 5:00 am\n\nBy Ann Poe\n\nCommissioners voted 4-1 on Tuesday to fund a branch library in the east end.\n\nWork starts in spring, the county said.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("County board backs new library branch"),
            "{variant}"
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("By Ann Poe"),
            "{variant}"
        );
        assert!(
            has_trailer(a, T::Furniture, |t| t.starts_with("Home")),
            "{variant}"
        );
    });
    let text = "Storm Nears\nWinds Rise\nSchools Shut\nRoads Close\n\nCounty board backs new library branch\n\nPosted: Thursday, December 3, 2026 5:00 am\n\nBy Ann Poe\n\nCommissioners voted 4-1 on Tuesday.\n\nWork starts in spring.";
    each_variant(text, |a, _, variant| {
        assert!(
            a.trailers().iter().all(|t| t.kind() != T::Furniture),
            "{variant}"
        );
    });
    // (sections over a headline and its deck in one block are no menu: the
    // headline is no item)
    let text = "World\nEurope\nPresident wins second term in runoff\nTurnout was the highest in two decades\n\nBy Ann Poe\n\nWARSAW (AP) — The president won a second term on Sunday.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("President wins second term in runoff"),
            "{variant}"
        );
    });
    // (the site's name over its menu, longer than an item, heads the block:
    // a broadcaster's page under its skip link)
    let text = "Skip to content\nNorthern Broadcasting Corporation\nHome\nNews\nSport\nBusiness\nCulture\nTravel\nVideo\n\nFerry operator fined after ramp collapse injured six\n\n4 March 2026\nShare\n\nAnn Poe\nNews, Tyneside\n\nA ferry operator has been fined for a ramp collapse that injured six passengers.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Ferry operator fined after ramp collapse injured six"),
            "{variant}"
        );
        assert!(
            has_trailer(a, T::Furniture, |t| t
                .starts_with("Northern Broadcasting Corporation")
                && t.ends_with("Video")),
            "{variant}"
        );
    });
    // (a line ending in a stop, one with words in lower case, or one of six
    // words heads no menu: a sentence or a headline over short lines)
    for head in [
        "The Council Votes Tonight.",
        "Read our coverage here",
        "Council Backs Ferry Route After Vote",
    ] {
        let text = format!(
            "Skip to content\n{head}\nHome\nNews\nSport\nBusiness\nCulture\nTravel\nVideo\n\nFerry operator fined after ramp collapse injured six\n\n4 March 2026\nShare\n\nAnn Poe\nNews, Tyneside\n\nA ferry operator has been fined for a ramp collapse that injured six passengers.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            assert!(
                a.trailers().iter().all(|t| !t.as_str().starts_with(head)),
                "{head} {variant}"
            );
        });
    }
}

/// A trade site's page copied with blank lines between its lines: the
/// site's name, its product's and its section's labels over the headline,
/// two or three parts whose words tell nothing (`MedPage Today` /
/// `Washington Watch`), with the byline under the headline or under its
/// deck or a stamp. The labels are the kicker and furniture, the long line
/// the headline. With no byline under, or one label only, a short line
/// over another stays the headline and its deck.
#[test]
fn site_and_section_labels_over_the_headline_and_byline() {
    let story = "WASHINGTON -- The House committee on Wednesday voted 46-4 to advance a bill that would reverse a scheduled cut.\n\nThe bill now goes to the floor.";
    let by = "by Joan Friedlander, Washington Editor";
    for (labels, deck, byline) in [
        ("MedPage Today\n\nWashington Watch", "", by),
        (
            "MedPage Today\n\nWashington Watch",
            "— Measure would replace a 2.8% cut with a 1.5% raise\n\n",
            by,
        ),
        ("STAT\n\nSTAT+\n\nBiotech", "", by),
        // (the page's stamp between the labels and the headline)
        (
            "MedPage Today\n\nWashington Watch\n\nFebruary 26, 2026",
            "Measure would replace a 2.8% cut with a 1.5% raise\n\n",
            by,
        ),
        // (the names alone)
        ("MedPage Today\n\nWashington Watch", "", "Joan Friedlander"),
    ] {
        let text = format!(
            "{labels}\n\nHouse Panel Advances Bill to Delay Medicare Physician Pay Cut\n\n{deck}{byline}\nFebruary 26, 2026\n\n{story}"
        );
        each_variant(&text, |a, _, variant| {
            assert_headline_dateline(
                a,
                "House Panel Advances Bill to Delay Medicare Physician Pay Cut",
                "WASHINGTON --",
                variant,
            );
            let first = labels.split("\n\n").next();
            assert_eq!(a.kicker().map(|k| k.as_str()), first, "{variant}");
            assert_eq!(
                a.byline().map(|b| b.authors().collect::<Vec<_>>()),
                Some(vec!["Joan Friedlander"]),
                "{variant}"
            );
        });
    }
    // (nor does one label whose words tell nothing, over a short line and
    // the byline: the headline and its deck)
    for top in [
        "Storm Warning\n\nCoast On Alert\n\nForecasters say the storm will reach the coast by Friday night\n\n",
        "Storm Warning\n\nForecasters expect landfall by Friday\n\nBy Ann Poe\n\n",
    ] {
        let text = format!("{top}{story}");
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Storm Warning"),
                "{variant}"
            );
        });
    }
}

/// An opinion site's page: the headline, a standfirst of a sentence or two
/// in a block of its own, then the date and the writer's name in a block
/// over the column, whose dateline (`STOCKHOLM –`) is read under them. A
/// block with a stamp and no names under the first paragraph keeps the
/// search from going on.
#[test]
fn standfirst_over_the_credit_block() {
    let head = "Global Economy\nThe Refinancing Trap Hiding in Plain Sight\n\nGovernments that borrowed cheaply are now finding that rolling over debt is a political act. Unless finance ministries plan now for a decade of higher rates, their room for maneuver on pensions, schools and defense will quietly disappear.\n\n";
    let column = "STOCKHOLM – Every finance minister I have worked with has a favorite chart.\n\nThe consequences arrive slowly.";
    for credit in [
        "Feb 26, 2026\nAnn Poe",
        "By Ann Poe",
        "Ann Poe and Tom Roe\nFeb 26, 2026",
    ] {
        let text = format!("{head}{credit}\n\n{column}");
        each_variant(&text, |a, _, variant| {
            assert_headline_dateline(
                a,
                "The Refinancing Trap Hiding in Plain Sight",
                "STOCKHOLM –",
                variant,
            );
            assert!(a.byline().is_some(), "{variant}");
        });
    }
    let text = format!("{head}Feb 26, 2026\n\n{column}");
    each_variant(&text, |a, _, variant| {
        assert!(a.dateline().is_none(), "{variant}");
    });
}

/// A news service's header as member papers receive it, with no blank
/// line or with one: the headline in title case, the writer's names alone,
/// and the paper or agency the writer works for on the line under them
/// (`The New York Times`, a Tribune paper with the service's code,
/// `Lexington Herald-Leader (TNS)`, or its city, `Star Tribune
/// (Minneapolis)`, an agency). The
/// names and the paper are the byline and its title, where they ran into
/// the headline.
#[test]
fn names_over_their_paper_in_a_service_header() {
    for paper in [
        "The New York Times",
        "Lexington Herald-Leader (TNS)",
        "Australian Associated Press",
        "Reuters",
        "Star Tribune (Minneapolis)",
    ] {
        // (a service's code in brackets over the dateline's line with no
        // blank line between reads as the dateline's noise: the paper's
        // line there is left)
        let gaps: &[&str] = if paper.ends_with(')') {
            &["\n\n"]
        } else {
            &["\n", "\n\n"]
        };
        for gap in gaps {
            let text = format!(
                "Storm Knocks Out Power to Thousands Around Raleigh{gap}Victor Sandoval\n{paper}{gap}RALEIGH, N.C. — A powerful storm dumped as much as 8 inches of rain on parts of Raleigh.\n\nSchools were closed."
            );
            each_variant(&text, |a, _, variant| {
                assert_headline_dateline(
                    a,
                    "Storm Knocks Out Power to Thousands Around Raleigh",
                    "RALEIGH, N.C. —",
                    variant,
                );
                let byline = a.byline();
                assert_eq!(
                    byline.map(|b| b.authors().collect::<Vec<_>>()),
                    Some(vec!["Victor Sandoval"]),
                    "{paper} {variant}"
                );
                assert_eq!(byline.and_then(|b| b.title()), Some(paper), "{variant}");
            });
        }
    }
}

/// The New York Times News Service's copy as clients receive it, with no
/// blank line in its header: the slug, a note to editors (`EDITORS: This
/// story is for release with photos.`, no place in capitals) or the
/// pictures' advisory (`NYT photos are available to clients of …`), the
/// headline, the byline, the copyright line, then the story with its
/// dateline or without one.
#[test]
fn news_service_notes_over_the_headline() {
    let lead = "The minimum wage will rise to $15.50 an hour this fall under a measure approved Thursday, a move supporters say will help workers keep up with prices.\nThe increase will affect roughly 628,000 workers, most of them in retail, food service and child care, according to an analysis by a labor research group.\nThe measure now goes to the governor.";
    for note in [
        "EDITORS: This story is for release with photos.",
        "NYT photos are available to clients of the New York Times News Service.",
        "AP Photos available.",
        "Photos are available with this story.",
    ] {
        for dateline in ["", "BOSTON — "] {
            let text = format!(
                "BC-MIN-WAGE-NYT\n{note}\nLawmakers Approve Minimum Wage Increase\nBy Ann Poe The New York Times\nc.2026 The New York Times Company\n{dateline}{lead}"
            );
            each_variant(&text, |a, _, variant| {
                assert_eq!(
                    a.headline().map(|h| h.as_str()),
                    Some("Lawmakers Approve Minimum Wage Increase"),
                    "{note} {variant}"
                );
                assert_eq!(
                    a.byline().map(|b| b.authors().collect::<Vec<_>>()),
                    Some(vec!["Ann Poe"]),
                    "{note} {variant}"
                );
                let found = a.dateline().map(|d| d.as_str());
                let want = (!dateline.is_empty()).then_some("BOSTON —");
                assert_eq!(found, want, "{note} {variant}");
            });
        }
    }
}

/// A place in capitals on the line under the headline, in its block, over
/// the story (Hürriyet Daily News' headline / `ANKARA`) is the dateline, not
/// the headline's second line; a headline in capitals wrapped onto a line
/// that names no place stays whole.
#[test]
fn place_under_the_headline_in_its_block() {
    let text = "Parliament passes bill on earthquake-resistant housing\nANKARA\n\nThe parliament has passed a bill requiring inspections.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Parliament passes bill on earthquake-resistant housing"),
            "{variant}"
        );
        assert_eq!(
            a.dateline().map(|d| d.as_str()),
            Some("ANKARA"),
            "{variant}"
        );
    });
    let text = "Council backs bridge\nLONDON\n\nThe council voted.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.dateline().map(|d| d.as_str()),
            Some("LONDON"),
            "{variant}"
        );
    });
    let text = "STORM NEARS COAST\nWINDS RISE\n\nThe storm reached the coast.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert!(a.dateline().is_none(), "{variant}");
    });
}

/// A place in capitals with letters outside ASCII alone on its line
/// between the page's stamp and the story, as Turkish and Polish papers
/// print them (`İZMİR`, `ŁÓDŹ`, `KRAKÓW`), is the dateline, and the tables
/// know it in capitals as they know it in small letters (`Izmir`,
/// `Kraków`); a word in such capitals that names no place stays the
/// story's.
#[test]
fn place_in_capitals_outside_ascii_alone_over_the_story() {
    for (place, country) in [
        ("İZMİR", "Turkey"),
        ("KRAKÓW", "Poland"),
        ("MALMÖ", "Sweden"),
    ] {
        let text = format!(
            "Ancient theater in Teos to be restored after 2,200 years\n\nJanuary 20 2026 10:12:00\n\n{place}\n\nRestoration work has begun on the ancient theater, one of the oldest in the region.\n\nThe work will take five years."
        );
        each_variant(&text, |a, _, variant| {
            let dateline = a.dateline();
            assert_eq!(dateline.map(|d| d.as_str()), Some(place), "{variant}");
            assert_eq!(
                dateline.and_then(|d| d.place()).and_then(|p| p.country()),
                Some(country),
                "{variant}"
            );
        });
    }
    let text = "Ancient theater in Teos to be restored after 2,200 years\n\nJanuary 20 2026 10:12:00\n\nÖZEL\n\nRestoration work has begun on the ancient theater, one of the oldest in the region.";
    each_variant(text, |a, _, variant| {
        assert!(a.dateline().is_none(), "{variant}");
    });
}

/// A page's `SUBSCRIBE` button and CalMatters' `In summary` label under
/// the headline, in its block, are furniture, not the headline's second
/// line.
#[test]
fn subscribe_and_summary_labels_under_the_headline() {
    for label in ["SUBSCRIBE", "In summary"] {
        let text = format!(
            "Ohio bill would allow backyard cottages\n{label}\n\nBy Ann Poe\n\nLawmakers took up the bill on Tuesday.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Ohio bill would allow backyard cottages"),
                "{variant}"
            );
            assert!(
                has_trailer(a, T::Furniture, |t| t == label),
                "{label:?} ({variant})"
            );
        });
    }
}

#[test]
fn byline_forms() {
    // byline line(s), authors, affiliation
    let rows: &[(&str, &[&str], Option<&str>)] = &[
        ("By Jane Doe", &["Jane Doe"], None),
        ("By JANE DOE", &["JANE DOE"], None),
        ("By Jane Doe and John Roe", &["Jane Doe", "John Roe"], None),
        // an essay told to a writer (The Marshall Project's `Life Inside`)
        (
            "By Jane Doe as told to John Roe",
            &["Jane Doe", "John Roe"],
            None,
        ),
        (
            "By Jane Doe, John Roe and Ann Poe",
            &["Jane Doe", "John Roe", "Ann Poe"],
            None,
        ),
        (
            "By Jane Doe, Associated Press",
            &["Jane Doe"],
            Some("Associated Press"),
        ),
        ("Jane Doe | Reuters", &["Jane Doe"], Some("Reuters")),
        // a date stamp or a section before the byline (the stamp a trailer
        // of its own, below)
        ("November 28, 2026 | By Jane Doe", &["Jane Doe"], None),
        (
            "Nov. 28, 2026 | By Jane Doe, DOD News |",
            &["Jane Doe"],
            Some("DOD News"),
        ),
        ("By Jane Doe, DOD News |", &["Jane Doe"], Some("DOD News")),
        (
            "By Jane Doe, Staff Writer |",
            &["Jane Doe"],
            Some("Staff Writer"),
        ),
        ("By Jane Doe and Bo Li |", &["Jane Doe", "Bo Li"], None),
        ("Politics | By Jane Doe", &["Jane Doe"], None),
        // names in capitals, then their paper in title case (AP's member
        // exchange)
        (
            "By JANE DOE Sioux Falls Argus Leader",
            &["JANE DOE"],
            Some("Sioux Falls Argus Leader"),
        ),
        (
            "By JANE DOE of Mississippi Today",
            &["JANE DOE"],
            Some("Mississippi Today"),
        ),
        ("Sports | By Jane Doe", &["Jane Doe"], None),
        (
            "Nov. 28, 2026 | Jane Doe | Reuters",
            &["Jane Doe"],
            Some("Reuters"),
        ),
        (
            "Nov. 28, 2026 | By Jane Doe, Reuters",
            &["Jane Doe"],
            Some("Reuters"),
        ),
        (
            "By Jane Doe, Staff Writer",
            &["Jane Doe"],
            Some("Staff Writer"),
        ),
        (
            "By Jane Doe\nAssociated Press",
            &["Jane Doe"],
            Some("Associated Press"),
        ),
        ("By Reuters Staff", &[], Some("Reuters Staff")),
        // an outlet whose name opens with a figure, after the names; a date
        // there is no outlet
        (
            "By Jane Doe, 24/7 Wall St.",
            &["Jane Doe"],
            Some("24/7 Wall St."),
        ),
        ("By Jane Doe, 9News", &["Jane Doe"], Some("9News")),
        ("By Jane Doe, 28 November 2026", &["Jane Doe"], None),
        // the writer's and the pictures' credits on one line, with or
        // without `By`: the pictures' credit is no affiliation
        ("Story: Jane Doe; Photos: Bo Li", &["Jane Doe"], None),
        ("By Jane Doe; Photos by Bo Li", &["Jane Doe"], None),
        ("By Jane Doe | Photos by Bo Li", &["Jane Doe"], None),
        (
            "Text: Jane Doe | Pictures: Bo Li and Al Moe",
            &["Jane Doe"],
            None,
        ),
        ("Words: Jane Doe", &["Jane Doe"], None),
        // a newsroom's credit in lower case
        ("By Reuters staff", &[], Some("Reuters staff")),
        (
            "By staff and wire reports",
            &[],
            Some("staff and wire reports"),
        ),
        (
            "By Reuters Staff and Agencies",
            &[],
            Some("Reuters Staff and Agencies"),
        ),
        ("By John Roe Jr.", &["John Roe Jr."], None),
        (
            "By John Roe III and Ann Poe",
            &["John Roe III", "Ann Poe"],
            None,
        ),
        (
            "By John Roe, Jr., Reuters",
            &["John Roe, Jr."],
            Some("Reuters"),
        ),
        (
            "By MARIA LOPEZ and TOM BAKER Associated Press",
            &["MARIA LOPEZ", "TOM BAKER"],
            Some("Associated Press"),
        ),
        ("By Jane Doe | Reuters", &["Jane Doe"], Some("Reuters")),
        ("Jane Doe, Reuters", &["Jane Doe"], Some("Reuters")),
        ("By Jane Doe (Reuters)", &["Jane Doe"], Some("Reuters")),
        // a broadcaster's call letters in brackets
        ("Author: Jane Doe (KHTX)", &["Jane Doe"], Some("KHTX")),
        // (an agency after `of`, as NZPA signed its staff)
        ("By Jane Doe of NZPA", &["Jane Doe"], Some("NZPA")),
        // (a station's brand with its channel glued to it, TEGNA's)
        ("Author: Jane Doe (WUSA9)", &["Jane Doe"], Some("WUSA9")),
        ("By Jane Doe (11Alive)", &["Jane Doe"], Some("11Alive")),
        ("Written by Jane Doe", &["Jane Doe"], None),
        // a page's reading time after a bar
        (
            "By Jane Doe, Reuters • 3 min read",
            &["Jane Doe"],
            Some("Reuters"),
        ),
        ("By Jane Doe | 12-minute read", &["Jane Doe"], None),
        // a page's labels
        ("Author: Jane Doe", &["Jane Doe"], None),
        (
            "Authors: Jane Doe and John Roe",
            &["Jane Doe", "John Roe"],
            None,
        ),
        ("Written by: Jane Doe", &["Jane Doe"], None),
        ("BYLINE: JANE DOE", &["JANE DOE"], None),
        (
            "By Ann Poe, Tom Roe, and Al Moe",
            &["Ann Poe", "Tom Roe", "Al Moe"],
            None,
        ),
        ("By The Associated Press", &[], Some("The Associated Press")),
        (
            "By Jane Doe, CNN Business",
            &["Jane Doe"],
            Some("CNN Business"),
        ),
        // a student's class year after the name, as school papers print it
        ("By Jane Doe '27", &["Jane Doe '27"], None),
        ("By Jane Doe ’26", &["Jane Doe ’26"], None),
        (
            "Jane Doe ’27, Staff Writer",
            &["Jane Doe ’27"],
            Some("Staff Writer"),
        ),
        // where the author wrote from is not part of the name
        ("By Jane Doe in Kyiv", &["Jane Doe"], None),
        (
            "By Jane Doe and John Roe in Paris",
            &["Jane Doe", "John Roe"],
            None,
        ),
        (
            "Jane Doe and John Roe, Reuters",
            &["Jane Doe", "John Roe"],
            Some("Reuters"),
        ),
        // Reuters' authors each where they wrote from; after `By`, a place
        // the tables do not know; a place or its state after a comma
        (
            "By Jane Doe and John Roe in Miami and Lee Wong in Detroit",
            &["Jane Doe", "John Roe", "Lee Wong"],
            None,
        ),
        ("By Jane Doe in Ho Chi Minh City", &["Jane Doe"], None),
        // a role after each name: both are authors, the first role the
        // affiliation
        (
            "By JANE DOE, Associated Press Writer, and JOHN ROE, AP Business Writer",
            &["JANE DOE", "JOHN ROE"],
            Some("Associated Press Writer"),
        ),
        (
            "By Jane Doe, Senior Correspondent, John Roe, Staff Writer",
            &["Jane Doe", "John Roe"],
            Some("Senior Correspondent"),
        ),
        // not when a newsroom stands where a name would: the roles run on
        (
            "By Jane Doe, Staff Writer, The Daily Star, Dhaka Bureau",
            &["Jane Doe"],
            Some("Staff Writer, The Daily Star, Dhaka Bureau"),
        ),
        ("By Jane Doe in Tampa, Florida", &["Jane Doe"], None),
        ("By Jane Doe, Washington", &["Jane Doe"], None),
        (
            "By Jane Doe and John Roe, London",
            &["Jane Doe", "John Roe"],
            None,
        ),
        // AP's staff signature, a colon, a dash or a slash before the
        // affiliation, a date after ` on `, a newsroom and its city
        (
            "By JANE DOE AP Business Writer",
            &["JANE DOE"],
            Some("AP Business Writer"),
        ),
        ("By: Jane Doe", &["Jane Doe"], None),
        (
            "By Jane Doe - Staff Writer",
            &["Jane Doe"],
            Some("Staff Writer"),
        ),
        // a role for or at the newsroom, after a dash without `By`
        (
            "Jane Doe - Reporter for Agência Brasil",
            &["Jane Doe"],
            Some("Reporter for Agência Brasil"),
        ),
        ("By Jane Doe/Reuters", &["Jane Doe"], Some("Reuters")),
        // an agency's or newsroom's credit, where it wrote from (a stamp
        // after a bar: `bylines_with_a_stamp_after_a_bar`)
        ("ANI | New Delhi", &[], Some("ANI")),
        ("Jane Doe | New Delhi", &["Jane Doe"], None),
        ("Reuters | By Jane Doe", &["Jane Doe"], None),
        (
            "Written by Jane Doe | Edited by Tom Roe",
            &["Jane Doe"],
            None,
        ),
        // a broadcaster's roles after each name
        (
            "By Kevin Brandt, Meteorologist, and Lisa Chao, Reporter",
            &["Kevin Brandt", "Lisa Chao"],
            Some("Meteorologist"),
        ),
        ("By Kevin Brandt, Anchor", &["Kevin Brandt"], Some("Anchor")),
        // a stock credit with an article, a paper's credit for a writer
        // not on its staff
        ("By a Correspondent", &[], Some("a Correspondent")),
        (
            "From Our Own Correspondent",
            &[],
            Some("Our Own Correspondent"),
        ),
        // a British paper's names and where they wrote from
        ("From Jane Doe in Brussels", &["Jane Doe"], None),
        (
            "Special to The New York Times",
            &[],
            Some("Special to The New York Times"),
        ),
        (
            "Claire Dubois, Special to The Times",
            &["Claire Dubois"],
            Some("Special to The Times"),
        ),
        // (no comma, as the New York Times' archive prints it)
        (
            "By Claire Dubois Special to The New York Times",
            &["Claire Dubois"],
            Some("Special to The New York Times"),
        ),
        (
            "CLAIRE DUBOIS Special to The Globe and Mail",
            &["CLAIRE DUBOIS"],
            Some("Special to The Globe and Mail"),
        ),
        // the reporter's mail address under the names
        ("By Jane Doe\njdoe@example.com", &["Jane Doe"], None),
        ("BY JANE DOE\njdoe@example.com", &["JANE DOE"], None),
        ("By Jane Doe\n@janedoe", &["Jane Doe"], None),
        // `By` glued to the names, as ABC News's pages copy
        (
            "ByJane Doe, Bo Tan, and Al Moe",
            &["Jane Doe", "Bo Tan", "Al Moe"],
            None,
        ),
        // the pictures' credit under the names
        ("By Jane Doe\nPhotographs by Bo Tan", &["Jane Doe"], None),
        (
            "By Jane Doe\nPhotos by Bo Tan and Al Moe",
            &["Jane Doe"],
            None,
        ),
        ("By Jane Doe on November 28, 2026", &["Jane Doe"], None),
        // names run on over the line's end after a joiner, with their
        // outlet or role
        ("By Jane Doe and\nJohn Roe", &["Jane Doe", "John Roe"], None),
        (
            "By JANE DOE AND\nJOHN ROE, Associated Press",
            &["JANE DOE", "JOHN ROE"],
            Some("Associated Press"),
        ),
        (
            "By Jane Doe, Ann Poe &\nJohn Roe\nStaff Writers",
            &["Jane Doe", "Ann Poe", "John Roe"],
            Some("Staff Writers"),
        ),
        // a stamp after the names with no mark, or after a slash: the line
        // whole, the names read
        ("By Jane Doe Sept. 10, 2026", &["Jane Doe"], None),
        (
            "By Jane Doe and John Roe (October 16, 2025, 5:21 PM EDT)",
            &["Jane Doe", "John Roe"],
            None,
        ),
        ("Jane Doe / April 14, 2026", &["Jane Doe"], None),
        (
            "Jane Doe / 11:12 AM EDT • September 30, 2025",
            &["Jane Doe"],
            None,
        ),
        ("Jane Doe Sat 28 Nov 2026 // 15:45 UTC", &["Jane Doe"], None),
        // or after a dash, as Ars Technica prints its writer's line
        ("Jane Doe - Dec 16, 2024 9:27 am UTC", &["Jane Doe"], None),
        ("Jane Doe – Dec 16, 2024", &["Jane Doe"], None),
        // or after a spaced comma, as Ahram Online sets names and an
        // agency's credit over its date
        ("Jane Doe , Saturday 21 Feb 2026", &["Jane Doe"], None),
        ("Reuters , Monday 18 May 2026", &[], Some("Reuters")),
        ("By Jane Doe Follow", &["Jane Doe"], None),
        (
            "Jane Doe · The Canadian Press ·",
            &["Jane Doe"],
            Some("The Canadian Press"),
        ),
        ("By Jane Doe @janedoe", &["Jane Doe"], None),
        ("By Jane Doe on 2026-11-25", &["Jane Doe"], None),
        // (a handle after a mark stays the line's)
        ("By Jane Doe / @janedoe", &["Jane Doe"], None),
        (
            "Written by Jane Doe, Senior Writer Nov. 25, 2026 at 9:12 a.m. PT",
            &["Jane Doe"],
            Some("Senior Writer"),
        ),
        (
            "By Jane Doe — November 24, 2026 5 min read",
            &["Jane Doe"],
            None,
        ),
        ("By Jane Doe2026-11-25T09:12:00+00:00", &["Jane Doe"], None),
        ("By Jane Doe November 24, 2026 9:12 am", &["Jane Doe"], None),
        (
            "Jane Doe | November 25, 2026 @ 9:12 AM",
            &["Jane Doe"],
            None,
        ),
        ("Nov. 28, 2026 — By Jane Doe", &["Jane Doe"], None),
        (
            "By Jane Doe, BBC News, Washington",
            &["Jane Doe"],
            Some("BBC News, Washington"),
        ),
        // a press office's part of its institution after the names
        (
            "By Jane Doe, College of Agricultural and Life Sciences",
            &["Jane Doe"],
            Some("College of Agricultural and Life Sciences"),
        ),
        (
            "By Jane Doe, Office of Energy Efficiency",
            &["Jane Doe"],
            Some("Office of Energy Efficiency"),
        ),
        // a site's name the table knows, after a comma with no `By`
        ("Jane Doe, News24", &["Jane Doe"], Some("News24")),
        // a broadcaster's call letters with its channel or band
        ("By Jane Doe, KSPQ 7", &["Jane Doe"], Some("KSPQ 7")),
        ("By Jane Doe, WXYZ-TV", &["Jane Doe"], Some("WXYZ-TV")),
        // bare call letters may be a name in capitals
        ("By JANE DOE, WANG", &["JANE DOE", "WANG"], None),
        ("By JANE DOE, WANG in Beijing", &["JANE DOE", "WANG"], None),
        // and a company's officer
        (
            "By Jane Doe, Founder and CEO",
            &["Jane Doe"],
            Some("Founder and CEO"),
        ),
        (
            "By Jane Doe, Head of Product",
            &["Jane Doe"],
            Some("Head of Product"),
        ),
    ];
    // a time stamp, a reading time or the story's age after the names is a
    // trailer of its own, with its mark: the byline ends before it
    let stamped: &[(&str, &str)] = &[
        ("By Jane Doe, 28 November 2026", "By Jane Doe"),
        ("By Jane Doe, Reuters • 3 min read", "By Jane Doe, Reuters"),
        ("By Jane Doe | 12-minute read", "By Jane Doe"),
        ("By Jane Doe Sept. 10, 2026", "By Jane Doe"),
        (
            "By Jane Doe and John Roe (October 16, 2025, 5:21 PM EDT)",
            "By Jane Doe and John Roe",
        ),
        ("Jane Doe / April 14, 2026", "Jane Doe"),
        ("Jane Doe / 11:12 AM EDT • September 30, 2025", "Jane Doe"),
        ("Jane Doe Sat 28 Nov 2026 // 15:45 UTC", "Jane Doe"),
        ("Jane Doe - Dec 16, 2024 9:27 am UTC", "Jane Doe"),
        ("Jane Doe – Dec 16, 2024", "Jane Doe"),
        ("Jane Doe , Saturday 21 Feb 2026", "Jane Doe"),
        ("Reuters , Monday 18 May 2026", "Reuters"),
        // after ` on `, after a role with no mark, after a dash with the
        // reading time, glued in ISO form, in small letters' half of the day
        ("By Jane Doe on November 28, 2026", "By Jane Doe"),
        ("By Jane Doe on 2026-11-25", "By Jane Doe"),
        (
            "Written by Jane Doe, Senior Writer Nov. 25, 2026 at 9:12 a.m. PT",
            "Written by Jane Doe, Senior Writer",
        ),
        ("By Jane Doe — November 24, 2026 5 min read", "By Jane Doe"),
        ("By Jane Doe2026-11-25T09:12:00+00:00", "By Jane Doe"),
        ("By Jane Doe November 24, 2026 9:12 am", "By Jane Doe"),
        ("Jane Doe | November 25, 2026 @ 9:12 AM", "Jane Doe"),
        // two stamps, each after its dot (NBC's)
        (
            "By Jane Doe • Published November 24, 2026 • Updated on November 24, 2026 at 7:14 pm",
            "By Jane Doe",
        ),
        // a date and a bar before `By`, and a bar left at the line's end
        // (the Defense Department's)
        ("November 28, 2026 | By Jane Doe", "By Jane Doe"),
        (
            "Nov. 28, 2026 | By Jane Doe, DOD News |",
            "By Jane Doe, DOD News",
        ),
        (
            "Nov. 28, 2026 | By Jane Doe, Reuters",
            "By Jane Doe, Reuters",
        ),
        ("By Jane Doe, DOD News |", "By Jane Doe, DOD News"),
        ("By Jane Doe, Staff Writer |", "By Jane Doe, Staff Writer"),
        ("By Jane Doe and Bo Li |", "By Jane Doe and Bo Li"),
        // and a page's control glued to the names, or the writer's handle
        ("By Jane Doe Follow", "By Jane Doe"),
        ("By Jane Doe @janedoe", "By Jane Doe"),
        // or a mark left at the line's end, its stamp on the next line
        // (CBC's)
        (
            "Jane Doe · The Canadian Press ·",
            "Jane Doe · The Canadian Press",
        ),
    ];
    for (line, authors, affiliation) in rows {
        let text = format!("Storm Nears Coast\n\n{line}\n\nMIAMI (AP) — Winds rose.");
        for (variant, make) in VARIANTS {
            let text = make(&text);
            let a = dateline::parse(&text);
            common::validate(&a, &text);
            let b = a
                .byline()
                .unwrap_or_else(|| panic!("{line:?} ({variant}): no byline"));
            let eol = eol_of(variant);
            let written = line.replace('\n', eol);
            let start = text.find(&written).expect("byline in text");
            // the names' line is the byline, the line under it its title;
            // names run on to the next line keep the byline whole
            let kept = stamped.iter().find(|(l, _)| l == line).map(|&(_, k)| k);
            let (names, title) = match line.split_once('\n') {
                _ if kept.is_some() => (kept.unwrap_or(line), None),
                Some((names, _)) if authors.iter().any(|a| !names.contains(a)) => {
                    (written.as_str(), None)
                }
                Some((names, title)) => (names, Some(title)),
                None => (*line, None),
            };
            // (a stamp cut off before the names moves the byline's start)
            let start = start + written.find(names).unwrap_or(0);
            assert_eq!(
                (
                    b.as_str(),
                    b.span().range(),
                    b.authors().collect::<Vec<_>>(),
                    b.affiliation(),
                    b.title()
                ),
                (
                    names,
                    start..start + names.len(),
                    authors.to_vec(),
                    *affiliation,
                    title
                ),
                "{line:?} ({variant})"
            );
            assert_eq!(a.headline().map(|h| h.as_str()), Some("Storm Nears Coast"));
            assert_eq!(a.dateline().map(|d| d.as_str()), Some("MIAMI (AP) —"));
            // (the stamp or mark before the names, and the one after them)
            if let Some((before, after)) = kept.and_then(|k| line.split_once(k)) {
                for rest in [before.trim(), after.trim()] {
                    assert!(
                        rest.is_empty() || a.trailers().iter().any(|t| t.as_str() == rest),
                        "{line:?} ({variant}): no trailer {rest:?}"
                    );
                }
            }
        }
    }
    // a label's words before no names, a desk's word before a bar: no
    // byline
    for line in [
        "Story: the vote that split a town",
        "Text: Full statement from the mayor",
        // a page's section and subsection between bars
        "NEWS | HEALTH",
        "News | Transport",
        // a class year with no name before it, or a year in full
        "By ’27",
        "’27, Staff Writer",
        "By Jane Doe '2027",
    ] {
        let text = format!("Storm Nears Coast\n\n{line}\n\nMIAMI (AP) — Winds rose.");
        assert!(dateline::parse(&text).byline().is_none(), "{line:?}");
    }
    // a clock or a reading time after the names is no outlet's name, nor is
    // a part without a figure first or a capital, or a figure with no names
    // before it
    for line in [
        "By Jane Doe, 10:45 AM EST",
        "By Jane Doe, 5 MIN READ",
        "By Jane Doe, photos by Bo Li",
        "By Jane Doe, 500 words",
        "By 2030 Most Cars Will Be Electric",
    ] {
        let text = format!("Storm Nears Coast\n\n{line}\n\nMIAMI (AP) — Winds rose.");
        let a = dateline::parse(&text);
        assert_eq!(a.byline().and_then(|b| b.affiliation()), None, "{line:?}");
    }
}

/// Parses `text` in every line-ending variant, checks the invariants, and
/// hands each article to `check` with its text and the variant's name.
fn each_variant(text: &str, mut check: impl FnMut(&Article<'_>, &str, &str)) {
    for (variant, make) in VARIANTS {
        let text = make(text);
        let a = dateline::parse(&text);
        common::validate(&a, &text);
        check(&a, &text, variant);
    }
}

/// Asserts an article's kicker, headline and trailer kinds, naming the
/// case `what` when they differ.
fn assert_head(a: &Article<'_>, kicker: Option<&str>, headline: &str, kinds: &[T], what: &str) {
    assert_eq!(a.kicker().map(|h| h.as_str()), kicker, "{what}");
    assert_eq!(a.headline().map(|h| h.as_str()), Some(headline), "{what}");
    assert_eq!(kinds_of(a), kinds, "{what}");
}

/// Asserts an article's headline, byline and first paragraph, naming the
/// case `what` when they differ.
fn assert_head_byline_lead(a: &Article<'_>, headline: &str, byline: &str, lead: &str, what: &str) {
    assert_eq!(a.headline().map(|h| h.as_str()), Some(headline), "{what}");
    assert_eq!(a.byline().map(|b| b.as_str()), Some(byline), "{what}");
    assert_eq!(
        a.paragraphs().next().map(|p| p.as_str()),
        Some(lead),
        "{what}"
    );
}

/// Asserts the headline `want` of `text` in each of its variants.
fn assert_headline_each(text: &str, want: Option<&str>) {
    each_variant(text, |a, _, variant| {
        assert_eq!(a.headline().map(|h| h.as_str()), want, "{variant}");
    });
}

/// Asserts an article's headline (its line ends read as `\n`) and
/// dateline, naming the case `what` when they differ.
fn assert_headline_dateline(a: &Article<'_>, headline: &str, dateline: &str, what: &str) {
    let lf = |s: &str| s.replace("\r\n", "\n").replace('\r', "\n");
    assert_eq!(
        a.headline().map(|h| lf(h.as_str())).as_deref(),
        Some(headline),
        "{what}"
    );
    assert_eq!(a.dateline().map(|d| d.as_str()), Some(dateline), "{what}");
}

/// Whether `a` has a trailer of `kind` whose text meets `pred`.
fn has_trailer(a: &Article<'_>, kind: T, pred: impl Fn(&str) -> bool) -> bool {
    a.trailers()
        .iter()
        .any(|t| t.kind() == kind && pred(t.as_str()))
}

/// The article's trailer kinds, in order.
fn kinds_of(a: &Article<'_>) -> Vec<T> {
    a.trailers().iter().map(|t| t.kind()).collect()
}

/// The article's header as texts with `\n` line ends whatever the input had:
/// headline, byline, dateline, and each trailer's kind and text.
type HeaderTexts = (
    Option<String>,
    Option<String>,
    Option<String>,
    Vec<(T, String)>,
);

/// [`HeaderTexts`] of `a`.
fn header_of(a: &Article<'_>) -> HeaderTexts {
    let lf = |s: &str| s.replace("\r\n", "\n").replace('\r', "\n");
    (
        a.headline().map(|h| lf(h.as_str())),
        a.byline().map(|b| lf(b.as_str())),
        a.dateline().map(|d| lf(d.as_str())),
        a.trailers()
            .iter()
            .map(|t| (t.kind(), lf(t.as_str())))
            .collect(),
    )
}

/// `Some` of `s` as an owned string, for comparing with [`header_of`].
fn some(s: &str) -> Option<String> {
    Some(s.to_owned())
}

/// The article's paragraphs, with `\n` line ends whatever the input had.
fn paragraph_texts(a: &Article<'_>) -> Vec<String> {
    a.paragraphs()
        .map(|p| p.as_str().replace("\r\n", "\n").replace('\r', "\n"))
        .collect()
}

/// Asserts an export's story (its paragraphs) and the trailers around it
/// (kind and trimmed text, in order), for the line-ending `variant`.
fn assert_story(a: &Article<'_>, variant: &str, paragraphs: &[&str], trailers: &[(T, &str)]) {
    assert_eq!(paragraph_texts(a), paragraphs, "{variant}");
    let (_, _, _, got) = header_of(a);
    let got: Vec<(T, &str)> = got.iter().map(|(k, t)| (*k, t.trim())).collect();
    assert_eq!(got, trailers, "{variant}");
}

/// A headline that opens with its agency's credit (`Reuters - Tech Stocks
/// Lead Rally`) above a story with no dateline is the headline: a credit
/// names no place or date, so it is no dateline's fallback. A dated lone
/// line is (`ROME, March 2 - Sun.`).
/// AP's note on a corrected story stands over it as well as under it: over
/// the dateline, with or without a headline above, it is a `Correction`
/// trailer, not the headline or the deck.
#[test]
fn a_correction_note_over_the_story() {
    let note = "This story has been corrected to show the vote was 5-2, not 6-1.";
    for (text, headline) in [
        (
            format!("{note}\n\nTUCSON, Ariz. (AP) — The council voted 5-2."),
            None,
        ),
        (
            format!(
                "Council Bans Stations\n\n{note}\n\nTUCSON, Ariz. (AP) — The council voted 5-2."
            ),
            Some("Council Bans Stations"),
        ),
    ] {
        each_variant(&text, |a, _, variant| {
            assert_eq!(kinds_of(a), [T::Correction], "{variant}");
            assert_eq!(a.headline().map(|h| h.as_str()), headline, "{variant}");
            assert_eq!(a.deck().map(|h| h.as_str()), None, "{variant}");
        });
    }
    // a headline that opens alike stays the headline
    let text = "This Story Is About a Town\n\nTUCSON, Ariz. (AP) — The council voted 5-2.";
    each_variant(text, |a, _, variant| {
        assert_eq!(kinds_of(a), [], "{variant}");
        let headline = a.headline().map(|h| h.as_str());
        assert_eq!(headline, Some("This Story Is About a Town"), "{variant}");
    });
}

/// The BBC's photo lines and a photo's credit between the headline (or
/// byline) and the story are furniture, and a note that the story is
/// developing an editor's note: the header's parts keep their roles. A
/// credit under the byline in a header packed in one block is furniture
/// too (the New Statesman's `By Ann Poe` / `Photo by Tom Roe / Getty
/// Images`), and the header ends with it.
#[test]
fn photo_lines_over_the_story() {
    let text = "Comment\nThe problem is not the message\nA cabinet nobody can name cannot sell a plan nobody understands.\nBy Ann Poe\nPhoto by Tom Roe / Getty Images\n\nAsk a focus group of swing voters to name three ministers.\n\nMost will struggle.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("The problem is not the message"),
            "{variant}"
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("By Ann Poe"),
            "{variant}"
        );
        assert_eq!(kinds_of(a), [T::Furniture], "{variant}");
        assert!(
            paragraph_texts(a).contains(&"Most will struggle.".to_owned()),
            "{variant}"
        );
    });
    for (head, kinds) in [
        (
            "Storm Batters Coast\n\nBy Ann Poe, BBC News\n\nImage source, Getty Images\nImage caption, Waves crashed over the wall",
            &[T::Furniture, T::Furniture][..],
        ),
        (
            "Storm Batters Coast\n\nWaves crashed over the wall. (Photo by Ann Poe/Getty Images)",
            &[T::Furniture][..],
        ),
        (
            "Storm Batters Coast\n\nPhoto: Ann Poe/AP",
            &[T::Furniture][..],
        ),
        (
            "Storm Batters Coast\n\nPhoto by Ann Poe / Getty Images",
            &[T::Furniture][..],
        ),
        (
            "Storm Batters Coast\n\nBy Tom Roe\n\nIllustration by Ann Poe",
            &[T::Furniture][..],
        ),
        // a breadcrumb trail over the headline
        (
            "Home / News / World\n\nStorm Batters Coast",
            &[T::Furniture][..],
        ),
        (
            "Home > News > World > Europe\n\nStorm Batters Coast",
            &[T::Furniture][..],
        ),
        (
            "Storm Batters Coast\n\nThis is a developing story. Check back for updates.",
            &[T::EditorsNote][..],
        ),
    ] {
        let text = format!("{head}\n\nBRIGHTON, England (AP) — Heavy rain hit the coast.");
        each_variant(&text, |a, _, variant| {
            assert_eq!(kinds_of(a), kinds, "{head:?} ({variant})");
            let headline = a.headline().map(|h| h.as_str());
            assert_eq!(
                headline,
                Some("Storm Batters Coast"),
                "{head:?} ({variant})"
            );
            assert!(a.deck().is_none(), "{head:?} ({variant})");
            assert!(a.dateline().is_some(), "{head:?} ({variant})");
        });
    }
}

/// A transcript's speaker labels (`HOST:`, `FAROUK:`) and a roundup's item
/// labels in capitals are no colon datelines; a town the tables do not know
/// before a colon, over ordinary paragraphs, still is.
#[test]
fn speaker_labels_are_no_datelines() {
    for text in [
        "HOST: Good morning.\n\nFAROUK: Thanks for having me.",
        "Prices and Moods\n\nFAROUK: Thanks for having me.\n\nHOST: So what is going on?\n\nFAROUK: People remember prices.",
        "(MUSIC)\n\nDOUG HELLER: Yields were good.\n\nJAKE FERRIS, BYLINE: Heller sells in spring.",
        "In Brief\n\nROAD CLOSURE: Oak Street will close Monday.\n\nCOUNCIL MEETING: The meeting moved.\n\nFOOD DRIVE: Bring cans.",
        "SHOW: Morning Edition\nDATE: November 28, 2026\n\nWe begin in Kansas.",
        // a turn a line, in one block
        "Rail Safety Hearing\n\nSMITH: We will not approve another dollar until we see the records.\nJONES: The records were delivered last Thursday, Senator.\nSMITH: Then I expect a briefing.",
        // a lawmaker's party and state after the name, in brackets
        "THE EVENING REPORT\n\nBELL: Happening now, a split over tariffs.\n\nSEN. ANN POE (R-KS): I am not going to vote for it.\n\nBELL: Thank you, Senator.",
        // NPR's page of one-line blocks, the host's label alone on its line
        "A small town tries to save its grocery store\n\nNovember 25, 2026 4:48 PM ET\n\nHeard on All Things Considered\n\nTranscript\n\nBO LI, HOST:\n\nWhen the only grocery store in a small town closes, people drive 30 miles for milk.\n\nANN POE, BYLINE: In Leoti, Kan., the store was set to close.\n\nUNIDENTIFIED PERSON: We weren't going to let it go dark.",
    ] {
        each_variant(text, |a, _, variant| {
            let d = a.dateline().map(|d| d.as_str());
            assert_eq!(d, None, "{text:?} ({variant})");
        });
    }
    // a dateline over an interview's `Q:` / `A:`, a mixed-case label or a
    // reference; a known place or a dated one over labels
    for (text, want) in [
        (
            "MUZAFFARPUR: The district board met on Friday.\n\nIt approved the budget.",
            "MUZAFFARPUR:",
        ),
        (
            "MUZAFFARPUR: The board chief spoke to us.\n\nQ: Why now?\n\nA: The budget.",
            "MUZAFFARPUR:",
        ),
        (
            "MUZAFFARPUR: The board met.\n\nBoard Chairman: We are glad.",
            "MUZAFFARPUR:",
        ),
        (
            "MUZAFFARPUR: The board met.\n\nREF:2026/11 The minutes follow.",
            "MUZAFFARPUR:",
        ),
        (
            "NEW DELHI: Talks resumed on Friday.\n\nQUESTION: Will they end?\n\nANSWER: Soon.",
            "NEW DELHI:",
        ),
        (
            "KOTLI, Nov 28 (APP): Talks resumed on Friday.\n\nMINISTER: We are hopeful.",
            "KOTLI, Nov 28 (APP):",
        ),
        (
            "KOTLI — Talks resumed on Friday.\n\nMINISTER: We are hopeful.",
            "KOTLI —",
        ),
        // a header's fields in capitals over it are no speakers' labels
        (
            "Bus overturns\n\nPUBLISHED : 28 Nov 2026 at 09:12\n\nWRITER: Online Reporters\n\nMUZAFFARPUR: A bus overturned.\n\nMore.",
            "MUZAFFARPUR:",
        ),
        // the block's lines under the dateline are no turns
        (
            "Talks resume\n\nMUZAFFARPUR: The district board met on Friday to pass the\nbudget for the coming year.\nIt approved it.",
            "MUZAFFARPUR:",
        ),
    ] {
        each_variant(text, |a, _, variant| {
            let d = a.dateline().map(|d| d.as_str());
            assert_eq!(d, Some(want), "{text:?} ({variant})");
        });
    }
}

#[test]
fn credited_headline_above_an_undated_story() {
    for (text, headline, dateline) in [
        (
            "Reuters - Tech Stocks Lead Rally\n\nTech stocks led a rally on Friday.",
            Some("Reuters - Tech Stocks Lead Rally"),
            None,
        ),
        (
            "eWeek - Chip Maker Cuts Forecast\n\nThe chip maker cut its forecast.",
            Some("eWeek - Chip Maker Cuts Forecast"),
            None,
        ),
        (
            "Rain Returns\n\nROME, March 2 - Sun.\n\nMore rain is due.",
            Some("Rain Returns"),
            Some("ROME, March 2 -"),
        ),
        // a story's first sentence ending in an abbreviation reads as
        // display text, but runs longer than a headline
        (
            "Copper Rebounds\n\nBy Aidan Kerr\n\n(Bloomberg) -- Copper rose for the first time in four sessions as investors weighed the prospect of fresh stimulus in China against trade tensions with the U.S.\n\nZinc also advanced.",
            Some("Copper Rebounds"),
            Some("(Bloomberg) --"),
        ),
        // a story's first line that ends inside quotes, and a headline
        // quoting with no stop
        (
            "Grocery Store Fights On\n\nMARFA, Texas — \"If it goes, we all drive ninety miles for milk.\"\n\nThat was how she put it.",
            Some("Grocery Store Fights On"),
            Some("MARFA, Texas —"),
        ),
        (
            "MARFA, Texas — \"If it goes, we all drive for milk\"\n\nThat was how she put it at the meeting.\n\nMore.",
            Some("MARFA, Texas — \"If it goes, we all drive for milk\""),
            None,
        ),
        // a long headline opening like a dateline, with no stop at its end
        (
            "WASHINGTON — Senate Leaders Reach Tentative Deal on Spending Bill That Would Avert Shutdown Through March and Fund Disaster Relief Programs\n\nWASHINGTON (AP) — Senate leaders reached a deal on Friday.\n\nMore.",
            Some(
                "WASHINGTON — Senate Leaders Reach Tentative Deal on Spending Bill That Would Avert Shutdown Through March and Fund Disaster Relief Programs",
            ),
            Some("WASHINGTON (AP) —"),
        ),
    ] {
        each_variant(text, |a, text, variant| {
            let got = (
                a.headline().map(|h| h.as_str()),
                a.dateline().map(|d| d.as_str()),
            );
            assert_eq!(got, (headline, dateline), "{text:?} ({variant})");
        });
    }
}

/// Sites print the byline with a time stamp under it, `at` before the time:
/// the byline and a `Timestamp` trailer, not a deck.
#[test]
fn byline_over_a_time_stamp_with_at() {
    for (head, byline) in [
        (
            "By Ann Poe\nNovember 28, 2026 at 10:45 a.m. EST",
            "By Ann Poe",
        ),
        ("Ann Poe\nNovember 28, 2026 at 10:45 AM EST", "Ann Poe"),
        // a stamp before the names on their line
        ("Posted on November 28, 2026 by Ann Poe", "by Ann Poe"),
        // a dash between the names and the stamp goes with the stamp
        (
            "BY: CORDELIA HAMMERSMITH - NOVEMBER 28, 2026 5:00 AM",
            "BY: CORDELIA HAMMERSMITH",
        ),
        // India's PIB: a colon after the label, the bureau credited
        ("Posted On: 28 NOV 2026 4:15PM by PIB Delhi", "by PIB Delhi"),
        // a site's address over its stamp credits the story (China Daily)
        (
            "chinadaily.com.cn | Updated: 2026-11-27 15:40",
            "chinadaily.com.cn",
        ),
    ] {
        let text = format!("Storm Nears Coast\n\n{head}\n\nWinds rose on Friday.");
        each_variant(&text, |a, _, variant| {
            assert_eq!(a.byline().map(|b| b.as_str()), Some(byline), "{variant}");
            assert!(a.deck().is_none(), "{variant}");
            assert_eq!(kinds_of(a), [T::Timestamp], "{variant}");
        });
    }
    // where it was posted is no stamp: the line whole
    let text = "Storm Nears Coast\n\nPosted on Facebook by Ann Poe\n\nWinds rose on Friday.";
    each_variant(text, |a, _, variant| {
        let b = a.byline().map(|b| b.as_str());
        assert_eq!(b, Some("Posted on Facebook by Ann Poe"), "{variant}");
    });
}

/// A government's statement opens with its label, the speaker and the date
/// in one block, its title in a block of its own under them (the State
/// Department's press statements), and pages copied from their meta line
/// down print the byline and stamp over the headline: the title is the
/// headline, the speaker the byline.
#[test]
fn statement_title_under_its_speaker_and_date() {
    for (top, byline) in [
        ("By: Ama Owusu\nNovember 28, 2026", "By: Ama Owusu"),
        (
            "By AMA OWUSU | Daily Graphic | Updated: 2026-11-28 07:21",
            "By AMA OWUSU | Daily Graphic",
        ),
    ] {
        let text = format!(
            "{top}\n\nBank to issue redesigned cedi notes in 2027\n\nThe central bank said on Friday it would issue new notes.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Bank to issue redesigned cedi notes in 2027"),
                "{top:?} ({variant})"
            );
            assert_eq!(a.byline().map(|b| b.as_str()), Some(byline), "{variant}");
        });
    }
    for speaker in ["ELLEN MARSH, DEPARTMENT SPOKESPERSON", "By Ellen Marsh"] {
        let text = format!(
            "PRESS STATEMENT\n{speaker}\nNOVEMBER 27, 2026\n\nCondemning the Closure of Independent Radio Stations\n\nThe United States condemns the closure of three radio stations.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.kicker().map(|k| k.as_str()),
                Some("PRESS STATEMENT"),
                "{variant}"
            );
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Condemning the Closure of Independent Radio Stations"),
                "{speaker:?} ({variant})"
            );
            assert_eq!(a.byline().map(|b| b.as_str()), Some(speaker), "{variant}");
            assert_eq!(kinds_of(a), [T::Timestamp], "{variant}");
        });
    }
    // a page's names over their stamp over the headline, with no label
    let text = "Jaime Villareal, ABS-CBN News\nPosted at Nov 28 2026 04:12 PM\n\nPAGASA: La Niña likely to develop by January\n\nMANILA — The weather bureau said Saturday La Niña was likely.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("PAGASA: La Niña likely to develop by January"),
            "{variant}"
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("Jaime Villareal, ABS-CBN News"),
            "{variant}"
        );
    });
    // a paper's name over its date names no one, nor does a headline in
    // title case; a short headline without a comma is not asked
    for (text, headline) in [
        (
            "Sunday Times, Colombo\nSunday, November 29, 2015\n\nSand mining licences suspended after bank collapse\n\nThe bureau suspended all licences.\n\nMore.",
            "Sunday Times, Colombo",
        ),
        (
            "Fed Holds Rates, Signals Patience\nNov. 28, 2026\n\nPolicymakers Split Over Timing of Next Cut\n\nWASHINGTON (Reuters) - The Fed held.\n\nMore.",
            "Fed Holds Rates, Signals Patience",
        ),
        (
            "Hens Approved\nNov. 28, 2026\n\nCouncil Votes Six to Three After Long Debate\n\nThe ordinance passed on Tuesday night.\n\nMore.",
            "Hens Approved",
        ),
    ] {
        each_variant(text, |a, _, variant| {
            assert!(a.byline().is_none(), "{text:?} ({variant})");
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some(headline),
                "{variant}"
            );
        });
    }
    // a kicker's word under the speaker, a sentence under them, or a
    // display line under such a sentence: no title
    for text in [
        "By Ellen Marsh\nNOVEMBER 27, 2026\n\nANALYSIS\n\nWASHINGTON — The United States condemns the closure.\n\nMore.",
        "PRESS STATEMENT\nBy Ellen Marsh\nNOVEMBER 27, 2026\n\nThe minister spoke at length on Friday, and aides listened in.\n\nWASHINGTON — The United States condemns the closure.\n\nMore.",
        "PRESS STATEMENT\nBy Ellen Marsh\nNOVEMBER 27, 2026\n\nThe minister spoke at length on Friday, and aides listened in.\n\nCondemning the Closure of Radio Stations\n\nWASHINGTON — The United States condemns the closure.\n\nMore.",
    ] {
        each_variant(text, |a, _, variant| {
            assert!(a.headline().is_none(), "{text:?} ({variant})");
            assert_eq!(
                a.dateline().map(|d| d.as_str()),
                Some("WASHINGTON —"),
                "{text:?} ({variant})"
            );
        });
    }
}

/// A web page copied as text keeps its top over the story's header in one
/// block: the skip link, the site's name and its menu are one `Furniture`
/// trailer, and the header under them is read as pages print it (the
/// section's name the kicker, names over a role line over a stamp, the
/// share bar furniture).
#[test]
fn web_page_tops() {
    let story = "\n\nCINCINNATI — A salt truck tipped over early Saturday.\n\nAll lanes reopened.";
    type Row<'r> = (&'r str, Option<&'r str>, &'r str, &'r str, &'r [T]);
    let rows: &[Row<'_>] = &[
        (
            "Skip to content\nWCPO 9 Cincinnati\nHome | News | Weather | Traffic | Sports\nLocal News\nCrews clear overturned salt truck on the interstate\nBy: Dana Kessler\nPosted at 5:12 AM, Nov 28, 2026\nFacebook Twitter Email",
            Some("Local News"),
            "Crews clear overturned salt truck on the interstate",
            "By: Dana Kessler",
            &[T::Furniture, T::Timestamp, T::Furniture],
        ),
        (
            "The Daily Courier\nNews  Sports  Packers  Bucks  Obituaries\nPOLITICS\nWisconsin panel splits on plan to redraw school aid formula\nTomas Greer\nThe Daily Courier\nPublished 5:30 a.m. CT Nov. 28, 2026\nShare  Tweet  Email",
            Some("POLITICS"),
            "Wisconsin panel splits on plan to redraw school aid formula",
            "Tomas Greer",
            &[T::Furniture, T::Timestamp, T::Furniture],
        ),
        (
            "Skip to content\nBBC Homepage\nHome  News  Sport  Weather  iPlayer  Sounds\nEngland\nLeeds bus lane cameras to be switched back on in spring\nPublished 28 November 2026\nShare\nSave\nBy Eleanor Whitcombe\nBBC News, Leeds",
            Some("England"),
            "Leeds bus lane cameras to be switched back on in spring",
            "By Eleanor Whitcombe",
            &[T::Furniture, T::Timestamp, T::Furniture, T::Furniture],
        ),
    ];
    // a site's name with no menu, its section on the next line
    let masthead: Row<'_> = (
        "Reuters\nUnited States\nAgency proposes new rules for airline refund notices\nBy Caleb Munro\nNovember 28, 2026 1:15 AM UTC",
        Some("United States"),
        "Agency proposes new rules for airline refund notices",
        "By Caleb Munro",
        &[T::Furniture, T::Timestamp],
    );
    // a paper named with a word the tables hold (`Independent`)
    let independent: Row<'_> = (
        "The Independent\nUK news\nAgency proposes new rules for airline refund notices\nBy Caleb Munro\nNovember 28, 2026 1:15 AM UTC",
        Some("UK news"),
        "Agency proposes new rules for airline refund notices",
        "By Caleb Munro",
        &[T::Furniture, T::Timestamp],
    );
    for (head, kicker, headline, byline, kinds) in rows.iter().chain([&masthead, &independent]) {
        let text = format!("{head}{story}");
        each_variant(&text, |a, _, variant| {
            assert_head(a, *kicker, headline, kinds, variant);
            assert_eq!(a.byline().map(|b| b.as_str()), Some(*byline), "{variant}");
            assert_eq!(
                a.dateline().map(|d| d.as_str()),
                Some("CINCINNATI —"),
                "{variant}"
            );
            assert_eq!(
                paragraph_texts(a),
                [
                    "A salt truck tipped over early Saturday.",
                    "All lanes reopened."
                ],
                "{variant}"
            );
        });
    }
    // with no dateline: a standfirst under the headline (one written as a
    // sentence under a page's top only), and a header of seven lines with
    // no page's top over it
    for (text, headline, deck, byline) in [
        (
            "Example News\nNews  Sport  Weather  Money\nStorm Nears Coast Again Today\nThe carmaker says 500 jobs will follow the opening of the plant\nBy Ann Poe\nNov. 28, 2026\n\nThe storm went on for days.\n\nMore.",
            "Storm Nears Coast Again Today",
            Some("The carmaker says 500 jobs will follow the opening of the plant"),
            "By Ann Poe",
        ),
        (
            "Home | News | Sports | Opinion | e-Edition\nLOCAL\nLibrary board delays vote on Sunday hours\nSupporters filled the room; trustees will take up the plan in January.\nBy Ann Poe | Staff Writer\nPublished 6:04 a.m. ET Nov. 28, 2026\nFacebook Twitter Email\n\nThe storm went on for days.\n\nMore.",
            "Library board delays vote on Sunday hours",
            Some("Supporters filled the room; trustees will take up the plan in January."),
            "By Ann Poe | Staff Writer",
        ),
        (
            "Storm Nears Coast Again Today\nAnn Poe\nStaff Writer\nNov. 28, 2026\nUpdated 3:45 p.m. ET\nShare\nPrint\n\nThe storm went on for days.\n\nMore.",
            "Storm Nears Coast Again Today",
            None,
            "Ann Poe",
        ),
    ] {
        each_variant(text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some(headline),
                "{variant}"
            );
            assert_eq!(a.deck().map(|h| h.as_str()), deck, "{variant}");
            assert_eq!(a.byline().map(|b| b.as_str()), Some(byline), "{variant}");
            assert_eq!(
                paragraph_texts(a),
                ["The storm went on for days.", "More."],
                "{variant}"
            );
        });
    }
    // the section's name, the headline and the standfirst in one block under
    // a page's top: the kicker, the headline, the deck
    each_variant(
        "Example News\nNews  Sport  Weather  Money\nUK news\nStorm Nears Coast Again Today\nThe carmaker says 500 jobs will follow the opening of the plant\nBy Ann Poe\nNov. 28, 2026\n\nThe storm went on for days.\n\nMore.",
        |a, _, variant| {
            assert_eq!(a.kicker().map(|k| k.as_str()), Some("UK news"), "{variant}");
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Storm Nears Coast Again Today"),
                "{variant}"
            );
            assert_eq!(
                a.deck().map(|h| h.as_str()),
                Some("The carmaker says 500 jobs will follow the opening of the plant"),
                "{variant}"
            );
        },
    );
    // no page's top (see also the parser's `page_tops`): a menu under the
    // headline; a section's name where no menu stood is the kicker still,
    // over a headline of more words (`page_labels_over_the_headline`)
    for (head, kicker, headline) in [
        (
            "Storm batters the coast for a third day\nHome | News | Sport | Weather\nBy Ann Poe",
            None,
            "Storm batters the coast for a third day",
        ),
        (
            "England\nLeeds bus lane cameras to be switched back on\nBy Eleanor Whitcombe",
            Some("England"),
            "Leeds bus lane cameras to be switched back on",
        ),
    ] {
        let text = format!("{head}{story}");
        each_variant(&text, |a, _, variant| {
            let got = a
                .headline()
                .map(|h| h.as_str().replace("\r\n", "\n").replace('\r', "\n"));
            assert_eq!(got.as_deref(), Some(headline), "{head:?} ({variant})");
            assert_eq!(
                a.kicker().map(|k| k.as_str()),
                kicker,
                "{head:?} ({variant})"
            );
        });
    }
}

/// A trade wire's story signed at its end over the page's matter: the
/// desk's address for comments (`Send comments and request more
/// information at feedback@…`), the label over related stories (`Related
/// news posts`) and the copyright are trailers, so the signature over them
/// is the byline.
#[test]
fn signature_over_a_desks_address_and_related_label() {
    for tail in [
        "Send comments and request more information at feedback@example.com\n\nCopyright © 2026. Harbor Energy group. All rights reserved.",
        "Related news posts",
        "Related stories",
    ] {
        let text = format!(
            "Crude exports slip as demand cools\n\nHouston, 3 March (Harbor) — Crude exports fell last week.\n\nBuyers in Asia took fewer cargoes.\n\nBy Ann Poe\n\n{tail}"
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.byline().map(|b| b.as_str()),
                Some("By Ann Poe"),
                "{tail} {variant}"
            );
            assert_eq!(
                paragraph_texts(a),
                [
                    "Crude exports fell last week.",
                    "Buyers in Asia took fewer cargoes."
                ],
                "{variant}"
            );
        });
    }
    // (a sentence opening with `Send` and no address is the story's)
    let text = "Crude exports slip\n\nHouston, 3 March (Harbor) — Crude exports fell.\n\nSend more cargoes, buyers said.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            paragraph_texts(a).last().map(String::as_str),
            Some("Send more cargoes, buyers said."),
            "{variant}"
        );
    });
}

/// A community paper's blog post signed at its end over the blog's share
/// box (`Share this:` / `Facebook` / … / `Like Loading...`, together or a
/// line each, the buttons' link text too) and its categories (`Filed
/// Under: …`): the box and the categories are furniture, so the signature
/// over them is the byline.
#[test]
fn signature_over_a_blogs_share_box() {
    for tail in [
        "Share this:\nFacebook\nX\nEmail\nPrint\nLike this:\nLike Loading...\nFiled Under: Community Corner, News",
        "Share this:\n\nClick to share on Facebook (Opens in new window)\n\nClick to print (Opens in new window)",
        "Share this:\nFacebook\nX\nLike this:\nLike Loading...\nRelated",
    ] {
        let text = format!(
            "Scout finishes Eagle project at Riverside Park\n\nFLOYD -- A high school junior has built six benches at the park.\n\nHe will receive the rank of Eagle Scout later this year.\n\n— Ann Poe\n\n{tail}"
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.byline().map(|b| b.as_str()),
                Some("— Ann Poe"),
                "{tail:?} {variant}"
            );
            assert_eq!(
                paragraph_texts(a),
                [
                    "A high school junior has built six benches at the park.",
                    "He will receive the rank of Eagle Scout later this year."
                ],
                "{variant}"
            );
        });
    }
}

/// A federal agency's release as its newsroom prints it: the agency's name
/// (`National Aeronautics and Space Administration`, `U.S. National Science
/// Foundation` over `News`), the date, and the release's number (`RELEASE:
/// C25-061`, `News Release 26-012 | March 3, 2026`) over the headline. The
/// letterhead and the number are no headline, deck or byline.
#[test]
fn agency_release_numbers_over_the_headline() {
    for top in [
        "National Aeronautics and Space Administration\n\nDecember 9, 2025\n\nRELEASE: C25-061",
        "U.S. National Science Foundation\nNews\n\nNews Release 26-012 | March 3, 2026",
    ] {
        let text = format!(
            "{top}\n\nAgency Awards Earth Science Data Contract\n\nWASHINGTON -- The agency has awarded a contract to support its data systems.\n\nThe contract runs five years."
        );
        each_variant(&text, |a, _, variant| {
            assert_headline_dateline(
                a,
                "Agency Awards Earth Science Data Contract",
                "WASHINGTON --",
                variant,
            );
            assert!(a.byline().is_none(), "{variant}");
            assert!(a.deck().is_none(), "{variant}");
        });
    }
}

/// Columns, features and some agencies sign the story at its end: with no
/// byline over the story, the signature is the byline (and no paragraph),
/// with its authors and a role line under it.
#[test]
fn bylines_signed_under_the_story() {
    for (signature, authors, affiliation) in [
        ("By Ann Poe", &["Ann Poe"][..], None),
        (
            "By Ann Poe\nSports Columnist",
            &["Ann Poe"][..],
            Some("Sports Columnist"),
        ),
        ("— Ann Poe", &["Ann Poe"][..], None),
        ("--Ann Poe", &["Ann Poe"][..], None),
        (
            "(By Wen Yu-chen and Tom Roe)",
            &["Wen Yu-chen", "Tom Roe"][..],
            None,
        ),
        ("(Ann Poe, Reuters)", &["Ann Poe"][..], Some("Reuters")),
        ("by Ann Poe", &["Ann Poe"][..], None),
    ] {
        let text = format!(
            "Coaches Keep Quitting\n\nSchools have a retention problem.\n\nThey could fix it tomorrow.\n\n{signature}\n\nENDITEM/ls"
        );
        // the names' line is the byline, a role under it its title
        let (names, title) = match signature.split_once('\n') {
            Some((names, title)) => (names, Some(title)),
            None => (signature, None),
        };
        each_variant(&text, |a, _, variant| {
            let b = a.byline().ok_or("a byline");
            assert_eq!(b.map(|b| b.as_str()), Ok(names), "{variant}");
            assert_eq!(b.map(|b| b.title()), Ok(title), "{variant}");
            assert_eq!(
                b.map(|b| b.authors().collect::<Vec<_>>()),
                Ok(authors.to_vec()),
                "{variant}"
            );
            assert_eq!(b.map(|b| b.affiliation()), Ok(affiliation), "{variant}");
            assert_eq!(
                paragraph_texts(a),
                [
                    "Schools have a retention problem.",
                    "They could fix it tomorrow."
                ],
                "{variant}"
            );
            assert_eq!(kinds_of(a), [T::EndMark], "{variant}");
        });
    }
    // a byline over the story keeps its place; a sentence, a label, a name
    // in a sentence or a name over another line is no signature, nor is a
    // wire's name or a list; nor is the story's only paragraph
    for (text, last) in [
        (
            "Rain Ends\n\nBy Tom Roe\n\nThe rain came.\n\nBy Ann Poe",
            "By Ann Poe",
        ),
        (
            "Rain Ends\n\nThe rain came.\n\nBy Friday, the rain had stopped.",
            "By Friday, the rain had stopped.",
        ),
        (
            "Rain Ends\n\nThe rain came.\n\nBy the numbers",
            "By the numbers",
        ),
        (
            "Rain Ends\n\nThe rain came.\n\n- Ann Poe said so.",
            "- Ann Poe said so.",
        ),
        (
            "Rain Ends\n\nThe rain came.\n\n(By the way, it stopped.)",
            "(By the way, it stopped.)",
        ),
        (
            "Rain Ends\n\nThe rain came.\n\n— Ann Poe\nPortland Maine",
            "— Ann Poe\nPortland Maine",
        ),
        ("Rain Ends\n\n— Ann Poe", "— Ann Poe"),
        // a wire's sign-off, and the list of its editors
        (
            "Rain Ends\n\nThe rain came.\n\n-- Dow Jones Newswires",
            "-- Dow Jones Newswires",
        ),
        (
            "Rain Ends\n\nThe rain came.\n\n--Editors: Poe, Moe",
            "--Editors: Poe, Moe",
        ),
    ] {
        each_variant(text, |a, _, variant| {
            let byline = a.byline().map(|b| b.as_str());
            assert!(
                byline.is_none() || byline == Some("By Tom Roe"),
                "{variant}"
            );
            let paragraphs = paragraph_texts(a);
            assert_eq!(
                paragraphs.last().map(String::as_str),
                Some(last),
                "{text:?} ({variant})"
            );
        });
    }
}

/// Critics', syndicates' and guest writers' bylines: a role line under the
/// names (`Film Critic`, `Crescent Features Syndicate`, `Special to the
/// Sun-Ledger`, an outlet's name, `Stanford Report`), a book review's
/// `Reviewed by`, an opinion page's `Opinion by`, `Analysis by` and
/// `Commentary by`, Tribune News Service's `(TNS)` and `Ann Poe: Guest
/// columnist`; a colon after a word that is no name stays a headline's, and
/// names after `and`, a sentence or a headline's words are no outlet.
#[test]
fn critics_and_guest_writers_bylines() {
    for (block, byline) in [
        ("By Nadia Sorensen\nFilm Critic", "By Nadia Sorensen"),
        (
            "By Dolores Fenwick\nCrescent Features Syndicate",
            "By Dolores Fenwick",
        ),
        (
            "By Gideon Farraday\nSpecial to the Sun-Ledger",
            "By Gideon Farraday",
        ),
        ("Reviewed by Celia Hawthorne", "Reviewed by Celia Hawthorne"),
        ("Opinion by Wendell Asagi", "Opinion by Wendell Asagi"),
        ("Analysis by Felix Marangoni", "Analysis by Felix Marangoni"),
        (
            "Commentary by Felix Marangoni, Valley Post",
            "Commentary by Felix Marangoni, Valley Post",
        ),
        // a syndicate's tag after the paper (Tribune News Service)
        (
            "By Warrick Delacroix, Harbor Ledger (TNS)",
            "By Warrick Delacroix, Harbor Ledger (TNS)",
        ),
        ("By Warrick Delacroix (TNS)", "By Warrick Delacroix (TNS)"),
        // an outlet's name under the names
        (
            "By Priya Nandakumar\nStanford Report",
            "By Priya Nandakumar",
        ),
        ("By Moses Ssekandi\nNew Vision", "By Moses Ssekandi"),
        (
            "Grace Okafor: Guest columnist",
            "Grace Okafor: Guest columnist",
        ),
    ] {
        let text = format!(
            "The quiet triumph of small gestures\n\n{block}\n\nThe film opens on a beach.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.byline().map(|b| b.as_str()),
                Some(byline),
                "{block:?} ({variant})"
            );
        });
    }
    each_variant(
        "Rural clinics\n\nOpinion: Guest columnist\n\nThe clinic serves four townships.\n\nMore.",
        |a, _, variant| assert!(a.byline().is_none(), "{variant}"),
    );
    // names run on after `and` are no outlet, nor is a line of a sentence
    for block in [
        "By Ann Poe and\nTom Roe",
        "By Ann Poe\nwho covered the talks for a decade",
        "By Ann Poe\nwith additional reporting",
        "By Ann Poe\nCouncil Votes To Close Three Small Schools",
        "By Ann Poe\nCouncil Votes Today.",
    ] {
        let text =
            format!("Rural clinics\n\n{block}\n\nThe clinic serves four townships.\n\nMore.");
        each_variant(&text, |a, _, variant| {
            let title = a.byline().and_then(|b| b.title());
            assert!(title.is_none(), "{block:?}: {title:?} ({variant})");
        });
    }
}

/// Papers print where the reporter wrote from on its own line under the
/// names (`By Tariq Awan` / `Islamabad`): the byline, the place its title
/// and no affiliation; a line of capitalised words the tables do not know
/// as a place is read as an outlet's name, the affiliation.
#[test]
fn place_line_under_a_byline() {
    for (by, place) in [
        ("By Tariq Awan", "Islamabad"),
        ("By Ngozi Amadi", "Port Harcourt"),
    ] {
        let text = format!(
            "Gas cuts announced\n\n{by}\n{place}\n\nISLAMABAD: The company announced cuts on Tuesday.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            let b = a.byline().ok_or("a byline");
            assert_eq!(b.map(|b| b.as_str()), Ok(by), "{variant}");
            assert_eq!(b.map(|b| b.title()), Ok(Some(place)), "{variant}");
            assert_eq!(b.map(|b| b.affiliation()), Ok(None), "{variant}");
        });
    }
    each_variant(
        "Gas cuts announced\n\nBy Tariq Awan\nGotham Springs\n\nISLAMABAD: The company announced cuts.",
        |a, _, variant| {
            let b = a.byline().ok_or("a byline");
            assert_eq!(
                b.map(|b| b.affiliation()),
                Ok(Some("Gotham Springs")),
                "{variant}"
            );
        },
    );
}

/// The New York Times news service sends its copyright line under the
/// byline (`c.2026 N.Y. Times News Service`), in the byline's block or its
/// own: a `Copyright` trailer, not the byline's affiliation or the body.
#[test]
fn news_service_line_under_a_byline() {
    for gap in ["\n", "\n\n"] {
        let text = format!(
            "Court Takes Up Drone Case\n\nBy ANN POE{gap}c.2026 N.Y. Times News Service\n\nWASHINGTON _ The court agreed on Friday to hear the case."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.byline().map(|b| b.as_str()),
                Some("By ANN POE"),
                "{variant}"
            );
            assert_eq!(kinds_of(a), [T::Copyright], "{variant}");
            assert_eq!(
                a.dateline().map(|d| d.as_str()),
                Some("WASHINGTON _"),
                "{variant}"
            );
            assert_eq!(
                paragraph_texts(a),
                ["The court agreed on Friday to hear the case."],
                "{variant}"
            );
        });
    }
}

/// A news service's copyright on the byline's own line, after the names
/// (`By ANN POE c.2026 N.Y. Times News Service`, `By Ann Poe (c) 2026, The
/// Washington Post`), is the byline's affiliation; before, the line was no
/// byline and became the deck. An agency's name in brackets is no copyright.
#[test]
fn news_service_copyright_on_the_byline_line() {
    for (line, authors, affiliation) in [
        (
            "By ANN POE c.2026 N.Y. Times News Service",
            &["ANN POE"][..],
            Some("c.2026 N.Y. Times News Service"),
        ),
        (
            "By Ann Poe (c) 2026, The Washington Post",
            &["Ann Poe"][..],
            Some("(c) 2026, The Washington Post"),
        ),
        ("By Ann Poe (CNN)", &["Ann Poe"][..], Some("CNN")),
    ] {
        let text = format!(
            "Court Takes Up Drone Case\n\n{line}\n\nWASHINGTON _ The court agreed on Friday to hear the case."
        );
        each_variant(&text, |a, _, variant| {
            let b = a.byline();
            assert_eq!(b.map(|b| b.as_str()), Some(line), "{variant}");
            let got: Option<Vec<&str>> = b.map(|b| b.authors().collect());
            assert_eq!(got.as_deref(), Some(authors), "{variant}");
            assert_eq!(b.and_then(|b| b.affiliation()), affiliation, "{variant}");
            assert!(a.deck().is_none(), "{variant}");
        });
    }
}

/// GlobeNewswire's page prints the time and the issuer under the headline,
/// above the wire's own dateline: a time stamp, not a deck.
#[test]
fn issuer_stamp_under_a_release_headline() {
    let text = "Acme Reports Third Quarter Results\n\nNovember 28, 2026 08:00 ET | Source: Acme Corp\n\nNEW YORK, Nov. 28, 2026 (GLOBE NEWSWIRE) -- Acme Corp today reported results.";
    each_variant(text, |a, _, variant| {
        assert!(a.deck().is_none(), "{variant}");
        assert_eq!(kinds_of(a), [T::Timestamp], "{variant}");
        assert_eq!(
            a.dateline().and_then(|d| d.source()).map(|s| s.as_str()),
            Some("GLOBE NEWSWIRE"),
            "{variant}"
        );
    });
}

/// A press release's label over its headline (`MEDIA RELEASE`, `STOCK
/// EXCHANGE RELEASE`, `Inside information`) is the kicker, with the date
/// after it on its line a time stamp, or before it and a bar (`10 April
/// 2024 | News release`); the issuer's name next to the label
/// is furniture, an embargo an editor's note, a `Release date:` a stamp;
/// a sentence-case subhead under the headline is the deck. A headline
/// under a label, a headline opening with a label's words, an embargo's
/// word in a headline and a company's name with no label are read as
/// before.
#[test]
fn release_labels_over_the_headline() {
    let story = "\n\nAcme Medical A/S said today that it had named a new chief financial officer.";
    // (the header over the story, then the kicker, headline, deck and
    // trailer kinds read)
    type Row<'r> = (&'r str, Option<&'r str>, &'r str, Option<&'r str>, &'r [T]);
    let rows: [Row<'_>; 19] = [
        (
            "PRESS RELEASE\nFOR IMMEDIATE RELEASE\n\nAcme Medical Opens Plant in Leeds",
            Some("PRESS RELEASE"),
            "Acme Medical Opens Plant in Leeds",
            None,
            &[T::Furniture],
        ),
        (
            "Company announcement No. 23/2026\n\nAcme Medical Names New Finance Chief",
            Some("Company announcement No. 23/2026"),
            "Acme Medical Names New Finance Chief",
            None,
            &[],
        ),
        (
            "ACME MEDICAL B.V.\nPRESS RELEASE\n\nACME MEDICAL B.V. EXPANDS IN THE NETHERLANDS",
            Some("PRESS RELEASE"),
            "ACME MEDICAL B.V. EXPANDS IN THE NETHERLANDS",
            None,
            &[T::Furniture],
        ),
        (
            "MEDIA RELEASE\t\t\tDate: 23/11/2020\n\nAcme Drug Meets Primary Endpoint in Study",
            Some("MEDIA RELEASE"),
            "Acme Drug Meets Primary Endpoint in Study",
            None,
            &[T::Timestamp],
        ),
        // (its date after it, in one block with the headline and deck)
        (
            "MEDIA RELEASE\t\tDate: 23/11/2020\nAcme Drug Meets Primary Endpoint in Study\nThe company says the drug cut coughing by a third",
            Some("MEDIA RELEASE"),
            "Acme Drug Meets Primary Endpoint in Study",
            Some("The company says the drug cut coughing by a third"),
            &[T::Timestamp],
        ),
        (
            "Inside information\nAcme Medical Oyj\n6 December 2022 at 18:14 CET\n\nAcme Medical Oyj: Net Sales Up 22% in the Third Quarter",
            Some("Inside information"),
            "Acme Medical Oyj: Net Sales Up 22% in the Third Quarter",
            None,
            &[T::Furniture, T::Timestamp],
        ),
        (
            "ACME MEDICAL LTD\n\nNEWS RELEASE\nRelease date: May 2, 2025\n\nAcme Medical Opens Plant in Leeds",
            Some("NEWS RELEASE"),
            "Acme Medical Opens Plant in Leeds",
            None,
            &[T::Furniture, T::Timestamp],
        ),
        (
            "EMBARGOED UNTIL 00:01 GMT, 24 JULY 2025\nNEWS RELEASE\n\nAcme Medical Unveils Pallet Mover",
            Some("NEWS RELEASE"),
            "Acme Medical Unveils Pallet Mover",
            None,
            &[T::EditorsNote],
        ),
        // (a stamp and the label after a bar, as the WHO prints them; not
        // a place with a figure, nor words after the label)
        (
            "10 April 2024 | News release\n\nH5N1 detected in cattle in another state",
            Some("News release"),
            "H5N1 detected in cattle in another state",
            None,
            &[T::Timestamp],
        ),
        (
            "10 Downing Street | Press release\n\nPrime Minister announces new housing plan",
            None,
            "10 Downing Street | Press release",
            Some("Prime Minister announces new housing plan"),
            &[],
        ),
        (
            "10 April 2024 | News releases and statements\n\nH5N1 detected in cattle in another state",
            None,
            "10 April 2024 | News releases and statements",
            Some("H5N1 detected in cattle in another state"),
            &[],
        ),
        // (a journal's embargo, over its press office's contact)
        (
            "EMBARGOED FOR RELEASE: 11 A.M. ET, FRIDAY, SEPTEMBER 5, 2025\n\nMedia contact: Ann Poe, Journal Press Office\n\nTutoring gains hold up a year later",
            None,
            "Tutoring gains hold up a year later",
            None,
            &[T::EditorsNote, T::Contact],
        ),
        (
            "Embargoed for release until 00:01 GMT, 24 July 2025\n\nAcme Medical Unveils Pallet Mover",
            None,
            "Acme Medical Unveils Pallet Mover",
            None,
            &[T::EditorsNote],
        ),
        (
            "Acme Medical A/S\nSTOCK EXCHANGE RELEASE\n5 August 2019 at 19:14 EET\n\nAcme Medical A/S Names Ann Poe Chief Financial Officer\nAppointment follows a search led by the board's nomination committee",
            Some("STOCK EXCHANGE RELEASE"),
            "Acme Medical A/S Names Ann Poe Chief Financial Officer",
            Some("Appointment follows a search led by the board's nomination committee"),
            &[T::Furniture, T::Timestamp],
        ),
        // (the stamp between the issuer and the label)
        (
            "Acme Medical AB\n15 May 2026 07:30\n\nPress release\n\nAcme Medical signs supply agreement worth SEK 51 million",
            Some("Press release"),
            "Acme Medical signs supply agreement worth SEK 51 million",
            None,
            &[T::Furniture, T::Timestamp],
        ),
        (
            "PRESS RELEASE\nAcme Medical Group\n\nAcme Medical Opens Plant in Leeds",
            Some("PRESS RELEASE"),
            "Acme Medical Opens Plant in Leeds",
            None,
            &[T::Furniture],
        ),
        // a headline under the label, ending in a company's name
        (
            "PRESS RELEASE\nRivals Bid for Acme Medical Group",
            Some("PRESS RELEASE"),
            "Rivals Bid for Acme Medical Group",
            None,
            &[],
        ),
        (
            "Media release times shift as agency moves online",
            None,
            "Media release times shift as agency moves online",
            None,
            &[],
        ),
        (
            "Embargoed until 2027, files on the strike stay shut",
            None,
            "Embargoed until 2027, files on the strike stay shut",
            None,
            &[],
        ),
    ];
    for (head, kicker, headline, deck, kinds) in rows {
        let text = format!("{head}{story}");
        each_variant(&text, |a, _, variant| {
            let what = format!("{head:?} ({variant})");
            let lf = |s: &str| s.replace("\r\n", "\n");
            assert_eq!(a.kicker().map(|h| h.as_str()), kicker, "{what}");
            assert_eq!(
                a.headline().map(|h| lf(h.as_str())).as_deref(),
                Some(headline),
                "{what}"
            );
            assert_eq!(a.deck().map(|h| h.as_str()), deck, "{what}");
            assert_eq!(kinds_of(a), kinds, "{what}");
        });
    }
}

/// A release service's lines over the release are furniture: its address
/// to the desks, a distribution notice, its credit, EQS's issuer and
/// keywords line and a service's number; a company announcement's number
/// in lower case is its label. Lines of the same words in a sentence are
/// read as before.
#[test]
fn release_services_lines_over_the_headline() {
    let story = "\n\nACME, Nov. 12, 2026 /PRNewswire/ -- Acme Mills said today that it had named a new chief financial officer.";
    let rows: [(&str, Option<&str>, &[T]); 9] = [
        ("TO BUSINESS AND FINANCIAL EDITORS:", None, &[T::Furniture]),
        (
            "/NOT FOR DISTRIBUTION TO UNITED STATES NEWSWIRE SERVICES OR FOR DISSEMINATION IN THE UNITED STATES/",
            None,
            &[T::Furniture],
        ),
        (
            "Press Release Distributed by 24-7 Press Release",
            None,
            &[T::Furniture],
        ),
        ("Press Release from: Acme Mills", None, &[T::Furniture]),
        (
            "EQS-News: Acme Mills AG / Key word(s): Personnel",
            None,
            &[T::Furniture],
        ),
        ("AsiaNet 0815562", None, &[T::Furniture]),
        ("OTS0114    2026-11-11/10:32", None, &[T::Furniture]),
        (
            "Company announcement no. 31/2026",
            Some("Company announcement no. 31/2026"),
            &[],
        ),
        // (with the headline in one block)
        (
            "EQS-News: Acme Mills AG / Key word(s): Personnel\nAcme Mills Names New Finance Chief",
            None,
            &[T::Furniture],
        ),
    ];
    for (head, kicker, kinds) in rows {
        let head = head
            .strip_suffix("\nAcme Mills Names New Finance Chief")
            .map_or_else(
                || format!("{head}\n\nAcme Mills Names New Finance Chief"),
                |h| format!("{h}\nAcme Mills Names New Finance Chief"),
            );
        let text = format!("{head}{story}");
        each_variant(&text, |a, _, variant| {
            let what = format!("{head:?} ({variant})");
            assert_eq!(a.kicker().map(|h| h.as_str()), kicker, "{what}");
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Acme Mills Names New Finance Chief"),
                "{what}"
            );
            assert_eq!(kinds_of(a), kinds, "{what}");
        });
    }
    // the same words opening a headline
    for headline in [
        "To Editors: Acme Mills Names New Finance Chief",
        "Not for distribution to rivals: how Acme kept its plans quiet",
        "Press release from Acme draws complaints",
        "DGAP-News: Acme Mills AG: Acme Mills Names New Finance Chief",
        "OTSUKA SHARES JUMP ON DRUG APPROVAL",
    ] {
        let text = format!("{headline}{story}");
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some(headline),
                "{variant}"
            );
            assert!(a.trailers().is_empty(), "{headline:?} ({variant})");
        });
    }
}

/// Agencies' credits beside the names under the headline: `By Ann Poe with
/// AFP` and the Guardian's `Ann Poe and agencies` (the agencies the
/// affiliation), AAP's `(Australian Associated Press)` under the names
/// (the byline's title); the stamps under them, in dpa's `15.05.2023,
/// 13:58` or with a zone's offset (`9:14 AM GMT+1`), are time stamps.
#[test]
fn agency_credits_beside_the_names() {
    type Row<'r> = (
        &'r str,
        &'r str,
        &'r [&'r str],
        Option<&'r str>,
        Option<&'r str>,
    );
    let rows: [Row<'_>; 5] = [
        (
            "By Ann Poe with AFP\n21 May 2026",
            "By Ann Poe with AFP",
            &["Ann Poe"],
            Some("AFP"),
            None,
        ),
        (
            "Ann Poe and agencies\nWed 31 Aug 2022 19.17 GMT",
            "Ann Poe and agencies",
            &["Ann Poe"],
            Some("agencies"),
            None,
        ),
        (
            "Ann Poe\n(Australian Associated Press)\n28 July 2025, 3:41 am",
            "Ann Poe",
            &["Ann Poe"],
            Some("(Australian Associated Press)"),
            Some("(Australian Associated Press)"),
        ),
        (
            "Ann Poe, dpa\n15.05.2023, 13:58",
            "Ann Poe, dpa",
            &["Ann Poe"],
            Some("dpa"),
            None,
        ),
        (
            "By Ann Poe and Tom Roe | Reuters\nFebruary 1, 2021 9:14 AM GMT+1",
            "By Ann Poe and Tom Roe | Reuters",
            &["Ann Poe", "Tom Roe"],
            Some("Reuters"),
            None,
        ),
    ];
    for (names, byline, authors, affiliation, title) in rows {
        let text = format!(
            "Storm Hits the Coast\n\n{names}\n\nThe storm hit the coast on Monday, officials said."
        );
        each_variant(&text, |a, _, variant| {
            let what = format!("{names:?} ({variant})");
            let b = a.byline();
            assert_eq!(b.map(|b| b.as_str()), Some(byline), "{what}");
            assert_eq!(
                b.map(|b| b.authors().collect::<Vec<_>>())
                    .unwrap_or_default(),
                authors,
                "{what}"
            );
            assert_eq!(b.and_then(|b| b.affiliation()), affiliation, "{what}");
            assert_eq!(b.and_then(|b| b.title()), title, "{what}");
            assert!(a.deck().is_none(), "{what}");
            assert_eq!(kinds_of(a), [T::Timestamp], "{what}");
        });
    }
}

/// Companies' newsroom and blog pages copied as text: a trail of sections
/// (`Resources / Blog`) over a headline with its standfirst in one block,
/// the names over the date and reading time (`April 29, 2024 · 9 min
/// read`), the page's controls (`‹ Back to news`, `Download PDF (179 KB)`,
/// `Share`) and category (`Category: Corporate news`), a label and the
/// date parted by a bar (`Press release | 17 June 2019`, read as a menu).
#[test]
fn company_newsroom_pages() {
    let blog = "Resources / Blog\n\nWhy we publish our supplier list\nEvery farm we buy from, and what we check when we visit.\n\nBy Ann Poe, Chief Marketing Officer\nApril 29, 2024 · 9 min read\n\nShare\n\nToday we are publishing the name of every farm that grows what we sell.";
    each_variant(blog, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Why we publish our supplier list"),
            "{variant}"
        );
        assert_eq!(
            a.deck().map(|h| h.as_str()),
            Some("Every farm we buy from, and what we check when we visit."),
            "{variant}"
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("By Ann Poe, Chief Marketing Officer"),
            "{variant}"
        );
        assert_eq!(
            kinds_of(a),
            [T::Furniture, T::Timestamp, T::Furniture],
            "{variant}"
        );
        assert_eq!(a.paragraphs().count(), 1, "{variant}");
    });
    // the stamp over the names, the role after a bar: the standfirst over
    // them is the deck (over the story's paragraphs, a line under the
    // title is the first paragraph, as before)
    let blog = "Home > Blog > Product\n\nHow we rebuilt our routing engine\nA look at the trade-offs behind fairer delivery windows.\n\n14 November 2023\nAnn Poe | Head of Research\n\nShare\n\nWhen we started delivering to farms, our planner assumed paved roads.";
    each_variant(blog, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("How we rebuilt our routing engine"),
            "{variant}"
        );
        assert_eq!(
            a.deck().map(|h| h.as_str()),
            Some("A look at the trade-offs behind fairer delivery windows."),
            "{variant}"
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("Ann Poe | Head of Research"),
            "{variant}"
        );
    });
    let plain = "Storm hits the coast\nForecasters say more rain is due on Friday.\n\nThe storm hit on Monday, and crews cleared roads through the night.\n\nSchools stayed shut.";
    each_variant(plain, |a, _, variant| {
        assert!(a.deck().is_none(), "{variant}");
        assert_eq!(a.paragraphs().count(), 3, "{variant}");
    });
    let release = "‹ Back to news\n\nCategory: Corporate news\n\nPress release | 17 June 2019\n\nAcme Robotics N.V. Introduces a Pallet Mover\n\nDownload PDF (179 KB)\n\nAMSTERDAM, June 17, 2019 – Acme Robotics N.V. today introduced a pallet mover.";
    each_variant(release, |a, _, variant| {
        assert!(a.kicker().is_none(), "{variant}");
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Acme Robotics N.V. Introduces a Pallet Mover"),
            "{variant}"
        );
        assert!(a.byline().is_none(), "{variant}");
        assert_eq!(
            a.dateline().map(|d| d.as_str()),
            Some("AMSTERDAM, June 17, 2019 –"),
            "{variant}"
        );
        let furniture: Vec<_> = a
            .trailers()
            .iter()
            .filter(|t| t.kind() == T::Furniture)
            .map(|t| t.as_str())
            .collect();
        assert_eq!(
            furniture,
            [
                "‹ Back to news",
                "Category: Corporate news",
                "Press release | 17 June 2019",
                "Download PDF (179 KB)"
            ],
            "{variant}"
        );
    });
}

/// A page's note on an old story (`This article is more than 1 year old`)
/// or on a machine's summary (Rappler's `This is AI generated
/// summarization, …`) is furniture, and a second kicker under the first (`ENVIRONMENT` /
/// `Analysis`) too: the headline is the display line under them. A kicker
/// over no headline stays the headline, as before, and so does a headline
/// opening with the note's words.
#[test]
fn age_notes_and_stacked_kickers() {
    let rows: [(&str, Option<&str>, &str); 5] = [
        // (a headline that opens so is none)
        (
            "This article is more than a review of the year\n\nCouncillors rejected the plans on Tuesday.",
            None,
            "This article is more than a review of the year",
        ),
        (
            "This article is more than 1 year old\n\nPlans for wind farm near Swansea rejected\n\nCouncillors rejected the plans on Tuesday.",
            None,
            "Plans for wind farm near Swansea rejected",
        ),
        // (so is Rappler's note on the machine's summary, and the
        // dateline under it is read)
        (
            "LTO suspends license of bus driver\nThe office also orders the bus company to explain why its franchise should stand\nANN POE\nPublished 3:25 PM, March 03, 2026\nUpdated 5:10 PM, March 03, 2026\nThis is AI generated summarization, which may have errors. For context, always refer to the full article.\n\nMANILA, Philippines \u{2013} The Land Transportation Office on Tuesday suspended for 90 days the license of a bus driver involved in a crash on EDSA that killed two motorcycle riders, officials said.",
            None,
            "LTO suspends license of bus driver",
        ),
        (
            "ENVIRONMENT\nAnalysis\nCoastal erosion: residents demand action after storm\n\nResidents of a beachside street say they fear for their homes.",
            Some("ENVIRONMENT"),
            "Coastal erosion: residents demand action after storm",
        ),
        (
            "ENVIRONMENT\nAnalysis\n\nResidents of a beachside street say they fear for their homes.",
            Some("ENVIRONMENT"),
            "Analysis",
        ),
    ];
    for (text, kicker, headline) in rows {
        each_variant(text, |a, _, variant| {
            let what = format!("{text:?} ({variant})");
            assert_eq!(a.kicker().map(|h| h.as_str()), kicker, "{what}");
            assert_eq!(a.headline().map(|h| h.as_str()), Some(headline), "{what}");
            if text.contains("MANILA") {
                assert_eq!(
                    a.dateline().map(|d| d.as_str()),
                    Some("MANILA, Philippines \u{2013}"),
                    "{what}"
                );
            }
        });
    }
}

/// A date with its weekday on a line of its own under the headline is a
/// time stamp: the weekday is not a dateline's place.
#[test]
fn weekday_date_under_the_headline() {
    for stamp in ["Monday, November 28, 2026", "FRIDAY, NOV. 28, 2026"] {
        let text = format!("Storm Nears Coast\n\n{stamp}\n\nWinds rose on Friday.");
        each_variant(&text, |a, _, variant| {
            assert!(a.dateline().is_none(), "{stamp} ({variant})");
            assert_eq!(a.headline().map(|h| h.as_str()), Some("Storm Nears Coast"));
            assert_eq!(kinds_of(a), [T::Timestamp], "{stamp} ({variant})");
            assert_eq!(paragraph_texts(a), ["Winds rose on Friday."], "{variant}");
        });
    }
}

/// Scraped text often runs the headline into the story with no blank line
/// between: a display line above paragraphs laid out one a line is the
/// headline, also wrapped in sentence case, with a byline under it, or over
/// one sentence with more blocks under it. The first line of a hard-wrapped
/// paragraph, a sentence, or a line above a short text is not.
#[test]
fn title_line_above_one_paragraph_a_line() {
    const LONG: &str = "Oil prices rose on Friday as traders weighed supply from the Gulf and a cold winter in Europe, analysts said.";
    const WRAPPED: &str = "Bahia on Friday, the company said.\nRain fell.\nFarmers were pleased.";
    let rows: Vec<(String, Option<&str>, Vec<String>)> = vec![
        (
            format!("Oil Prices Rise\n{LONG}\nTraders said supply was tight."),
            Some("Oil Prices Rise"),
            vec![LONG.into(), "Traders said supply was tight.".into()],
        ),
        (
            format!("Oil prices rise on supply worries\n{LONG}"),
            Some("Oil prices rise on supply worries"),
            vec![LONG.into()],
        ),
        (
            "Key points\nSales rose.\nProfit fell.\nCosts rose.".into(),
            Some("Key points"),
            vec![
                "Sales rose.".into(),
                "Profit fell.".into(),
                "Costs rose.".into(),
            ],
        ),
        // a headline wrapped in sentence case, a byline under the title, a
        // standfirst's sentence with a block under it
        (
            format!("Scientists track a rare whale calf off the coast\nusing drone footage\n{LONG}\nTraders said supply was tight."),
            Some("Scientists track a rare whale calf off the coast\nusing drone footage"),
            vec![LONG.into(), "Traders said supply was tight.".into()],
        ),
        (
            format!("HOSPITAL OPENS ROBOTIC SURGERY SUITE\nBy THOMAS REILLY\n{LONG}\nTraders said supply was tight."),
            Some("HOSPITAL OPENS ROBOTIC SURGERY SUITE"),
            vec![LONG.into(), "Traders said supply was tight.".into()],
        ),
        (
            "Community garden feeds hundreds from a vacant lot\nVolunteers turned a fenced parcel into a source of vegetables.\n\nWhat was once a vacant lot now grows tomatoes.".into(),
            Some("Community garden feeds hundreds from a vacant lot"),
            vec![
                "Volunteers turned a fenced parcel into a source of vegetables.".into(),
                "What was once a vacant lot now grows tomatoes.".into(),
            ],
        ),
        // (with nothing under it, the sentence may be the story's whole)
        (
            "Oil prices rise on supply worries\nTraders said supply was tight in the Gulf this week.".into(),
            None,
            vec!["Oil prices rise on supply worries\nTraders said supply was tight in the Gulf this week.".into()],
        ),
        // a wrapped sentence's first line ends in a small word, trailing
        // blank space or not
        (
            format!("Showers continued throughout the week in\n{WRAPPED}"),
            None,
            vec![format!(
                "Showers continued throughout the week in\n{WRAPPED}"
            )],
        ),
        (
            format!("Showers continued throughout the week in \t\n{WRAPPED}"),
            None,
            vec![format!(
                "Showers continued throughout the week in \t\n{WRAPPED}"
            )],
        ),
        // lines too few and short to be one paragraph a line
        (
            "Oil prices rise\nTraders said supply was tight.".into(),
            None,
            vec!["Oil prices rise\nTraders said supply was tight.".into()],
        ),
        // a sentence first
        (
            format!("Oil prices rose.\n{LONG}"),
            None,
            vec!["Oil prices rose.".into(), LONG.into()],
        ),
    ];
    for (text, headline, paragraphs) in &rows {
        each_variant(text, |a, text, variant| {
            // (a wrapped headline's line break as `\n` in every variant)
            let got = a
                .headline()
                .map(|h| h.as_str().replace("\r\n", "\n").replace('\r', "\n"));
            assert_eq!(got.as_deref(), *headline, "{text:?} ({variant})");
            assert_eq!(paragraph_texts(a), *paragraphs, "{text:?} ({variant})");
        });
    }
}

/// Scraped pages run the header lines into the story with no blank line
/// between, the paragraphs one a line (or the first hard-wrapped): the
/// dateline is found on the second to fourth line under a headline, a
/// byline or a time stamp. A dateline-like line under the first line of a
/// wrapped sentence is not one.
#[test]
fn dateline_under_header_lines_in_a_run_on_block() {
    // text, headline, byline, dateline, paragraphs
    type Row<'a> = (
        &'a str,
        Option<&'a str>,
        Option<&'a str>,
        Option<&'a str>,
        &'a [&'a str],
    );
    let rows: &[Row<'_>] = &[
        (
            "Dollar gains as Fed signals pause\nLONDON (Reuters) - The dollar rose on Friday.\nTraders said the move was small.\nThe euro fell.\nSterling was flat.",
            Some("Dollar gains as Fed signals pause"),
            None,
            Some("LONDON (Reuters) -"),
            &[
                "The dollar rose on Friday.",
                "Traders said the move was small.",
                "The euro fell.",
                "Sterling was flat.",
            ],
        ),
        (
            "Dollar gains as Fed signals pause\nBy Ann Poe\nLONDON (Reuters) - The dollar rose on Friday.\nTraders said the move was small.\nThe euro fell.",
            Some("Dollar gains as Fed signals pause"),
            Some("By Ann Poe"),
            Some("LONDON (Reuters) -"),
            &[
                "The dollar rose on Friday.",
                "Traders said the move was small.",
                "The euro fell.",
            ],
        ),
        // the dateline's line indented with a tab (a width of four, one byte)
        (
            "Dollar gains\nBy Ann Poe\n\tLima, Peru (AP) - The dollar rose on Friday.\nTraders said the move was small.\nThe euro fell.",
            Some("Dollar gains"),
            Some("By Ann Poe"),
            Some("Lima, Peru (AP) -"),
            // (an indented first line over lines that are not: one paragraph)
            &["The dollar rose on Friday.\nTraders said the move was small.\nThe euro fell."],
        ),
        // the first paragraph hard-wrapped under a byline and a stamp
        (
            "Dollar gains\nBy Ann Poe, Reuters\nNovember 28, 2026\nLONDON (Reuters) - The dollar rose on Friday as\ntraders weighed the Fed's pause.",
            Some("Dollar gains"),
            Some("By Ann Poe, Reuters"),
            Some("LONDON (Reuters) -"),
            &["The dollar rose on Friday as\ntraders weighed the Fed's pause."],
        ),
    ];
    for (text, headline, byline, dateline, paragraphs) in rows {
        each_variant(text, |a, text, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                *headline,
                "{text:?} ({variant})"
            );
            assert_eq!(
                a.byline().map(|b| b.as_str()),
                *byline,
                "{text:?} ({variant})"
            );
            assert_eq!(
                a.dateline().map(|d| d.as_str()),
                *dateline,
                "{text:?} ({variant})"
            );
            let want: Vec<String> = paragraphs.iter().map(|p| (*p).to_string()).collect();
            assert_eq!(paragraph_texts(a), want, "{text:?} ({variant})");
        });
    }
    // a broadcaster's page: its share bar a control a line, fifteen lines
    // over the story
    let text = "Politics Jul 14, 2025 5:40 PM EDT\nHouse passes bill to extend wildfire aid\nBy Ann Poe\nLeave your feedback\nShare\nCopy URL\nhttps://www.example.org/newshour/politics/wildfire-aid\nEmail\nFacebook\nTwitter\nLinkedIn\nPinterest\nTumblr\nShare on Facebook\nShare on Twitter\nWASHINGTON (AP) — The House voted Monday to extend a wildfire program.\nThe bill passed 318-104.";
    each_variant(text, |a, _, variant| {
        assert_headline_dateline(
            a,
            "House passes bill to extend wildfire aid",
            "WASHINGTON (AP) —",
            variant,
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("By Ann Poe"),
            "{variant}"
        );
    });
    // the first line of a wrapped sentence is no header line, nor is a
    // sentence or a line over 150 bytes
    for text in [
        "The minister said it had been a long week in\nWASHINGTON (AP) - style politics, and left.\nHe said nothing.\nMore text follows.\nAnd more.",
        "Officials met on Friday to discuss the budget.\nLONDON (Reuters) - The dollar rose on Friday.\nHe said nothing.\nMore text follows.\nAnd more.",
        "Ministers From Every Member State Of The Union Flew Back From The Summit In Brussels Late On Thursday Night After Talks On The Budget Ran Long Into A Third Day Of Rows\nLONDON (Reuters) - The dollar rose on Friday.\nHe said nothing.\nMore text follows.\nAnd more.",
    ] {
        each_variant(text, |a, text, variant| {
            assert_eq!(
                a.dateline().map(|d| d.as_str()),
                None,
                "{text:?} ({variant})"
            );
        });
    }
}

/// The tails of other houses: PR Newswire's and Canada NewsWire's contact
/// headings and link to the original release; AP's contributors between
/// rules and its pointer to more coverage; Xinhua's `Enditem` run on after
/// the last sentence.
#[test]
fn tails_of_other_houses() {
    let rows: &[(&str, &[T], &[&str])] = &[
        (
            "CHICAGO, Nov. 28, 2026 /PRNewswire/ -- Acme Corp. opened a yard.\n\nThe yard employs 200 people.\n\nInvestor Relations:\nTom Roe\n555-0101\n\nFor further information: Ann Poe, 555-0100\n\nView original content:https://example.com/news/acme.html\n\nSOURCE Acme Corp.",
            &[T::Contact, T::Contact, T::Promo, T::SourceLine],
            &["Acme Corp. opened a yard.", "The yard employs 200 people."],
        ),
        (
            "MIAMI (AP) — Winds rose.\n\n___\n\nAssociated Press writer Tom Roe contributed to this report.\n\n___\n\nFollow AP's coverage of hurricanes at https://example.com/hub",
            &[T::EndMark, T::Contributors, T::EndMark, T::Promo],
            &["Winds rose."],
        ),
        (
            "BEIJING, Nov. 28 (Xinhua) -- Talks began.\n\nBoth sides met. Enditem",
            &[T::EndMark],
            &["Talks began.", "Both sides met."],
        ),
        // a last sentence that opens as a pointer does is text
        (
            "MIAMI (AP) — Winds rose.\n\nFollow the money, investigators said.",
            &[],
            &["Winds rose.", "Follow the money, investigators said."],
        ),
        (
            "MIAMI (AP) — Winds rose.\n\nRead more about it in the report, she said.",
            &[],
            &["Winds rose.", "Read more about it in the report, she said."],
        ),
        // a rule of `-` or `_` between the story and its credit, with no
        // blank lines, as indented wire copy and pasted pages have it: a
        // unit of its own, and so is the line under it
        (
            "NEW YORK (AP) - Stocks rose Tuesday.\n---\nTom Roe contributed to this report.",
            &[T::EndMark, T::Contributors],
            &["Stocks rose Tuesday."],
        ),
        (
            "   NEW YORK (AP) _ Stocks rose Tuesday.\n   ___\n   Associated Press writer Tom Roe contributed to this report.",
            &[T::EndMark, T::Contributors],
            &["Stocks rose Tuesday."],
        ),
        (
            "MIAMI (AP) — Winds rose.\n\n-----\n\nAssociated Press writer Tom Roe contributed to this report.",
            &[T::EndMark, T::Contributors],
            &["Winds rose."],
        ),
    ];
    for (text, kinds, paragraphs) in rows {
        each_variant(text, |a, _, variant| {
            assert_eq!(kinds_of(a), *kinds, "{text:?} ({variant})");
            assert_eq!(paragraph_texts(a), *paragraphs, "{text:?} ({variant})");
            assert!(
                a.sections().iter().all(|s| s.heading().is_none()),
                "{text:?} ({variant})"
            );
        });
    }
    // the run-on mark's span is the mark alone
    each_variant(
        "BEIJING (Xinhua) -- Talks began. Enditem",
        |a, text, variant| {
            let end = text.len();
            let spans: Vec<_> = a
                .trailers()
                .iter()
                .map(|t| (t.span().start(), t.span().end()))
                .collect();
            assert_eq!(spans, [(end - 7, end)], "{variant}");
        },
    );
}

/// The CNN / Daily Mail research corpus closes each story with its summary
/// points, each under an `@highlight` line: one trailer a point, the line and
/// the point's text, and no section heading among them.
#[test]
fn highlights_of_the_cnn_daily_mail_corpus() {
    let text = "(CNN) -- The council voted to close the bridge.\n\nThe bridge carries 40,000 cars a day.\n\n@highlight\n\nThe council votes to close the old bridge\n\n@highlight\n\nThe bridge carries 40,000 cars a day";
    each_variant(text, |a, text, variant| {
        assert_eq!(kinds_of(a), [T::Highlight, T::Highlight], "{variant}");
        let points: Vec<_> = a
            .trailers()
            .iter()
            .map(|t| t.as_str().rsplit(['\n', '\r']).next().unwrap_or(""))
            .collect();
        assert_eq!(
            points,
            [
                "The council votes to close the old bridge",
                "The bridge carries 40,000 cars a day"
            ],
            "{variant}"
        );
        assert!(
            a.trailers()
                .iter()
                .all(|t| t.as_str().starts_with("@highlight")),
            "{variant}"
        );
        assert_eq!(
            paragraph_texts(a),
            [
                "The council voted to close the bridge.",
                "The bridge carries 40,000 cars a day."
            ],
            "{variant}"
        );
        assert!(
            a.sections().iter().all(|s| s.heading().is_none()),
            "{variant}"
        );
        let last = a.trailers().last().map(|t| t.span().end());
        assert_eq!(last, Some(text.trim_end().len()), "{variant}");
    });
}

/// A printed page's folio over the story, as an e-paper's text keeps it
/// (the paper's name, the date, the page; the date on a line of its own
/// under a folio with no year): furniture, the headline under it.
#[test]
fn epaper_folios_over_the_headline() {
    for top in [
        "THE IRISH TIMES Saturday, October 10, 2026 7",
        "      THE DAILY COURIER                    A5\n      WEDNESDAY, APRIL 30, 2025",
        "   THE SUNDAY SENTINEL   *   REGION   *   PAGE A6",
    ] {
        let text = format!(
            "{top}\n\nSenate panel advances air traffic bill\n\nBy Ann Poe\nAssociated Press\n\nWASHINGTON (AP) — The Senate panel voted.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Senate panel advances air traffic bill"),
                "{top:?} ({variant})"
            );
            assert_eq!(
                a.trailers().first().map(|t| t.kind()),
                Some(T::Furniture),
                "{top:?} ({variant})"
            );
        });
    }
}

/// An agency's correction item is titled with its label (`Correction:
/// Wisconsin-Budget story`): that line is the headline, under a slug or
/// alone; a correction's note, a sentence, is a trailer over the headline.
#[test]
fn correction_items_titled_with_their_label() {
    let rows: &[(&str, Option<&str>, &[T])] = &[
        (
            "BC-US--Correction-Wisconsin-Budget\nCorrection: Wisconsin-Budget story\n\nIn a story published June 17 about the budget, The Associated Press misspelled a name.\n\nA corrected version follows.",
            Some("Correction: Wisconsin-Budget story"),
            &[T::Furniture],
        ),
        (
            "Correction: Housing-Starts story\n\nIn a story transmitted March 3, The Canadian Press erroneously reported that starts fell.\n\nIn fact, they fell 2 per cent.",
            Some("Correction: Housing-Starts story"),
            &[],
        ),
        (
            "Austria/Tourism/Correction\nCORRECTION: Tyrol records busiest summer season\n\nCorrection: In a report sent on Tuesday, dpa gave the wrong number.\n\nInnsbruck (dpa) - Tyrol recorded 29.4 million overnight stays.",
            Some("CORRECTION: Tyrol records busiest summer season"),
            &[T::Furniture, T::Correction],
        ),
        (
            "CORRECTION: An earlier version of this story misstated the vote.\n\nCouncil backs budget\n\nThe council backed the budget on Monday.",
            Some("Council backs budget"),
            &[T::Correction],
        ),
        (
            "CORRECTION: An earlier version of this story misstated the number of votes cast for the plan at the meeting on Monday\n\nCouncil backs budget\n\nThe council backed the budget on Monday.",
            Some("Council backs budget"),
            &[T::Correction],
        ),
        // (under the headline, a correction's label is its note's)
        (
            "Council backs budget\n\nCORRECTION: corrects vote count in paragraph 2\n\nThe council backed the budget on Monday.",
            Some("Council backs budget"),
            &[T::Correction],
        ),
    ];
    for (text, headline, kinds) in rows {
        each_variant(text, |a, _, variant| {
            let lf = |s: &str| s.replace("\r\n", "\n").replace('\r', "\n");
            assert_eq!(
                a.headline().map(|h| lf(h.as_str())).as_deref(),
                *headline,
                "{text:?} ({variant})"
            );
            assert_eq!(kinds_of(a), *kinds, "{text:?} ({variant})");
        });
    }
}

/// The AG News corpus joins an item's title and its text with a space:
/// the title runs on into the story on one line. Its credit in brackets,
/// repeated as the dateline's agency, or a place in capitals and its
/// agency after it, ends the title; a bracket that no dateline repeats
/// ends nothing.
#[test]
fn title_run_on_into_the_story() {
    type Row<'r> = (&'r str, Option<&'r str>, Option<&'r str>, Option<&'r str>);
    let rows: &[Row<'_>] = &[
        (
            "Storm Cuts Power to Thousands in Carolinas (AP) AP - A line of storms cut power to 90,000 homes on Monday, utilities said.",
            Some("Storm Cuts Power to Thousands in Carolinas"),
            Some("AP -"),
            Some("A line of storms cut power to 90,000 homes on Monday, utilities said."),
        ),
        (
            "Stocks Edge Higher Before Fed Meets (Reuters) NEW YORK (Reuters) - U.S. stocks edged higher on Monday as investors waited.",
            Some("Stocks Edge Higher Before Fed Meets"),
            Some("NEW YORK (Reuters) -"),
            Some("U.S. stocks edged higher on Monday as investors waited."),
        ),
        // (two spaces between the parts; a place of two words after a
        // slash; a feed's `\\` for its line breaks)
        (
            "Bond Sale Off to a Slow Start  WASHINGTON/NEW YORK (Reuters) - The sale of the bonds got off\\to a slow start on Friday.",
            Some("Bond Sale Off to a Slow Start"),
            Some("WASHINGTON/NEW YORK (Reuters) -"),
            Some("The sale of the bonds got off\\to a slow start on Friday."),
        ),
        (
            "Search firm's listing stumbles on share glitch SAN FRANCISCO (CBS.MW) -- The firm's share sale hit another snag on Monday.",
            Some("Search firm's listing stumbles on share glitch"),
            Some("SAN FRANCISCO (CBS.MW) --"),
            Some("The firm's share sale hit another snag on Monday."),
        ),
        // (a state's abbreviation in brackets after the place)
        (
            "Council Approves Budget SPRINGFIELD (Ill.) - The council voted on Monday to raise fees.",
            Some("Council Approves Budget"),
            Some("SPRINGFIELD (Ill.) -"),
            Some("The council voted on Monday to raise fees."),
        ),
        // (a title of four words or more with its credit and no separator
        // is no place)
        (
            "Oil and Growth Cloud Stocks' Outlook (Reuters) Reuters - Soaring crude prices are expected to hang over the market next week.",
            Some("Oil and Growth Cloud Stocks' Outlook"),
            Some("Reuters -"),
            Some("Soaring crude prices are expected to hang over the market next week."),
        ),
        // (a credit the dateline does not repeat; a sentence, its stop ending
        // it, before the dateline, a lead's summary; words in brackets in a
        // sentence; a sentence's small word before a place in capitals)
        (
            "Storm Cuts Power in Carolinas (AP) Reuters - A line of storms cut power to 90,000 homes on Monday.",
            None,
            None,
            None,
        ),
        (
            "Stocks fell on Monday as investors fled. NEW YORK (Reuters) - Stocks fell sharply.",
            None,
            None,
            None,
        ),
        (
            "The minister (a former banker) said on Monday that WASHINGTON (AP) - reporters had asked him.",
            None,
            None,
            None,
        ),
        (
            "The minister spoke at a dinner on Monday in WASHINGTON (AP) - reporters had asked him.",
            None,
            None,
            None,
        ),
    ];
    for (text, headline, dateline, first) in rows {
        each_variant(text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                *headline,
                "{text:?} ({variant})"
            );
            assert_eq!(
                a.dateline().map(|d| d.as_str()),
                *dateline,
                "{text:?} ({variant})"
            );
            if let Some(first) = first {
                assert_eq!(
                    paragraph_texts(a).first().map(String::as_str),
                    Some(*first),
                    "{variant}"
                );
            }
        });
    }
    // (the place with its tag and no separator, as IANS writes it, stays a
    // dateline: one of fewer than four words, and a known place)
    for (text, place) in [
        (
            "New Delhi, Aug 14 (IANS) The government said on Monday.",
            "New Delhi",
        ),
        (
            "Bandar Seri Begawan (Xinhua) The sultan spoke.",
            "Bandar Seri Begawan",
        ),
        (
            "Port Blair (IANS) The island's port reopened.",
            "Port Blair",
        ),
        (
            "Ho Chi Minh City (VNA) The city's metro opened.",
            "Ho Chi Minh City",
        ),
    ] {
        let a = dateline::parse(text);
        let got = a.dateline().and_then(|d| d.place()).map(|p| p.as_str());
        assert_eq!(got, Some(place), "{text:?}");
    }
}

/// The Daily Mail's header as the CNN / Daily Mail corpus keeps it, its
/// line breaks written as ` . ` and run into the story's first line: the
/// byline, the time stamp (a trailer), a dateline after them if there is
/// one, and the story from the first sentence.
#[test]
fn dotted_daily_mail_headers() {
    type Row<'r> = (
        &'r str,
        &'r [&'r str],
        Option<&'r str>,
        &'r str,
        Option<&'r str>,
    );
    let rows: &[Row<'_>] = &[
        (
            "By . Ann Poe . PUBLISHED: . 14:51 EST, 2 October 2013 . | . UPDATED: . 15:02 EST, 2 October 2013 . A man who took a bus was held on Tuesday.\n\nHe drove it 20 miles.",
            &["Ann Poe"],
            Some(
                "PUBLISHED: . 14:51 EST, 2 October 2013 . | . UPDATED: . 15:02 EST, 2 October 2013 .",
            ),
            "A man who took a bus was held on Tuesday.",
            None,
        ),
        (
            "By . Ann Poe . and . Tom Roe . Last updated at 3:03 PM on 15th November 2011 . A woman won twice.\n\nShe was shocked.",
            &["Ann Poe", "Tom Roe"],
            Some("Last updated at 3:03 PM on 15th November 2011 ."),
            "A woman won twice.",
            None,
        ),
        (
            "By . Associated Press . PUBLISHED: . 14:11 EST, 25 October 2013 . WASHINGTON (AP) — The bishop spoke.\n\nMore.",
            &[],
            Some("PUBLISHED: . 14:11 EST, 25 October 2013 ."),
            "The bishop spoke.",
            Some("WASHINGTON"),
        ),
        // (the header alone in its block, the dateline opening the block
        // under it; the bar may end the time's piece)
        (
            "By . Reuters .\n\nLONDON, Oct 1 (Reuters) - House prices rose.\n\nPrices climbed.",
            &[],
            None,
            "House prices rose.",
            Some("LONDON"),
        ),
        // (but not under a header whose block holds the story's first
        // words: a roundup's second place is no dateline)
        (
            "By . Ann Poe . Storms hit two capitals.\n\nPARIS - Roofs were torn off.",
            &["Ann Poe"],
            None,
            "Storms hit two capitals.",
            None,
        ),
        (
            "By . Ann Poe .\nStorms hit two capitals.\n\nPARIS - Roofs were torn off.",
            &["Ann Poe"],
            None,
            "Storms hit two capitals.",
            None,
        ),
        (
            "Taxi driver returns violin\n\nBy . Ann Poe . PUBLISHED: . 20:49 EST, 1 September 2026 | . UPDATED: . 08:30 EST, 2 September 2026 .\n\nNEW YORK - A taxi driver returned a violin.\n\nHe was thanked.",
            &["Ann Poe"],
            Some(
                "PUBLISHED: . 20:49 EST, 1 September 2026 | . UPDATED: . 08:30 EST, 2 September 2026 .",
            ),
            "A taxi driver returned a violin.",
            Some("NEW YORK"),
        ),
        (
            "Bus Thief Held\n\nBy . Ann Poe for MailOnline . A man who took a bus was held.\n\nMore.",
            &["Ann Poe"],
            None,
            "A man who took a bus was held.",
            None,
        ),
        (
            "By . Ann Poe .\nA man who took a bus was held.\n\nMore.",
            &["Ann Poe"],
            None,
            "A man who took a bus was held.",
            None,
        ),
    ];
    for (text, authors, stamp, first, place) in rows {
        each_variant(text, |a, _, variant| {
            let got: Vec<_> = a
                .byline()
                .map(|b| b.authors().collect())
                .unwrap_or_default();
            assert_eq!(got, *authors, "{text:?} ({variant})");
            assert!(a.byline().is_some(), "{text:?} ({variant})");
            let stamps: Vec<_> = a
                .trailers()
                .iter()
                .filter(|t| t.kind() == T::Timestamp)
                .map(|t| t.as_str())
                .collect();
            assert_eq!(
                stamps,
                stamp.iter().copied().collect::<Vec<_>>(),
                "{text:?} ({variant})"
            );
            assert_eq!(
                paragraph_texts(a).first().map(String::as_str),
                Some(*first),
                "{text:?} ({variant})"
            );
            let got_place = a.dateline().and_then(|d| d.place()).map(|p| p.as_str());
            assert_eq!(got_place, *place, "{text:?} ({variant})");
        });
    }
    // the byline ends with its names (the break's dot after them is
    // furniture); `and` may close a piece; `By` with no break after it
    // needs a stamp after the names; CNN's stamp opens with `Updated`
    for (text, byline, dateline) in [
        (
            "By . Ann Poe . PUBLISHED: . 14:51 EST, 2 October 2013 . A man was held.\n\nMore.",
            "By . Ann Poe",
            None,
        ),
        (
            "By . Tom Roe and . Ann Poe . PUBLISHED: . 18:12 EST, 22 October 2013 . Trains ran late.\n\nMore.",
            "By . Tom Roe and . Ann Poe",
            None,
        ),
        (
            "By DAILY MAIL REPORTER . Last updated at 4:12 PM on 19th October 2011 . A pub did well.\n\nMore.",
            "By DAILY MAIL REPORTER",
            None,
        ),
        (
            "By . Ann Poe, CNN . Updated 2034 GMT (0434 HKT) March 3, 2013 . (CNN) -- A hospital stopped charging.\n\nMore.",
            "By . Ann Poe, CNN",
            Some("(CNN) --"),
        ),
    ] {
        each_variant(text, |a, _, variant| {
            assert_eq!(a.byline().map(|b| b.as_str()), Some(byline), "{variant}");
            assert_eq!(a.dateline().map(|d| d.as_str()), dateline, "{variant}");
            assert_eq!(
                kinds_of(a).first(),
                Some(&T::Furniture),
                "{text:?} ({variant})"
            );
        });
    }
    // without a stamp after the names, `By` with no break is a story's text
    let text = "By Ann Poe . the bridge is shut . Drivers should detour.";
    let a = dateline::parse(text);
    assert!(a.trailers().is_empty(), "{text:?}");
    // `By` and a dotted break with a sentence after is a story's text
    let text = "By . the way, the bridge is shut . Drivers should detour.";
    let a = dateline::parse(text);
    assert!(a.byline().is_none() && a.headline().is_none());
    assert_eq!(
        a.paragraphs().map(|p| p.as_str()).collect::<Vec<_>>(),
        [text]
    );
}

/// A byline without `By` whose last line is the reporter's account or mail
/// address, as the Guardian prints it (`Ann Poe` / `Political
/// Correspondent` / `@annpoe`): the names and the role are read above it.
#[test]
fn bare_bylines_over_an_address() {
    for (block, authors, affiliation) in [
        (
            "Ann Poe\nPolitical Correspondent\n@annpoe",
            &["Ann Poe"][..],
            Some("Political Correspondent"),
        ),
        ("Ann Poe\n@annpoe", &["Ann Poe"][..], None),
        ("Ann Poe\napoe@example.com", &["Ann Poe"][..], None),
    ] {
        let text = format!("Storm Nears Coast\n\n{block}\n\nMIAMI (AP) — Winds rose.");
        each_variant(&text, |a, _, variant| {
            let b = a
                .byline()
                .unwrap_or_else(|| panic!("{block:?} ({variant})"));
            assert_eq!(
                b.authors().collect::<Vec<_>>(),
                authors,
                "{block:?} ({variant})"
            );
            assert_eq!(b.affiliation(), affiliation, "{block:?} ({variant})");
        });
    }
    // an account under a deck keeps it a deck
    let text =
        "Storm Nears Coast\n\nWhy the forecast was wrong\n@annpoe\n\nMIAMI (AP) — Winds rose.";
    each_variant(text, |a, _, variant| {
        assert!(a.byline().is_none(), "{variant}");
    });
}

/// A `By` line over the reporter's role and the outlet, a line each, as
/// the Nation prints it (`By Ann Poe` / `Education reporter` / `Nation
/// Media Group`), is the byline, the role its affiliation; a sentence's
/// lines under `By` and a name are no byline.
#[test]
fn byline_over_role_and_outlet_lines() {
    let text = "Teachers reject new promotion guidelines\n\nBy Ann Poe\nEducation reporter\nNation Media Group\n\nNAIROBI — The union said on Monday it would go to court.\n\nMore.";
    each_variant(text, |a, _, variant| {
        let b = a.byline().unwrap_or_else(|| panic!("{variant}"));
        assert_eq!(b.authors().collect::<Vec<_>>(), ["Ann Poe"], "{variant}");
        assert_eq!(b.affiliation(), Some("Education reporter"), "{variant}");
        assert_eq!(
            a.dateline().map(|d| d.as_str()),
            Some("NAIROBI —"),
            "{variant}"
        );
    });
    let text = "Teachers reject new promotion guidelines\n\nBy Ann Poe\nEducation Reporter Of The Year\nThe union said on Monday it would go to court.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert!(a.byline().is_none(), "{variant}");
    });
}

/// Bylines as local and regional sites print them: the reporter's mail
/// address or account after a bar or slash (neither author nor
/// affiliation), the Bangkok Post's `WRITER:` label, a newsroom's plural
/// credit, and two stamps on one line under the byline.
#[test]
fn bylines_with_addresses_and_labels() {
    let rows: &[(&str, &[&str], Option<&str>)] = &[
        ("By Ann Poe | apoe@example.com", &["Ann Poe"], None),
        (
            "By Ann Poe | apoe@example.com | The Valley Times",
            &["Ann Poe"],
            Some("The Valley Times"),
        ),
        (
            "By: Ann Poe - Correspondent / @annpoe",
            &["Ann Poe"],
            Some("Correspondent"),
        ),
        ("By Ann Poe / @annpoe", &["Ann Poe"], None),
        (
            "By Ann Poe | The Valley Times | apoe@example.com",
            &["Ann Poe"],
            Some("The Valley Times"),
        ),
        ("WRITER: Ann Poe", &["Ann Poe"], None),
        // (an Irish paper's label)
        ("Reporter: Ann Poe", &["Ann Poe"], None),
        (
            "Reporters: Ann Poe and Tom Roe",
            &["Ann Poe", "Tom Roe"],
            None,
        ),
        ("By Online Reporters", &[], Some("Online Reporters")),
        // bars with no spaces, as some sites' templates glue them: the
        // names end at the first, and a stamp after the last is cut off
        (
            "by Ann Poe|Rigzone Staff",
            &["Ann Poe"],
            Some("Rigzone Staff"),
        ),
        (
            "by Ann Poe|Rigzone Staff|Friday, November 27, 2026",
            &["Ann Poe"],
            Some("Rigzone Staff"),
        ),
        ("By Ann Poe|Nov. 27, 2026", &["Ann Poe"], None),
        ("By Ann Poe•Friday, November 27, 2026", &["Ann Poe"], None),
    ];
    for (line, authors, affiliation) in rows {
        let text = format!("Storm Nears Coast\n\n{line}\n\nMIAMI (AP) — Winds rose.");
        each_variant(&text, |a, _, variant| {
            let b = a.byline().unwrap_or_else(|| panic!("{line:?} ({variant})"));
            assert_eq!(
                b.authors().collect::<Vec<_>>(),
                *authors,
                "{line:?} ({variant})"
            );
            assert_eq!(b.affiliation(), *affiliation, "{line:?} ({variant})");
        });
    }
    // after a bar, a word in lower case that is no address credits no one
    let text = "Storm Nears Coast\n\nBy Ann Poe | apoe\n\nMIAMI (AP) — Winds rose.";
    each_variant(text, |a, _, variant| {
        assert!(a.byline().is_none(), "{variant}");
    });
    let stamps =
        "PUBLISHED: November 28, 2026 at 10:45 AM MST | UPDATED: November 28, 2026 at 12:10 PM MST";
    let text = format!(
        "Rates Rise Again\n\nBy Ann Poe | The Valley Times\n{stamps}\n\nGREELEY — The council voted."
    );
    each_variant(&text, |a, _, variant| {
        let want = (
            some("Rates Rise Again"),
            some("By Ann Poe | The Valley Times"),
            some("GREELEY —"),
            vec![(T::Timestamp, stamps.to_owned())],
        );
        assert_eq!(header_of(a), want, "{variant}");
    });
    // a stamp and a section after the bar, too long for one stamp, are no
    // two stamps
    for line in [
        "PUBLISHED: November 28, 2026 at 10:45 AM MST | Page 3 of the Weekend Edition, Valley Times",
        "Updated by the editors of the Valley Times news desk and staff | Updated: November 28, 2026",
    ] {
        let text = format!(
            "Rates Rise Again\n\nBy Ann Poe | The Valley Times\n{line}\n\nGREELEY — The council voted."
        );
        each_variant(&text, |a, _, variant| {
            assert!(a.trailers().is_empty(), "{line:?} ({variant})");
        });
    }
}

/// `From` before a newsroom's or an agency's credit: the credit is the
/// affiliation, without the `From`.
#[test]
fn credits_after_from() {
    for (line, affiliation) in [
        ("From Times Wire Services", "Times Wire Services"),
        ("From staff reports", "staff reports"),
        ("From Reuters", "Reuters"),
        // an agency and a stock credit, without `From`
        (
            "Al Jazeera and news agencies",
            "Al Jazeera and news agencies",
        ),
        ("Reuters and agencies", "Reuters and agencies"),
    ] {
        let text = format!("Storm Nears Coast\n\n{line}\n\nMIAMI (AP) — Winds rose.");
        each_variant(&text, |a, _, variant| {
            let b = a.byline().unwrap_or_else(|| panic!("{line:?} ({variant})"));
            assert_eq!(b.affiliation(), Some(affiliation), "{line:?} ({variant})");
            assert_eq!(b.authors().count(), 0, "{line:?} ({variant})");
        });
    }
}

/// An agency's credit and a role before the names after `By`, as Xinhua's
/// features write it: the credit is the affiliation, the names the authors.
/// Without names after it, or with an unknown credit, it is read as before.
#[test]
fn agency_credit_before_the_names() {
    let rows: &[(&str, &[&str], Option<&str>)] = &[
        (
            "by Xinhua writers Liu Jianhua, Chen Xiaoyu",
            &["Liu Jianhua", "Chen Xiaoyu"],
            Some("Xinhua writers"),
        ),
        (
            "by Xinhua reporters Liu Jianhua and Chen Xiaoyu",
            &["Liu Jianhua", "Chen Xiaoyu"],
            Some("Xinhua reporters"),
        ),
        (
            "By Xinhua staff reporter Liu Jianhua",
            &["Liu Jianhua"],
            Some("Xinhua staff reporter"),
        ),
        ("By AP writer Ann Poe", &["Ann Poe"], Some("AP writer")),
        // no names after the credit: the credit alone, as before
        ("By Reuters staff", &[], Some("Reuters staff")),
    ];
    for (line, authors, affiliation) in rows {
        let text = format!("Rail Line Opens\n\n{line}\n\nBEIJING, Nov. 28 (Xinhua) -- It opened.");
        each_variant(&text, |a, _, variant| {
            let b = a.byline().unwrap_or_else(|| panic!("{line:?} ({variant})"));
            assert_eq!(
                b.authors().collect::<Vec<_>>(),
                *authors,
                "{line:?} ({variant})"
            );
            assert_eq!(b.affiliation(), *affiliation, "{line:?} ({variant})");
        });
    }
    // an unknown credit before the role is no agency's
    let text =
        "Rail Line Opens\n\nBy Acme writer Ann Poe\n\nBEIJING, Nov. 28 (Xinhua) -- It opened.";
    each_variant(text, |a, _, variant| {
        let affiliation = a.byline().and_then(|b| b.affiliation());
        assert_ne!(affiliation, Some("Acme writer"), "{variant}");
    });
}

/// A line of names alone under the headline is the byline (archived copy
/// often drops the `By`); a sentence-case or title-case deck stays a deck.
#[test]
fn bare_name_bylines_under_the_headline() {
    let rows: &[(&str, Option<&[&str]>)] = &[
        ("Ann Poe", Some(&["Ann Poe"])),
        ("Ann Poe and Tom Roe", Some(&["Ann Poe", "Tom Roe"])),
        ("Ann Poe in Kyiv", Some(&["Ann Poe"])),
        // a correspondent abroad
        ("From Ann Poe in Paris", Some(&["Ann Poe"])),
        ("Associated Press", Some(&[])),
        ("The Guardian", Some(&[])),
        ("Financial Times", Some(&[])),
        // a newsroom's credit in place of a name
        ("Staff Reporter", Some(&[])),
        ("Agencies", Some(&[])),
        ("From staff reports", Some(&[])),
        ("From Reuters", Some(&[])),
        ("From Times Wire Services", Some(&[])),
        ("From news services", Some(&[])),
        ("Reuters Staff", Some(&[])),
        ("Express News Service", Some(&[])),
        ("Press Trust of India", Some(&[])),
        // a name that ends in a word papers are named with
        ("Emily Post", Some(&["Emily Post"])),
        // given names that are places too, before no place
        ("Jordan Aldridge", Some(&["Jordan Aldridge"])),
        ("Sydney Poe and Chad Roe", Some(&["Sydney Poe", "Chad Roe"])),
        ("Paris Texas", None),
        ("Aldridge Jordan", None),
        // a deck that ends in a newsroom word
        ("Meet the Staff", None),
        ("Reuters and Rivals", None),
        ("Storms and Agencies", None),
        ("Reuters and Staff", None),
        ("From Paris With Love", None),
        ("Officials signal patience on cuts", None),
        ("Rates Held Over Winter", None),
    ];
    for (line, authors) in rows {
        let text = format!("Storm Nears Coast\n\n{line}\n\nMIAMI (AP) — Winds rose.");
        for (variant, make) in VARIANTS {
            let text = make(&text);
            let a = dateline::parse(&text);
            common::validate(&a, &text);
            let start = text.find(line).expect("line in text");
            assert_eq!(a.headline().map(|h| h.as_str()), Some("Storm Nears Coast"));
            match authors {
                Some(authors) => {
                    let b = a.byline().unwrap_or_else(|| panic!("{line:?} ({variant})"));
                    assert_eq!(
                        (
                            b.as_str(),
                            b.span().range(),
                            b.authors().collect::<Vec<_>>()
                        ),
                        (*line, start..start + line.len(), authors.to_vec()),
                        "{line:?} ({variant})"
                    );
                    assert!(a.deck().is_none(), "{line:?} ({variant})");
                }
                None => {
                    assert!(a.byline().is_none(), "{line:?} ({variant})");
                    assert_eq!(a.deck().map(|d| d.as_str()), Some(*line), "{variant}");
                }
            }
            assert_eq!(a.dateline().map(|d| d.as_str()), Some("MIAMI (AP) —"));
        }
    }
    // a page's controls and a picture's credit are no one's name
    for line in [
        "Share Story",
        "View PDF",
        "Web Version",
        "Getty Images",
        "Video PlayerClose",
        "Social Sharing",
        "Read Transcript",
        "Print Edition",
        "Full Article",
        "Download Audio",
    ] {
        let text = format!("Storm Nears Coast\n\n{line}\n\nMIAMI (AP) — Winds rose.");
        each_variant(&text, |a, _, variant| {
            assert!(a.byline().is_none(), "{line:?} ({variant})");
            assert_eq!(
                a.dateline().map(|d| d.as_str()),
                Some("MIAMI (AP) —"),
                "{variant}"
            );
        });
    }
    // the writer's profile under the name, CNBC's LinkedIn path: the name
    // is the byline, the profile no deck
    let text = "Storm Nears Coast\n\nAnn Poe\n@IN/ANN-POE\n\nMIAMI (AP) — Winds rose.";
    each_variant(text, |a, _, variant| {
        assert_eq!(a.byline().map(|b| b.as_str()), Some("Ann Poe"), "{variant}");
        assert!(a.deck().is_none(), "{variant}");
    });
}

/// Sites print a role line under the byline (`Staff Writer`, the BBC's
/// `Business reporter` in a block of its own) and a time stamp under the
/// header (the Guardian's `Fri 28 Nov 2026 10.45 GMT`): the role is the
/// byline's title, the stamp is a trailer, and neither opens the body.
#[test]
fn role_lines_and_stamps_in_the_header() {
    // (article, byline as written with its title under it, authors,
    // affiliation, first paragraph)
    type Row<'r> = (&'r str, &'r str, &'r [&'r str], Option<&'r str>, &'r str);
    let rows: &[Row<'_>] = &[
        (
            "Markets Rally\n\nANN POE\nStaff Writer\n\nSINGAPORE: Asian markets rallied.",
            "ANN POE\nStaff Writer",
            &["ANN POE"],
            Some("Staff Writer"),
            "Asian markets rallied.",
        ),
        (
            "Why Coffee Costs More\n\nBy Ann Poe, BBC News\n\nBusiness reporter\n\nThe price of coffee rose sharply.\n\nTraders expect more.",
            "By Ann Poe, BBC News\n\nBusiness reporter",
            &["Ann Poe"],
            Some("BBC News"),
            "The price of coffee rose sharply.",
        ),
        (
            "Why Coffee Costs More\n\nBy Ann Poe\n\nBusiness reporter\n\nLONDON (Reuters) - Coffee rose.",
            "By Ann Poe\n\nBusiness reporter",
            &["Ann Poe"],
            Some("Business reporter"),
            "Coffee rose.",
        ),
        // two roles joined, the second in lower case (Sky News); a role of
        // five words (BBC Sport); a role and the writer's account (Sky
        // Sports)
        (
            "Why Coffee Costs More\n\nAnn Poe and Bo Li\nDeputy political editor and political reporter\n\nThe price of coffee rose sharply.\n\nTraders expect more.",
            "Ann Poe and Bo Li\nDeputy political editor and political reporter",
            &["Ann Poe", "Bo Li"],
            Some("Deputy political editor and political reporter"),
            "The price of coffee rose sharply.",
        ),
        (
            "Why Coffee Costs More\n\nAnn Poe\nBBC Scotland senior football writer\n\nThe price of coffee rose sharply.\n\nTraders expect more.",
            "Ann Poe\nBBC Scotland senior football writer",
            &["Ann Poe"],
            Some("BBC Scotland senior football writer"),
            "The price of coffee rose sharply.",
        ),
        (
            "Why Coffee Costs More\n\nAnn Poe\nTransfer Insider @AnnP_Sky\n\nThe price of coffee rose sharply.\n\nTraders expect more.",
            "Ann Poe\nTransfer Insider @AnnP_Sky",
            &["Ann Poe"],
            Some("Transfer Insider @AnnP_Sky"),
            "The price of coffee rose sharply.",
        ),
        // The Conversation: the names under an `Author` label, a scholar's
        // title and institution under them
        (
            "Why Reefs Recover\n\nPublished: November 28, 2026 8:14am EST\n\nAuthor\n\nAnn Poe\nProfessor of Marine Biology, University of Marlow\n\nThe reefs recovered.\n\nThe team surveyed 40 reefs.",
            "Ann Poe\nProfessor of Marine Biology, University of Marlow",
            &["Ann Poe"],
            Some("Professor of Marine Biology, University of Marlow"),
            "The reefs recovered.",
        ),
        (
            "Why Reefs Recover\n\nAuthors\n\nBo Li\nPhD Candidate, Marlow University\n\nThe reefs recovered.\n\nThe team surveyed 40 reefs.",
            "Bo Li\nPhD Candidate, Marlow University",
            &["Bo Li"],
            Some("PhD Candidate, Marlow University"),
            "The reefs recovered.",
        ),
        // (or on the names' line after a comma, as republished copies
        // print it, with `By` or without)
        (
            "Why Reefs Recover\n\nAnn Poe, Associate Professor of Marine Biology, University of Marlow\n\nPublished: November 28, 2026 8:14am EST\n\nThe reefs recovered.\n\nThe team surveyed 40 reefs.",
            "Ann Poe, Associate Professor of Marine Biology, University of Marlow",
            &["Ann Poe"],
            Some("Associate Professor of Marine Biology, University of Marlow"),
            "The reefs recovered.",
        ),
        (
            "Why Reefs Recover\n\nBy Ann Poe, Lecturer in Marine Biology, University of Marlow\n\nThe reefs recovered.\n\nThe team surveyed 40 reefs.",
            "By Ann Poe, Lecturer in Marine Biology, University of Marlow",
            &["Ann Poe"],
            Some("Lecturer in Marine Biology, University of Marlow"),
            "The reefs recovered.",
        ),
        // (an outlet written as a brand after the names and a comma)
        (
            "Why Reefs Recover\n\nAnn Poe, CalMatters\nDec. 1, 2025 | Updated Dec. 2, 2025\n\nThe reefs recovered.\n\nThe team surveyed 40 reefs.",
            "Ann Poe, CalMatters",
            &["Ann Poe"],
            Some("CalMatters"),
            "The reefs recovered.",
        ),
        // not a role: a sentence, and a second line with no role word
        (
            "Why Coffee Costs More\n\nBy Ann Poe\n\nBusiness is booming again.\n\nTraders expect more.",
            "By Ann Poe",
            &["Ann Poe"],
            None,
            "Business is booming again.",
        ),
    ];
    for (article, byline, authors, affiliation, first) in rows {
        for (variant, make) in VARIANTS {
            let text = make(article);
            let a = dateline::parse(&text);
            common::validate(&a, &text);
            let b = a
                .byline()
                .unwrap_or_else(|| panic!("{article:?} ({variant})"));
            let (names, title) = match byline.split_once('\n') {
                Some((names, title)) => (names, Some(title.trim_start())),
                None => (*byline, None),
            };
            assert_eq!(b.as_str(), names, "{variant}");
            assert_eq!(b.title(), title, "{variant}");
            assert_eq!(
                b.authors().collect::<Vec<_>>(),
                authors.to_vec(),
                "{variant}"
            );
            assert_eq!(b.affiliation(), *affiliation, "{variant}");
            assert_eq!(
                a.paragraphs().next().map(|p| p.as_str()),
                Some(*first),
                "{variant}"
            );
            assert!(a.deck().is_none(), "{article:?} ({variant})");
        }
    }
    // Postmedia's label over the names in their block, a stamp under them
    let text = "Local News\nCouncil approves transit study\n\nThe study will look at extending the line.\n\nAuthor of the article:\nAnn Poe\nPublished Nov 24, 2026  •  Last updated 2 hours ago  •  3 minute read\n\nCouncil voted on Wednesday to fund the study.\n\nWork starts in spring.";
    each_variant(text, |a, _, variant| {
        assert_eq!(a.byline().map(|b| b.as_str()), Some("Ann Poe"), "{variant}");
        assert_eq!(
            header_of(a)
                .3
                .into_iter()
                .map(|(k, _)| k)
                .collect::<Vec<_>>(),
            [T::Furniture, T::Timestamp],
            "{variant}"
        );
        assert!(
            paragraph_texts(a)
                .contains(&"Council voted on Wednesday to fund the study.".to_owned()),
            "{variant}"
        );
    });
    // a scholar named in a sentence under the names is no title
    let a = dateline::parse(
        "Why Reefs Recover\n\nAuthor\n\nAnn Poe\n\nProfessor Li, who led the study, said so.\n\nThe team surveyed 40 reefs.",
    );
    assert_eq!(a.byline().and_then(|b| b.title()), None);
    assert_eq!(
        a.paragraphs().next().map(|p| p.as_str()),
        Some("Professor Li, who led the study, said so.")
    );
    // a short first paragraph with a role word inside is no role line
    let a = dateline::parse(
        "Why Coffee Costs More\n\nBy Ann Poe\n\nPress Freedom Day\n\nThe day is marked worldwide.",
    );
    assert_eq!(a.byline().map(|b| b.as_str()), Some("By Ann Poe"));
    assert_eq!(
        a.paragraphs().next().map(|p| p.as_str()),
        Some("Press Freedom Day")
    );
    // a role line under a headline with no byline above it stays a deck
    let a = dateline::parse(
        "Markets Rally\n\nAnn Poe\nFire crews worked overnight\n\nSINGAPORE: Rain.",
    );
    assert!(a.byline().is_none());
    assert_eq!(
        a.deck().map(|d| d.as_str()),
        Some("Ann Poe\nFire crews worked overnight")
    );
    // the Guardian's header: a stamp under the name line, no dateline
    let text = "Talks Made Progress\n\nAnn Poe in Kyiv\n\nFri 28 Nov 2026 10.45 GMT\n\nUkraine's minister said talks had made progress.\n\nThe talks were closed.";
    for (variant, make) in VARIANTS {
        let text = make(text);
        let a = dateline::parse(&text);
        common::validate(&a, &text);
        let trailers: Vec<_> = a
            .trailers()
            .iter()
            .map(|t| (t.kind(), t.as_str()))
            .collect();
        assert_eq!(
            trailers,
            [(T::Timestamp, "Fri 28 Nov 2026 10.45 GMT")],
            "{variant}"
        );
        assert_eq!(
            a.paragraphs().next().map(|p| p.as_str()),
            Some("Ukraine's minister said talks had made progress."),
            "{variant}"
        );
        assert!(
            a.sections().iter().all(|s| s.heading().is_none()),
            "{variant}"
        );
    }
}

/// Scraped copy runs the headline, the byline and a date line together: each
/// is its own node, in every line ending.
#[test]
fn header_lines_without_blank_lines() {
    let text = "City Approves New Budget\nBy Ann Poe\nStaff Writer\nNov. 28, 2026\n\nSPRINGFIELD — The council voted.";
    for (variant, make) in VARIANTS {
        let text = make(text);
        let a = dateline::parse(&text);
        common::validate(&a, &text);
        let at = |s: &str| text.find(s).unwrap_or(usize::MAX);
        assert_eq!(
            a.headline().map(|h| (h.as_str(), h.span().start())),
            Some(("City Approves New Budget", at("City"))),
            "{variant}"
        );
        let b = a.byline().unwrap_or_else(|| panic!("{variant}: no byline"));
        assert_eq!(
            (
                b.as_str(),
                b.span().start(),
                b.authors().collect::<Vec<_>>(),
                b.affiliation(),
                b.title_span().map(|s| s.start())
            ),
            (
                "By Ann Poe",
                at("By Ann"),
                vec!["Ann Poe"],
                Some("Staff Writer"),
                Some(at("Staff Writer"))
            ),
            "{variant}"
        );
        let stamps: Vec<_> = a
            .trailers()
            .iter()
            .map(|t| (t.kind(), t.as_str(), t.span().start()))
            .collect();
        assert_eq!(
            stamps,
            [(
                dateline::TrailerKind::Timestamp,
                "Nov. 28, 2026",
                at("Nov.")
            )],
            "{variant}"
        );
        assert_eq!(a.dateline().map(|d| d.as_str()), Some("SPRINGFIELD —"));
    }
}

/// A block that opens with a time stamp is the header only when the rest of
/// it is a byline: story text under the stamp keeps the block a paragraph,
/// whole. A byline with a bar on the first line stays the byline when no
/// other byline stands under it.
#[test]
fn stamp_blocks_with_story_text_stay_paragraphs() {
    for (text, first) in [
        (
            "Council votes to close bridge\n\nNov. 28, 2026\nThe council voted on Tuesday to close\nthe old bridge for repairs.\n\nMore.",
            "Nov. 28, 2026\nThe council voted on Tuesday to close\nthe old bridge for repairs.",
        ),
        (
            "Council votes to close bridge\n\nUpdated November 28, 2026\nAnn Poe\nThe council voted on Tuesday to close the old bridge.\nIt passed 5-2.\n\nMore.",
            "Updated November 28, 2026\nAnn Poe\nThe council voted on Tuesday to close the old bridge.\nIt passed 5-2.",
        ),
        (
            "Council votes to close bridge\n\nBy Ann Poe\nThe council voted on Tuesday to close\nthe old bridge for repairs.\n\nMore.",
            "By Ann Poe\nThe council voted on Tuesday to close\nthe old bridge for repairs.",
        ),
    ] {
        each_variant(text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Council votes to close bridge"),
                "{variant}"
            );
            assert!(a.byline().is_none(), "{text:?} ({variant})");
            assert!(a.trailers().is_empty(), "{text:?} ({variant})");
            assert_eq!(
                paragraph_texts(a).first().map(String::as_str),
                Some(first),
                "{variant}"
            );
        });
    }
    for text in [
        "Ann Poe | Staff Writer\n\nMIAMI (AP) — The council voted.\n\nMore.",
        "Ann Poe | Staff Writer\n\nNovember 28, 2026\n\nMIAMI (AP) — The council voted.\n\nMore.",
    ] {
        each_variant(text, |a, _, variant| {
            assert!(a.headline().is_none(), "{text:?} ({variant})");
            let b = a
                .byline()
                .map(|b| (b.authors().collect::<Vec<_>>(), b.affiliation()));
            assert_eq!(
                b,
                Some((vec!["Ann Poe"], Some("Staff Writer"))),
                "{variant}"
            );
        });
    }
}

/// The New York Times' archive page of an old story, as copied: its
/// `Archives` label, the headline, the byline with its credit and no comma,
/// the print's date, then the archive's notices in blocks of their own
/// over the story (furniture), and the note of its print under it.
#[test]
fn new_york_times_archive_page() {
    let text = "Archives\n\nFerry Line Asks to Raise Fares\n\nBy Tomas Ferrante Special to The New York Times\n\nMarch 4, 1962\n\nShare full article\n\nSee the article in its original context from\nMarch 4, 1962, Page 12Buy Reprints\n\nView on timesmachine\n\nTimesMachine is an exclusive benefit for home delivery and digital subscribers.\n\nAbout the Archive\n\nThis is a digitized version of an article from The Times’s print archive, before the start of online publication in 1996. To preserve these articles as they originally appeared, The Times does not alter, edit or update them.\n\nOccasionally the digitization process introduces transcription errors or other problems; we are continuing to work to improve these archived versions.\n\nNEWPORT, R.I., March 3—The ferry line that crosses the bay asked the state today for leave to raise its fares by a fifth.\n\nThe line said its costs had doubled in ten years.\n\nA version of this article appears in print on March 4, 1962, Section S, Page 12 of the The New York Times with the headline: Ferry Line Asks to Raise Fares.";
    each_variant(text, |a, _, variant| {
        assert_headline_dateline(
            a,
            "Ferry Line Asks to Raise Fares",
            "NEWPORT, R.I., March 3—",
            variant,
        );
        let b = a.byline().expect(variant);
        assert_eq!(
            b.authors().collect::<Vec<_>>(),
            ["Tomas Ferrante"],
            "{variant}"
        );
        assert_eq!(
            b.affiliation(),
            Some("Special to The New York Times"),
            "{variant}"
        );
        for notice in ["View on timesmachine", "About the Archive"] {
            assert!(
                has_trailer(a, T::Furniture, |t| t == notice),
                "{notice:?} ({variant})"
            );
        }
        for opening in [
            "See the article in",
            "TimesMachine is",
            "This is a digitized",
            "Occasionally the",
        ] {
            assert!(
                has_trailer(a, T::Furniture, |t| t.starts_with(opening)),
                "{opening:?} ({variant})"
            );
        }
        assert!(
            has_trailer(a, T::SourceLine, |t| t
                .starts_with("A version of this article")),
            "{variant}"
        );
        assert_eq!(
            a.paragraphs().next().map(|p| p.as_str()),
            Some(
                "The ferry line that crosses the bay asked the state today for leave to raise its fares by a fifth."
            ),
            "{variant}"
        );
    });
}

/// Papers stacked decks in capitals under a headline in capitals, as their
/// scans keep them, one block: a deck is a phrase of its own under a
/// column's short line (`29 KILLED IN GERMAN WRECK` / `MANY FOREIGNERS
/// AMONG THE VICTIMS`) or under a line ended by a stop (`STRIKE
/// SPREADING.` / `EMPLOYERS FIRM.`), and no byline; a headline wrapped
/// runs on (onto a word or two, a line opening with a small word, under a
/// line ending in one or under a page's long line).
#[test]
fn decks_in_capitals_stacked_under_a_headline() {
    let story = "The night express was wrecked early this morning at a bridge.";
    for (top, headline) in [
        (
            "29 KILLED IN GERMAN WRECK\nMANY FOREIGNERS AMONG THE VICTIMS",
            "29 KILLED IN GERMAN WRECK",
        ),
        ("STRIKE SPREADING.\nEMPLOYERS FIRM.", "STRIKE SPREADING."),
        (
            "TALKS ON FRONTIER DISPUTE.\n(REUTER.)",
            "TALKS ON FRONTIER DISPUTE.",
        ),
        (
            "THOUSANDS FLEE RISING\nWATERS\nRED CROSS RUSHES AID",
            "THOUSANDS FLEE RISING\nWATERS",
        ),
        (
            "FIRE DESTROYS BUSINESS BLOCK\nLOSS ESTIMATED AT $150,000.",
            "FIRE DESTROYS BUSINESS BLOCK",
        ),
        // (a headline wrapped is no section's label over it and a
        // standfirst)
        (
            "AGRARIANS GAIN IN\nITALY\nA LARGE VOTE POLLED\nThe Ministry May Be Forced to Resign.",
            "AGRARIANS GAIN IN\nITALY",
        ),
        // (wrapped)
        (
            "NOMINATIONS SENT\nTO THE SENATE",
            "NOMINATIONS SENT\nTO THE SENATE",
        ),
        (
            "EXPRESS PLUNGES FROM\nTHE HIGH BRIDGE INTO RIVER",
            "EXPRESS PLUNGES FROM\nTHE HIGH BRIDGE INTO RIVER",
        ),
        (
            "POLICE SEEK PUBLIC'S HELP IDENTIFYING SUSPECTS IN NORTH SIDE\nATM SKIMMING SCHEME",
            "POLICE SEEK PUBLIC'S HELP IDENTIFYING SUSPECTS IN NORTH SIDE\nATM SKIMMING SCHEME",
        ),
        ("FIRE AT HOME OF DR.\nWELBY", "FIRE AT HOME OF DR.\nWELBY"),
        (
            "TROOPS RETURN TO U.S.\nFROM ABROAD",
            "TROOPS RETURN TO U.S.\nFROM ABROAD",
        ),
        (
            "KNOX COUNTY TRIAL\n(SIX JURORS CHOSEN)",
            "KNOX COUNTY TRIAL\n(SIX JURORS CHOSEN)",
        ),
    ] {
        let text = format!("{top}\n\nBERLIN, April 19.—{story}");
        each_variant(&text, |a, _, variant| {
            assert_headline_dateline(
                a,
                headline,
                "BERLIN, April 19.—",
                &format!("{top:?} ({variant})"),
            );
            assert!(
                a.byline().is_none(),
                "{top:?} ({variant}): {:?}",
                a.byline()
            );
        });
    }
}

/// Papers stacked a headline in capitals over decks in mixed case in one
/// block (`HARBOR STRIKE SPREADS TO TUGS` / `Eight Hundred Men Now Out`): the
/// capitals line alone is the headline, the lines under it the deck. A
/// headline in capitals wrapped over two lines stays whole.
#[test]
fn deck_under_a_headline_in_capitals() {
    let text = "HARBOR STRIKE SPREADS TO TUGS\nEight Hundred Men Now Out\nShippers Appeal to the Mayor\n\nBOSTON, Mass., Dec. 31.—The strike of the longshoremen spread to the tugboat crews.";
    each_variant(text, |a, _, variant| {
        assert_headline_dateline(
            a,
            "HARBOR STRIKE SPREADS TO TUGS",
            "BOSTON, Mass., Dec. 31.—",
            variant,
        );
        let lf = |s: &str| s.replace("\r\n", "\n").replace('\r', "\n");
        assert_eq!(
            a.deck().map(|d| lf(d.as_str())).as_deref(),
            Some("Eight Hundred Men Now Out\nShippers Appeal to the Mayor"),
            "{variant}"
        );
    });
    let text = "STRIKERS AND DEPUTIES CLASH AT\nTHE COLLIERY GATE\nTwo Men Shot, Neither Fatally\n\nSCRANTON, Penna., Nov. 10.—A crowd of striking miners gathered.";
    each_variant(text, |a, _, variant| {
        assert_headline_dateline(
            a,
            "STRIKERS AND DEPUTIES CLASH AT\nTHE COLLIERY GATE",
            "SCRANTON, Penna., Nov. 10.—",
            variant,
        );
    });
    // as a scan keeps the page, one block from the headline down: the
    // headline in capitals wrapped (onto `BY` and a word too), decks in
    // title case wrapped and ended by a stop, a deck in capitals, then the
    // dateline and the story hard-wrapped
    for (text, headline) in [
        (
            "ICE JAM THREATENS\nRIVER TOWNS\nResidents of Lowlands Move to Higher\nGround as Water Rises Steadily.\nCHICAGO, Jan. 14.—(AP)—A great ice gorge\nin the Illinois river below Peoria to-\nnight threatened a dozen small towns\nwith flood, and residents of the low-\nlands moved their goods to higher\nground.\nThe water rose a foot an hour.",
            "ICE JAM THREATENS\nRIVER TOWNS",
        ),
        (
            "MINERS ENTOMBED\nBY EXPLOSION\nRescue Parties Working in Relays—\nHope Is Held Out for Some.\nFORTY MEN IN WORKINGS\nDENVER, Colo., Aug. 2.—An explosion in\nthe Black Diamond mine near Trinidad\nthis afternoon entombed forty men, ac-\ncording to word received here.\nRescue parties were at work.",
            "MINERS ENTOMBED\nBY EXPLOSION",
        ),
    ] {
        each_variant(text, |a, _, variant| {
            let lf = |s: &str| s.replace("\r\n", "\n").replace('\r', "\n");
            assert_eq!(
                a.headline().map(|h| lf(h.as_str())).as_deref(),
                Some(headline),
                "{variant}"
            );
            assert!(a.byline().is_none(), "{text:?} ({variant})");
            assert!(a.dateline().is_some(), "{text:?} ({variant})");
        });
    }
    // under the headline, a block of capitals over a line in mixed case is
    // one part: an advisory, not names over a deck
    let text = "Wine harvest starts early\n\nADVANCE FOR WEEKEND EDITIONS\n(Embargoed until Saturday)\n\nBORDEAUX, France, Sept 28 (Reuters) - The wine harvest began.";
    each_variant(text, |a, _, variant| {
        assert!(a.byline().is_none(), "{variant}");
    });
}

/// Papers stacked a headline's decks between rules, with the paper's credit
/// under them, in one block (`LEVEE BREAKS BELOW THE CITY` / `----` /
/// `Plantations Flooded` / `----` / `TOWBOATS RUSHED TO SCENE` / `Special to
/// The New York Times.`): the rules are furniture, the first deck the deck
/// (not names), the credit the byline, and the dateline under the block is
/// found.
#[test]
fn decks_between_rules() {
    let text = "LEVEE BREAKS BELOW THE CITY\n----\nPlantations Flooded\n----\nTOWBOATS RUSHED TO SCENE\nSpecial to The New York Times.\n\nNEW ORLEANS, La., Dec. 10.—The levee on the west bank gave way at daybreak.";
    each_variant(text, |a, _, variant| {
        assert_headline_dateline(
            a,
            "LEVEE BREAKS BELOW THE CITY",
            "NEW ORLEANS, La., Dec. 10.—",
            variant,
        );
        assert_eq!(
            a.deck().map(|d| d.as_str()),
            Some("Plantations Flooded"),
            "{variant}"
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("Special to The New York Times."),
            "{variant}"
        );
        let rules = a
            .trailers()
            .iter()
            .filter(|t| t.kind() == T::Furniture && t.as_str() == "----")
            .count();
        assert_eq!(rules, 2, "{variant}");
    });
    // the credit under a one-line headline in its block
    let text = "Levee breaks\nSpecial to The New York Times.\n\nNEW ORLEANS, La., Dec. 10.—The levee gave way.";
    each_variant(text, |a, _, variant| {
        assert_headline_dateline(a, "Levee breaks", "NEW ORLEANS, La., Dec. 10.—", variant);
    });
    // a page scanned with no blank lines: a deck wrapped under its display
    // line, then a rule of stars, then the wire's credit in brackets over
    // the dateline; the credit is a source line, not the story
    for credit in ["(Special Dispatch.)", "[By Telegraph.]"] {
        let text = format!(
            "MILL BURNS AT NIGHT\nWatchmen Fight Blaze for Three Hours\nin Bitter Cold\n* * *\nCAUSE NOT KNOWN\n{credit}\nLowell, Mass., Jan. 9.—The old woolen mill on the canal\nburned to the ground last night.\n\nNo one was hurt."
        );
        each_variant(&text, |a, _, variant| {
            assert_headline_dateline(a, "MILL BURNS AT NIGHT", "Lowell, Mass., Jan. 9.—", variant);
            assert!(has_trailer(a, T::SourceLine, |t| t == credit), "{variant}");
        });
    }
    // a deck's last word wrapped onto a line of its own, and an old paper's
    // stop inside the tag, which is type, not the tag's
    let text = "TRAIN LEAVES THE RAILS\nFireman Saves His Life by\nJumping—Passengers in the Sleepers\nEscape.\nROSEBURG, Or., Feb. 17.—(Special.)—The west-bound mail\nleft the track at a curve this morning.\n\nNo one was killed.";
    each_variant(text, |a, _, variant| {
        assert_headline_dateline(
            a,
            "TRAIN LEAVES THE RAILS",
            "ROSEBURG, Or., Feb. 17.—(Special.)—",
            variant,
        );
        assert_eq!(
            a.dateline().and_then(|d| d.source()).map(|s| s.as_str()),
            Some("Special"),
            "{variant}"
        );
    });
}

/// A headline wrapped over two lines with its standfirst under it in one
/// block: the standfirst (a sentence in sentence case, ending the block) is
/// a paragraph of its own, not the headline's third line.
#[test]
fn standfirst_under_a_wrapped_headline() {
    let text = "Former agency head convicted\nof abuse of office\nThe defence said it would appeal the verdict.\n\nPrague, February 9 (CTK) - A court in Prague on Saturday sentenced the former director.";
    each_variant(text, |a, _, variant| {
        assert_headline_dateline(
            a,
            "Former agency head convicted\nof abuse of office",
            "Prague, February 9 (CTK) -",
            variant,
        );
        assert_eq!(
            a.paragraphs().next().map(|p| p.as_str()),
            Some("The defence said it would appeal the verdict."),
            "{variant}"
        );
    });
    // the third line under a wrapped headline that runs on, or a line under
    // a headline of three lines, stays in the headline
    for (text, headline) in [
        (
            "Jakarta Festival Draws\nRecord 430,000 Visitors\nOn Its Final Night.\n\nJakarta (ANTARA) - A record crowd attended.",
            "Jakarta Festival Draws\nRecord 430,000 Visitors\nOn Its Final Night.",
        ),
        (
            "Jakarta Festival Draws\nRecord 430,000 Visitors\nAs Organisers\nPlan a longer event for next year.\n\nJakarta (ANTARA) - A record crowd attended.",
            "Jakarta Festival Draws\nRecord 430,000 Visitors\nAs Organisers\nPlan a longer event for next year.",
        ),
        (
            "Former agency head convicted\nof abuse of office after\nLengthy trial in the capital city\n\nJakarta (ANTARA) - A record crowd attended.",
            "Former agency head convicted\nof abuse of office after\nLengthy trial in the capital city",
        ),
    ] {
        each_variant(text, |a, _, variant| {
            assert_headline_dateline(a, headline, "Jakarta (ANTARA) -", variant);
        });
    }
}

/// A page copied one line a paragraph sets the standfirst under the title,
/// then names, a role and stamps over the dateline: the standfirst is a
/// header line there (with a header line under it; last over the dateline,
/// a sentence is the story's).
#[test]
fn standfirst_among_header_lines_over_the_dateline() {
    let text = "Court halts demolition of homes in settlement\nResidents say eviction notices were posted only days before the bulldozers arrived.\nSiti Reyes\nSenior Correspondent\nPublished Nov 2, 2025, 08:15 PM\nSINGAPORE – A court on Saturday ordered the authorities to stop.\nThe ruling follows weeks of protests.\nMore hearings are due.";
    each_variant(text, |a, _, variant| {
        assert_headline_dateline(
            a,
            "Court halts demolition of homes in settlement",
            "SINGAPORE –",
            variant,
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("Siti Reyes"),
            "{variant}"
        );
    });
}

/// A TV station's page copied one line a paragraph: desk, a headline wrapped
/// over two lines, names, two stamps and `SHARE` over the dateline, eight
/// lines in all.
#[test]
fn long_run_of_header_lines_over_the_dateline() {
    let text = "WEYL News\nPort Backlog in Albany\nDelays Cargo for Weeks\nby: Victor Gaskins\nPosted: Oct 11, 2025 / 10:06 AM EST\nUpdated: Oct 11, 2025 / 12:06 PM EST\nSHARE\nALBANY, N.Y. (WEYL) - More than 21 cargo ships were waiting off the coast.\nThe backlog began last month.\nPort officials expect it to ease.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.dateline().map(|d| d.as_str()),
            Some("ALBANY, N.Y. (WEYL) -"),
            "{variant}"
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("by: Victor Gaskins"),
            "{variant}"
        );
    });
}

/// A page copied with a blank line between its header's lines sets more
/// than eight one-line blocks over the story (controls, kicker, title,
/// standfirst, names, stamps, `Listen to this article`, Politico's `Press
/// play to listen to this article` / `Voiced by artificial intelligence.`):
/// the dateline opening the story under them is found. A story whose paragraphs are one
/// line each has none read from a later paragraph.
#[test]
fn dateline_under_many_page_blocks() {
    let text = "Sign in\n\nExplainer\n\nDrivers face higher pump prices from midnight\n\nTransport unions have threatened to raise fares.\n\nWords by Carla Ashworth\n\nJune 13, 2026\n\n10 min read\n\nListen to this article\n\nSPOKANE — Long queues formed at filling stations on Saturday.\n\nOfficials said the subsidy had become unaffordable.";
    each_variant(text, |a, _, variant| {
        assert_headline_dateline(
            a,
            "Drivers face higher pump prices from midnight",
            "SPOKANE —",
            variant,
        );
    });
    // (one control short among them, the stamp and names of a page's
    // length, and its audio player's lines: Politico's page)
    let text = "Defense\n\nEU capitals balk at plan to pool defense buying\n\nAt least eight countries want guarantees for their own industries.\n\nThe plan will be discussed by ministers next week. | Ann Poe/AFP via Getty Images\n\nDecember 3, 2026 4:02 am CET\n\nBy Carla Ashworth and Bo Li\n\nPress play to listen to this article\n\nVoiced by artificial intelligence.\n\nBRUSSELS — A plan to centralize the purchase of air defense systems is running into resistance.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_headline_dateline(
            a,
            "EU capitals balk at plan to pool defense buying",
            "BRUSSELS —",
            variant,
        );
    });
    let text = "Pump prices rise\n\nDrivers queued.\n\nSome waited.\n\nOthers left.\n\nPrices rose.\n\nUnions objected.\n\nThe minister spoke.\n\nShops closed.\n\nSPOKANE — Long queues formed at filling stations on Saturday.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert!(a.dateline().is_none(), "{variant}");
    });
}

/// CNA's header in one block, its audio player's two lines last (`Listen
/// to this article` / `This audio is generated by an AI tool.`): the
/// player is furniture, so the block is the header and the dateline under
/// it is found.
#[test]
fn header_block_over_an_audio_player() {
    let text = "Business\nHarbour bank posts 9% rise in profit on wealth fees\nAnn Poe\n30 Jul 2026 05:52PM\nListen to this article\nThis audio is generated by an AI tool.\n\nSINGAPORE: Harbour Bank on Thursday reported a 9 per cent rise in profit.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_head(
            a,
            Some("Business"),
            "Harbour bank posts 9% rise in profit on wealth fees",
            &[T::Timestamp, T::Furniture, T::Furniture],
            variant,
        );
        assert_eq!(a.byline().map(|b| b.as_str()), Some("Ann Poe"), "{variant}");
        assert_eq!(
            a.dateline().map(|d| d.as_str()),
            Some("SINGAPORE:"),
            "{variant}"
        );
    });
}

/// Over the story's dateline a page may set its site's name over the
/// headline, a share bar of a button a line or the BBC's photo lines, and
/// a photo's caption: the dateline is still found, the standfirst under
/// the headline is the deck, and the bar and the caption are furniture. A
/// block of two story lines there ends the search.
#[test]
fn dateline_under_a_page_share_bar_and_caption() {
    for matter in [
        "Share\nFacebook\nTwitter\nEmail",
        "Image source, Getty Images\nImage caption, Ferries wait at the dock in Twitter Bay",
    ] {
        let text = format!(
            "Sign In | Subscribe\n\nThe Tri-County Beacon\n\nLocal  State  Nation  Schools  Weather\n\nMenu\n\nLOCAL NEWS\n\nHarbor board approves $9 million budget, trims ferry runs\n\nMembers split 5-2 after a three-hour meeting.\n\nBy Lena Marsh, Staff Writer\n\nSunday, February 16, 2025\n\n{matter}\n\nRiders wait at the dock on Friday. (Courtesy photo)\n\nASTORIA, Ore. — The harbor board voted on Sunday night to approve the budget.\n\nMore."
        );
        check_page_matter(&text);
    }
    let text = "Sign In | Subscribe\n\nThe Tri-County Beacon\n\nLocal  State  Nation  Schools  Weather\n\nMenu\n\nLOCAL NEWS\n\nHarbor board approves $9 million budget, trims ferry runs\n\nMembers split 5-2 after a three-hour meeting.\n\nBy Lena Marsh, Staff Writer\n\nSunday, February 16, 2025\n\nRiders waited at the dock on Friday for the last run.\nSome had waited for hours in the rain.\n\nASTORIA, Ore. — The harbor board voted on Sunday night to approve the budget.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert!(a.dateline().is_none(), "{variant}");
    });
}

/// [`dateline_under_a_page_share_bar_and_caption`]'s page, in each variant.
fn check_page_matter(text: &str) {
    each_variant(text, |a, _, variant| {
        assert_headline_dateline(
            a,
            "Harbor board approves $9 million budget, trims ferry runs",
            "ASTORIA, Ore. —",
            variant,
        );
        assert_eq!(
            a.deck().map(|d| d.as_str()),
            Some("Members split 5-2 after a three-hour meeting."),
            "{variant}"
        );
        let furniture = |s: &str| has_trailer(a, T::Furniture, |t| t.contains(s));
        assert!(furniture("Twitter"), "{variant}");
        assert!(furniture("(Courtesy photo)"), "{variant}");
        assert!(
            a.paragraphs()
                .next()
                .is_some_and(|p| p.as_str().starts_with("The harbor board voted")),
            "{variant}"
        );
    });
}

/// A page's controls a line each in a block of more than four lines (a
/// menu with a list's marks, the controls under it) over the header do not
/// end the search for the dateline under the headline, its stamp and a
/// caption.
#[test]
fn dateline_under_a_long_block_of_controls() {
    let text = "Coastal Morning Post\n\n\t* Business\n\t* Weather\n\t* Sport\n\t* Politics\n\t* Science\nSearch  Subscribe  Sign in\n\nRugby chiefs part ways with coach Fujita\n\nMonday, May 26, 2025\n\n[image: Ann Poe listens to questions. (Photo by Bo Li)]\n\nOSAKA, Japan — The rugby union dismissed its head coach on Monday.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_headline_dateline(
            a,
            "Rugby chiefs part ways with coach Fujita",
            "OSAKA, Japan —",
            variant,
        );
    });
}

/// A scraped page's breadcrumb trail, its list of categories, a control
/// (`Sign in`) or its desk's name (`CNN World`, `KGJH News`) alone over the
/// headline is none of the headline; a byline's bar is still a byline.
#[test]
fn page_lines_over_the_headline() {
    let story = "\n\nBy Ann Poe\n\nPORTLAND, Ore. (KGJH) - The first trains ran on Monday.";
    for (head, kicker) in [
        (
            "Cities, Development & Aid, Featured, Headlines, Latin America & the Caribbean\n\nPortland opens first metro line after years of delays",
            None,
        ),
        (
            "Home / Pakistan\n\nPortland opens first metro line after years of delays",
            None,
        ),
        (
            "UAE / Society\n\nPortland opens first metro line after years of delays",
            None,
        ),
        (
            "News › Local › Transport\n\nPortland opens first metro line after years of delays",
            None,
        ),
        (
            "Sign in\n\nPortland opens first metro line after years of delays",
            None,
        ),
        (
            "KGJH News\n\nPortland opens first metro line after years of delays",
            Some("KGJH News"),
        ),
        (
            "India News\n\nPortland opens first metro line after years of delays",
            Some("India News"),
        ),
        // (UNHCR's section)
        (
            "News and stories\n\nPortland opens first metro line after years of delays",
            Some("News and stories"),
        ),
    ] {
        let text = format!("{head}{story}");
        each_variant(&text, |a, _, variant| {
            assert_headline_dateline(
                a,
                "Portland opens first metro line after years of delays",
                "PORTLAND, Ore. (KGJH) -",
                &format!("{head:?} ({variant})"),
            );
            assert_eq!(
                a.kicker().map(|k| k.as_str()),
                kicker,
                "{head:?} ({variant})"
            );
        });
    }
    // a desk's name needs a code or a country before `News`; a byline's bar
    // over the story stays the byline
    let text = format!("Local News{story}");
    assert_headline_each(&text, Some("Local News"));
    // a headline's list of names: in no order, or with no section's name
    for head in [
        "Politics, Jobs, Health and Crime Top Concerns",
        "Apples, Beans, Corn, Dates Cost More",
    ] {
        let text = format!("{head}{story}");
        assert_headline_each(&text, Some(head));
    }
    for byline in ["Ann Poe | Reuters", "Ann Poe | Staff Writer"] {
        let text = format!("{byline}\n\nPORTLAND, Ore. (KGJH) - The first trains ran on Monday.");
        each_variant(&text, |a, _, variant| {
            assert_eq!(a.byline().map(|b| b.as_str()), Some(byline), "{variant}");
        });
    }
}

/// National agencies' English services set transmission lines, a slug of
/// codes, a section's name or the agency's name over the headline: none of
/// them is the headline.
#[test]
fn agency_lines_over_the_headline() {
    let rows = [
        "AGERPRES-SPO-ROM\n\nFloods force evacuation near Timisoara\n\nBucharest, February 5 /Agerpres/ - Heavy rain flooded parts of the city.",
        "PRI:1\nZCZC\n\nFloods force evacuation near Timisoara\n\nBucharest, February 5 /Agerpres/ - Heavy rain flooded parts of the city.",
        "Society\n\nFloods force evacuation near Timisoara\n\nBucharest, February 5 /Agerpres/ - Heavy rain flooded parts of the city.",
        "ECONOMY & FINANCE\nFloods force evacuation near Timisoara\n\nBucharest, February 5 /Agerpres/ - Heavy rain flooded parts of the city.",
        "Xinhua\n\nFloods force evacuation near Timisoara\n\nBucharest, February 5 /Agerpres/ - Heavy rain flooded parts of the city.",
        "Rating Action:\nFloods force evacuation near Timisoara\n\nBucharest, February 5 /Agerpres/ - Heavy rain flooded parts of the city.",
        "Announcement:\nFloods force evacuation near Timisoara\n14 Oct 2025\n\nBucharest, February 5 /Agerpres/ - Heavy rain flooded parts of the city.",
    ];
    for text in rows {
        each_variant(text, |a, _, variant| {
            assert_headline_dateline(
                a,
                "Floods force evacuation near Timisoara",
                "Bucharest, February 5 /Agerpres/ -",
                &format!("{text:?} ({variant})"),
            );
        });
    }
}

/// AP's wire copy of the 1990s: a slug line over the headline, an advisory
/// or editor's note, the byline and its role, all in one block; the
/// dateline in the indented paragraph under it, with `_` after the tag.
#[test]
fn wire_slug_over_the_headline() {
    let text = "PM-Flood-Missouri, 1st Ld-Writethru,0540\nRiver Crest Pushed Back\nEds: SUBS 5th graf to CORRECT spelling.\nEDITOR'S NOTE _ The river rose for a week.\nBy ANN POE\nAssociated Press Writer\n\n   ST. LOUIS (AP) _ Forecasters pushed back the\ncrest by a day.\n\n   The river stood at 44.6 feet.";
    each_variant(text, |a, _, variant| {
        let want = (
            some("River Crest Pushed Back"),
            some("By ANN POE"),
            some("ST. LOUIS (AP) _"),
            vec![
                (
                    T::Furniture,
                    "PM-Flood-Missouri, 1st Ld-Writethru,0540".to_owned(),
                ),
                (
                    T::EditorsNote,
                    "Eds: SUBS 5th graf to CORRECT spelling.".to_owned(),
                ),
                (
                    T::EditorsNote,
                    "EDITOR'S NOTE _ The river rose for a week.".to_owned(),
                ),
            ],
        );
        assert_eq!(header_of(a), want, "{variant}");
        assert_eq!(a.paragraphs().count(), 2, "{variant}");
    });
    // a block of seventeen header lines (more than the sixteen a header
    // block may have), or one with a wrapped sentence among its lines, is
    // no header: the search stops there, as before
    for text in [
        "BC-Storm,0450\nStorm Nears\nEds: A.\nEds: B.\nEds: C.\nEds: D.\nEds: E.\nEds: F.\nEds: G.\nEds: H.\nEds: I.\nEds: J.\nEds: K.\nEds: L.\nEds: M.\nBy ANN POE\nAP Writer\n\n   MIAMI (AP) _ Winds rose.",
        "BC-Storm,0450\nStorm Nears\nThe storm is expected to reach the\ncoast by Friday, forecasters said.\nBy ANN POE\n\n   MIAMI (AP) _ Winds rose.",
    ] {
        each_variant(text, |a, _, variant| {
            assert!(a.dateline().is_none(), "{text:?} ({variant})");
        });
    }
}

/// ANPA's line codes as some archives keep them: the caret opening each
/// header line with no closing code, the story's paragraphs opened by a
/// tab; or every line indented a space, as UPI's archived copy has it. The
/// header is read as with the closing codes. A lone slug opening with a
/// caret over a plain header is no such header: its byline and dateline
/// are read as the plain header's.
#[test]
fn anpa_line_codes_kept_in_part() {
    let text = "a0612\nr f PM-Mill-Strike 07-30 0153\n^PM-Mill-Strike,0153\n^Paper Mill Workers Set Strike Deadline\n^By ANN POE\n^AP Labor Writer\n\tGREEN BAY, Wis. (AP) _ Workers at the mill set a strike deadline.\n\tThe company said talks would go on.";
    each_variant(text, |a, _, variant| {
        assert_headline_dateline(
            a,
            "Paper Mill Workers Set Strike Deadline",
            "GREEN BAY, Wis. (AP) _",
            variant,
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("By ANN POE"),
            "{variant}"
        );
        assert_eq!(
            a.byline().and_then(|b| b.title()),
            Some("AP Labor Writer"),
            "{variant}"
        );
    });
    let text = " a0233 \n r w BC-DAM-REPAIR 3-12 0166\n ^BC-DAM-REPAIR<\n ^Senate panel backs dam repairs<\n ^By ANN POE<\n ^United Press International<\n    WASHINGTON (UPI) -- The Senate committee voted 9-6 Tuesday.\n    The vote was a setback.";
    each_variant(text, |a, _, variant| {
        assert_headline_dateline(
            a,
            "Senate panel backs dam repairs",
            "WASHINGTON (UPI) --",
            variant,
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("By ANN POE"),
            "{variant}"
        );
    });
    let text = "^BC-WAS-DAMREPAIR:WA\nSenate panel backs dam repairs\nBy Ann Poe\nThe Washington Post\n\nWASHINGTON \u{2014} The Senate committee voted 9-6 Tuesday.\n\nThe vote was a setback.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.dateline().map(|d| d.as_str()),
            Some("WASHINGTON \u{2014}"),
            "{variant}"
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("By Ann Poe"),
            "{variant}"
        );
    });
}

/// Wire copy stored raw with ANPA's line codes: each header line between a
/// caret and `<` or `=`, under the transmission line (here opening with
/// the feed's control bytes); the slug and the editor's note are trailers,
/// `By …` the byline with its role, the first other line the headline, the
/// codes furniture; the story opens on the first line without them, with
/// its dateline. With no headline among the codes, none is read.
#[test]
fn anpa_line_codes_around_the_header() {
    let text = "\u{16}\u{16}\u{1}a0412  4 u  BC-Ohio-Ice Storm 02-12 0398\u{2}\n^BC-Ohio-Ice Storm,0398<\n^Ice storm leaves 80,000 without power<\n^Eds: Updates with new outage figures.<\n^By ANN POE=\n^Associated Press Writer=\n   COLUMBUS, Ohio (AP) _ An ice storm coated central Ohio\nwith ice overnight.\n   Crews were on their way.";
    each_variant(text, |a, _, variant| {
        let want = (
            some("Ice storm leaves 80,000 without power"),
            some("By ANN POE"),
            some("COLUMBUS, Ohio (AP) _"),
            vec![
                (
                    T::Furniture,
                    "\u{16}\u{16}\u{1}a0412  4 u  BC-Ohio-Ice Storm 02-12 0398\u{2}".to_owned(),
                ),
                (T::Furniture, "BC-Ohio-Ice Storm,0398".to_owned()),
                (
                    T::EditorsNote,
                    "Eds: Updates with new outage figures.".to_owned(),
                ),
            ],
        );
        let (headline, byline, dateline, trailers) = header_of(a);
        let trailers: Vec<_> = trailers
            .into_iter()
            .filter(|(_, t)| !matches!(t.as_str(), "^" | "<" | "="))
            .collect();
        assert_eq!((headline, byline, dateline, trailers), want, "{variant}");
        assert_eq!(
            a.byline().and_then(|b| b.title()),
            Some("Associated Press Writer"),
            "{variant}"
        );
        assert_eq!(a.paragraphs().count(), 2, "{variant}");
    });
    // (the transmission line plain, its first byte in lower case)
    let text = "u i BC-Tornadoes 04-27 0312\n^Tornadoes rake Oklahoma, Kansas; 3 dead<\n^By ANN POE=\n^United Press International=\n   OKLAHOMA CITY, April 27 (UPI) -- A line of tornadoes tore\nacross the state.\n   Three people died.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Tornadoes rake Oklahoma, Kansas; 3 dead"),
            "{variant}"
        );
        assert_eq!(
            a.dateline().map(|d| d.as_str()),
            Some("OKLAHOMA CITY, April 27 (UPI) --"),
            "{variant}"
        );
    });
    // (under two transmission lines, the feed's and the category's, the
    // story under a line of blank space)
    let text = "r0183  \nu a BC-Ice-Storm 02-12 0159\n^BC-Ice-Storm,0159<\n^Ice storm leaves 80,000 without power<\n^By ANN POE=\n^Associated Press Writer=\n \n   COLUMBUS, Ohio (AP) _ An ice storm coated central Ohio\nwith ice overnight.\n   Crews were on their way.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Ice storm leaves 80,000 without power"),
            "{variant}"
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("By ANN POE"),
            "{variant}"
        );
        assert_eq!(
            a.dateline().map(|d| d.as_str()),
            Some("COLUMBUS, Ohio (AP) _"),
            "{variant}"
        );
        assert_eq!(
            a.trailers().first().map(|t| (t.kind(), t.as_str())),
            Some((T::Furniture, "r0183")),
            "{variant}"
        );
    });
    // (a story right under one coded line: its first line is the story's)
    let text = "u i BC-Tornadoes 04-27 0312\n^Tornadoes rake Oklahoma, Kansas; 3 dead<\n   OKLAHOMA CITY, April 27 (UPI) -- A line of tornadoes tore\nacross the state.\n   Three people died.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.dateline().map(|d| d.as_str()),
            Some("OKLAHOMA CITY, April 27 (UPI) --"),
            "{variant}"
        );
    });
    // (under the AP's line of when it sent the story, a stray code and the
    // category's line, as an archive keeps them)
    let text = "AP-NY-02-12-94 2150EST\n<\nr i AM-Ice-Storm a0638 02-12 0128\n^AM-Ice-Storm,0128<\n^Ice storm leaves 80,000 without power<\n^By ANN POE=\n^Associated Press Writer=\n   COLUMBUS, Ohio (AP) _ An ice storm coated central Ohio\nwith ice overnight.\n   Crews were on their way.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Ice storm leaves 80,000 without power"),
            "{variant}"
        );
        assert_eq!(
            a.dateline().map(|d| d.as_str()),
            Some("COLUMBUS, Ohio (AP) _"),
            "{variant}"
        );
    });
    // (under AP's slug line, the byline and its role without the codes)
    for slug in [
        "AP-US--Wildfire-Spokane,489",
        "BC-US--Wildfire-Spokane,1st Ld-Writethru",
    ] {
        let text = format!(
            "{slug}\n^Eds: UPDATES with death toll, details.<\nBy ANN POE\nAssociated Press Writer\n   SPOKANE, Wash. (AP) _ A fast-moving wildfire burned about\n3,400 acres by nightfall.\n   Crews held the line."
        );
        each_variant(&text, |a, _, variant| {
            assert!(a.headline().is_none(), "{variant}");
            assert_eq!(
                a.byline().map(|b| (b.as_str(), b.title())),
                Some(("By ANN POE", Some("Associated Press Writer"))),
                "{variant}"
            );
            assert_eq!(
                a.dateline().map(|d| d.as_str()),
                Some("SPOKANE, Wash. (AP) _"),
                "{variant}"
            );
            assert_eq!(
                a.trailers().first().map(|t| (t.kind(), t.as_str())),
                Some((T::Furniture, slug)),
                "{variant}"
            );
        });
    }
    // (a state wire's slug, key words with spaces, over the headline: the
    // place after it is the dateline's, not the state's code)
    let text = "AP-AR--School Safety Drills,0230\nState panel OKs new rules for school safety drills\nLITTLE ROCK, Ark. (AP) \u{2014} A state panel approved rules on Tuesday.\nThe rules take effect in the fall.";
    each_variant(text, |a, _, variant| {
        assert_headline_dateline(
            a,
            "State panel OKs new rules for school safety drills",
            "LITTLE ROCK, Ark. (AP) \u{2014}",
            variant,
        );
    });
    // (with no role under the byline, the dateline's line is the story's)
    let text = "AP-US--Wildfire-Spokane,489\n^Eds: UPDATES with death toll.<\nBy ANN POE\n   SPOKANE, Wash. (AP) _ A fast-moving wildfire burned about\n3,400 acres by nightfall.\n   Crews held the line.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.byline().map(|b| (b.as_str(), b.title())),
            Some(("By ANN POE", None)),
            "{variant}"
        );
        assert_eq!(
            a.dateline().map(|d| d.as_str()),
            Some("SPOKANE, Wash. (AP) _"),
            "{variant}"
        );
    });
    let text = "^BC-HKN--Concussion Study,0521<\n^Eds: AMs. Moved in advance.<\n^By ANN POE=\n^AP Sports Writer=\n   TORONTO (AP) _ A study of former players found more memory\nproblems.\n   The authors were cautious.";
    each_variant(text, |a, _, variant| {
        assert!(a.headline().is_none(), "{variant}");
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("By ANN POE"),
            "{variant}"
        );
        assert_eq!(
            a.dateline().map(|d| d.as_str()),
            Some("TORONTO (AP) _"),
            "{variant}"
        );
    });
}

/// A magazine's header as The Economist stacks it in one block: the
/// section and the fly-title (the kicker), the headline, the rubric (the
/// deck), and the date with the place after a bar, its dateline
/// (`Mar 6th 2025 | WARSAW`), or the date alone (a stamp).
#[test]
fn magazine_section_and_fly_title_over_the_headline() {
    type Row<'r> = (
        &'r str,
        &'r str,
        &'r str,
        &'r str,
        Option<(&'r str, &'r str)>,
    );
    let rows: &[Row<'_>] = &[
        (
            "Europe\nPoland's farmers\nTractors at the gates\nA government that courted the countryside is learning its limits\nMar 6th 2025 | WARSAW\n\nON A FROZEN morning some 2,000 tractors rolled into the capital.\n\nThe farmers had one message.",
            "Europe",
            "Tractors at the gates",
            "A government that courted the countryside is learning its limits",
            Some(("WARSAW", "Mar 6th 2025")),
        ),
        (
            "United States\nFederal employment\nBack at their desks, but for how long?\nAgencies face a hiring drought as their most experienced staff leave\nNov 27th 2025 | WASHINGTON, DC\n\nTHE LIGHTS are back on at the Department of the Interior.\n\nBy most counts the return was smooth.",
            "United States\nFederal employment",
            "Back at their desks, but for how long?",
            "Agencies face a hiring drought as their most experienced staff leave",
            Some(("WASHINGTON, DC", "Nov 27th 2025")),
        ),
        (
            "Middle East & Africa\nKenya’s tech sector\nSilicon Savannah’s growing pains\nStart-ups that raised easy money are discovering the limits of patience\nMay 14th 2026 | NAIROBI\n\nTHE BEANBAGS are gone from the offices of a payments firm.\n\nSo are a third of its staff.",
            "Middle East & Africa\nKenya’s tech sector",
            "Silicon Savannah’s growing pains",
            "Start-ups that raised easy money are discovering the limits of patience",
            Some(("NAIROBI", "May 14th 2026")),
        ),
        (
            "Leaders\nCentral banks\nThe independence illusion\nGovernments everywhere are leaning on their central bankers. Markets have noticed\nJan 8th 2026\n\nCENTRAL-BANK independence was one of the great policy successes of the century.\n\nThat consensus is fraying.",
            "Leaders\nCentral banks",
            "The independence illusion",
            "Governments everywhere are leaning on their central bankers. Markets have noticed",
            None,
        ),
    ];
    for (text, kicker, headline, deck, dateline) in rows {
        each_variant(text, |a, _, variant| {
            let lf = |s: &str| s.replace("\r\n", "\n").replace('\r', "\n");
            let what = format!("{text:?} ({variant})");
            assert_eq!(
                a.kicker().map(|h| lf(h.as_str())).as_deref(),
                Some(*kicker),
                "{what}"
            );
            assert_eq!(a.headline().map(|h| h.as_str()), Some(*headline), "{what}");
            assert_eq!(a.deck().map(|h| h.as_str()), Some(*deck), "{what}");
            let got = a.dateline().map(|d| {
                (
                    d.place().map_or("", |p| p.as_str()),
                    d.date().map_or("", |p| p.as_str()),
                )
            });
            assert_eq!(got, *dateline, "{what}");
        });
    }
    // a section over a short headline with no rubric under it stays as it
    // was: no fly-title
    let text = "Hong Kong\nPolitics\n\nLegco passes budget bill\n\nBy Ann Poe";
    each_variant(text, |a, _, variant| {
        assert!(a.kicker().is_none(), "{variant}");
    });
}

/// Lines archives keep over a story that are no headline: the AP's line of
/// when it sent the story (`AP-NY-03-03-25 1412EST`), a news service's
/// advisory in brackets (`(ART ADV)`), and the BBC's note where its video
/// player stood or its credit and caption run together, as the XSum corpus
/// keeps them.
#[test]
fn archive_lines_over_the_story() {
    let rows: &[(&str, Option<&str>, T)] = &[
        (
            "AP-NY-03-03-25 1412EST\n\nChicago Teachers Reach Tentative Contract Deal\n\nBy ANN POE\nAssociated Press Writer\n\n   CHICAGO (AP) _ The union and the board reached a deal.\n\n   Talks went on all night.",
            Some("Chicago Teachers Reach Tentative Contract Deal"),
            T::Furniture,
        ),
        (
            "BC-GOLF-AUGUSTA-WEATHER-NYT\n(ART ADV)\nBy ANN POE\nc.2024 N.Y. Times News Service\n\nAUGUSTA, Ga. _ The forecast calls for storms.\n\nOfficials are ready.",
            None,
            T::EditorsNote,
        ),
        (
            "Media playback is not supported on this device\n\nStruggling at 62-4, the visitors were rescued by a stand of 143.\n\nThe hosts lost by six wickets.",
            None,
            T::Furniture,
        ),
        (
            "Image copyright Getty Images Image caption Crews fought the fire for 12 hours\n\nA wildfire on the island has forced villages to be evacuated, officials say.\n\nStrong winds fanned the flames.",
            None,
            T::Furniture,
        ),
    ];
    for (text, headline, kind) in rows {
        each_variant(text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                *headline,
                "{text:?} ({variant})"
            );
            assert!(kinds_of(a).contains(kind), "{text:?} ({variant})");
        });
    }
}

/// A paper's page copied with its motto at the top, alone or between the
/// page's links (`Sign in` / `Democracy Dies in Darkness` / `National`),
/// or a site's tagline (Reuters' `Exclusive news, data and analytics for
/// financial market professionals`), perhaps under the site's name (`UN
/// News` / `Global perspective Human stories`): the motto's part is
/// furniture, and
/// the headline is read under it.
#[test]
fn motto_over_the_headline() {
    for top in [
        "Democracy Dies in Darkness",
        "Sign in\nDemocracy Dies in Darkness\nNational",
        "ALL THE NEWS THAT'S FIT TO PRINT",
        // (under the site's name, as UN News' pages copy)
        "UN News\nGlobal perspective Human stories",
        "Global perspective Human stories",
        // (a site's tagline under its link to the story, as Reuters' pages
        // copy: the section's crumbs under it)
        "Skip to main content\nExclusive news, data and analytics for financial market professionals\n\nLegal / Litigation",
    ] {
        let text = format!(
            "{top}\n\nRent freeze draws hundreds to a protest\n\nLandlords say a cap would choke off building.\n\nBy Ann Poe\n\nEUGENE, Ore. — Renters packed a hearing on Saturday.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Rent freeze draws hundreds to a protest"),
                "{top:?} ({variant})"
            );
        });
    }
}

/// UN News' page: the site's name over its tagline (`UN News` / `Global
/// perspective Human stories`), then the headline, then the day and the
/// topic, with no byline: the tagline is furniture, not the headline.
#[test]
fn site_name_over_its_motto() {
    let text = "UN News\nGlobal perspective Human stories\n\nSudan: Aid convoys reach besieged city for first time in months\n\n3 March 2026 Humanitarian Aid\n\nA convoy of 22 trucks carrying food and medicine has reached a besieged city in Darfur for the first time since October, UN humanitarians said on Tuesday.\n\nThe convoy was organized by two UN agencies.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Sudan: Aid convoys reach besieged city for first time in months"),
            "{variant}"
        );
    });
}

/// Sports and arts pages over the headline: the section's label (`Formula
/// 1`, `Men’s College Basketball`, a club's `First Team`, `Film`) is the
/// kicker, alone in its block or on the line over the headline; a review's
/// rating in stars under the headline is furniture, and the standfirst
/// under it the deck; a credits box's label (`Certificate: PG`) names no
/// one.
#[test]
fn sports_and_arts_labels_over_the_headline() {
    for label in [
        "Formula 1",
        "Men’s College Basketball",
        "Women's College Basketball",
        "First Team",
        "Premier League",
        "Champions League",
        "NASCAR",
        "MLS",
        "WNBA",
        "NCAA",
        "Rugby Union",
        "Rugby League",
        "Olympics",
        "Transfer News",
        "Film",
        "Film Review",
        "Movies",
        "Television",
        "Theatre",
        "Theater",
    ] {
        for gap in ["\n", "\n\n"] {
            let text = format!(
                "{label}{gap}Harbour City sign winger on five-year deal\n\nBy Ann Poe\n\nHarbour City signed the winger on Monday.\n\nThe fee was not disclosed."
            );
            each_variant(&text, |a, _, variant| {
                assert_eq!(
                    a.headline().map(|h| h.as_str()),
                    Some("Harbour City sign winger on five-year deal"),
                    "{label:?} ({variant})"
                );
                assert_eq!(
                    a.kicker().map(|k| k.as_str()),
                    Some(label),
                    "{label:?} ({variant})"
                );
            });
        }
    }
    // (a long label over the headline and its standfirst in one block, and
    // a review's label over a headline opening with a quote)
    for (label, headline) in [
        (
            "Men’s College Basketball",
            "Poe’s big night lifts Gulls past Terns",
        ),
        (
            "Women's College Basketball",
            "Poe’s big night lifts Gulls past Terns",
        ),
        ("Film Review", "‘Harbour Lights’ Review: Patience Rewarded"),
    ] {
        let text = format!(
            "{label}\n{headline}\nA closer look at what went right, and what comes next.\n\nBy Tom Roe\n\nAnn Poe scored 31 points on Saturday.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some(headline),
                "{label:?} ({variant})"
            );
        });
    }
    let text = "Film\nHarbour Lights review – a slow film saved by its star\n★★☆☆☆\nAnn Poe is superb in a drama of the docks\n\nTom Roe\nWednesday 28 January 2026 06:44 GMT\n\nHarbour Lights\nDirected by Jo Li\nCertificate: PG · Running time: 2hr 10min\n\nYou think you know where the film is headed.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Harbour Lights review – a slow film saved by its star"),
            "{variant}"
        );
        assert_eq!(
            a.deck().map(|d| d.as_str()),
            Some("Ann Poe is superb in a drama of the docks"),
            "{variant}"
        );
        assert!(has_trailer(a, T::Furniture, |t| t == "★★☆☆☆"), "{variant}");
        assert!(
            a.byline()
                .is_none_or(|b| !b.as_str().starts_with("Certificate")),
            "{variant}"
        );
    });
}

/// A regional paper's page sets the byline's `By` alone on the line over
/// the names and the writer's role: the label is the byline's (its text
/// runs from `By`), the role its title, and the headline over them stays
/// the headline (the label alone was read as a page's control, and the
/// headline over it as the page's top).
#[test]
fn byline_label_alone_over_the_names() {
    let text = "Street kept awake by off-road bikes\n\nBy\nAnn Poe\nCommunity Reporter\n\nResidents of a street said on Monday that bikes race past their homes at night.\n\nPolice said they would patrol.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Street kept awake by off-road bikes"),
            "{variant}"
        );
        let b = a
            .byline()
            .ok_or("no byline")
            .unwrap_or_else(|e| panic!("{e} ({variant})"));
        assert_eq!(
            b.as_str().split_whitespace().collect::<Vec<_>>(),
            ["By", "Ann", "Poe"],
            "{variant}"
        );
        assert_eq!(b.authors().collect::<Vec<_>>(), ["Ann Poe"], "{variant}");
        assert_eq!(b.title(), Some("Community Reporter"), "{variant}");
        assert!(!kinds_of(a).contains(&T::Furniture), "{variant}");
    });
    // (a name that opens as `By` does takes the label too)
    let byron = text.replace("Ann Poe", "Byron Poe");
    each_variant(&byron, |a, _, variant| {
        assert_eq!(
            a.byline()
                .map(|b| b.as_str().split_whitespace().collect::<Vec<_>>()),
            Some(vec!["By", "Byron", "Poe"]),
            "{variant}"
        );
    });
    // (a headline of a few words over the label too)
    let short = text.replace("Street kept awake by off-road bikes", "Bikes wake street");
    each_variant(&short, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Bikes wake street"),
            "{variant}"
        );
    });
    // (a blank line between the label and the names parts them: the label
    // is furniture of its own)
    let parted = text.replace("By\nAnn", "By\n\nAnn");
    each_variant(&parted, |a, _, variant| {
        assert!(has_trailer(a, T::Furniture, |t| t == "By"), "{variant}");
    });
}

/// A financial site's page: the list's label under the headline (`Key
/// Points`, `Quick Take`) names no one, and the names with the account
/// glued to them (`Ann Poe@PoeCNBC`, as the page copies) are the byline.
#[test]
fn list_label_and_glued_account_under_the_headline() {
    for label in [
        "Key Points",
        "Quick Take",
        "KEY TAKEAWAYS",
        "Takeaways",
        "In Summary",
    ] {
        let text = format!(
            "Harbour Bank to buy Coastal Trust for $2 billion\n\nAnn Poe@PoeCNBC\n\n{label}\nThe offer is a 21% premium.\nAnalysts were split.\n\nHALIFAX — Harbour Bank agreed to buy Coastal Trust on Monday.\n\nThe deal needs approval."
        );
        each_variant(&text, |a, _, variant| {
            let authors = a.byline().map(|b| b.authors().collect::<Vec<_>>());
            assert_eq!(authors, Some(vec!["Ann Poe"]), "{label:?} ({variant})");
            assert_eq!(
                a.dateline().map(|d| d.as_str()),
                Some("HALIFAX —"),
                "{label:?} ({variant})"
            );
        });
        // (the label alone under the headline is no byline either)
        let text = format!(
            "Harbour Bank to buy Coastal Trust\n\n{label}\n\nHALIFAX — Harbour Bank agreed to buy Coastal Trust on Monday."
        );
        each_variant(&text, |a, _, variant| {
            assert!(a.byline().is_none(), "{label:?} ({variant})");
        });
    }
}

/// A nonprofit newsroom's page: the newsletter's offer right under the
/// byline and its stamp (`Sign up for The Harbour Brief, our daily
/// newsletter …`) is a promotion of its own, not the byline's title, and
/// the stamp after the names is cut from the byline as before.
#[test]
fn newsletter_offer_under_the_byline() {
    for byline in [
        "By Ann Poe | Mar 3, 2026, 6:16pm EST",
        "BY ANN POE  MARCH 3, 2026  6 AM CENTRAL",
    ] {
        let text = format!(
            "Ferry fares frozen for a year\nThe board cited falling fuel costs.\n{byline}\nSign up for The Harbour Brief, our free daily newsletter that keeps readers up to speed.\n\nHALIFAX — The ferry board froze fares on Monday.\n\nCommuters welcomed the decision."
        );
        each_variant(&text, |a, _, variant| {
            let names = byline
                .split(['|', ' '])
                .take(3)
                .collect::<Vec<_>>()
                .join(" ");
            assert_eq!(
                a.byline().map(|b| b.as_str()),
                Some(names.as_str()),
                "{variant}"
            );
            assert!(a.byline().is_some_and(|b| b.title().is_none()), "{variant}");
            assert!(
                has_trailer(a, T::Promo, |t| t
                    .starts_with("Sign up for The Harbour Brief")),
                "{variant}"
            );
        });
    }
}

/// A public broadcaster's page copied whole: the photo's caption and its
/// credit around the buttons that show and hide it (`hide caption` /
/// `toggle caption`), a block of five lines between the byline and the
/// story, is passed over, and the dateline under it is read.
#[test]
fn caption_buttons_over_the_dateline() {
    let text = "Ferry fares frozen for a year as islanders protest\nUpdated March 3, 2026 at 6:12 PM ET\nBy Ann Poe\n\nCommuters board the morning ferry on Monday.\nTom Roe for Harbour Radio\nhide caption\ntoggle caption\nTom Roe for Harbour Radio\n\nHALIFAX, Nova Scotia — The ferry board froze fares on Monday after a week of protests.\n\nCommuters' groups welcomed the decision.";
    // (either button alone will do, as some copies keep one)
    let hide = text.replace("toggle caption\n", "Tom Roe\n");
    let toggle = text.replace("hide caption\n", "Tom Roe\n");
    for text in [text, hide.as_str(), toggle.as_str()] {
        each_variant(text, |a, _, variant| {
            assert_headline_dateline(
                a,
                "Ferry fares frozen for a year as islanders protest",
                "HALIFAX, Nova Scotia —",
                variant,
            );
            assert_eq!(
                a.byline().map(|b| b.as_str()),
                Some("By Ann Poe"),
                "{variant}"
            );
        });
    }
}

/// A local TV station's page copied with no blank line between the
/// story's lines: the video's caption under its label (`Video above: …`)
/// runs on over the dateline with the station's call sign, in a block too
/// long for a header's. The dateline on the block's second line is read; a
/// plain sentence over it keeps it a sentence of the story.
#[test]
fn video_caption_over_the_dateline() {
    let story = "CLEVELAND (WJW) — A storm with winds of 90 mph brought down trees across the east side on Monday, the weather service said.\nNo one was hurt, according to the county.\nCrews expect to clear the last roads by Tuesday night, though some side streets in the older neighborhoods near the lake could take longer, the city's public works director said at a briefing on Monday afternoon.";
    for caption in [
        "Video above: Crews cleared fallen trees from Euclid Avenue.",
        "VIDEO ABOVE: Crews cleared fallen trees from Euclid Avenue.",
        "Photo: Ann Poe/WJW",
    ] {
        let text = format!(
            "Storm topples trees across Cleveland's east side\nby: Ann Poe\nPosted: Mar 9, 2026 / 05:43 AM EDT\n\n{caption}\n{story}"
        );
        each_variant(&text, |a, _, variant| {
            assert_headline_dateline(
                a,
                "Storm topples trees across Cleveland's east side",
                "CLEVELAND (WJW) —",
                variant,
            );
            let source = a.dateline().and_then(|d| d.source()).map(|s| s.as_str());
            assert_eq!(source, Some("WJW"), "{variant}");
        });
    }
    let plain = "Storm topples trees across Cleveland's east side\nby: Ann Poe\n\nCrews cleared fallen trees from Euclid Avenue on Monday morning.\nCLEVELAND (WJW) — A storm with winds of 90 mph brought down trees across the east side on Monday, the weather service said.\nNo one was hurt, according to the county.\nCrews expect to clear the last roads by Tuesday night, though some side streets in the older neighborhoods near the lake could take longer, the city's public works director said at a briefing on Monday afternoon.";
    each_variant(plain, |a, _, variant| {
        assert!(a.dateline().is_none(), "{variant}");
    });
}

/// Patch's page copied as text: the section, headline, standfirst, byline
/// and its badge, the stamp and the update's stamp after a bar
/// (`|Updated Tue, Apr 21, 2026 at 11:30 pm ET`), and the photo's caption,
/// one block over the story: the block is the header, so the dateline under
/// it is read.
#[test]
fn stamp_after_a_bar_in_the_header() {
    for update in [
        "|Updated Tue, Apr 21, 2026 at 11:30 pm ET",
        "| Updated Tue, Apr 21, 2026 at 11:30 pm ET",
    ] {
        let text = format!(
            "Schools\nMetuchen School Board Adopts $148.8 Million Budget\nThe average homeowner will pay about $297 more next year.\nBy Ann Poe, Patch Staff\nVerified Patch Staff Badge\nApr 21, 2026 9:10 am ET\n{update}\nMembers of the board listen to public comment during Monday's meeting. (Shutterstock)\n\nMETUCHEN, NJ — The Metuchen Board of Education voted 6-1 Monday night to adopt a $148.8 million spending plan.\n\nTaxes will rise."
        );
        each_variant(&text, |a, _, variant| {
            assert_headline_dateline(
                a,
                "Metuchen School Board Adopts $148.8 Million Budget",
                "METUCHEN, NJ —",
                variant,
            );
            assert!(
                has_trailer(a, T::Timestamp, |t| t == update),
                "{update:?} ({variant})"
            );
        });
    }
}

/// A community site's header block with the photo's caption over its
/// credit's line at its end (`Ann Poe inside her shop on Main Street.` /
/// `Credits: File photo`, TAPinto; `Credit: Ann Poe/Block Club Chicago`):
/// the block is the header, so the dateline under it is read. A sentence
/// over a line that is no credit's (or a credit's label before a long
/// sentence) keeps the block the story's.
#[test]
fn caption_over_its_credit_in_the_header() {
    for credit in ["Credits: File photo", "Credit: Ann Poe/Block Club Chicago"] {
        let text = format!(
            "End of an Era: Sal's Shoe Service to Close\nBy Ann Poe\nNovember 10, 2025 at 9:48 PM\nRaj Patel inside Sal's Shoe Service on Main Street.\n{credit}\n\nSCOTCH PLAINS, NJ — After 74 years on Main Street, Sal's Shoe Service will close.\n\nThe owner is 72."
        );
        each_variant(&text, |a, _, variant| {
            assert_headline_dateline(
                a,
                "End of an Era: Sal's Shoe Service to Close",
                "SCOTCH PLAINS, NJ —",
                variant,
            );
        });
    }
    for under in [
        "Credit cards are no longer taken.",
        "Credit: the shop took cards for years, though the owner never liked the fees the banks charged.",
        "Credit: the shop took cards for years.",
    ] {
        let text = format!(
            "End of an Era: Sal's Shoe Service to Close\nBy Ann Poe\nNovember 10, 2025 at 9:48 PM\nRaj Patel inside Sal's Shoe Service on Main Street.\n{under}\n\nSCOTCH PLAINS, NJ — After 74 years on Main Street, Sal's Shoe Service will close.\n\nThe owner is 72."
        );
        each_variant(&text, |a, _, variant| {
            assert!(a.dateline().is_none(), "{under:?} ({variant})");
        });
    }
}

/// A trade paper's page copied with its copyright notice run on over the
/// story's first line, the dateline's (`©2026 Agri-Pulse Communications,
/// Inc.` / `WASHINGTON, March 3, 2026 – …`), in a block too long for a
/// header's: the dateline under the notice is read, and the notice stays
/// in the text (a paragraph, or the copyright's node where a news
/// service's line is known). A sentence about copyright over it is no notice.
#[test]
fn copyright_notice_over_the_dateline() {
    let story = "WASHINGTON, March 3, 2026 – House farm leaders are aiming to mark up a new farm bill in April, though talks over the budget baseline, the money the bill may spend over its five years, have yet to produce a deal between the parties.\nThe committee's chairman told reporters on Tuesday that staff were close.\nFarm groups have pressed for a vote before the spring planting season, saying producers need to know the rules of the next five years before they make their plans for the crop.";
    for notice in [
        "©2026 Agri-Pulse Communications, Inc.",
        "© 2026 Acme Trade Media",
        "Copyright 2026 Acme Trade Media",
        "(c) 2026 The Farm Weekly",
    ] {
        let text = format!(
            "House Ag leaders eye April markup for farm bill\n\nBy Ann Poe\n\n{notice}\n{story}"
        );
        each_variant(&text, |a, _, variant| {
            assert_headline_dateline(
                a,
                "House Ag leaders eye April markup for farm bill",
                "WASHINGTON, March 3, 2026 –",
                variant,
            );
            let kept = paragraph_texts(a).iter().any(|p| p.as_str() == notice)
                || has_trailer(a, T::Copyright, |t| t == notice);
            assert!(kept, "{notice:?} ({variant})");
        });
    }
    let plain = format!(
        "House Ag leaders eye April markup for farm bill\n\nBy Ann Poe\n\nCopyright fights over seed patents went on.\n{story}"
    );
    each_variant(&plain, |a, _, variant| {
        assert!(a.dateline().is_none(), "{variant}");
    });
}

/// A story as the Reuters-21578 collection keeps it with its markup
/// stripped: the time stamp, the topic and place codes in lower case a
/// line each, then the headline in capitals over the indented story. The
/// stamp and the codes are furniture, and the headline is read under them.
#[test]
fn collection_stamp_and_codes_over_the_headline() {
    for (stamp, codes) in [
        ("12-APR-1987 09:14:02.17", "grain\nwheat\ncanada"),
        ("8-APR-1987 19:29:40.06", "earn usa"),
    ] {
        let text = format!(
            "{stamp}\n{codes}\n\nHARBOUR GRAIN SEES HIGHER WHEAT SHIPMENTS\n    HALIFAX, April 12 - Harbour Grain said wheat shipments\nwould rise this spring.\n    The company gave no figures.\n"
        );
        each_variant(&text, |a, _, variant| {
            assert_headline_dateline(
                a,
                "HARBOUR GRAIN SEES HIGHER WHEAT SHIPMENTS",
                "HALIFAX, April 12 -",
                variant,
            );
            assert!(
                has_trailer(a, T::Furniture, |t| t.starts_with(&codes[..5])),
                "{codes:?} ({variant})"
            );
        });
    }
}

/// A story as the TREC collections keep AP's copy: the document number
/// (`AP890825-0115`), the line of when it was sent and the slugs over the
/// headline, the byline and its role, then the place and the tag alone on
/// their line (`PARIS (AP)`) over the story's indented paragraphs: the
/// number is furniture, and the place and tag are the dateline.
#[test]
fn trec_ap_dateline_alone_over_the_story() {
    let text = "AP880412-0187\nAP-NR-04-12-88 0412EST\nr a AM-Ferry-Strike 04-12 0366\nAM-Ferry Strike,0377\nFerry Crews Walk Out Over Pay, Stranding Islanders\nBy ANN POE\nAssociated Press Writer\nHALIFAX, Nova Scotia (AP)\n   Ferry crews walked off the job on Monday,\nleaving hundreds of islanders stranded on the mainland.\n   The union said talks had broken down.\n";
    each_variant(text, |a, _, variant| {
        assert_headline_dateline(
            a,
            "Ferry Crews Walk Out Over Pay, Stranding Islanders",
            "HALIFAX, Nova Scotia (AP)",
            variant,
        );
        assert!(
            has_trailer(a, T::Furniture, |t| t == "AP880412-0187"),
            "{variant}"
        );
        assert!(
            paragraph_texts(a)
                .first()
                .is_some_and(|p| p.starts_with("Ferry crews walked off the job on Monday,")),
            "{variant}"
        );
    });
    // (a name in mixed case over a tag is a paper's and its state, no
    // dateline: `Philadelphia Inquirer, The (PA)`; nor is a tag no agency
    // table knows)
    for line in ["Harbour Courier, The (PA)", "HALIFAX (XYZ)"] {
        let text = format!(
            "Ferry crews walk out\n{line}\nFerry crews walked off the job on Monday.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            assert!(a.dateline().is_none(), "{line:?} ({variant})");
        });
    }
}

/// Teletype copy whose header ends with the end mark alone (`=`) under the
/// byline, its message line with the agency's codes after a slash (`AFP0214
/// 4 I 0398 AFP /AFP-UB72`): the dateline in the indented paragraph under
/// it is read, and the headline over the byline.
#[test]
fn teletype_end_mark_under_the_byline() {
    let text = "ZCZC\nAFP0214 4 I 0398 AFP /AFP-UB72\nBelgium-transport-strike,2ndlead\nRail strike paralyses Belgium for second day\n By Ann POE\n=\n   BRUSSELS, Oct 15, 2025 (AFP) - A strike by rail workers\nhalted most trains for a second day.\n   Unions are protesting.\n   The strike ends on Thursday.\n   Only one train in five ran.\n   Commuters were stranded.\n   Talks resume next week.\n   Unions plan more action.\n   The rail operator apologised.\n   Roads were jammed.\n   Airports were busy.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Rail strike paralyses Belgium for second day"),
            "{variant}"
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("By Ann POE"),
            "{variant}"
        );
        assert_eq!(
            a.dateline().map(|d| d.as_str()),
            Some("BRUSSELS, Oct 15, 2025 (AFP) -"),
            "{variant}"
        );
    });
}

/// A wire story's text, the kicker and headline read from it, and the
/// header's trailers with their kinds, in order.
type WireRow<'r> = (
    &'r str,
    Option<&'r str>,
    Option<&'r str>,
    &'r [(T, &'r str)],
);

/// Asserts each row of wire copy in every variant: its kicker, headline
/// and header trailers, and `dateline` of the article (a dateline read,
/// or one with its agency's tag).
fn assert_wire_rows(rows: &[WireRow<'_>], dateline: impl Fn(&Article<'_>) -> bool) {
    for (text, kicker, headline, trailers) in rows {
        each_variant(text, |a, _, variant| {
            let what = format!("{text:?} ({variant})");
            assert_eq!(a.kicker().map(|h| h.as_str()), *kicker, "{what}");
            assert_eq!(a.headline().map(|h| h.as_str()), *headline, "{what}");
            let (_, _, _, got) = header_of(a);
            let got: Vec<(T, &str)> = got.iter().map(|(k, t)| (*k, t.as_str())).collect();
            assert_eq!(got, *trailers, "{what}");
            assert!(dateline(a), "{what}");
        });
    }
}

/// Today's wire slugs over the headline (AP's `AP-US-Storm-Idaho, 1st
/// Ld-Writethru`, the Canadian Press's `BC-CP-Owl-Survey, 93` and older
/// `Sask-Grain-Rail,0389`, AFP's `Senegal-fishing-economy,FOCUS`, a news
/// service's `BC-JAZZ-CLUB-CLOSING-NYT`), a word count and a `Keywords:`
/// line are furniture (a news service's slug alone over the story, its
/// only title, stays the headline); a priority (`BULLETIN`) is
/// the kicker, over the headline or over a story sent with none. A
/// headline opening with `AP-` or `BC-` words, or with a priority and
/// more, stays the headline.
#[test]
fn todays_wire_slugs_over_the_headline() {
    let rows: [WireRow<'_>; 16] = [
        (
            "Sask-Grain-Rail,0389\nFarmers say rail delays leave grain in bins\nBy Ann Poe\nTHE CANADIAN PRESS\n\nREGINA — Farmers say rail delays are costing them.",
            None,
            Some("Farmers say rail delays leave grain in bins"),
            &[(T::Furniture, "Sask-Grain-Rail,0389")],
        ),
        (
            "Senegal-fishing-economy,FOCUS\nSenegal's fishermen turn to seaweed\nby Ann Poe\n\nDAKAR, Sept 3, 2025 (AFP) - Catches have fallen.",
            None,
            Some("Senegal's fishermen turn to seaweed"),
            &[(T::Furniture, "Senegal-fishing-economy,FOCUS")],
        ),
        (
            "BC-JAZZ-CLUB-CLOSING-NYT\n\nLast set at the Blue Lantern jazz club\n\nBy Ann Poe\n\nNEW YORK _ The club closed.",
            None,
            Some("Last set at the Blue Lantern jazz club"),
            &[(T::Furniture, "BC-JAZZ-CLUB-CLOSING-NYT")],
        ),
        (
            "FLASH\nAP-US-Owl-Survey-Idaho, 1st Ld-Writethru\nEds: Adds byline.\n(153 words)\nVolunteers count rare owls near Boise\nBy ANN POE\nAP Science Writer\n\nBOISE, Idaho (AP) -- Volunteers counted owls.",
            Some("FLASH"),
            Some("Volunteers count rare owls near Boise"),
            &[
                (T::Furniture, "AP-US-Owl-Survey-Idaho, 1st Ld-Writethru"),
                (T::EditorsNote, "Eds: Adds byline."),
                (T::Furniture, "(153 words)"),
            ],
        ),
        (
            "BULLETIN\nAP-AS-Storm-Vietnam\n\nHANOI, Vietnam (AP) — A storm tore through Hanoi.",
            Some("BULLETIN"),
            None,
            &[(T::Furniture, "AP-AS-Storm-Vietnam")],
        ),
        (
            "BC-CP-Transit-Strike-Alberta, 1st Writethru\nKeywords: TRANSIT-STRIKE\nTransit strike shuts bus routes in Red Deer\nBy Ann Poe\nTHE CANADIAN PRESS\n\nRED DEER, Alta. — Commuters packed into taxis.",
            None,
            Some("Transit strike shuts bus routes in Red Deer"),
            &[
                (T::Furniture, "BC-CP-Transit-Strike-Alberta, 1st Writethru"),
                (T::Furniture, "Keywords: TRANSIT-STRIKE"),
            ],
        ),
        (
            "BC-CP-Owl-Survey-Manitoba, 93\nVolunteers count rare owls near Winnipeg\n\nWINNIPEG (CP) — Volunteers counted owls.",
            None,
            Some("Volunteers count rare owls near Winnipeg"),
            &[(T::Furniture, "BC-CP-Owl-Survey-Manitoba, 93")],
        ),
        // agencies' slugs with no desk's code over the headline, in one
        // block; a note to editors under it
        (
            "URGENT\nPeru-politics-Congress\nPeru Congress ousts cabinet chief\n\nLIMA, Nov 27, 2026 (AFP) - Congress voted.",
            Some("URGENT"),
            Some("Peru Congress ousts cabinet chief"),
            &[(T::Furniture, "Peru-politics-Congress")],
        ),
        (
            "Germany/Transport/Labour\nGerman rail operator to hire staff\n\nBerlin (dpa) - The operator will hire.",
            None,
            Some("German rail operator to hire staff"),
            &[(T::Furniture, "Germany/Transport/Labour")],
        ),
        // (the Associated Press of Pakistan's story code)
        (
            "APP97-081025\nSialkot beat Quetta by 9 wickets\n\nRAWALPINDI, Oct 08 (APP): Sialkot won.",
            None,
            Some("Sialkot beat Quetta by 9 wickets"),
            &[(T::Furniture, "APP97-081025")],
        ),
        (
            "BC-SHUTDOWN-CONGRESS-NYT\nCongress Passes Stopgap Bill\n(ATTN: Ohio, Iowa)\n\nWASHINGTON -- Congress voted.",
            None,
            Some("Congress Passes Stopgap Bill"),
            &[
                (T::Furniture, "BC-SHUTDOWN-CONGRESS-NYT"),
                (T::EditorsNote, "(ATTN: Ohio, Iowa)"),
            ],
        ),
        (
            "Kenyan flower farmers bet on new hub\nSource: Xinhua\n\nNAIROBI, Nov. 27 (Xinhua) -- Farmers waited.",
            None,
            Some("Kenyan flower farmers bet on new hub"),
            &[(T::SourceLine, "Source: Xinhua")],
        ),
        // (its site's line with the time and the editor, and its video
        // player's label)
        (
            "Kenyan flower farmers bet on new hub\nSource: Xinhua| 2026-11-27 21:04:55|Editor: Ann Poe\nVideo PlayerClose\n\nNAIROBI, Nov. 27 (Xinhua) -- Farmers waited.",
            None,
            Some("Kenyan flower farmers bet on new hub"),
            &[
                (
                    T::SourceLine,
                    "Source: Xinhua| 2026-11-27 21:04:55|Editor: Ann Poe",
                ),
                (T::Furniture, "Video PlayerClose"),
            ],
        ),
        // the news services' slug with no count, alone over the story: no
        // headline
        (
            "BC-BUDGET-VOTE-NYT\n\nBOSTON _ The House voted to approve the budget.",
            None,
            None,
            &[(T::Furniture, "BC-BUDGET-VOTE-NYT")],
        ),
        (
            "AP-NORC poll finds support for transit plan\n\nWASHINGTON (AP) — Most adults back the plan.",
            None,
            Some("AP-NORC poll finds support for transit plan"),
            &[],
        ),
        (
            "URGENT: Storm nears the coast\n\nMIAMI (AP) — Winds rose.",
            None,
            Some("URGENT: Storm nears the coast"),
            &[],
        ),
    ];
    assert_wire_rows(&rows, |a| a.dateline().is_some());
}

/// The AP's old wire's header over the story, as archives keep it: the
/// sending line, the copyright line and the notice on using the copy
/// (`The information contained in the AP news report may not be
/// published, …`) are trailers, not the headline.
#[test]
fn old_wire_copyright_over_the_story() {
    let text = "AP-NY-03-02-97 1544EST\nCopyright 1997 The Associated Press.  All rights reserved.\nThe information contained in the AP news report may not be published, broadcast, rewritten or otherwise distributed without the prior written authority of The Associated Press.\n\nPM-Ohio-Flooding,0244\nRiver crests at Cincinnati, 2,000 homes evacuated\n\n   CINCINNATI (AP) -- The Ohio River crested at 64.7 feet early Sunday.\n\n   Water covered roads in three counties.";
    each_variant(text, |a, _, variant| {
        assert_headline_dateline(
            a,
            "River crests at Cincinnati, 2,000 homes evacuated",
            "CINCINNATI (AP) --",
            variant,
        );
        assert_eq!(
            kinds_of(a),
            [T::Furniture, T::Copyright, T::Copyright, T::Furniture],
            "{variant}"
        );
    });
}

/// The old release services' and news services' lines over the story, as
/// archives keep them: Business Wire's message number and clocks, its
/// codes before the headline and the desks it sends to (`Business
/// Editors/Maritime Writers`); PR Newswire's sending office; Scripps
/// Howard's dated slug. All furniture, not the headline or the byline.
#[test]
fn old_release_and_service_headers() {
    let text = "BW0411  APR 14,1997       6:05 PACIFIC       9:05 EASTERN\n\n( BW)(WA-HARBOR-MARINE)(HRBM) Harbor Marine Names New Chief Financial Officer\n\n    Business Editors/Maritime Writers\n\n    SEATTLE--(BUSINESS WIRE)--April 14, 1997--Harbor Marine Inc.\n(Nasdaq:HRBM) today named Ann Poe chief financial officer.\n\n    Poe joins from a shipping firm.";
    each_variant(text, |a, _, variant| {
        assert_headline_dateline(
            a,
            "Harbor Marine Names New Chief Financial Officer",
            "SEATTLE--(BUSINESS WIRE)--April 14, 1997--",
            variant,
        );
        assert!(a.byline().is_none(), "{variant}");
        let furniture: Vec<&str> = a.trailers().iter().map(|t| t.as_str()).collect();
        assert_eq!(furniture.len(), 3, "{variant}");
        assert_eq!(
            furniture.get(1),
            Some(&"( BW)(WA-HARBOR-MARINE)(HRBM)"),
            "{variant}"
        );
        assert_eq!(kinds_of(a), [T::Furniture; 3], "{variant}");
    });
    let text = "/FROM PR NEWSWIRE DENVER 303-555-0100/\nTO BUSINESS EDITORS:\n\n     Mesa Mining Raises Quarterly Dividend\n\n     DENVER, April 14 /PRNewswire/ -- Mesa Mining Corp. (NYSE: MMC)\ntoday raised its dividend.\n\n     The dividend is payable May 15.";
    each_variant(text, |a, _, variant| {
        assert_headline_dateline(
            a,
            "Mesa Mining Raises Quarterly Dividend",
            "DENVER, April 14 /PRNewswire/ --",
            variant,
        );
        assert!(
            has_trailer(a, T::Furniture, |t| t
                == "/FROM PR NEWSWIRE DENVER 303-555-0100/"),
            "{variant}"
        );
    });
    let text = "SHNS 04-14-97 DAM-REPAIRS\n\nDam repairs to close lake for a year\nBy ANN POE\nScripps Howard News Service\n\nKNOXVILLE, Tenn. - The lake behind the dam will be drained this fall.\n\nBoaters are unhappy.";
    each_variant(text, |a, _, variant| {
        assert_headline_dateline(
            a,
            "Dam repairs to close lake for a year",
            "KNOXVILLE, Tenn. -",
            variant,
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("By ANN POE"),
            "{variant}"
        );
        assert!(
            has_trailer(a, T::Furniture, |t| t == "SHNS 04-14-97 DAM-REPAIRS"),
            "{variant}"
        );
    });
}

/// A news service's copyright line with a comma after the year under the
/// byline and its role, as the Los Angeles Times-Washington Post service
/// sent it (`c.1998, Los Angeles Times`): the Copyright trailer, and the
/// names over it the byline (the three lines were read as the deck).
#[test]
fn service_copyright_with_a_comma_under_the_byline() {
    let text = "BC-HARBOR-DREDGE-LAT\n\nPort Plans to Deepen Harbor Channel\n\nBy ANN POE\nTimes Staff Writer\nc.1998, Los Angeles Times\n\n   LONG BEACH, Calif. _ The port will dredge the main channel.\n\n   Work starts in June.";
    each_variant(text, |a, _, variant| {
        assert_headline_dateline(
            a,
            "Port Plans to Deepen Harbor Channel",
            "LONG BEACH, Calif. _",
            variant,
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("By ANN POE"),
            "{variant}"
        );
        assert!(a.deck().is_none(), "{variant}");
        assert!(
            has_trailer(a, T::Copyright, |t| t == "c.1998, Los Angeles Times"),
            "{variant}"
        );
    });
}

/// A wire terminal's lines over the story, with no blank line between them
/// and the headline: the message's header with the agency's code and the
/// time it was sent (`AAP  281412 NOV 26`, `YONHAP  2026/11/28 16:41 KST`),
/// a message's number (`i0184`, `DEL27`, `ZCZC1288/SXB`), AP's slug after
/// its priority letters, a region's slug (`NSW-FLOODS`) are furniture; the
/// priority is the kicker, even set between rules (`-- PRIORITY --`) or
/// over a rule that would underline it in Markdown (`FLASH` / `=====`).
#[test]
fn wire_terminals_lines_over_the_story() {
    let rows: [WireRow<'_>; 6] = [
        (
            "AAP  281502 NOV 26\nURGENT\nVIC-BUSHFIRE\nFire crews hold lines near Ballarat\nBy Ann Poe\n-----\nBALLARAT, Nov 28 AAP - Crews held containment lines overnight.\nWinds are due to ease on Sunday.",
            Some("URGENT"),
            Some("Fire crews hold lines near Ballarat"),
            &[
                (T::Furniture, "AAP  281502 NOV 26"),
                (T::Furniture, "VIC-BUSHFIRE"),
                (T::Furniture, "-----"),
            ],
        ),
        (
            "KYODO 281730 JST NOV 26\n-- PRIORITY --\nPort workers in Osaka vote to end strike\n   OSAKA, Nov. 28 (Kyodo) -- Dock workers voted on Saturday to return to work.\n   Ships queued in the bay for three days.",
            Some("-- PRIORITY --"),
            Some("Port workers in Osaka vote to end strike"),
            &[(T::Furniture, "KYODO 281730 JST NOV 26")],
        ),
        (
            "i0291\nc a BC-EU--Portugal-Wildfire,0088\nBULLETIN\nWildfire forces villages near Coimbra to empty\n   COIMBRA, Portugal (AP) — A wildfire driven by hot winds forced hundreds from their homes on Saturday.\n   Firefighters said the blaze was spreading east.",
            Some("BULLETIN"),
            Some("Wildfire forces villages near Coimbra to empty"),
            &[
                (T::Furniture, "i0291"),
                (T::Furniture, "c a BC-EU--Portugal-Wildfire,0088"),
            ],
        ),
        (
            "f a BC-US--Senate-Budget,0031\nFLASH\n==========================\n   WASHINGTON (AP) — Senate passes stopgap spending bill 61-39, sending it to the House.\n==========================",
            Some("FLASH"),
            None,
            &[
                (T::Furniture, "f a BC-US--Senate-Budget,0031"),
                (T::Furniture, "=========================="),
            ],
        ),
        (
            "MUM14\nURGENT\nMH-FLOODS\nHeavy rain floods low-lying parts of Thane\n     Thane, Nov 28 (PTI) Heavy rain flooded several low-lying areas on Saturday, officials said.\n     Schools were shut for the day.",
            Some("URGENT"),
            Some("Heavy rain floods low-lying parts of Thane"),
            &[(T::Furniture, "MUM14"), (T::Furniture, "MH-FLOODS")],
        ),
        (
            "ANSA  28/11/2026  09:40\nBULLETIN\nZCZC0417/SXB\nMilan to widen its low-emission zone\n(ANSA) - MILAN, NOV 28 - Milan will widen its low-emission zone from March, the city said.",
            Some("BULLETIN"),
            Some("Milan to widen its low-emission zone"),
            &[
                (T::Furniture, "ANSA  28/11/2026  09:40"),
                (T::Furniture, "ZCZC0417/SXB"),
            ],
        ),
    ];
    assert_wire_rows(&rows, |a| {
        a.dateline().is_some_and(|d| d.source().is_some())
    });
}

/// A photo's caption between the byline and the dateline (AP's `FILE - In
/// this … photo`, Getty Images' `SAN DIEGO, CA - NOVEMBER 27: …`) is page
/// furniture over the story, not its dateline.
#[test]
fn photo_captions_over_the_dateline() {
    for caption in [
        "FILE - In this Nov. 25, 2018, file photo, volunteers stack sandbags. (AP Photo/Tom Roe, File)",
        "SAN DIEGO, CA - NOVEMBER 27: Sailors wave to family members. (Photo by Tom Roe/Getty Images)",
    ] {
        let text = format!(
            "Navy ship returns home\n\nBy Ann Poe, Associated Press\n\n{caption}\n\nSAN DIEGO (AP) — Sailors came home.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            let want = (
                some("Navy ship returns home"),
                some("By Ann Poe, Associated Press"),
                some("SAN DIEGO (AP) —"),
                vec![(T::Furniture, caption.to_owned())],
            );
            assert_eq!(header_of(a), want, "{caption:?} ({variant})");
        });
    }
}

/// Matangi Tonga sets the town and its country in mixed case on a line of
/// their own under the headline and its stamp (`Nuku'alofa, Tonga`): the
/// dateline, with no separator, not the deck. Names and their country
/// there stay the byline, and a sentence ending in a country the deck.
#[test]
fn town_and_country_under_the_stamp() {
    let story = "\n\nFishermen can now keep their catch frozen for up to two weeks after a cold store opened.\n\nMore.";
    for (place, city) in [
        ("Nuku'alofa, Tonga", "Nuku'alofa"),
        ("Auckland, New Zealand", "Auckland"),
        ("Neiafu, Vava'u, Tonga", "Neiafu"),
    ] {
        let text = format!(
            "Solar cold store opens for fishermen\nTuesday 3 March 2026 5:12pm\n{place}{story}"
        );
        each_variant(&text, |a, _, variant| {
            let d = a
                .dateline()
                .unwrap_or_else(|| panic!("{place} ({variant})"));
            assert_eq!(d.as_str(), place, "{variant}");
            assert_eq!(d.place().and_then(|p| p.city()), Some(city), "{variant}");
            assert!(d.separator().is_none(), "{variant}");
            assert_eq!(a.deck(), None, "{variant}");
            assert_eq!(
                paragraph_texts(a).first().map(String::as_str),
                Some(
                    "Fishermen can now keep their catch frozen for up to two weeks after a cold store opened."
                ),
                "{variant}"
            );
        });
    }
    for (line, byline) in [
        ("Ann Poe, Fiji", true),
        ("Talks resume in Suva, Fiji", false),
        ("Nuku'alofa, Atlantis", false),
    ] {
        let text = format!(
            "Solar cold store opens for fishermen\nTuesday 3 March 2026 5:12pm\n{line}{story}"
        );
        each_variant(&text, |a, _, variant| {
            assert!(a.dateline().is_none(), "{line} ({variant})");
            assert_eq!(
                a.byline().map(|b| b.as_str()),
                byline.then_some(line),
                "{variant}"
            );
        });
    }
}

/// The Hindu and Hürriyet Daily News set the place in capitals on a line of
/// its own between the header and the story, Anadolu with its country in
/// mixed case after a comma: the dateline, with no separator. A place
/// between the story's paragraphs stays a heading, and an unknown one or a
/// kicker is no place.
#[test]
fn place_alone_over_the_story() {
    // Anadolu's page: names, a bar glued to the stamp, and the place
    let text = "AFRICA\n\nRwanda, Uganda reopen border crossing for traders\n\nGrace Mugisha   |28.11.2026 - Update : 28.11.2026\n\nKIGALI, Rwanda\n\nRwanda and Uganda on Saturday reopened the Gatuna crossing to small traders.\n\nMore.";
    each_variant(text, |a, _, variant| {
        let d = a.dateline().unwrap_or_else(|| panic!("{variant}"));
        assert_eq!(d.as_str(), "KIGALI, Rwanda", "{variant}");
        assert_eq!(
            d.place().and_then(|p| p.city()),
            Some("KIGALI"),
            "{variant}"
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("Grace Mugisha"),
            "{variant}"
        );
        let stamp = a.trailers().iter().find(|t| t.kind() == T::Timestamp);
        assert_eq!(
            stamp.map(|t| t.as_str()),
            Some("|28.11.2026 - Update : 28.11.2026"),
            "{variant}"
        );
    });
    // the stamp on a line of its own is no dateline of a date alone
    let text = "Rwanda, Uganda reopen border crossing for traders\n\n28.11.2026 - Update : 28.11.2026\n\nRwanda and Uganda on Saturday reopened the Gatuna crossing to small traders.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert!(a.dateline().is_none(), "{variant}");
        let stamp = a.trailers().iter().find(|t| t.kind() == T::Timestamp);
        assert_eq!(
            stamp.map(|t| t.as_str()),
            Some("28.11.2026 - Update : 28.11.2026"),
            "{variant}"
        );
        assert_eq!(
            paragraph_texts(a).first().map(String::as_str),
            Some("Rwanda and Uganda on Saturday reopened the Gatuna crossing to small traders."),
            "{variant}"
        );
    });
    let text = "Drains to be desilted before rain\n\nStaff Reporter\nUpdated - November 28, 2026 at 10:45 pm IST\n\nCHENNAI\n\nThe corporation will desilt 40 drains over the next 10 days.\n\nMore.";
    each_variant(text, |a, _, variant| {
        let d = a.dateline().unwrap_or_else(|| panic!("{variant}"));
        assert_eq!(d.as_str(), "CHENNAI", "{variant}");
        assert_eq!(d.place().map(|p| p.as_str()), Some("CHENNAI"), "{variant}");
        assert!(d.separator().is_none(), "{variant}");
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("Staff Reporter"),
            "{variant}"
        );
        assert_eq!(
            paragraph_texts(a).first().map(String::as_str),
            Some("The corporation will desilt 40 drains over the next 10 days."),
            "{variant}"
        );
    });
    // the place over the page's stamp, the header block's last lines, the
    // story in the next block (Hürriyet Daily News): the dateline; a word
    // in capitals there that names no place, or an agency, is none
    for (line, place) in [
        ("ANKARA", Some("ANKARA")),
        ("ISTANBUL", Some("ISTANBUL")),
        ("BREAKING", None),
        ("AFP", None),
    ] {
        let text = format!(
            "Türkiye's central bank holds policy rate steady\n{line}\nMarch 03 2026 14:25:00\n\nThe central bank kept its benchmark rate unchanged on March 3.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.dateline().map(|d| d.as_str()),
                place,
                "{line} ({variant})"
            );
            assert_eq!(
                paragraph_texts(a).first().map(String::as_str),
                Some("The central bank kept its benchmark rate unchanged on March 3."),
                "{variant}"
            );
            assert!(
                has_trailer(a, T::Timestamp, |t| t == "March 03 2026 14:25:00"),
                "{variant}"
            );
        });
    }
    // (a place in capitals over the headline, no stamp, is its kicker)
    let text = "CHINA\nChina's exports rise faster than expected in March\n\nThe customs office said exports rose 9 percent in March.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert!(a.dateline().is_none(), "{variant}");
        assert_eq!(a.kicker().map(|k| k.as_str()), Some("CHINA"), "{variant}");
    });
    // copied with no blank lines, the place over the story's first
    // paragraph in one block with the header (Hürriyet Daily News): the
    // dateline, in a short block or a long one
    for text in [
        "Istanbul to open third metro line under Bosphorus by 2028\nISTANBUL\nIstanbul's municipality said on Monday it had signed contracts for a new metro line under the Bosphorus.\n\nMore.",
        "TÜRKİYE\nIstanbul to open third metro line under Bosphorus by 2028\nMarch 03 2026 14:12:00\nAnn Poe\nISTANBUL\nIstanbul's municipality said on Monday it had signed contracts for a new metro line under the Bosphorus.\n\nMore.",
        // (Daily Sabah's page: the place over the stamp over the story)
        "TÜRKİYE\nIstanbul to open third metro line under Bosphorus by 2028\nDAILY SABAH WITH AA\nISTANBUL\nMAR 03, 2026 - 2:12 PM GMT+3\nIstanbul's municipality said on Monday it had signed contracts for a new metro line under the Bosphorus.\n\nMore.",
    ] {
        each_variant(text, |a, _, variant| {
            let d = a
                .dateline()
                .unwrap_or_else(|| panic!("{text:?} ({variant})"));
            assert_eq!(d.as_str(), "ISTANBUL", "{variant}");
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Istanbul to open third metro line under Bosphorus by 2028"),
                "{variant}"
            );
            assert_eq!(
                paragraph_texts(a)
                    .first()
                    .map(|p| p.starts_with("Istanbul's")),
                Some(true),
                "{variant}"
            );
        });
    }
    for text in [
        "Storm nears coast\n\nThe first paragraph of the story.\n\nLONDON\n\nThe second paragraph.",
        // (over a line no longer than a story's wrapped by hand: none; nor
        // over a line that is no stamp over the story, or a stamp over
        // short lines)
        "Storm nears coast\nLONDON\nThe Senate voted on Tuesday to pass the bill, and the House\nwill vote next week on the same bill.",
        "Storm nears coast\nBy Ann Poe\nLONDON\nMarkets Rally Again\nThe Senate voted on Tuesday to pass the bill, and the House will vote next week on the same bill, leaders said.",
        "Storm nears coast\nBy Ann Poe\nLONDON\nMAR 03, 2026 - 2:12 PM GMT+3\nMarkets rally again.\nThe Senate voted on Tuesday.",
        "Storm nears coast\n\nGOTHAM CITY\n\nThe Senate voted on Tuesday to pass the bill.",
        "Storm nears coast\n\nBREAKING NEWS\n\nThe Senate voted on Tuesday to pass the bill.",
        "Storm nears coast\n\nChennai\n\nThe Senate voted on Tuesday to pass the bill.",
        "Storm nears coast\n\nKigali, RWANDA\n\nThe Senate voted on Tuesday to pass the bill.",
        "Storm nears coast\n\nGOTHAM, Rwanda Today\n\nThe Senate voted on Tuesday to pass the bill.",
        "Storm nears coast\n\nLONDON\n\nMarkets Rally Again",
        // an agency's credit and its place: the byline
        "Storm nears coast\n\nAFP, HANGZHOU\n\nThe Senate voted on Tuesday to pass the bill.",
    ] {
        each_variant(text, |a, _, variant| {
            assert!(a.dateline().is_none(), "{text:?} ({variant})");
        });
    }
}

/// A dateline that ends its line with its separator, alone in its block over
/// the story's short blocks (a Reuters dividend item laid out with blank
/// lines between paragraphs), is the dateline; before, it was taken for a
/// headline and a later line with a date (`Record March 13`) for the
/// dateline. With no separator, an unknown word in mixed case before a date
/// is no place.
#[test]
fn dateline_closing_its_line_over_short_blocks() {
    // (a later line that reads as a dateline does not win over it)
    let text = "ACME CORP RAISES QUARTERLY DIVIDEND\n\nRICHMOND, Va. Feb 26 -\n\nQtly div eight cts vs 7.5 cts prior\n\nPay March 31\n\nRecord March 13\n\nHOLDERS: The payout is the first since 1984.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.dateline().map(|d| d.as_str()),
            Some("RICHMOND, Va. Feb 26 -"),
            "{variant}"
        );
        assert_eq!(
            paragraph_texts(a).first().map(String::as_str),
            Some("Qtly div eight cts vs 7.5 cts prior"),
            "{variant}"
        );
    });
    let text = "ACME CORP RAISES QUARTERLY DIVIDEND\n\nQtly div eight cts vs 7.5 cts prior\n\nPay March 31\n\nRecord March 13";
    each_variant(text, |a, _, variant| {
        assert!(a.dateline().is_none(), "{variant}");
    });
}

/// Reuters' copy with no blank line under the headline: a headline that
/// opens with a bracket (`(CORRECTED) - …`) is a display line, and one in
/// capitals that ends with a date (`… ROSE ON FEB 25`) is no dateline: the
/// dateline is the wire's, on the line under it.
#[test]
fn wire_headlines_run_into_the_dateline() {
    for (headline, dateline) in [
        (
            "(CORRECTED) - ACME <ACM> PLACES NOTES",
            "NEW YORK, Feb 26 -",
        ),
        ("(MARSHALL STEEL LTD) YEAR NET", "MONTREAL, Feb 26 -"),
        (
            "TREASURY BALANCES AT FED ROSE ON FEB 25",
            "WASHINGTON, Feb 26 -",
        ),
    ] {
        let text = format!(
            "{headline}\n    {dateline} The company said it\nplaced 30 mln dlrs of notes.\n    More."
        );
        each_variant(&text, |a, _, variant| {
            assert_headline_dateline(a, headline, dateline, variant);
        });
    }
}

/// A headline wrapped in sentence case over the dateline with no blank line
/// between (`Sabah to build 500 new homes for rural poor` / `under state
/// scheme` / `KOTA KINABALU, Sept 16 (Bernama) -- …`): both lines are the
/// headline and the dateline is read under them.
#[test]
fn wrapped_headline_over_the_dateline() {
    let text = "Sabah to build 500 new homes for rural poor\nunder state scheme\nKOTA KINABALU, Sept 16 (Bernama) -- The state will build homes.\n\nMore.";
    each_variant(text, |a, _, variant| {
        let lf = |s: &str| s.replace("\r\n", "\n").replace('\r', "\n");
        assert_eq!(
            a.headline().map(|h| lf(h.as_str())).as_deref(),
            Some("Sabah to build 500 new homes for rural poor\nunder state scheme"),
            "{variant}"
        );
        assert_eq!(
            a.dateline().map(|d| d.as_str()),
            Some("KOTA KINABALU, Sept 16 (Bernama) --"),
            "{variant}"
        );
    });
}

/// Papers in East Africa open the story with a known place and a period:
/// `Dar es Salaam. The revenue authority …`. An unknown place, a title, an
/// abbreviation, an agency, or a place opening a later paragraph is none.
#[test]
fn place_and_period_opening_the_story() {
    let text = "Revenue authority extends deadline\n\nBy Neema Mwakyusa\n\nDar es Salaam. The revenue authority has extended the deadline.\n\nMore.";
    each_variant(text, |a, _, variant| {
        let d = a.dateline().unwrap_or_else(|| panic!("{variant}"));
        assert_eq!(d.as_str(), "Dar es Salaam.", "{variant}");
        assert_eq!(
            d.place().map(|p| p.as_str()),
            Some("Dar es Salaam"),
            "{variant}"
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("By Neema Mwakyusa"),
            "{variant}"
        );
        assert_eq!(
            paragraph_texts(a).first().map(String::as_str),
            Some("The revenue authority has extended the deadline."),
            "{variant}"
        );
    });
    for text in [
        "Storm nears\n\nGotham. The city authority has begun registering riders.\n\nMore.",
        "Storm nears\n\nMr. Poe said the talks would resume on Friday.\n\nMore.",
        "Storm nears\n\nU.S. stocks rose on Friday.\n\nMore.",
        "Storm nears\n\nReuters. The agency said it would expand.\n\nMore.",
        "Storm nears\n\nThe council met on Friday.\n\nKampala. The city authority has begun registering riders.",
        "Storm nears\n\nKampala. the city authority has begun registering riders.",
        "Storm nears\n\nGOTHAM. The city authority has begun registering riders.",
        "Storm nears\n\nKampala.The city authority has begun registering riders.",
    ] {
        each_variant(text, |a, _, variant| {
            assert!(a.dateline().is_none(), "{text:?} ({variant})");
        });
    }
}

/// British papers closed a dateline of a place and a weekday with a period
/// (`DUBLIN, Tuesday. Heavy rain …`): the weekday is the date, not the
/// place's region, though the line has no byte the dateline filter looks
/// for.
#[test]
fn place_weekday_and_period_opening_the_story() {
    let text = "Rain warning for the west\n\nDUBLIN, Tuesday. Heavy rain is expected across the country tonight.\n\nMore.";
    each_variant(text, |a, _, variant| {
        let d = a.dateline().unwrap_or_else(|| panic!("{variant}"));
        assert_eq!(d.as_str(), "DUBLIN, Tuesday.", "{variant}");
        let place = d.place().map(|p| (p.as_str(), p.region()));
        assert_eq!(place, Some(("DUBLIN", None)), "{variant}");
        let date = d.date().map(|d| (d.as_str(), d.weekday()));
        assert_eq!(
            date,
            Some(("Tuesday", Some(chrono::Weekday::Tue))),
            "{variant}"
        );
    });
    // a lower-case word after the period is a sentence's
    let text = "Rain warning\n\nDUBLIN, Tuesday. heavy rain is expected.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert!(a.dateline().is_none(), "{variant}");
    });
}

/// British papers set the dateline on a line of its own, closed by a
/// period, over the story (`CAIRO, Aug. 26.` / `The situation …`); a
/// letter's signature ends the text so, and is none.
#[test]
fn dateline_closed_by_a_period_over_the_story() {
    for (dateline, date) in [
        ("CAIRO, Aug. 26.", "Aug. 26"),
        ("NAIROBI, Thursday.", "Thursday"),
    ] {
        let text = format!(
            "Unrest in the delta\n\nFrom Our Own Correspondent\n\n{dateline}\nThe situation in the provinces shows little improvement.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            let d = a
                .dateline()
                .unwrap_or_else(|| panic!("{dateline:?} ({variant})"));
            assert_eq!(d.as_str(), dateline, "{variant}");
            assert_eq!(d.date().map(|d| d.as_str()), Some(date), "{variant}");
            assert_eq!(
                paragraph_texts(a).first().map(String::as_str),
                Some("The situation in the provinces shows little improvement."),
                "{variant}"
            );
        });
    }
    for text in [
        "To the Editor:\n\nThe council is wrong about the bridge.\n\nANN POE\nBrooklyn, Feb. 3, 1952.",
        "Unrest in the delta\n\nCAIRO, Aug. 26.\nthe situation in the provinces shows little improvement.",
    ] {
        each_variant(text, |a, _, variant| {
            assert!(a.dateline().is_none(), "{text:?} ({variant})");
        });
    }
}

/// With no blank line under the headline, a dateline opening with a bracket
/// on the line under it is still searched: ANSA's `(ANSA) - ROMA, 2 DIC -`
/// and FBIS's `[Text] Beijing, 2 December (XINHUA) --`.
#[test]
fn bracketed_dateline_under_a_run_on_headline() {
    let rows = [
        (
            "Manovra, via libera della commissione al taglio del cuneo fiscale\n(ANSA) - ROMA, 2 DIC - La commissione Bilancio della Camera ha approvato nella notte l'emendamento che proroga il taglio del cuneo fiscale per tutto il prossimo anno, con una copertura di dieci miliardi.\n\nAltro testo.",
            "Manovra, via libera della commissione al taglio del cuneo fiscale",
            "(ANSA) - ROMA, 2 DIC -",
        ),
        (
            "Rice Exports Expected To Exceed Target\n[Text] Hanoi, 22 November (VNA) -- Vietnam's rice exports this year are expected to reach nearly two million tonnes, exceeding the target set at the start of the year, the ministry of agriculture said.\n\nMore.",
            "Rice Exports Expected To Exceed Target",
            "Hanoi, 22 November (VNA) --",
        ),
    ];
    for (text, headline, dateline) in rows {
        each_variant(text, |a, _, variant| {
            assert_headline_dateline(a, headline, dateline, variant);
        });
    }
}

/// The Jakarta Post's page runs its header together over the story: the
/// section, the headline, the standfirst, the names with the paper's name
/// in brackets, the paywall's badge and the dateline, its place and date
/// parted by a bullet (`Jakarta ● Tue, March 3, 2026`).
#[test]
fn jakarta_post_header_and_bullet_dateline() {
    let text = "Indonesia\nJakarta floats congestion charge for city center\nThe city says road pricing could start on three corridors next year.\nAnn Poe and Tom Roe (The Jakarta Post)\nPREMIUM\nJakarta \u{25cf} Tue, March 3, 2026\n\nThe Jakarta administration is reviving plans for road pricing.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.kicker().map(|k| k.as_str()),
            Some("Indonesia"),
            "{variant}"
        );
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Jakarta floats congestion charge for city center"),
            "{variant}"
        );
        let b = a
            .byline()
            .map(|b| (b.authors().collect::<Vec<_>>(), b.affiliation()));
        assert_eq!(
            b,
            Some((vec!["Ann Poe", "Tom Roe"], Some("The Jakarta Post"))),
            "{variant}"
        );
        let d = a.dateline().map(|d| {
            (
                d.as_str(),
                d.place().map(|p| p.as_str()),
                d.date()
                    .and_then(|x| x.to_naive_date())
                    .map(|x| x.to_string()),
            )
        });
        assert_eq!(
            d,
            Some((
                "Jakarta \u{25cf} Tue, March 3, 2026",
                Some("Jakarta"),
                Some("2026-03-03".to_string())
            )),
            "{variant}"
        );
        assert!(
            has_trailer(a, T::Furniture, |t| t == "PREMIUM"),
            "{variant}"
        );
    });
}

/// Human Rights Watch titles its releases with the country and a colon,
/// a deck in title case under the title and the stamp under that, run
/// together with the story (`US: Expand Protections for Farmworkers in
/// Extreme Heat` / `Federal Heat Standard Long Overdue` / `October 6, 2026
/// 10:00AM EDT` / `(Washington, DC) – …`): the country is no dateline, the
/// story's own is read.
#[test]
fn colon_title_over_a_title_case_deck_and_stamp() {
    let text = "US: Expand Protections for Farmworkers in Extreme Heat\nFederal Heat Standard Long Overdue\nOctober 6, 2026 10:00AM EDT\n(Washington, DC) \u{2013} The Labor Department should finalize a federal heat standard that protects farmworkers, Human Rights Watch said today.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.dateline().map(|d| d.as_str()),
            Some("(Washington, DC) \u{2013}"),
            "{variant}"
        );
        assert!(
            a.headline()
                .is_some_and(|h| h.as_str().starts_with("US: Expand Protections")),
            "{variant}"
        );
    });
}

/// A headline that opens with a place and a colon (`Nigeria: NCC Extends
/// Deadline`) run on over the story's dateline, byline or paper's name,
/// with no blank line between (a standfirst or the headline's wrapped
/// words may stand between), is the headline, not a colon dateline; a
/// colon dateline over its story's wrapped lines stays one.
#[test]
fn colon_headline_run_on_over_the_header() {
    let rows = [
        (
            "Nigeria: NCC Extends Linkage Deadline to March 31\nAbuja — The Federal Government has extended the deadline for linking identification numbers to telephone lines until March 31, the commission said in a statement on Friday.\n\nMore.",
            Some("Nigeria: NCC Extends Linkage Deadline to March 31"),
            None,
            "Abuja —",
        ),
        (
            "Delhi: Civic body to fine builders for uncovered debris\nRavi Kumar | TNN\n\nNEW DELHI: The municipal corporation will start imposing fines on builders who leave debris uncovered.\n\nMore.",
            Some("Delhi: Civic body to fine builders for uncovered debris"),
            Some("Ravi Kumar | TNN"),
            "NEW DELHI:",
        ),
        // under a kicker in the same block
        (
            "EXCLUSIVE\nDelhi: Civic body to fine builders for uncovered debris\nRavi Kumar | TNN\n\nNEW DELHI: The municipal corporation will start imposing fines on builders who leave debris uncovered.\n\nMore.",
            Some("Delhi: Civic body to fine builders for uncovered debris"),
            Some("Ravi Kumar | TNN"),
            "NEW DELHI:",
        ),
        // over names with no `By`, or a stamp; under a section's word, in
        // a block of five lines (DW's pages)
        (
            "Tanzania: Opposition leader freed on bail after 11 months\nAmina Kombo with AFP, Reuters\n\nDAR ES SALAAM — A court granted bail on Friday.\n\nMore.",
            Some("Tanzania: Opposition leader freed on bail after 11 months"),
            Some("Amina Kombo with AFP, Reuters"),
            "DAR ES SALAAM —",
        ),
        (
            "Tanzania: Opposition leader freed on bail after 11 months\nNovember 27, 2026\n\nDAR ES SALAAM — A court granted bail on Friday.\n\nMore.",
            Some("Tanzania: Opposition leader freed on bail after 11 months"),
            None,
            "DAR ES SALAAM —",
        ),
        // over a syndicated story's note (ANI's copy on Indian papers)
        (
            "Mumbai: Civic body begins desilting of river\nThis story is auto-generated from a syndicated feed.\n\nMumbai (Maharashtra) [India], September 19 (ANI): The corporation began a drive.\n\nMore.",
            Some("Mumbai: Civic body begins desilting of river"),
            None,
            "Mumbai (Maharashtra) [India], September 19 (ANI):",
        ),
        (
            "Africa\nTanzania: Opposition leader freed on bail after 11 months\nAmina Kombo with AFP, Reuters\n11/27/2026\nNovember 27, 2026\n\nDAR ES SALAAM — A court granted bail on Friday.\n\nMore.",
            Some("Tanzania: Opposition leader freed on bail after 11 months"),
            Some("Amina Kombo with AFP, Reuters"),
            "DAR ES SALAAM —",
        ),
        // over the paper's name, as AllAfrica credits the story's source
        (
            "Ghana: Cocoa Board Raises Farmgate Price for Second Time\nThe Chronicle (Accra)\n27 November 2026\nBy Kofi Mensah-Boateng\n\nAccra — The Ghana Cocoa Board has raised the price it pays farmers.\n\nMore.",
            Some("Ghana: Cocoa Board Raises Farmgate Price for Second Time"),
            Some("By Kofi Mensah-Boateng"),
            "Accra —",
        ),
        // (with a standfirst between, or the headline's wrapped words)
        (
            "Nigeria: Gunmen abduct 18 villagers in northwest\nPolice say security forces launched a rescue operation\nAmina Kombo   |22.01.2026 - Update : 22.01.2026\n\nLAGOS, Nigeria\n\nGunmen abducted 18 people in an overnight raid.\n\nMore.",
            Some("Nigeria: Gunmen abduct 18 villagers in northwest"),
            Some("Amina Kombo"),
            "LAGOS, Nigeria",
        ),
        (
            "News\nWASA: Water supply to improve\nin south after plant upgrade\nAnn Poe\nPublished: Tuesday, March 3, 2026\nPORT OF SPAIN — Residents should see steadier supply by the end of the month.\n\nMore.",
            Some("WASA: Water supply to improve\nin south after plant upgrade"),
            Some("Ann Poe"),
            "PORT OF SPAIN —",
        ),
        // (a colon dateline over its story's hard-wrapped lines, the first
        // words capitalised, stays one)
        (
            "Rates rise\n\nLAGOS: Nigeria's Central Bank on\nTuesday raised its main lending rate by half a point to curb\ninflation, its governor said.\n\nMore.",
            Some("Rates rise"),
            None,
            "LAGOS:",
        ),
        (
            "Rates rise\n\nLAGOS: The central bank said on Tuesday it would raise its main\nlending rate by half a point to curb inflation.\n\nMore.",
            Some("Rates rise"),
            None,
            "LAGOS:",
        ),
        // briefs, a paragraph a line, each with its own dateline
        (
            "News in brief\n\nNAIROBI: Kenya's parliament passed the budget on Tuesday.\nKAMPALA: Uganda's central bank held its main rate on Wednesday.",
            Some("News in brief"),
            None,
            "NAIROBI:",
        ),
    ];
    for (text, headline, byline, dateline) in rows {
        each_variant(text, |a, _, variant| {
            let headline = headline.map(|h| h.replace('\n', eol_of(variant)));
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                headline.as_deref(),
                "{variant}"
            );
            assert_eq!(a.byline().map(|b| b.as_str()), byline, "{variant}");
            assert_eq!(
                a.dateline().map(|d| d.as_str()),
                Some(dateline),
                "{variant}"
            );
        });
    }
}

/// Names alone on the last line of the headline's block are the byline
/// when the headline is in sentence case (`Jakarta offices told to let
/// staff work from home` / `Nadia Prasetyo`); under a headline in title
/// case they may be its wrapped end (`Fed Signals Patience On` / `Future
/// Cuts`) and stay in it.
#[test]
fn names_under_a_sentence_case_headline_in_one_block() {
    let rows = [
        (
            "Jakarta offices told to let staff work from home\nNadia Prasetyo\n\nThe Jakarta administration has asked companies to let half of their staff work from home.",
            "Jakarta offices told to let staff work from home",
            Some("Nadia Prasetyo"),
        ),
        (
            "Japanese regional banks seek mergers as rates stay at zero\nMark Hendry in Tokyo\n\nJapan's regional lenders are speeding up talks on mergers.",
            "Japanese regional banks seek mergers as rates stay at zero",
            Some("Mark Hendry in Tokyo"),
        ),
        (
            "Fed Holds Rates Steady, Signals Patience On\nFuture Cuts\n\nThe Federal Reserve held rates steady on Wednesday.",
            "Fed Holds Rates Steady, Signals Patience On\nFuture Cuts",
            None,
        ),
    ];
    for (text, headline, byline) in rows {
        each_variant(text, |a, _, variant| {
            assert_eq!(
                a.headline()
                    .map(|h| h.as_str().replace("\r\n", "\n").replace('\r', "\n")),
                Some(headline.to_string()),
                "{variant}"
            );
            assert_eq!(a.byline().map(|b| b.as_str()), byline, "{variant}");
        });
    }
}

/// A deck set under the headline in its block as points of a list or in
/// italics (releases' `- Revenue up 9%` and `• 500 jobs`, Reuters' `* Shares
/// rise`, `_Funding led by …_`, MedPage Today's `— Effect was strongest in
/// women`) is the deck, its points one deck, and the headline stands alone;
/// a line that opens with a hyphen or a dash but no space stays in the
/// headline, and a rule of underscores is no deck.
#[test]
fn points_and_italics_under_the_headline() {
    let rows = [
        (
            "Acme Reports Second Quarter Results\n- Revenue of $212.4 million, up 9% year over year\n- Raises full-year revenue outlook\n\nAUSTIN, Texas--(BUSINESS WIRE)-- Acme Inc. reported results.\n\nMore.",
            "Acme Reports Second Quarter Results",
            Some(
                "- Revenue of $212.4 million, up 9% year over year\n- Raises full-year revenue outlook",
            ),
        ),
        (
            "UPDATE 2-Carmaker sees record sales in China\n* Sees China deliveries up over 40 pct\n* Shares rise 2.1 pct\n\nBy Christoph Baumann\n\nFRANKFURT, Sept 22 (Reuters) - A carmaker expects record sales.",
            "UPDATE 2-Carmaker sees record sales in China",
            Some("* Sees China deliveries up over 40 pct\n* Shares rise 2.1 pct"),
        ),
        (
            "Lumenfield Raises $48 Million Series B\n_Funding led by Harborline Ventures will speed deployments_\n\nSAN FRANCISCO--(BUSINESS WIRE)-- Lumenfield raised money.",
            "Lumenfield Raises $48 Million Series B",
            Some("_Funding led by Harborline Ventures will speed deployments_"),
        ),
        (
            "Lumenfield Raises $48 Million Series B\n_Funding led by Harborline Ventures will speed\ndeployments across Europe_\n\nSAN FRANCISCO--(BUSINESS WIRE)-- Lumenfield raised money.",
            "Lumenfield Raises $48 Million Series B",
            Some("_Funding led by Harborline Ventures will speed\ndeployments across Europe_"),
        ),
        (
            "Acme Opens Plant\n• 500 jobs by 2028\n• Output starts in May\n\nDETROIT, March 3 /PRNewswire/ -- Acme opened a plant.",
            "Acme Opens Plant",
            Some("• 500 jobs by 2028\n• Output starts in May"),
        ),
        // (after a dash, as MedPage Today sets its deck)
        (
            "Daily aspirin offers no benefit for older adults, long-term data show\n— Effect was strongest in women\n\nby Ann Poe, Staff Writer, MedPage Today\nApr 27, 2025\n\nAn aspirin a day did not lower the risk.",
            "Daily aspirin offers no benefit for older adults, long-term data show",
            Some("— Effect was strongest in women"),
        ),
        (
            "Storm Nears the Gulf Coast as Towns Empty Out\n-Hurricane Watch Issued\n\nMIAMI (AP) — Winds rose.",
            "Storm Nears the Gulf Coast as Towns Empty Out\n-Hurricane Watch Issued",
            None,
        ),
        (
            "Storm Nears the Gulf Coast as Towns Empty Out\n—Hurricane Watch Issued\n\nMIAMI (AP) — Winds rose.",
            "Storm Nears the Gulf Coast as Towns Empty Out\n—Hurricane Watch Issued",
            None,
        ),
    ];
    // (a rule of underscores is no deck)
    each_variant(
        "Storm Nears\n___\n\nMIAMI (AP) — Winds rose.",
        |a, _, variant| assert!(a.deck().is_none(), "{variant}"),
    );
    for (text, headline, deck) in rows {
        each_variant(text, |a, _, variant| {
            let lf = |s: &str| s.replace("\r\n", "\n").replace('\r', "\n");
            assert_eq!(
                a.headline().map(|h| lf(h.as_str())),
                Some(headline.to_string()),
                "{variant}"
            );
            assert_eq!(
                a.deck().map(|d| lf(d.as_str())),
                deck.map(str::to_string),
                "{variant}"
            );
        });
    }
}

/// With no blank lines, a headline wrapped over two lines whose first ends
/// in a small word or a comma (`Swiss watch exports slip as demand from` /
/// `China and Hong Kong weakens`) is the headline over the dateline run on
/// under it (a sentence's first line over a dateline is none:
/// `dateline_under_header_lines_in_a_run_on_block`).
#[test]
fn wrapped_headline_run_on_over_the_dateline() {
    let body = "\nSwiss watch exports fell 4.8 percent in January from a year earlier,\nindustry data showed on Tuesday, as demand in China and Hong Kong\nweakened further.\nExports to the United States rose.";
    let rows = [
        (
            "Swiss watch exports slip in January as demand from\nChina and Hong Kong weakens\nZURICH, Feb 10 (Reuters) - Watchmakers said",
            "Swiss watch exports slip in January as demand from\nChina and Hong Kong weakens",
            "ZURICH, Feb 10 (Reuters) -",
        ),
        (
            "Mumbai civic body approves Rs 74,000-cr budget,\nfocus on roads and water\nMumbai, Feb 26 (PTI): The corporation said",
            "Mumbai civic body approves Rs 74,000-cr budget,\nfocus on roads and water",
            "Mumbai, Feb 26 (PTI):",
        ),
        (
            "Flooding forces evacuations in eastern Kentucky as\nrivers rise after days of rain\nBy Ann Poe\nHAZARD, Ky. (AP) — Residents were told to leave",
            "Flooding forces evacuations in eastern Kentucky as\nrivers rise after days of rain",
            "HAZARD, Ky. (AP) —",
        ),
    ];
    for (head, headline, dateline) in rows {
        let text = format!("{head}{body}");
        each_variant(&text, |a, _, variant| {
            assert_headline_dateline(a, headline, dateline, variant);
        });
    }
    // the headline's first line under the names of a byline over the dateline
    let text = format!(
        "By Ann Poe\nThe council said on Friday that the talks in\nLONDON (Reuters) - style politics were to blame{body}"
    );
    each_variant(&text, |a, _, variant| {
        assert!(a.dateline().is_none(), "{variant}");
    });
}

/// With no blank lines, a deck's points between the headline and the
/// dateline (`* Brent up 1.2%`) are header lines, and AP's slug line over
/// the headline (`BC-US--Storms-Midwest,1st Ld-Writethru`) is no dateline:
/// the dateline under them is read.
#[test]
fn points_and_slugs_over_a_run_on_dateline() {
    let body = "\nprices rose on the day as traders weighed the risks to supply,\nanalysts said.\nMore text follows here.\nAnd more.";
    let rows = [
        (
            "UPDATE 2-Oil rises on supply fears\n(Adds analyst comment)\n* Brent up 1.2%, WTI up 1.4%\n* Traders watch shipping routes\nLONDON, Nov 3 (Reuters) - Oil",
            "UPDATE 2-Oil rises on supply fears",
            "LONDON, Nov 3 (Reuters) -",
        ),
        (
            "BC-US--Storms-Midwest,1st Ld-Writethru\nStorms spawn tornadoes across Iowa and Illinois\nDES MOINES, Iowa (AP) — Farm",
            "Storms spawn tornadoes across Iowa and Illinois",
            "DES MOINES, Iowa (AP) —",
        ),
    ];
    for (head, headline, dateline) in rows {
        let text = format!("{head}{body}");
        each_variant(&text, |a, _, variant| {
            assert_headline_dateline(a, headline, dateline, variant);
        });
    }
}

/// The place and period open a story hard-wrapped in the wire's layout
/// too, where the first line alone, ending mid-sentence, reads like a
/// headline. A block of lines that is display text as a whole (a headline
/// wrapped over two lines) or has a byline among its first lines opens no
/// story, and an unknown place is none.
#[test]
fn place_and_period_opening_a_wrapped_story() {
    for text in [
        "Schools told to stay open\n\n    Kampala. The Ministry of Education has directed schools in Mubende\nDistrict to remain open despite the outbreak.\n\nMore.",
        "Schools told to stay open\n\nKampala. The Ministry of Education has directed schools in Mubende\nDistrict to remain open despite the outbreak.\n    Head teachers were told to set up handwashing points.",
        "Schools told to stay open\n\nBy Ann Poe\nThe Monitor.\n\nKampala. The Ministry of Education has directed schools in Mubende\nDistrict to remain open despite the outbreak.",
        // the header set in one block, its byline under the headline
        "NEWS\nSchools told to stay open\nSaturday, November 28, 2026\nBy Ann Poe\nMore by this Author\n\nKampala. The Ministry of Education has directed schools to remain open.\n\nMore.",
    ] {
        each_variant(text, |a, _, variant| {
            let d = a
                .dateline()
                .unwrap_or_else(|| panic!("{text:?} ({variant})"));
            assert_eq!(d.as_str(), "Kampala.", "{text:?} ({variant})");
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Schools told to stay open"),
                "{variant}"
            );
        });
    }
    for text in [
        "Storm nears\n\nKampala. Schools told to stay open\nas the outbreak spreads\n\nThe ministry said on Friday that classes would go on.",
        "Storm nears\n\nGotham. The city authority has begun registering riders in\nthe outer districts.\n\nMore.",
    ] {
        each_variant(text, |a, _, variant| {
            assert!(a.dateline().is_none(), "{text:?} ({variant})");
        });
    }
}

/// Reuters' site copied as text runs the year, the time and `Updated`
/// together under the byline: a time stamp all the same, and the byline above
/// it is one. A bar byline's trailing date is no part of the affiliation.
#[test]
fn site_stamps_under_the_byline() {
    let text = "Council votes to close bridge\nBy Ann Poe\nNovember 28, 20263:45 PM UTCUpdated 2 hours ago\n\nWASHINGTON, Nov 28 (Reuters) - The council voted.\n\nMore.";
    each_variant(text, |a, _, variant| {
        let stamp = "November 28, 20263:45 PM UTCUpdated 2 hours ago";
        let want = (
            some("Council votes to close bridge"),
            some("By Ann Poe"),
            some("WASHINGTON, Nov 28 (Reuters) -"),
            vec![(T::Timestamp, stamp.to_owned())],
        );
        assert_eq!(header_of(a), want, "{variant}");
        assert!(a.deck().is_none(), "{variant}");
    });
    // the page's section over a headline wrapped after a comma, and the
    // update told in words (`an hour ago`)
    let text = "Technology\nAcme Electronics to spin off its sensor unit,\n list it in Tokyo\nBy Ann Poe and Bo Lee\nFebruary 10, 2026 7:05 AM GMT Updated an hour ago\n\nTOKYO, Feb 10 (Reuters) - Acme Electronics said on Tuesday it would spin off its image sensor business.\n\nMore.";
    each_variant(text, |a, _, variant| {
        let stamp = "February 10, 2026 7:05 AM GMT Updated an hour ago";
        let want = (
            some("Acme Electronics to spin off its sensor unit,\n list it in Tokyo"),
            some("By Ann Poe and Bo Lee"),
            some("TOKYO, Feb 10 (Reuters) -"),
            vec![(T::Timestamp, stamp.to_owned())],
        );
        assert_eq!(header_of(a), want, "{variant}");
    });
    let text = "Council votes to close bridge\n\nAnn Poe | Reuters | November 28, 2026\n\nThe council voted.\n\nMore.";
    each_variant(text, |a, _, variant| {
        let b = a
            .byline()
            .map(|b| (b.authors().collect::<Vec<_>>(), b.affiliation()));
        assert_eq!(b, Some((vec!["Ann Poe"], Some("Reuters"))), "{variant}");
    });
}

/// The Hindu's header: a credit, the dateline alone on its line with the
/// time it was filed, and the time it was updated on the line under it (a
/// time stamp, not the first paragraph).
#[test]
fn dateline_with_a_time_over_a_stamp() {
    let text = "Council votes to close bridge\n\nSpecial Correspondent\nCHENNAI, November 28, 2026 00:00 IST\nUpdated: November 28, 2026 10:45 IST\n\nThe council voted.\n\nMore.";
    each_variant(text, |a, _, variant| {
        let stamp = "Updated: November 28, 2026 10:45 IST";
        let want = (
            some("Council votes to close bridge"),
            some("Special Correspondent"),
            some("CHENNAI, November 28, 2026 00:00 IST"),
            vec![(T::Timestamp, stamp.to_owned())],
        );
        assert_eq!(header_of(a), want, "{variant}");
        let place = a.dateline().and_then(|d| d.place()).map(|p| p.as_str());
        assert_eq!(place, Some("CHENNAI"), "{variant}");
        assert_eq!(
            paragraph_texts(a),
            ["The council voted.", "More."],
            "{variant}"
        );
    });
    // a body line that is no stamp stays the first paragraph
    let a = dateline::parse("LONDON 1996-08-30\nNov. 28 was the day the talks ended.\n");
    assert!(a.trailers().is_empty());
    assert_eq!(
        paragraph_texts(&a).first().map(String::as_str),
        Some("Nov. 28 was the day the talks ended.")
    );
}

/// A page saved as Markdown, known by its title's marks (`#`), has its
/// headline and byline read inside their marks, which are furniture of
/// their own; a byline in emphasis with no marked title over it is read
/// inside the marks, and its span keeps them.
#[test]
fn markdown_marks_around_the_byline() {
    let text = "# Council Votes To Close Bridge\n\n**By Ann Poe**\n\nWASHINGTON (AP) — The council voted.\n\nMore.";
    each_variant(text, |a, _, variant| {
        let want = (
            some("Council Votes To Close Bridge"),
            some("By Ann Poe"),
            some("WASHINGTON (AP) —"),
            vec![
                (T::Furniture, "#".to_owned()),
                (T::Furniture, "**".to_owned()),
                (T::Furniture, "**".to_owned()),
            ],
        );
        assert_eq!(header_of(a), want, "{variant}");
        let authors: Vec<_> = a
            .byline()
            .map(|b| b.authors().collect())
            .unwrap_or_default();
        assert_eq!(authors, ["Ann Poe"], "{variant}");
    });
    let text = "Council Votes To Close Bridge\n\n**By Ann Poe**\n\nWASHINGTON (AP) — The council voted.\n\nMore.";
    each_variant(text, |a, _, variant| {
        let want = (
            some("Council Votes To Close Bridge"),
            some("**By Ann Poe**"),
            some("WASHINGTON (AP) —"),
            vec![],
        );
        assert_eq!(header_of(a), want, "{variant}");
    });
}

/// A broadcaster's page copied as text with its headline, stamp and
/// standfirst in one block, as DW prints them (the stamp in figures glued
/// to the stamp in words, `05/30/2026May 30, 2026`): the headline and the
/// stamp part from the story.
#[test]
fn headline_stamp_and_standfirst_in_one_block() {
    for stamp in ["05/30/2026May 30, 2026", "May 30, 2026"] {
        let text = format!(
            "EU agrees new rules on recycling textiles\n{stamp}\nThe union has agreed rules that will make fashion brands pay for used clothes.\n\nEU countries reached a deal on Friday on the new rules.\n\nGroups said more must be done."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("EU agrees new rules on recycling textiles"),
                "{variant}"
            );
            assert!(has_trailer(a, T::Timestamp, |t| t == stamp), "{variant}");
            assert_eq!(
                paragraph_texts(a).first().map(String::as_str),
                Some(
                    "The union has agreed rules that will make fashion brands pay for used clothes."
                ),
                "{variant}"
            );
        });
    }
    // a line of words where the stamp stood: the block is the story's
    let text = "EU agrees new rules on recycling textiles\nOfficials in Brussels met on Friday\nThe union has agreed rules that will make fashion brands pay for used clothes.\n\nEU countries reached a deal on Friday on the new rules.";
    each_variant(text, |a, _, variant| {
        assert!(a.headline().is_none(), "{variant}");
    });
}

/// A standfirst written as a sentence heavy with names (`The UK Health
/// Security Agency said …`), under the headline and over the stamp in one
/// block, as broadcasters' pages copy: the stop at its end tells it from
/// the headline's second line, and the headline reads.
#[test]
fn standfirst_with_names_over_the_stamp_in_one_block() {
    let text = "Amber alert issued for London as temperatures set to hit 32C\nThe UK Health Security Agency said the alert would stay in place until Monday.\nThursday 5 June 2025 12:40, UK\nAn amber heat health alert has been issued for London and the southeast of England, with temperatures forecast to reach 32C at the weekend.\n\nPeople are urged to check on elderly neighbours.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Amber alert issued for London as temperatures set to hit 32C"),
            "{variant}"
        );
        assert_eq!(
            a.deck().map(|h| h.as_str()),
            Some("The UK Health Security Agency said the alert would stay in place until Monday."),
            "{variant}"
        );
    });
    // (with no stop, such a line is the headline's second line)
    let text = "Amber alert issued for London and the southeast as temperatures set to hit 32C\nAs UK Health Agency warns of heat this weekend\nThursday 5 June 2025 12:40, UK\nAn amber heat health alert has been issued for London and the southeast of England, with temperatures forecast to reach 32C at the weekend.\n\nPeople are urged to check on elderly neighbours.";
    each_variant(text, |a, _, variant| {
        assert!(a.deck().is_none(), "{variant}");
        assert!(
            a.headline()
                .is_some_and(|h| h.as_str().ends_with("warns of heat this weekend")),
            "{variant}"
        );
    });
    // (a sentence heavy with names under a page's lines of names and
    // controls, in their block, is the story's: the names over it are the
    // byline)
    let text = "Amber alert issued for London\n6:00 am on 22 October 2025\nShare this\nAnn Poe, Local Democracy Reporting\nThe Whanganui District Council has voted to sell its airport shares to the Crown, ending months of debate over the runway.\n\nCouncillors voted 8-5 in favour.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("Ann Poe, Local Democracy Reporting"),
            "{variant}"
        );
    });
}

/// A college's or a university's site name over the headline, as its
/// newsroom's pages print it (`Four Lakes University | News`, `Mesa Verde
/// College News and Events` over its section): furniture, not the headline
/// or the byline. The name alone may end a headline in title case over its
/// deck, and stays the headline there.
#[test]
fn school_sites_over_the_headline() {
    let text = "Four Lakes University | News\n\nLibrary opens a reading room for the county's historians\n\nThe room holds 200 years of farm records, maps and letters\n\nMADISON, Wis. \u{2014} Historians can book the room from Monday.\n\nIt opens at nine.";
    each_variant(text, |a, _, variant| {
        assert_headline_dateline(
            a,
            "Library opens a reading room for the county's historians",
            "MADISON, Wis. \u{2014}",
            variant,
        );
        assert!(a.byline().is_none(), "{variant}");
        assert_eq!(
            a.trailers().first().map(|t| (t.kind(), t.as_str())),
            Some((T::Furniture, "Four Lakes University | News")),
            "{variant}"
        );
    });
    let text = "Mesa Verde College News and Events\n\nNursing\n\nNursing students train on a new birthing simulator\n\nBy Ann Poe\n\nCORTEZ, Colo. (March 3, 2026) \u{2014} The simulator breathes and bleeds.\n\nIt cost $90,000.";
    each_variant(text, |a, _, variant| {
        assert_headline_dateline(
            a,
            "Nursing students train on a new birthing simulator",
            "CORTEZ, Colo. (March 3, 2026) \u{2014}",
            variant,
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("By Ann Poe"),
            "{variant}"
        );
    });
    let text = "Mayor Visits Harmon College\n\nThe governor toured the new science wing and met students on Tuesday\n\nBy Ann Poe\n\nSPRINGFIELD, Ill. \u{2014} The governor came.\n\nShe left at noon.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Mayor Visits Harmon College"),
            "{variant}"
        );
    });
}

/// A publication's title of `The` and one word over the headline, as news
/// apps print it (`The Atlantic` over the headline, its standfirst and
/// byline; `SmartNews` / `The Oklahoman` over the headline): furniture.
/// Over a byline, with no headline under it, the line is the headline.
#[test]
fn publication_titles_over_the_headline() {
    let text = "The Chronicle\n\nThe Town That Bought Its Own Ferry\n\nWhen the old operator quit, residents decided to run the crossing themselves.\n\nBy Ann Poe\nNovember 2, 2026\n\nASTORIA, Ore.—The ferry was idle for seven months.\n\nThen it ran again.";
    each_variant(text, |a, _, variant| {
        assert_headline_dateline(
            a,
            "The Town That Bought Its Own Ferry",
            "ASTORIA, Ore.—",
            variant,
        );
        assert_eq!(
            a.trailers().first().map(|t| (t.kind(), t.as_str())),
            Some((T::Furniture, "The Chronicle")),
            "{variant}"
        );
    });
    let text = "SmartNews\nThe Oklahoman\n\nIce storm warning issued for much of the state; schools close\n\nJan 7, 2026\nAnn Poe\n\nOKLAHOMA CITY — More than 100 districts canceled classes on Wednesday.";
    each_variant(text, |a, _, variant| {
        assert_headline_dateline(
            a,
            "Ice storm warning issued for much of the state; schools close",
            "OKLAHOMA CITY —",
            variant,
        );
        assert!(
            has_trailer(a, T::Furniture, |t| t == "The Oklahoman"),
            "{variant}"
        );
    });
    // a short headline over its byline
    let text = "The Reckoning\n\nBy Ann Poe\n\nASTORIA, Ore. — The harbor board voted on Friday to reopen the ferry dock.";
    each_variant(text, |a, _, variant| {
        assert_headline_dateline(a, "The Reckoning", "ASTORIA, Ore. —", variant);
    });
}

/// A local news app's page: the app's name and the reader's town and state
/// (`Toledo, OH`) over the outlet's name, the headline and the byline; the
/// town's label is furniture, never the headline.
#[test]
fn locality_labels_over_the_headline() {
    let text = "NewsBreak\nHarrisburg, PA\n\nThe Valley Gazette\n\nSenate passes bill to speed up occupational licenses\n\nBy Ann Poe\n2d\n\nHARRISBURG — The Senate passed the bill on Tuesday.";
    each_variant(text, |a, _, variant| {
        assert_headline_dateline(
            a,
            "Senate passes bill to speed up occupational licenses",
            "HARRISBURG —",
            variant,
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("By Ann Poe"),
            "{variant}"
        );
        assert!(
            has_trailer(a, T::Furniture, |t| t == "Harrisburg, PA"),
            "{variant}"
        );
    });
    // (the label first, with no app's name over it)
    let text = "Boise, ID\n\nThe Valley Gazette\n\nSchool district asks voters for $98 million bond\n\nBy Ann Poe\n\nNAMPA, Idaho — The district asked voters on Tuesday to back a bond.";
    each_variant(text, |a, _, variant| {
        assert_headline_dateline(
            a,
            "School district asks voters for $98 million bond",
            "NAMPA, Idaho —",
            variant,
        );
        assert!(a.kicker().is_none(), "{variant}");
        assert_eq!(
            a.trailers().first().map(|t| (t.kind(), t.as_str())),
            Some((T::Furniture, "Boise, ID")),
            "{variant}"
        );
    });
    // under a headline of words, the label is no app's: the headline stays
    let text =
        "Storm closes schools\n\nToledo, OH\n\nBy Ann Poe\n\nTOLEDO — Schools closed on Tuesday.";
    each_variant(text, |a, _, variant| {
        assert_headline_dateline(a, "Storm closes schools", "TOLEDO —", variant);
    });
}

/// A partner's page over a story it republishes: its name, then where the
/// story first ran (`This story originally appeared in …`, a source line),
/// over the headline and byline.
#[test]
fn republished_story_notes_over_the_headline() {
    for (name, note) in [
        (
            "The Harbor Gazette",
            "This story originally appeared in The Valley Tribune.",
        ),
        (
            "Coastal Beacon",
            "This article originally appeared in the Valley Tribune and is republished with permission.",
        ),
        (
            "Gulf Watch",
            "This article is part of a collaboration between Gulf Watch and the Valley Tribune.",
        ),
        (
            "Gulf Watch",
            "This story was produced in partnership with the Valley Tribune.",
        ),
    ] {
        let text = format!(
            "{name}\n\n{note}\n\nHarbor board votes to reopen ferry dock\n\nBy Ann Poe, The Valley Tribune\nNovember 27, 2026\n\nASTORIA — The harbor board voted on Friday to reopen the ferry dock.\n\nRepairs took eight months."
        );
        each_variant(&text, |a, _, variant| {
            assert_headline_dateline(
                a,
                "Harbor board votes to reopen ferry dock",
                "ASTORIA —",
                variant,
            );
            assert_eq!(
                a.byline().map(|b| b.as_str()),
                Some("By Ann Poe, The Valley Tribune"),
                "{variant}"
            );
            let trailers: Vec<_> = a
                .trailers()
                .iter()
                .map(|t| (t.kind(), t.as_str()))
                .collect();
            assert!(
                trailers.contains(&(T::SourceLine, note)),
                "{variant}: {trailers:?}"
            );
            assert!(
                trailers.contains(&(T::Furniture, name)),
                "{variant}: {trailers:?}"
            );
        });
    }
    // a trade site's note of the partner it made the story with, under the
    // header in its block, over the dateline
    let text = "Meeting Coverage > ESCMID Global\nAntibody Cuts RSV Infection Risk\n— Adverse events mostly mild, researchers report\nby Ann Poe, Contributing Writer, MedPage Today\nApril 19, 2024\nThis article is a collaboration between MedPage Today® and:\n\nVIENNA -- An antibody lowered the risk of infection in a large study.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_headline_dateline(a, "Antibody Cuts RSV Infection Risk", "VIENNA --", variant);
        let note = "This article is a collaboration between MedPage Today® and:";
        assert!(has_trailer(a, T::SourceLine, |t| t == note), "{variant}");
    });
    // the note under the headline, over its standfirst: the headline stays
    let text = "Harbor board votes to reopen ferry dock\n\nThis story originally appeared in The Valley Tribune.\n\nRiders have waited eight months for the crossing\n\nBy Ann Poe\n\nASTORIA — The harbor board voted on Friday to reopen the ferry dock.";
    each_variant(text, |a, _, variant| {
        assert_headline_dateline(
            a,
            "Harbor board votes to reopen ferry dock",
            "ASTORIA —",
            variant,
        );
    });
}

/// Feed readers' exports: `Feed:` over the item's `Title:`, `Author:`,
/// `Link:` and `Date:`, and a feed's item copied as text (`<item>` over
/// `title: …`, `dc:creator: …`): the title the headline, the writer the
/// byline, the date a time stamp, the rest furniture.
#[test]
fn feed_reader_exports() {
    let text = "Feed: The Valley Sentinel - Local\nTitle: Harbor board votes to reopen ferry dock\nAuthor: Ann Poe\nLink: https://example.com/news/ferry-dock\nDate: Sat, 28 Nov 2026 10:00:00 +0000\n\nASTORIA, Ore. (AP) — The harbor board voted on Friday to reopen the ferry dock.\n\nRepairs took eight months.";
    each_variant(text, |a, _, variant| {
        assert_headline_dateline(
            a,
            "Harbor board votes to reopen ferry dock",
            "ASTORIA, Ore. (AP) —",
            variant,
        );
        assert_eq!(a.byline().map(|b| b.as_str()), Some("Ann Poe"), "{variant}");
        let trailers: Vec<_> = a
            .trailers()
            .iter()
            .map(|t| (t.kind(), t.as_str()))
            .collect();
        assert_eq!(
            trailers.first(),
            Some(&(T::Furniture, "Feed: The Valley Sentinel - Local")),
            "{variant}"
        );
        assert!(
            trailers.contains(&(T::Timestamp, "Date: Sat, 28 Nov 2026 10:00:00 +0000")),
            "{variant}"
        );
    });
    // (the fields under `Feed:` in another order and a blank line, no
    // writer)
    let text = "Feed: Valley Wire\n\nLink: https://example.com/news/ferry-dock\nTitle: Harbor board votes to reopen ferry dock\n\nASTORIA, Ore. (AP) — The harbor board voted on Friday to reopen the ferry dock.";
    each_variant(text, |a, _, variant| {
        assert_headline_dateline(
            a,
            "Harbor board votes to reopen ferry dock",
            "ASTORIA, Ore. (AP) —",
            variant,
        );
        assert!(a.byline().is_none(), "{variant}");
    });
    let text = "<item>\ntitle: Harbor board votes to reopen ferry dock\nlink: https://example.com/news/ferry-dock\npubDate: Sat, 28 Nov 2026 10:00:00 +0000\ndc:creator: Ann Poe\n\nASTORIA, Ore. (AP) — The harbor board voted on Friday to reopen the ferry dock.";
    each_variant(text, |a, _, variant| {
        assert_headline_dateline(
            a,
            "Harbor board votes to reopen ferry dock",
            "ASTORIA, Ore. (AP) —",
            variant,
        );
        assert_eq!(a.byline().map(|b| b.as_str()), Some("Ann Poe"), "{variant}");
        assert_eq!(
            a.trailers().first().map(|t| (t.kind(), t.as_str())),
            Some((T::Furniture, "<item>")),
            "{variant}"
        );
    });
    // (an item's front-matter title over its `Title:` field: the first is
    // the headline, the second furniture, and no text is lost; a fuzzed
    // input found the first title's words in no node)
    let text = "Feed: Valley Wire\ntitle: Harbor board vote\nTitle: Harbor board votes to reopen ferry dock\nAuthor: Ann Poe\n\nASTORIA, Ore. (AP) — The harbor board voted on Friday to reopen the ferry dock.";
    each_variant(text, |a, _, variant| {
        assert_headline_dateline(a, "Harbor board vote", "ASTORIA, Ore. (AP) —", variant);
        assert!(
            a.trailers().iter().any(|t| t.kind() == T::Furniture
                && t.as_str() == "Title: Harbor board votes to reopen ferry dock"),
            "{variant}"
        );
    });
    // `Feed:` with no `Title:` under it is no reader's label: the line is
    // the headline as written
    let text = "Feed: the city's new ferry plan\n\nASTORIA, Ore. (AP) — The harbor board voted on Friday to reopen the ferry dock.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Feed: the city's new ferry plan"),
            "{variant}"
        );
        assert_eq!(
            a.dateline().map(|d| d.as_str()),
            Some("ASTORIA, Ore. (AP) —"),
            "{variant}"
        );
    });
}

/// Pages saved as Markdown by crawlers and reader services: the menu,
/// logo and links over the title are furniture; under it the standfirst
/// in italics is the deck, names in links after `By` the byline, the
/// image and its caption furniture, and a dateline in bold opens the
/// story. A reader service's fields (`Title:`, `URL Source:`, `Published
/// Time:`, `Markdown Content:`) are furniture over the page's own title (a
/// heading, an underlined line), which is the headline; with none, the
/// `Title:` field's words are.
#[test]
fn markdown_pages() {
    let text = "[Skip to content](#main)\n\n[![The Valley Sentinel](https://example.com/logo.svg)](https://example.com/)\n\n- [World](https://example.com/world)\n- [Sport](https://example.com/sport)\n\n# Ferry service to resume after harbor repairs  \n\n_The crossing has been closed since March._\n\nBy [Ann Poe](https://example.com/author/ann-poe) and [Tom Roe](https://example.com/author/tom-roe)\n\nPublished Nov. 28, 2026\n\n![Riders wait at the dock](https://example.com/dock.jpg)\n\nRiders wait at the dock on Friday morning after the harbor board vote. Bo Li/Staff Photographer\n\nStory continues below advertisement\n\n**ASTORIA, Ore. —** The harbor ferry will run again on Monday.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_headline_dateline(
            a,
            "Ferry service to resume after harbor repairs",
            "ASTORIA, Ore. —",
            variant,
        );
        assert_eq!(
            a.deck().map(|d| d.as_str()),
            Some("The crossing has been closed since March."),
            "{variant}"
        );
        let byline = a.byline();
        assert!(
            byline.is_some_and(|b| b.as_str().starts_with("By [Ann Poe](")),
            "{variant}"
        );
        let authors: Vec<_> = byline.map(|b| b.authors().collect()).unwrap_or_default();
        assert_eq!(authors, ["Ann Poe", "Tom Roe"], "{variant}");
        assert_eq!(
            paragraph_texts(a),
            ["The harbor ferry will run again on Monday.", "More."],
            "{variant}"
        );
        assert!(
            has_trailer(a, T::Timestamp, |t| t == "Published Nov. 28, 2026"),
            "{variant}"
        );
    });
    let text = "Title: Ferry service to resume after harbor repairs\n\nURL Source: https://example.com/ferry\n\nPublished Time: 2026-11-28T10:00:00Z\n\nMarkdown Content:\n[News](https://example.com/news)\n\n# Ferry service to resume after harbor repairs\n\nThe crossing has been closed since March.\n\nBy Ann Poe\nTransport Reporter\n\nASTORIA, Ore. (AP) — The harbor ferry will run again on Monday.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_headline_dateline(
            a,
            "Ferry service to resume after harbor repairs",
            "ASTORIA, Ore. (AP) —",
            variant,
        );
        let byline = a.byline();
        assert_eq!(byline.map(|b| b.as_str()), Some("By Ann Poe"), "{variant}");
        assert_eq!(
            byline.and_then(|b| b.affiliation()),
            Some("Transport Reporter"),
            "{variant}"
        );
        // (the page's own title is the headline: the field's line, the
        // page's title with its site's name, is furniture)
        assert_eq!(
            a.trailers().first().map(|t| (t.kind(), t.as_str())),
            Some((
                T::Furniture,
                "Title: Ferry service to resume after harbor repairs"
            )),
            "{variant}"
        );
        assert_eq!(
            a.deck().map(|d| d.as_str()),
            Some("The crossing has been closed since March."),
            "{variant}"
        );
    });
    // the page's own title under the fields, set off by an underline, its
    // site's links over it; the byline's names in links over the desk and
    // the stamp
    let text = "Title: Ferry service to resume | The Valley Sentinel\n\nURL Source: https://example.com/ferry\n\nMarkdown Content:\n[Skip to main content](https://example.com/ferry#main)\n\n[Oregon](https://example.com/oregon)\n\nFerry service to resume after repairs\n=====================================\n\n[Ann Poe](https://example.com/ann-poe) / Staff / Updated: Nov 28, 2026, 10:12 PST\n\nASTORIA, Ore. — The harbor ferry will run again on Monday.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_headline_dateline(
            a,
            "Ferry service to resume after repairs",
            "ASTORIA, Ore. —",
            variant,
        );
        let authors: Vec<_> = a
            .byline()
            .map(|b| b.authors().collect())
            .unwrap_or_default();
        assert_eq!(authors, ["Ann Poe"], "{variant}");
        assert_eq!(
            paragraph_texts(a),
            ["The harbor ferry will run again on Monday.", "More."],
            "{variant}"
        );
    });
    // (with no title of the page's own, the field's words are the
    // headline; a promo's line in bold is none)
    let text = "Title: Ferry service to resume\n\nURL Source: https://example.com/ferry\n\nMarkdown Content:\n**Sign up for The Daily Brief**\n\nThe harbor ferry will run again on Monday, the harbor board said.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Ferry service to resume"),
            "{variant}"
        );
    });
    // a caption ending in its credit over the story, under front matter
    let text = "---\ntitle: Ferry service to resume\nauthor: Ann Poe\n---\nRiders wait at the dock on Friday after the board's vote. Photograph: Bo Li\nASTORIA, Ore. — The harbor ferry will run again on Monday.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_headline_dateline(a, "Ferry service to resume", "ASTORIA, Ore. —", variant);
    });
    // a story's short first paragraph under the title is no deck; a table
    // of the details under the title gives the byline
    let text = "# Ferry service to resume\n\nThe ferry runs again on Monday.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert!(a.deck().is_none(), "{variant}");
        assert_eq!(
            paragraph_texts(a),
            ["The ferry runs again on Monday.", "More."],
            "{variant}"
        );
    });
    let text = "# Ferry service to resume\n\n| | |\n|---|---|\n| Byline | By Ann Poe |\n| Published | 2026-11-28 |\n\n---\n\nThe ferry runs again on Monday.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("By Ann Poe"),
            "{variant}"
        );
        assert!(a.deck().is_none(), "{variant}");
    });
}

/// A Markdown page's title set other ways: over a setext underline (a
/// paragraph of two lines too), in bold alone (under a promo in bold, a
/// heading of the first level wins), as a heading's link to its page (the
/// link's text), or among a note file's fields (YAML
/// or TOML front matter, an org file's `#+` lines, a table of details),
/// with the author's field the byline.
#[test]
fn markdown_titles() {
    let story = "\n\nASTORIA, Ore. — The harbor ferry will run again on Monday.\n\nMore.";
    for (head, title, byline) in [
        (
            "Ferry service to resume\n=======================",
            "Ferry service to resume",
            None,
        ),
        (
            "Ferry service to resume\nafter harbor repairs\n====================",
            "Ferry service to resume\nafter harbor repairs",
            None,
        ),
        (
            "**Ferry service to resume**\n\n*by Ann Poe*",
            "Ferry service to resume",
            Some("by Ann Poe"),
        ),
        (
            "**Sign up for The Morning Brief**\n\nBy signing up, you agree to our [Terms of Use](https://example.com/terms) and acknowledge our [Privacy Policy](https://example.com/privacy).\n\n# Ferry service to resume",
            "Ferry service to resume",
            None,
        ),
        (
            "### Local News\n\n# Ferry service to resume",
            "Ferry service to resume",
            None,
        ),
        // a heading that links to its page: the link's text
        (
            "# [Ferry service to resume](https://example.com/news/ferry-service-to-resume)",
            "Ferry service to resume",
            None,
        ),
        (
            "# [Ferry [video] service to resume](https://example.com/news/ferry)",
            "Ferry [video] service to resume",
            None,
        ),
        // front matter with no title over the heading; details with their
        // labels in emphasis under it
        (
            "---\nauthor: Ann Poe\nsource: https://example.com/ferry\n---\n\n# Ferry service to resume",
            "Ferry service to resume",
            Some("Ann Poe"),
        ),
        (
            "# Ferry service to resume\n\nCrossings resume after six months of repairs to the old timber pier\n\n**Author:** Ann Poe  \n*Date:* 14 June 2025\n\n---",
            "Ferry service to resume",
            Some("Ann Poe"),
        ),
        (
            "---\ntitle: \"Ferry service to resume\"\nauthor: Ann Poe\ndate: 2026-11-28\n---",
            "Ferry service to resume",
            Some("Ann Poe"),
        ),
        (
            "+++\ntitle = \"Ferry service to resume\"\nauthor = \"Ann Poe\"\n+++",
            "Ferry service to resume",
            Some("Ann Poe"),
        ),
        (
            "#+TITLE: Ferry service to resume\n#+AUTHOR: Ann Poe",
            "Ferry service to resume",
            Some("Ann Poe"),
        ),
        (
            "| Property | Value |\n| --- | --- |\n| Title | Ferry service to resume |\n| Author | Ann Poe |",
            "Ferry service to resume",
            Some("Ann Poe"),
        ),
    ] {
        let text = format!("{head}{story}");
        each_variant(&text, |a, _, variant| {
            let lf = |s: &str| s.replace("\r\n", "\n").replace('\r', "\n");
            assert_eq!(
                a.headline().map(|h| lf(h.as_str())).as_deref(),
                Some(title),
                "{head:?} ({variant})"
            );
            assert_eq!(
                a.byline().map(|b| b.as_str()),
                byline,
                "{head:?} ({variant})"
            );
            assert_eq!(
                a.dateline().map(|d| d.as_str()),
                Some("ASTORIA, Ore. —"),
                "{head:?} ({variant})"
            );
        });
    }
    // a `#` line under the story's first paragraph is no title, nor a
    // release's end mark
    for text in [
        "The harbor ferry will run again on Monday, officials said after a long meeting that ran past midnight and ended with a vote of the full board and a statement from the mayor.\n\n# Background\n\nMore.",
        "ACME Opens Plant\n\nThe plant opened on Monday.\n\n###",
        "=====\nBackground\n\nMore.",
    ] {
        each_variant(text, |a, _, variant| {
            assert!(
                a.headline()
                    .is_none_or(|h| !h.as_str().contains("Background")),
                "{variant}"
            );
            assert!(a.trailers().iter().all(|t| t.as_str() != "#"), "{variant}");
        });
    }
}

/// A story forwarded or received by mail: the last subject's words (no
/// `FW:`) are the headline, the header's fields trailers (its dates time
/// stamps), the forwarder's note an editor's note; in the message, the
/// title printed again is furniture and the names under it the byline.
#[test]
fn stories_by_mail() {
    let text = "From: Bo Li\nSent: Thursday, November 27, 2025 10:26 AM\nTo: Media Desk\nSubject: FW: Council votes to close Harmon Elementary\n\nAnother one for the archive.\n\n-----Original Message-----\nFrom: Courier Alerts [mailto:alerts@example.com]\nSent: Tuesday, November 25, 2025 6:43 AM\nTo: Bo Li\nSubject: Council votes to close Harmon Elementary\n\nCouncil votes to close Harmon Elementary\nBy Ann Poe\n\nLINDSBORG, Kan. - The board voted 6-2 on Tuesday to close the school.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_headline_dateline(
            a,
            "Council votes to close Harmon Elementary",
            "LINDSBORG, Kan. -",
            variant,
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("By Ann Poe"),
            "{variant}"
        );
        let kinds = kinds_of(a);
        assert_eq!(
            kinds.iter().filter(|&&k| k == T::Timestamp).count(),
            2,
            "{variant}"
        );
        assert!(kinds.contains(&T::EditorsNote), "{variant}");
        assert_eq!(
            paragraph_texts(a),
            [
                "The board voted 6-2 on Tuesday to close the school.",
                "More."
            ],
            "{variant}"
        );
    });
    // a message's header opening with its date and MIME fields
    let text = "Date: Sat, 2 Aug 2025 06:00:12 -0400\nFrom: \"Wire Alerts\" <alerts@example.com>\nTo: desk@example.com\nSubject: Fw: Fishing fleets brace for smaller quota\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n\nBy Ann Poe\n\nRegulators cut the allowed catch by 8 percent for the coming season.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Fishing fleets brace for smaller quota"),
            "{variant}"
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("By Ann Poe"),
            "{variant}"
        );
    });
    // a news posting's header: fields of any name, one run on over two
    // lines, and a dateline under a tab; opening with `Path:` too
    for top in ["", "Path: news.example.net!desk\n"] {
        let text = format!(
            "{top}From: wire@example.net (AP)\nNewsgroups: ex.news.gov,\n\tex.news.top\nSubject: Senate passes the farm bill\nKeywords: legislature, farms\nDate: Tue, 28 Nov 89 14:22:10 PST\nX-Desk-Code: FARM\nLines: 4\n\n\tWASHINGTON (AP) -- The Senate passed the farm bill on\nTuesday.\n\tThe vote was 61-38.\n"
        );
        each_variant(&text, |a, _, variant| {
            assert_headline_dateline(
                a,
                "Senate passes the farm bill",
                "WASHINGTON (AP) --",
                variant,
            );
            assert_eq!(
                kinds_of(a).len(),
                8 + usize::from(!top.is_empty()),
                "{variant}"
            );
            assert_eq!(
                paragraph_texts(a),
                [
                    "The Senate passed the farm bill on\nTuesday.",
                    "The vote was 61-38."
                ],
                "{variant}"
            );
        });
    }
    // a dateline with a colon under the header is no field of it
    for place in ["ISLAMABAD", "Islamabad"] {
        let text = format!(
            "From: Bo Li\nSubject: Floods close schools\n\n{place}: Floods closed schools on Friday.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            assert_headline_dateline(a, "Floods close schools", &format!("{place}:"), variant);
        });
    }
    // nor right under its fields, with no blank line between
    let text = "From: Bo Li\nSubject: Floods close schools\nISLAMABAD: Floods closed schools on Friday.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_headline_dateline(a, "Floods close schools", "ISLAMABAD:", variant);
    });
    // a text that opens `From:` with no subject is no mail's header
    let text = "From: the desk of the mayor\n\nCity opens two shelters\n\nThe city will open two shelters tonight.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert!(a.headline().is_some(), "{variant}");
        assert!(a.trailers().is_empty(), "{variant}");
    });
}

/// A news service's fields dumped a line each: `title:` the headline,
/// `author:` the byline, `publishedAt:` a time stamp, the story in
/// `content:` (its dateline read there) or under `body: |`, a byline
/// opening it the byline.
#[test]
fn news_service_dumps() {
    let text = "source: UPI\nauthor: By Ann Poe\ntitle: Storm forces cancellation of music festival\ndescription: Organizers cancelled the event after high winds.\nurl: https://example.com/storm\npublishedAt: 2025-07-11T21:27:12Z\ncontent: NEW YORK, July 10 (UPI) -- Organizers cancelled the festival on Thursday. [+652 chars]";
    each_variant(text, |a, _, variant| {
        assert_headline_dateline(
            a,
            "Storm forces cancellation of music festival",
            "NEW YORK, July 10 (UPI) --",
            variant,
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("By Ann Poe"),
            "{variant}"
        );
        assert!(kinds_of(a).contains(&T::Timestamp), "{variant}");
    });
    let text = "headline: Teachers approve deal with 31 percent raises\nbyline: By Ann Poe\npublished: 2026-03-18 12:41:35\nbody: |\n  Teachers voted on Wednesday to ratify a three-year contract.\n\n  The agreement raises pay by 31 percent.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Teachers approve deal with 31 percent raises"),
            "{variant}"
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("By Ann Poe"),
            "{variant}"
        );
        assert_eq!(
            paragraph_texts(a).first().map(String::as_str),
            Some("Teachers voted on Wednesday to ratify a three-year contract."),
            "{variant}"
        );
    });
    // a byline opening the story's field, the dateline under it
    let text = "title: Port congestion eases as new berths open
url: https://example.com/port
date: 2026-02-09
text: By Ann Poe

KARACHI: Congestion at the port has eased.

Traders said so.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("By Ann Poe"),
            "{variant}"
        );
        assert_eq!(
            a.dateline().map(|d| d.as_str()),
            Some("KARACHI:"),
            "{variant}"
        );
        assert_eq!(
            paragraph_texts(a),
            ["Congestion at the port has eased.", "Traders said so."],
            "{variant}"
        );
    });
    // the fields in capitals, the story under a `TEXT:` label of its own
    let text = "TITLE: Port workers call off strike after wage deal
DATE: 05/03/2024
SOURCE: Harbor Times archive
TEXT:
KARACHI, March 4: Dock workers called off their
three-day strike on Monday.

Traders said so.";
    each_variant(text, |a, _, variant| {
        assert_headline_dateline(
            a,
            "Port workers call off strike after wage deal",
            "KARACHI, March 4:",
            variant,
        );
        assert!(kinds_of(a).contains(&T::Timestamp), "{variant}");
    });
    // no title: the labels are furniture, the story under `TEXT:` read
    for label in ["TEXT:", "BODY:", "Content:", "story:"] {
        let text = format!(
            "DATE: 2026-05-20\nSOURCE: Harbor Times\n{label}\nBEIJING, May 20 (Xinhua) -- The plan was released.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            assert!(a.headline().is_none(), "{label} {variant}");
            assert_eq!(
                a.dateline().map(|d| d.as_str()),
                Some("BEIJING, May 20 (Xinhua) --"),
                "{label} {variant}"
            );
            assert!(
                has_trailer(a, T::Furniture, |t| t == label),
                "{label} {variant}"
            );
        });
    }
    // each record under a banner, which is furniture
    let text = "=== doc 00412 ===
title: Cocoa farmers ask for a higher price
date: 2025-03-04
url: https://example.com/news/cocoa
text:
Accra, March 4, GNA - Cocoa farmers asked the government to raise the price.

He said so.";
    each_variant(text, |a, _, variant| {
        assert_headline_dateline(
            a,
            "Cocoa farmers ask for a higher price",
            "Accra, March 4, GNA -",
            variant,
        );
        let banner = a.trailers().first().map(|t| (t.kind(), t.as_str()));
        assert_eq!(
            banner,
            Some((T::Furniture, "=== doc 00412 ===")),
            "{variant}"
        );
    });
}

/// An archive's edition line over a stored story (`Fundy Chronicle, The
/// (NB) - Saturday, November 15, 2025`, `THE NORTHGATE LEDGER · 13 May
/// 2025 · A7`) is furniture, not the headline; `NewsBank`'s `Article
/// Text:` opens the story under its fields. `NewsBank`'s source and edition
/// line under the title, and the page's fields under the author's, are
/// furniture; names and a date after a dash under a title stay the
/// byline.
#[test]
fn archive_edition_lines() {
    let text = "Fundy Chronicle, The (NB) - Saturday, November 15, 2025\nSection: Local\nPage: B2\n\nWarehouse plan clears first hurdle\nAuthor: Ann Poe, Staff Writer\n\nArticle Text:\nQUISPAMSIS, N.B. -- The planning commission voted 6-1 on Friday.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_headline_dateline(
            a,
            "Warehouse plan clears first hurdle",
            "QUISPAMSIS, N.B. --",
            variant,
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("Ann Poe, Staff Writer"),
            "{variant}"
        );
    });
    let text = "THE NORTHGATE LEDGER · 13 May 2025 · A7\n\nStartup puts weather satellite into orbit\n\nMEXICO CITY (AP) — A startup put a small weather satellite into orbit.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_headline_dateline(
            a,
            "Startup puts weather satellite into orbit",
            "MEXICO CITY (AP) —",
            variant,
        );
    });
    // `NewsBank`'s export with the source and edition line under the
    // title, the author's and the page's fields under it
    for (text, dateline) in [
        (
            "Ferry board delays vote on fares\nHarbor Valley Register (Mobile, AL) - Tuesday, March 3, 2026\nAuthor: Ann Poe; Staff Writer\nSection: Local\nPage: 3B\nReadability: 11-12 grade level (Lexile: 1260L)\n\nThe ferry board postponed a vote on Monday after riders objected.\n\nMore.",
            None,
        ),
        (
            "Ferry board delays vote on fares\nRegister, The (AL) - Tuesday, February 6, 2018\nAuthor: Ann Poe; Staff Writer\nSection: Local News\nPage: B2\n\nMOBILE — The ferry board postponed a vote on Monday after riders objected.\n\nMore.",
            Some("MOBILE —"),
        ),
    ] {
        each_variant(text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Ferry board delays vote on fares"),
                "{variant}"
            );
            assert!(a.deck().is_none(), "{variant}");
            assert_eq!(a.dateline().map(|d| d.as_str()), dateline, "{variant}");
            assert_eq!(
                a.paragraphs().next().map(|p| p.as_str()),
                Some("The ferry board postponed a vote on Monday after riders objected."),
                "{variant}"
            );
            let furniture = a
                .trailers()
                .iter()
                .filter(|t| t.kind() == T::Furniture)
                .count();
            assert_eq!(furniture, 2, "{variant}");
        });
    }
    // (names and a date after a dash under the title are the byline)
    let text = "Ferry board delays vote on fares\nAnn Poe - Mar 03, 2026\n\nMOBILE — The ferry board postponed a vote.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(a.byline().map(|b| b.as_str()), Some("Ann Poe"), "{variant}");
    });
    // a headline ending with a day and no year stays the headline
    let text = "U.S. FINANCIAL ANALYSTS - March 3\n\nWilcox/Gibbs - New York\n\nMore.";
    assert_headline_each(text, Some("U.S. FINANCIAL ANALYSTS - March 3"));
    // `NewsBank`'s record in fields: the title's, then its source's, over
    // `Article Text:`
    let text = "Title: Ferry fares rise for the first time in a decade\nSource: Harbor Valley Register (Mobile, AL)\nDate: March 21, 2024\nSection: Local\nPage: 5A\nArticle Text:\nMOBILE, Ala. (AP) — Ferry fares will rise in June.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_headline_dateline(
            a,
            "Ferry fares rise for the first time in a decade",
            "MOBILE, Ala. (AP) —",
            variant,
        );
    });
    // and with no marker: the paper's name (its state or city in brackets,
    // `The` after a comma), the date and the fields, the headline alone in
    // its block, the story under it
    for paper in [
        "Cedar Valley Gazette (IA)",
        "Times Union Ledger, The (Albany, NY)",
        "Bayou State Advocate (LA)",
    ] {
        let text = format!(
            "{paper}\nOctober 7, 2026\nSection: Business\nEdition: Metro\nPage: 1D\nAuthor: By ANN POE\n\nSugar mill cuts its season short\n\nTHIBODAUX, La. — A sugar mill expects its season to end early.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            assert_headline_dateline(
                a,
                "Sugar mill cuts its season short",
                "THIBODAUX, La. —",
                variant,
            );
            assert!(
                a.byline()
                    .is_some_and(|b| b.as_str().ends_with("By ANN POE")),
                "{paper} {variant}"
            );
        });
    }
    // (a byline alone in its block under the headline, the story under it)
    let text = "Cedar Valley Gazette (IA)\nOctober 7, 2026\nSection: Business\nEdition: Metro\nPage: 1D\n\nSugar mill cuts its season short\n\nBy Ann Poe\n\nTHIBODAUX, La. — A sugar mill expects its season to end early.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_headline_dateline(
            a,
            "Sugar mill cuts its season short",
            "THIBODAUX, La. —",
            variant,
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("By Ann Poe"),
            "{variant}"
        );
    });
    // (with no headline, the story opening under the fields keeps its
    // first paragraph)
    let text = "Cedar Valley Gazette (IA)\nOctober 7, 2026\nSection: Business\nPage: 1D\n\nTHIBODAUX, La. — A sugar mill expects its season to end early,\nits owners said on Tuesday.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.dateline().map(|d| d.as_str()),
            Some("THIBODAUX, La. —"),
            "{variant}"
        );
    });
    // a headline closing with a bracket over such lines is no paper's name
    let text = "Storm floods coast road (UPDATED)\nOctober 7, 2026\nSection: Business\nEdition: Metro\nPage: 1D\n\nSugar mill cuts its season short\n\nTHIBODAUX, La. — A sugar mill expects its season to end early.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Storm floods coast road (UPDATED)"),
            "{variant}"
        );
    });
}

/// `ProQuest`'s historical papers print their citation under the header
/// of a page's scan (the paper, its file's years and the date; the
/// database; the page): furniture, so the header block is read whole and
/// the dateline under it, in the old papers' form with the dash glued to
/// the story, is read. A paper's credit in a part of its own under the
/// byline is the byline's, not a paragraph over the dateline.
#[test]
fn proquest_historical_citations() {
    let story = "\n\nALBANY, Feb. 9—The Assembly voted today to raise the state's school aid by $40 million.\n\nThe Senate is expected to act next week.";
    let texts = [
        format!(
            "ASSEMBLY VOTES SCHOOL AID RISE\nBy ANN POE\nSpecial to The New York Times.\nNew York Times (1923-Current file); Feb 10, 1954;\nProQuest Historical Newspapers: The New York Times (1851-2006)\npg. 14{story}"
        ),
        format!(
            "ASSEMBLY VOTES SCHOOL AID RISE\n\nBy ANN POE\n\nSpecial to The New York Times.{story}"
        ),
    ];
    for text in &texts {
        each_variant(text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("ASSEMBLY VOTES SCHOOL AID RISE"),
                "{variant}"
            );
            let byline = a.byline().expect("byline");
            assert_eq!(byline.authors().next(), Some("ANN POE"), "{variant}");
            assert_eq!(
                byline.affiliation(),
                Some("Special to The New York Times."),
                "{variant}"
            );
            let dateline = a.dateline().expect("dateline");
            assert_eq!(dateline.as_str(), "ALBANY, Feb. 9—", "{variant}");
            assert_eq!(
                a.paragraphs().next().map(|p| p.as_str()),
                Some("The Assembly voted today to raise the state's school aid by $40 million."),
                "{variant}"
            );
        });
    }
    // (each line alone under the headline is furniture, not its second line)
    for line in [
        "Chicago Daily Tribune (1923-1963); Oct 5, 1961;",
        "Pittsburgh Press (1923-1992); Jan 24, 1978;",
        "ProQuest Historical Newspapers: Chicago Tribune (1849-1991)",
        "pg. B7",
    ] {
        let text = format!("Suburb Votes to Build New Water Tower\n{line}{story}");
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Suburb Votes to Build New Water Tower"),
                "{line:?} ({variant})"
            );
        });
    }
    // (a headline wrapped onto a short word in small letters stays whole)
    let text = format!("Storm damage closes two state\nparks{story}");
    each_variant(&text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some(
                "Storm damage closes two state\nparks"
                    .replace('\n', eol_of(variant))
                    .as_str()
            ),
            "{variant}"
        );
    });
}

/// `ProQuest`'s export of a citation and full text with no fields: the
/// title between a rule and the citation, `ProQuest document link`, an
/// abstract under its label, `FULL TEXT` over the story. The citation's
/// author, before its first stop, is the byline (in catalogue order, with
/// an initial, or with a role); a citation opening with the publication
/// has none. The dateline opening the story is read.
#[test]
fn proquest_citation_exports() {
    let rule = "_".repeat(60);
    let rows = [
        (
            "Poe, Ann J.  The Harbor Sentinel ; Portland, Maine [Portland, Maine]04 Dec 2024: B.3.",
            Some("Poe, Ann J"),
        ),
        (
            "Ann Poe, Times Staff Writer.  Los Angeles Times ; Los Angeles, Calif. [Los Angeles, Calif]09 May 2001: B.3.",
            Some("Ann Poe, Times Staff Writer"),
        ),
        (
            "Ann J. Poe, Staff Writer.  The Sun ; Baltimore, Md. [Baltimore, Md]27 June 1995: 1B.",
            Some("Ann J. Poe, Staff Writer"),
        ),
        (
            "Wall Street Journal , Eastern edition; New York, N.Y. [New York, N.Y]17 Nov 1998: A4.",
            None,
        ),
        (
            "The Sun ; Baltimore, Md. [Baltimore, Md]27 June 1995: 1B.",
            None,
        ),
    ];
    for (citation, byline) in rows {
        let text = format!(
            "{rule}\n\nHarbor ferry fares to rise in spring\n\n{citation}\n\nProQuest document link\n\nABSTRACT (ENGLISH)\n\nThe board voted to raise fares.\n\nFULL TEXT\n\nPORTLAND, Maine -- The ferry board voted 5 to 2 on Tuesday to raise fares by 50 cents.\n\nThe increase takes effect in April."
        );
        each_variant(&text, |a, _, variant| {
            let what = format!("{citation:?} ({variant})");
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Harbor ferry fares to rise in spring"),
                "{what}"
            );
            assert_eq!(a.byline().map(|b| b.as_str()), byline, "{what}");
            let place = a.dateline().and_then(|d| d.place()).map(|p| p.as_str());
            assert_eq!(place, Some("PORTLAND, Maine"), "{what}");
            assert_eq!(
                a.paragraphs().next().map(|p| p.as_str()),
                Some("The ferry board voted 5 to 2 on Tuesday to raise fares by 50 cents."),
                "{what}"
            );
        });
    }
}

/// A `ProQuest` document saved from its story on (`Full text`, with or
/// without its colon) prints its fields under the story: its `Title:` is
/// the headline and its `Author:` the byline, each label furniture; a
/// `Full text` label over the story with the fields under it opens the
/// story also under an unlabelled title.
#[test]
fn proquest_fields_under_the_story() {
    let text = "Full text\n\nBOISE, Idaho (AP) — The airline agreed to buy 36 jets on Tuesday.\nThe order is its largest.\n\nSubject: Airlines; Aircraft orders\n\nTitle: Airline orders 36 jets in biggest fleet overhaul\nAuthor: Poe, Ann\nPublication title: The Harbor Sentinel; Portland, Maine\nPublication date: Dec 4, 2024\nDatabase: U.S. Newsstream";
    each_variant(text, |a, _, variant| {
        assert_headline_dateline(
            a,
            "Airline orders 36 jets in biggest fleet overhaul",
            "BOISE, Idaho (AP) —",
            variant,
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("Poe, Ann"),
            "{variant}"
        );
        assert!(
            a.trailers().iter().any(|t| t.as_str() == "Author:"),
            "{variant}"
        );
    });
    let text = "Airline orders 36 jets in biggest fleet overhaul\n\nPoe, Ann. The Harbor Sentinel; Portland, Maine [Portland, Maine]. 04 Dec 2024: B.3.\n\nFull text\nThe airline agreed to buy 36 jets on Tuesday.\n\nTitle: Airline orders 36 jets in biggest fleet overhaul\nAuthor: Poe, Ann\nPublication title: The Harbor Sentinel";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Airline orders 36 jets in biggest fleet overhaul"),
            "{variant}"
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("Poe, Ann"),
            "{variant}"
        );
        assert_eq!(
            paragraph_texts(a),
            ["The airline agreed to buy 36 jets on Tuesday."],
            "{variant}"
        );
    });
}

/// Articles as clipping tools and extraction libraries save them: the
/// story's address or the site's domain under the title is furniture, not
/// the headline's second line; a text browser's numbered links over the
/// title are furniture; an extraction tool's `Title:` / `Author(s):` /
/// `Text:` block gives headline, byline and story; Pandoc's title block
/// (`% Title` / `% Author` / `% Date`) gives headline and byline.
#[test]
fn clipped_and_extracted_articles() {
    for under in [
        "https://www.example.com/science/2026/01/22/water-vapour",
        "kestrelreview.example",
    ] {
        let text = format!(
            "Astronomers detect water vapour on a nearby planet\n{under}\n\nBy Ann Poe\n\nAstronomers said on Friday they had detected water vapour in the atmosphere of a small planet.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Astronomers detect water vapour on a nearby planet"),
                "{under:?} ({variant})"
            );
            assert_eq!(
                a.byline().map(|b| b.as_str()),
                Some("By Ann Poe"),
                "{variant}"
            );
        });
    }
    let text = "   #[1]Open Wire Review RSS feed\n\n   [2]Skip to main content\n     * [3]Science\n     * [4]Culture\n\n            Rangers film lost songbird for first time in decades\n\n   A songbird that had not been recorded for 19 years has been photographed in a remote forest.\n\n   More.";
    assert_headline_each(
        text,
        Some("Rangers film lost songbird for first time in decades"),
    );
    let text = "#[1]Open Wire Review RSS feed\n\nRangers film lost songbird for first time in decades\n\nA songbird that had not been recorded for 19 years has been photographed in a remote forest.\n\nMore.";
    assert_headline_each(
        text,
        Some("Rangers film lost songbird for first time in decades"),
    );
    let text = "Title: Recount ordered in tight mayoral race\nAuthor(s): Ann Poe\nPublished: 2025-08-04\nText: Election officials ordered a full recount on Monday.\n\nThe recount will begin next week.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Recount ordered in tight mayoral race"),
            "{variant}"
        );
        assert_eq!(a.byline().map(|b| b.as_str()), Some("Ann Poe"), "{variant}");
        assert_eq!(
            paragraph_texts(a).first().map(String::as_str),
            Some("Election officials ordered a full recount on Monday."),
            "{variant}"
        );
    });
    let text = "% Composer dies aged 80\n% Ann Poe\n% December 29, 2024\n\nLAGOS, Nigeria — The composer died on Saturday at her home in Lagos.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_headline_dateline(a, "Composer dies aged 80", "LAGOS, Nigeria —", variant);
        assert_eq!(a.byline().map(|b| b.as_str()), Some("Ann Poe"), "{variant}");
        assert!(kinds_of(a).contains(&T::Timestamp), "{variant}");
    });
    // a PDF's running head and an edition line with bars over the title
    for head in [
        "THE VALLEY SENTINEL Monday, June 10, 2024 A3",
        "The Valley Sentinel | December 3, 2026 | Page 1",
    ] {
        let text = format!(
            "{head}\n\nCourt curbs phone tracking by police\n\nThe court ruled on Tuesday that police need a warrant.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Court curbs phone tracking by police"),
                "{head:?} ({variant})"
            );
        });
    }
}

/// AP's byline in capitals on the line under a headline in mixed case, the
/// dateline's line or a blank line after it, is the byline; under a headline
/// in capitals, or in mixed case, such a line stays in the headline.
#[test]
fn capital_names_under_the_headline_in_its_block() {
    let rows: &[(&str, &str, Option<&str>, Option<&str>)] = &[
        (
            "Storm nears coast\nANN POE\nMIAMI (AP) — Winds rose.\nMore rain fell.",
            "Storm nears coast",
            Some("ANN POE"),
            Some("MIAMI (AP) —"),
        ),
        (
            "Storm nears coast\nANN POE and TOM ROE\n\nMIAMI (AP) — Winds rose.\n\nMore.",
            "Storm nears coast",
            Some("ANN POE and TOM ROE"),
            Some("MIAMI (AP) —"),
        ),
        // a headline in capitals wrapped onto a line that reads as names
        (
            "SENATE PANEL\nAPPROVES BUDGET\n\nMIAMI (AP) — Winds rose.\n\nMore.",
            "SENATE PANEL\nAPPROVES BUDGET",
            None,
            Some("MIAMI (AP) —"),
        ),
        (
            "Storm Nears\nCoastal Towns\n\nMIAMI (AP) — Winds rose.\n\nMore.",
            "Storm Nears\nCoastal Towns",
            None,
            Some("MIAMI (AP) —"),
        ),
    ];
    for (text, headline, byline, dateline) in rows {
        each_variant(text, |a, _, variant| {
            let want = (
                some(headline),
                byline.map(str::to_owned),
                dateline.map(str::to_owned),
                Vec::new(),
            );
            assert_eq!(header_of(a), want, "{text:?} ({variant})");
        });
    }
}

/// Names alone over a date line in the headline's block, or under one, are
/// the byline: the shape of a title, an author and a date pasted from a
/// page. Over no date, a second line of the headline stays in it, names or
/// not.
#[test]
fn names_over_a_date_line_under_the_headline() {
    let rows: &[(&str, &str, Option<&str>, &[&str])] = &[
        (
            "Council Votes To Close Bridge\nAnn Poe\nNovember 28, 2026\n\nThe council voted.\n\nMore.",
            "Council Votes To Close Bridge",
            Some("Ann Poe"),
            &["November 28, 2026"],
        ),
        (
            "Council Votes To Close Bridge\nAnn Poe and Tom Roe\nUpdated 3:45 p.m. ET\n\nThe council voted.\n\nMore.",
            "Council Votes To Close Bridge",
            Some("Ann Poe and Tom Roe"),
            &["Updated 3:45 p.m. ET"],
        ),
        (
            "Council Votes To Close\nThe Old Bridge\nNovember 28, 2026\n\nThe council voted.\n\nMore.",
            "Council Votes To Close\nThe Old Bridge",
            None,
            &["November 28, 2026"],
        ),
        (
            "Mayor Greets\nAnn Poe\n\nThe council voted.\n\nMore.",
            "Mayor Greets\nAnn Poe",
            None,
            &[],
        ),
        // names under a stamp, in a block of their own or the headline's
        (
            "Council Votes To Close Bridge\n\nPublished Nov. 28, 2026 6:00 AM EST\nAnn Poe\n\nThe council voted.\n\nMore.",
            "Council Votes To Close Bridge",
            Some("Ann Poe"),
            &["Published Nov. 28, 2026 6:00 AM EST"],
        ),
        (
            "Council Votes To Close Bridge\nNovember 28, 2026\nAnn Poe and Tom Roe\n\nThe council voted.\n\nMore.",
            "Council Votes To Close Bridge",
            Some("Ann Poe and Tom Roe"),
            &["November 28, 2026"],
        ),
        // a stamp over a sentence: the stamp, and no byline
        (
            "Council Votes To Close Bridge\n\nPublished Nov. 28, 2026 6:00 AM EST\nThe council voted at midnight.\n\nMore.",
            "Council Votes To Close Bridge",
            None,
            &["Published Nov. 28, 2026 6:00 AM EST"],
        ),
        // stamps over the byline and its account in one block of four
        // lines, with no dateline under them
        (
            "Council votes to close bridge\n\nPublished Fri, Nov 28 2026 6:00 AM EST\nUpdated Fri, Nov 28 2026 8:00 AM EST\nAnn Poe\n@annpoe\n\nThe council voted.\n\nMore.",
            "Council votes to close bridge",
            Some("Ann Poe"),
            &[
                "Published Fri, Nov 28 2026 6:00 AM EST",
                "Updated Fri, Nov 28 2026 8:00 AM EST",
            ],
        ),
        (
            "Council votes to close bridge\n\nPublished November 28, 2026\nUpdated November 29, 2026\nAnn Poe and Tom Roe\nStaff Writers\n\nThe council voted.\n\nMore.",
            "Council votes to close bridge",
            Some("Ann Poe and Tom Roe"),
            &["Published November 28, 2026", "Updated November 29, 2026"],
        ),
        // a TV station's byline over its stamps, in one block
        (
            "Council votes to close bridge\n\nby: Ann Poe\nPosted: Nov 28, 2026 / 06:02 AM EST\nUpdated: Nov 28, 2026 / 08:15 AM EST\n\nThe council voted.\n\nMore.",
            "Council votes to close bridge",
            Some("by: Ann Poe"),
            &[
                "Posted: Nov 28, 2026 / 06:02 AM EST",
                "Updated: Nov 28, 2026 / 08:15 AM EST",
            ],
        ),
    ];
    for (text, headline, byline, stamps) in rows {
        each_variant(text, |a, _, variant| {
            let stamps = stamps.iter().map(|t| (T::Timestamp, (*t).to_owned()));
            let want = (
                some(headline),
                byline.map(str::to_owned),
                None,
                stamps.collect(),
            );
            assert_eq!(header_of(a), want, "{text:?} ({variant})");
        });
    }
}

#[test]
fn headings_and_not_headings() {
    // a lone line between two paragraphs, and whether it is a heading
    let rows: &[(&str, bool)] = &[
        ("Azerbaijan-Armenia Conflict", true),
        ("What Comes Next", true),
        ("Why the vote matters", true),
        ("BACKGROUND", true),
        ("## The Vote", true),
        ("### Outlook ###", true),
        ("He declined to comment.", false),
        ("Prices rose.", false),
        ("No one answered!", false),
        ("#hashtag", false),
        ("By Jane Doe", false),
        ("and then the talks went on", false),
        // a web page's furniture, copied with the story
        ("Advertisement", false),
        ("Story continues below advertisement", false),
        ("Continue reading the main story", false),
        ("Related Coverage", false),
    ];
    for (line, heading) in rows {
        let text = format!("PARIS (AFP) - Lead.\n\n{line}\n\nMore text.");
        let a = dateline::parse(&text);
        common::validate(&a, &text);
        let got = a
            .sections()
            .get(1)
            .and_then(|s| s.heading())
            .map(|h| (h.as_str(), h.span().range()));
        let want = heading.then(|| (*line, 21..21 + line.len()));
        assert_eq!(got, want, "{line:?}");
        let paragraphs = a.paragraphs().count();
        assert_eq!(paragraphs, if *heading { 2 } else { 3 }, "{line:?}");
    }
}

#[test]
fn sentences() {
    // paragraph text, then its sentences
    let rows: &[(&str, &[&str])] = &[
        ("One. Two? Three!", &["One.", "Two?", "Three!"]),
        (
            "The U.S. Army and the U.K. agreed. Talks end.",
            &["The U.S. Army and the U.K. agreed.", "Talks end."],
        ),
        (
            "Gen. Roe spoke. Mr. Poe of Acme Inc. left.",
            &["Gen. Roe spoke.", "Mr. Poe of Acme Inc. left."],
        ),
        (
            "It ended in Sept. Nobody came.",
            &["It ended in Sept. Nobody came."],
        ),
        (
            "J. R. Poe signed it. He left.",
            &["J. R. Poe signed it.", "He left."],
        ),
        (
            "A hard-wrapped line\ngoes on here. Then ends.",
            &["A hard-wrapped line\ngoes on here.", "Then ends."],
        ),
        (
            "“Go now,” she said. “Why?” he asked.",
            &["“Go now,” she said.", "“Why?” he asked."],
        ),
        ("No final stop", &["No final stop"]),
    ];
    for (body, want) in rows {
        let text = format!("PARIS (AFP) - {body}");
        let a = dateline::parse(&text);
        common::validate(&a, &text);
        let p = a.paragraphs().next().expect("a paragraph");
        let got: Vec<_> = p
            .sentences()
            .map(|s| (s.as_str(), s.span().range()))
            .collect();
        let mut at = p.span().start();
        let expected: Vec<_> = want
            .iter()
            .map(|s| {
                let start = at + text[at..].find(s).expect("sentence in text");
                at = start + s.len();
                (*s, start..at)
            })
            .collect();
        assert_eq!(got, expected, "{body:?}");
    }
}

#[test]
fn normalized_text() {
    // paragraph as written (after a dateline), normalized, whether borrowed
    let rows: &[(&str, &str, bool)] = &[
        ("Plain words here.", "Plain words here.", true),
        (
            "“Curly” and ‘single’ quotes.",
            "\"Curly\" and 'single' quotes.",
            false,
        ),
        ("In 2019–2020 — a dash.", "In 2019-2020 -- a dash.", false),
        ("A\u{a0}non-breaking space.", "A non-breaking space.", false),
        ("A wrapped   \nline.", "A wrapped line.", false),
        ("An eco-\nnomic word.", "An economic word.", false),
        ("A U.S.-\nbased firm.", "A U.S.-based firm.", false),
        ("A soft\u{ad}hyphen.", "A softhyphen.", false),
    ];
    for (body, want, borrowed) in rows {
        for (variant, make) in VARIANTS {
            let text = make(&format!("PARIS (AFP) - {body}"));
            let a = dateline::parse(&text);
            common::validate(&a, &text);
            let p = a.paragraphs().next().expect("a paragraph");
            let n = p.normalized();
            assert_eq!(n, *want, "{body:?} ({variant})");
            assert_eq!(
                matches!(n, Cow::Borrowed(_)),
                *borrowed,
                "{body:?} ({variant})"
            );
            assert!(text.ends_with(p.as_str()), "as_str stays exact");
        }
    }
    let text = "Lead.\n\nWhat’s Next\n\nMore.";
    let a = dateline::parse(text);
    common::validate(&a, text);
    let h = a.sections()[1].heading().expect("heading");
    assert_eq!(
        (h.as_str(), h.normalized()),
        ("What’s Next", Cow::Borrowed("What's Next"))
    );
}

proptest::proptest! {
    /// Any text made of the structure's own tokens: every article of the stream
    /// tiles its slice, the articles and separators tile the input, sentences
    /// lie inside their paragraph, and normalizing never panics.
    #[test]
    fn streams_always_tile(parts in proptest::collection::vec(proptest::sample::select(vec![
        "\n", "\n\n", "\r\n", "\r", "\u{c}", "\u{feff}", "\u{a0}", "\t", "    ", "===", "---", "* * *", "###", "-30-",
        "Storm Nears Coast", "BAHIA COCOA REVIEW", "By Ann Poe", "By Reuters Staff", "Ann Poe | Reuters",
        "PARIS (AFP) - ", "LONDON, March 3 - ", "ATLANTA (AP) _ ", "Prices rose.", "Mr. Poe of the U.S. said so.",
        "“Why?” he asked.", "eco-", "nomic", "Reuter", "(Reporting by Ann Poe; Editing by Tom Roe)",
        "About Acme", "Media contact:", "## Heading", "He declined to comment.", "é", "—",
    ]), 0..40)) {
        let text: String = parts.concat();
        let articles: Vec<_> = dateline::parse_many(&text).collect();
        let mut at = 0;
        for a in &articles {
            common::validate_in(a, &text);
            proptest::prop_assert!(a.span().start() >= at);
            proptest::prop_assert!(is_separator(&text[at..a.span().start()]), "separator {:?}", &text[at..a.span().start()]);
            at = a.span().end();
            for p in a.paragraphs() {
                let _ = p.normalized();
                for s in p.sentences() {
                    proptest::prop_assert!(p.span().contains(s.span()));
                    proptest::prop_assert_eq!(&text[s.span().range()], s.as_str());
                }
            }
            for t in a.trailers() {
                for c in t.credits() {
                    let _ = c.names().count();
                }
            }
        }
        proptest::prop_assert!(is_separator(&text[at..]));
        let parallel: Vec<_> = dateline::Parser::new().threads(2).parse_many(&text).collect();
        proptest::prop_assert_eq!(parallel, articles);
        let whole = dateline::parse(&text);
        common::validate(&whole, &text);
    }
}

#[test]
fn trailer_kinds() {
    // trailing matter after a one-paragraph body, and its kind
    let rows: &[(&str, T)] = &[
        ("(Reporting by Ann Poe; Editing by Tom Roe)", T::Credits),
        ("(Writing by Ann Poe\nEditing by Tom Roe)", T::Credits),
        ("Reuter", T::SignOff),
        ("REUTER", T::SignOff),
        ("___", T::EndMark),
        ("###", T::EndMark),
        ("# # #", T::EndMark),
        ("-30-", T::EndMark),
        ("ENDS", T::EndMark),
        (
            "Associated Press writer Ann Poe contributed to this report.",
            T::Contributors,
        ),
        ("About Acme Corp", T::About),
        ("Media contact: Ann Poe, 555-0100", T::Contact),
        ("SOURCE Acme Corp", T::SourceLine),
        ("Editor's note: This story was updated.", T::EditorsNote),
        (
            "EDITOR’S NOTE _ This story is part of a series.",
            T::EditorsNote,
        ),
        (
            "Correction: An earlier version gave the wrong date.",
            T::Correction,
        ),
        ("Updated 3:45 p.m. ET", T::Timestamp),
        (
            "Copyright 2026 The Associated Press. All rights reserved.",
            T::Copyright,
        ),
        ("© 2026 Reuters", T::Copyright),
        ("burs-ap/jm", T::SignOff),
        ("Editor: Zhang Hao", T::Credits),
        ("Reporting by Ann Poe; Editing by Tom Roe", T::Credits),
        ("Enditem", T::EndMark),
        ("--IANS", T::SignOff),
        (
            "Follow AP's coverage of the storm at https://example.com/hub",
            T::Promo,
        ),
        (
            "This story has been corrected to show the vote was 68-31.",
            T::Correction,
        ),
        ("--With assistance from Tom Roe.", T::Contributors),
        ("— With files from The Canadian Press", T::Contributors),
        (
            "To contact the reporter on this story:\nAnn Poe in Paris at ann@example.com",
            T::Contact,
        ),
    ];
    for (trailer, kind) in rows {
        for (variant, make) in VARIANTS {
            let text = make(&format!("PARIS (AFP) - Body.\n\n{trailer}"));
            let a = dateline::parse(&text);
            common::validate(&a, &text);
            let eol = eol_of(variant);
            let written = trailer.replace('\n', eol);
            let start = text.len() - written.len();
            let got: Vec<_> = a
                .trailers()
                .iter()
                .map(|t| (t.kind(), t.as_str(), t.span().range()))
                .collect();
            assert_eq!(
                got,
                [(*kind, &*written, start..text.len())],
                "{trailer:?} ({variant})"
            );
            assert_eq!(
                a.paragraphs().map(|p| p.as_str()).collect::<Vec<_>>(),
                ["Body."]
            );
        }
    }
}

#[test]
fn short_lines_one_per_line() {
    // a block of lines: how many paragraphs it makes
    let rows: &[(&str, &[&str])] = &[
        (
            "PARIS (AFP) - Ferries ran.\nThe float held.\n\"It is fine,\" he said.",
            &[
                "Ferries ran.",
                "The float held.",
                "\"It is fine,\" he said.",
            ],
        ),
        // two short lines may be one hard-wrapped paragraph
        (
            "PARIS (AFP) - Ferries ran on the\nriver again.",
            &["Ferries ran on the\nriver again."],
        ),
        // a line ending mid-sentence means hard wrapping
        (
            "PARIS (AFP) - Ferries ran.\nThe float held and\nthe ramp too.",
            &["Ferries ran.\nThe float held and\nthe ramp too."],
        ),
    ];
    for (text, want) in rows {
        for (variant, make) in VARIANTS {
            let text = make(text);
            let a = dateline::parse(&text);
            common::validate(&a, &text);
            let eol = eol_of(variant);
            let want: Vec<_> = want.iter().map(|p| p.replace('\n', eol)).collect();
            assert_eq!(
                a.paragraphs().map(|p| p.as_str()).collect::<Vec<_>>(),
                want,
                "{text:?}"
            );
        }
    }
}

/// A label alone over the headline (`BREAKING NEWS`, `EXCLUSIVE`,
/// `Analysis`, AP's `ELECTION 2026`) is the kicker, in a block of its own or on the headline's first
/// line; the headline, deck and byline under it keep their roles. A label
/// with nothing but the story under it, or that opens the headline's own line,
/// is the headline.
#[test]
fn kicker_over_the_headline() {
    let story = "MIAMI (AP) — Winds rose on Friday.";
    for (head, kicker, headline, deck) in [
        (
            "BREAKING NEWS\n\nStorm Nears Coast\n\nBy Ann Poe",
            Some("BREAKING NEWS"),
            "Storm Nears Coast",
            None,
        ),
        (
            "EXCLUSIVE\nStorm Nears Coast",
            Some("EXCLUSIVE"),
            "Storm Nears Coast",
            None,
        ),
        // (before a year, as AP labels a campaign's stories)
        (
            "ELECTION 2026\nRepublican wins North Carolina governor race\n\nBy Ann Poe",
            Some("ELECTION 2026"),
            "Republican wins North Carolina governor race",
            None,
        ),
        // (AP's labels on a race's call and on its running updates, and a
        // business journal's desk)
        (
            "AP RACE CALL\n\nDemocrat wins Virginia House seat\n\nBy Ann Poe",
            Some("AP RACE CALL"),
            "Democrat wins Virginia House seat",
            None,
        ),
        (
            "THE LATEST\n\nThe Latest: House votes on stock trading ban\n\nBy Ann Poe",
            Some("THE LATEST"),
            "The Latest: House votes on stock trading ban",
            None,
        ),
        (
            "Commercial Real Estate\n\n186 apartments proposed for East Nashville block\n\nBy Ann Poe",
            Some("Commercial Real Estate"),
            "186 apartments proposed for East Nashville block",
            None,
        ),
        (
            "Residential Real Estate\n\nDeveloper proposes homes on Blue Ash site\n\nBy Ann Poe",
            Some("Residential Real Estate"),
            "Developer proposes homes on Blue Ash site",
            None,
        ),
        (
            "Analysis:\n\nStorm Nears Coast\n\nWhy the forecast was wrong",
            Some("Analysis:"),
            "Storm Nears Coast",
            Some("Why the forecast was wrong"),
        ),
        (
            "Opinion\nStorm Nears Coast\nBy Ann Poe",
            Some("Opinion"),
            "Storm Nears Coast",
            None,
        ),
        // a desk's label in a block of its own (CNBC, BBC Sport, Barron's,
        // Fortune's section and subsection)
        (
            "Personal Finance\n\nHow to avoid the holiday debt hangover this year\n\nBy Ann Poe",
            Some("Personal Finance"),
            "How to avoid the holiday debt hangover this year",
            None,
        ),
        (
            "Premier League\n\nLiverpool 2-1 Aston Villa: late strike keeps Reds top\n\nBy Ann Poe",
            Some("Premier League"),
            "Liverpool 2-1 Aston Villa: late strike keeps Reds top",
            None,
        ),
        (
            "Cover Story\n\nThe Best Dividend Stocks for 2027\n\nBy Ann Poe",
            Some("Cover Story"),
            "The Best Dividend Stocks for 2027",
            None,
        ),
        (
            "FINANCE \u{b7} BANKING\n\nBank chief says the consumer is in good shape\n\nBy Ann Poe",
            Some("FINANCE \u{b7} BANKING"),
            "Bank chief says the consumer is in good shape",
            None,
        ),
        (
            "BREAKING NEWS\n\nStorm Nears Coast\n\nWhy the forecast was wrong\n\nBy Ann Poe",
            Some("BREAKING NEWS"),
            "Storm Nears Coast",
            Some("Why the forecast was wrong"),
        ),
        (
            "FOR IMMEDIATE RELEASE\n\nStorm Nears Coast",
            Some("FOR IMMEDIATE RELEASE"),
            "Storm Nears Coast",
            None,
        ),
        // a wire's catch line (PA's)
        (
            "POLITICS Budget\n\nChancellor to freeze fuel duty for another year\n\nBy Ann Poe",
            Some("POLITICS Budget"),
            "Chancellor to freeze fuel duty for another year",
            None,
        ),
        // a broadcaster's region and a news service's topic (VOA's, UN
        // News')
        (
            "East Asia Pacific\n\nFerry Operators Agree to Share Routes Across Strait\n\nBy Ann Poe",
            Some("East Asia Pacific"),
            "Ferry Operators Agree to Share Routes Across Strait",
            None,
        ),
        (
            "Peace and Security\n\nTruce holds in border towns as talks resume\n\nBy Ann Poe",
            Some("Peace and Security"),
            "Truce holds in border towns as talks resume",
            None,
        ),
        // a page's section over the headline
        (
            "Local News\n\nStorm Nears Coast\n\nBy Ann Poe",
            Some("Local News"),
            "Storm Nears Coast",
            None,
        ),
        (
            "SPORTS\nStorm Nears Coast",
            Some("SPORTS"),
            "Storm Nears Coast",
            None,
        ),
        // an opinion page's label
        (
            "Guest column\n\nStorm Nears Coast\n\nBy Ann Poe",
            Some("Guest column"),
            "Storm Nears Coast",
            None,
        ),
        (
            "MY TURN\nStorm Nears Coast",
            Some("MY TURN"),
            "Storm Nears Coast",
            None,
        ),
        // an opinion headline written as a sentence, over the byline
        (
            "My Turn\n\nI Retired at 62. Here's What Nobody Told Me.\n\nBy Ann Poe",
            Some("My Turn"),
            "I Retired at 62. Here's What Nobody Told Me.",
            None,
        ),
        // (the kicker, the headline, the byline and its stamp in one block)
        (
            "Opinion\nCommentary: The trail is finished. Now maintain it.\nBy Ann Poe\nApril 21, 2026",
            Some("Opinion"),
            "Commentary: The trail is finished. Now maintain it.",
            None,
        ),
        // not a kicker: a sentence with no byline under it is the story's
        (
            "My Turn\n\nI retired at 62 and nobody told me what it would be like.",
            None,
            "My Turn",
            None,
        ),
        // but a title of a fact and its promise is a headline under the
        // column's name
        (
            "My Turn\n\nI retired at 62. Here's what nobody told me.",
            Some("My Turn"),
            "I retired at 62. Here's what nobody told me.",
            None,
        ),
        // a title in title case is the headline, with no byline under it
        (
            "My Turn\n\nI Retired at 62. Here's What Nobody Told Me.",
            Some("My Turn"),
            "I Retired at 62. Here's What Nobody Told Me.",
            None,
        ),
        // not a kicker
        ("Sports\n\nBy Ann Poe", None, "Sports", None),
        ("EXCLUSIVE", None, "EXCLUSIVE", None),
        ("Review\n\nBy Ann Poe", None, "Review", None),
        (
            "ANALYSIS: Storm Nears Coast",
            None,
            "ANALYSIS: Storm Nears Coast",
            None,
        ),
        (
            "BREAKING NEWS FROM THE COAST",
            None,
            "BREAKING NEWS FROM THE COAST",
            None,
        ),
        (
            "Storm Nears Coast\n\nExclusive",
            None,
            "Storm Nears Coast",
            Some("Exclusive"),
        ),
        // a sport's name, as AFP labels its sports stories
        (
            "ALPINE SKIING\nSwiss teenager stuns the downhill field",
            Some("ALPINE SKIING"),
            "Swiss teenager stuns the downhill field",
            None,
        ),
        // a trade paper's section in capitals, as Automotive News prints
        // it
        (
            "SUPPLIERS\nKessler weighs sale of EV charger unit",
            Some("SUPPLIERS"),
            "Kessler weighs sale of EV charger unit",
            None,
        ),
        // a defense site's beat, a desk's word last
        (
            "NAVAL WARFARE\nNavy tests a drone swarm off the California coast",
            Some("NAVAL WARFARE"),
            "Navy tests a drone swarm off the California coast",
            None,
        ),
        // and under the paper's name, run together with the headline
        (
            "Motor Trade Europe\nSALES\nMarceau orders beat target in first month",
            Some("Motor Trade Europe\nSALES"),
            "Marceau orders beat target in first month",
            None,
        ),
        // a label under the headline is no one's name
        (
            "Storm Nears Coast\n\nBreaking News",
            None,
            "Storm Nears Coast",
            Some("Breaking News"),
        ),
    ] {
        for text in [
            format!("{head}\n\n{story}"),
            format!("{head}\n\nWinds rose on Friday.\n\nRain followed."),
        ] {
            each_variant(&text, |a, _, variant| {
                // (a kicker of two lines keeps the variant's line break)
                assert_eq!(
                    a.kicker()
                        .map(|k| k.as_str().replace("\r\n", "\n").replace('\r', "\n")),
                    kicker.map(String::from),
                    "{head:?} ({variant})"
                );
                assert_eq!(
                    a.headline().map(|h| h.as_str()),
                    Some(headline),
                    "{head:?} ({variant})"
                );
                assert_eq!(a.deck().map(|h| h.as_str()), deck, "{head:?} ({variant})");
                let by = head.contains("By Ann Poe").then_some("By Ann Poe");
                assert_eq!(a.byline().map(|b| b.as_str()), by, "{head:?} ({variant})");
                let first = a.nodes().next().map(|n| n.kind());
                let want = if kicker.is_some() {
                    K::Kicker
                } else {
                    K::Headline
                };
                assert_eq!(first, Some(want), "{head:?} ({variant})");
            });
        }
    }
}

/// A web page's reading time and audio player label over the story (`3 min
/// read`, `Listen to this article`) are `Furniture` trailers, run on under the
/// headline or in blocks of their own; before, they were lines of the
/// headline or the deck.
#[test]
fn page_furniture_in_the_header() {
    for (head, furniture) in [
        ("Storm Nears Coast\n3 min read", vec!["3 min read"]),
        ("Storm Nears Coast\n\n5 Minute Read", vec!["5 Minute Read"]),
        ("Storm Nears Coast\n\nListen", vec!["Listen"]),
        (
            "Storm Nears Coast\nListen to this article\n\nBy Ann Poe",
            vec!["Listen to this article"],
        ),
        (
            "Storm Nears Coast\n\nBy Ann Poe\n4 min read\nListen to this story · 4 min",
            vec!["4 min read", "Listen to this story · 4 min"],
        ),
        // text, not furniture
        ("Storm Nears Coast\n\n3 Readers Reply", vec![]),
        ("Storm Nears Coast\n\nListen to the Sea", vec![]),
    ] {
        for story in [
            "MIAMI (AP) — Winds rose on Friday.",
            "Winds rose on Friday.\n\nRain followed.",
        ] {
            let text = format!("{head}\n\n{story}");
            each_variant(&text, |a, _, variant| {
                assert_eq!(
                    a.headline().map(|h| h.as_str()),
                    Some("Storm Nears Coast"),
                    "{head:?} ({variant})"
                );
                let got: Vec<&str> = a
                    .trailers()
                    .iter()
                    .filter(|t| t.kind() == T::Furniture)
                    .map(|t| t.as_str())
                    .collect();
                assert_eq!(got, furniture, "{head:?} ({variant})");
                let by = head.contains("By Ann Poe").then_some("By Ann Poe");
                assert_eq!(a.byline().map(|b| b.as_str()), by, "{head:?} ({variant})");
                let first = a.paragraphs().next().map(|p| p.as_str());
                assert_eq!(first, Some("Winds rose on Friday."), "{head:?} ({variant})");
            });
        }
    }
}

/// Checks that `line`, alone between two paragraphs of `text`, is the
/// section heading `heading`, or (for `None`) a paragraph of its own.
fn lone_line_reads_as(text: &str, line: &str, heading: Option<&str>) {
    each_variant(text, |a, _, variant| {
        let headings: Vec<_> = a
            .sections()
            .iter()
            .filter_map(|s| s.heading())
            .map(|h| h.as_str())
            .collect();
        assert_eq!(
            headings,
            heading.into_iter().collect::<Vec<_>>(),
            "{line:?} ({variant})"
        );
        let paragraphs = if heading.is_some() { 2 } else { 3 };
        assert_eq!(a.paragraphs().count(), paragraphs, "{line:?} ({variant})");
    });
}

/// A picture's credit and a newsletter pitch between a copied page's
/// paragraphs are paragraphs, not section headings; a short title-case line
/// is still one.
#[test]
fn picture_credits_and_pitches_are_no_headings() {
    for (line, heading) in [
        ("Photo: Ann Poe/AP", None),
        ("AP Photo/Tom Roe", None),
        ("Sign up for our morning newsletter", None),
        ("Shelters Open Inland", Some("Shelters Open Inland")),
    ] {
        let text = format!(
            "Storm Nears Coast\n\nThousands left their homes on Saturday.\n\n{line}\n\nOfficials said shelters were open."
        );
        lone_line_reads_as(&text, line, heading);
    }
}

/// Sign-offs and credits of Asian and Reuters wires under the story: Kyodo's
/// `==Kyodo`, an agency's name alone (`VNA`), Antara's labelled credits run
/// together with its copyright in one block (its reporter's the byline), and Reuters' bracketed refile
/// note, AP's note under an updated story. The story's paragraph stays in
/// the body.
#[test]
fn wire_sign_offs_and_labelled_credits() {
    use T::{Copyright, Correction, Credits, SignOff};
    for (tail, want) in [
        ("==Kyodo", vec![(SignOff, "==Kyodo")]),
        ("VNA", vec![(SignOff, "VNA")]),
        (
            // (the reporter's credit is the byline, with no byline over the
            // story: `reporter_credit_under_the_story`)
            "Reporter: Ann Poe\nEditor: Tom Roe\nCopyright © ANTARA 2026",
            vec![
                (Credits, "Editor: Tom Roe"),
                (Copyright, "Copyright © ANTARA 2026"),
            ],
        ),
        ("Editor: Tom Roe", vec![(Credits, "Editor: Tom Roe")]),
        (
            "(This story has been refiled to fix a typo in paragraph 1)",
            vec![(
                Correction,
                "(This story has been refiled to fix a typo in paragraph 1)",
            )],
        ),
        (
            "___\n\nThis story has been updated to correct the number of workers.",
            vec![
                (T::EndMark, "___"),
                (
                    Correction,
                    "This story has been updated to correct the number of workers.",
                ),
            ],
        ),
        // text, not trailers
        ("Financial Times", vec![]),
        ("Editor: the desk\nwas closed.", vec![]),
    ] {
        let text = format!("JAKARTA (ANTARA) - Acme opened a plant on Saturday.\n\n{tail}");
        each_variant(&text, |a, _, variant| {
            let lf = |s: &str| s.replace("\r\n", "\n").replace('\r', "\n");
            let got: Vec<(T, String)> = a
                .trailers()
                .iter()
                .map(|t| (t.kind(), lf(t.as_str())))
                .collect();
            let want: Vec<(T, String)> = want.iter().map(|(k, s)| (*k, (*s).to_owned())).collect();
            assert_eq!(got, want, "{tail:?} ({variant})");
            let body = if want.is_empty() { 2 } else { 1 };
            assert_eq!(a.paragraphs().count(), body, "{tail:?} ({variant})");
        });
    }
}

/// A short question alone between paragraphs heads an explainer's section;
/// a lone quoted sentence or question is speech, a paragraph (before, a
/// quoted sentence like `"We will rebuild."` was read as a heading).
#[test]
fn questions_head_sections_and_quotes_do_not() {
    for (line, heading) in [
        ("What happens next?", Some("What happens next?")),
        ("Is it enough?", Some("Is it enough?")),
        ("\"We will rebuild.\"", None),
        ("“It is a good day!”", None),
        ("\"Why now?\"", None),
        ("Why?", None),
        ("Q: What happens next?", None),
        (
            "Why did the company choose Detroit over the nine other cities?",
            None,
        ),
    ] {
        let text = format!(
            "DETROIT (AP) — Acme opened a plant on Saturday.\n\n{line}\n\nThe plant employs 500 people."
        );
        lone_line_reads_as(&text, line, heading);
    }
}

/// Reuters' bracketed note on what a new version of the story changed, over
/// the byline or run on under the headline, is an `EditorsNote` (a
/// `Correction` for `(Corrects …)`), not the story's first paragraph.
#[test]
fn version_notes_in_the_header() {
    for (head, kind, note) in [
        (
            "Acme Opens Plant\n\n(Adds comment from union in paragraph 4)\n\nBy Ann Poe",
            T::EditorsNote,
            "(Adds comment from union in paragraph 4)",
        ),
        (
            "UPDATE 2-Acme Opens Plant\n(Updates with closing prices)",
            T::EditorsNote,
            "(Updates with closing prices)",
        ),
        (
            "Acme Opens Plant\n\n(Corrects spelling of name in paragraph 2)",
            T::Correction,
            "(Corrects spelling of name in paragraph 2)",
        ),
    ] {
        let text = format!("{head}\n\nDETROIT, Nov 28 (Reuters) - Acme opened a plant.");
        each_variant(&text, |a, _, variant| {
            assert_eq!(kinds_of(a), [kind], "{head:?} ({variant})");
            assert_eq!(
                a.trailers().first().map(|t| t.as_str()),
                Some(note),
                "{variant}"
            );
            let first = a.paragraphs().next().map(|p| p.as_str());
            assert_eq!(first, Some("Acme opened a plant."), "{head:?} ({variant})");
            let by = head.contains("By Ann Poe").then_some("By Ann Poe");
            assert_eq!(a.byline().map(|b| b.as_str()), by, "{head:?} ({variant})");
        });
    }
}

/// `Headline::title` drops what a page converted to text puts around the
/// words: a `Title:` label, Markdown `#` marks, a setext underline.
#[test]
fn headline_titles() {
    for (head, title) in [
        ("Storm Nears Coast", "Storm Nears Coast"),
        ("Title: Storm Nears Coast", "Storm Nears Coast"),
        ("HEADLINE: Storm Nears Coast", "Storm Nears Coast"),
        ("# Storm Nears Coast", "Storm Nears Coast"),
        ("**Storm Nears Coast**", "Storm Nears Coast"),
        ("_Storm Nears Coast_", "Storm Nears Coast"),
        ("*Storm* Nears Coast", "*Storm* Nears Coast"),
        ("Storm Nears Coast\n=================", "Storm Nears Coast"),
        ("Storm Nears Coast\n-----------------", "Storm Nears Coast"),
        (
            "Storm Nears\nthe Coast\n==========",
            "Storm Nears\nthe Coast",
        ),
        // no label, no underline
        ("Title IX Case Heard", "Title IX Case Heard"),
        ("Titles: Storm Nears Coast", "Titles: Storm Nears Coast"),
        ("Storm Nears Coast\n=-=-=-=-", "Storm Nears Coast\n=-=-=-=-"),
    ] {
        let text = format!("{head}\n\nMIAMI (AP) — Winds rose on Friday.");
        each_variant(&text, |a, _, variant| {
            let got = a
                .headline()
                .map(|h| h.title().replace("\r\n", "\n").replace('\r', "\n"));
            assert_eq!(got.as_deref(), Some(title), "{head:?} ({variant})");
        });
    }
}

/// What web pages and syndication add under a story: the reporter's address,
/// a contributors' line ending in `contributed.`, a copyright written
/// `(c)`, a source line, where a republished story first ran, the page's
/// tags and footer links, AP's `On the Net` links (one trailer with the
/// links under it) and note on who funds it, `Read more:`. Each is a
/// trailer, and the trailers above it stay trailers; sentences of the story
/// that open alike stay in the body.
#[test]
fn page_trailers() {
    use T::{About, Contact, Contributors, Copyright, EditorsNote, Furniture, Promo, SourceLine};
    for (tail, want) in [
        ("Contact Ann Poe at apoe@example.com.", Some(Contact)),
        ("Email Ann Poe at apoe@example.com", Some(Contact)),
        (
            "Ann Poe can be reached at apoe@example.com or 555-0101.",
            Some(Contact),
        ),
        (
            "Ann Poe covers the courts for the Daily Star. Reach her at 555-555-0101.",
            Some(Contact),
        ),
        (
            "Ann B. Poe is a staff writer. She may be reached by email at apoe@example.com.",
            Some(Contact),
        ),
        (
            "Ann Poe can be reached at apoe@example.com\nor 555-555-0101.",
            Some(Contact),
        ),
        // an account closing the paragraph is an address too
        ("Ann Poe can be reached on X at @annpoe.", Some(Contact)),
        (
            "Ann Poe can be reached at apoe@example.com. Follow her on X @annpoe.",
            Some(Contact),
        ),
        (
            "Ann Poe is a Daily Herald reporter. Contact her at apoe@example.com.",
            Some(Contact),
        ),
        (
            "Ann Poe covers state government. Email: apoe@example.com",
            Some(Contact),
        ),
        (
            "Tom Roe in Lansing and Jo Li in Chicago contributed.",
            Some(Contributors),
        ),
        ("(c) 2026 The Detroit News", Some(Copyright)),
        ("Source: Acme Corp.", Some(SourceLine)),
        (
            "This article was originally published by The Detroit News.",
            Some(SourceLine),
        ),
        ("Tags: Acme, Detroit, jobs", Some(Furniture)),
        (
            "Terms of Service | Privacy Policy | Contact Us",
            Some(Furniture),
        ),
        ("On the Net:\n\nAcme: http://www.acme.example", Some(Promo)),
        ("Read more: Acme hires 500 workers", Some(Promo)),
        ("More AP NHL: https://apnews.example/hub/nhl", Some(Promo)),
        // a release service's contact block and legal notice
        (
            "Ann Poe\nAcme Roofing\n+1 555-555-0123\nemail us here\nVisit us on social media:\nFacebook\nX",
            Some(Contact),
        ),
        (
            "Legal Disclaimer:\nThe service provides this news content \"as is\" without warranty of any kind.",
            Some(Copyright),
        ),
        ("Legal disputes went on for years.", None),
        ("Ann Poe said: email us here", None),
        ("email us here", None),
        ("Ann Poe\nAcme Roofing\nLinkedIn", None),
        ("Ann Poe\nemail us here\nCall Tom", None),
        (
            "Ann Poe\nAcme Roofing\n+1 555-555-0123\nemail us here",
            Some(Contact),
        ),
        // a paragraph of the story that opens like the notice
        (
            "Legal disclaimers are everywhere now, the professor said, printed on coffee cups, ladders, \
             toasters and the backs of concert tickets, and most of them are never read by anyone at \
             all. She has collected more than four thousand of them over twenty years, pasting each \
             into a notebook with the date, the place and the product, and she can tell from the \
             wording which firm of lawyers drafted it. The oldest in her notebooks came from a railway \
             timetable printed before the first war; the newest arrived last week on a box of smart \
             light bulbs that warned buyers not to look at them for too long. She plans to give the \
             notebooks to the county library next spring, where they will be shown in the main hall for \
             a month before going into the archive, and she hopes that students will come to read them, \
             if only to laugh at the strangest ones, which she has marked with red stars.",
            None,
        ),
        ("More AP reporters arrived on Friday.", None),
        (
            "Related Links\nhttp://www.acme.example\nhttp://www.acme.example/news",
            Some(Promo),
        ),
        ("Related Links:\nwww.acme.example", Some(Promo)),
        ("Related links between the cases were found.", None),
        ("Related Links", None),
        ("Related Links\nAcme opens a plant", None),
        ("Advertisement", Some(Furniture)),
        // a page's share buttons, topics, photo credits; a developing story
        (
            "Share this article\nShare on Facebook\nShare on X",
            Some(Furniture),
        ),
        ("Share this:", Some(Furniture)),
        ("Share this: the mayor's plan", None),
        // a blog's share box, its lines together or a line each; its
        // categories' line
        (
            "Share this:\nFacebook\nX\nEmail\nPrint\nLike this:\nLike Loading...",
            Some(Furniture),
        ),
        (
            "Share this:\nFacebook\nRelated\nFiled Under: Community Corner, News",
            Some(Furniture),
        ),
        (
            "Click to share on Facebook (Opens in new window)",
            Some(Furniture),
        ),
        ("Click to print (Opens in new window)", Some(Furniture)),
        ("Filed Under: Community Corner, News", Some(Furniture)),
        ("Share this:\nFacebook\nThe mayor spoke.", None),
        ("Click to read the county's report.", None),
        (
            "Click to see the full list of the county's new polling places (Opens in new window)",
            None,
        ),
        ("Filed under: seal\nthe records stayed shut", None),
        ("Related topics\nWeather\nBrighton", Some(Furniture)),
        (
            "Waves crashed over the wall. (AP Photo/Ann Poe)",
            Some(Furniture),
        ),
        ("Photo: Ann Poe/AP", Some(Furniture)),
        (
            "This is a developing story and will be updated.",
            Some(EditorsNote),
        ),
        ("Shares rose 3 percent on Friday.", None),
        ("SHARE TRADING IN ACME SUSPENDED", None),
        (
            "Share this article with the board, the mayor told staff on Friday.",
            None,
        ),
        ("Share prices fell\nBanks led the fall", None),
        ("The mayor smiled (photo opportunity aside).", None),
        ("Photographers lined the street.", None),
        ("Photo: the storm\nin pictures", None),
        ("This is a story about a town.", None),
        ("Related topics came up at the meeting.", None),
        ("Image sources were not named.", None),
        ("Home / Away", None),
        ("Home / News / World\nand more", None),
        ("Homes / News / World", None),
        // a long paragraph of the story that ends with a credit
        (
            "Crowds gathered along the sea wall on Friday afternoon to watch the waves break over the promenade, \
             and the council closed the road to traffic as the tide rose, sending police officers to turn back \
             drivers who ignored the signs, while shop owners on the front piled sandbags against their doors and \
             said they had not seen the water so high in twenty years of trading there. (Photo by Ann Poe)",
            None,
        ),
        ("ADVERTISEMENT", Some(Furniture)),
        ("Advertisement spending rose.", None),
        (
            "The Associated Press receives support from the Acme Foundation. AP is solely responsible for all content.",
            Some(About),
        ),
        // the story's sentences
        ("On the net, prices fell.", None),
        ("The Associated Press reported the fire on Friday.", None),
        ("Contact with the plant's owners was lost on Friday.", None),
        ("Everyone contributed to the fund, she said.", None),
        ("Sources said the talks would resume.", None),
        ("This article of the law was changed in 2020.", None),
        ("Terms of the deal | were not disclosed.", None),
        ("Contact Us | Acme Corp", None),
        ("The hotline can be reached at 555-555-0100.", None),
        (
            "Officials could not be reached at their offices on Friday.",
            None,
        ),
        ("Ann Poe can be reached at the clinic on weekdays.", None),
        ("Tell them, she said: Reach her at 555-555-0101.", None),
        ("Police can be reached at 555-555-0100.", None),
        // a story's long paragraph that opens like a correction note
        (
            "This story was updated over the years by the town's historians, who kept adding the names of the families who came \
             after the flood, the farms they bought, the churches they built and the schools they opened, until the book ran to \
             nine hundred pages and three volumes, each of them bound in leather by the same shop on Main Street that still \
             stands beside the courthouse today, where the historians meet each month.",
            None,
        ),
        // the address must close the paragraph
        ("Ann Poe can be reached at apoe@example.com or on X.", None),
        ("Ann Poe can be reached at apoe@example.c.", None),
        (
            "Ann Poe can be reached at apoe@example.com, Room 4.12",
            None,
        ),
        (
            "Ann Poe can be reached at apoe@example.com in the U.S.",
            None,
        ),
        (
            "Ann Poe can be reached through the paper's site, example.com.",
            None,
        ),
        (
            "Ann Poe covers the courts. Reach her at extension 4401.",
            None,
        ),
        ("Ann Poe can be reached at 555-555-0101 on weekdays.", None),
        (
            "Acme Corp Customer Service Center Staff can be reached at 555-555-0100.",
            None,
        ),
        ("Ann Poe can be reached at Room 12 of City Hall.", None),
        // an account closing a story's sentence
        ("The mayor can be reached on X at @cityofx.", None),
        (
            "Ann Poe can be reached at the desk, and on X at @ annpoe.",
            None,
        ),
        ("Ann Poe can be reached at desk 4 @.", None),
        ("Ann Poe can be reached at apoe@annpoe.", None),
        ("Ann Poe can be reached at the @home/office.", None),
    ] {
        let text = format!("DETROIT (AP) — Acme opened a plant on Saturday.\n\n{tail}");
        each_variant(&text, |a, _, variant| {
            assert_eq!(kinds_of(a).first().copied(), want, "{tail:?} ({variant})");
            let body = if want.is_some() { 1 } else { 2 };
            assert_eq!(a.paragraphs().count(), body, "{tail:?} ({variant})");
        });
    }
    // the links under `On the Net:` are its trailer's; the trailers above
    // AP's funding note stay trailers
    let text = "KYIV, Ukraine (AP) — Talks resumed.\n\n___\n\nOn the Net:\n\nAcme: http://www.acme.example\n\nAssociated Press writer Tom Roe contributed.\n\nThe Associated Press receives support from the Acme Foundation. AP is solely responsible for all content.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            kinds_of(a),
            [T::EndMark, Promo, Contributors, About],
            "{variant}"
        );
        assert_eq!(a.paragraphs().count(), 1, "{variant}");
    });
}

/// A standfirst run on under a one-line headline with no blank line between
/// (`Acme opens plant` / `The carmaker says …`, under a headline in capitals
/// or in title case too) is the deck; a headline wrapped onto a second line
/// stays one headline.
#[test]
fn standfirst_under_the_headline() {
    for (head, headline, deck) in [
        (
            "Acme opens new plant in Detroit\nThe carmaker says 500 jobs will follow",
            "Acme opens new plant in Detroit",
            Some("The carmaker says 500 jobs will follow"),
        ),
        // wrapped headlines
        (
            "Storm Nears\nThe Coast of Florida",
            "Storm Nears\nThe Coast of Florida",
            None,
        ),
        (
            "Storm nears the coast as thousands\nflee their homes on Friday",
            "Storm nears the coast as thousands\nflee their homes on Friday",
            None,
        ),
        (
            "Acme opens new plant in\nDetroit as the carmaker grows",
            "Acme opens new plant in\nDetroit as the carmaker grows",
            None,
        ),
        (
            "STORM NEARS THE COAST AS\nTHOUSANDS LEAVE THEIR HOMES",
            "STORM NEARS THE COAST AS\nTHOUSANDS LEAVE THEIR HOMES",
            None,
        ),
        // a headline in capitals never wraps into sentence case: the line
        // under it is the standfirst
        (
            "STORM NEARS THE COAST\nThousands leave their homes as winds rise",
            "STORM NEARS THE COAST",
            Some("Thousands leave their homes as winds rise"),
        ),
        // nor does one in title case: a release's subheadline, full of
        // names, is the standfirst
        (
            "Harborline Completes Acquisition of Tri-State Cold Storage\nDeal adds 14 facilities across New Jersey, New York and Pennsylvania",
            "Harborline Completes Acquisition of Tri-State Cold Storage",
            Some("Deal adds 14 facilities across New Jersey, New York and Pennsylvania"),
        ),
        // (under a title of three capitalised words, a line opening in
        // lower case or of three words: the headline wrapped)
        (
            "Harborline Buys a Rival\nDeal adds sites in New Jersey, New York and Pennsylvania",
            "Harborline Buys a Rival\nDeal adds sites in New Jersey, New York and Pennsylvania",
            None,
        ),
        (
            "Harborline Completes Acquisition of Tri-State Cold Storage\nnetwork across New Jersey, New York and Pennsylvania",
            "Harborline Completes Acquisition of Tri-State Cold Storage\nnetwork across New Jersey, New York and Pennsylvania",
            None,
        ),
        (
            "Governor Signs State Budget Into Law\nAfter long debate",
            "Governor Signs State Budget Into Law\nAfter long debate",
            None,
        ),
        (
            "Storm Nears The Coast\nAs Thousands Leave New Jersey, New York and Maine",
            "Storm Nears The Coast\nAs Thousands Leave New Jersey, New York and Maine",
            None,
        ),
    ] {
        for story in [
            "MIAMI (AP) — Winds rose on Friday.",
            "Winds rose on Friday.\n\nRain followed.",
        ] {
            let text = format!("{head}\n\n{story}");
            each_variant(&text, |a, _, variant| {
                let lf = |s: &str| s.replace("\r\n", "\n").replace('\r', "\n");
                assert_eq!(
                    a.headline().map(|h| lf(h.as_str())).as_deref(),
                    Some(headline),
                    "{variant}"
                );
                assert_eq!(
                    a.deck().map(|h| lf(h.as_str())).as_deref(),
                    deck,
                    "{variant}"
                );
            });
        }
    }
}

/// A bullet for the dateline's dash (`ST. LOUIS • The city …`) makes a
/// dateline, not a byline naming the place with the first sentence as its
/// affiliation; a name before a bullet over the dateline stays a byline.
#[test]
fn bullet_datelines_are_no_bylines() {
    for (byline, dateline) in [
        (None, "ST. LOUIS •"),
        (Some("Jane Doe • The Washington Post"), "ST. LOUIS •"),
        (None, "COLUMBIA, Mo. •"),
    ] {
        let over = byline.map_or(String::new(), |b| format!("{b}\n\n"));
        let text =
            format!("Storm Nears Coast\n\n{over}{dateline} The council voted.\n\nRain fell.");
        each_variant(&text, |a, _, variant| {
            assert_eq!(a.byline().map(|b| b.as_str()), byline, "{variant}");
            assert_eq!(
                a.dateline().map(|d| d.as_str()),
                Some(dateline),
                "{variant}"
            );
            assert_eq!(
                a.paragraphs().next().map(|p| p.as_str()),
                Some("The council voted."),
                "{variant}"
            );
        });
    }
}

/// A story saved from a news database, in `LexisNexis`' layout: the result
/// list's count, the publication's lines centred, one labelled field a line,
/// `BODY:` over the story and more fields under it.
const LEXIS_EXPORT: &str = "                               3 of 12 DOCUMENTS

                  Copyright 2026 The Daily Courier Company
                             The Daily Courier

                        November 28, 2026 Saturday
                              Final Edition

SECTION: NEWS; Pg. A1

LENGTH: 214 words

HEADLINE: Council backs new bridge after
long debate

BYLINE: By ANN POE

DATELINE: SPRINGFIELD, Ill., Nov. 27

BODY:

The city council voted 7-2 on Friday to fund a new bridge over the river.

Work could start in the spring.

URL: https://example.com/2026/11/28/bridge.html

LOAD-DATE: November 28, 2026

LANGUAGE: ENGLISH

PUBLICATION-TYPE: Newspaper

                  Copyright 2026 The Daily Courier Company
";

/// The same story as Nexis Uni saves it: the headline first without a
/// label, the labels in title case, `Body` over the story, which opens with
/// the agency's dateline, and `End of Document` last.
const NEXIS_UNI_EXPORT: &str = "Council backs new bridge after long debate

The Daily Courier
November 28, 2026 Saturday 00:12 EST

Copyright 2026 The Daily Courier Company All Rights Reserved

Section: NEWS; Pg. A1
Length: 214 words
Byline: Ann Poe, Staff Writer
Highlight: The vote ends a year of talks.

Body


SPRINGFIELD, Ill. (AP) — The city council voted 7-2 on Friday to fund a new bridge over the river.

What comes next

Work could start in the spring.


Classification

Language: ENGLISH

Load-Date: November 28, 2026


End of Document
";

/// A database export's header is read by its labels: `HEADLINE:`'s value
/// (or Nexis Uni's first line) is the headline, `BYLINE:`'s the byline and
/// `HIGHLIGHT:`'s the deck, their labels furniture; `DATELINE:`'s value is
/// the dateline, its label furniture too; the other fields and the publication's lines are furniture; the
/// story starts under `BODY:` and the fields under it are trailers. Before,
/// the count line was the headline and every field a section heading.
#[test]
fn news_database_exports() {
    each_variant(LEXIS_EXPORT, |a, _, variant| {
        let (headline, byline, dateline, _) = header_of(a);
        assert_eq!(
            (headline, byline, dateline),
            (
                some("Council backs new bridge after\nlong debate"),
                some("By ANN POE"),
                some("SPRINGFIELD, Ill., Nov. 27"),
            ),
            "{variant}"
        );
        let h = a
            .headline()
            .map(|h| h.title().replace("\r\n", " ").replace(['\r', '\n'], " "));
        assert_eq!(
            h.as_deref(),
            Some("Council backs new bridge after long debate"),
            "{variant}"
        );
        let b = a.byline().map(|b| b.authors().collect::<Vec<_>>());
        assert_eq!(b, Some(vec!["ANN POE"]), "{variant}");
        let d = a
            .dateline()
            .ok_or("no dateline")
            .unwrap_or_else(|e| panic!("{e} ({variant})"));
        assert_eq!(
            d.place().map(|p| p.as_str()),
            Some("SPRINGFIELD, Ill."),
            "{variant}"
        );
        assert_eq!(d.date().map(|p| p.as_str()), Some("Nov. 27"), "{variant}");
        assert_story(
            a,
            variant,
            &[
                "The city council voted 7-2 on Friday to fund a new bridge over the river.",
                "Work could start in the spring.",
            ],
            &[
                (T::Furniture, "3 of 12 DOCUMENTS"),
                (T::Copyright, "Copyright 2026 The Daily Courier Company"),
                (T::Furniture, "The Daily Courier"),
                (T::Timestamp, "November 28, 2026 Saturday"),
                (T::Furniture, "Final Edition"),
                (T::Furniture, "SECTION: NEWS; Pg. A1"),
                (T::Furniture, "LENGTH: 214 words"),
                (T::Furniture, "HEADLINE:"),
                (T::Furniture, "BYLINE:"),
                (T::Furniture, "DATELINE:"),
                (T::Furniture, "BODY:"),
                (
                    T::Furniture,
                    "URL: https://example.com/2026/11/28/bridge.html",
                ),
                (T::Furniture, "LOAD-DATE: November 28, 2026"),
                (T::Furniture, "LANGUAGE: ENGLISH"),
                (T::Furniture, "PUBLICATION-TYPE: Newspaper"),
                (T::Copyright, "Copyright 2026 The Daily Courier Company"),
            ],
        );
    });
    // an older delivery with no `BODY:` marker: the story starts under the
    // fields, told by the count line opening the text
    let unmarked = LEXIS_EXPORT.replace("BODY:\n\n", "");
    each_variant(&unmarked, |a, _, variant| {
        let (headline, byline, dateline, _) = header_of(a);
        assert_eq!(
            (headline, byline, dateline),
            (
                some("Council backs new bridge after\nlong debate"),
                some("By ANN POE"),
                some("SPRINGFIELD, Ill., Nov. 27"),
            ),
            "{variant}"
        );
        assert_eq!(
            paragraph_texts(a),
            [
                "The city council voted 7-2 on Friday to fund a new bridge over the river.",
                "Work could start in the spring.",
            ],
            "{variant}"
        );
    });
    // an archive's fields over the story with no count and no marker,
    // `Headline:` first (the New York Times' archive as text)
    let text = "Headline: Council backs new bridge\nByline: By ANN POE\nDateline: SPRINGFIELD, Ill., Nov. 27\nSection: Metro; Page A16\n\nThe city council voted 7-2 on Friday.\n\nWork could start in the spring.";
    each_variant(text, |a, _, variant| {
        let (headline, byline, dateline, _) = header_of(a);
        assert_eq!(
            (headline, byline, dateline),
            (
                some("Council backs new bridge"),
                some("By ANN POE"),
                some("SPRINGFIELD, Ill., Nov. 27"),
            ),
            "{variant}"
        );
        assert_eq!(paragraph_texts(a).len(), 2, "{variant}");
    });
    // (one field alone over a story makes no export: the line is read as
    // any headline is)
    let text = "Headline: Inflation Cools\n\nPrices rose less than expected.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Headline: Inflation Cools"),
            "{variant}"
        );
    });
    // a story opening with its own dateline under a `DATELINE:` field: the
    // story's dateline, the field furniture
    let both = LEXIS_EXPORT.replace(
        "The city council voted 7-2",
        "SPRINGFIELD, Ill. (AP) _ The city council voted 7-2",
    );
    each_variant(&both, |a, _, variant| {
        assert_eq!(
            a.dateline().map(|d| d.as_str()),
            Some("SPRINGFIELD, Ill. (AP) _"),
            "{variant}"
        );
        assert!(
            has_trailer(a, T::Furniture, |t| t
                == "DATELINE: SPRINGFIELD, Ill., Nov. 27"),
            "{variant}"
        );
        assert_eq!(
            paragraph_texts(a).first().map(String::as_str),
            Some("The city council voted 7-2 on Friday to fund a new bridge over the river."),
            "{variant}"
        );
    });
    // a field with no value is furniture: no deck
    let empty = LEXIS_EXPORT.replace("LENGTH: 214 words", "LENGTH: 214 words\n\nHIGHLIGHT:");
    each_variant(&empty, |a, _, variant| {
        assert!(a.deck().is_none(), "{variant}");
        assert!(
            has_trailer(a, T::Furniture, |t| t == "HIGHLIGHT:"),
            "{variant}"
        );
    });
    // without a `HEADLINE:` field, the first line that is not centred or
    // furniture
    let unlabelled = LEXIS_EXPORT.replace(
        "HEADLINE: Council backs new bridge after\nlong debate",
        "Council backs new bridge after long debate",
    );
    each_variant(&unlabelled, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Council backs new bridge after long debate"),
            "{variant}"
        );
        // (the `BYLINE:` and `DATELINE:` labels are furniture of their own)
        assert_eq!(kinds_of(a).len(), 15, "{variant}");
    });
    // copy with no blank lines: the marker is a line of the one block, and
    // the fields under the story are its last lines
    let packed: String = NEXIS_UNI_EXPORT
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| format!("{l}\n"))
        .collect();
    each_variant(&packed, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Council backs new bridge after long debate"),
            "{variant}"
        );
        let b = a.byline().map(|b| b.authors().collect::<Vec<_>>());
        assert_eq!(b, Some(vec!["Ann Poe"]), "{variant}");
        assert_eq!(
            a.dateline().map(|d| d.as_str()),
            Some("SPRINGFIELD, Ill. (AP) —"),
            "{variant}"
        );
        let trailers: Vec<String> = a
            .trailers()
            .iter()
            .map(|t| t.as_str().trim().to_owned())
            .collect();
        assert_eq!(
            trailers,
            [
                "The Daily Courier",
                "November 28, 2026 Saturday 00:12 EST",
                "Copyright 2026 The Daily Courier Company All Rights Reserved",
                "Section: NEWS; Pg. A1",
                "Length: 214 words",
                "Byline:",
                "Highlight:",
                "Body",
                "Classification",
                "Language: ENGLISH",
                "Load-Date: November 28, 2026",
                "End of Document",
            ],
            "{variant}"
        );
        assert!(
            paragraph_texts(a)
                .last()
                .is_some_and(|p| p.ends_with("Work could start in the spring.")),
            "{variant}"
        );
    });
    // a `Dateline:` field among the first blocks, over the marker
    let fielded = NEXIS_UNI_EXPORT
        .replace("Highlight:", "Dateline: SPRINGFIELD, Ill.\nHighlight:")
        .replace("SPRINGFIELD, Ill. (AP) — ", "");
    each_variant(&fielded, |a, _, variant| {
        let d = a
            .dateline()
            .map(|d| (d.as_str(), d.place().map(|p| p.as_str())));
        assert_eq!(
            d,
            Some(("SPRINGFIELD, Ill.", Some("SPRINGFIELD, Ill."))),
            "{variant}"
        );
        assert_eq!(
            paragraph_texts(a).first().map(String::as_str),
            Some("The city council voted 7-2 on Friday to fund a new bridge over the river."),
            "{variant}"
        );
        // (with the `Byline:`, `Dateline:` and `Highlight:` labels)
        assert_eq!(kinds_of(a).len(), 13, "{variant}");
    });
    each_variant(NEXIS_UNI_EXPORT, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Council backs new bridge after long debate"),
            "{variant}"
        );
        assert_eq!(
            a.deck().map(|h| h.as_str()),
            Some("The vote ends a year of talks."),
            "{variant}"
        );
        assert_eq!(
            a.deck().map(|h| h.title()),
            Some("The vote ends a year of talks."),
            "{variant}"
        );
        let b = a
            .byline()
            .map(|b| (b.authors().collect::<Vec<_>>(), b.affiliation()));
        assert_eq!(
            b,
            Some((vec!["Ann Poe"], Some("Staff Writer"))),
            "{variant}"
        );
        assert_eq!(
            a.dateline().map(|d| d.as_str()),
            Some("SPRINGFIELD, Ill. (AP) —"),
            "{variant}"
        );
        assert_eq!(
            a.sections()
                .iter()
                .map(|s| s.heading().map(|h| h.as_str()))
                .collect::<Vec<_>>(),
            [None, Some("What comes next")],
            "{variant}"
        );
        assert_eq!(
            kinds_of(a),
            // (`Byline:` and `Highlight:`, the fields' labels, among them)
            [
                T::Furniture,
                T::Timestamp,
                T::Copyright,
                T::Furniture,
                T::Furniture,
                T::Furniture,
                T::Furniture,
                T::Furniture,
                T::Furniture,
                T::Furniture,
                T::Furniture,
                T::Furniture,
            ],
            "{variant}"
        );
    });
    // an editor's note alone over the story under `Body`: the dateline
    // opens the block under it
    let text = "Harbor lender to cut 900 jobs\n\nHarbor Wire\nMarch 3, 2025 Monday 11:42 AM GMT\n\nLength: 455 words\nByline: Ann Poe\n\nBody\n\n(Adds analyst comment, share price in paragraphs 5-6)\n\nLONDON, March 3 (Reuters) - The lender said on Monday it\nwould close 112 branches.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.dateline().map(|d| d.as_str()),
            Some("LONDON, March 3 (Reuters) -"),
            "{variant}"
        );
        assert!(
            has_trailer(a, T::EditorsNote, |t| t
                == "(Adds analyst comment, share price in paragraphs 5-6)"),
            "{variant}"
        );
    });
    // (a note over a paragraph in its block: the story opens there)
    let text = "Harbor lender to cut 900 jobs\n\nHarbor Wire\nMarch 3, 2025 Monday 11:42 AM GMT\n\nLength: 455 words\nByline: Ann Poe\n\nBody\n\n(Adds analyst comment)\nThe lender said on Monday it would close 112 branches.\n\nLONDON, March 3 (Reuters) - More.";
    each_variant(text, |a, _, variant| {
        assert!(a.dateline().is_none(), "{variant}");
    });
    // a paragraph in brackets over the story is the story's, no note
    let text = "Harbor lender to cut 900 jobs\n\nHarbor Wire\nMarch 3, 2025 Monday 11:42 AM GMT\n\nLength: 455 words\nByline: Ann Poe\n\nBody\n\n(The lender, founded in 1851, has 6 million customers.)\n\nLONDON, March 3 (Reuters) - The lender said on Monday it\nwould close 112 branches.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert!(a.dateline().is_none(), "{variant}");
    });
    // a printed export's page count over the headline is furniture, in an
    // export and over a story alike (`Page 12 of 40` names no headline)
    let paged = format!("Page 1 of 3\n\n{NEXIS_UNI_EXPORT}");
    let plain = "PAGE 12 OF 40\n\nCouncil backs new bridge after long debate\n\nBy Ann Poe\n\nSPRINGFIELD, Ill. (AP) — The council voted on Friday.\n\nMore.";
    for text in [paged.as_str(), plain] {
        each_variant(text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Council backs new bridge after long debate"),
                "{variant}"
            );
            assert!(
                has_trailer(a, T::Furniture, |t| t.eq_ignore_ascii_case("page 1 of 3")
                    || t == "PAGE 12 OF 40"),
                "{variant}"
            );
        });
    }
    // (a count with more than a page's words is a headline)
    let text = "Page 1 of the budget cut\n\nThe council voted on Friday.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Page 1 of the budget cut"),
            "{variant}"
        );
    });
}

/// A story saved from `ProQuest`: the title, labelled fields, the story after
/// `Full text:` on its first line, more fields under it, between rules.
const PROQUEST_EXPORT: &str = "____________________________________________________________

Council backs new bridge after long debate

Author: Poe, Ann; Roe, Tom

Publication info: The Daily Courier; Springfield, Ill. 28 Nov 2026: A.1.

https://www.example.com/docview/1234567890

Abstract: The vote ends a year of talks.

Full text: SPRINGFIELD, Ill. -- The city council voted 7-2 on Friday to fund a new bridge.

Work could start in the spring.

Subject: Bridges; City councils

Publication title: The Daily Courier

Publication date: Nov 28, 2026

Language of publication: English

ProQuest document ID: 1234567890

Copyright: Copyright 2026 The Daily Courier Company

Last updated: 2026-11-29

Database: Example News Database
";

/// A `LexisNexis` document's headline wrapped onto a second line in lower
/// case, over the publication's lines: both lines are the headline (before,
/// the second was furniture).
#[test]
fn export_headline_wrapped_in_lower_case() {
    let text = "Pipe bursts under Elm Street, leaving\nfour hundred homes without clean water\nValley Courier (Lakeview, Ohio)\nMarch 2, 2026 Monday\nHome Edition\n\nSection: NEWS; Pg. A1\nLength: 98 words\nByline: ANN POE\n\nBody\n\nLAKEVIEW, Ohio -- An old water pipe burst early Monday.\n\nCrews worked through the night.";
    each_variant(text, |a, _, variant| {
        let lf = |s: &str| s.replace("\r\n", "\n").replace('\r', "\n");
        assert_eq!(
            a.headline().map(|h| lf(h.as_str())).as_deref(),
            Some("Pipe bursts under Elm Street, leaving\nfour hundred homes without clean water"),
            "{variant}"
        );
        assert_eq!(a.byline().map(|b| b.as_str()), Some("ANN POE"), "{variant}");
        assert_eq!(
            a.dateline().map(|d| d.as_str()),
            Some("LAKEVIEW, Ohio --"),
            "{variant}"
        );
    });
}

/// `ProQuest`'s `Full text:` on a line of its own among the fields, in a
/// first block with no blank line (the story's first paragraph under it in
/// the same block): the story starts under it, the fields over it are the
/// header. Before, the block was one headline.
#[test]
fn full_text_line_in_a_block_of_fields() {
    let text = "Title: Families face longer drive as hospital closes unit\nPublication title: The Northgate Ledger; Northgate, Ohio\nPublication date: Dec 3, 2026\nFull text:\nMILLBURY, Ohio -- The hospital will stop delivering babies on June 30,\nofficials said on Wednesday.\n\nThe hospital delivered 310 babies last year.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Families face longer drive as hospital closes unit"),
            "{variant}"
        );
        assert_eq!(
            a.dateline().map(|d| d.as_str()),
            Some("MILLBURY, Ohio --"),
            "{variant}"
        );
        assert_eq!(a.paragraphs().count(), 2, "{variant}");
        assert!(
            a.trailers().iter().any(|t| t.as_str() == "Full text:"),
            "{variant}"
        );
    });
}

/// A paper's name next to the headline: under it in a news service's dump
/// (the title / `The Harbor Sentinel` / its date) it is furniture; over it
/// (an archive's page: `THE NORTHGATE LEDGER` / date / `Page 4`) it leaves
/// the standfirst under the headline the deck.
#[test]
fn paper_names_beside_the_headline() {
    let under = "Transit tax clears Portland council on 5-2 vote\nThe Harbor Sentinel\nMon, 26 Feb 2024 03:48:37 GMT\n\nThe council voted 5-2 on Monday night to approve the tax.";
    each_variant(under, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Transit tax clears Portland council on 5-2 vote"),
            "{variant}"
        );
        assert!(a.deck().is_none(), "{variant}");
        assert_eq!(kinds_of(a), [T::Furniture, T::Timestamp], "{variant}");
    });
    let over = "THE NORTHGATE LEDGER\nJune 21, 2025\nPage 4\n\nHeat record falls in Rome as temperatures soar\nAuthorities open cooling centers and warn of strain on the power grid\nAnn Poe, The Associated Press\n\nROME (AP) — Temperatures in Rome reached 41 degrees on Friday.";
    each_variant(over, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Heat record falls in Rome as temperatures soar"),
            "{variant}"
        );
        assert_eq!(
            a.deck().map(|h| h.as_str()),
            Some("Authorities open cooling centers and warn of strain on the power grid"),
            "{variant}"
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("Ann Poe, The Associated Press"),
            "{variant}"
        );
    });
}

/// A record's field block with `Date:` and `From:` among its fields, as
/// some databases print it: each field a line of its own (before, `Date:`
/// and `From:` ran on into the title's value, the headline).
#[test]
fn date_and_from_fields_under_a_title() {
    let text = "Title: Strike halts traffic at port\nDate: May 7, 2025\nFrom: The Lakeshore Herald\nPublisher: Lakeshore Herald Inc.\nDocument Type: Article\nLength: 140 words\n\nFull Text: \n\nNEW YORK (AP) — Dockworkers began a strike on Tuesday.\n\nThe union said jobs were at stake.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Strike halts traffic at port"),
            "{variant}"
        );
        assert_eq!(
            a.dateline().map(|d| d.as_str()),
            Some("NEW YORK (AP) —"),
            "{variant}"
        );
        let fields: Vec<&str> = a.trailers().iter().map(|t| t.as_str()).collect();
        assert_eq!(
            fields,
            [
                "Title:",
                "Date: May 7, 2025",
                "From: The Lakeshore Herald",
                "Publisher: Lakeshore Herald Inc.",
                "Document Type: Article",
                "Length: 140 words",
                "Full Text:"
            ],
            "{variant}"
        );
    });
}

/// `ProQuest`'s document: the title is the headline, `Author:` the byline
/// (its authors in catalogue order, kept as written), `Abstract:` the deck;
/// the story starts after `Full text:` on its line (with its dateline); the
/// fields under it are furniture, `Copyright:` the copyright. Before, the
/// rule was the first paragraph, the title a heading and every field a
/// paragraph or heading.
#[test]
fn proquest_exports() {
    each_variant(PROQUEST_EXPORT, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Council backs new bridge after long debate"),
            "{variant}"
        );
        let b = a.byline().map(|b| b.authors().collect::<Vec<_>>());
        assert_eq!(b, Some(vec!["Poe, Ann", "Roe, Tom"]), "{variant}");
        assert_eq!(
            a.deck().map(|d| d.as_str()),
            Some("The vote ends a year of talks."),
            "{variant}"
        );
        assert_eq!(
            a.deck().map(|d| d.title()),
            Some("The vote ends a year of talks."),
            "{variant}"
        );
        assert_eq!(
            a.dateline().map(|d| d.as_str()),
            Some("SPRINGFIELD, Ill. --"),
            "{variant}"
        );
        assert_eq!(
            paragraph_texts(a),
            [
                "The city council voted 7-2 on Friday to fund a new bridge.",
                "Work could start in the spring."
            ],
            "{variant}"
        );
        let kinds = kinds_of(a);
        assert_eq!(
            (
                kinds.len(),
                kinds.iter().filter(|&&k| k == T::Copyright).count()
            ),
            // (with the `Author:` and `Abstract:` labels)
            (14, 1),
            "{variant}"
        );
        assert!(
            a.trailers().iter().any(|t| t.as_str() == "Full text:"),
            "{variant}"
        );
    });
    // the story on the line under the label, no dateline
    let under = PROQUEST_EXPORT.replace("Full text: SPRINGFIELD, Ill. -- The", "Full text:\nThe");
    each_variant(&under, |a, _, variant| {
        assert!(a.dateline().is_none(), "{variant}");
        assert_eq!(
            paragraph_texts(a).first().map(String::as_str),
            Some("The city council voted 7-2 on Friday to fund a new bridge."),
            "{variant}"
        );
    });
    // a document saved from its `Full text:` label on, alone on the first
    // line: the label is furniture, the story (with its dateline) under it
    let story_first = PROQUEST_EXPORT
        .split_once("Full text: ")
        .map(|(_, rest)| format!("Full text:\n\n{rest}"))
        .unwrap_or_default();
    each_variant(&story_first, |a, _, variant| {
        assert!(a.headline().is_none(), "{variant}");
        assert_eq!(
            a.dateline().map(|d| d.as_str()),
            Some("SPRINGFIELD, Ill. --"),
            "{variant}"
        );
        assert_eq!(
            paragraph_texts(a).first().map(String::as_str),
            Some("The city council voted 7-2 on Friday to fund a new bridge."),
            "{variant}"
        );
        assert!(
            has_trailer(a, T::Furniture, |t| t == "Full text:"),
            "{variant}"
        );
    });
    // authors written as a byline are read as one
    let written = PROQUEST_EXPORT.replace("Author: Poe, Ann; Roe, Tom", "Author: Ann Poe");
    each_variant(&written, |a, _, variant| {
        let b = a.byline().map(|b| b.authors().collect::<Vec<_>>());
        assert_eq!(b, Some(vec!["Ann Poe"]), "{variant}");
    });
}

/// A story saved from Factiva: the headline, the byline, the word count,
/// the date, the source, its code, the language and the copyright in one
/// block over the story; the document number under it.
const FACTIVA_EXPORT: &str = "Council backs new bridge after long debate
Ann Poe
214 words
28 November 2026
The Daily Courier
DCOUR
English
Copyright 2026 The Daily Courier Company. All rights reserved.

SPRINGFIELD, Ill. (AP) -- The city council voted 7-2 on Friday to fund a new bridge.

Work could start in the spring.

Document DCOUR00020261128ekbs0001v
";

/// Factiva's header block is read line by line: the headline, the byline
/// over the word count, the date a `Timestamp`, the copyright `Copyright`,
/// the rest `Furniture`; the story, its dateline and the document number
/// follow. Before, the whole block was the first paragraph and the story
/// had no dateline (its first block was too long to be searched past).
#[test]
fn factiva_exports() {
    each_variant(FACTIVA_EXPORT, |a, _, variant| {
        let (headline, byline, dateline, _) = header_of(a);
        assert_eq!(
            (headline, byline, dateline),
            (
                some("Council backs new bridge after long debate"),
                some("Ann Poe"),
                some("SPRINGFIELD, Ill. (AP) --"),
            ),
            "{variant}"
        );
        assert_story(
            a,
            variant,
            &[
                "The city council voted 7-2 on Friday to fund a new bridge.",
                "Work could start in the spring.",
            ],
            &[
                (T::Furniture, "214 words"),
                (T::Timestamp, "28 November 2026"),
                (T::Furniture, "The Daily Courier"),
                (T::Furniture, "DCOUR"),
                (T::Furniture, "English"),
                (
                    T::Copyright,
                    "Copyright 2026 The Daily Courier Company. All rights reserved.",
                ),
                (T::Furniture, "Document DCOUR00020261128ekbs0001v"),
            ],
        );
    });
    // without the byline, and with no dateline in the story
    let bare = FACTIVA_EXPORT
        .replace("Ann Poe\n", "")
        .replace("SPRINGFIELD, Ill. (AP) -- ", "");
    each_variant(&bare, |a, _, variant| {
        assert!(a.byline().is_none() && a.dateline().is_none(), "{variant}");
        assert_eq!(paragraph_texts(a).len(), 2, "{variant}");
        assert_eq!(kinds_of(a).len(), 7, "{variant}");
    });
    // the shortest header: the headline, the word count, the date and the
    // source, whose name under the date is never the byline
    let short =
        "Council backs new bridge\n214 words\n28 November 2026\nAnn Roe\n\nThe council voted.";
    each_variant(short, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Council backs new bridge"),
            "{variant}"
        );
        assert!(a.byline().is_none(), "{variant}");
        assert_eq!(
            kinds_of(a),
            [T::Furniture, T::Timestamp, T::Furniture],
            "{variant}"
        );
        assert_eq!(paragraph_texts(a), ["The council voted."], "{variant}");
    });
    // the section's name over the headline is the kicker (`Business`, `THE
    // NATION` / the headline / the byline / the word count)
    for section in ["Business", "THE NATION"] {
        let text = format!("{section}\n{FACTIVA_EXPORT}");
        each_variant(&text, |a, _, variant| {
            assert_eq!(a.kicker().map(|k| k.as_str()), Some(section), "{variant}");
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Council backs new bridge after long debate"),
                "{variant}"
            );
            assert_eq!(a.byline().map(|b| b.as_str()), Some("Ann Poe"), "{variant}");
        });
    }
    // a word count line with no date under it is no Factiva header: the
    // source's lines are no furniture (the copyright line over the story
    // still makes the lines over it a header, the headline and the byline)
    let undated = FACTIVA_EXPORT.replace("28 November 2026\n", "");
    each_variant(&undated, |a, _, variant| {
        assert!(
            a.trailers()
                .iter()
                .all(|t| !t.as_str().contains("DCOUR") && t.as_str() != "English"),
            "{variant}"
        );
        assert_headline_dateline(
            a,
            "Council backs new bridge after long debate",
            "SPRINGFIELD, Ill. (AP) --",
            variant,
        );
        assert!(
            has_trailer(a, T::Copyright, |t| t.starts_with("Copyright 2026")),
            "{variant}"
        );
    });
}

/// A story saved from Factiva in its coded export.
const FACTIVA_CODES_EXPORT: &str = "HD        Council backs new bridge\nBY        Ann Poe\nWC        214 words\n\
                   PD        28 November 2026\nSN        The Daily Courier\nSC        DCOUR\n\
                   LA        English\nCY        Copyright 2026 The Daily Courier.\n\n\
                   LP        SPRINGFIELD, Ill. (AP) -- The city council voted 7-2 on Friday.\n\n\
                   Work could start in the spring.\n\n\
                   TD        The bridge opens in 2028.\n\n\
                   NS        gcat : Political/General News\nRE        usil : Illinois\n\
                   AN        Document DCOUR00020261128ekbs0001v";

/// A story saved from Factiva with its field codes: each header line's code
/// (`HD`, `BY`, `WC`, `PD` …) labels its value, `LP` opens the story on its
/// line, and the index codes and document number under it are furniture.
/// With blank space aligned or a single space, blank lines or none.
#[test]
fn factiva_field_codes() {
    let aligned = FACTIVA_CODES_EXPORT;
    let single = aligned.replace("        ", " ");
    for text in [aligned.to_string(), single] {
        each_variant(&text, |a, _, variant| {
            let (headline, byline, dateline, _) = header_of(a);
            assert_eq!(
                (headline, byline, dateline),
                (
                    some("Council backs new bridge"),
                    some("Ann Poe"),
                    some("SPRINGFIELD, Ill. (AP) --"),
                ),
                "{variant}"
            );
            // (the `TD` code stays on its paragraph's line)
            let paragraphs = paragraph_texts(a);
            assert_eq!(
                paragraphs.get(..2),
                Some(
                    &[
                        "The city council voted 7-2 on Friday.".to_string(),
                        "Work could start in the spring.".to_string()
                    ][..]
                ),
                "{variant}"
            );
            let last = paragraphs.get(2).map(String::as_str).unwrap_or_default();
            assert!(
                last.starts_with("TD ") && last.ends_with("opens in 2028."),
                "{variant}"
            );
            assert_eq!(paragraphs.len(), 3, "{variant}");
            let kinds = kinds_of(a);
            assert_eq!(
                kinds,
                [
                    T::Furniture,
                    T::Furniture,
                    T::Furniture,
                    T::Timestamp,
                    T::Furniture,
                    T::Furniture,
                    T::Furniture,
                    T::Copyright,
                    T::Furniture,
                    T::Furniture,
                ],
                "{variant}"
            );
        });
    }
    // a value's second line indented to the values' column
    let two_lines = FACTIVA_CODES_EXPORT.replace(
        "BY        Ann Poe\n",
        "BY        By Ann Poe\n          Of DOW JONES NEWSWIRES\n",
    );
    each_variant(&two_lines, |a, _, variant| {
        let (headline, byline, dateline, _) = header_of(a);
        assert_eq!(
            (headline, byline, dateline),
            (
                some("Council backs new bridge"),
                some("By Ann Poe"),
                some("SPRINGFIELD, Ill. (AP) --"),
            ),
            "{variant}"
        );
    });
    // a section's code over the headline; the story under `TD`, with no `LP`
    let text = "SE Metro\nHD Council backs new bridge\nWC 214 words\nPD 28 November 2026\n\n\
                TD The city council voted on Friday.";
    each_variant(text, |a, _, variant| {
        let headline = a.headline().map(|h| h.as_str());
        assert_eq!(headline, Some("Council backs new bridge"), "{variant}");
        assert_eq!(
            paragraph_texts(a),
            ["The city council voted on Friday."],
            "{variant}"
        );
    });
    // a download in single spaces: split after each `AN Document …` block
    let one = "HD Port strike ends\nWC 412 words\nPD 28 November 2026\nSN Harbour Times\n\n\
               LP The strike ended on Friday.\n\nAN Document HBRT000020261128";
    let stream = format!("{one}\n\n{}", one.replace("Port strike", "Mayor opposes"));
    each_variant(&stream, |_, text, variant| {
        let titles: Vec<String> = dateline::parse_many(text)
            .map(|a| {
                a.headline()
                    .map_or(String::new(), |h| h.as_str().to_string())
            })
            .collect();
        assert_eq!(
            titles,
            ["Port strike ends", "Mayor opposes ends"],
            "{variant}"
        );
    });
    // codes without `HD` are no Factiva header
    let text =
        "SE Metro\nWC 214 words\nPD 28 November 2026\n\nTD The city council voted on Friday.";
    each_variant(text, |a, _, variant| {
        assert!(a.trailers().iter().all(|t| t.as_str() != "TD"), "{variant}");
    });
    // codes' look-alikes in a story: a headline and a paragraph
    let text = "HD Supply Beats Estimates\n\nTD Bank said on Friday it would raise its dividend.";
    each_variant(text, |a, _, variant| {
        let headline = a.headline().map(|h| h.as_str());
        assert_eq!(headline, Some("HD Supply Beats Estimates"), "{variant}");
        assert!(a.trailers().is_empty(), "{variant}");
    });
    // one header code only is no Factiva header
    let text = "HD Supply Beats Estimates\nWC 214 words\n\nTD Bank said on Friday it would raise its dividend.";
    each_variant(text, |a, _, variant| {
        assert!(a.trailers().is_empty(), "{variant}");
    });
}

/// A standfirst written as a sentence under the headline, over the story's
/// stamp or names in blocks of their own: the header reads on past it to
/// the byline (the standfirst stays the story's first paragraph).
#[test]
fn standfirst_sentence_over_the_stamp() {
    let story =
        "\n\nThe government said on Friday that the threshold would rise.\n\nMore detail follows.";
    for under in [
        "Published: 28 November 2026 10:14 CET\nUpdated: 28 November 2026 12:01 CET\n\nBy Ann Poe",
        "By Ann Poe",
        "Ann Poe\nStaff Reporter",
    ] {
        let text = format!(
            "Sweden to raise salary threshold for work permits\n\n\
             The minimum salary for labour migrants will rise in the spring.\n\n{under}{story}"
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Sweden to raise salary threshold for work permits"),
                "{under:?} ({variant})"
            );
            let byline = a.byline().map(|b| b.as_str()).unwrap_or_default();
            assert!(
                byline.starts_with("By Ann Poe") || byline.starts_with("Ann Poe"),
                "{under:?} ({variant}): {byline:?}"
            );
            assert_eq!(
                paragraph_texts(a).first().map(String::as_str),
                Some("The minimum salary for labour migrants will rise in the spring."),
                "{under:?} ({variant})"
            );
        });
    }
    // a story's paragraph under the sentence: no header past it
    let text = "Sweden to raise salary threshold\n\nThe minimum salary will rise in the spring.\n\n\
                Ann Poe said the change was overdue.\n\nMore detail follows.";
    each_variant(text, |a, _, variant| {
        assert!(a.byline().is_none(), "{variant}");
        assert_eq!(a.paragraphs().count(), 3, "{variant}");
    });
    // nor under a sentence that is no standfirst's: over three lines
    let text = "Sweden to raise salary threshold\n\nThe minimum\nsalary will\nrise in\nthe spring.\n\n\
                Published: 28 November 2026 10:14 CET\n\nBy Ann Poe\n\nMore detail follows.";
    each_variant(text, |a, _, variant| {
        assert!(a.byline().is_none(), "{variant}");
    });
}

/// A story's page as e-editions and archives print it: the paper's name
/// (with its city or edition in brackets, or after a city or state), the
/// date, the page's fields and the writer's names over the headline; the
/// name and fields are furniture, the names the byline.
#[test]
fn paper_pages_over_the_headline() {
    let story = "\n\nAldermen grill schools over busing delays\n\n\
                 Aldermen on Friday grilled school officials over bus delays.\n\nMore hearings follow.";
    for (head, byline) in [
        (
            "Chicago Sun-Times\n11/28/2026\nPage 08\nAnn Poe | Staff Reporter",
            Some("Ann Poe | Staff Reporter"),
        ),
        (
            "The Globe and Mail (Ontario Edition)\n28 Nov 2026\nANN POE PARLIAMENTARY REPORTER",
            Some("ANN POE PARLIAMENTARY REPORTER"),
        ),
        ("Vancouver Sun\n28 Nov 2026\nANN POE", Some("ANN POE")),
        ("Star Tribune (Minneapolis)\n28 Nov 2026", None),
        ("Kansas Reflector", None),
        (
            "San Jose Mercury News (CA)\nPublished: November 28, 1992\nSection: Front\nPage: 1A",
            None,
        ),
    ] {
        let text = format!("{head}{story}");
        each_variant(&text, |a, _, variant| {
            let headline = a.headline().map(|h| h.as_str());
            assert_eq!(
                headline,
                Some("Aldermen grill schools over busing delays"),
                "{head:?} ({variant})"
            );
            assert_eq!(
                a.byline().map(|b| b.as_str()),
                byline,
                "{head:?} ({variant})"
            );
            assert!(a.deck().is_none(), "{head:?} ({variant})");
            let first = head.lines().next().unwrap_or_default();
            assert!(
                a.trailers().iter().any(|t| t.as_str() == first),
                "{head:?} ({variant})"
            );
        });
    }
    // a short headline ending in such a word, after no place, stays
    let text = "Bright Sun\n\nSolar farms break output record in heatwave\n\nThe farms made more power than ever.";
    assert_headline_each(text, Some("Bright Sun"));
}

/// Factiva's coded export whose table was saved a cell a line: each code
/// alone on its line over its value (`HD` / `Council backs new bridge`),
/// with blank lines between the cells or none; the codes are furniture,
/// the values read as the codes say, `TD` alone inside the story cut from
/// it, and the index codes with their values under the story furniture.
#[test]
fn factiva_codes_alone_on_their_lines() {
    let compact = "HD\nCouncil backs new bridge\nBY\nBy Ann Poe\nWC\n214 words\nPD\n28 November 2026\n\
                   SN\nThe Daily Courier\nLA\nEnglish\nCY\nCopyright 2026 The Daily Courier.\nLP\n\
                   SPRINGFIELD, Ill. (AP) -- The city council voted 7-2 on Friday.\n\
                   Work could start in the spring.\nTD\nThe bridge opens in 2028.\n\
                   NS\ngcat : Political/General News\nRE\nusil : Illinois\n\
                   AN\nDocument DCOUR00020261128ekbs0001v";
    let spaced = compact.replace('\n', "\n\n");
    for text in [compact.to_string(), spaced] {
        each_variant(&text, |a, _, variant| {
            let (headline, byline, dateline, _) = header_of(a);
            assert_eq!(
                (headline, byline, dateline),
                (
                    some("Council backs new bridge"),
                    some("By Ann Poe"),
                    some("SPRINGFIELD, Ill. (AP) --"),
                ),
                "{variant}"
            );
            let paragraphs = paragraph_texts(a);
            let last = paragraphs.last().map(String::as_str);
            assert_eq!(last, Some("The bridge opens in 2028."), "{variant}");
            assert!(
                paragraphs
                    .iter()
                    .all(|p| !p.contains("TD") && !p.contains("2028ek")),
                "{variant}: {paragraphs:?}"
            );
            let texts: Vec<&str> = a.trailers().iter().map(|t| t.as_str()).collect();
            for code in ["HD", "BY", "LP", "TD", "AN"] {
                assert!(
                    texts.iter().any(|t| t.starts_with(code)),
                    "{variant}: {code} in {texts:?}"
                );
            }
            assert!(
                texts.iter().any(|t| t.ends_with("usil : Illinois")),
                "{variant}"
            );
            let kinds = kinds_of(a);
            assert!(kinds.contains(&T::Timestamp), "{variant}");
            assert!(kinds.contains(&T::Copyright), "{variant}");
        });
    }
    // two stories in one download, split at the next story's `HD`
    let one = "HD\nPort strike ends\nWC\n412 words\nPD\n28 November 2026\nSN\nHarbour Times\n\
               LP\nThe strike ended on Friday.\nAN\nDocument HBRT000020261128";
    let stream = format!("{one}\n\n{}", one.replace("Port strike", "Mayor opposes"));
    each_variant(&stream, |_, text, variant| {
        let titles: Vec<String> = dateline::parse_many(text)
            .map(|a| {
                a.headline()
                    .map_or(String::new(), |h| h.as_str().to_string())
            })
            .collect();
        assert_eq!(
            titles,
            ["Port strike ends", "Mayor opposes ends"],
            "{variant}"
        );
    });
    // a line with no code under a code with its value on its line is no
    // export's (only a code alone on its line has its value under it)
    let text = "HD Supply Beats Estimates\nAnalysts had expected less.\nWC 214 words\n\
                PD 28 November 2026\nSN Daily Ledger\n\nTD Bank said on Friday it would pay more.";
    each_variant(text, |a, _, variant| {
        assert!(a.trailers().iter().all(|t| t.as_str() != "TD"), "{variant}");
    });
    // a code's look-alike alone on a story's line is no header
    let text = "HD\nCamera sales rose.\n\nThe new models sold well.";
    each_variant(text, |a, _, variant| {
        assert!(a.trailers().is_empty(), "{variant}");
    });
}

/// A `Body` line makes no export without a labelled field above it, nor
/// under the story's dateline; a labelled dateline on its own is read in
/// any article.
#[test]
fn body_lines_and_labelled_datelines_outside_exports() {
    for text in [
        "Stretch before you run\n\nBody\n\nWarm muscles tear less often.\n\nRest on Sundays.",
        "Storm Nears Coast\n\nMIAMI (AP) — Winds rose.\n\nSection: WEATHER\n\nBody\n\nRain fell.",
    ] {
        each_variant(text, |a, _, variant| {
            let body = a.nodes().find(|n| n.as_str() == "Body").map(|n| n.kind());
            assert!(
                body.is_some_and(|k| !matches!(k, K::Trailer(_))),
                "{text:?} ({variant}): {body:?}"
            );
        });
    }
    for (text, dateline, place, date) in [
        (
            "Senate Votes\n\nDATELINE: WASHINGTON, Nov. 28\nThe Senate voted on Tuesday.",
            "WASHINGTON, Nov. 28",
            "WASHINGTON",
            Some("Nov. 28"),
        ),
        // the label says what it is: a place alone in any case
        (
            "Senate Votes\n\nDateline: Kabul, Afghanistan\nThe Senate voted on Tuesday.",
            "Kabul, Afghanistan",
            "Kabul, Afghanistan",
            None,
        ),
    ] {
        each_variant(text, |a, _, variant| {
            let d = a
                .dateline()
                .ok_or("none")
                .unwrap_or_else(|e| panic!("{e} ({variant})"));
            assert_eq!(d.as_str(), dateline, "{variant}");
            assert_eq!(d.place().map(|p| p.as_str()), Some(place), "{variant}");
            assert_eq!(d.date().map(|p| p.as_str()), date, "{variant}");
            assert_eq!(
                paragraph_texts(a),
                ["The Senate voted on Tuesday."],
                "{variant}"
            );
        });
    }
}

/// A news database's download is one file of many stories: `parse_many`
/// splits `LexisNexis`' before each `N of M DOCUMENTS` line, Nexis Uni's
/// after each `End of Document`, Factiva's after each `Document …`
/// number (and its coded export before each `HD` field, or after `AN
/// Document …` in a block of its own) and `ProQuest`'s at the rule of `_` between documents (and Nexis Uni's `Body` over a story that opens with a dateline
/// heads no new story).
#[test]
fn streams_of_database_exports() {
    let second = |export: &str| {
        export
            .replace("3 of 12", "4 of 12")
            .replace("Council backs", "Mayor opposes")
    };
    for export in [
        LEXIS_EXPORT,
        NEXIS_UNI_EXPORT,
        FACTIVA_EXPORT,
        FACTIVA_CODES_EXPORT,
        PROQUEST_EXPORT,
    ] {
        let stream = format!("{export}\n\n{}", second(export));
        for (variant, make) in VARIANTS {
            let text = make(&stream);
            let articles: Vec<Article<'_>> = dateline::parse_many(&text).collect();
            let titles: Vec<String> = articles
                .iter()
                .map(|a| {
                    a.headline().map_or(String::new(), |h| {
                        h.title()
                            .split_whitespace()
                            .take(2)
                            .collect::<Vec<_>>()
                            .join(" ")
                    })
                })
                .collect();
            assert_eq!(titles, ["Council backs", "Mayor opposes"], "{variant}");
            for a in &articles {
                assert!(a.dateline().is_some(), "{variant}");
            }
            // each story reads as it reads alone; a rule between two
            // documents belongs to neither
            assert_eq!(
                kinds_of(&articles[0]),
                kinds_of(&dateline::parse(&make(export))),
                "{variant}"
            );
            let rules = |a: &Article<'_>| {
                a.trailers()
                    .iter()
                    .filter(|t| t.as_str().starts_with("___"))
                    .count()
            };
            assert_eq!(rules(&articles[1]), 0, "{variant}");
        }
    }
}

/// A stamp, a dash and a byline on one line under the headline (`Nov. 28,
/// 2026 — By Ann Poe`) is the byline, with or without a dateline under it;
/// before, it was the deck, or, with no dateline, a dateline of the date
/// whose story was `By Ann Poe`.
#[test]
fn stamp_and_byline_on_one_line() {
    for story in [
        "MIAMI (AP) — Winds rose on Friday.",
        "Winds rose on Friday.",
    ] {
        let text =
            format!("Storm Nears Coast\n\nNov. 28, 2026 — By Ann Poe\n\n{story}\n\nRain fell.");
        each_variant(&text, |a, _, variant| {
            let b = a
                .byline()
                .map(|b| (b.as_str(), b.authors().collect::<Vec<_>>()));
            assert_eq!(
                b,
                Some(("Nov. 28, 2026 — By Ann Poe", vec!["Ann Poe"])),
                "{variant}"
            );
            assert!(a.deck().is_none(), "{variant}");
            assert_eq!(
                paragraph_texts(a),
                ["Winds rose on Friday.", "Rain fell."],
                "{variant}"
            );
        });
    }
}

/// A section's name on the line over a headline of six words or more in
/// the first block (the Guardian's `European Union` / the headline / the
/// standfirst; a business journal's over a headline wrapped in lower case)
/// is the kicker, the standfirst the deck; names over a role
/// of four words in a block are no section and its headline.
#[test]
fn section_name_over_the_headline_in_its_block() {
    let text = "Farming\nFarmers block border crossings over cheap grain imports\nHauliers say the protest has cost them a week of trade\n\nAnn Poe in Warsaw\nSat 28 Nov 2026 06.00 GMT\n\nFarmers blocked three crossings on Friday.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(a.kicker().map(|h| h.as_str()), Some("Farming"), "{variant}");
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Farmers block border crossings over cheap grain imports"),
            "{variant}"
        );
        assert_eq!(
            a.deck().map(|h| h.as_str()),
            Some("Hauliers say the protest has cost them a week of trade"),
            "{variant}"
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("Ann Poe in Warsaw"),
            "{variant}"
        );
    });
    // (over a headline wrapped onto a line in lower case, as the business
    // journals print it over the byline)
    let text = "Health Care\nCambridge biotech cuts 60 jobs, pauses\nlead kidney program\nBy Ann Poe \u{2013} Senior Reporter, Boston Business Journal\nUpdated Feb 12, 2026 3:15pm EST\n\nNephrosyn is laying off about 60 employees.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.kicker().map(|h| h.as_str()),
            Some("Health Care"),
            "{variant}"
        );
        assert_eq!(
            a.headline()
                .map(|h| h.as_str().split_whitespace().collect::<Vec<_>>().join(" ")),
            Some("Cambridge biotech cuts 60 jobs, pauses lead kidney program".to_string()),
            "{variant}"
        );
    });
    // (a section's name over a stamp is no kicker over a headline)
    let text = "Weather\nFriday, November 28, 2026 at 10:45 a.m. EST\n\nRain fell across the state on Friday.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(a.kicker(), None, "{variant}");
    });
    let text = "Crime & Law\n\nGarda to fit cameras in all Dublin stations by March\n\nAnn Poe\nSecurity and Crime Correspondent\nSat Nov 28 2026 - 06:00\n\nAll stations will get cameras.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(a.byline().map(|b| b.as_str()), Some("Ann Poe"), "{variant}");
    });
}

/// A first block that runs the headline together with what pages set under
/// it (a standfirst, names, a time stamp) is the header, split into its
/// parts, when a byline or a stamp is among them or opens the block under
/// it; a newsroom's credit under the headline (`Our Correspondent`) is the
/// byline, not the headline's second line. Names with story text under
/// them keep the block a paragraph.
#[test]
fn headline_blocks_with_credits_under_them() {
    let deck = "Farmers say cheap imports are driving down prices";
    for text in [
        "Farmers block border crossings\nFarmers say cheap imports are driving down prices\nAnn Poe in Warsaw\nFri 27 Nov 2026 14.03 GMT\n\nFarmers blocked three crossings on Friday.\n\nMore.",
        "Farmers block border crossings\nFarmers say cheap imports are driving down prices\n\nAnn Poe in Warsaw\nFri 27 Nov 2026 14.03 GMT\n\nFarmers blocked three crossings on Friday.\n\nMore.",
    ] {
        each_variant(text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Farmers block border crossings"),
                "{variant}"
            );
            assert_eq!(a.deck().map(|h| h.as_str()), Some(deck), "{variant}");
            assert_eq!(
                a.byline().map(|b| b.as_str()),
                Some("Ann Poe in Warsaw"),
                "{variant}"
            );
            assert_eq!(kinds_of(a), [T::Timestamp], "{variant}");
            assert_eq!(
                paragraph_texts(a),
                ["Farmers blocked three crossings on Friday.", "More."],
                "{variant}"
            );
        });
    }
    // (and where the newsroom wrote from, or its site, after a comma: a
    // place the tables need not know, as Bangladesh's papers print it)
    for (text, credit, dateline) in [
        (
            "Traders protest new parking fee\nOur Correspondent\n\nKARACHI: Shopkeepers closed for two hours.\n\nMore.",
            "Our Correspondent",
            Some("KARACHI:"),
        ),
        (
            "Traders protest new parking fee\nStaff Reporter\n\nShopkeepers closed for two hours.\n\nMore.",
            "Staff Reporter",
            None,
        ),
        (
            "Traders protest new parking fee\nOur Correspondent, Shariatpur\nSun Nov 29, 2026 12:00 AM\n\nShopkeepers closed for two hours.\n\nMore.",
            "Our Correspondent, Shariatpur",
            None,
        ),
        (
            "Traders protest new parking fee\nOur Correspondent, Shariatpur\n\nShopkeepers closed for two hours.\n\nMore.",
            "Our Correspondent, Shariatpur",
            None,
        ),
        (
            "Traders protest new parking fee\nSenior Correspondent, bdnews24.com\n\nDhaka, Nov 28 (bdnews24.com) - Shopkeepers closed for two hours.\n\nMore.",
            "Senior Correspondent, bdnews24.com",
            Some("Dhaka, Nov 28 (bdnews24.com) -"),
        ),
    ] {
        each_variant(text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Traders protest new parking fee"),
                "{variant}"
            );
            let b = a.byline().map(|b| (b.as_str(), b.affiliation()));
            assert_eq!(b, Some((credit, Some(credit))), "{variant}");
            assert_eq!(a.dateline().map(|d| d.as_str()), dateline, "{variant}");
        });
    }
    // (under a headline wrapped onto a line in lower case, over the place
    // alone on its line, as The Hindu's print page sets them)
    let text = "Cochin Shipyard bags\norder for two research vessels\nStaff Reporter\nKOCHI\nCochin Shipyard Limited has received an order to build two coastal research vessels for a marine research institute.\n\nThe vessels will have laboratories.\n\nMore.";
    each_variant(text, |a, _, variant| {
        let joined = a
            .headline()
            .map(|h| h.as_str().split_whitespace().collect::<Vec<_>>().join(" "));
        assert_eq!(
            joined.as_deref(),
            Some("Cochin Shipyard bags order for two research vessels"),
            "{variant}"
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("Staff Reporter"),
            "{variant}"
        );
    });
    // words after a comma make no credit of what is none: a headline's
    // second line stays the headline's
    let text = "Traders protest new parking fee\nTraders Alliance, Shariatpur\n\nShopkeepers closed for two hours.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert!(a.byline().is_none(), "{variant}");
    });
    // story text under the names, or under their stamp: one paragraph
    for text in [
        "Farmers block border crossings\nAnn Poe\nFarmers blocked three crossings on Friday.\n\nMore.",
        "Farmers block border crossings\nAnn Poe\nFri 27 Nov 2026 14.03 GMT\nFarmers blocked three crossings on Friday, police said.\n\nMore.",
    ] {
        each_variant(text, |a, _, variant| {
            assert!(a.headline().is_none(), "{text:?} ({variant})");
            assert!(a.byline().is_none(), "{text:?} ({variant})");
            assert_eq!(paragraph_texts(a).len(), 2, "{text:?} ({variant})");
        });
    }
}

/// A press release's contact block over its headline (`Contact:` / names /
/// a number / a mail address, too long for a header block) is a contact
/// trailer, and the dateline is searched for under it; `FOR IMMEDIATE
/// RELEASE` over the block is the kicker. Run together with the block,
/// the header's last line, a display line of five words or more, is the
/// headline. One line opening with a contact label is no contact block
/// (`Media Relations Chief Quits`).
#[test]
fn contact_blocks_over_the_headline() {
    let text = "FOR IMMEDIATE RELEASE\n\nContact:\nAnn Poe\nAcme Health\n312-555-0100\napoe@example.com\n\nAcme Health Opens Clinic in Evanston\n\nNew clinic brings imaging and therapy under one roof\n\nCHICAGO, Nov. 28, 2026 /PRNewswire/ -- Acme Health today opened a clinic.\n\nThe clinic has 36 bays.\n\n###";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.kicker().map(|h| h.as_str()),
            Some("FOR IMMEDIATE RELEASE"),
            "{variant}"
        );
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Acme Health Opens Clinic in Evanston"),
            "{variant}"
        );
        assert_eq!(
            a.deck().map(|h| h.as_str()),
            Some("New clinic brings imaging and therapy under one roof"),
            "{variant}"
        );
        assert_eq!(
            a.dateline().map(|d| d.as_str()),
            Some("CHICAGO, Nov. 28, 2026 /PRNewswire/ --"),
            "{variant}"
        );
        assert_eq!(kinds_of(a), [T::Contact, T::EndMark], "{variant}");
        assert_eq!(
            paragraph_texts(a),
            [
                "Acme Health today opened a clinic.",
                "The clinic has 36 bays."
            ],
            "{variant}"
        );
    });
    // a date and a one-line contact under the release's label; Business
    // Wire's stamp with its zone in words over the headline
    for (text, kicker, headline, kinds) in [
        (
            "FOR IMMEDIATE RELEASE\nNovember 27, 2026\n\nUniversity Researchers Find Sepsis Sign\n\nANN ARBOR, Mich. — A pattern in blood tests may help.",
            Some("FOR IMMEDIATE RELEASE"),
            "University Researchers Find Sepsis Sign",
            &[T::Timestamp][..],
        ),
        (
            "For Immediate Release\nNovember 27, 2026\nContact: Press Office, 202-555-0112\n\nSenator Introduces Broadband Bill\n\nWASHINGTON, D.C. – Today, the senator acted.",
            Some("For Immediate Release"),
            "Senator Introduces Broadband Bill",
            &[T::Timestamp, T::Contact][..],
        ),
        (
            "November 27, 2026 08:00 AM Eastern Standard Time\n\nAcme Reports Third Quarter Results\n\nSAN JOSE, Calif.--(BUSINESS WIRE)--Acme Inc. today reported results.",
            None,
            "Acme Reports Third Quarter Results",
            &[T::Timestamp][..],
        ),
        // (under a federal agency's letters and its label)
        (
            "NOAA News Release\nFOR IMMEDIATE RELEASE\nJuly 11, 2012\nContact: Ann Poe\n301-555-0188\nNOAA: June drought expanded across the corn belt\nSILVER SPRING, Md. -- Drought covered more than half of the country.",
            Some("FOR IMMEDIATE RELEASE"),
            "NOAA: June drought expanded across the corn belt",
            &[T::Furniture, T::Timestamp, T::Contact][..],
        ),
        // (a contact block of its own: its number and address, one word,
        // are its last line)
        (
            "FOR IMMEDIATE RELEASE\nMarch 3, 2026\n\nContact: Ann Poe, News Bureau\n217-555-0142; apoe@example.edu\n\nSoybean roots share nitrogen tips through fungal networks\n\nCHAMPAIGN, Ill. — Soybean plants appear to coordinate.",
            Some("FOR IMMEDIATE RELEASE"),
            "Soybean roots share nitrogen tips through fungal networks",
            &[T::Timestamp, T::Contact][..],
        ),
        // (or a contact's name and role of five words over its number)
        (
            "Media Contact:\nAnn Poe, Director of Communications\n816-555-0142\n\nChiefs, City Reach Agreement on Stadium Lease\n\nKANSAS CITY, Mo. – The club and the county agreed.",
            None,
            "Chiefs, City Reach Agreement on Stadium Lease",
            &[T::Contact][..],
        ),
        // the label, the contact block and the headline run together over
        // the dateline's line, as police and school districts send them
        (
            "FOR IMMEDIATE RELEASE\nMedia Contact: Ann Poe, Communications Director\n(217) 555-0142\nCity Schools Name Teacher of the Year\nMESA, Ariz. – The district has named its teacher of the year.",
            Some("FOR IMMEDIATE RELEASE"),
            "City Schools Name Teacher of the Year",
            &[T::Contact][..],
        ),
    ] {
        each_variant(text, |a, _, variant| {
            assert_head(a, kicker, headline, kinds, &format!("{text:?} ({variant})"));
        });
    }
    // under a contact block run together with the dateline's line, a name
    // too short for a headline or a sentence is no headline
    for text in [
        "FOR IMMEDIATE RELEASE\nMedia Contact: Ann Poe\n(217) 555-0142\nEmail or call Ann Poe for interviews with the teacher:\nMESA, Ariz. – The district has named its teacher of the year.",
        "FOR IMMEDIATE RELEASE\nMedia Contact: Ann Poe\n(217) 555-0142\nCity Schools Press Office\nMESA, Ariz. – The district has named its teacher of the year.",
        "FOR IMMEDIATE RELEASE\nMedia Contact: Ann Poe\n(217) 555-0142\nCall her for interviews with the new teacher.\nMESA, Ariz. – The district has named its teacher of the year.",
    ] {
        each_variant(text, |a, _, variant| {
            assert!(a.headline().is_none(), "{text:?} ({variant})");
        });
    }
    each_variant(
        "Media Relations Chief Quits\n\nLONDON (Reuters) - Acme's head of media relations quit.",
        |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Media Relations Chief Quits"),
                "{variant}"
            );
            assert!(a.trailers().is_empty(), "{variant}");
        },
    );
}

/// Header lines run into the story's first paragraph with no blank line
/// (a TV station's headline / `By:` / `Posted:` / `Updated:`, a refiled
/// story's note in brackets, a paper's `Share` / `AA` / `Text Size`
/// controls) are searched down to the dateline under them; story text
/// above a dateline-like line stops the search. A page's header of many
/// short blocks (a section, a byline, stamps, share links, a caption) is
/// searched down to the dateline under it.
#[test]
fn datelines_under_header_lines_run_together() {
    for (text, dateline, headline, kinds) in [
        (
            "Metro adds trains for light festival\nBy: Ann Poe\nPosted: Nov 26, 2026 / 04:30 PM PST\nUpdated: Nov 27, 2026 / 07:12 AM PST\nLOS ANGELES (KTLA) — Metro will run extra trains.\nThe trains run on weekends.",
            "LOS ANGELES (KTLA) —",
            "Metro adds trains for light festival",
            &[T::Timestamp, T::Timestamp][..],
        ),
        (
            "REFILE-Acme output falls for third month\n(Refiles to fix typo in headline)\nTOKYO, Nov 27 (Reuters) - Output fell in October.\nThe data showed a drop.\nAnalysts had expected a rise.\nThe yen fell.",
            "TOKYO, Nov 27 (Reuters) -",
            "REFILE-Acme output falls for third month",
            &[T::Correction][..],
        ),
        (
            "City to start work on water supply\nTNN | Nov 27, 2026, 04.12 AM IST\nShare\nAA\nText Size\nPUNE: The city will lay new pipes.\nWork starts next month.",
            "PUNE:",
            "City to start work on water supply",
            &[T::Timestamp, T::Furniture, T::Furniture, T::Furniture][..],
        ),
        (
            "Politics\n\nSenate panel advances rail bill\n\nBy Ann Poe\n\nPublished 10:45 AM EST, Fri November 27, 2026\nUpdated 1:12 PM EST, Fri November 27, 2026\n\nShare\nComments (48)\n\nFreight cars in a rail yard. (Getty Images)\n\nWASHINGTON — A Senate committee voted on Thursday.\n\nMore.",
            "WASHINGTON —",
            "Senate panel advances rail bill",
            &[
                T::Timestamp,
                T::Timestamp,
                T::Furniture,
                T::Furniture,
                T::Furniture,
            ][..],
        ),
    ] {
        each_variant(text, |a, _, variant| {
            assert_eq!(
                a.dateline().map(|d| d.as_str()),
                Some(dateline),
                "{text:?} ({variant})"
            );
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some(headline),
                "{variant}"
            );
            assert_eq!(kinds_of(a), kinds, "{text:?} ({variant})");
        });
    }
    // story text above the line: no dateline
    each_variant(
        "Storm nears coast\nThe storm was due to make landfall late on Friday, forecasters said.\nMIAMI (AP) — Residents left.\nMore.\nEven more.\nThe end.",
        |a, _, variant| {
            assert!(a.dateline().is_none(), "{variant}");
        },
    );
}

/// `Special to` and a phrase in lower case is no paper's credit.
#[test]
fn special_to_needs_an_outlet() {
    each_variant(
        "Storm Nears Coast\n\nSpecial to the very end\n\nMIAMI (AP) — Winds rose.",
        |a, _, variant| {
            assert!(a.byline().is_none(), "{variant}");
        },
    );
}

/// An agency's credit over a time stamp after a dash on its line under the
/// headline (Kyodo's `KYODO NEWS - Nov 28, 2026 - 09:12 | Japan, All`) is
/// the page's credit line: furniture and a stamp, no byline (it was the
/// byline until the blind sets' labels, all of them, read it as none), and
/// not a dateline naming the agency alone; a story under it with no
/// dateline has none, one with a dateline keeps it. Before a bar and its
/// stamp, the credit is the byline (`TNN | Nov 27, 2026`, above; ANI's
/// `ANI | Updated: …`, whose blind labels are split, 12 to 10 for the
/// byline).
#[test]
fn agency_credit_over_a_stamp_is_no_dateline() {
    for (story, dateline) in [
        ("Japan's factory output rose 1.4 percent in October.", None),
        // (a place's dateline run on to a date stays one, as results' do)
        (
            "OSAKA, Nov 28 - Sept 30\n    Shr 12 yen vs 9 yen\n    Net 1.2 billion yen",
            Some("OSAKA, Nov 28 -"),
        ),
        (
            "BANGKOK - Thailand's leader vowed on Friday to shut scam centres.",
            Some("BANGKOK -"),
        ),
    ] {
        let text = format!(
            "Output rises on car rebound\nKYODO NEWS - Nov 28, 2026 - 09:12  |  Japan, All\n\n{story}\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(a.byline().map(|b| b.as_str()), None, "{variant}");
            let parts: Vec<_> = a
                .trailers()
                .iter()
                .map(|t| (t.kind(), t.as_str()))
                .take(2)
                .collect();
            assert_eq!(
                parts,
                [
                    (T::Furniture, "KYODO NEWS"),
                    (T::Timestamp, "- Nov 28, 2026 - 09:12  |  Japan, All")
                ],
                "{variant}"
            );
            assert_eq!(a.dateline().map(|d| d.as_str()), dateline, "{variant}");
        });
    }
    let text = "Output rises on car rebound\nANI | Updated: Nov 28, 2026 18:20 IST\n\nIndia's output rose.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(a.byline().map(|b| b.as_str()), Some("ANI"), "{variant}");
        assert!(
            has_trailer(a, T::Timestamp, |t| t
                == "| Updated: Nov 28, 2026 18:20 IST"),
            "{variant}"
        );
    });
}

/// A time stamp after a bar or a dot at the end of a byline (`TNN | Nov 28,
/// 2026, 10.45 PM IST`, `by Ann Poe | November 27, 2026`) is a time stamp
/// trailer, the mark with it; the byline ends before the mark. A bar before
/// a role (`By Ann Poe | Staff Writer`) keeps the line whole; a site's
/// sections after the bar go with the stamp before it (`KYODO NEWS - Nov
/// 28, 2026 - 09:12 | Japan, All`).
#[test]
fn bylines_with_a_stamp_after_a_bar() {
    for (line, byline, authors, affiliation, stamp) in [
        (
            "TNN | Nov 28, 2026, 10.45 PM IST",
            "TNN",
            &[][..],
            Some("TNN"),
            Some("| Nov 28, 2026, 10.45 PM IST"),
        ),
        (
            "Press Trust of India | New Delhi | Updated: November 28, 2026 10:12 IST",
            "Press Trust of India | New Delhi",
            &[][..],
            Some("Press Trust of India"),
            Some("| Updated: November 28, 2026 10:12 IST"),
        ),
        (
            "Express News Service | Mumbai | Published: November 28, 2026 3:04 am",
            "Express News Service | Mumbai",
            &[][..],
            Some("Express News Service"),
            Some("| Published: November 28, 2026 3:04 am"),
        ),
        (
            "by Ann Poe | November 27, 2026",
            "by Ann Poe",
            &["Ann Poe"][..],
            None,
            Some("| November 27, 2026"),
        ),
        // a dash before a stamp whose year has two figures (The Hill)
        (
            "by Ann Poe - 11/28/26 5:12 PM ET",
            "by Ann Poe",
            &["Ann Poe"][..],
            None,
            Some("- 11/28/26 5:12 PM ET"),
        ),
        // names, their outlet and two stamps, the bar between the stamps
        (
            "Ann Poe · CBC Sports · Posted: Nov 28, 2026 2:30 PM EST | Last Updated: November 28",
            "Ann Poe · CBC Sports",
            &["Ann Poe"][..],
            Some("CBC Sports"),
            Some("· Posted: Nov 28, 2026 2:30 PM EST | Last Updated: November 28"),
        ),
        // an agency's credit alone before them (the bar's stamp has no
        // clock before it to part from)
        (
            "Reuters · Posted: Aug 07, 2026 10:31 AM EDT | Last Updated: August 7, 2026",
            "Reuters",
            &[][..],
            Some("Reuters"),
            Some("· Posted: Aug 07, 2026 10:31 AM EDT | Last Updated: August 7, 2026"),
        ),
        (
            "By Ann Poe, Contributing Editor · Nov. 27, 2026",
            "By Ann Poe, Contributing Editor",
            &["Ann Poe"][..],
            Some("Contributing Editor"),
            Some("· Nov. 27, 2026"),
        ),
        (
            "Ann Poe • 28 November 2026",
            "Ann Poe",
            &["Ann Poe"][..],
            None,
            Some("• 28 November 2026"),
        ),
        (
            "By Ann Poe | Staff Writer",
            "By Ann Poe | Staff Writer",
            &["Ann Poe"][..],
            Some("Staff Writer"),
            None,
        ),
        (
            "Ann Poe | November 26, 2026 | 10:15 am Markets Copper",
            "Ann Poe",
            &["Ann Poe"][..],
            None,
            Some("| November 26, 2026 | 10:15 am Markets Copper"),
        ),
        // a stamp after a slash, its time and date parted by a dot
        // (TechCrunch)
        (
            "By Ann Poe / 9:00 AM PST \u{b7} November 28, 2026",
            "By Ann Poe",
            &["Ann Poe"][..],
            None,
            Some("/ 9:00 AM PST \u{b7} November 28, 2026"),
        ),
        // (or after two, Devex's)
        (
            "By Ann Poe // 28 November 2026",
            "By Ann Poe",
            &["Ann Poe"][..],
            None,
            Some("// 28 November 2026"),
        ),
        // a site's domain after the bar names the outlet (China Daily)
        (
            "By ANN POE | chinadaily.com.cn | Updated: 2026-11-28 10:15",
            "By ANN POE | chinadaily.com.cn",
            &["ANN POE"][..],
            Some("chinadaily.com.cn"),
            Some("| Updated: 2026-11-28 10:15"),
        ),
        // the Times of India: names, the credit and the stamp between
        // slashes, the stamp's label with it
        (
            "Ann Poe / TNN / Nov 28, 2026, 04:12 IST",
            "Ann Poe / TNN",
            &["Ann Poe"][..],
            Some("TNN"),
            Some("/ Nov 28, 2026, 04:12 IST"),
        ),
        (
            "Ann Poe / TNN / Updated: Nov 27, 2026, 09:05 IST",
            "Ann Poe / TNN",
            &["Ann Poe"][..],
            Some("TNN"),
            Some("/ Updated: Nov 27, 2026, 09:05 IST"),
        ),
        (
            "TNN / Nov 28, 2026, 04:12 IST",
            "TNN",
            &[][..],
            Some("TNN"),
            Some("/ Nov 28, 2026, 04:12 IST"),
        ),
        // a date before the bar and its time after it (Newsfirst)
        (
            "by Staff Writer 01-09-2026 | 4:30 PM",
            "by Staff Writer",
            &[][..],
            Some("Staff Writer"),
            Some("01-09-2026 | 4:30 PM"),
        ),
        (
            "By Ann Poe 28-11-2026 | 4:30 PM",
            "By Ann Poe",
            &["Ann Poe"][..],
            None,
            Some("28-11-2026 | 4:30 PM"),
        ),
        // a stamp's label after the names with no mark (the Global Times),
        // and an age after it (Dawn)
        (
            "By Ann Poe and Bo Li Published: Nov 27, 2026 11:05 PM",
            "By Ann Poe and Bo Li",
            &["Ann Poe", "Bo Li"][..],
            None,
            Some("Published: Nov 27, 2026 11:05 PM"),
        ),
        (
            "By Ann Poe, Bo Li and Cy Dee Published: Nov 27, 2026 11:05 PM",
            "By Ann Poe, Bo Li and Cy Dee",
            &["Ann Poe", "Bo Li", "Cy Dee"][..],
            None,
            Some("Published: Nov 27, 2026 11:05 PM"),
        ),
        (
            "Ann Poe Published November 27, 2026 Updated about 2 hours ago",
            "Ann Poe",
            &["Ann Poe"][..],
            None,
            Some("Published November 27, 2026 Updated about 2 hours ago"),
        ),
    ] {
        let text = format!("Storm Nears Coast\n\n{line}\n\nMIAMI (AP) — Winds rose.");
        each_variant(&text, |a, text, variant| {
            let b = a
                .byline()
                .unwrap_or_else(|| panic!("{line:?} ({variant}): no byline"));
            let at = text.find(byline).unwrap_or(usize::MAX);
            assert_eq!(
                (
                    b.as_str(),
                    b.span().start(),
                    b.authors().collect::<Vec<_>>(),
                    b.affiliation()
                ),
                (byline, at, authors.to_vec(), affiliation),
                "{line:?} ({variant})"
            );
            let stamps: Vec<_> = a
                .trailers()
                .iter()
                .map(|t| (t.kind(), t.as_str()))
                .collect();
            let want: Vec<_> = stamp.map(|s| (T::Timestamp, s)).into_iter().collect();
            assert_eq!(stamps, want, "{line:?} ({variant})");
            assert_eq!(a.dateline().map(|d| d.as_str()), Some("MIAMI (AP) —"));
        });
    }
    // the Times of India's byline packed under the headline is no
    // dateline: the story's is
    let text = "Odd-even may return as smog thickens\nAnn Poe / TNN / Nov 28, 2026, 04:12 IST\nShare\nAA\nFollow us\n\nNEW DELHI: The government is weighing odd-even, officials said.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("Ann Poe / TNN"),
            "{variant}"
        );
        assert_eq!(
            a.dateline().map(|d| d.as_str()),
            Some("NEW DELHI:"),
            "{variant}"
        );
    });
}

/// A page's section over the headline (`Middle East`, `LETTERS`, `Books`)
/// is the kicker, and so is one on the line under a breadcrumb trail; a
/// short headline over its deck stays the headline.
#[test]
fn sections_and_trails_over_the_headline() {
    for (text, kicker, headline, kinds) in [
        (
            "Middle East\n\nGaza bakeries reopen as flour arrives\n\nGAZA CITY (AP) — Bakeries reopened.",
            Some("Middle East"),
            "Gaza bakeries reopen as flour arrives",
            &[][..],
        ),
        (
            "LETTERS\n\nReaders respond: the parking debate\n\nMeters are not the enemy of shops.\n\nMore.",
            Some("LETTERS"),
            "Readers respond: the parking debate",
            &[][..],
        ),
        (
            "Home > Sports > Football\nSports\nBlue Ridge rallies to win title\nBy Ann Poe\n\nKANSAS CITY, Mo. — The Falcons won.",
            Some("Sports"),
            "Blue Ridge rallies to win title",
            &[T::Furniture][..],
        ),
        (
            "Oil Rises\n\nCrude hits $90 on supply fears\n\nLONDON (Reuters) - Oil rose.",
            None,
            "Oil Rises",
            &[][..],
        ),
    ] {
        each_variant(text, |a, _, variant| {
            assert_head(a, kicker, headline, kinds, &format!("{text:?} ({variant})"));
        });
    }
}

/// With no dateline, a headline or standfirst written as sentences over a
/// block that opens with a byline is header: the headline (`Remote work
/// didn't kill the office. It killed the commute.`), the byline and its
/// stamp are read, and a headline with its standfirst under it in one block;
/// a standfirst over the names alone (`Ann Poe` / `apoe@example.com`) under
/// a headline; a page's control, a credited caption or a film's credits
/// between the standfirst and the byline. A paragraph over a sentence that
/// opens with `By`, or hard-wrapped over a byline, or first over names
/// alone, or between the standfirst and the byline, stays the story.
#[test]
fn sentences_over_a_byline_are_header() {
    each_variant(
        "Remote work didn't kill the office. It killed the commute.\n\nWritten by Ann Poe\nPublished 26 November 2026\n\nFive years on, the office stands.\n\nMore.",
        |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Remote work didn't kill the office. It killed the commute."),
                "{variant}"
            );
            assert_eq!(
                a.byline().map(|b| b.as_str()),
                Some("Written by Ann Poe"),
                "{variant}"
            );
            assert_eq!(kinds_of(a), [T::Timestamp], "{variant}");
            assert_eq!(
                paragraph_texts(a),
                ["Five years on, the office stands.", "More."],
                "{variant}"
            );
        },
    );
    each_variant(
        "EXCLUSIVE\n\nCouncil shelves ferry plan\n\nInternal documents show the cost tripled in 18 months.\n\nBy Ann Poe\nNovember 28, 2026 — 5.30am\n\nA plan was shelved.\n\nMore.",
        |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Council shelves ferry plan"),
                "{variant}"
            );
            assert_eq!(
                a.byline().map(|b| b.as_str()),
                Some("By Ann Poe"),
                "{variant}"
            );
            assert_eq!(
                paragraph_texts(a).last().map(String::as_str),
                Some("More."),
                "{variant}"
            );
        },
    );
    // a headline with its standfirst under it in one block
    each_variant(
        "Film Review: 'Salt Roads'\nA patient drama follows two brothers hauling salt across a desert.\n\nBy Ann Poe\n\nThere is little dialogue in the first half hour.\n\nMore.",
        |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Film Review: 'Salt Roads'"),
                "{variant}"
            );
            assert_eq!(
                a.byline().map(|b| b.as_str()),
                Some("By Ann Poe"),
                "{variant}"
            );
        },
    );
    // a picture's credit alone in its block between the standfirst and the
    // byline (the Nation's): furniture, the byline read under it
    each_variant(
        "News\nTeachers reject promotion rules\n\nThe union says the rules lock out thousands of teachers.\n\nPhoto credit: File | Daily Ledger\n\nBy Ann Poe\n\nThe union has rejected the rules.\n\nMore.",
        |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Teachers reject promotion rules"),
                "{variant}"
            );
            assert_eq!(
                a.byline().map(|b| b.as_str()),
                Some("By Ann Poe"),
                "{variant}"
            );
            assert_eq!(kinds_of(a), [T::Furniture], "{variant}");
        },
    );
    // a page's control, a caption ending in its credit, or a film review's
    // credits between the standfirst and the byline
    for between in [
        "Share full article",
        "Ann Poe in 1936, beside the biplane she flew. Credit: Poe Family Archive",
        "Directed by Tom Roe\nComedy, Drama\nNot Rated\n1h 41m",
    ] {
        let text = format!(
            "Teachers reject promotion rules\n\nThe union says the rules lock out thousands of teachers.\n\n{between}\n\nBy Ann Poe\nNov. 14, 2024\n\nThe union has rejected the rules.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Teachers reject promotion rules"),
                "{between:?} ({variant})"
            );
            assert_eq!(
                a.byline().map(|b| b.as_str()),
                Some("By Ann Poe"),
                "{between:?} ({variant})"
            );
            assert_eq!(
                paragraph_texts(a).last().map(String::as_str),
                Some("More."),
                "{between:?} ({variant})"
            );
        });
    }
    // (and a film's credits under the headline alone over the byline; but
    // the credits with no byline under them, a paragraph of four lines over
    // a byline under the headline alone, and a paragraph of a line or of
    // four between a standfirst and a byline are the story's: no byline)
    let standfirst = "Teachers reject promotion rules\n\nThe union says the rules lock out thousands of teachers.";
    let credits = "Salt Roads review: a patient desert drama\n\nDirected by Tom Roe\nComedy, Drama\nNot Rated\n1h 41m";
    let marched = "During the strike, teachers marched\nin the rain past the town hall and\nthe school board offices, singing\nand waving their placards.";
    for (text, byline) in [
        (
            format!("{credits}\n\nBy Ann Poe\nNov. 14, 2024\n\nThe film opens on Friday.\n\nMore."),
            Some("By Ann Poe"),
        ),
        (
            format!("{credits}\n\nThe film opens on Friday in forty cities.\n\nMore."),
            None,
        ),
        (
            format!(
                "Teachers reject promotion rules\n\n{marched}\n\nBy Ann Poe\n\nThe union has rejected the rules.\n\nMore."
            ),
            None,
        ),
        (
            format!(
                "{standfirst}\n\nThe union met on Friday to vote on the rules.\n\nBy Ann Poe\nNov. 14, 2024\n\nThe union has rejected the rules.\n\nMore."
            ),
            None,
        ),
        (
            format!(
                "{standfirst}\n\n{marched}\n\nBy Ann Poe\nNov. 14, 2024\n\nThe union has rejected the rules.\n\nMore."
            ),
            None,
        ),
    ] {
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.byline().map(|b| b.as_str()),
                byline,
                "{text:?} ({variant})"
            );
        });
    }
    // a standfirst over the names alone, with the reporter's address or a
    // stamp under them; a section's heading of two names' words is none
    for (names, byline) in [
        ("Ann Poe\napoe@example.com", Some("Ann Poe")),
        ("Ann Poe\n\nNovember 28, 2026", Some("Ann Poe")),
        ("Harbor Master", None),
    ] {
        let text = format!(
            "Council shelves ferry plan\n\nInternal documents show the cost tripled in 18 months.\n\n{names}\n\nA plan was shelved.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Council shelves ferry plan"),
                "{variant}"
            );
            assert_eq!(
                a.byline().map(|b| b.as_str()),
                byline,
                "{names:?} ({variant})"
            );
        });
    }
    let long = format!(
        "{}\n\nBy Ann Poe\n\nMore.",
        "The council met on Tuesday to discuss the plan, and then it met again. ".repeat(5)
    );
    for text in [
        "The council met on Tuesday to discuss the plan.\n\nBy Friday the vote was done.\n\nMore.",
        "The council met on Tuesday to discuss the plan.\nIt voted.\n\nBy Ann Poe\n\nMore.",
        "The council met on Tuesday to discuss the plan.\n\nAnn Poe\napoe@example.com\n\nMore.",
        // a paragraph hard-wrapped, its first line reading as display text
        "The council met on Tuesday to discuss\nthe plan for the harbour.\n\nBy Ann Poe\n\nMore.",
        "The council met on Tuesday to discuss\nHarbour Board plans for the coming\nyear and beyond.\n\nBy Ann Poe\n\nMore.",
        long.trim_start(),
    ] {
        each_variant(text, |a, _, variant| {
            assert!(a.headline().is_none(), "{text:?} ({variant})");
            assert!(a.byline().is_none(), "{text:?} ({variant})");
        });
    }
}

/// A section's name and the story's stamp on one line over the headline
/// (PBS's `Economy Nov 13, 2026 10:05 AM EST`): the kicker and a time
/// stamp, the headline under them; under the headline in its block, the
/// name furniture under the section's label. A headline whose last words
/// read as a date, with no year or time of day, stays the headline.
#[test]
fn section_and_stamp_over_the_headline() {
    let text = "Economy Nov 13, 2026 10:05 AM EST\n\nConsumer prices rose 0.3% in October as rents climbed\n\nBy Ann Poe, Associated Press\n\nNEW YORK (AP) — Consumer prices rose 0.3% last month.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_head(
            a,
            Some("Economy"),
            "Consumer prices rose 0.3% in October as rents climbed",
            &[T::Timestamp],
            variant,
        );
        assert_eq!(
            a.trailers().first().map(|t| t.as_str()),
            Some("Nov 13, 2026 10:05 AM EST"),
            "{variant}"
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("By Ann Poe, Associated Press"),
            "{variant}"
        );
        assert_eq!(
            a.dateline().map(|d| d.as_str()),
            Some("NEW YORK (AP) —"),
            "{variant}"
        );
    });
    // under the headline in its block, under the section's label: the
    // name furniture, the rest a stamp, not the headline's second line
    let text = "Economy\nConsumer prices rose 0.3% in October as rents climbed\nEconomy Nov 13, 2026 10:05 AM EST\nBy — Ann Poe, Associated Press\nNEW YORK (AP) — Consumer prices rose 0.3% last month.\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(a.kicker().map(|k| k.as_str()), Some("Economy"), "{variant}");
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Consumer prices rose 0.3% in October as rents climbed"),
            "{variant}"
        );
        let kinds: Vec<_> = a
            .trailers()
            .iter()
            .map(|t| (t.kind(), t.as_str()))
            .collect();
        assert_eq!(
            kinds,
            [
                (T::Furniture, "Economy"),
                (T::Timestamp, "Nov 13, 2026 10:05 AM EST")
            ],
            "{variant}"
        );
        assert_eq!(
            a.dateline().map(|d| d.as_str()),
            Some("NEW YORK (AP) —"),
            "{variant}"
        );
    });
    // under a kicker, the section's name is furniture
    let text = "EXCLUSIVE\n\nEconomy Nov 13, 2026 10:05 AM EST\n\nConsumer prices rose 0.3% in October as rents climbed\n\nNEW YORK (AP) — Consumer prices rose 0.3% last month.";
    each_variant(text, |a, _, variant| {
        assert_head(
            a,
            Some("EXCLUSIVE"),
            "Consumer prices rose 0.3% in October as rents climbed",
            &[T::Furniture, T::Timestamp],
            variant,
        );
    });
    // (a mark between them, The Block's, is the kicker's)
    let text = "Markets \u{2022} May 12, 2025, 10:50AM EST\n\nTessellate raises $31 million in a Series A round\n\nBy Ann Poe\n\nBitcoin traded near $116,101 during Asian hours.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_head(
            a,
            Some("Markets \u{2022}"),
            "Tessellate raises $31 million in a Series A round",
            &[T::Timestamp],
            variant,
        );
    });
    // (an `of` before the date, as GhanaWeb prints its section: the
    // kicker, under the headline)
    let text = "Power cuts planned in parts of Accra this week\nGeneral News of Tuesday, 3 March 2026\nSource: www.ghanaweb.com\n\nThe power company has announced planned outages.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_head(
            a,
            Some("General News of"),
            "Power cuts planned in parts of Accra this week",
            &[T::Timestamp, T::Furniture],
            variant,
        );
    });
    let text =
        "Fed Holds Rates Dec 3\n\nBy Ann Poe\n\nWASHINGTON (AP) — The Fed held rates.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_head(a, None, "Fed Holds Rates Dec 3", &[], variant);
    });
}

/// A desk's or site's label ending in `News` is no one's name: the
/// Independent's trail over the headline (`News` / `UK` / `Home News`)
/// gives the kicker and furniture, not a headline and byline; a site's
/// name under the headline in one block with it over the stamp (`Loop
/// News` / `Created …`, NDTV's agency over `India News`) parts from the
/// headline as names do.
#[test]
fn news_labels_are_no_names() {
    let text = "News\nUK\nHome News\n\nSeaside town's pier reopens after nine-year restoration\n\nAnn Poe\nWednesday 22 April 2026 17:11 BST\n\nSOUTHPORT, England (AP) — Crowds lined the promenade.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_head(
            a,
            Some("News"),
            "Seaside town's pier reopens after nine-year restoration",
            &[T::Furniture, T::Furniture, T::Timestamp],
            variant,
        );
        assert_eq!(a.byline().map(|b| b.as_str()), Some("Ann Poe"), "{variant}");
    });
    for (text, byline) in [
        (
            "Island to tax sugary drinks from October\nLoop News\nCreated : 13 August 2026\n\nROSEAU, Dominica (CMC) — The island will tax sugary drinks.\n\nMore.",
            None,
        ),
        (
            "Heavy Rain Lashes Parts Of Gujarat, Schools Shut\nPress Trust of India\nIndia News\nJune 26, 2026 7:25 pm IST\n\nAhmedabad: Heavy rain lashed Gujarat on Friday.\n\nMore.",
            Some("Press Trust of India"),
        ),
    ] {
        let headline = text.split('\n').next().unwrap_or_default();
        each_variant(text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some(headline),
                "{variant}"
            );
            assert_eq!(a.byline().map(|b| b.as_str()), byline, "{variant}");
        });
    }
    // a headline's second line over the stamp that ends in `News` with a
    // small word in it, or longer than a label, stays the headline's
    for second in [
        "Residents Brace for Bad News",
        "Residents Brace For Yet More Bad News",
    ] {
        let text = format!(
            "Storm Nears Coast as Forecasters Warn\n{second}\nNovember 28, 2026\n\nMIAMI (AP) — Winds rose.\n\nMore."
        );
        let headline = format!("Storm Nears Coast as Forecasters Warn\n{second}");
        each_variant(&text, |a, _, variant| {
            let lf = a
                .headline()
                .map(|h| h.as_str().replace("\r\n", "\n").replace('\r', "\n"));
            assert_eq!(lf.as_deref(), Some(headline.as_str()), "{variant}");
        });
    }
}

/// A site's name between a headline in sentence case and its stamp, in
/// one block (Loop News' `Loop Jamaica` / `Created : 11 June 2025`,
/// `BNamericas` / `Published: …`), is a part of its own, not the
/// headline's second line. A headline wrapped at a small word, onto a
/// place, or in title case, keeps its second line.
#[test]
fn site_name_between_headline_and_stamp() {
    for (text, headline) in [
        (
            "Utility plans power cuts in two parishes\nLoop Jamaica\nCreated : 11 June 2025\n\nThe utility says customers will be without power on Thursday.\n\nMore.",
            "Utility plans power cuts in two parishes",
        ),
        (
            "Mining firm secures permit for Sonora gold project\nBNamericas\nPublished: Thursday, March 19, 2026\n\nA mining firm has secured a permit.\n\nMore.",
            "Mining firm secures permit for Sonora gold project",
        ),
        (
            "Floods close roads and schools across\nNorthern Ireland\nNovember 28, 2026\n\nRivers burst their banks overnight.\n\nMore.",
            "Floods close roads and schools across\nNorthern Ireland",
        ),
        (
            "Floods close roads and schools\nacross the north of England\nNovember 28, 2026\n\nRivers burst their banks overnight.\n\nMore.",
            "Floods close roads and schools\nacross the north of England",
        ),
        (
            "Floods close roads and schools\nAcross the Vale of York and Harrogate\nNovember 28, 2026\n\nRivers burst their banks overnight.\n\nMore.",
            "Floods close roads and schools\nAcross the Vale of York and Harrogate",
        ),
        (
            "Floods cut off villages in the\nDales, officials say\nNovember 28, 2026\n\nRivers burst their banks overnight.\n\nMore.",
            "Floods cut off villages in the\nDales, officials say",
        ),
        (
            "Floods Close Roads As Rivers Burst Their\nBanks In North Yorkshire\nNovember 28, 2026\n\nRivers burst their banks overnight.\n\nMore.",
            "Floods Close Roads As Rivers Burst Their\nBanks In North Yorkshire",
        ),
        // a headline with proper names in it over a name in title case or
        // a brand, a line of its own before the stamp or none
        (
            "Storm Ita makes landfall near Port Hedland as Category 3 system\nABC News\nTopic:Cyclones\nPosted Fri 20 Feb 2026 at 6:05am\n\nThe storm crossed the coast.\n\nMore.",
            "Storm Ita makes landfall near Port Hedland as Category 3 system",
        ),
        (
            "Ministry of Tourism unveils restored Baron Empain Palace garden\nDaily News Egypt\nNovember 27, 2026\n\nThe garden reopened.\n\nMore.",
            "Ministry of Tourism unveils restored Baron Empain Palace garden",
        ),
        (
            "Israel's jobless rate falls to 2.8% in October\ni24NEWS\n2 min read\nDecember 1st, 2026 | 11:30 am\n\nThe rate fell.\n\nMore.",
            "Israel's jobless rate falls to 2.8% in October",
        ),
        // but not over a line with a word in small letters, which wraps it
        (
            "Floods cut off three villages overnight\nagain\nNovember 28, 2026\n\nRivers burst their banks overnight.\n\nMore.",
            "Floods cut off three villages overnight\nagain",
        ),
        (
            "Floods cut off Ripon, Masham and Bedale in North Yorkshire\nAs rivers rise\nNovember 28, 2026\n\nRivers burst their banks overnight.\n\nMore.",
            "Floods cut off Ripon, Masham and Bedale in North Yorkshire\nAs rivers rise",
        ),
    ] {
        each_variant(text, |a, _, variant| {
            let lf = a
                .headline()
                .map(|h| h.as_str().replace("\r\n", "\n").replace('\r', "\n"));
            assert_eq!(lf.as_deref(), Some(headline), "{text:?} ({variant})");
            assert!(kinds_of(a).contains(&T::Timestamp), "{text:?} ({variant})");
        });
    }
    // a show's name between the headline and the byline, as NPR prints it
    let text = "Volunteer firefighters are getting older, and fewer young people are signing up\nHeard on All Things Considered\nAnn Poe\n\n4-Minute Listen\n\nAcross rural America, volunteers answer the calls.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Volunteer firefighters are getting older, and fewer young people are signing up"),
            "{variant}"
        );
        assert_eq!(a.byline().map(|b| b.as_str()), Some("Ann Poe"), "{variant}");
    });
    // a transcript's page in one block: the stamp run into its time, the
    // show, the byline, the player's controls, then the first speaker
    let text = "A chef reopens the restaurant her grandmother started\nMarch 29, 20268:05 AM ET\nHeard on Weekend Edition Sunday\nBy Ann Poe\n4-Minute Listen\nPlaylist\nDownload\nEmbed\nTranscript\nANN POE, HOST:\n\nSixty years ago, her grandmother opened a lunch counter.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("A chef reopens the restaurant her grandmother started"),
            "{variant}"
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("By Ann Poe"),
            "{variant}"
        );
        assert_eq!(
            paragraph_texts(a).first().map(String::as_str),
            Some("ANN POE, HOST:"),
            "{variant}"
        );
    });
}

/// A share bar under the headline (UN News' `Facebook Twitter Print
/// Email`) is furniture, on a page's top or not: not the byline, whose
/// names it would read as, nor the deck.
#[test]
fn share_bar_under_the_headline() {
    let text = "Humanitarian Aid\n\nAid convoy reaches border towns as arrivals surge\n\n3 December 2026\n\nFacebook Twitter Print Email\n\nA convoy of 31 trucks reached three border towns on Wednesday, aid workers said.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_head(
            a,
            Some("Humanitarian Aid"),
            "Aid convoy reaches border towns as arrivals surge",
            &[T::Timestamp, T::Furniture],
            variant,
        );
        assert!(a.byline().is_none(), "{variant}");
        assert!(a.deck().is_none(), "{variant}");
        assert_eq!(
            paragraph_texts(a).first().map(String::as_str),
            Some(
                "A convoy of 31 trucks reached three border towns on Wednesday, aid workers said."
            ),
            "{variant}"
        );
    });
    // names over the bar: the byline, the bar furniture
    let text = "Aid convoy reaches border towns as arrivals surge\n\nAnn Poe\n\nShare Tweet Email\n\nA convoy of 31 trucks reached three border towns on Wednesday.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(a.byline().map(|b| b.as_str()), Some("Ann Poe"), "{variant}");
        assert_eq!(kinds_of(a), [T::Furniture], "{variant}");
    });
}

/// With no dateline, a story run on under its byline line with no blank
/// line between (`By Ann Poe` / `Forests managed by …`), as blogs and press
/// offices print it: the first line is the byline, the rest the story. A
/// short line under the names stays the byline's title, and a paragraph
/// that opens with `By` stays the story.
#[test]
fn story_run_on_under_a_byline() {
    let story = "Forests managed by their communities lost tree cover at half the rate of others, a study found.\nThe analysis used satellite images.";
    for by in ["By Ann Poe", "By Ann Poe, Head of Product"] {
        let text = format!("Forests Lose Less Tree Cover\n\n{by}\n{story}\n\nMore.");
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Forests Lose Less Tree Cover"),
                "{variant}"
            );
            assert_eq!(a.byline().map(|b| b.as_str()), Some(by), "{variant}");
            assert_eq!(
                paragraph_texts(a)
                    .first()
                    .map(|p| p.starts_with("Forests managed")),
                Some(true),
                "{variant}"
            );
        });
    }
    each_variant(
        "Forests Lose Less Tree Cover\n\nBy Ann Poe\nStaff Writer\n\nForests managed by their communities lost less cover.",
        |a, _, variant| {
            let b = a.byline();
            assert_eq!(b.map(|b| b.as_str()), Some("By Ann Poe"), "{variant}");
            assert_eq!(b.and_then(|b| b.title()), Some("Staff Writer"), "{variant}");
        },
    );
    each_variant(
        "Forests Lose Less Tree Cover\n\nBy Friday the survey was done.\nThe analysis used satellite images of every forest in the region.\n\nMore.",
        |a, _, variant| {
            assert!(a.byline().is_none(), "{variant}");
            assert_eq!(paragraph_texts(a).len(), 2, "{variant}");
        },
    );
}

/// A page's header over several blocks with no dateline: a breadcrumb
/// trail, then the section, the headline and the standfirst run together
/// in one block, then the names and the stamp: each part is read (kicker,
/// headline, deck, byline, stamp). A hard-wrapped paragraph under a
/// headline stays the story.
#[test]
fn page_headers_over_several_blocks() {
    each_variant(
        "Home > World > Europe\n\nEurope\nFerry operator halts night crossings after second engine fire in a month\nInspectors are examining the vessel's fuel lines after passengers reported smoke in the lower lounge\n\nAnn Poe in Rotterdam\nFri 27 Nov 2026 09.14 GMT\nShare\n\nA ferry operator has suspended its crossings.\n\nMore.",
        |a, _, variant| {
            assert_eq!(a.kicker().map(|h| h.as_str()), Some("Europe"), "{variant}");
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Ferry operator halts night crossings after second engine fire in a month"),
                "{variant}"
            );
            assert_eq!(
                a.deck().map(|h| h.as_str()),
                Some(
                    "Inspectors are examining the vessel's fuel lines after passengers reported smoke in the lower lounge"
                ),
                "{variant}"
            );
            assert_eq!(
                a.byline().map(|b| b.as_str()),
                Some("Ann Poe in Rotterdam"),
                "{variant}"
            );
            assert_eq!(
                kinds_of(a),
                [T::Furniture, T::Timestamp, T::Furniture],
                "{variant}"
            );
            assert_eq!(
                paragraph_texts(a),
                ["A ferry operator has suspended its crossings.", "More."],
                "{variant}"
            );
        },
    );
    each_variant(
        "Storm Nears Coast\n\nThe storm was expected to reach\nLand Ministry officials said on Friday night that\nit would arrive.\n\nMore.",
        |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Storm Nears Coast"),
                "{variant}"
            );
            assert!(a.deck().is_none(), "{variant}");
            assert_eq!(paragraph_texts(a).len(), 2, "{variant}");
        },
    );
}

/// A web page copied as text with no blank line between its lines and no
/// dateline: the title over a stamp or a byline is the headline, with the
/// names under it the byline, the stamps and controls trailers, a site's
/// name over the title furniture and a section's name the kicker; a
/// standfirst between the title and the names stays out of the headline.
#[test]
fn page_headers_with_no_blank_lines() {
    let story = "Crews worked through the night to restore power to the harbour district after a substation failed on Monday evening, the utility said.\nAbout 40,000 homes were affected at the peak of the outage.\nThe utility said it would review its maintenance records.";
    // a broadcaster's page: title, time gone by, controls, names, role,
    // photo credit, caption
    let bbc = format!(
        "Power cut leaves harbour district dark for hours\n2 hours ago\nShare\nSave\nMarta Quill\nCoastal Service, Portwick\nGetty Images\nA substation near the harbour.\n{story}"
    );
    each_variant(&bbc, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Power cut leaves harbour district dark for hours"),
            "{variant}"
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("Marta Quill"),
            "{variant}"
        );
        assert!(a.dateline().is_none(), "{variant}");
        assert_eq!(
            kinds_of(a)[..3],
            [T::Timestamp, T::Furniture, T::Furniture],
            "{variant}"
        );
        assert!(
            paragraph_texts(a)
                .iter()
                .any(|p| p.starts_with("Crews worked")),
            "{variant}"
        );
    });
    // a blog's page: section, title, names, the author's biography, date
    let blog = format!(
        "The Blogs\nPower cut leaves harbour district dark for hours\nMarta Quill\nMarta is an engineer who lives in Portwick.\nNovember 30, 2026\n{story}"
    );
    each_variant(&blog, |a, _, variant| {
        let head = (
            a.headline().map(|h| h.as_str()),
            a.byline().map(|b| b.as_str()),
        );
        let want = "Power cut leaves harbour district dark for hours";
        assert_eq!(head, (Some(want), Some("Marta Quill")), "{variant}");
    });
    // a station's page: title, stamp, the group's standards link, the
    // station's name as its credit
    let station = format!(
        "Power cut leaves harbour district dark for hours\nUpdated: 6:22 PM CDT Apr 5, 2026\nEditorial Standards ⓘ\nWISN 12 News\nShare\n{story}"
    );
    each_variant(&station, |a, _, variant| {
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("WISN 12 News"),
            "{variant}"
        );
    });
    // a magazine's page: site's name, section, title, standfirst, names,
    // date, reading time
    let magazine = format!(
        "The Harbour Review\nCities\nPower cut leaves harbour district dark for hours\nEngineers say an ageing substation failed without warning.\nMarta Quill\nNovember 30, 2026\n6 min read\n{story}"
    );
    each_variant(&magazine, |a, _, variant| {
        assert_eq!(a.kicker().map(|h| h.as_str()), Some("Cities"), "{variant}");
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Power cut leaves harbour district dark for hours"),
            "{variant}"
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("Marta Quill"),
            "{variant}"
        );
        assert_eq!(kinds_of(a)[0], T::Furniture, "{variant}");
        assert_eq!(
            a.trailers().first().map(|t| t.as_str()),
            Some("The Harbour Review"),
            "{variant}"
        );
    });
    // a title wrapped in sentence case over a standfirst; and the header
    // alone in its block, the story in the blocks under it
    for text in [
        format!(
            "Power cut leaves harbour\ndistrict dark for hours\nEngineers say an ageing substation failed.\nBy Marta Quill\nNov 30, 2026\n{story}"
        ),
        "THE HARBOUR REVIEW\nNews | Cities | Sport | Weather\nCities\nPower cut leaves harbour district dark for hours\nBy Marta Quill\nCity Reporter\nPublished: Nov 30, 2026\n\nCrews worked through the night.\n\nMore.".to_string(),
    ] {
        each_variant(&text, |a, _, variant| {
            let headline = a.headline().map(|h| h.as_str().split_whitespace().collect::<Vec<_>>().join(" "));
            assert_eq!(
                headline.as_deref(),
                Some("Power cut leaves harbour district dark for hours"),
                "{text:?} ({variant})"
            );
            assert_eq!(a.byline().map(|b| b.as_str()), Some("By Marta Quill"), "{text:?} ({variant})");
        });
    }
    // a site's name over a menu that reads as a byline, a kicker of three
    // words over a stamp (the kicker, as in blocks of their own: the lines
    // over the title are a release's label and stamp), a place ending in a
    // stop, a desk's name as the kicker, a title in title case wrapped
    // after a small word; under the title, a link and names too long for a
    // short line
    for (text, kicker, headline, byline) in [
        (
            "Gulf Courier\nNews | Economy\nHarbour tariffs rise for a third year\nBy Marta Quill\nPublished On 30 Nov 2026\n",
            None,
            "Harbour tariffs rise for a third year",
            "By Marta Quill",
        ),
        (
            "FOR IMMEDIATE RELEASE\nNov 30, 2026\nAcme Opens Harbour Plant\nBy Marta Quill\n",
            Some("FOR IMMEDIATE RELEASE"),
            "Acme Opens Harbour Plant",
            "By Marta Quill",
        ),
        (
            "Portwick, Ore.\nHarbour tariffs rise for a third year\nBy Marta Quill\nNov 30, 2026\n",
            None,
            "Harbour tariffs rise for a third year",
            "By Marta Quill",
        ),
        (
            "KPWK News\nHarbour tariffs rise again\nBy Marta Quill\nNov 30, 2026\n",
            Some("KPWK News"),
            "Harbour tariffs rise again",
            "By Marta Quill",
        ),
        (
            "Harbour Tariffs Rise Again in\nPortwick for a Third Year\nBy Marta Quill\nNov 30, 2026\n",
            None,
            "Harbour Tariffs Rise Again in Portwick for a Third Year",
            "By Marta Quill",
        ),
        (
            "Harbour tariffs rise for a third year\n30/11/2026\nhttps://news.example/p/Xk3\nBy Marta Quill and Tomas Lindqvist\n",
            None,
            "Harbour tariffs rise for a third year",
            "By Marta Quill and Tomas Lindqvist",
        ),
    ] {
        let text = format!("{text}{story}");
        each_variant(&text, |a, _, variant| {
            let joined = a
                .headline()
                .map(|h| h.as_str().split_whitespace().collect::<Vec<_>>().join(" "));
            assert_eq!(
                a.kicker().map(|h| h.as_str()),
                kicker,
                "{text:?} ({variant})"
            );
            assert_eq!(joined.as_deref(), Some(headline), "{text:?} ({variant})");
            assert_eq!(
                a.byline().map(|b| b.as_str()),
                Some(byline),
                "{text:?} ({variant})"
            );
            assert!(
                paragraph_texts(a)
                    .first()
                    .is_some_and(|p| p.starts_with("Crews worked")),
                "{text:?} ({variant})"
            );
        });
    }
    // an outlet under the names, over the stamp; a standfirst with no stop
    // under a long title
    for (text, headline) in [
        (
            "Hundreds flee as wildfire jumps highway\nMarta Quill\nThe Evening Ledger\nPublished 3:24 p.m. ET Nov. 30, 2026\n",
            "Hundreds flee as wildfire jumps highway",
        ),
        (
            "The Quiet End of the Harbour Fair\nAttendance is down, but something else is going on\nMarta Quill\nNov 30, 2026\n",
            "The Quiet End of the Harbour Fair",
        ),
    ] {
        let text = format!("{text}{story}");
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some(headline),
                "{variant}"
            );
            assert_eq!(
                a.byline().map(|b| b.as_str()),
                Some("Marta Quill"),
                "{variant}"
            );
        });
    }
    // the story hard-wrapped under the header
    let wrapped = "Comment\nWhy I finally gave up on my car\nTwo years without a steering wheel taught me more about the town\nBy Marta Quill\nUpdated 10:12 AM ET July 9, 2026\nI sold my car on a wet Tuesday to a man who haggled me down by $200\nand then asked, twice, whether I was sure.\n\nMore.";
    each_variant(wrapped, |a, _, variant| {
        assert_eq!(a.kicker().map(|h| h.as_str()), Some("Comment"), "{variant}");
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Why I finally gave up on my car"),
            "{variant}"
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("By Marta Quill"),
            "{variant}"
        );
    });
    // a headline in sentence case under a site's name is no standfirst
    let paper = format!(
        "The Evening Ledger\nHundreds flee as wildfire jumps highway\nMarta Quill\nPublished 3:24 p.m. ET Nov. 30, 2026\n{story}"
    );
    each_variant(&paper, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Hundreds flee as wildfire jumps highway"),
            "{variant}"
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("Marta Quill"),
            "{variant}"
        );
    });
    // the story's short line under a `By` byline and its stamp, with more
    // blocks under it: the header, then the story
    let short = "Power cut leaves harbour district dark for hours\nBy Marta Quill\nNov 30, 2026\nCrews worked through the night.\n\nMore.";
    each_variant(short, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Power cut leaves harbour district dark for hours"),
            "{variant}"
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("By Marta Quill"),
            "{variant}"
        );
        assert_eq!(
            paragraph_texts(a),
            ["Crews worked through the night.", "More."],
            "{variant}"
        );
    });
    // no stamp or byline under the title; a sentence over it; the story's
    // short line under the stamp with no block after it: no page header
    for text in [
        format!("Power cut leaves harbour district dark for hours\nMarta Quill\nCoastal Service\n{story}"),
        format!("The utility apologised to its customers.\nPower cut leaves harbour district dark for hours\nBy Marta Quill\nNov 30, 2026\n{story}"),
        "Power cut leaves harbour district dark for hours\nBy Marta Quill\nNov 30, 2026\nCrews worked through the night.".to_string(),
        // (six lines over the title: more than a page's furniture)
        format!("Harbour\nQuay\nDocks\nPiers\nSlipways\nMoorings\nPower cut leaves harbour district dark for hours\nBy Marta Quill\nNov 30, 2026\n{story}"),
    ] {
        each_variant(&text, |a, _, variant| {
            assert!(a.headline().is_none(), "{text:?} ({variant})");
            assert!(a.byline().is_none(), "{text:?} ({variant})");
        });
    }
}

/// A standfirst under the headline with the names under it, in one block
/// over the dateline: the kicker over them stays the kicker, the standfirst
/// is no part of the headline, and the names (with no stamp under them) are
/// the byline.
#[test]
fn standfirst_over_names_in_one_block() {
    let text = "POLITICS\nHarbour board approves new ferry terminal\nThe terminal will open next spring.\nMarta Quill, Staff Writer\nVARNA, June 12 (BTA) - The harbour board on Thursday approved a new ferry terminal.\n\nWork starts in March.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.kicker().map(|h| h.as_str()),
            Some("POLITICS"),
            "{variant}"
        );
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Harbour board approves new ferry terminal"),
            "{variant}"
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("Marta Quill, Staff Writer"),
            "{variant}"
        );
        assert_eq!(
            a.dateline().map(|d| d.as_str()),
            Some("VARNA, June 12 (BTA) -"),
            "{variant}"
        );
    });
    // a sentence of story over names is no standfirst's block: the names
    // under it start a part only in the header
    let story = "Harbour board approves new ferry terminal\nThe terminal will open next spring, officials said on Thursday.\nMarta Quill\n\nWork starts in March.";
    each_variant(story, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Harbour board approves new ferry terminal"),
            "{variant}"
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("Marta Quill"),
            "{variant}"
        );
    });
}

/// A site's name and section parted by a bar over the headline (`The
/// Valley Sentinel | Nation & State`), on the header's first line or in a
/// block of its own, is furniture; a page's title with its site's name is
/// not.
#[test]
fn site_bars_over_the_headline() {
    let story = "PORTLAND, Ore. (AP) — A strike by ferry crews stranded thousands of commuters on Monday.\n\nMore.";
    for text in [
        format!(
            "The Harbour Review | Nation & State\nFerry Strike Strands Thousands in Portland\nBy Marta Quill Associated Press\nNovember 30, 2026\n\n{story}"
        ),
        format!(
            "The Harbour Review | Nation & State\n\nFerry Strike Strands Thousands in Portland\n\nBy Marta Quill Associated Press\n\n{story}"
        ),
    ] {
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Ferry Strike Strands Thousands in Portland"),
                "{text:?} ({variant})"
            );
            assert_eq!(
                a.trailers().first().map(|t| (t.kind(), t.as_str())),
                Some((T::Furniture, "The Harbour Review | Nation & State")),
                "{text:?} ({variant})"
            );
        });
    }
    // (a headline wrapped under the bar stays one)
    let wrapped = format!(
        "The Harbour Review | Nation & State\nFerry Strike Strands Thousands\nof Commuters in Portland\nBy Marta Quill Associated Press\n\n{story}"
    );
    each_variant(&wrapped, |a, _, variant| {
        assert_headline_dateline(
            a,
            "Ferry Strike Strands Thousands\nof Commuters in Portland",
            "PORTLAND, Ore. (AP) —",
            variant,
        );
    });
    let tag = format!(
        "Ferry Strike Strands Thousands | Example News\nCrews walked out over pay\n\n{story}"
    );
    each_variant(&tag, |a, _, variant| {
        assert!(
            a.trailers().iter().all(|t| t.kind() != T::Furniture),
            "{variant}"
        );
    });
}

/// A section's name of one word in a block of its own over the headline
/// (`Weekend`, `GARDENING`) is the kicker; in the headline's block it stays
/// the headline, as [`web_page_tops`] holds (`England` over a standfirst).
#[test]
fn one_word_sections_over_the_headline() {
    for (text, kicker) in [
        (
            "Weekend\n\nThe last ferry keeper of the harbour\n\nBy Marta Quill\n\nFor sixteen years one man has kept the crossing running.\n\nMore.",
            "Weekend",
        ),
        (
            "GARDENING\n\nThe last ferry keeper of the harbour\n\nPosted by Marta Quill\n\n14 Apr 2026\n\nFor sixteen years one man has kept the crossing running.\n\nMore.",
            "GARDENING",
        ),
    ] {
        each_variant(text, |a, _, variant| {
            assert_eq!(a.kicker().map(|h| h.as_str()), Some(kicker), "{variant}");
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("The last ferry keeper of the harbour"),
                "{variant}"
            );
        });
    }
    // two words in a block of their own stay the headline
    let text = "Harbour Notes\n\nThe last ferry keeper of the harbour\n\nBy Marta Quill\n\nFor sixteen years one man has kept the crossing running.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert!(a.kicker().is_none(), "{variant}");
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Harbour Notes"),
            "{variant}"
        );
    });
}

/// The New York Times archive repeats a story's lead paragraph under a
/// `LEAD: ` label over the story: the dateline after the label is read,
/// the label is furniture; a label over no dateline names no place.
#[test]
fn archive_lead_labels() {
    let text = "Floods Displace Thousands After Days of Rain\nBy ANN POE\n\nLEAD: BEIJING, March 25 — Floodwaters forced more than 11,900 people from their homes in and around Beijing today after four days of torrential rain caused rivers to burst their banks, officials said.\n\nBEIJING, March 25 — Floodwaters forced more than 11,900 people from their homes in and around Beijing today after four days of torrential rain caused rivers to burst their banks, officials said.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.dateline().map(|d| d.as_str()),
            Some("BEIJING, March 25 —"),
            "{variant}"
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("By ANN POE"),
            "{variant}"
        );
        assert_eq!(
            a.trailers().first().map(|t| (t.kind(), t.as_str())),
            Some((T::Furniture, "LEAD:")),
            "{variant}"
        );
        assert!(
            paragraph_texts(a)
                .first()
                .is_some_and(|p| p.starts_with("Floodwaters forced")),
            "{variant}"
        );
    });
    let text = "Council Votes to Close Bridge\nBy ANN POE\n\nLEAD: The council voted on Tuesday to close the old bridge for repairs, officials said.\n\nThe council voted on Tuesday to close the old bridge for repairs, officials said.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert!(a.dateline().is_none(), "{variant}");
        assert!(a.trailers().is_empty(), "{variant}");
    });
}

/// Wire copy as archives keep it, with no blank lines: the title, AP's
/// byline and role, and the story hard-wrapped with each paragraph's first
/// line indented deeper than the title. The title and byline are the
/// header; a page's stray indents (a stamp, a caption) mark no story.
#[test]
fn titles_over_indented_wire_paragraphs() {
    let story = "   Marta Quill broke the course record at the Riverfront\nMarathon on Wednesday, finishing in 2 hours 7 minutes to win\nby more than a minute.\n   The previous record had stood for 11 years, race officials\nsaid after the finish.\n";
    for (text, byline) in [
        (
            format!(
                "Runner Smashes Course Record in Marathon\nBy TOM ROE\nAssociated Press Writer\n{story}"
            ),
            Some("By TOM ROE"),
        ),
        (
            format!("Runner Smashes Course Record in Marathon\n{story}"),
            None,
        ),
    ] {
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Runner Smashes Course Record in Marathon"),
                "{variant}"
            );
            let lf = |s: &str| s.replace("\r\n", "\n").replace('\r', "\n");
            assert_eq!(
                a.byline().map(|b| lf(b.as_str())).as_deref(),
                byline,
                "{variant}"
            );
            assert_eq!(paragraph_texts(a).len(), 2, "{variant}");
        });
    }
    // a page's lines at a stray indent under the title, short or over
    // short names: no wire paragraphs
    for (text, byline) in [
        (
            "Runner smashes course record in marathon\n 2 hours ago\nThe previous record had stood for 11 years, race officials said after the finish on a cold Wednesday morning.\n A runner crosses the line.\nMore runners finished later.\n",
            None,
        ),
        (
            "Runner smashes course record in marathon\n\tOfficials say the course will be used again next spring.\nMarta Quill\nSep 19, 2026\nThe previous record had stood for 11 years, race officials said after the finish on a cold Wednesday morning.\n\tThis story first appeared in The Harbour Review.\n",
            Some("Marta Quill"),
        ),
    ] {
        each_variant(text, |a, _, variant| {
            assert!(
                has_trailer(a, T::Timestamp, |_| true),
                "{text:?} ({variant})"
            );
            assert_eq!(
                a.byline().map(|b| b.as_str()),
                byline,
                "{text:?} ({variant})"
            );
        });
    }
    // a page's lines at three indents, or a headline and standfirst at a
    // stray indent: no wire copy's paragraphs
    for text in [
        "Cities\n Harbour Tolls to Rise for the Third Year Running in Portwick\nOfficials say the money will pay for repairs to the old quay walls.\nBy Marta Quill\n\t16 February 2026\n12 min read\n\nThe harbour board announced on Monday that tolls would rise.\n\nMore.",
        "Cities\n\u{a0}Harbour Tolls to Rise for the Third Year Running in Portwick\n\u{a0}Officials say the money will pay for repairs to the old quay walls.\nBy Marta Quill\nApr 11, 2026\n6 min read\n\nThe harbour board announced on Monday that tolls would rise.\n\nMore.",
    ] {
        each_variant(text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Harbour Tolls to Rise for the Third Year Running in Portwick"),
                "{text:?} ({variant})"
            );
            assert_eq!(
                a.byline().map(|b| b.as_str()),
                Some("By Marta Quill"),
                "{text:?} ({variant})"
            );
        });
    }
    // a page's title over a stamp at a stray indent, short lines and the
    // story: no wire paragraphs
    let page = "Runner smashes course record in marathon\n 2 hours ago\nMarta Quill\n A runner crosses the line.\nThe previous record had stood for 11 years, race officials said after the finish on a cold Wednesday morning.\n";
    each_variant(page, |a, _, variant| {
        assert!(has_trailer(a, T::Timestamp, |_| true), "{variant}");
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("Marta Quill"),
            "{variant}"
        );
    });
}

/// A paper's name alone over the headline, in a block of its own or over
/// the page's time stamp in the headline's block, is furniture; a
/// headline ending in a word papers are named with stays the headline.
#[test]
fn mastheads_over_the_headline() {
    let story = "LEEDS (PA) - Councillors in Leeds voted 16 to 7 on Tuesday to approve a plan for 400 homes.\n\nMore.";
    for text in [
        format!(
            "FENLAND GAZETTE\n\nCouncil approves 400 new homes on former rail yard\n\nBy Marta Quill\n\n{story}"
        ),
        format!(
            "The Fenland Ledger\nJune 6, 2026\nCouncil approves 400 new homes on former rail yard\nBy Marta Quill\n\n{story}"
        ),
        format!(
            "FENLAND LEDGER\nMarch 14, 2026 at 10:18 a.m. ET\nNATIONAL\nCouncil approves 400 new homes on former rail yard\nResidents say the plan is long overdue\nBy Marta Quill\n\n{story}"
        ),
    ] {
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Council approves 400 new homes on former rail yard"),
                "{text:?} ({variant})"
            );
            assert_eq!(
                a.byline().map(|b| b.as_str()),
                Some("By Marta Quill"),
                "{text:?} ({variant})"
            );
            assert_eq!(
                a.trailers().first().map(|t| t.kind()),
                Some(T::Furniture),
                "{text:?} ({variant})"
            );
        });
    }
    let text =
        format!("Hard Times\n\nShoppers cut back as prices climb\n\nBy Marta Quill\n\n{story}");
    assert_headline_each(&text, Some("Hard Times"));
}

/// The reporter's address under a byline and its role (`By Ann Poe` /
/// `Senior Reporter` / `apoe@example.com`) keeps the byline; a third line
/// that is no address is no byline's.
#[test]
fn addresses_under_a_byline_and_role() {
    let text = "Council approves 400 new homes\n\nBy Marta Quill\nSenior Reporter\nmarta.quill@example.com\n\nLEEDS (PA) - Councillors voted 16 to 7 on Tuesday.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.byline().map(|b| b.as_str().lines().next().unwrap_or("")),
            Some("By Marta Quill"),
            "{variant}"
        );
        assert_eq!(
            a.byline().map(|b| b.authors().collect::<Vec<_>>()),
            Some(vec!["Marta Quill"]),
            "{variant}"
        );
    });
    let text = "Council approves 400 new homes\n\nBy Marta Quill\nSenior Reporter\nThe council met.\n\nLEEDS (PA) - Councillors voted 16 to 7 on Tuesday.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert!(a.byline().is_none(), "{variant}");
    });
}

/// A standfirst under a one-line headline with a line over a time stamp
/// under it (the names and role as one line, which read as no names) is
/// parted from the headline, and the section's name over them stays the
/// kicker.
#[test]
fn standfirst_over_a_line_over_a_stamp() {
    let text = "The Harbour Herald\nEnvironment\nBeavers to be released on the moor in first licensed release\nConservation groups say the animals will help slow flooding\nMarta Quill South-west England correspondent\nSun 29 Nov 2026 07.00 GMT\n\nTwo families of beavers will be released next spring.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.kicker().map(|h| h.as_str()),
            Some("Environment"),
            "{variant}"
        );
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Beavers to be released on the moor in first licensed release"),
            "{variant}"
        );
    });
}

/// Bloomberg's summary of two points in sentence case under a headline in
/// title case, over the byline in the same block, is the deck, and the
/// section's name over the headline stays the kicker; a headline in title
/// case wrapped onto a second line in title case stays whole. The byline
/// may stand in a block of its own under the deck, as the web page prints
/// it, with its stamps under it.
#[test]
fn two_point_deck_over_a_byline() {
    let text = "Business\nHarbor Cranes Stall as Dockworkers Extend Strike Into Second Week\nContainer traffic at the port fell by half since Monday\nShippers are rerouting cargo to terminals farther south\nBy Marta Quill\nApril 21, 2026 at 3:00 AM EDT\n\n(Bloomberg) -- Container traffic at the harbor fell by half this week as a strike by dockworkers entered its eighth day.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.kicker().map(|h| h.as_str()),
            Some("Business"),
            "{variant}"
        );
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Harbor Cranes Stall as Dockworkers Extend Strike Into Second Week"),
            "{variant}"
        );
        assert_eq!(
            a.deck().map(|h| h
                .as_str()
                .split(['\n', '\r'])
                .filter(|l| !l.is_empty())
                .count()),
            Some(2),
            "{variant}"
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("By Marta Quill"),
            "{variant}"
        );
    });
    let text = "Markets\nHarbor Cranes Stall as Dockworkers Extend Strike Into Second Week\nContainer traffic at the port fell by half since Monday\nShippers may reroute up to 2 million tons of cargo in May\n\nBy Marta Quill and Tomas Reyes\nApril 21, 2026 at 3:00 AM EDT\nUpdated on April 21, 2026 at 5:12 AM EDT\n\nContainer traffic at the harbor fell by half this week as a strike by dockworkers entered its eighth day.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Harbor Cranes Stall as Dockworkers Extend Strike Into Second Week"),
            "{variant}"
        );
        assert_eq!(
            a.deck().map(|h| h.normalized()).as_deref(),
            Some(
                "Container traffic at the port fell by half since Monday Shippers may reroute up to 2 million tons of cargo in May"
            ),
            "{variant}"
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("By Marta Quill and Tomas Reyes"),
            "{variant}"
        );
    });
    let text = "Harbor Cranes Stall as Dockworkers\nExtend Strike Into Second Week\nBy Marta Quill\n\n(Bloomberg) -- Container traffic at the harbor fell by half this week.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.normalized()).as_deref(),
            Some("Harbor Cranes Stall as Dockworkers Extend Strike Into Second Week"),
            "{variant}"
        );
    });
}

/// A web page's top copied with blank lines between its lines (the site's
/// name, its controls, one or a line each, its menu, a breadcrumb trail) is
/// furniture over the header, as in one block, and the header under it is
/// read as far as without it; a menu under the headline leaves it the
/// headline.
#[test]
fn page_tops_in_blocks_of_their_own() {
    let text = "WQXJ Action 4 News\n\nWatch Live\n\nNews | Weather | Traffic | Closings | Contests | Watch\n\nHome > News > Local\n\nBackyard hens approved as council splits\n\nBy Marta Quill, WQXJ Action 4 News\n\nPublished Nov. 28, 2026\n\nThe ordinance passed 6-3 on Tuesday night.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Backyard hens approved as council splits"),
            "{variant}"
        );
        assert_eq!(
            a.trailers().first().map(|t| (t.kind(), t.as_str())),
            Some((T::Furniture, "WQXJ Action 4 News")),
            "{variant}"
        );
        assert!(
            a.byline()
                .is_some_and(|b| b.as_str().starts_with("By Marta Quill")),
            "{variant}"
        );
    });
    let text = "Backyard hens approved as council splits in a late vote\n\nNews | Weather | Traffic | Closings | Contests | Watch\n\nBy Marta Quill\n\nThe ordinance passed 6-3 on Tuesday night.\n\nMore.";
    assert_headline_each(
        text,
        Some("Backyard hens approved as council splits in a late vote"),
    );
    // controls run together on the page's first line, a paper's name and a
    // section bar under it, in one block
    let text = "Menu  Search  Sign In\nTHE GAZETTE-HERALD\nSports | High School | Football\nRidgeview rallies past Lakeside to reach first state semifinal\nBy Marta Quill\nSports Reporter\nPublished: Nov. 28, 2026, 12:41 a.m.\n\nRidgeview's quarterback threw for 300 yards and three touchdowns as the Rams came back from 17 points down on Friday night.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Ridgeview rallies past Lakeside to reach first state semifinal"),
            "{variant}"
        );
        assert_eq!(
            a.trailers().first().map(|t| t.kind()),
            Some(T::Furniture),
            "{variant}"
        );
    });
    // controls a line each in one block among the page's top; under the
    // headline and its standfirst, the names over their paper, in one block
    let text = "Skip to content\n\nSUBSCRIBE NOW  |  LOG IN\n\nRed River Gazette-Star\n\nHome | News | Local | Sports | Obits | Opinion\n\nMenu\nSearch\n\nLocal\n\nValley hospital breaks ground on $80 million ER expansion\n\nEmergency visits have climbed about 30% since 2019.\n\nMarta Quill\nRed River Gazette-Star\n\nSun, January 25th 2026 at 9:43 PM\n\nValley Mercy Hospital broke ground Sunday on an expansion of its emergency department.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Valley hospital breaks ground on $80 million ER expansion"),
            "{variant}"
        );
        let byline = a.byline();
        assert_eq!(byline.map(|b| b.as_str()), Some("Marta Quill"), "{variant}");
        assert_eq!(
            byline.and_then(|b| b.affiliation()),
            Some("Red River Gazette-Star"),
            "{variant}"
        );
        assert!(
            has_trailer(a, T::Furniture, |t| t.starts_with("Menu")),
            "{variant}"
        );
    });
    // a paper's name under a control in one block, a menu under them,
    // then a section over the headline, its byline and stamp in one block
    let text = "Skip to main content\nRED RIVER GAZETTE-STAR\n\nToday's e-Edition\n\nNews | Sports | Obituaries | Opinion | Business\n\nLOCAL NEWS\n'We never thought about quitting': family reopens taqueria\nBy MARTA QUILL\nPosted: Jul 2, 2025 / 12:18 PM CDT\n\nEleven months after a kitchen fire, the family reopened the restaurant this week.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("'We never thought about quitting': family reopens taqueria"),
            "{variant}"
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("By MARTA QUILL"),
            "{variant}"
        );
    });
    // a menu with a list's marks, as text stripped of its links keeps it
    let text = "Skip to content\n* Travel\n* World\n* Sport\nSubscribe\nSign In\n\nFeatures\n\nRetired mail carrier trains for a first marathon at 77\n\nBy Marta Quill\n\nPublished Nov. 28, 2026\n\nCallum Whitlock walked a mail route for most of a working life.\n\nMore.";
    assert_headline_each(
        text,
        Some("Retired mail carrier trains for a first marathon at 77"),
    );
    // a short headline (over two lines, or over a byline or a stamp) with
    // a menu under them: no page's top
    for text in [
        "Hens approved\nafter late vote\n\nNews  Weather  Traffic  Closings\n\nBy Marta Quill\n\nThe ordinance passed 6-3 on Tuesday night.\n\nMore.",
        "Hens Approved\n\nBy Marta Quill\n\nNews  Weather  Traffic  Closings\n\nThe ordinance passed 6-3 on Tuesday night.\n\nMore.",
        "Hens Approved\n\nNov. 28, 2026\n\nNews  Weather  Traffic  Closings\n\nThe ordinance passed 6-3 on Tuesday night.\n\nMore.",
    ] {
        each_variant(text, |a, _, variant| {
            let lf = |s: &str| s.replace("\r\n", "\n").replace('\r', "\n");
            assert!(
                a.headline()
                    .is_some_and(|h| lf(h.as_str()).starts_with("Hens")),
                "{text:?} ({variant})"
            );
        });
    }
    // a control alone over a section's name, in a block of two lines (the
    // New York Times' links run together: `Skip to contentSkip to site
    // index` / `Obituaries`)
    for top in ["Skip to content", "Skip to contentSkip to site index"] {
        let text = format!(
            "{top}\nObituaries\n\nBartholomew Quine, Whose Crosswords Tormented a Nation, Dies at 93\n\nBy Anita Rao-Whitman\n\nBartholomew Quine died on Friday in Northampton, Mass. He was 93.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Bartholomew Quine, Whose Crosswords Tormented a Nation, Dies at 93"),
                "{variant}"
            );
            assert_eq!(
                a.kicker().map(|h| h.as_str()),
                Some("Obituaries"),
                "{variant}"
            );
            assert_eq!(
                a.trailers().first().map(|t| (t.kind(), t.as_str())),
                Some((T::Furniture, top)),
                "{variant}"
            );
        });
    }
}

/// A science news service's release: `NEWS RELEASE` and its day on one line
/// is the kicker and a stamp, not a dateline (`NEWS RELEASE` is no place);
/// the release's type under the headline (`Peer-Reviewed Publication`)
/// and the issuer's name under the type are furniture, in blocks of their
/// own or in one, and the story's own dateline is read under them. An
/// institution's name alone under a headline is no one's byline; a
/// headline that opens with the label's words stays the headline.
#[test]
fn science_releases() {
    let blocks = "NEWS RELEASE 28-NOV-2026\n\nSoil sensors read moisture from orbit\n\nPeer-Reviewed Publication\n\nNorthfield Institute of Technology\n\nEngineers in Northfield have flown a sensor that reads soil moisture from a small satellite.\n\nThe team flew it for two seasons.";
    each_variant(blocks, |a, _, variant| {
        assert_head(
            a,
            Some("NEWS RELEASE"),
            "Soil sensors read moisture from orbit",
            &[T::Timestamp, T::Furniture, T::Furniture],
            variant,
        );
        assert!(a.dateline().is_none(), "{variant}");
        assert!(a.byline().is_none(), "{variant}");
        assert!(a.deck().is_none(), "{variant}");
        assert!(
            a.paragraphs()
                .next()
                .is_some_and(|p| p.as_str().starts_with("Engineers")),
            "{variant}"
        );
    });
    let one_block = "NEWS RELEASE 28-NOV-2026\nGrant funds a study of coastal flooding\nGrant and Award\nMarlow University\n\nMARLOW, Mass. -- A new grant will pay for five years of work on coastal flooding.\n\nMore.";
    each_variant(one_block, |a, _, variant| {
        assert_head(
            a,
            Some("NEWS RELEASE"),
            "Grant funds a study of coastal flooding",
            &[T::Timestamp, T::Furniture, T::Furniture],
            variant,
        );
        assert_eq!(
            a.dateline().map(|d| d.as_str()),
            Some("MARLOW, Mass. --"),
            "{variant}"
        );
        assert!(a.byline().is_none(), "{variant}");
    });
    // the service's page copied whole, no blank line: the picture's
    // caption, the button that opens it and its credit under the issuer
    for caption in [
        "[IMAGE] Surveyors map the marsh at low tide.",
        "IMAGE: Surveyors map the marsh at low tide.",
    ] {
        let page = format!(
            "NEWS RELEASE 28-NOV-2026\nGrant funds a study of coastal flooding\nGrant and Award Announcement\nMarlow University\n{caption}\nview more \nCredit: Ann Poe/Marlow University Coastal Laboratory\nMARLOW, Mass.\u{2014}Nov. 28, 2026\u{2014}A new grant will pay for five years of work on coastal flooding.\nThe team starts in spring."
        );
        each_variant(&page, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Grant funds a study of coastal flooding"),
                "{variant}"
            );
            assert_eq!(
                a.dateline().map(|d| d.as_str()),
                Some("MARLOW, Mass.\u{2014}Nov. 28, 2026\u{2014}"),
                "{variant}"
            );
            assert!(a.byline().is_none(), "{variant}");
        });
    }
    // each of those lines alone between the headline and the dateline
    for line in [
        "Grant and Award Announcement",
        "[IMAGE] Surveyors map the marsh at low tide.",
        "view more",
        "Credit: Ann Poe/Marlow University Coastal Laboratory",
    ] {
        let page = format!(
            "Grant funds a study of coastal flooding\n{line}\nMARLOW, Mass.\u{2014}Nov. 28, 2026\u{2014}A new grant will pay for five years of work on coastal flooding.\nThe team starts in spring."
        );
        each_variant(&page, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Grant funds a study of coastal flooding"),
                "{variant}"
            );
            assert!(a.dateline().is_some(), "{variant}");
        });
    }
    // a university's release: its contact block under the label, the
    // headline in a block of its own
    let contact = "NEWS RELEASE\nMedia contact:\nAnn Poe\napoe@marlow.edu\n555-0187\n\nSurveyors find the marsh rising\n\nMARLOW, Mass. \u{2013} The marsh rose by a hand's width in ten years, surveyors said.\n\nMore.";
    each_variant(contact, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Surveyors find the marsh rising"),
            "{variant}"
        );
        assert_eq!(
            a.dateline().map(|d| d.as_str()),
            Some("MARLOW, Mass. \u{2013}"),
            "{variant}"
        );
    });
    // a short first paragraph under the type is the story's
    let short = "NEWS RELEASE 28-NOV-2026\n\nSoil sensors read moisture from orbit\n\nPeer-Reviewed Publication\n\nThe sensor flew for two seasons.\n\nIt worked.";
    each_variant(short, |a, _, variant| {
        assert_eq!(
            a.paragraphs().next().map(|p| p.as_str()),
            Some("The sensor flew for two seasons."),
            "{variant}"
        );
    });
    // a university's own page: its name under the headline credits no one
    let page = "Marlow team maps the coast's oldest dunes\n\nMarlow University\n\nGeologists at Marlow have dated the dunes along the bay.\n\nMore.";
    each_variant(page, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Marlow team maps the coast's oldest dunes"),
            "{variant}"
        );
        assert!(a.byline().is_none(), "{variant}");
    });
    // the label's words opening a headline, with a date in it
    let headline =
        "NEWS RELEASE 28-NOV-2026 draws a crowd of reporters\n\nThe agency's office was full.";
    each_variant(headline, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("NEWS RELEASE 28-NOV-2026 draws a crowd of reporters"),
            "{variant}"
        );
        assert!(a.kicker().is_none(), "{variant}");
    });
}

/// A desk's label in a block of its own over the headline is the kicker:
/// up to three words ending in a desk's word (`Club News`, `Match report`,
/// `Press Releases`, a digest's `World in Brief`), or up to four in capitals over a headline in sentence
/// case and its deck (`LOCAL POLITICS`), or two names in capitals joined
/// over a headline in sentence case whatever is under it (`PORTS &
/// SHIPPING`), or in mixed case over one in any case (`Crime & Safety`),
/// or up to three in title case over a headline in sentence case and its
/// deck (`Chalkbeat Tennessee`, `Deep Dive`). An old paper's headline in
/// capitals over its deck in title case, a headline in capitals over its
/// deck in sentence case, a short headline over its deck and a label over
/// a byline are read as before.
#[test]
fn desk_labels_over_the_headline() {
    let story = "\n\nBy Ann Poe\n\nThe club said on Friday that the striker had signed until 2029.\n\nMore.";
    for (head, kicker, headline) in [
        (
            "Club News\n\nAmankwah commits his future to the club",
            Some("Club News"),
            "Amankwah commits his future to the club",
        ),
        (
            "Match report\n\nVale come from behind to beat Ashbourne Town",
            Some("Match report"),
            "Vale come from behind to beat Ashbourne Town",
        ),
        // (a company's newsroom page over its release, the date between)
        (
            "NEWSROOM\n\nMarch 29, 2024\n\nMossbank to Present at Upcoming Investor Conference",
            Some("NEWSROOM"),
            "Mossbank to Present at Upcoming Investor Conference",
        ),
        (
            "LOCAL POLITICS\n\nMayor's race draws a record field of candidates\n\nFiling closed at noon Monday",
            Some("LOCAL POLITICS"),
            "Mayor's race draws a record field of candidates",
        ),
        // two names in capitals joined, a section's, over a headline in
        // sentence case and the byline
        (
            "PORTS & SHIPPING\n\nHarbor board approves a second container crane",
            Some("PORTS & SHIPPING"),
            "Harbor board approves a second container crane",
        ),
        // (in mixed case joined by `&` over a headline in title case:
        // Patch's sections)
        (
            "Crime & Safety\n\nRidgefield Police Blotter: Fraud Calls, Car Break-Ins",
            Some("Crime & Safety"),
            "Ridgefield Police Blotter: Fraud Calls, Car Break-Ins",
        ),
        // (not a phrase in sentence case, nor over a headline of two
        // lines: a short headline over its deck)
        (
            "Fish & chips\n\nHarbor shop closes after 40 years",
            None,
            "Fish & chips",
        ),
        (
            "Tom & Jerry\n\nCartoon duo returns to screens\nin a reboot next spring",
            None,
            "Tom & Jerry",
        ),
        (
            "TRADE AND TARIFFS\n\nPort fees rise for the third time this year",
            Some("TRADE AND TARIFFS"),
            "Port fees rise for the third time this year",
        ),
        // a digest's label over its first item's headline
        (
            "WORLD IN BRIEF\n\nFerry service resumes across the strait",
            Some("WORLD IN BRIEF"),
            "Ferry service resumes across the strait",
        ),
        (
            "Area briefs\n\nFire damages a garage on Pell Road",
            Some("Area briefs"),
            "Fire damages a garage on Pell Road",
        ),
        // (a paper's page of death notices over the name)
        (
            "In Memoriam\n\nGOLDFARB, Bernard \"Bernie\"",
            Some("In Memoriam"),
            "GOLDFARB, Bernard \"Bernie\"",
        ),
        (
            "Death Notices\n\nOSTROWSKI, Evelyn F.",
            Some("Death Notices"),
            "OSTROWSKI, Evelyn F.",
        ),
        (
            "LIVE UPDATES\n\nWinter storm live updates: snow closes the Thruway",
            Some("LIVE UPDATES"),
            "Winter storm live updates: snow closes the Thruway",
        ),
        (
            "THE WAR IN UKRAINE\n\nAt a field hospital, medics count the hours between shellings\n\nSurgeons work in a school basement",
            Some("THE WAR IN UKRAINE"),
            "At a field hospital, medics count the hours between shellings",
        ),
        // up to three words in title case over a headline in sentence case
        // and its standfirst: a site's edition, a desk's or a newsletter's
        // name
        (
            "Chalkbeat Tennessee\n\nHigh-dosage tutoring gains persist, study finds\n\nThe district plans to widen the program.",
            Some("Chalkbeat Tennessee"),
            "High-dosage tutoring gains persist, study finds",
        ),
        (
            "Deep Dive\n\nCorbel Freight opens a fulfillment center near Columbus\n\nThe site will serve clients across the Midwest",
            Some("Deep Dive"),
            "Corbel Freight opens a fulfillment center near Columbus",
        ),
        (
            "The Frontier Notebook\n\nA school goes underground in Kharkiv\n\nClasses resume in a converted metro passage.",
            Some("The Frontier Notebook"),
            "A school goes underground in Kharkiv",
        ),
        (
            "Off the Shelf\n\nWhy everyone is suddenly reading sensation novels\n\nA book club craze and three new reissues",
            Some("Off the Shelf"),
            "Why everyone is suddenly reading sensation novels",
        ),
        // (but four words in title case, or a short line in sentence case,
        // over a headline and its deck are the headline)
        (
            "Storm Nears The Coast\n\nResidents told to leave as the winds reach 100 mph\n\nForecasters expect landfall on Friday.",
            None,
            "Storm Nears The Coast",
        ),
        (
            "Storm nears coast\n\nResidents told to leave as the winds reach 100 mph\n\nForecasters expect landfall on Friday.",
            None,
            "Storm nears coast",
        ),
        // a headline in capitals over its deck
        (
            "STORM HITS COAST\n\nResidents told to leave as the winds reach 100 mph",
            None,
            "STORM HITS COAST",
        ),
        (
            "STORM HITS COAST\n\nResidents told to leave as the winds reach 100 mph\n\nUpdated 10:45 a.m. ET",
            None,
            "STORM HITS COAST",
        ),
        // two words in capitals over a deck and the byline: a wire's
        // headline as often as a section's name
        (
            "STORM WARNING\n\nResidents told to leave as the winds reach 100 mph",
            None,
            "STORM WARNING",
        ),
        // an old paper's decks; a headline and its deck
        (
            "SENATE PASSES TARIFF BILL\n\nVote Is 48 to 37 After Long Debate",
            None,
            "SENATE PASSES TARIFF BILL",
        ),
        (
            "Storm nears coast\n\nResidents told to leave as the winds reach 100 mph",
            None,
            "Storm nears coast",
        ),
        (
            "Striker signs on\n\nAmankwah commits his future to the club",
            None,
            "Striker signs on",
        ),
        // a desk's word ending a longer headline; a headline in capitals
        // of five words, or with a figure
        (
            "Ministers Publish the Flood Report\n\nThe findings will shape the next budget",
            None,
            "Ministers Publish the Flood Report",
        ),
        (
            "NAVY TO BUILD TWO BATTLESHIPS\n\nHouse committee agrees on a programme of new ships",
            None,
            "NAVY TO BUILD TWO BATTLESHIPS",
        ),
        (
            "STOCKS JUMP 4%\n\nMarkets rally as the central bank holds its rates",
            None,
            "STOCKS JUMP 4%",
        ),
    ] {
        let text = format!("{head}{story}");
        each_variant(&text, |a, _, variant| {
            let what = format!("{head:?} ({variant})");
            assert_eq!(a.kicker().map(|h| h.as_str()), kicker, "{what}");
            assert_eq!(a.headline().map(|h| h.as_str()), Some(headline), "{what}");
            assert_eq!(a.byline().map(|b| b.as_str()), Some("By Ann Poe"), "{what}");
        });
    }
    // a headline in capitals over its deck and names alone
    let text = "STORM HITS COAST\n\nResidents told to leave as the winds reach 100 mph\n\nAnn Poe\n\nThe storm made landfall at dawn.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("STORM HITS COAST"),
            "{variant}"
        );
        assert!(a.kicker().is_none(), "{variant}");
    });
    // a desk's label over the byline: no headline under it to be a kicker of
    let text = "Health News\n\nBy Ann Poe\n\nThe clinic opened on Friday.";
    each_variant(text, |a, _, variant| {
        assert!(a.kicker().is_none(), "{variant}");
    });
}

/// A section's label in capitals of no table (`MILITARY`, `NAVAL WARFARE`,
/// `NETWORKS & DIGITAL WARFARE`, Ars Technica's `PATCH NOW`) over a
/// headline in mixed case and a standfirst written as a sentence is the
/// kicker, with no blank lines between them or in blocks of their own; so
/// the dateline under the byline is read. A standfirst may open with a
/// quote, or end with one. Ars Technica's writer's line, `Ann Poe - Dec
/// 16, 2024 9:27 am UTC`, is the byline, its stamp a trailer, with a
/// dateline under it or none. A standfirst with no stop is one over the
/// byline; a headline wrapped in small letters runs on. Over a stamp (one
/// ending in a stop too), or the story's paragraphs, and with four words
/// in capitals, or a label opening with a figure, the line in capitals is
/// read as before.
#[test]
fn capital_labels_over_a_headline_and_standfirst() {
    let story = "\n\nCAMP LEJEUNE, N.C. — Marines trained at the range on Tuesday, officials said.\n\nMore.";
    let labelled = "Marines, Dutch partners train in combat marksmanship";
    let rows: [(&str, Option<&str>, &str, &str); 11] = [
        (
            "MILITARY\nMarines, Dutch partners train in combat marksmanship\nThe training comes amid heightened tensions in the region.\nBy Ann Poe\nThe Service Ledger • May 27, 2024",
            Some("MILITARY"),
            labelled,
            "By Ann Poe",
        ),
        // (a standfirst ending in a quote's stop)
        (
            "MILITARY\nMarines, Dutch partners train in combat marksmanship\nOfficials say the course went well: “The timeline is achievable.”\nBy Ann Poe",
            Some("MILITARY"),
            labelled,
            "By Ann Poe",
        ),
        (
            "NETWORKS & DIGITAL WARFARE\nAcme wins $1.3 billion deal for maritime drones\n\"We're trying to move faster,\" one official said.\nBy Ann Poe and Tom Roe on May 1, 2024 at 6:42 PM",
            Some("NETWORKS & DIGITAL WARFARE"),
            "Acme wins $1.3 billion deal for maritime drones",
            "By Ann Poe and Tom Roe",
        ),
        (
            "PATCH NOW\n\nEU opens antitrust probe into cloud app store fees\n\nThe commission will examine whether the fees comply with the law.\n\nAnn Poe - Dec 16, 2024 9:27 am UTC",
            Some("PATCH NOW"),
            "EU opens antitrust probe into cloud app store fees",
            "Ann Poe",
        ),
        // (a stamp under them, no standfirst, even one ending in a stop; a
        // headline in capitals over the story's first paragraphs; a
        // standfirst with no stop)
        (
            "MILITARY\nMarines, Dutch partners train in combat marksmanship\nUpdated 10:45 a.m.\nBy Ann Poe",
            None,
            "MILITARY",
            "By Ann Poe",
        ),
        (
            "MILITARY\nMarines, Dutch partners train in combat marksmanship\nUpdated Nov. 28, 2026 at 10:45 a.m.\nBy Ann Poe",
            None,
            "MILITARY",
            "By Ann Poe",
        ),
        (
            "MILITARY\n\nThe drills ran for nine days across the coast and the dunes.\n\nOfficers said the plan worked well in the heat.\n\nBy Ann Poe",
            None,
            "MILITARY",
            "By Ann Poe",
        ),
        // (a standfirst with no stop over the byline is one all the same,
        // as The Hindu prints it under `TAMIL NADU`; a headline wrapped in
        // sentence case runs on in small letters)
        (
            "MILITARY\nMarines, Dutch partners train in combat marksmanship\nThe training comes amid heightened tensions in the region\nBy Ann Poe",
            Some("MILITARY"),
            labelled,
            "By Ann Poe",
        ),
        (
            "MILITARY\nMarines, Dutch partners train in combat marksmanship\nnear the coast as tensions rise in the region\nBy Ann Poe",
            Some("MILITARY"),
            "Marines, Dutch partners train in combat marksmanship\nnear the coast as tensions rise in the region",
            "By Ann Poe",
        ),
        // (four words in capitals; a figure first)
        (
            "MARINES TRAIN WITH DUTCH\nPartners share a marksmanship course in the dunes\nThe training comes amid heightened tensions in the region.\nBy Ann Poe",
            None,
            "MARINES TRAIN WITH DUTCH",
            "By Ann Poe",
        ),
        (
            "24 HOURS\nMarines, Dutch partners train in combat marksmanship\nThe training comes amid heightened tensions in the region.\nBy Ann Poe",
            None,
            "24 HOURS",
            "By Ann Poe",
        ),
    ];
    for (head, kicker, headline, byline) in rows {
        let text = format!("{head}{story}");
        each_variant(&text, |a, _, variant| {
            let what = format!("{head:?} ({variant})");
            assert_eq!(a.kicker().map(|h| h.as_str()), kicker, "{what}");
            let eol = eol_of(variant);
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some(headline.replace('\n', eol).as_str()),
                "{what}"
            );
            assert_eq!(a.byline().map(|b| b.as_str()), Some(byline), "{what}");
            let place = a.dateline().and_then(|d| d.place()).map(|p| p.as_str());
            assert_eq!(place, Some("CAMP LEJEUNE, N.C."), "{what}");
        });
    }
    // the writer's stamp after the dash is a trailer, with its mark; with
    // no dateline under them, the names are read all the same
    let ars = rows[3].0;
    for text in [
        format!("{ars}{story}"),
        format!("{ars}\n\nThe commission opened the probe on Monday, officials said."),
    ] {
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.kicker().map(|h| h.as_str()),
                Some("PATCH NOW"),
                "{variant}"
            );
            assert_eq!(a.byline().map(|b| b.as_str()), Some("Ann Poe"), "{variant}");
            let stamp = a.trailers().iter().find(|t| t.kind() == T::Timestamp);
            assert_eq!(
                stamp.map(|t| t.as_str()),
                Some("- Dec 16, 2024 9:27 am UTC"),
                "{variant}"
            );
        });
    }
}

/// A correction or an editor's note over the headline, in a block of its
/// own, is a trailer of its kind, and the headline and byline under it are
/// read; a story under such a note with no headline keeps its paragraphs.
#[test]
fn notes_over_the_headline() {
    for (note, kind) in [
        (
            "CORRECTION: An earlier version of this story misstated the number of seats on the board. There are nine.",
            T::Correction,
        ),
        (
            "Editor's note: This story has been updated with comment from the mayor.",
            T::EditorsNote,
        ),
    ] {
        let text = format!(
            "{note}\n\nTransit board fills vacant seats ahead of fare vote\n\nBy Ann Poe\n\nThe board added three members on Tuesday.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Transit board fills vacant seats ahead of fare vote"),
                "{variant}"
            );
            assert_eq!(
                a.byline().map(|b| b.as_str()),
                Some("By Ann Poe"),
                "{variant}"
            );
            assert_eq!(kinds_of(a), [kind], "{variant}");
        });
    }
    // (a note ended on its line, the headline under it in its block)
    let text = "Editor's note: This story has been updated with comment from the mayor.\nTransit board fills vacant seats ahead of fare vote\nBy Ann Poe\n\nThe board added three members on Tuesday.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Transit board fills vacant seats ahead of fare vote"),
            "{variant}"
        );
    });
    let text = "Editor's note: This story has been updated.\n\nThe board added three members on Tuesday. It meets again in June.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert!(a.headline().is_none(), "{variant}");
        assert_eq!(a.paragraphs().count(), 2, "{variant}");
    });
}

/// France 24's page: its stamp (`Issued on: …`), the reading time in its
/// order (`2 min Reading time`, furniture) and the broadcaster credited as
/// the byline (`By: FRANCE 24 with AFP`) over the AFP dateline.
#[test]
fn france_24_page_header() {
    let text = "Europe\n\nFarmers block border crossings in grain protest\n\nIssued on: 09/03/2026 - 13:10\n\n2 min Reading time\n\nBy: FRANCE 24 with AFP\n\nWarsaw (AFP) – Farmers blocked three border crossings on Monday, halting truck traffic.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("By: FRANCE 24 with AFP"),
            "{variant}"
        );
        assert_headline_dateline(
            a,
            "Farmers block border crossings in grain protest",
            "Warsaw (AFP) –",
            variant,
        );
        assert!(
            has_trailer(a, T::Furniture, |t| t == "2 min Reading time"),
            "{variant}"
        );
    });
}

/// A place and a page's time stamp on their line over the story (Daily
/// Sabah's `ISTANBUL Dec 03, 2026 - 11:23 am GMT+3`) are no dateline: a time
/// of day alone is no story's opening. A dateline whose story opens with a
/// time in a sentence stays one.
#[test]
fn place_and_stamp_line_is_no_dateline() {
    let text = "Exports hit an all-time monthly high in November\n\nby Ann Poe\n\nISTANBUL Dec 03, 2026 - 11:23 am GMT+3\n\nExports rose 7.4% year-on-year in November, the trade minister said.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert!(a.dateline().is_none(), "{variant}");
    });
    for (text, dateline) in [
        (
            "DENVER, March 6 - 10:30 a.m. was when the vote began, officials said.\n\nMore.",
            "DENVER, March 6 -",
        ),
        // (figures opening a story's first line, cut short by its wrap)
        (
            "LONDON, Dec 3 (Reuters) - 5 people\nwere hurt when a crane fell on a bus in central London on Thursday.\n\nMore.",
            "LONDON, Dec 3 (Reuters) -",
        ),
        (
            "MIAMI, Dec 3 (AP) — By 11:45 p.m.\nthe storm had moved inland, forecasters said.\n\nMore.",
            "MIAMI, Dec 3 (AP) —",
        ),
    ] {
        each_variant(text, |a, _, variant| {
            assert_eq!(
                a.dateline().map(|d| d.as_str()),
                Some(dateline),
                "{variant}"
            );
        });
    }
}

/// A breaking story's timed updates, stacked a block each over the story
/// (`UPDATE 4:05 p.m.: …`), are editor's notes, each whole though wrapped
/// mid-sentence, and the dateline under them opens the story; a note
/// wrapped mid-sentence keeps its lines.
#[test]
fn timed_updates_over_a_breaking_story() {
    let text = "Tanker crash closes interstate near Franklin\n\nAnn Poe\nThe Harbor Tennessean\n\nUPDATE 4:05 p.m.: All lanes have reopened,\nthe transportation department said.\n\nUPDATE 12:40 p.m.: Crews expect the road to stay closed until 3 p.m.\nwhile they offload fuel from the damaged tanker, and the highway\npatrol said the driver was taken to a hospital with injuries\nthat are not believed to be life-threatening, a spokesman for the\npatrol said.\n\nFRANKLIN, Tenn. — A tanker truck overturned on the interstate on Wednesday morning.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.dateline().map(|d| d.as_str()),
            Some("FRANKLIN, Tenn. —"),
            "{variant}"
        );
        let notes: Vec<String> = a
            .trailers()
            .iter()
            .filter(|t| t.kind() == T::EditorsNote)
            .map(|t| {
                t.as_str()
                    .split(['\n', '\r'])
                    .filter(|l| !l.is_empty())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        assert_eq!(
            notes,
            [
                "UPDATE 4:05 p.m.: All lanes have reopened, the transportation department said.",
                "UPDATE 12:40 p.m.: Crews expect the road to stay closed until 3 p.m. while they offload fuel from the damaged tanker, and the highway patrol said the driver was taken to a hospital with injuries that are not believed to be life-threatening, a spokesman for the patrol said.",
            ],
            "{variant}"
        );
        assert_eq!(
            a.paragraphs().next().map(|p| p.as_str()),
            Some("A tanker truck overturned on the interstate on Wednesday morning."),
            "{variant}"
        );
    });
}

/// A newswire's page (`News provided by` over the issuer's name and the
/// time), a `NEWS ALERT` kicker, a public broadcaster's `Heard on All
/// Things Considered` and a science site's `FULL STORY` control over the
/// story: furniture and a kicker, the headline and byline under them read,
/// no name taken for a byline.
#[test]
fn newswire_pages_and_alerts() {
    let page = "News provided by\n\nBrightmoor Foods\n\nNov 17, 2026, 08:00 ET\n\nBrightmoor Foods Recalls Frozen Burritos Over Plastic Pieces\n\nRecall covers about 48,000 pounds sold in 11 states\n\nSPRINGDALE, Ark., Nov. 17, 2026 /PRNewswire/ -- Brightmoor Foods is recalling burritos.\n\nMore.";
    each_variant(page, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Brightmoor Foods Recalls Frozen Burritos Over Plastic Pieces"),
            "{variant}"
        );
        assert!(a.byline().is_none(), "{variant}");
        let (_, _, _, trailers) = header_of(a);
        let kinds: Vec<T> = trailers.iter().map(|(k, _)| *k).collect();
        assert_eq!(
            kinds,
            [T::Furniture, T::Furniture, T::Timestamp],
            "{variant}"
        );
    });
    // (the issuer's name ending in its company word's stop)
    let page = "News provided by\n\nBrightmoor Holdings Corp.\n\nNov 17, 2026, 08:00 ET\n\nBrightmoor Reports Record Quarterly Revenue\n\nSPRINGDALE, Ark., Nov. 17, 2026 /PRNewswire/ -- Brightmoor said revenue rose.\n\nMore.";
    each_variant(page, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Brightmoor Reports Record Quarterly Revenue"),
            "{variant}"
        );
        assert!(a.deck().is_none(), "{variant}");
    });
    // (the headline wrapped over `News provided by` in one block: its
    // second line reads as names, but is none)
    let page = "Brightmoor Selected by European Bank to Protect\nPayment Infrastructure\nNews provided by\nBrightmoor Ltd\nNov 19, 2025, 04:00 ET\n\nBELFAST, Nov. 19, 2025 /PRNewswire/ -- Brightmoor said it was chosen.\n\nMore.";
    each_variant(page, |a, _, variant| {
        assert!(a.byline().is_none(), "{variant}");
    });
    let alert = "NEWS ALERT\n\nCounty issues boil-water notice after main break\n\nBy Ann Poe\n\nSEATTLE (AP) — Officials told households to boil water.";
    each_variant(alert, |a, _, variant| {
        assert_eq!(
            a.kicker().map(|h| h.as_str()),
            Some("NEWS ALERT"),
            "{variant}"
        );
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("County issues boil-water notice after main break"),
            "{variant}"
        );
    });
    // a public broadcaster's programme over the headline; a headline that
    // opens with the words, with nothing under it to be a headline
    let heard = "Heard on All Things Considered\n\nWhy some towns pay people to move there\n\nAnn Poe\n\nAugust 20, 2025 5:04 PM ET\n\nA town in Kansas offers free land.\n\nMore.";
    each_variant(heard, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Why some towns pay people to move there"),
            "{variant}"
        );
        assert_eq!(a.byline().map(|b| b.as_str()), Some("Ann Poe"), "{variant}");
    });
    for text in [
        "Heard On Wall Street Traders Stay Calm\n\nThe market rose on Friday.",
        "Heard on the street, traders were calm\n\nThe market rose on Friday.",
    ] {
        each_variant(text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                text.split('\n').next(),
                "{variant}"
            );
        });
    }
    let science = "Iron catalyst rivals platinum\n\nDate: October 9, 2025\n\nSource: Bayou Institute\n\nFULL STORY\n\nHOUSTON – A new catalyst splits water.\n\nMore.";
    each_variant(science, |a, _, variant| {
        assert!(a.byline().is_none(), "{variant}");
        assert_eq!(
            a.dateline().map(|d| d.as_str()),
            Some("HOUSTON –"),
            "{variant}"
        );
    });
}

/// A picture's caption and its credit of names parted by slashes (CNN's
/// `Ann Poe/AFP/Getty Images`) among the header's lines run together over
/// the dateline: the search for the dateline goes on under them.
#[test]
fn dateline_under_a_caption_and_slashed_credit() {
    let text = "Asia\nFerry line to cut night sailings as ridership slumps\nBy Ann Poe, CNN\n3 min read\nA ferry crosses Victoria Harbour in Hong Kong.\nBo Li/AFP/Getty Images\nHong Kong (CNN) — A harbor ferry operator will stop running sailings after 10 p.m.\nThe company said in a filing.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Ferry line to cut night sailings as ridership slumps"),
            "{variant}"
        );
        assert_eq!(
            a.dateline().map(|d| d.as_str()),
            Some("Hong Kong (CNN) —"),
            "{variant}"
        );
    });
}

/// A newsletter's mail copied as text, its stamp, a divider (`∙`), its
/// paid post's `Preview` mark and `READ IN APP` under the names, one line
/// each: furniture, not the story's first paragraphs.
#[test]
fn newsletter_marks_under_the_names() {
    let text = "The Fed Blinked. Here Is What Happens Next\nNotes from the March meeting, plus a reader mailbag\nAnn Poe\nMar 18\n\u{2219}\nPreview\nREAD IN APP\n\nHi everyone,\n\nWelcome to issue 87 of The Capital Brief.";
    each_variant(text, |a, _, variant| {
        assert_eq!(a.byline().map(|b| b.as_str()), Some("Ann Poe"), "{variant}");
        assert_eq!(
            a.paragraphs().next().map(|p| p.as_str()),
            Some("Hi everyone,"),
            "{variant}"
        );
        for mark in ["\u{2219}", "Preview", "READ IN APP"] {
            assert!(
                has_trailer(a, T::Furniture, |t| t == mark),
                "{mark:?} ({variant})"
            );
        }
    });
}

/// A blog's name over its menu of pages, an item a line, in a block of
/// its own (`The Long Haul` / `Home` / `About` / `Archive` / `Subscribe`),
/// is the page's top: the headline, the names and the story under it are
/// read.
#[test]
fn blog_menu_over_the_header() {
    let text = "The Long Haul\nHome\nAbout\nArchive\nSubscribe\n\nWhy Freight Rates Have Not Bottomed Yet\nSpot rates rose in February, but the slump is not over.\n\nAnn Poe\nMar 2, 2026\n\nEvery winter somebody declares the freight recession over.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_head_byline_lead(
            a,
            "Why Freight Rates Have Not Bottomed Yet",
            "Ann Poe",
            "Every winter somebody declares the freight recession over.",
            variant,
        );
    });
}

/// A site's or newsletter's label over a stamp, the title under the stamp
/// and the names under it (`Axios Denver` / `Mar 3, 2026` / the headline
/// / the names, a photo's caption under them): the label is the kicker and
/// the title the headline. A headline too long for a label, or one over a
/// shorter line under the stamp, or over a control, stays the headline.
#[test]
fn site_label_over_a_stamp() {
    let story =
        "\n\nLandlords have until April 30 to register every rental unit or face fines.\n\nMore.";
    for (top, kicker, title) in [
        (
            "Axios Denver",
            Some("Axios Denver"),
            "Denver's rental registry deadline is coming fast",
        ),
        (
            "Axios Pro: Climate Deals",
            Some("Axios Pro: Climate Deals"),
            "Scoop: Solvane eyes sale of residential solar unit",
        ),
    ] {
        let text = format!(
            "{top}\nMar 3, 2026\n{title}\nAnn Poe\nThe registry office. Photo: Bo Li/Axios{story}"
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(a.kicker().map(|h| h.as_str()), kicker, "{variant}");
            assert_eq!(a.headline().map(|h| h.as_str()), Some(title), "{variant}");
        });
    }
    let long = "Landlords push back on the fines and fees again";
    for (top, header) in [
        (
            "Denver council delays registry vote",
            format!("Denver council delays registry vote\nMar 3, 2026\n{long}"),
        ),
        (
            "Registry Deadline Nears",
            "Registry Deadline Nears\nMar 3, 2026\nFines loom".to_string(),
        ),
        // (no stamp between: a control)
        (
            "Registry Deadline Nears",
            format!("Registry Deadline Nears\nListen to this article\n{long}"),
        ),
    ] {
        let text = format!("{header}\nAnn Poe{story}");
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some(top),
                "{header:?} ({variant})"
            );
            assert!(a.kicker().is_none(), "{header:?} ({variant})");
        });
    }
}

/// The dateline opening the story under a header run together, its labels
/// a trail's mark apart (a medical news site's section / `> ` its
/// meeting's name / the headline / the names / the date): the marked line
/// is a header line, so the search goes on to the story's first block.
#[test]
fn dateline_under_a_trail_of_labels() {
    let text = "Meeting Coverage\n> ESC Congress 2026\nStatin Switch Cut Muscle Pain in Older Adults\nAnn Poe\nAugust 30, 2026\n\nMUNICH — Older adults who moved to a lower-dose statin reported less muscle pain, a trial found.\n\nThe effect held at 12 months.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Statin Switch Cut Muscle Pain in Older Adults"),
            "{variant}"
        );
        assert_eq!(a.byline().map(|b| b.as_str()), Some("Ann Poe"), "{variant}");
        let place = a.dateline().and_then(|d| d.place()).map(|p| p.as_str());
        assert_eq!(place, Some("MUNICH"), "{variant}");
    });
}

/// A page's labels over the headline, as pages copied as text keep them (a
/// site's name, its section and subsection, in lines of their own): the
/// kicker, and the longer line under them the headline. A short headline
/// over its deck, and an old paper's headline in capitals over its decks in
/// title case, stay as they are.
#[test]
fn page_labels_over_the_headline() {
    let rows: &[(&str, Option<&str>, &str)] = &[
        (
            "Gulf\nUAE\n\nAbu Dhabi mangrove drive passes 10 million mark\n\nTariq Hamadi\nJul 15, 2026",
            Some("Gulf\nUAE"),
            "Abu Dhabi mangrove drive passes 10 million mark",
        ),
        (
            "Manchester Evening News\nNews\nGreater Manchester News\n\nGang who flooded estate with cocaine jailed\n\nBy Ann Poe",
            Some("Manchester Evening News\nNews\nGreater Manchester News"),
            "Gang who flooded estate with cocaine jailed",
        ),
        (
            "DELHI\nGovt schools to get 2,400 new\nscience labs under Mission Vigyan\n\nHT Correspondent",
            Some("DELHI"),
            "Govt schools to get 2,400 new\nscience labs under Mission Vigyan",
        ),
        // (a site's name over its sections joined by `+`, a paper's name
        // ending in its state's people over a section in capitals, in the
        // headline's block over the byline)
        (
            "Prairie Searchlight\nGOVERNMENT + POLITICS\nSenate panel kills bill to curb pipeline land seizures\nBY: ANN POE - MAY 6, 2026 5:12 PM\n\nPIERRE — A panel voted.",
            Some("Prairie Searchlight\nGOVERNMENT + POLITICS"),
            "Senate panel kills bill to curb pipeline land seizures",
        ),
        (
            "Maryland Matters\nGOVERNMENT+POLITICS\nAudit finds prison staffing data understated overtime\nBY: ANN POE - MAY 6, 2026 5:12 PM\n\nOfficers worked more overtime.",
            Some("Maryland Matters\nGOVERNMENT+POLITICS"),
            "Audit finds prison staffing data understated overtime",
        ),
        (
            "The Daily Californian\nCITY\nRent Board Announces Smallest Allowed Rent Increase in Three Years\nBy ANN POE\nSenior Staff Writer\nOct 3, 2024\n\nThe board announced the cap.",
            Some("CITY"),
            "Rent Board Announces Smallest Allowed Rent Increase in Three Years",
        ),
        // (a desk's label that reads as names, a desk's word last; a
        // breadcrumb trail over the headline in its block)
        (
            "Tech\nBig Tech\nTencent-backed robot start-up Qiyun files for Hong Kong IPO\n\nPublished: 11:30am, 14 Oct 2025",
            Some("Tech"),
            "Tencent-backed robot start-up Qiyun files for Hong Kong IPO",
        ),
        (
            "Companies / Results\nMarlow Pharma Q3 results: Net profit rises 22% to Rs 418 crore on US sales\n\nPublished: 11:30am, 14 Oct 2025",
            None,
            "Marlow Pharma Q3 results: Net profit rises 22% to Rs 418 crore on US sales",
        ),
        // (a trail's next link on its own line after `>`, as a medical news
        // site prints its meeting's name under its section)
        (
            "Conference News\n> AAAAI 2026\nPeanut patch holds up at three years in toddlers\nAnn Poe\nMarch 01, 2026\n\nThe patch was tested on 200 children.",
            Some("Conference News\n> AAAAI 2026"),
            "Peanut patch holds up at three years in toddlers",
        ),
        // (a trail's items after a dash, VnExpress's desk and its country
        // or its beat)
        (
            "News - Vietnam\nCity to pilot a low-emission zone in District 1 from July\nBy Ann Poe\nMarch 3, 2026 | 05:12 am PT\n\nThe city will pilot a zone.",
            Some("News - Vietnam"),
            "City to pilot a low-emission zone in District 1 from July",
        ),
        (
            "News - Traffic\nAirport's first runway completes its test flights\nBy Ann Poe\nMarch 3, 2026 | 05:12 am PT\n\nThe runway passed.",
            Some("News - Traffic"),
            "Airport's first runway completes its test flights",
        ),
        (
            "ABC Illawarra\nWollongong council votes to ban e-scooter hire on beachfront path\n\nBy Ann Poe",
            Some("ABC Illawarra"),
            "Wollongong council votes to ban e-scooter hire on beachfront path",
        ),
        // a paper's section by its name, in the headline's block
        (
            "WHITE HOUSE\nCounsel's office braces for a wave of House subpoenas\n\nBy Ann Poe",
            Some("WHITE HOUSE"),
            "Counsel's office braces for a wave of House subpoenas",
        ),
        (
            "WORLD & NATION\nSenate approves overhaul of the national water law\nBy Ann Poe\nNov. 28, 2026 1:05 PM PT",
            Some("WORLD & NATION"),
            "Senate approves overhaul of the national water law",
        ),
        (
            "TENNIS\nTop seeds fall early at the indoor championships\n\nBy Ann Poe",
            Some("TENNIS"),
            "Top seeds fall early at the indoor championships",
        ),
        (
            "TRANSACTIONS\n\nFriday's Sports Transactions\n\nBy Ann Poe",
            Some("TRANSACTIONS"),
            "Friday's Sports Transactions",
        ),
        (
            "Congress\nSenate leaders eye a February stopgap bill\nThe fight over tax credits threatens a quick deal.\n\nBy Ann Poe",
            Some("Congress"),
            "Senate leaders eye a February stopgap bill",
        ),
        (
            "Nova Scotia\n\nHalifax ferry service to add late-night sailings this summer\n\nBy Ann Poe",
            Some("Nova Scotia"),
            "Halifax ferry service to add late-night sailings this summer",
        ),
        (
            "Local News\n\nCouncil approves new bike lanes on Franklin Street\n\nBy Ann Poe",
            Some("Local News"),
            "Council approves new bike lanes on Franklin Street",
        ),
        (
            "NSW\nSydney Metro west line opening pushed back to 2033\n\nBy Ann Poe",
            Some("NSW"),
            "Sydney Metro west line opening pushed back to 2033",
        ),
        // a section's one word over a longer headline
        (
            "Campus\nStudents at three colleges launch kosher meal co-op\nBy Ann Poe\nNovember 27, 2026 1:05 pm",
            Some("Campus"),
            "Students at three colleges launch kosher meal co-op",
        ),
        (
            "POLICY\n\nSenate bill would cap insulin copays at $35\n\nBy Ann Poe",
            Some("POLICY"),
            "Senate bill would cap insulin copays at $35",
        ),
        (
            "Hamilton County\n\nJail population hits record as new annex stalls\n\nBy Ann Poe",
            Some("Hamilton County"),
            "Jail population hits record as new annex stalls",
        ),
        (
            "TÜRKİYE\nIstanbul metro line to airport to open in March\n28 Nov 2026",
            Some("TÜRKİYE"),
            "Istanbul metro line to airport to open in March",
        ),
        // labels, headline and byline run together in one block
        (
            "The Athletic\nNFL\nInside the Lions' collapse as the Bears rally to win\nBy Ann Poe\nNov. 27, 2026",
            Some("The Athletic\nNFL"),
            "Inside the Lions' collapse as the Bears rally to win",
        ),
        (
            "Gulf\nUAE\nAbu Dhabi mangrove drive passes 10 million mark\nTariq Hamadi\nPublished November 28, 2026",
            Some("Gulf\nUAE"),
            "Abu Dhabi mangrove drive passes 10 million mark",
        ),
        // a code in capitals over a section's name in mixed case, which the
        // header parts from it: the section's name is furniture
        (
            "NSW\nTransport\n\nSydney Metro west line opening pushed back to 2033\n\nBy Ann Poe",
            Some("NSW"),
            "Sydney Metro west line opening pushed back to 2033",
        ),
        // a kicker over a country's name and a section's, which another
        // rule makes furniture: the headline under them is no label
        (
            "News\nUK\nPolitics\n\nCouncils to get powers to ban new vape shops on high streets\n\nLocal authorities say clusters of vape shops are hollowing out town centres\n\nBy Ann Poe",
            Some("News"),
            "Councils to get powers to ban new vape shops on high streets",
        ),
        // a region of the world under a section's name; places joined;
        // a sport's desk over a stamp and the headline
        (
            "World\nNorth America\n\nUS Senate blocks bill to curb tariff powers\n\nBy Ann Poe",
            Some("World"),
            "US Senate blocks bill to curb tariff powers",
        ),
        (
            "News\nEngland & Wales\n\nAberdeen beach ballroom to reopen this summer\n\nBy Ann Poe",
            Some("News"),
            "Aberdeen beach ballroom to reopen this summer",
        ),
        (
            "Women's Basketball\n11/29/2026 6:45:00 PM\n\nLakers Rally Past Wayne State Behind Okonkwo's 27 Points\n\nBy Ann Poe",
            Some("Women's Basketball"),
            "Lakers Rally Past Wayne State Behind Okonkwo's 27 Points",
        ),
        // an agency's, a news service's or a site's name, as aggregators
        // keep their partner's over the story
        (
            "Yonhap News Agency\n\nSeoul to expand late-night autonomous bus routes\n\nBy Ann Poe",
            Some("Yonhap News Agency"),
            "Seoul to expand late-night autonomous bus routes",
        ),
        (
            "Kuwait News Agency (KUNA)\n\nKuwait launches campaign to curb food waste\n\nBy Ann Poe",
            Some("Kuwait News Agency (KUNA)"),
            "Kuwait launches campaign to curb food waste",
        ),
        (
            "Emirates News Agency - WAM\n\nUAE President receives letter from Uzbek President\n\nBy Ann Poe",
            Some("Emirates News Agency - WAM"),
            "UAE President receives letter from Uzbek President",
        ),
        (
            "Reuters World Service\n\nIrish farmers protest over beef prices in Dublin\n\nBy Ann Poe",
            Some("Reuters World Service"),
            "Irish farmers protest over beef prices in Dublin",
        ),
        (
            "Investing.com\n\nSterling edges lower as UK retail sales disappoint\n\nBy Ann Poe",
            Some("Investing.com"),
            "Sterling edges lower as UK retail sales disappoint",
        ),
        (
            "Seeking Alpha\n\nRidgefold Energy jumps after agreeing to sell Permian assets\n\nBy Ann Poe",
            Some("Seeking Alpha"),
            "Ridgefold Energy jumps after agreeing to sell Permian assets",
        ),
        // a short headline over its deck; an old paper's headline in
        // capitals over its deck in title case; a headline in capitals over
        // a question in sentence case that opens the story; labels over a
        // headline of no more words
        (
            "Storm Nears Coast\n\nForecasters expect landfall by Friday night as winds build\n\nBy Ann Poe",
            None,
            "Storm Nears Coast",
        ),
        (
            "SENATE PASSES TARIFF BILL\n\nVote Is 48 to 37 After Long Debate\n\nBy Ann Poe",
            None,
            "SENATE PASSES TARIFF BILL",
        ),
        (
            "THE TOLLBOOTH PROBLEM\n\nEvery company that sells online runs into\nthe same question: how do you take money without making\nthe customer nervous?\n\nA dozen startups are trying.",
            None,
            "THE TOLLBOOTH PROBLEM",
        ),
        (
            "Hong Kong\nPolitics\n\nLegco passes budget bill\n\nBy Ann Poe",
            None,
            "Hong Kong\nPolitics",
        ),
        // a headline in capitals of three words or more over its deck; a
        // headline wrapped in title case; a headline ending in a paper's
        // word, which is no paper's name
        (
            "STORM HITS THE COAST\n\nResidents told to leave as the winds reach 100 mph\n\nBy Ann Poe",
            None,
            "STORM HITS THE COAST",
        ),
        (
            "Harbor Ferry Service Resumes\nAfter Two-Day Storm\n\nCrews cleared debris from both landings overnight\n\nBy Ann Poe",
            None,
            "Harbor Ferry Service Resumes\nAfter Two-Day Storm",
        ),
        (
            "Hard Times\n\nShoppers cut back as prices climb again\n\nBy Ann Poe",
            None,
            "Hard Times",
        ),
        // a short headline's words in lower case, its question mark, its
        // fifth word, its length; an old paper's two words in capitals over
        // a deck in title case: headlines over their decks
        (
            "NHS waits grow again\n\nPatients in England waited longer for operations than ever before\n\nBy Ann Poe",
            None,
            "NHS waits grow again",
        ),
        (
            "Is NHS Broken?\n\nPatients in England waited longer for operations than ever before\n\nBy Ann Poe",
            None,
            "Is NHS Broken?",
        ),
        (
            "ABC Board Sacks Its Managing Director\n\nStaff were told of the decision at a meeting on Tuesday morning\n\nBy Ann Poe",
            None,
            "ABC Board Sacks Its Managing Director",
        ),
        (
            "Understanding Transatlantic Politics\n\nWhy the alliance has lasted seven decades and what could end it\n\nBy Ann Poe",
            None,
            "Understanding Transatlantic Politics",
        ),
        (
            "FIRE TRAGEDY\n\nSix Die as Flames Sweep Tenement Block on East Side\n\nBy Ann Poe",
            None,
            "FIRE TRAGEDY",
        ),
        // a headline of four words ending in a county's name, over its deck
        (
            "Floods Swamp Hamilton County\nResidents told to boil water as mains fail across the area\n\nBy Ann Poe",
            None,
            "Floods Swamp Hamilton County",
        ),
        // a tabloid's pun in capitals over its headline of ten words or
        // more in its block, as The Sun prints them (under a section's name
        // too, the kicker then)
        (
            "BLACKOUT\nMillions of homes lost power across the state on Tuesday night\n\nBy Ann Poe",
            Some("BLACKOUT"),
            "Millions of homes lost power across the state on Tuesday night",
        ),
        (
            "FOOTBALL\n\nRED ALERT\nCity ready to smash £60m bid for Leipzig striker as boss demands new No9 in January\n\nBy Ann Poe",
            Some("FOOTBALL"),
            "City ready to smash £60m bid for Leipzig striker as boss demands new No9 in January",
        ),
        // but a headline in capitals over a shorter deck, a deck in title
        // case or one ending in a stop, a line of four words in capitals or
        // one with a stop is the headline
        (
            "BLACKOUT\nMillions of homes lost power on Tuesday\n\nBy Ann Poe",
            None,
            "BLACKOUT",
        ),
        (
            "HARBOR STRIKE SPREADS\nEight Hundred Men Now Out and More Are Expected to Join Them Today\n\nBy Ann Poe",
            None,
            "HARBOR STRIKE SPREADS",
        ),
        (
            "BLACKOUT\nMillions of homes lost power across the state on Tuesday night.\n\nBy Ann Poe",
            None,
            "BLACKOUT",
        ),
        (
            "CITY GOES DARK AGAIN\nMillions of homes lost power across the state on Tuesday night\n\nBy Ann Poe",
            None,
            "CITY GOES DARK AGAIN",
        ),
        (
            "UNPRECEDENTED GRID CATASTROPHE\nMillions of homes lost power across the state on Tuesday night\n\nBy Ann Poe",
            None,
            "UNPRECEDENTED GRID CATASTROPHE",
        ),
        (
            "STORM WARNING.\nMillions of homes lost power across the state on Tuesday night\n\nBy Ann Poe",
            None,
            "STORM WARNING.",
        ),
        // a place's name over a sentence, which is no headline
        (
            "England\n\nLeeds bus lane cameras will be switched back on next month, the council said.\n\nBy Ann Poe",
            None,
            "England",
        ),
        // a province's abbreviation under a country's name; a paper's name
        // or a desk's word over a subsection's
        (
            "Canada\nB.C.\n\nProvince to ban new gas hookups in homes built after 2030\n\nBy Ann Poe",
            Some("Canada\nB.C."),
            "Province to ban new gas hookups in homes built after 2030",
        ),
        (
            "The Denver Post\nOutdoors\n\nSnowpack off to slow start in mountains this winter\n\nBy Ann Poe",
            Some("The Denver Post\nOutdoors"),
            "Snowpack off to slow start in mountains this winter",
        ),
        (
            "Weekend Features\nTravel\n\nTwelve hours in the old port city of Valletta\n\nBy Ann Poe",
            Some("Weekend Features\nTravel"),
            "Twelve hours in the old port city of Valletta",
        ),
        // five words are no label's
        (
            "ABC Cuts Its News Jobs\n\nStaff were told of the decision at a meeting on Tuesday morning\n\nBy Ann Poe",
            None,
            "ABC Cuts Its News Jobs",
        ),
    ];
    // a byline under a label is no label, and the label over it stays the
    // headline
    let text = "NSW\n\nBy Ann Poe\n\nSydney Metro west line opening pushed back to 2033\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(a.headline().map(|h| h.as_str()), Some("NSW"), "{variant}");
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("By Ann Poe"),
            "{variant}"
        );
    });
    // a part in lower case under a label is no label: it is not furniture
    let text = "NSW\nRail chaos again\n\nSydney Metro west line opening pushed back to 2033\n\nBy Ann Poe\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert!(!kinds_of(a).contains(&T::Furniture), "{variant}");
    });
    // a region of the world run together with the headline over a
    // dateline: the kicker, though it may read as names (Anadolu spells
    // one with a spaced hyphen)
    for region in ["Southeast Asia", "Asia - Pacific"] {
        let text = format!(
            "{region}\nSingapore's Tembusu Capital eyes Indian renewables in $2bn push\n\nSINGAPORE -- Tembusu Capital plans to deploy about $2 billion.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(a.kicker().map(|k| k.as_str()), Some(region), "{variant}");
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Singapore's Tembusu Capital eyes Indian renewables in $2bn push"),
                "{variant}"
            );
        });
    }
    // a standfirst under the headline, labels over it, all in one block
    // (VOA's page): the deck
    let text = "Economy & Business\nGhana's Cocoa Farmers Hold Back Beans as Prices Climb\nGrowers in the Ashanti region say they will wait for a better offer\nNovember 25, 2026 3:02 PM\nBy Ann Poe\n\nKUMASI, GHANA — Farmers held back beans.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.kicker().map(|k| k.as_str()),
            Some("Economy & Business"),
            "{variant}"
        );
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Ghana's Cocoa Farmers Hold Back Beans as Prices Climb"),
            "{variant}"
        );
        assert_eq!(
            a.deck().map(|h| h.as_str()),
            Some("Growers in the Ashanti region say they will wait for a better offer"),
            "{variant}"
        );
    });
    // a story's first paragraph of three lines under a label is no headline
    let text = "NSW\n\nEvery company that sells online runs into\nthe same question: how do you take money\nwithout making the customer nervous\n\nMore followed.";
    each_variant(text, |a, _, variant| {
        assert_eq!(a.headline().map(|h| h.as_str()), Some("NSW"), "{variant}");
    });
    for (top, kicker, headline) in rows {
        let text =
            format!("{top}\n\nThe council met on Tuesday and voted on the plan.\n\nMore followed.");
        each_variant(&text, |a, _, variant| {
            let eol = eol_of(variant);
            let want = |s: &str| s.replace('\n', eol);
            assert_eq!(
                a.kicker().map(|k| k.as_str()),
                kicker.map(want).as_deref(),
                "{top:?} ({variant})"
            );
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some(want(headline).as_str()),
                "{top:?} ({variant})"
            );
        });
    }
}

/// A line under a byline that reads as no part of it (a stamp the trailer
/// rules do not know, a page's note on the writer) leaves the byline whole
/// on its own line, where the byline was lost; a reading time and the
/// writer's page link are furniture.
#[test]
fn lines_under_a_byline_that_are_no_part_of_it() {
    let rows: &[(&str, Option<T>)] = &[
        ("19:20, 14 Jan 2026Updated 21:05, 14 Jan 2026", None),
        ("Aug 27, 2026 Updated Aug 27, 2026", None),
        ("Journalists @New Vision", None),
        ("3 mins to read", Some(T::Furniture)),
        ("More by this Author", Some(T::Furniture)),
    ];
    for (line, kind) in rows {
        let text = format!(
            "Council approves new budget for the coming year\n\nBy Ann Poe\n{line}\n\nThe council voted on Tuesday to approve the budget."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Council approves new budget for the coming year"),
                "{line:?} ({variant})"
            );
            let b = a.byline().unwrap_or_else(|| panic!("{line:?} ({variant})"));
            assert_eq!(
                (b.as_str(), b.authors().collect::<Vec<_>>()),
                ("By Ann Poe", vec!["Ann Poe"]),
                "{line:?} ({variant})"
            );
            if let Some(kind) = kind {
                assert_eq!(kinds_of(a), vec![*kind], "{line:?} ({variant})");
            }
        });
    }
    // names alone, or a newsroom's credit, over a line with a year or a
    // clock that the stamp rules do not read: the names are the byline
    for (names, line) in [
        (
            "Express News Service",
            "Bengaluru | Updated: January 17, 2026 08:05 IST",
        ),
        (
            "Carmela Buenaventura",
            "Bandung   ●   Sat, November 28, 2026",
        ),
        ("Carmela Buenaventura", "Bandung   ●   10:42 WIB"),
    ] {
        let text = format!(
            "Council approves new budget for the coming year\n\n{names}\n{line}\n\nThe council voted on Tuesday."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(a.byline().map(|b| b.as_str()), Some(names), "{variant}");
        });
    }
    // a wire's priority code and its service's credit over the headline
    // are no labels (the credit no kicker's line)
    for top in [
        "PRIORITY 2\nITAR-TASS WORLD SERVICE",
        "ITAR-TASS WORLD SERVICE\nRussia",
    ] {
        let text = format!(
            "{top}\nArctic tanker completes first winter voyage north\n\nMURMANSK, November 28 (Itar-Tass) -- The tanker arrived on Saturday."
        );
        each_variant(&text, |a, _, variant| {
            let kicker = a.kicker().map(|k| k.as_str());
            assert!(
                kicker.is_none_or(|k| !k.contains("ITAR-TASS")),
                "{top:?} ({variant})"
            );
        });
    }
    // a paper's name over its stamp, and a credit over a unit's name with a
    // figure in it, are no byline
    for top in [
        "Red River Tribune\nWed, 03 Sep 2025 15:33:08 +0000",
        "Courtesy Story\n2nd Marine Logistics Group",
    ] {
        let text = format!(
            "Council approves new budget for the coming year\n\n{top}\n\nThe council voted on Tuesday."
        );
        each_variant(&text, |a, _, variant| {
            assert!(a.byline().is_none(), "{top:?} ({variant})");
        });
    }
    // a role under the names stays the byline's, its title
    let text =
        "Council approves new budget\n\nBy Ann Poe\nStaff Writer\n\nThe council voted on Tuesday.";
    each_variant(text, |a, _, variant| {
        let b = a.byline().unwrap_or_else(|| panic!("{variant}"));
        assert_eq!(b.title(), Some("Staff Writer"), "{variant}");
    });
}

/// The UN Information Service's release: its notice over the release's
/// number and date (`For information only - not an official document`)
/// is furniture, and the headline under them is read.
#[test]
fn un_information_service_notice() {
    let text = "For information only - not an official document\n\nUNIS/NAR/1522\n26 June 2025\n\nDrug seizures reach a new high in the region, report finds\n\nVIENNA, 26 June (UN Information Service) - Seizures rose for a fourth year.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_headline_dateline(
            a,
            "Drug seizures reach a new high in the region, report finds",
            "VIENNA, 26 June (UN Information Service) -",
            variant,
        );
        assert!(
            has_trailer(a, T::Furniture, |t| t
                == "For information only - not an official document"),
            "{variant}"
        );
    });
}

/// The Government of Canada's release: the department over the label
/// (`From: Health Canada` / `News release`) is the issuer's furniture, and
/// the dateline's date and place run on to the department's name after a
/// dash, the dateline's source (one name, its `and` no break between two
/// agencies). Without the label, the `From:` line is read as before.
#[test]
fn government_of_canada_releases() {
    let text = "From: Fisheries and Oceans Canada\n\nNews release\n\nNew measures to protect right whales in the Gulf of St. Lawrence\n\nAugust 12, 2025 - Halifax, Nova Scotia - Fisheries and Oceans Canada\n\nToday, the minister announced new measures.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_headline_dateline(
            a,
            "New measures to protect right whales in the Gulf of St. Lawrence",
            "August 12, 2025 - Halifax, Nova Scotia - Fisheries and Oceans Canada",
            variant,
        );
        let source = a.dateline().and_then(|d| d.source());
        let agencies: Vec<_> = source
            .iter()
            .flat_map(|s| s.agencies())
            .map(|g| g.as_str())
            .collect();
        assert_eq!(agencies, ["Fisheries and Oceans Canada"], "{variant}");
        assert!(
            has_trailer(a, T::Furniture, |t| t
                == "From: Fisheries and Oceans Canada"),
            "{variant}"
        );
        let first = a.sections().first().and_then(|s| s.paragraphs().first());
        assert_eq!(
            first.map(|p| p.as_str()),
            Some("Today, the minister announced new measures."),
            "{variant}"
        );
    });
    let text = "From: Fisheries and Oceans Canada\n\nNew measures to protect right whales in the Gulf of St. Lawrence\n\nToday, the minister announced new measures.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("From: Fisheries and Oceans Canada"),
            "{variant}"
        );
    });
}

/// A public body's name beside its release's label (a city's, a school
/// district's, a police force's, a US attorney's office's, a hospital's
/// institute's, the Coast Guard's) is the issuer's furniture, as a company's is, and the
/// headline is the line under the release's date and contact, or over the
/// stamp and label under the name.
#[test]
fn public_bodies_over_their_releases() {
    let rows: &[(&str, &str, &str)] = &[
        (
            "Gainesville Police Department\nMedia Release\n\nDate: March 4, 2026\nContact: Officer Dana Whitmore, Public Information Officer\nPhone: 352-555-0190",
            "Arrest Made in String of Vehicle Burglaries Near Campus",
            "Police arrested a man on Tuesday.",
        ),
        (
            "NEWS RELEASE\nMinnesota Department of Transportation\n\nJune 10, 2026\n\nContact: Ayo Kim, 651-555-0128",
            "I-94 lane closures begin next week for bridge repairs",
            "ST. PAUL, Minn. — Motorists will meet lane closures.",
        ),
        (
            "Kent Police\nPRESS RELEASE",
            "Officers Seize Drugs Worth £2m in Raids Across the County",
            "Officers said more on Tuesday about the raids.",
        ),
        // (the label's date after a dash; a fire department's officer
        // under his label, `PIO:`)
        (
            "ROCHESTER POLICE DEPARTMENT\nMedia Release \u{2013} December 2, 2025",
            "Officers Arrest Suspect in Downtown Vehicle Break-Ins",
            "ROCHESTER, Minn.: Officers arrested a man on Monday.",
        ),
        (
            "Phoenix Fire Department\nPRESS RELEASE\nFor Immediate Release: August 4, 2025\nPIO: Capt. Ann Poe",
            "Crews Rescue Hiker Suffering Heat Illness on Piestewa Peak",
            "PHOENIX - Crews rescued a hiker on Monday.",
        ),
        (
            "CITY OF FORT COLLINS\nFOR IMMEDIATE RELEASE",
            "Holiday Lights Return to Old Town With Expanded Evening Shuttle",
            "The city said more on Tuesday about the plan.",
        ),
        // (a body's name ending before a comma; a hospital's institute, a
        // court system's branch, a sheriff's unit, a seat of government, a
        // council named by `Council of`)
        (
            "U.S. Attorney's Office, District of Vermont\n\nPress Release",
            "Rutland Man Charged With Possessing Firearms as a Felon",
            "Burlington, Vermont – A Rutland man was arraigned on Friday.",
        ),
        (
            "Lakeshore Heart Institute\n\nFor Immediate Release",
            "Surgeons perform the state's first robotic valve repair",
            "CLEVELAND – Surgeons said more on Tuesday.",
        ),
        (
            "Media Release\nNorth Carolina Judicial Branch",
            "Chief Justice Announces Pilot Program for Remote Hearings",
            "RALEIGH — The chief justice said more on Tuesday.",
        ),
        (
            "MARION COUNTY SHERIFF'S OFFICE\nPublic Affairs Unit\nFor Immediate Release",
            "Deputies Seize 40 Pounds of Methamphetamine During Traffic Stop",
            "Deputies said more on Tuesday.",
        ),
        (
            "THE WHITE HOUSE\nOffice of the Press Secretary\n\nFOR IMMEDIATE RELEASE\nJune 11, 2026",
            "READOUT OF THE PRESIDENT'S MEETING WITH THE PRESIDENT OF URUGUAY",
            "Today, the President welcomed the President of Uruguay.",
        ),
        (
            "Council of the EU\nPress release\n20 June 2026 15:40",
            "Fisheries: Council adopts regulation on control of fishing",
            "The Council today adopted a regulation.",
        ),
        // (a state's emergency management agency, named by its division)
        (
            "Lakeland Division of Emergency Services\nFOR IMMEDIATE RELEASE\nJune 5, 2025",
            "State Readies Resources for Severe Weather in the North",
            "AUSTIN – The state readied its resources.",
        ),
        // (the Coast Guard's: the service's name, the label, then the
        // district's name over its contact block)
        (
            "United States Coast Guard\n\nNews Release\n\nU.S. Coast Guard Heartland District\nContact: Heartland District Public Affairs\nOffice: (504) 555-0120\nAfter Hours: (504) 555-0121\nHeartland District online newsroom",
            "Coast Guard rescues 3 after fishing vessel takes on water",
            "NEW ORLEANS — The Coast Guard rescued three people on Sunday.",
        ),
    ];
    for (top, headline, body) in rows {
        let text = format!("{top}\n\n{headline}\n\n{body}");
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some(*headline),
                "{top:?} ({variant})"
            );
        });
    }
    // the officer's label is no dateline's place, with no blank line
    // between the release's lines either
    let text = "Phoenix Fire Department\nPRESS RELEASE\nFor Immediate Release: August 4, 2025\nPIO: Capt. Ann Poe\nCrews Rescue Hiker Suffering Heat Illness on Piestewa Peak\nPHOENIX - Crews rescued a hiker on Monday.\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.dateline().map(|d| d.as_str()),
            Some("PHOENIX -"),
            "{variant}"
        );
    });
    // the headline between a body's name alone and the release's stamp and
    // label (a US attorney's release)
    let text = "U.S. Attorney's Office, Western District of Missouri\n\nIndependence Man Sentenced for Armed Robberies\n\nThursday, October 3, 2026\nFor Immediate Release\n\nKANSAS CITY, Mo. – An Independence man was sentenced today.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_headline_dateline(
            a,
            "Independence Man Sentenced for Armed Robberies",
            "KANSAS CITY, Mo. –",
            variant,
        );
    });
    // a line that names no public body stays the headline by the label,
    // and so does a long one that opens as a body's name does
    for (top, head) in [
        ("", "Storm Nears Coast\nNEWS RELEASE"),
        (
            "MEDIA ADVISORY\n\n",
            "City of Tacoma to Hold Ribbon Cutting for Renovated Wright Park Conservatory",
        ),
    ] {
        let text = format!(
            "{top}{head}\n\nDate: Tuesday, Oct. 6, 2026\n\nWHAT: Ribbon cutting and open house at the renovated conservatory\n\nWHEN: Saturday."
        );
        let want = head.split('\n').next();
        each_variant(&text, |a, _, variant| {
            assert_eq!(a.headline().map(|h| h.as_str()), want, "{variant}");
        });
    }
}

/// Names alone on a line under the headline with their outlet's name on the
/// line under them (`Ann Poe` / `Arizona Republic`): the byline, the outlet
/// its title. An old paper's deck in title case of two lines is none.
#[test]
fn bare_names_over_their_outlet() {
    for (names, outlet) in [
        ("Warrick Dine", "Arizona Republic"),
        ("Siyabonga Mthembu", "News24"),
        ("Ann Poe", "The Denver Post"),
        ("Amarillo Jenkins-Boyd", "The Oklahoman"),
        // (its initials, or a paper's credit for a writer not on its
        // staff: ICT News')
        ("Ruby Nanouk", "ICT"),
        ("Mikwam Thunderbird", "Special to ICT"),
    ] {
        let text = format!(
            "Council backs plan for new bus lanes\n\n{names}\n{outlet}\n\nThe council voted on Tuesday."
        );
        each_variant(&text, |a, _, variant| {
            let b = a
                .byline()
                .unwrap_or_else(|| panic!("{names:?} ({variant})"));
            assert_eq!(
                (b.as_str(), b.authors().collect::<Vec<_>>(), b.title()),
                (names, vec![names], Some(outlet)),
                "{variant}"
            );
        });
    }
    for text in [
        "SENATE PASSES TARIFF BILL\n\nSenators Divided\nAfter Long Debate\n\nWASHINGTON, June 3.--The Senate passed the bill.",
        // (`The` and three words or more: a deck's clause)
        "SENATE PASSES TARIFF BILL\n\nSenators Divided\nThe Final Vote Count\n\nWASHINGTON, June 3.--The Senate passed the bill.",
        // (a deck in capitals wrapped over its last word; a deck in
        // title case over a word in capitals longer than initials)
        "SENATE PASSES TARIFF BILL\n\nZOO WELCOMES TWIN\nCUBS\n\nWASHINGTON, June 3.--The Senate passed the bill.",
        "Senate passes tariff bill\n\nWool Tariff Fight\nRESUMES\n\nWASHINGTON, June 3.--The Senate passed the bill.",
    ] {
        each_variant(text, |a, _, variant| {
            assert!(a.byline().is_none(), "{variant}");
        });
    }
    // a press release's symbol over its date and title (the United
    // Nations')
    let text = "SG/SM/23481\n28 November 2026\n\nSecretary-General Condemns Attack on Peacekeepers\n\nThe following statement was issued today.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Secretary-General Condemns Attack on Peacekeepers"),
            "{variant}"
        );
        assert_eq!(kinds_of(a), [T::Furniture, T::Timestamp], "{variant}");
    });
    // its meeting coverage's heading under them: the organ and the
    // meeting, or the meeting alone
    for meeting in [
        "Security Council\n10,055th Meeting (PM)",
        "General Assembly\nEightieth Session, 63rd Meeting (AM)",
        "9,975th Meeting (AM & PM)",
    ] {
        let text = format!(
            "SC/16272\n28 November 2026\n{meeting}\n\nSecurity Council Extends Mission for One Year\n\nThe Council voted today to extend the mission.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Security Council Extends Mission for One Year"),
                "{meeting:?} ({variant})"
            );
            assert_eq!(
                kinds_of(a),
                [T::Furniture, T::Timestamp, T::Furniture],
                "{meeting:?} ({variant})"
            );
        });
    }
    // a government office's release number, or its release's label, or a
    // police release's case number, over the title
    for top in [
        "PRESS RELEASE 26-118",
        "Release Number: R6-26-112",
        "News story",
        "IMMEDIATE RELEASE",
        // (a sheriff's release's date and case number)
        "Release Date: 09/16/2024\nCase Number: 24-02472",
        "Incident #: 26-118",
        // (an organisation's numbered release under its label, OPEC's)
        "Press Release\nNo 14/2026",
        "Press Release\nNo. 7/2026",
    ] {
        let text = format!(
            "{top}\n\nAgency Selects Three Firms to Study Lunar Landers\n\nThe agency chose three companies on Friday.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Agency Selects Three Firms to Study Lunar Landers"),
                "{top:?} ({variant})"
            );
        });
    }
    // the ministers a government's release opens with, over its label,
    // date and title
    for top in [
        "The Hon Ann Poe MP\nMinister for Health and Ageing",
        "Minister for Climate Change and Energy",
        "THE HON TOM ROE MP\nTREASURER\n\nSENATOR THE HON ANN POE\nMINISTER FOR FINANCE",
    ] {
        let text = format!(
            "{top}\n\nMEDIA RELEASE\n\n27 November 2026\n\nCheaper medicines for families with heart failure\n\nFamilies will pay less for a key medicine from 1 December.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Cheaper medicines for families with heart failure"),
                "{top:?} ({variant})"
            );
            assert!(a.byline().is_none(), "{top:?} ({variant})");
        });
    }
    // a page's bar alone on its line between the names and the stamp
    let text = "Metro plans Sunday shutdown for track work\n\nAshwin Rao\n|\nNovember 25, 2026\n\nTrains will not run on three Sundays.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("Ashwin Rao"),
            "{variant}"
        );
        assert_eq!(kinds_of(a), [T::Furniture, T::Timestamp], "{variant}");
    });
}

/// A byline's label on a line of its own over the names (`By` / `Ann
/// Poe`, `Article by` / `Ann Poe`), and a stamp's over its date
/// (`Published on` / `July 25, 2026`): the names are the byline (the label
/// was the deck, or the names and labels one deck); `By` is the byline's,
/// whose text runs from it, and the other labels are furniture.
#[test]
fn labels_parted_from_the_byline_and_stamp() {
    for (top, byline) in [
        (
            "By\nAisling Moorcroft\nCourts Reporter\n16:45, 3 Feb 2026",
            "By Aisling Moorcroft",
        ),
        (
            "Article by\nAisling Moorcroft\nPublished on\nJuly 25, 2026",
            "Aisling Moorcroft",
        ),
    ] {
        let text = format!(
            "Gang jailed for 61 years over drug line\n\n{top}\n\nA gang was jailed on Tuesday."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.byline()
                    .map(|b| b.as_str().split_whitespace().collect::<Vec<_>>().join(" ")),
                Some(byline.to_owned()),
                "{top:?} ({variant})"
            );
            assert_eq!(
                a.byline().map(|b| b.authors().collect::<Vec<_>>()),
                Some(vec!["Aisling Moorcroft"]),
                "{top:?} ({variant})"
            );
            assert!(a.deck().is_none(), "{top:?} ({variant})");
            assert_eq!(
                kinds_of(a).contains(&T::Furniture),
                top.starts_with("Article"),
                "{top:?} ({variant})"
            );
        });
    }
}

/// A newsroom's or an agency's credit read as the byline gives way to a
/// byline with names under it (an aggregator's `Reuters` and its stamp over
/// `By Ann Poe`): the credit is furniture. A credit over where it was
/// written stays the byline; a headline in capitals wrapped over two lines
/// under a page's line is no names over an outlet.
#[test]
fn names_under_a_credit_and_credits_over_places() {
    let text = "Nordvolt wins reprieve from its creditors\n\nReuters\nThu, Feb 19, 2026, 6:05 AM\n\nBy Tomas Lindqvist\n\nSTOCKHOLM (Reuters) - Nordvolt secured a standstill.";
    each_variant(text, |a, _, variant| {
        let b = a.byline().unwrap_or_else(|| panic!("{variant}"));
        assert_eq!(
            (b.as_str(), b.authors().collect::<Vec<_>>()),
            ("By Tomas Lindqvist", vec!["Tomas Lindqvist"]),
            "{variant}"
        );
        assert!(kinds_of(a).contains(&T::Furniture), "{variant}");
    });
    // (a known place in capitals under the names, last in their block, is
    // the dateline, as The Hindu sets it: `Ann Poe` / `NEW DELHI`)
    for (text, byline, place) in [
        (
            "Ferry operator adds night crossings\n\nDAILY SABAH\nISTANBUL\n\nThe ferry operator will run night crossings.",
            "DAILY SABAH",
            "ISTANBUL",
        ),
        (
            "Centre to bring revised seeds bill\n\nAnn Poe\nNEW DELHI\n\nThe government will introduce a revised bill.",
            "Ann Poe",
            "NEW DELHI",
        ),
        (
            "Port handles record 42 vessels\n\nThe Hindu Bureau\nTHIRUVANANTHAPURAM\n\nThe port handled 42 vessels in November.",
            "The Hindu Bureau",
            "THIRUVANANTHAPURAM",
        ),
    ] {
        each_variant(text, |a, _, variant| {
            assert_eq!(a.byline().map(|b| b.as_str()), Some(byline), "{variant}");
            assert_eq!(a.dateline().map(|d| d.as_str()), Some(place), "{variant}");
            assert_eq!(paragraph_texts(a).len(), 1, "{variant}");
        });
    }
    // (not an unknown word in capitals under names, nor a place under a
    // label; a place under the headline's line is the dateline, as
    // `place_under_the_headline_in_its_block` tests)
    for text in [
        "Council backs bridge\n\nAnn Poe\nFEATURES\n\nThe council voted.",
        "Council backs bridge\n\nTour venues:\nLONDON\n\nThe council voted.",
    ] {
        each_variant(text, |a, _, variant| {
            assert!(a.dateline().is_none(), "{text:?} ({variant})");
        });
    }
    // (nor is a deck in title case over three lines)
    for text in [
        "THE BLADE, TOLEDO, OHIO SATURDAY, MARCH 7, 2026 PAGE 5\n\nZOO WELCOMES TWIN\nRED PANDA CUBS\n\nThe Toledo Zoo announced Friday that its red panda pair had twin cubs.",
        "Coast Braces for Storm\n\nStorm Damage Grows\nCoastal Towns Count\nRising Costs\n\nThe storm moved on Friday.",
    ] {
        each_variant(text, |a, _, variant| {
            assert!(a.byline().is_none(), "{text:?} ({variant})");
        });
    }
}

/// RCV1's stories as research corpora render them: the title, its country
/// in capitals before a colon, over the story's own dateline (a place and
/// an ISO date alone on its line), perhaps with the headline repeating the
/// title under it, or a byline's block between; and a headline ended in a
/// stop over the dateline, a paragraph a line. The country is no dateline.
#[test]
fn rcv1_titles_over_their_datelines() {
    let body =
        "Australian shares closed firmer on Friday, led by gains in the major banks, dealers said.";
    for (text, kicker, headline, byline, dateline) in [
        (
            "Australia: Australian shares end firmer, banks lead.\n\nSYDNEY 1996-08-21\n\nAustralian shares closed firmer on Friday, led by gains in the major banks, dealers said.\n\nTurnover was A$1.2 billion.",
            None,
            "Australia: Australian shares end firmer, banks lead.",
            None,
            "SYDNEY 1996-08-21",
        ),
        (
            "AUSTRALIA: Australian shares end firmer, banks lead.\n\nSYDNEY 1996-08-21\n\nAustralian shares closed firmer on Friday, led by gains in the major banks, dealers said.\n\nTurnover was A$1.2 billion.",
            None,
            "AUSTRALIA: Australian shares end firmer, banks lead.",
            None,
            "SYDNEY 1996-08-21",
        ),
        (
            "SOUTH AFRICA: Australian shares end firmer, banks lead.\n\nAnn Poe\n\nSYDNEY 1996-08-21\n\nAustralian shares closed firmer on Friday, led by gains in the major banks, dealers said.\n\nTurnover was A$1.2 billion.",
            None,
            "SOUTH AFRICA: Australian shares end firmer, banks lead.",
            Some("Ann Poe"),
            "SYDNEY 1996-08-21",
        ),
        (
            "AUSTRALIA: Australian shares end firmer, banks lead.\nAustralian shares end firmer, banks lead.\nSYDNEY 1996-08-21\n\nAustralian shares closed firmer on Friday, led by gains in the major banks, dealers said.\n\nTurnover was A$1.2 billion.",
            Some("AUSTRALIA: Australian shares end firmer, banks lead."),
            "Australian shares end firmer, banks lead.",
            None,
            "SYDNEY 1996-08-21",
        ),
        (
            "Australian shares end firmer, banks lead.\nSYDNEY 1996-08-21\nAustralian shares closed firmer on Friday, led by gains in the major banks, dealers said.\nThe All Ordinaries index rose 34.2 points to 2,412.7 and the benchmark index of the top two hundred stocks gained 31.9 points.\nTurnover was A$1.2 billion, with the banks making up close to half of the day's trading, one dealer said.",
            None,
            "Australian shares end firmer, banks lead.",
            None,
            "SYDNEY 1996-08-21",
        ),
    ] {
        each_variant(text, |a, _, variant| {
            assert_eq!(a.kicker().map(|h| h.as_str()), kicker, "{variant}");
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some(headline),
                "{variant}"
            );
            assert_eq!(a.byline().map(|b| b.as_str()), byline, "{variant}");
            let d = a
                .dateline()
                .map(|d| (d.as_str(), d.date().and_then(|x| x.to_naive_date())));
            let date = chrono::NaiveDate::from_ymd_opt(1996, 8, 21);
            assert_eq!(d, Some((dateline, date)), "{variant}");
            assert_eq!(
                paragraph_texts(a).first().map(String::as_str),
                Some(body),
                "{variant}"
            );
        });
    }
    // a country's colon dateline with the story after it stays one, and so
    // does one whose next line does not repeat it, or whose next block opens
    // with a dateline with no date (a roundup's next item), or whose colon
    // ends a long clause the next line repeats
    for text in [
        "INDIA: The monsoon reached Kerala on Friday, the weather office said.\n\nRains are due in Mumbai next week.",
        "INDIA: The monsoon reached Kerala on Friday.\nThe weather office said rains are due in Mumbai.\n\nMore.",
        "INDIA: The monsoon reached Kerala on Friday.\n\nMUMBAI: Rains are due next week, the weather office said.\n\nMore.",
    ] {
        each_variant(text, |a, _, variant| {
            assert_eq!(
                a.dateline().map(|d| d.as_str()),
                Some("INDIA:"),
                "{text:?} ({variant})"
            );
            assert!(a.kicker().is_none(), "{text:?} ({variant})");
        });
    }
    // a line the next repeats after a long clause and its colon is no title
    let text = "The weather office told reporters on Friday: Rains are due in Mumbai\nRains are due in Mumbai\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert!(a.kicker().is_none(), "{variant}");
    });
}

/// Australian pages' headers packed under the headline: the ABC's desk
/// before a slash and `By` (`ABC Rural / By Ann Poe`) or on a line over
/// it (furniture then: a line of names gives way to a byline with `By`),
/// syndicated copy's
/// names over the agency's name and a stamp, and a photo's credit
/// (`Picture by Ann Poe`) between the headline and the byline.
#[test]
fn australian_page_headers() {
    let headline = "Growers race storms to finish the harvest";
    for (under, byline, authors, affiliation, kinds) in [
        (
            "ABC Rural / By Ann Poe\nPosted Sun 4 Oct 2026 at 8:30pm",
            "ABC Rural / By Ann Poe",
            &["Ann Poe"][..],
            Some("ABC Rural"),
            &[T::Timestamp][..],
        ),
        (
            "ABC Far North / By Ann Poe and Bo Li\nPosted Sun 4 Oct 2026 at 8:30pm",
            "ABC Far North / By Ann Poe and Bo Li",
            &["Ann Poe", "Bo Li"][..],
            Some("ABC Far North"),
            &[T::Timestamp][..],
        ),
        (
            "Ann Poe\nReuters\nUpdated 3 December 2026, 5:12 pm",
            "Ann Poe",
            &["Ann Poe"][..],
            Some("Reuters"),
            &[T::Timestamp][..],
        ),
        (
            "ABC Central West\nBy Ann Poe\nPosted Sun 4 Oct 2026 at 8:30pm",
            "By Ann Poe",
            &["Ann Poe"][..],
            None,
            &[T::Furniture, T::Timestamp][..],
        ),
        (
            "ABC Central West\nPosted Sun 4 Oct 2026 at 8:30pm\nBy Ann Poe",
            "By Ann Poe",
            &["Ann Poe"][..],
            None,
            &[T::Furniture, T::Timestamp][..],
        ),
        // (a byline with `By` read first stays)
        (
            "By Ann Poe\nBy Bo Li\nPosted Sun 4 Oct 2026 at 8:30pm",
            "By Ann Poe",
            &["Ann Poe"][..],
            None,
            &[T::Timestamp][..],
        ),
        // (so does one with another label, an editor's credit under it
        // furniture: NDTV's, ZDNET's)
        (
            "Reported by Ann Poe\nEdited by Bo Li\nPosted Sun 4 Oct 2026 at 8:30pm",
            "Reported by Ann Poe",
            &["Ann Poe"][..],
            None,
            &[T::Furniture, T::Timestamp][..],
        ),
        (
            "Written by Ann Poe\nPosted Sun 4 Oct 2026 at 8:30pm\nReviewed by Bo Li",
            "Written by Ann Poe",
            &["Ann Poe"][..],
            None,
            &[T::Timestamp, T::Furniture][..],
        ),
        (
            "Picture by Bo Li\nBy Ann Poe\nUpdated June 29 2026 - 9:45am",
            "By Ann Poe",
            &["Ann Poe"][..],
            None,
            &[T::Furniture, T::Timestamp][..],
        ),
    ] {
        let text = format!(
            "{headline}\n{under}\n\nFarmers worked through the night to bring in the wheat.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some(headline),
                "{under:?} ({variant})"
            );
            let b = a
                .byline()
                .map(|b| (b.as_str(), b.authors().collect::<Vec<_>>(), b.affiliation()));
            assert_eq!(
                b,
                Some((byline, authors.to_vec(), affiliation)),
                "{under:?} ({variant})"
            );
            assert_eq!(kinds_of(a), kinds, "{under:?} ({variant})");
        });
    }
    // a headline's words before the slash are no desk
    let text = format!("{headline} / By Ann Poe\n\nFarmers worked through the night.\n\nMore.");
    each_variant(&text, |a, _, variant| {
        assert!(
            a.byline().is_none_or(|b| b.affiliation() != Some(headline)),
            "{variant}"
        );
    });
}

/// A header block longer than most, every line a header's: AP's page with
/// its share bar's buttons a line each under the stamp (`Share` / `Copy` /
/// `Link copied` / `Email` / `Facebook` / `X` / `Reddit`), the buttons
/// furniture and the dateline under the block found; and Courthouse News'
/// standfirst over `Ann Poe / November 25, 2026`, no part of the headline.
#[test]
fn long_header_blocks_and_standfirsts_over_slashed_stamps() {
    let text = "Bears rally past Vikings 27-24\nBy  ANN POE\nUpdated 8:02 PM EST, November 29, 2026\nShare\nCopy\nLink copied\nEmail\nFacebook\nX\nReddit\n\nMINNEAPOLIS (AP) — The Bears rallied from 17 points down on Sunday.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Bears rally past Vikings 27-24"),
            "{variant}"
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("By  ANN POE"),
            "{variant}"
        );
        assert_eq!(
            a.dateline().map(|d| d.as_str()),
            Some("MINNEAPOLIS (AP) —"),
            "{variant}"
        );
        let mut kinds = vec![T::Timestamp];
        kinds.extend([T::Furniture; 7]);
        assert_eq!(kinds_of(a), kinds, "{variant}");
        assert_eq!(
            paragraph_texts(a),
            ["The Bears rallied from 17 points down on Sunday.", "More."],
            "{variant}"
        );
    });
    let text = "Appeals court revives privacy suit over TV data\nA divided panel said owners plausibly alleged the maker shared what they watched.\nAnn Poe / November 25, 2026\n\nSAN FRANCISCO (CN) — A divided panel on Wednesday revived a class action.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Appeals court revives privacy suit over TV data"),
            "{variant}"
        );
        assert_eq!(a.byline().map(|b| b.as_str()), Some("Ann Poe"), "{variant}");
        assert_eq!(
            a.dateline().map(|d| d.as_str()),
            Some("SAN FRANCISCO (CN) —"),
            "{variant}"
        );
    });
}

/// A section's label over the headline with one or two time stamps
/// between (TASS's `Science & Space` / `March 27, 13:55` / the headline;
/// `Russian Politics & Diplomacy` / `December 3, 14:25` / `UPDATED:
/// December 3, 15:02` / the headline), and Caixin's `IN DEPTH` over its
/// headline: the label is the kicker.
#[test]
fn section_labels_over_stamps_and_headlines() {
    for (text, kicker, stamps) in [
        (
            "Science & Space\n\nMarch 27, 13:55\n\nSynchrotron in Novosibirsk carries out its first user experiment\n\nNOVOSIBIRSK, March 27. /TASS/. Scientists ran the first experiment.\n\nMore.",
            "Science & Space",
            1,
        ),
        (
            "Russian Politics & Diplomacy\n\nDecember 3, 14:25\nUPDATED: December 3, 15:02\n\nMoscow ready to resume strategic stability talks with Washington\n\nMOSCOW, December 3. /TASS/. Russia is prepared to return to talks.\n\nMore.",
            "Russian Politics & Diplomacy",
            2,
        ),
        (
            "IN DEPTH\n\nCover Story: How Local Governments Are Paying Off Hidden Debt\n\nBy Ann Poe and Bo Li\n\nPublished: Aug. 11, 2026  5:00 a.m. GMT+8\n\nTwo years into the program, officials say the pressure has eased.\n\nMore.",
            "IN DEPTH",
            1,
        ),
    ] {
        each_variant(text, |a, _, variant| {
            assert_eq!(a.kicker().map(|h| h.as_str()), Some(kicker), "{variant}");
            let h = a.headline().map(|h| h.as_str()).unwrap_or_default();
            assert!(h.split_whitespace().count() >= 8, "{h:?} ({variant})");
            assert_eq!(kinds_of(a), vec![T::Timestamp; stamps], "{variant}");
        });
    }
}

/// A stamp with its views' count and an unfilled template field after it,
/// under the headline in its block (the Daily Mirror's `21 September 2026
/// 06:10 pm - 3     - {{hitsCtrl.values.hits}}`), is a time stamp, no
/// part of the headline; a headline ending in braces stays whole.
#[test]
fn stamps_with_unfilled_template_fields() {
    let text = "Transport board to deploy 300 new buses\n21 September 2026 06:10 pm - 3     - {{hitsCtrl.values.hits}}\n\nBy Ann Poe\n\nThe board will deploy 300 new buses on rural routes.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Transport board to deploy 300 new buses"),
            "{variant}"
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("By Ann Poe"),
            "{variant}"
        );
        let stamps: Vec<_> = a
            .trailers()
            .iter()
            .map(|t| (t.kind(), t.as_str()))
            .collect();
        assert_eq!(
            stamps,
            [(
                T::Timestamp,
                "21 September 2026 06:10 pm - 3     - {{hitsCtrl.values.hits}}"
            )],
            "{variant}"
        );
    });
    let text = "Templates {{like this}} confuse readers\n\nBy Ann Poe\n\nThe page showed its raw template.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Templates {{like this}} confuse readers"),
            "{variant}"
        );
    });
}

/// CalMatters' page copied with no blank lines: the section, the headline,
/// `IN SUMMARY` over the summary, the byline and the stamp, then the story
/// a paragraph a line. The summary's label is furniture, the summary the
/// deck, and the header reads.
#[test]
fn summary_under_its_label_in_a_page_header() {
    let text = "ENVIRONMENT\nCalifornia's new wildfire insurance rules draw complaints from rural counties\nIN SUMMARY\nSupervisors in several foothill counties say insurers still refuse to write policies.\nBY ANN POE\nMARCH 3, 2026\nSupervisors from five foothill counties told state insurance regulators Monday that homeowners are still being dropped.\nThe rules let insurers use catastrophe models in setting rates.\nRegulators said it is too early to judge the effect.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("California's new wildfire insurance rules draw complaints from rural counties"),
            "{variant}"
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("BY ANN POE"),
            "{variant}"
        );
        assert!(
            has_trailer(a, T::Furniture, |t| t == "IN SUMMARY"),
            "{variant}"
        );
    });
}

/// A printed page's folio on the first line of a clipping's block, its
/// page's number first and the paper's name in mixed case (`2 The
/// Pittsburgh Press, Tuesday, January 24, 1978`, `A6 Friday, October 2,
/// 1992 The Spokesman-Review`), is a part of its own over the headline;
/// names and their role ending the lines over the dateline are the byline.
#[test]
fn folio_over_a_clippings_headline() {
    for (folio, names, byline) in [
        (
            "2 The Pittsburgh Press, Tuesday, January 24, 1978",
            "",
            None,
        ),
        (
            "A6 Friday, October 2, 1992 The Spokesman-Review",
            "\nAnn Poe\nStaff writer",
            Some("Ann Poe"),
        ),
    ] {
        let text = format!(
            "{folio}\nCold Snap Threatens\nFlorida Citrus Crop{names}\nMIAMI (UPI) \u{2014} Growers lit smudge pots through the night as temperatures dipped.\nOfficials said it was too early to estimate damage."
        );
        each_variant(&text, |a, _, variant| {
            let joined = a
                .headline()
                .map(|h| h.as_str().split_whitespace().collect::<Vec<_>>().join(" "));
            assert_eq!(
                joined.as_deref(),
                Some("Cold Snap Threatens Florida Citrus Crop"),
                "{folio:?} ({variant})"
            );
            assert_eq!(
                a.byline().map(|b| b.as_str()),
                byline,
                "{folio:?} ({variant})"
            );
            assert_eq!(
                a.dateline().map(|d| d.as_str()),
                Some("MIAMI (UPI) \u{2014}"),
                "{folio:?} ({variant})"
            );
        });
    }
}

/// A page's title of two sentences over its summary, the byline and the
/// stamp, run together with the story (the Texas Tribune's): the title is
/// the headline, the names the byline.
#[test]
fn two_sentence_title_over_its_summary() {
    let text = "New Texas law lets school districts hire chaplains as counselors. Few have.\nA survey of the 50 largest districts found only two have taken steps to do so.\nby Ann Poe and Tom Roe\nJune 30, 2025\nOnly two of the state's 50 largest school districts have moved to hire chaplains under the law, a review found.\nMost boards voted on the question last year and declined.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("New Texas law lets school districts hire chaplains as counselors. Few have."),
            "{variant}"
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("by Ann Poe and Tom Roe"),
            "{variant}"
        );
    });
}

/// India's Press Information Bureau heads a release with its ministry's
/// name over the headline and the stamp (`Ministry of Fisheries, Animal
/// Husbandry & Dairying` / the headline / `Posted On: 22 JAN 2026 3:30PM by
/// PIB Chennai`): the name is the kicker, the headline the headline.
#[test]
fn ministry_name_over_a_release() {
    let text = "Ministry of Fisheries, Animal Husbandry & Dairying\nFisheries harbour at Thoothukudi to be modernised\nPosted On: 22 JAN 2026 3:30PM by PIB Chennai\n\nThe Department of Fisheries has sanctioned Rs 98 crore for the harbour.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.kicker().map(|k| k.as_str()),
            Some("Ministry of Fisheries, Animal Husbandry & Dairying"),
            "{variant}"
        );
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Fisheries harbour at Thoothukudi to be modernised"),
            "{variant}"
        );
    });
}

/// VietnamPlus credits its stories over their stamp, the agency's name and
/// the date with no comma between (`VNA Tuesday, March 03, 2026 - 15:42`):
/// the line is a time stamp, no dateline with the agency as its place and
/// no byline; the story's own dateline under it is read.
#[test]
fn agency_credit_before_its_stamp() {
    let text = "Vietnam, Laos agree to speed up expressway study\nVNA Tuesday, March 03, 2026 - 15:42\n\nHanoi (VNA) \u{2013} Officials agreed on March 3 to speed up the study.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(a.byline(), None, "{variant}");
        let d = a
            .dateline()
            .map(|d| (d.as_str(), d.place().map(|p| p.as_str())));
        assert_eq!(
            d,
            Some(("Hanoi (VNA) \u{2013}", Some("Hanoi"))),
            "{variant}"
        );
        assert!(
            has_trailer(a, T::Timestamp, |t| t
                == "VNA Tuesday, March 03, 2026 - 15:42"),
            "{variant}"
        );
    });
    // (the line alone is no dateline; a place the tables know keeps one)
    assert!(dateline::parse_dateline("VNA Tuesday, March 03, 2026 - 15:42").is_none());
    assert!(dateline::parse_dateline("LONDON Tuesday, March 03, 2026 - Shares fell.").is_some());
}

/// PACNEWS' bulletin line over each story, the agency, the bulletin's
/// number and its date (`PACNEWS 1: Tue 03 Mar 2026`), is a time stamp,
/// not the headline: the title under it is. A number of three figures, or
/// a name the agencies' table does not hold, leaves the line the headline.
#[test]
fn bulletin_number_before_its_stamp() {
    let title = "Tonga and Fiji sign labour mobility arrangement";
    let story = "\n\nNUKU'ALOFA, 03 MARCH 2026 (MATANGI TONGA) --- Tonga and Fiji have signed an arrangement.\n\nMore.";
    for stamp in ["PACNEWS 1: Tue 03 Mar 2026", "PACNEWS 12: Tue 03 Mar 2026"] {
        let text = format!("{stamp}\n\n{title}{story}");
        each_variant(&text, |a, _, variant| {
            assert_eq!(a.headline().map(|h| h.as_str()), Some(title), "{variant}");
            assert!(has_trailer(a, T::Timestamp, |t| t == stamp), "{variant}");
        });
    }
    for line in [
        "PACNEWS 123: Tue 03 Mar 2026",
        "Pacific Brief 1: Tue 03 Mar 2026",
        "PACNEWS 1 Tue 03 Mar 2026",
    ] {
        let text = format!("{line}\n\n{title}{story}");
        each_variant(&text, |a, _, variant| {
            assert_eq!(a.headline().map(|h| h.as_str()), Some(line), "{variant}");
        });
    }
}

/// The Lancet's news pages print the issue's volume over the headline and
/// the DOI under the stamp, in the header's block: page furniture, and the
/// headline, standfirst and names under the issue line are read.
#[test]
fn journal_citations_around_a_news_story() {
    let text = "World Report | Volume 405, Issue 10487, P1290, April 12, 2025\nSudan's health system on the brink as cholera spreads\nAttacks on clinics and a collapse in funding have left millions without care. Fiona Akers reports.\nFiona Akers\nPublished: April 12, 2025\nDOI: https://doi.org/10.1016/S0140-6736(25)00712-4\n\nHealth workers in Sudan say cholera is spreading faster than teams can respond.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Sudan's health system on the brink as cholera spreads"),
            "{variant}"
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("Fiona Akers"),
            "{variant}"
        );
        assert!(
            has_trailer(a, T::Furniture, |t| t
                .starts_with("World Report | Volume 405")),
            "{variant}"
        );
        assert!(
            has_trailer(a, T::Furniture, |t| t.starts_with("DOI: https://doi.org/")),
            "{variant}"
        );
    });
}

/// Australian regional mastheads print a headline wrapped over two lines,
/// a standfirst with no stop at its end, then the byline: the standfirst
/// is the deck, not the headline's third line. A headline of three lines
/// in title case over the byline stays one headline.
#[test]
fn unstopped_standfirst_under_a_wrapped_headline() {
    let under = "\nBy Lachlan Brierley\nUpdated January 28 2026 - 11:40am, first published 9:00am\n\nSovereign Hill will launch a new after-dark show.\n\nMore.";
    let text = format!(
        "Local News\nSovereign Hill to open new night show\nin time for winter school holidays\nThe attraction says the new show will tell the story of the Eureka Stockade{under}"
    );
    each_variant(&text, |a, _, variant| {
        assert_eq!(
            a.headline()
                .map(|h| h.as_str().replace("\r\n", " ").replace(['\n', '\r'], " ")),
            Some(
                "Sovereign Hill to open new night show in time for winter school holidays"
                    .to_string()
            ),
            "{variant}"
        );
        assert_eq!(
            a.deck().map(|d| d.as_str()),
            Some("The attraction says the new show will tell the story of the Eureka Stockade"),
            "{variant}"
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("By Lachlan Brierley"),
            "{variant}"
        );
    });
    let text = format!(
        "Local News\nSovereign Hill To Open New Night Show\nIn Time For The Winter School Holidays\nAnd The Summer Break That Follows{under}"
    );
    each_variant(&text, |a, _, variant| {
        assert!(
            a.headline()
                .is_some_and(|h| h.as_str().ends_with("Follows")),
            "{variant}"
        );
        assert!(a.deck().is_none(), "{variant}");
    });
}

/// Japan's papers credit their own staff's stories with the paper's name
/// under the headline, over the stamp (`THE ASAHI SHIMBUN`, `The Yomiuri
/// Shimbun`): the byline, not a second line of the headline or its deck.
#[test]
fn japanese_papers_credit_under_the_headline() {
    for credit in ["THE ASAHI SHIMBUN", "The Yomiuri Shimbun"] {
        let text = format!(
            "Nagoya castle's wooden rebuild delayed again over accessibility dispute\n{credit}\nDecember 18, 2024 at 15:10 JST\n\nNAGOYA--The city's plan to rebuild the keep has been delayed again.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Nagoya castle's wooden rebuild delayed again over accessibility dispute"),
                "{variant}"
            );
            assert_eq!(a.byline().map(|b| b.as_str()), Some(credit), "{variant}");
            assert_eq!(a.deck(), None, "{variant}");
        });
    }
}

/// RIA Novosti's archive prints the story's topic as a page's field over
/// the headline (`Topic: Transport`): the kicker (or page furniture), not
/// the headline's first line. A field whose value is in lower case, or of
/// more words than a topic's, stays the headline's.
#[test]
fn topic_field_over_the_headline() {
    let under = "\nRussian Railways to Test Hydrogen Shunting Locomotive on Sakhalin\n16:42 03/03/2012\n\nMOSCOW, March 3 (RIA Novosti) \u{2013} Russian Railways will begin trials next year.\n\nMore.";
    for field in [
        "Topic: Transport",
        "Section: World",
        "Topics: Russian Railways",
    ] {
        let text = format!("{field}{under}");
        each_variant(&text, |a, _, variant| {
            assert!(
                a.kicker().map(|k| k.as_str()) == Some(field)
                    || has_trailer(a, T::Furniture, |t| t == field),
                "{field} ({variant})"
            );
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Russian Railways to Test Hydrogen Shunting Locomotive on Sakhalin"),
                "{variant}"
            );
        });
    }
    for field in [
        "Topic: the railways",
        "Topic: Russian Railways Plan New Hydrogen Trains",
    ] {
        let text = format!("{field}{under}");
        each_variant(&text, |a, _, variant| {
            assert!(
                a.headline().is_some_and(|h| h.as_str().starts_with(field)),
                "{field} ({variant})"
            );
        });
    }
}

/// PBS NewsHour's page stacks its section and stamp, the headline, two
/// bylines and its share bar's buttons a line each in one block of
/// fourteen lines: a header all the same, and the AP's dateline in the
/// block under it is read; the share bar's labels are furniture.
#[test]
fn share_bar_a_line_each_in_a_long_header_block() {
    let text = "Politics Jun 24, 2025 5:40 PM EDT\nSenate Democrats block GOP bill on federal hiring freeze\nBy \u{2014} Carlos Ibarra, Associated Press\nBy \u{2014} Wendy Sato, Associated Press\nLeave your feedback\nShare\nCopy URL\nhttps://www.pbs.org/newshour/politics/senate-democrats-block-gop-bill\nEmail\nFacebook\nTwitter\nLinkedIn\nPinterest\nTumblr\n\nWASHINGTON (AP) \u{2014} Senate Democrats on Tuesday blocked a Republican bill.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.dateline().map(|d| d.as_str()),
            Some("WASHINGTON (AP) \u{2014}"),
            "{variant}"
        );
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Senate Democrats block GOP bill on federal hiring freeze"),
            "{variant}"
        );
        for control in ["Leave your feedback", "Copy URL", "Pinterest", "Tumblr"] {
            assert!(
                has_trailer(a, T::Furniture, |t| t == control),
                "{control} ({variant})"
            );
        }
    });
}

/// NBC's page stacks a section's label, a headline wrapped over two lines,
/// its standfirst, the byline and the stamp in one block: a header all the
/// same, and the dateline in the block under it is read. (The standfirst
/// under the wrap is then read as a paragraph over the dateline, not the
/// deck.)
#[test]
fn standfirst_under_a_wrapped_headline_in_a_long_block() {
    let text = "Business\nChipmaker Veltran to cut 2,400 jobs as it shifts\nproduction to Arizona\nThe company said most of the cuts would fall on its plants in Oregon and Texas over the next 18 months.\nBy Priya Natarajan\nSept. 9, 2025, 2:05 PM EDT / Updated Sept. 9, 2025, 4:48 PM EDT\n\nPORTLAND, Ore. \u{2014} Veltran Semiconductor said Tuesday that it would eliminate about 2,400 jobs.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.dateline().map(|d| d.as_str()),
            Some("PORTLAND, Ore. \u{2014}"),
            "{variant}"
        );
        assert_eq!(
            a.headline()
                .map(|h| h.as_str().replace("\r\n", " ").replace(['\n', '\r'], " ")),
            Some(
                "Chipmaker Veltran to cut 2,400 jobs as it shifts production to Arizona"
                    .to_string()
            ),
            "{variant}"
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("By Priya Natarajan"),
            "{variant}"
        );
    });
}

/// Healio prints a summary's label and its points under the title and its
/// stamp, in the header's block (`Key takeaways:` / a point a line): the
/// search for the dateline goes on under them, and the story's dateline
/// is read. With no label, the lines are the story's first paragraph, and
/// a place opening the next one is none.
#[test]
fn summary_points_over_the_dateline() {
    let story = "\n\nSAN DIEGO \u{2014} Toddlers with eczema tolerated peanut oral immunotherapy, a study found.\n\nMore.";
    let head = "Meeting News Coverage\nOral immunotherapy for peanut allergy safe in toddlers with eczema\nFebruary 27, 2025\n2 min read\n";
    let points = "Most toddlers reached maintenance dosing.\nRates of anaphylaxis were similar in both groups.";
    for label in ["Key takeaways:", "Key points:", "KEY TAKEAWAYS"] {
        let text = format!("{head}{label}\n{points}{story}");
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Oral immunotherapy for peanut allergy safe in toddlers with eczema"),
                "{variant}"
            );
            let d = a.dateline().map(|d| d.as_str());
            assert_eq!(d, Some("SAN DIEGO \u{2014}"), "{label} ({variant})");
        });
    }
    let text = format!("{head}{points}{story}");
    each_variant(&text, |a, _, variant| {
        assert!(a.dateline().is_none(), "{variant}");
    });
}

/// Medical news sites print the meeting a report comes from over its
/// title (`American Diabetes Association (ADA) 85th Scientific Sessions`):
/// the meeting's name is the kicker (a desk's label over it furniture),
/// the title the headline, and a
/// standfirst run on under the title its deck. A line with an acronym in
/// brackets whose words after it are no meeting's stays the headline.
#[test]
fn meeting_name_over_the_title() {
    let under = "\nAnn Poe\nOctober 27, 2025\n\nCHICAGO \u{2014} Patients who spaced their doses kept low disease activity, a study found.\n\nMore.";
    for (meeting, title, deck) in [
        (
            "American College of Rheumatology (ACR) Convergence 2025",
            "Tapering Biologics in Psoriatic Arthritis: Many Patients Stay in Remission",
            Some("About two thirds of patients kept low disease activity"),
        ),
        (
            "American Diabetes Association (ADA) 85th Scientific Sessions",
            "Once-Weekly Insulin Noninferior to Daily Basal Insulin",
            None,
        ),
        (
            "American Urological Association (AUA) 2025 Annual Meeting",
            "Short-Course Radiation Matches Standard Therapy in Prostate Cancer",
            None,
        ),
    ] {
        let deck_line = deck.map(|d| format!("\n{d}")).unwrap_or_default();
        let text = format!("CONFERENCE NEWS\n{meeting}\n{title}{deck_line}{under}");
        each_variant(&text, |a, _, variant| {
            assert_eq!(a.headline().map(|h| h.as_str()), Some(title), "{variant}");
            assert_eq!(a.deck().map(|d| d.as_str()), deck, "{variant}");
            assert_eq!(a.byline().map(|b| b.as_str()), Some("Ann Poe"), "{variant}");
            assert_eq!(a.kicker().map(|k| k.as_str()), Some(meeting), "{variant}");
        });
    }
    let text = format!(
        "CONFERENCE NEWS\nAcme Medical (ACME) Shares Jump After Trial\nInvestors cheered the results{under}"
    );
    each_variant(&text, |a, _, variant| {
        assert_eq!(
            a.headline()
                .map(|h| h.as_str().lines().next().unwrap_or("")),
            Some("Acme Medical (ACME) Shares Jump After Trial"),
            "{variant}"
        );
    });
}

/// Montsame prints the desk's word alone between the headline and the
/// stamp (`Economy` / `2024-11-26 20:05:31`): page furniture, not a line
/// of the headline or its deck. Over the headline, in a block of its own,
/// the word stays the kicker; with no stamp under it, it ends a wrapped
/// headline.
#[test]
fn desk_word_between_headline_and_stamp() {
    let story = "\n\nTokyo, November 26 (MONTSAME). Mongolia and Japan agreed to expand trade in coking coal.\n\nMore.";
    for (desk, stamp) in [
        ("Economy", "2024-11-26 20:05:31"),
        ("Politics", "November 26, 2024"),
        ("Entertainment", "2024-11-26 20:05:31"),
    ] {
        let text = format!("Mongolia, Japan Agree to Expand Coal Trade\n{desk}\n{stamp}{story}");
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Mongolia, Japan Agree to Expand Coal Trade"),
                "{variant}"
            );
            assert_eq!(a.deck(), None, "{variant}");
            assert!(has_trailer(a, T::Furniture, |t| t == desk), "{variant}");
            assert!(has_trailer(a, T::Timestamp, |t| t == stamp), "{variant}");
        });
    }
    // (with no stamp under it, the word ends a wrapped headline)
    let text =
        format!("Coal Exports Fall as Demand Slows in the Chinese\nEconomy\nBy Ann Poe{story}");
    each_variant(&text, |a, _, variant| {
        assert_eq!(
            a.headline()
                .map(|h| h.as_str().replace("\r\n", "\n").replace('\r', "\n"))
                .as_deref(),
            Some("Coal Exports Fall as Demand Slows in the Chinese\nEconomy"),
            "{variant}"
        );
    });
    let text = format!("Economy\n\nMongolia, Japan Agree to Expand Coal Trade{story}");
    each_variant(&text, |a, _, variant| {
        assert_eq!(a.kicker().map(|k| k.as_str()), Some("Economy"), "{variant}");
    });
    let text = format!(
        "Mongolia, Japan Agree to Expand Coal Trade\nEconomy Minister\n2024-11-26 20:05:31{story}"
    );
    each_variant(&text, |a, _, variant| {
        assert!(
            a.trailers()
                .iter()
                .all(|t| t.as_str() != "Economy Minister"),
            "{variant}"
        );
    });
}

/// A section's name before a clock and a date under the headline in its
/// block, as Yonhap's site prints its stamp (`All News 15:02 March 03,
/// 2026`), is a time stamp, no second line of the headline; a name of four
/// words, or in small letters, stays the headline's.
#[test]
fn stamps_after_a_section_name() {
    let story = "\n\nSEOUL, March 3 (Yonhap) -- Shipbuilders won more orders in February, data showed.\n\nMore.";
    let headline = "(2nd LD) Shipbuilders win more orders as prices climb";
    for stamp in [
        "All News 15:02 March 03, 2026",
        "North Korea 09:41 March 03, 2026",
        "Economy 11:20 March 03, 2026",
    ] {
        let text = format!("{headline}\n{stamp}{story}");
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some(headline),
                "{variant}"
            );
            let stamps: Vec<_> = a
                .trailers()
                .iter()
                .map(|t| (t.kind(), t.as_str()))
                .collect();
            assert_eq!(stamps, [(T::Timestamp, stamp)], "{variant}");
            let place = a.dateline().and_then(|d| d.place()).map(|p| p.as_str());
            assert_eq!(place, Some("SEOUL"), "{variant}");
        });
    }
    for wrap in [
        "Oil Hits New High 15:02 March 03, 2026",
        "Ships leave at 15:02 March 03, 2026",
    ] {
        let text = format!("Shipbuilders win more orders\n{wrap}{story}");
        each_variant(&text, |a, _, variant| {
            assert!(
                a.trailers().iter().all(|t| t.kind() != T::Timestamp),
                "{wrap:?} ({variant})"
            );
        });
    }
}

/// Trend's stamp over its headline, the desk's name and `Materials` before
/// a date and time with the zone's offset in brackets (`Politics Materials
/// 3 March 2026 14:22 (UTC +04:00)`), is a time stamp, not the headline.
#[test]
fn stamps_after_a_desk_and_materials() {
    let story = "\n\nBAKU, Azerbaijan, March 3. Azerbaijan and Uzbekistan have signed an energy agreement, Trend reports.\n\nMore.";
    let headline = "Azerbaijan, Uzbekistan sign Caspian energy agreement";
    for stamp in [
        "Politics Materials 3 March 2026 14:22 (UTC +04:00)",
        "Oil & Gas Materials 3 March 2026 09:15 (UTC +04:00)",
    ] {
        let text = format!("{stamp}\n\n{headline}{story}");
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some(headline),
                "{stamp:?} ({variant})"
            );
            assert!(
                has_trailer(a, T::Timestamp, |t| t == stamp),
                "{stamp:?} ({variant})"
            );
        });
    }
    for line in [
        "Building Materials 3 March 2026 14:22 (UTC +04:00) prices",
        "New Building Materials Costs 3 March 2026 (UTC +04:00)",
        "The Board Approved Cheaper Building Materials 3 March 2026 14:22 (UTC +04:00)",
        "politics Materials 3 March 2026 14:22 (UTC +04:00)",
    ] {
        let text = format!("{line}\n\n{headline}{story}");
        each_variant(&text, |a, _, variant| {
            assert!(
                !has_trailer(a, T::Timestamp, |t| t == line),
                "{line:?} ({variant})"
            );
        });
    }
}

/// Indian pages' packed headers end in stamps the tables now read: The
/// Wire's `11/Aug/2026` and Scroll's `Today · 09:15 pm`, so the block is the
/// header (section, headline, standfirst, names, stamp), not a paragraph.
#[test]
fn packed_headers_with_slashed_and_dotted_stamps() {
    for stamp in ["11/Aug/2026", "Today · 09:15 pm"] {
        let text = format!(
            "Environment\nWhy Glaciers Are Melting Faster Than Expected\nA new study finds that soot from vehicles is settling on the ice.\nAnn Poe\n{stamp}\n\nThe glaciers have lost nearly a seventh of their area.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Why Glaciers Are Melting Faster Than Expected"),
                "{stamp:?} ({variant})"
            );
            assert_eq!(
                a.byline().map(|b| b.as_str()),
                Some("Ann Poe"),
                "{stamp:?} ({variant})"
            );
            let stamps: Vec<_> = a
                .trailers()
                .iter()
                .filter(|t| t.kind() == T::Timestamp)
                .map(|t| t.as_str())
                .collect();
            assert_eq!(stamps, [stamp], "{variant}");
        });
    }
}

/// Law360's header: the headline, the byline and the share bar's label
/// (`Share us on:`) over the story's first line, `Law360 (July 14, 2026,
/// 8:31 PM EDT) --`, in one block: the dateline is found under them.
#[test]
fn law360_header_over_its_dateline() {
    for label in ["Share us on:", "Share:"] {
        let text = format!(
            "Drugmaker Hit With $212M Verdict In Patent Fight\nBy Ann Poe\n{label}\nLaw360 (July 14, 2026, 8:31 PM EDT) -- A Texas federal jury on Tuesday found that the drugmaker infringed two patents.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Drugmaker Hit With $212M Verdict In Patent Fight"),
                "{variant}"
            );
            assert_eq!(
                a.byline().map(|b| b.as_str()),
                Some("By Ann Poe"),
                "{variant}"
            );
            let d = a
                .dateline()
                .map(|d| (d.as_str(), d.source().map(|s| s.as_str())));
            assert_eq!(
                d,
                Some(("Law360 (July 14, 2026, 8:31 PM EDT) --", Some("Law360"))),
                "{variant}"
            );
            assert_eq!(kinds_of(a), [T::Furniture], "{variant}");
        });
    }
}

/// A British paper's obituary: `Ann Poe obituary` is the whole headline,
/// the standfirst under it the deck (it ends in no stop, and may wrap),
/// the section's label over it the kicker.
#[test]
fn obituary_titles_over_their_standfirsts() {
    for (text, kicker, deck) in [
        (
            "Ann Poe obituary\nWelsh-language poet and broadcaster who brought the National Eisteddfod\nto a television audience\nBo Li\nTue 16 Jun 2026 17.44 BST\nLast modified on Tue 16 Jun 2026 18.02 BST\n\nFor many people the voice of Ann Poe was the sound of August.\n\nMore.",
            None,
            "Welsh-language poet and broadcaster who brought the National Eisteddfod\nto a television audience",
        ),
        (
            "Architecture\nAnn Poe obituary\nArchitect whose low-rise council estates showed that social housing could be humane\nBo Li\nFri 27 Nov 2026 13.05 GMT\n\nWhen the first tenants moved in, many were suspicious.\n\nMore.",
            Some("Architecture"),
            "Architect whose low-rise council estates showed that social housing could be humane",
        ),
    ] {
        each_variant(text, |a, _, variant| {
            assert_eq!(a.kicker().map(|h| h.as_str()), kicker, "{variant}");
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Ann Poe obituary"),
                "{variant}"
            );
            // (the deck's line break as the variant writes it)
            assert_eq!(
                a.deck()
                    .map(|h| h.as_str().replace("\r\n", "\n").replace('\r', "\n")),
                Some(deck.to_owned()),
                "{variant}"
            );
            assert_eq!(a.byline().map(|b| b.as_str()), Some("Bo Li"), "{variant}");
        });
    }
}

/// An archive's citation of the page over a story it holds (the paper's
/// name, the day with its year, the page) is furniture, in a block of its
/// own or over the headline in its block, and the headline under it is
/// read; a paper's name and its day are no dateline.
#[test]
fn archive_citations_over_the_headline() {
    let story = "\n\nWASHINGTON, May 24.--The President to-day sent to the Senate the nomination of George Haskett.\n\nThe Senate will vote next week.";
    // (a `Source:` line is read as the story's source)
    for (citation, kind) in [
        (
            "The Salt Lake herald. [volume] (Salt Lake City [Utah]) 1870-1909, May 24, 1899, Page 8, Image 16",
            T::Furniture,
        ),
        (
            "The Argus (Melbourne, Vic. : 1848 - 1957)  Wed 24 May 1899  Page 5",
            T::Furniture,
        ),
        (
            "The Courier-Journal (Louisville, Kentucky) \u{b7} Wed, May 24, 1899 \u{b7} Page 1",
            T::Furniture,
        ),
        (
            "The Times, Wednesday, May 24, 1899; pg. 9; Issue 35798. (514 words)",
            T::Furniture,
        ),
        (
            "[The New York Times, Wednesday, May 24, 1899; p. 7]",
            T::Furniture,
        ),
        ("San Antonio Light, May 24, 1899", T::Furniture),
        (
            "The Daily Register (Red Bank, N.J.), May 24, 1899",
            T::Furniture,
        ),
        ("Source: The New York Times, May 24, 1899", T::SourceLine),
        (
            "From The New York Times archive, May 24, 1899",
            T::Furniture,
        ),
    ] {
        for sep in ["\n\n", "\n"] {
            let text = format!("{citation}{sep}PRESIDENT NAMES HASKETT TO CABINET{story}");
            each_variant(&text, |a, _, variant| {
                assert_eq!(
                    a.headline().map(|h| h.as_str()),
                    Some("PRESIDENT NAMES HASKETT TO CABINET"),
                    "{citation:?} {variant}"
                );
                assert_eq!(
                    a.trailers().first().map(|t| (t.kind(), t.as_str())),
                    Some((kind, citation)),
                    "{variant}"
                );
                assert_eq!(
                    a.dateline().map(|d| d.as_str()),
                    Some("WASHINGTON, May 24.--"),
                    "{variant}"
                );
            });
        }
    }
    // Chronicling America's page: the citation with the edition's name,
    // the scan's fields and the label over its text, each furniture
    for label in ["OCR text", "Text"] {
        let text = format!(
            "Evening star. [volume] (Washington, D.C.) 1854-1972, November 07, 1896, NIGHT EDITION, Page 12, Image 12\n\nImage provided by: University of Utah, Marriott Library\nPersistent link: https://chroniclingamerica.loc.gov/lccn/sn84618307/1896-11-07/ed-1/seq-6/\n\n{label}\n\nPRESIDENT NAMES HASKETT TO CABINET{story}"
        );
        each_variant(&text, |a, _, variant| {
            assert_headline_dateline(
                a,
                "PRESIDENT NAMES HASKETT TO CABINET",
                "WASHINGTON, May 24.--",
                variant,
            );
            assert_eq!(
                kinds_of(a),
                vec![T::Furniture, T::Furniture, T::Furniture],
                "{label} {variant}"
            );
        });
    }
    // a local paper's citation, over a story with no dateline
    let text = "The Baltimore Sun -- February 27, 1903 -- Page 29\n\nTROOPS ORDERED TO STRIKE ZONE\n\nGovernor Ashby this afternoon ordered four companies of the National Guard to the strike district.\n\nThe troops will entrain to-night.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("TROOPS ORDERED TO STRIKE ZONE"),
            "{variant}"
        );
        assert!(a.dateline().is_none(), "{variant}");
    });
    // a title-case headline ending in a date stays the headline
    let text = "Acme Reports Fourth Quarter Results, February 12, 2026\n\nRevenue rose 9% on strong demand\n\nAcme Corp said on Thursday that revenue rose.\n\nMore.";
    assert_headline_each(
        text,
        Some("Acme Reports Fourth Quarter Results, February 12, 2026"),
    );
}

/// A press-clipping bureau's clipping: the bureau's name over the paper's
/// fields (`Source:`, `City/State:`, `Date:`, `Page:`) and a rule, all
/// furniture; the headline alone in its block, the byline alone in the
/// next, the story under them, and the bureau's end mark under it.
#[test]
fn clipping_bureau_over_the_paper_fields() {
    for bureau in [
        "BURRELLE'S PRESS CLIPPING SERVICE",
        "ALLIED PRESS CLIPPING BUREAU",
        "International Press-Clipping Bureau",
    ] {
        let text = format!(
            "{bureau}\nSource:  Dayton Daily News\nCity/State: Dayton, Ohio\nDate: JAN 11 1946\nPage: 22   Circ: 110,468 (D)\n------------------------------------------------\n\nBig Four Talks End In Deadlock\n\nBy Robert Ashby\n\nGENEVA, Jan. 11— The foreign ministers' conference ended today in deadlock.\n\nThe delegates went home.\n\n-- end of clipping --\n"
        );
        each_variant(&text, |a, _, variant| {
            assert_headline_dateline(
                a,
                "Big Four Talks End In Deadlock",
                "GENEVA, Jan. 11—",
                variant,
            );
            assert_eq!(
                a.byline().map(|b| b.as_str()),
                Some("By Robert Ashby"),
                "{variant}"
            );
            assert_eq!(
                a.trailers().first().map(|t| (t.kind(), t.as_str())),
                Some((T::Furniture, bureau)),
                "{variant}"
            );
            assert!(
                a.trailers()
                    .iter()
                    .any(|t| t.kind() == T::Furniture && t.as_str() == "City/State: Dayton, Ohio"),
                "{variant}"
            );
            assert_eq!(
                a.trailers().last().map(|t| (t.kind(), t.as_str())),
                Some((T::EndMark, "-- end of clipping --")),
                "{variant}"
            );
        });
    }
    // (a line that names no clipping bureau is read as before: the
    // headline)
    let text = "NATIONAL WEATHER SERVICE\nSource:  Dayton Daily News\nCity/State: Dayton, Ohio\nDate: JAN 11 1946\nPage: 22\n\nBig Four Talks End In Deadlock\n\nGENEVA, Jan. 11— The conference ended today in deadlock.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("NATIONAL WEATHER SERVICE"),
            "{variant}"
        );
    });
}

/// A features syndicate's copy: the word count and the slug with the
/// editor's initials (`TRAVEL-CUSCO:TB`) over the headline are furniture;
/// an archive's record with the edition alone on a line (`Metro Edition`)
/// over the headline and an unlabelled byline under it.
#[test]
fn syndicate_slugs_and_edition_names() {
    let text = "1294 words\nAUTO-KYOTO:TB\n2026 Arden Pioneer plug-in hybrid stretches the commute\nBy Ann Poe, The Prairie Star-Journal\n(TNS)\n\n   KYOTO, Japan _ The first thing you notice is how quiet the cabin is.\n\n   Road noise has been tamed.";
    each_variant(text, |a, _, variant| {
        assert_headline_dateline(
            a,
            "2026 Arden Pioneer plug-in hybrid stretches the commute",
            "KYOTO, Japan _",
            variant,
        );
        assert!(
            a.trailers()
                .iter()
                .any(|t| t.kind() == T::Furniture && t.as_str() == "AUTO-KYOTO:TB"),
            "{variant}"
        );
    });
    let text = "The Harbor Sentinel\n\nOctober 15, 2024 Tuesday\nMetro Edition\n\nSECTION: TRAVEL; Pg. E4\n\nLENGTH: 1248 words\n\nOff-season in Providence: fewer crowds, better bread\n\nBy Ann Poe, Staff Writer\n\nBODY:\n\nPROVIDENCE, R.I., Oct. 15 - The bakery on the corner sold out early.\n\nMore.\n\nLOAD-DATE: October 15, 2024\n";
    each_variant(text, |a, _, variant| {
        assert_headline_dateline(
            a,
            "Off-season in Providence: fewer crowds, better bread",
            "PROVIDENCE, R.I., Oct. 15 -",
            variant,
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("By Ann Poe, Staff Writer"),
            "{variant}"
        );
        assert!(
            a.trailers()
                .iter()
                .any(|t| t.kind() == T::Furniture && t.as_str() == "Metro Edition"),
            "{variant}"
        );
    });
}

/// A newsletter's line leading into the story it carries (`Our top read
/// this morning, via the wires:`), over a divider and the story's
/// headline, is furniture, and the headline under it is read; a page's
/// controls a line each over a headline and its standfirst (Medium's
/// `Open in app` / `Sign up` / `Sign in` / `Write`) are furniture.
#[test]
fn newsletter_lead_ins_and_a_block_of_controls() {
    let text = "Wire Watch\nIssue #227 \u{b7} November 27, 2026\n\nOur top read this morning, via the wires:\n\n\u{2014}\n\nHospital system to merge with Luma Freight\n\nBy Ann Poe, Associated Press\n\nLANSING, Mich. (AP) \u{2014} Two hospital operators announced plans on Thursday to merge.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_headline_dateline(
            a,
            "Hospital system to merge with Luma Freight",
            "LANSING, Mich. (AP) \u{2014}",
            variant,
        );
        assert!(
            a.trailers().iter().any(|t| t.kind() == T::Furniture
                && t.as_str() == "Our top read this morning, via the wires:"),
            "{variant}"
        );
        assert!(
            a.trailers()
                .iter()
                .any(|t| t.kind() == T::Furniture && t.as_str() == "\u{2014}"),
            "{variant}"
        );
    });
    // (a short label with a colon stays a kicker's or a headline's, and a
    // lead-in with no headline under it stays)
    let text = "Our top read this morning, via the wires:\n\nBy Ann Poe\n\nLANSING, Mich. (AP) \u{2014} Two hospital operators announced plans on Thursday to merge.\n\nMore.";
    assert_headline_each(text, Some("Our top read this morning, via the wires:"));
    let text = "Open in app\nSign up\nSign in\nWrite\n\nRate-setters pause again as inflation cools\nPolicymakers said they want more evidence before easing.\n\nAnn Poe\n\nThe central bank kept its benchmark rate unchanged on Friday, saying inflation was easing.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Rate-setters pause again as inflation cools"),
            "{variant}"
        );
        assert_eq!(a.byline().map(|b| b.as_str()), Some("Ann Poe"), "{variant}");
        assert_eq!(
            a.trailers().first().map(|t| (
                t.kind(),
                t.as_str()
                    .split(['\n', '\r'])
                    .filter(|l| !l.is_empty())
                    .count()
            )),
            Some((T::Furniture, 4)),
            "{variant}"
        );
    });
}

/// A letterhead over a release, a name over its street address, is
/// furniture, and the label, date and headline under it are read as they
/// are with none.
#[test]
fn letterhead_over_a_release() {
    let text = "MORRIS COUNTY SHERIFF'S OFFICE\n808 N. Main St.\n\nFOR IMMEDIATE RELEASE\nFebruary 23, 2024\n\nDEPUTIES SEARCH FOR MISSING HIKER, 29, LAST SEEN THURSDAY\n\nMORRISTOWN, N.J. (February 23, 2024) \u{2014} The sheriff's office is asking for help.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_headline_dateline(
            a,
            "DEPUTIES SEARCH FOR MISSING HIKER, 29, LAST SEEN THURSDAY",
            "MORRISTOWN, N.J. (February 23, 2024) \u{2014}",
            variant,
        );
        assert_eq!(
            a.trailers()
                .iter()
                .take(2)
                .map(|t| (t.kind(), t.as_str()))
                .collect::<Vec<_>>(),
            vec![
                (T::Furniture, "MORRIS COUNTY SHERIFF'S OFFICE"),
                (T::Furniture, "808 N. Main St."),
            ],
            "{variant}"
        );
    });
}

/// A letterhead of any lines over a release's label (the office's name,
/// its address with the town, its head) is furniture, and so is the label
/// alone with its colon; the headline is read under the label and its
/// date, not from the letterhead.
#[test]
fn letterhead_of_lines_over_a_labelled_release() {
    let cases = [
        (
            "BROOKSIDE POLICE DEPARTMENT\n693 Commerce Street | Brookside, NJ 07001\nChief of Police Ann Poe\n\nFOR IMMEDIATE RELEASE:\nWednesday, February 12, 2025\n\nBrookside man arrested after park vandalism\n\nBROOKSIDE, N.J. (February 12, 2025) - Detectives arrested a man on Tuesday.\n\nMore.",
            "Brookside man arrested after park vandalism",
            "FOR IMMEDIATE RELEASE:",
        ),
        (
            "KENT COUNTY SHERIFF'S OFFICE\nSheriff Tom Roe\n\nPRESS RELEASE\n\nTuesday, October 7, 2025\n\nFatal crash closes Industrial Parkway for hours\n\nKENT COUNTY, MI \u{2014} Deputies were called to Industrial Parkway near Maple Avenue at about 3 a.m. Tuesday.\n\nMore.",
            "Fatal crash closes Industrial Parkway for hours",
            "PRESS RELEASE",
        ),
    ];
    for (text, headline, kicker) in cases {
        each_variant(text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some(headline),
                "{variant}"
            );
            assert_eq!(a.kicker().map(|k| k.as_str()), Some(kicker), "{variant}");
            assert!(a.byline().is_none(), "{variant}");
            assert!(a.dateline().is_some(), "{variant}");
            assert!(
                a.trailers()
                    .iter()
                    .take(2)
                    .all(|t| t.kind() == T::Furniture),
                "{variant}"
            );
        });
    }
    // (other offices' names, by their last word or a line of their own)
    for name in [
        "UTAH COUNTY BOARD OF COMMISSIONERS\nPublic Information Office",
        "FREMONT COUNTY FIRE RESCUE\nCommunity Risk Reduction",
        "Office of the Sheriff\nPike County, Kentucky",
        "CITY OF SHELBYVILLE\nPOLICE DEPARTMENT\n989 Maple Avenue | Shelbyville, TN 38160",
    ] {
        let text = format!(
            "{name}\n\nMEDIA RELEASE\n\nFriday, July 25, 2025\n\nScammers pose as utility workers\n\nThe department has received 38 reports in the past two weeks of callers demanding payment.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Scammers pose as utility workers"),
                "{name:?} {variant}"
            );
        });
    }
    // (a label under more parts than a letterhead's is no letterhead's:
    // the body's name stays the headline)
    let text = "CITY POLICE DEPARTMENT\n\nOne\n\nTwo\n\nThree\n\nFour\n\nPRESS RELEASE\n\nScammers pose as utility workers\n\nSPRINGFIELD, Ill. \u{2014} The department has received 38 reports in the past two weeks of callers demanding payment.";
    let a = dateline::parse(text);
    assert_eq!(
        a.headline().map(|h| h.as_str()),
        Some("CITY POLICE DEPARTMENT")
    );
    // (a label's colon with nothing after it is the label's)
    let a = dateline::parse("For Immediate Release:\n\nPark reopens\n\nMore text.");
    assert_eq!(
        a.kicker().map(|k| k.as_str()),
        Some("For Immediate Release:")
    );
    assert_eq!(a.headline().map(|h| h.as_str()), Some("Park reopens"));
}

/// A police or fire department's fields under the release's label, a line
/// each (`Released by:`, `Location:`, `Units:`), are furniture, not the
/// headline; a line of another label is not one of them.
#[test]
fn release_fields_over_the_headline() {
    let text = "GLENWOOD FIRE DEPARTMENT\nCommunity Risk Reduction\n\nNEWS RELEASE\nDate: September 6, 2025\nIncident #: 25-2766\nLocation: 4100 block of Main Street\nUnits: E2, E11, L4, BC1\n\nCrews battle house fire on County Road 14\n\nTOOMBS COUNTY, Ga. -- Firefighters were sent at 7:30 a.m.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Crews battle house fire on County Road 14"),
            "{variant}"
        );
        assert!(
            a.trailers().iter().any(|t| t.kind() == T::Furniture
                && t.as_str()
                    .starts_with("Location: 4100 block of Main Street")),
            "{variant}"
        );
    });
    let text = "MARION COUNTY SHERIFF'S OFFICE\nSheriff Ann Poe\n\nNEWS RELEASE\n\nRelease Date: 01/19/2026\nCase Number: 26-20959\nReleased by: Capt. Tom Roe\n\nTwo hurt in Maple Avenue collision\n\nDeputies were called to Maple Avenue at about 3:20 p.m. Monday.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Two hurt in Maple Avenue collision"),
            "{variant}"
        );
        assert!(a.byline().is_none(), "{variant}");
    });
    // (a field's label with no value, or another label, is none)
    let a = dateline::parse("NEWS RELEASE\n\nLocation:\nUnits\n\nSome text here.");
    assert_eq!(a.headline().map(|h| h.as_str()), Some("Location:\nUnits"));
    let a = dateline::parse("NEWS RELEASE\n\nSummary: Crews battle a fire\n\nSome text here.");
    assert_eq!(
        a.headline().map(|h| h.as_str()),
        Some("Summary: Crews battle a fire")
    );
}

/// A deck set in under a one-line headline in its block is the deck, not
/// the headline's second line; a headline wrapped level is one headline.
#[test]
fn indented_deck_under_a_release_headline() {
    let text = "SOMERSET COUNTY GOVERNMENT\nOffice of Communications\n\nNEWS RELEASE\n\nCouncil OKs budget with 2% property tax increase\n  Residents encouraged to plan ahead\n\nWESTOVER, Md. (Oct. 14, 2025) \u{2013} The board voted 7-0 on Tuesday.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Council OKs budget with 2% property tax increase"),
            "{variant}"
        );
        assert_eq!(
            a.deck().map(|d| d.as_str()),
            Some("Residents encouraged to plan ahead"),
            "{variant}"
        );
    });
    let a = dateline::parse(
        "NEWS RELEASE\n\nCouncil OKs budget with a 2% property tax increase\nfor next year\n\nThe board voted 7-0 on Tuesday night.",
    );
    assert_eq!(
        a.headline().map(|h| h.as_str()),
        Some("Council OKs budget with a 2% property tax increase\nfor next year")
    );
}

/// A state agency's name over the release's date and contact, with no
/// label, is furniture: the headline is under them.
#[test]
fn issuer_over_a_stamp_and_contact() {
    for issuer in [
        "Ohio Department of Public Safety",
        "Ohio Bureau of Investigation",
    ] {
        let text = format!(
            "{issuer}\n\nSeptember 22, 2025\nContact: Ann Poe, (614) 555-0100\n\nOne dead in Route 9 collision\n\nCOLUMBUS \u{2013} Troopers were called to Route 9 at about 12:15 a.m. Tuesday.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("One dead in Route 9 collision"),
                "{issuer:?} {variant}"
            );
            assert_eq!(
                a.trailers().first().map(|t| (t.kind(), t.as_str())),
                Some((T::Furniture, issuer)),
                "{variant}"
            );
        });
    }
}

/// A newsletter's name over the story it carries is the kicker, not the
/// headline: a name ending in a newsletter's word (`Memo`, `NOTES`,
/// `Briefing`), an edition's name underlined, or a name in square
/// brackets where the mail showed its logo.
#[test]
fn newsletter_names_over_the_story() {
    for name in [
        "The Mill Street Memo",
        "NORTH FORK NOTES",
        "The Briefing",
        "Lakeside Civic Affairs Desk",
        "The Daily Sentinel Daily Briefing\n===============================",
        "[Harbor Gazette]",
    ] {
        let text = format!(
            "{name}\n\nTeachers union reaches tentative deal, averting strike\n\nBy Ann Poe\n\nCHATTANOOGA, Tenn. -- Teachers reached a tentative deal late Tuesday, hours before a strike deadline.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Teachers union reaches tentative deal, averting strike"),
                "{name:?} {variant}"
            );
            // (the kicker, or furniture where another reading takes it)
            let first = name.lines().next().unwrap_or_default();
            assert!(
                a.kicker().is_some_and(|k| k.as_str().starts_with(first))
                    || a.trailers().iter().any(|t| t.as_str().starts_with(first)),
                "{name:?} {variant}"
            );
        });
    }
    // (a short headline ending so, a bracketed aside of other words, stay
    // the headline)
    for head in ["Council Notes", "[Updated] Council passes budget"] {
        let text = format!(
            "{head}\n\nBy Ann Poe\n\nCHATTANOOGA, Tenn. -- Teachers reached a tentative deal late Tuesday, hours before a strike deadline.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.headline()
                    .map(|h| h.as_str().replace("\r\n", "\n").replace('\r', "\n")),
                Some(head.to_string()),
                "{head:?} {variant}"
            );
        });
    }
}

/// A newsletter's name with its control after a dash or on the next line
/// (`The Lantern — View in browser`, `High Desert Dispatch` / `Read
/// Online`) is furniture; a headline ending in the control's words after a
/// space is a headline.
#[test]
fn newsletter_names_with_their_controls() {
    for top in [
        "The Lantern \u{2014} View in browser",
        "Valley Watch | View online",
        "High Desert Dispatch\nRead Online",
    ] {
        let text = format!(
            "{top}\n\nWater main break leaves thousands under boil advisory\nCrews worked overnight to repair a 24-inch line\nBy Ann Poe\n\nTOPEKA, Kan., March 16 \u{2013} About 45,000 residents were told to boil their water on Sunday.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Water main break leaves thousands under boil advisory"),
                "{top:?} {variant}"
            );
            assert_eq!(
                a.trailers().first().map(|t| t.kind()),
                Some(T::Furniture),
                "{top:?} {variant}"
            );
        });
    }
    let a = dateline::parse(
        "Five Classic Novels You Can Read Online\n\nBy Ann Poe\n\nLibraries have put their collections on the web this year.",
    );
    assert_eq!(
        a.headline().map(|h| h.as_str()),
        Some("Five Classic Novels You Can Read Online")
    );
}

/// A newsletter's name and its edition's date over the story it carries
/// (`Evening Edition — February 21`, `The Global Ledger: October 12,
/// 2026`) is furniture, and so is a short line leading into the story
/// over its first paragraph (`In brief:`): the story under them has no
/// headline of theirs.
#[test]
fn newsletter_editions_and_lead_ins() {
    let text = "Evening Edition \u{2014} February 21\n\nFROM THE WIRE\n\nMining company agrees to $1.2 billion lithium deal\n\nBy QUINN WEXLER\nAssociated Press\n\nSANTIAGO, Chile (AP) \u{2014} A state-backed mining company agreed on Friday to a joint venture.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Mining company agrees to $1.2 billion lithium deal"),
            "{variant}"
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("By QUINN WEXLER"),
            "{variant}"
        );
    });
    let text = "The Global Ledger: October 12, 2026\n\nIn brief:\n\nHANOI, October 12 (Reuters) - Vietnam's central bank left its benchmark interest rate unchanged on Sunday.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert!(a.headline().is_none(), "{variant}");
        assert_eq!(
            a.dateline().map(|d| d.as_str()),
            Some("HANOI, October 12 (Reuters) -"),
            "{variant}"
        );
        assert_eq!(
            a.trailers()
                .iter()
                .map(|t| (t.kind(), t.as_str()))
                .collect::<Vec<_>>(),
            vec![
                (T::Furniture, "The Global Ledger: October 12, 2026"),
                (T::Furniture, "In brief:"),
            ],
            "{variant}"
        );
    });
}

/// A page saved from a text browser: its menu with the links' numbers
/// (`[2]Home [3]News …`) and its picture's file name in brackets
/// (`[logo.svg]`, `[IMG]`) are furniture, and the headline is read under
/// them; a headline of capitalised words is no menu for its brackets.
#[test]
fn text_browser_page_tops() {
    for picture in ["[logo.svg]", "[IMG]", "[masthead.PNG]"] {
        let text = format!(
            "   [1]Skip to main content\n\n   [2]Home [3]News [4]Local [5]Politics [6]Sports [7]Opinion\n\n   {picture}\n\n   Heat wave pushes temperatures past 40C in Nairobi\n\n   By Ann Poe\n\n   NAIROBI -- Temperatures soared to record levels across the region on\n   Tuesday, prompting officials to open cooling centers.\n\n   More."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Heat wave pushes temperatures past 40C in Nairobi"),
                "{picture:?} {variant}"
            );
            assert_eq!(
                a.dateline().map(|d| d.as_str()),
                Some("NAIROBI --"),
                "{variant}"
            );
        });
    }
    // (a picture's name with words in it, and a bracketed word with no
    // file's ending, stay the headline)
    for head in [
        "[Photo of the day] Storm Clouds Over Nairobi",
        "[Updated] Storms Hit Nairobi",
    ] {
        let text = format!("{head}\n\nBy Ann Poe\n\nThe rain began on Monday night.");
        let a = dateline::parse(&text);
        assert_eq!(a.headline().map(|h| h.as_str()), Some(head));
    }
}

/// A photo's caption as Reuters' site prints it between the header and
/// the story, ending in its licensing link, is furniture, and the
/// dateline under it is read, though the caption is longer than a
/// header's line; copied with no blank lines, it is a header's line. A
/// section's name over the headline, the names and a stamp under it, are
/// the kicker, not a magazine's fly-title over names read as a headline.
#[test]
fn licensed_caption_over_the_dateline() {
    let caption = "Formula One F1 - British Grand Prix - Silverstone Circuit, Silverstone, Britain - July 6, 2025 Race winner Ann Poe celebrates on the podium after the race REUTERS/Tom Roe Purchase Licensing Rights, opens new tab";
    assert!(caption.len() > 200);
    let text = format!(
        "Motor racing-Poe wins wet British GP as title rival crashes out\n\nBy Tom Roe\n\nJuly 6, 2025 5:41 PM GMT+1\n\n{caption}\n\nSILVERSTONE, England, July 6 (Reuters) - Ann Poe won a rain-hit British Grand Prix on Sunday.\n\nMore."
    );
    each_variant(&text, |a, _, variant| {
        assert_eq!(
            a.dateline().map(|d| d.as_str()),
            Some("SILVERSTONE, England, July 6 (Reuters) -"),
            "{variant}"
        );
        assert!(
            a.trailers()
                .iter()
                .any(|t| t.kind() == T::Furniture && t.as_str() == caption),
            "{variant}"
        );
        assert_eq!(a.paragraphs().count(), 2, "{variant}");
    });
    // the page copied with no blank lines: the caption, shorter, among the
    // header's lines over the story's first paragraph, and a section's
    // name over the headline (the stamp under the names is no rubric)
    let caption = "[1/2]Workers assemble a machine at a plant in Stuttgart, Germany, January 20, 2026. REUTERS/Kai Brenner/File Photo Purchase Licensing Rights";
    let text = format!(
        "Business\nGerman factory orders fall more than expected in January\nBy Ann Poe\nMarch 3, 20269:12 AM GMT+1Updated 2 hours ago\n{caption}\nBERLIN, March 3 (Reuters) - German industrial orders fell by 3.1% in January from the previous month, data showed on Tuesday, a steeper drop than expected.\n\nMore."
    );
    each_variant(&text, |a, _, variant| {
        assert_eq!(
            a.dateline().map(|d| d.as_str()),
            Some("BERLIN, March 3 (Reuters) -"),
            "{variant}"
        );
        assert_eq!(
            a.kicker().map(|k| k.as_str()),
            Some("Business"),
            "{variant}"
        );
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("German factory orders fall more than expected in January"),
            "{variant}"
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("By Ann Poe"),
            "{variant}"
        );
    });
    let text = "Business\n\nGerman factory orders fall\n\nBy Ann Poe\n\nMarch 3, 2026 Updated 2 hours ago\n\nBERLIN (Reuters) - Orders fell.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_head(
            a,
            Some("Business"),
            "German factory orders fall",
            &[T::Timestamp],
            variant,
        );
    });
}

/// A match report's writer with the ground (`Ann Poe at Anfield`, `By Ann
/// Poe, at Old Trafford`) is the byline, the ground no part of the names.
#[test]
fn match_report_bylines_at_the_ground() {
    for (line, names) in [
        ("Ann Poe at Anfield", "Ann Poe"),
        ("By Ann Poe, at Old Trafford", "Ann Poe"),
        ("Tom Roe-Moe at Cheltenham", "Tom Roe-Moe"),
    ] {
        let text = format!(
            "Liverpool 3-1 Brighton: late double keeps champions in step with leaders\n\n{line}\n\nFor 50 minutes Brighton threatened to spoil the afternoon.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.byline()
                    .map(|b| (b.as_str(), b.authors().collect::<Vec<_>>())),
                Some((line, vec![names])),
                "{variant}"
            );
        });
    }
}

/// `ReliefWeb`'s report page: the first country and the count of the
/// others over the title (`Afghanistan + 3 more`), and the report's
/// fields under it (`Format:`, `Source:`, `Posted:`, `Originally
/// published:`), are furniture, stamps and the source line.
#[test]
fn relief_report_fields_around_the_title() {
    let text = "Afghanistan + 3 more\n\nAfghanistan: Earthquake - Flash Update No. 4 (As of 11 January 2026)\n\nFormat: Situation Report\nSource: OCHA\nPosted: 11 Jan 2026\nOriginally published: 11 Jan 2026\n\nHeavy rain and strong winds have affected an estimated 140,000 people in Herat Province.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Afghanistan: Earthquake - Flash Update No. 4 (As of 11 January 2026)"),
            "{variant}"
        );
        assert!(a.deck().is_none(), "{variant}");
        assert_eq!(
            a.trailers()
                .iter()
                .map(|t| (t.kind(), t.as_str()))
                .collect::<Vec<_>>(),
            vec![
                (T::Furniture, "Afghanistan + 3 more"),
                (T::Furniture, "Format: Situation Report"),
                (T::SourceLine, "Source: OCHA"),
                (T::Timestamp, "Posted: 11 Jan 2026"),
                (T::Timestamp, "Originally published: 11 Jan 2026"),
            ],
            "{variant}"
        );
        assert_eq!(a.paragraphs().count(), 2, "{variant}");
    });
}

/// A listed company's stock tickers over its release's headline (`TSX:
/// REDR`) are furniture, and so is the issuer's name over them in a block
/// under an exchange's label and the day (`ASX RELEASE` / `15 April 2025`
/// / `Tidemark Energy Limited` / `ASX: TIDE`).
#[test]
fn stock_tickers_over_a_release_headline() {
    for tickers in ["TSX: REDR", "(NYSE: RDH, TSX: RDH.U)"] {
        let text = format!(
            "{tickers}\n\nRedhaven Resources Reports Record Production and Declares Quarterly Dividend\n\nCALGARY, AB, Dec. 8, 2025 /CNW/ - Redhaven Resources (TSX: REDR) announced today its results.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some(
                    "Redhaven Resources Reports Record Production and Declares Quarterly Dividend"
                ),
                "{variant}"
            );
            assert_eq!(
                a.trailers().first().map(|t| (t.kind(), t.as_str())),
                Some((T::Furniture, tickers)),
                "{variant}"
            );
        });
    }
    for label in ["ASX RELEASE", "ASX/MEDIA RELEASE"] {
        for headline in [
            "QUARTERLY ACTIVITIES REPORT",
            "Drilling Extends Lithium Mineralisation at Redcliff",
        ] {
            let text = format!(
                "{label}\n15 April 2025\n\nTidemark Energy Limited\nASX: TIDE\n\n{headline}\n\nHighlights\n\nDrill hole BW199 returned 60m at 8.52 g/t gold from 83m.\n\nAssays for the remaining holes are expected in the coming weeks."
            );
            each_variant(&text, |a, _, variant| {
                assert_eq!(
                    a.headline().map(|h| h.as_str()),
                    Some(headline),
                    "{label} {variant}"
                );
                assert_eq!(a.kicker().map(|h| h.as_str()), Some(label), "{variant}");
                assert!(a.byline().is_none(), "{variant}");
            });
        }
    }
}

/// A radio script in capitals opens with the announcer's line, a
/// speaker's label and a sentence (`ANNCR: GOOD MORNING, …`): no headline.
/// A headline in capitals ending in a stop, as old papers set them, is
/// still the headline.
#[test]
fn script_lines_are_no_headlines() {
    let text = "ANNCR: GOOD MORNING, IT'S 6:40 AND HERE'S YOUR FARM NEWS.\n\nSALE BARNS ACROSS WESTERN TEXAS HAVE BEEN RUNNING TWICE THEIR\nNORMAL VOLUME OF COWS THIS MONTH.\n\nTHAT'S THE FARM NEWS. I'M ANN POE.";
    assert_headline_each(text, None);
    let text = "SENATE PASSES THE TARIFF BILL.\n\nThe Senate this afternoon passed the tariff bill by a vote of 49 to 22.\n\nThe bill now goes to conference.";
    assert_headline_each(text, Some("SENATE PASSES THE TARIFF BILL."));
}

/// An obituary's life span under the name, in its block or in one of its
/// own (`1938 - 2024`, `April 14, 1932 ~ January 17, 2025 (age 92)`), is
/// furniture, and the name is the headline; two years out of order, or too
/// far apart for a life, wrap the headline.
#[test]
fn obituary_life_spans_under_the_name() {
    let story = "\n\nHarold Beckstrom, 86, of Fergus Falls, died Thursday at Lake Region Care Center.\n\nFuneral: 11 a.m. Tuesday at Bethlehem Lutheran Church.";
    for (head, span) in [
        ("Harold \"Hal\" Beckstrom\n1938 - 2024", "1938 - 2024"),
        (
            "Harold \"Hal\" Beckstrom\n1938\u{2013}2024",
            "1938\u{2013}2024",
        ),
        ("Harold \"Hal\" Beckstrom\n\n1938-2024", "1938-2024"),
        (
            "Harold \"Hal\" Beckstrom\nApril 14, 1938 ~ October 10, 2024 (age 86)",
            "April 14, 1938 ~ October 10, 2024 (age 86)",
        ),
        (
            "Harold \"Hal\" Beckstrom\n14 April 1938 \u{2014} 10 October 2024 (aged 86)",
            "14 April 1938 \u{2014} 10 October 2024 (aged 86)",
        ),
        (
            "Harold \"Hal\" Beckstrom\nApril 14, 1938 - October 10, 2024",
            "April 14, 1938 - October 10, 2024",
        ),
        (
            "Harold \"Hal\" Beckstrom\nApril 14, 1938 to October 10, 2024",
            "April 14, 1938 to October 10, 2024",
        ),
    ] {
        each_variant(&format!("{head}{story}"), |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Harold \"Hal\" Beckstrom"),
                "{variant}"
            );
            assert_eq!(
                a.trailers()
                    .first()
                    .map(|t| (t.kind(), t.as_str().replace("\r\n", "\n"))),
                Some((T::Furniture, span.to_owned())),
                "{variant}"
            );
        });
    }
    for head in [
        "Harold \"Hal\" Beckstrom\n2024 - 1938",
        "Harold \"Hal\" Beckstrom\n1838 - 2024",
    ] {
        each_variant(&format!("{head}{story}"), |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.normalized()).as_deref(),
                Some(head.replace('\n', " ").as_str()),
                "{variant}"
            );
        });
    }
}

/// A page's title keeps the site's name after the headline (`… - CNN`,
/// `… | Fox News`, `… | Business | The Guardian`, `… – The Irish Times`,
/// an agency in brackets): the name, with its separator and any section a
/// bar joins, is furniture, and the site's name alone on the line under
/// the headline parts from it as an agency's name does. A name after a
/// dash that the story credits with a report (Reuters' `… - Bloomberg
/// News`) stays the headline's, and so does a dash before other words.
#[test]
fn site_names_after_the_headline() {
    for (text, headline, site) in [
        (
            "Pipeline protesters vow to stay through winter - CNN\nCNN\nBismarck, North Dakota (CNN) Hundreds of protesters say they will stay.\n\nMore.",
            "Pipeline protesters vow to stay through winter",
            "- CNN",
        ),
        (
            "Teen hiker found alive after four days | Fox News\n\nSALT LAKE CITY – A hiker was found alive on Wednesday, officials said.\n\nMore.",
            "Teen hiker found alive after four days",
            "| Fox News",
        ),
        (
            "Why the pound fell again this week | Business | The Guardian\n\nThe pound fell for a third day.\n\nMore.",
            "Why the pound fell again this week",
            "| Business | The Guardian",
        ),
        (
            "Dublin port traffic hits a record – The Irish Times\n\nDUBLIN – Traffic through the port rose.\n\nMore.",
            "Dublin port traffic hits a record",
            "– The Irish Times",
        ),
        (
            "Oil Edges Higher on Supply Worries (Reuters)\n\nReuters - Oil prices rose on Monday.\n\nMore.",
            "Oil Edges Higher on Supply Worries",
            "(Reuters)",
        ),
    ] {
        each_variant(text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some(headline),
                "{variant}"
            );
            assert_eq!(
                a.trailers().first().map(|t| (t.kind(), t.as_str())),
                Some((T::Furniture, site)),
                "{variant}"
            );
        });
    }
    // a page's title and site over a byline: the headline (the site's
    // name furniture), not a byline
    let text =
        "Council Votes To Close Bridge | Example News\n\nBy Ann Poe\n\nThe council voted.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_head(
            a,
            None,
            "Council Votes To Close Bridge",
            &[T::Furniture],
            variant,
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("By Ann Poe"),
            "{variant}"
        );
    });
    // the site's name alone under the headline, in its block (but a role
    // line under names is the byline's)
    let text = "Oil Tanker Runs Aground Off Alaska Coast\nReuters\nANCHORAGE (Reuters) - A tanker ran aground on Thursday.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_head(
            a,
            None,
            "Oil Tanker Runs Aground Off Alaska Coast",
            &[],
            variant,
        );
        assert_eq!(a.byline().map(|b| b.as_str()), Some("Reuters"), "{variant}");
    });
    let text = "By Ann Poe\nReuters\n\nOfficials said the talks would go on.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert!(a.headline().is_none(), "{variant}");
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("By Ann Poe"),
            "{variant}"
        );
    });
    // (the longest names and the fewest words)
    for (text, headline, site) in [
        (
            "Transit board delays its vote \u{2013} The Milwaukee Journal Sentinel\n\nThe vote was delayed.\n\nMore.",
            "Transit board delays its vote",
            "\u{2013} The Milwaukee Journal Sentinel",
        ),
        (
            "Budget passes - ABC News\n\nThe budget passed.\n\nMore.",
            "Budget passes",
            "- ABC News",
        ),
    ] {
        each_variant(text, |a, _, variant| {
            assert_head(a, None, headline, &[T::Furniture], variant);
            assert_eq!(
                a.trailers().first().map(|t| t.as_str()),
                Some(site),
                "{variant}"
            );
        });
    }
    let reports = [
        "Bloomberg News reported on Tuesday",
        "Bloomberg News first reported on Tuesday",
        "Bloomberg News said on Tuesday",
        "according to Bloomberg News",
        "a source told Bloomberg News",
    ];
    let credited = reports.map(|report| {
        format!("Kestrel Bank weighs sale of loan book - Bloomberg News\n\nLONDON (Reuters) - Kestrel Bank is weighing a sale, {report}.\n\nMore.")
    });
    for text in credited.iter().map(String::as_str).chain([
        // (no site after the dash; too few words before it; a long
        // part between bars is the headline's)
        "Storm closes schools across the county - live\n\nMore snow is due.\n\nMore.",
        "Review - The Guardian\n\nThe play opened.\n\nMore.",
        // (a letter whose last byte is the en dash's: `ē` is C4 93)
        "Ferries resume to the islet of Rē Sky News\n\nThe ferries run daily.\n\nMore.",
        "Sanctions | what the new export rules mean for small firms | Reuters\n\nThe rules start in May.\n\nMore.",
    ]) {
        let headline = text.split("\n\n").next().unwrap_or_default();
        let headline = headline.strip_suffix(" | Reuters").unwrap_or(headline);
        each_variant(text, |a, _, variant| {
            assert_eq!(a.headline().map(|h| h.as_str()), Some(headline), "{variant}");
        });
    }
}

/// The lines a copy of a story carries over it, a print view's, a
/// read-later or reader app's, a blog's, a reprint's, a web archive's, are furniture: the
/// headline under them is the headline. A headline that opens as one of
/// them does, with no address after `Saved from`, stays the headline.
#[test]
fn lines_of_a_copy_over_the_headline() {
    let head = "Red tide returns to Sarasota Bay beaches";
    for top in [
        "Print this page",
        "Print this article",
        "Printer-friendly version",
        "Printed from\nTHE SARASOTA DAILY",
        "Article printed from Coastal Courier: https://www.coastal.example",
        "URL to article: https://www.coastal.example/2026/08/22/red-tide/",
        "Source URL: https://www.coastal.example/2026/08/22/red-tide/",
        "Source: https://www.coastal.example/2026/08/22/red-tide/",
        "Saved from https://www.coastal.example/2026/08/22/red-tide/",
        "Saved from npr.org",
        "\u{d7}",
        "\u{d7}  coastal.example",
        "Member-only story",
        "Published in Gulf Notes",
        "Published in\nGulf Notes",
        "Posted in News",
        "Flipboard",
        "Flipped by Ann Poe into Florida",
        "Flipped into Florida by Ann Poe",
        "SmartNews \u{b7} Top",
        "NewsBreak Original",
        "Republished from The Conversation",
        "Reprinted from The Conversation",
        "Republished with permission from Coastal Courier",
        "Reprinted with permission of Coastal Courier",
        // (a newsletter's mail)
        "View this post on the web at https://gulfnotes.substack.com/p/red-tide-returns-to-sarasota-bay-beaches",
        "Having trouble viewing this email? View it in your browser.",
        // (a web archive's copy of the page)
        "The Wayback Machine - https://web.archive.org/web/20100302121033/http://www.coastal.example/red-tide/",
    ] {
        let text = format!(
            "{top}\n\n{head}\n\nSARASOTA, Fla. (AP) — Red tide has returned to beaches along Sarasota Bay.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some(head),
                "{top:?} ({variant})"
            );
            assert_eq!(
                a.trailers().first().map(|t| t.kind()),
                Some(T::Furniture),
                "{top:?} ({variant})"
            );
            assert_eq!(
                a.dateline().map(|d| d.as_str()),
                Some("SARASOTA, Fla. (AP) —"),
                "{top:?} ({variant})"
            );
        });
    }
    // (over a headline with its standfirst run on under it, names and a
    // stamp: the copy's top leaves the standfirst its deck)
    for top in [
        "View this post on the web at https://harborbrief.substack.com/p/the-board-blinked",
        "Member-only story",
    ] {
        let text = format!(
            "{top}\n\nThe Harbor Board Blinked. Here Is What Comes Next\nNotes from the March meeting, plus a reader mailbag\nGabriel Osei\nMar 18\n\nThe board held its fees where they were, but its statement dropped a phrase.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("The Harbor Board Blinked. Here Is What Comes Next"),
                "{top:?} ({variant})"
            );
            assert_eq!(
                a.deck().map(|d| d.as_str()),
                Some("Notes from the March meeting, plus a reader mailbag"),
                "{top:?} ({variant})"
            );
            assert_eq!(
                a.byline().map(|b| b.as_str()),
                Some("Gabriel Osei"),
                "{top:?} ({variant})"
            );
        });
    }
    // (the app's lines in blocks of their own over a publisher's label,
    // the headline and names with no `By`: the header reads on under them)
    let text = "Flipboard\n\nFlipped into Science Now by Ann Poe\n\nThe Conversation\n\nWhy your ears pop on a plane, and what the tiny tube is doing\n\nTom Roe, University of Marlow\n\nIf you have ever felt your ears pop on a plane, you know the feeling.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Why your ears pop on a plane, and what the tiny tube is doing"),
            "{variant}"
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("Tom Roe, University of Marlow"),
            "{variant}"
        );
    });
    for head in [
        "Saved from eviction, a family of six moves home",
        "Posting in the dark: a week without power",
        "Printers fall silent at the last union shop",
    ] {
        let text = format!("{head}\n\nBy Ann Poe\n\nThe family moved home on Friday.\n\nMore.");
        each_variant(&text, |a, _, variant| {
            assert_eq!(a.headline().map(|h| h.as_str()), Some(head), "{variant}");
            assert!(a.trailers().is_empty(), "{head:?} ({variant})");
        });
    }
    // (a story's first paragraph may open so, at more than a copy's line)
    let first = "Published in the spring of 1850 by a printer on Water Street, the almanac told farmers when to plant, when the tides would turn and which saints' days fell on market days.";
    assert!(first.len() > 160);
    let text = format!("{first}\n\nIt sold out in a week.");
    each_variant(&text, |a, _, variant| {
        assert_eq!(
            a.paragraphs().next().map(|p| p.as_str()),
            Some(first),
            "{variant}"
        );
    });
}

/// A page's time stamp in another language the date grammar reads, with
/// its label (`Publié le …`, `Stand: …`, `Atualizado: …`) or a date and
/// time alone (`03.12.2026, 10.12 Uhr`), is a time stamp under the byline,
/// not the story's first paragraph; a headline or paragraph that opens
/// with such a label or a figure stays what it was.
#[test]
fn stamps_in_other_languages() {
    for stamp in [
        "Publié le 15/01/2026 à 18:30, mis à jour le 15/01/2026 à 20:02",
        "Publié le 3 décembre 2026 à 10h12",
        "Mis à jour le 3 décembre 2026 à 12h40",
        "Stand: 03.12.2026 10:12 Uhr",
        "Aktualisiert am 03.12.2026, 10:12 Uhr",
        "Veröffentlicht am 3. Dezember 2026, 10:12 Uhr",
        "Actualizado: 03/12/2026 10:12 CET",
        "Publicado el 3 dic 2026, 10:12",
        "Atualizado: 22.jun.2026 às 21h32",
        "Pubblicato il 15 gennaio 2026 alle 07:58",
        "Aggiornato il 15 gennaio 2026 alle 09:10",
        "Gepubliceerd op 18 augustus 2026 om 14.27 uur",
        "Bijgewerkt op 18 augustus 2026 om 15:02",
        "Güncelleme: 03.12.2026 10:12",
        "Yayınlanma: 03.12.2026 10:12",
        "Opublikowano: 03.12.2026 10:12",
        "Опубликовано: 03.12.2026 10:12",
        "Обновлено: 03.12.2026 10:40",
        "Modifié le 3 décembre 2026 à 12h40",
        "03.12.2026, 10.12 Uhr",
        "22.jun.2026 às 20h10",
        "15 gennaio 2026 alle 07:58",
        "14.27 uur",
        "Le 7 février 2025 à 18h45",
    ] {
        let text = format!(
            "Streit über den Haushalt\n\nVon Anna Berg\n{stamp}\n\nEs ist ein Dokument von sieben Seiten.\n\nMehr."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.trailers().first().map(|t| (t.kind(), t.as_str())),
                Some((T::Timestamp, stamp)),
                "{variant}"
            );
            assert_eq!(
                a.byline().map(|b| b.as_str()),
                Some("Von Anna Berg"),
                "{variant}"
            );
            assert_eq!(
                a.paragraphs().next().map(|p| p.as_str()),
                Some("Es ist ein Dokument von sieben Seiten."),
                "{variant}"
            );
        });
    }
    for line in [
        "Stand der Dinge: drei Fragen zum Haushalt",
        "Publié le 3 décembre, le rapport accuse la mairie",
        "Le 7 février, le maire a quitté la mairie",
        "Le Monde",
        "2026 budget talks stall again in Berlin",
        "03.12.2026 Gericht weist Klage ab",
        "12 dead as storms hit coast at 10:12",
        "2026 15 12",
        "Aktualisiert am",
    ] {
        let text = format!("{line}\n\nVon Anna Berg\n\nEs ist ein Dokument.\n\nMehr.");
        each_variant(&text, |a, _, variant| {
            assert_eq!(a.headline().map(|h| h.as_str()), Some(line), "{variant}");
            assert!(a.trailers().is_empty(), "{line:?} ({variant})");
        });
    }
}

/// A release wire's stamp in another language with the issuer after a
/// bar, as ANP Pers Support prints it over the title (`3 mrt 2026, 09:30 |
/// Waterschap Rivierenland`), is a time stamp, not the headline: the title
/// under it is. A stamp in figures alone before the bar, words in lower
/// case after it, or a headline with no month's name stays a headline.
#[test]
fn foreign_stamps_with_their_issuer() {
    for (line, issuer) in [
        ("3 mrt 2026, 09:30", "Waterschap Rivierenland"),
        ("12 feb 2026, 08:05", "Lumencore B.V."),
        ("21 jan 2026, 08:00", "Gemeente Zwolle"),
        ("3 März 2026, 10:12 Uhr", "Stadtwerke Kiel"),
        ("4 mrt 2026, 11:00", "Ministerie van Financiën"),
    ] {
        let stamp = format!("{line} | {issuer}");
        let text = format!(
            "ANP Pers Support\nPersbericht\n{stamp}\n\nZwolle opent eerste energiehub voor bedrijventerrein\n\nOp bedrijventerrein Hessenpoort is vandaag de eerste energiehub geopend.\n\nMeer."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Zwolle opent eerste energiehub voor bedrijventerrein"),
                "{variant}"
            );
            assert!(
                a.trailers()
                    .iter()
                    .any(|t| t.kind() == T::Timestamp && t.as_str() == stamp),
                "{stamp:?} ({variant})"
            );
            assert!(a.byline().is_none(), "{variant}");
        });
    }
    for line in [
        "12 mrt 2026, 09:30 | de gemeente",
        "12 mrt 2026, 09:30 | Nieuws over de gemeente",
        "03.12.2026 10:12 | Gemeente Zwolle",
        "12 doden bij storm in Zwolle | Nieuws",
    ] {
        let text = format!(
            "{line}\n\nOp bedrijventerrein Hessenpoort is vandaag de eerste energiehub geopend.\n\nMeer."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(a.headline().map(|h| h.as_str()), Some(line), "{variant}");
        });
    }
}

/// The search for a report credited to the paper named after the headline
/// ends at a letter's start when its bound falls inside one: a story of
/// letters outside ASCII still finds the report.
#[test]
fn credited_reports_found_past_letters_outside_ascii() {
    // (the bound, 4,096 bytes after the headline, falls inside an `é`)
    let filler = "é".repeat(2100);
    for pad in ["", " "] {
        let text = format!(
            "Kestrel Bank weighs sale of loan book - Bloomberg News\n\nLONDON (Reuters) - Kestrel Bank is weighing a sale, Bloomberg News reported.{pad} {filler}"
        );
        let a = dateline::parse(&text);
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Kestrel Bank weighs sale of loan book - Bloomberg News"),
            "{pad:?}"
        );
    }
}

/// Stamps and labels of Middle Eastern news pages over the story: the
/// Jordan Times' byline with its two stamps after dashes, Press TV's stamp
/// with its last update in brackets (on one line, and wrapped onto a
/// second), Tasnim's desk, stamp and story number over the headline.
#[test]
fn stamps_and_labels_of_gulf_and_iranian_pages() {
    let jordan = "Local\nCabinet approves capital budget for 2027\nBy Ann Poe - Dec 03,2026 - Last updated at Dec 03,2026\n\nAMMAN — The Cabinet on Thursday approved the draft budget law.\n\nIt goes to the Lower House.";
    each_variant(jordan, |a, _, variant| {
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("By Ann Poe"),
            "{variant}"
        );
        assert_eq!(
            a.trailers().first().map(|t| (t.kind(), t.as_str())),
            Some((T::Timestamp, "- Dec 03,2026 - Last updated at Dec 03,2026")),
            "{variant}"
        );
        assert_eq!(
            a.dateline().and_then(|d| d.place()).map(|p| p.as_str()),
            Some("AMMAN"),
            "{variant}"
        );
    });
    let stamp =
        "Wednesday, 25 November 2026 9:47 PM  [ Last Update: Wednesday, 25 November 2026 9:47 PM ]";
    let wrapped = "Thursday, 03 December 2026 10:12 AM  [ Last Update: Thursday, 03\nDecember 2026 11:05 AM ]";
    // (over a photo's caption in the header's block, and alone in it)
    let caption = "\nThe file photo shows a spokesman for the armed forces, speaking\nin Sana'a.";
    for (stamp, caption) in [(stamp, caption), (wrapped, caption), (wrapped, "")] {
        let text = format!(
            "Yemeni forces target vessel in Red Sea: Spokesman\n{stamp}{caption}\n\nYemen's armed forces say they targeted a vessel in the northern Red Sea.\n\nThe spokesman gave no details."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Yemeni forces target vessel in Red Sea: Spokesman"),
                "{variant}"
            );
            assert_eq!(
                a.trailers().first().map(|t| (
                    t.kind(),
                    t.as_str().replace("\r\n", "\n").replace('\r', "\n")
                )),
                Some((T::Timestamp, stamp.to_owned())),
                "{variant}"
            );
        });
    }
    let tasnim = "Defense news\nDecember, 03, 2026 - 13:25\nNews ID: 3190412\nNavy Destroyer Joins Anti-Piracy Mission in Gulf of Aden\n\nTEHRAN (Tasnim) – The Navy's flotilla has set sail for the Gulf of Aden.\n\nIt will make port calls on the way.";
    each_variant(tasnim, |a, _, variant| {
        assert_eq!(
            a.kicker().map(|k| k.as_str()),
            Some("Defense news"),
            "{variant}"
        );
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Navy Destroyer Joins Anti-Piracy Mission in Gulf of Aden"),
            "{variant}"
        );
        let kinds: Vec<_> = a
            .trailers()
            .iter()
            .map(|t| (t.kind(), t.as_str()))
            .collect();
        assert_eq!(
            kinds,
            [
                (T::Timestamp, "December, 03, 2026 - 13:25"),
                (T::Furniture, "News ID: 3190412")
            ],
            "{variant}"
        );
    });
    // a headline ending in `news` is no desk
    let text = "Markets cheer trade news\nStocks rise for a third day\n\nThe storm hit the coast.\n\nIt rose.";
    each_variant(text, |a, _, variant| {
        assert_eq!(a.kicker().map(|k| k.as_str()), None, "{variant}");
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Markets cheer trade news"),
            "{variant}"
        );
    });
    // a deck with `ID:` in it is no page's number
    for deck in [
        "How to get your ID: 5 steps for 2026",
        "Digital ID: what to know in 2026",
    ] {
        let text = format!(
            "Council weighs new rules for voters\n{deck}\n\nThe council met on Friday.\n\nIt rose."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(a.deck().map(|d| d.as_str()), Some(deck), "{variant}");
            assert!(a.trailers().is_empty(), "{deck:?} ({variant})");
        });
    }
    // a name in capitals under a stamp stays apart from it, though its
    // words read as zones
    let arab = "Saudi Arabia launches fund for tech startups\nUpdated 03 December 2026\nARAB NEWS\nDecember 03, 2026 19:42\n\nRIYADH: Saudi Arabia on Thursday launched a fund.\n\nIt will focus on fintech.";
    each_variant(arab, |a, _, variant| {
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("ARAB NEWS"),
            "{variant}"
        );
    });
    // a date's comma after its month wants the year: `December, 03` alone
    // is no stamp
    let text = "Storm hits the coast of the region\nDecember, 03\n\nThe storm hit.\n\nIt rose.";
    each_variant(text, |a, _, variant| {
        assert!(a.trailers().is_empty(), "{variant}");
    });
}

/// Stamps in Spanish, Portuguese, German and the grammar's other
/// languages that open with the weekday's name, alone or after a label,
/// are time stamps and no dateline (Andes' `Martes, 8 de septiembre de
/// 2026 - 10:12` over the story's own dateline, El Mundo's `Actualizado
/// Martes, …`); a headline opening with a weekday and a place ending with
/// one stay what they are.
#[test]
fn stamps_opening_with_a_weekday_in_other_languages() {
    for stamp in [
        "Martes, 8 de septiembre de 2026 - 10:12",
        "Quinta-feira, 3 de dezembro de 2026",
        "Donnerstag, 03.12.2026, 10:12 Uhr",
    ] {
        let text = format!(
            "Las exportaciones de camarón crecen 12% hasta agosto\nChina concentra casi la mitad de los envíos\n{stamp}\nGuayaquil, 8 sep (Andes).- Las exportaciones sumaron 4.870 millones de dólares.\nChina se mantuvo como el principal destino."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.trailers().first().map(|t| (t.kind(), t.as_str())),
                Some((T::Timestamp, stamp)),
                "{variant}"
            );
            assert_eq!(
                a.dateline().map(|d| d.as_str()),
                Some("Guayaquil, 8 sep (Andes).-"),
                "{variant}"
            );
        });
    }
    let text = "La Audiencia cita como investigado a un exdirector\n\nÁNGELA MARTORELL\nMadrid\nActualizado Martes, 24 noviembre 2026 - 12:07\n\nEl juez ha citado como investigado a un ex director.\n\nLa declaración será el 15 de diciembre.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.trailers().last().map(|t| (t.kind(), t.as_str())),
            Some((
                T::Timestamp,
                "Actualizado Martes, 24 noviembre 2026 - 12:07"
            )),
            "{variant}"
        );
        assert!(a.dateline().is_none(), "{variant}");
    });
    // a headline or deck that opens with a weekday is one: with no date
    // in it, or with other words beside the date's
    for head in [
        "Martes negro en la bolsa de Madrid",
        "Viernes 13",
        "Lunes 3 de marzo, el día en que cambió todo",
    ] {
        let text = format!("{head}\n\nEl índice cayó un 4%.\n\nMás.");
        each_variant(&text, |a, _, variant| {
            assert_eq!(a.headline().map(|h| h.as_str()), Some(head), "{variant}");
            assert!(a.trailers().is_empty(), "{head:?} ({variant})");
        });
    }
    let deck = "Lunes 3 de marzo, el día en que cambió todo";
    let text = format!("La crisis de la bolsa española\n{deck}\n\nEl índice cayó un 4%.\n\nMás.");
    each_variant(&text, |a, _, variant| {
        assert_eq!(a.deck().map(|h| h.as_str()), Some(deck), "{variant}");
        assert!(a.trailers().is_empty(), "{variant}");
    });
    // a place whose last word names a weekday is a place
    for place in ["Santo Domingo", "SANTO DOMINGO"] {
        let text =
            format!("{place}, 3 dic (EFE).- El Gobierno dominicano anunció la medida.\n\nMás.");
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.dateline().and_then(|d| d.place()).map(|p| p.as_str()),
                Some(place),
                "{variant}"
            );
        });
    }
}

/// A byline's box run into the stamp's, as a sports page copied as text
/// prints them (`Ann Poe, ESPN Staff WriterNov 24, 2026, 04:55 PM ET`):
/// the names and their role are the byline, the stamp glued to them a
/// trailer; ESPN after the names' comma is the affiliation's.
#[test]
fn stamps_glued_to_the_byline() {
    for (line, byline, stamp) in [
        (
            "Ann Poe, ESPN Staff WriterNov 24, 2026, 04:55 PM ET",
            "Ann Poe, ESPN Staff Writer",
            "Nov 24, 2026, 04:55 PM ET",
        ),
        (
            "Tom Roe, ESPNDec 8, 2026, 07:40 PM ET",
            "Tom Roe, ESPN",
            "Dec 8, 2026, 07:40 PM ET",
        ),
        (
            "Associated PressNov 29, 2026, 12:48 AM ET",
            "Associated Press",
            "Nov 29, 2026, 12:48 AM ET",
        ),
    ] {
        let text = format!(
            "Lions sign veteran kicker to one-year deal after injury\n\n{line}\n\nClose\n\nALLEN PARK, Mich. -- The Detroit Lions signed a kicker on Tuesday.\n\nHe kicked for Denver last season."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(a.byline().map(|b| b.as_str()), Some(byline), "{variant}");
            assert_eq!(
                a.trailers().first().map(|t| (t.kind(), t.as_str())),
                Some((T::Timestamp, stamp)),
                "{variant}"
            );
            assert_eq!(
                a.dateline().and_then(|d| d.place()).map(|p| p.as_str()),
                Some("ALLEN PARK, Mich."),
                "{variant}"
            );
        });
    }
}

/// Pages print the caption of the writer's picture over the byline, the
/// names twice (ITV's `Ann Poe` / `Ann Poe` / `Consumer Editor`, under the
/// stamp in the headline's block or in blocks of their own): the first is
/// furniture, the second the byline with its role.
#[test]
fn names_printed_twice_over_the_role() {
    for (top, title) in [
        (
            "Energy price cap to fall slightly in January, regulator confirms\nThursday 19 November 2026, 7:01am\nAnn Poe\nAnn Poe\nConsumer Editor",
            Some("Consumer Editor"),
        ),
        (
            "Energy price cap to fall slightly in January, regulator confirms\n\nAnn Poe\n\nAnn Poe\nConsumer Editor",
            Some("Consumer Editor"),
        ),
        // (the role after a comma is the byline's affiliation)
        (
            "Energy price cap to fall slightly in January, regulator confirms\n\nAnn Poe\n\nAnn Poe, Consumer Editor",
            None,
        ),
    ] {
        let text = format!("{top}\n\nHousehold bills will fall slightly in the new year.\n\nMore.");
        each_variant(&text, |a, _, variant| {
            let b = a
                .byline()
                .map(|b| (b.authors().collect::<Vec<_>>(), b.title()));
            assert_eq!(b, Some((vec!["Ann Poe"], title)), "{variant}");
            assert!(
                has_trailer(a, T::Furniture, |t| t == "Ann Poe"),
                "{variant}"
            );
            assert_eq!(
                paragraph_texts(a).first().map(String::as_str),
                Some("Household bills will fall slightly in the new year."),
                "{variant}"
            );
        });
    }
    // a headline printed again (no names) stays the headline; other names
    // under names are no caption
    let text = "Council approves budget\n\nCouncil approves budget\nThe vote was five to two after a long debate\n\nThe council met on Tuesday.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| (h.as_str(), h.span().start())),
            Some((
                "Council approves budget",
                usize::from(variant.contains("bom")) * 3
            )),
            "{variant}"
        );
    });
    let text = "Energy price cap to fall slightly in January, regulator confirms\n\nAnn Poe\n\nAnn Poehler\nConsumer Editor\n\nHousehold bills will fall.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert!(a.trailers().is_empty(), "{variant}");
    });
}

/// A profile's article, as a professional network prints it, runs its
/// header together under the headline: the writer's picture's text and
/// link (the names twice), the writer's role or a page's follower count,
/// the stamp and a control. The names are the byline, the line under them
/// its title (a role no other rule reads), the first copy furniture.
#[test]
fn profile_article_names_twice_over_a_role() {
    for role in [
        "Head of Communications at Harbor Ledger AG",
        "VP, Global Procurement | Board Advisor | Speaker",
        "12,408 followers",
    ] {
        let text = format!(
            "What Nine Years in Freight Taught Me About Saying No\nMarta Quillon\nMarta Quillon\n{role}\nPublished Mar 3, 2026\n+ Follow\n\nThe most expensive word in freight is yes.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("What Nine Years in Freight Taught Me About Saying No"),
                "{variant}"
            );
            let b = a
                .byline()
                .map(|b| (b.as_str(), b.authors().collect::<Vec<_>>(), b.title()));
            assert_eq!(
                b,
                Some(("Marta Quillon", vec!["Marta Quillon"], Some(role))),
                "{variant}"
            );
            assert!(
                has_trailer(a, T::Furniture, |t| t == "Marta Quillon"),
                "{variant}"
            );
            assert!(
                has_trailer(a, T::Timestamp, |t| t == "Published Mar 3, 2026"),
                "{variant}"
            );
        });
    }
    // (a byline read later in the header takes the names' place: their
    // title goes to the trailers with them, every byte a node's)
    let text = "What Nine Years in Freight Taught Me About Saying No\nMarta Quillon\nMarta Quillon\nHead of Communications at Harbor Ledger AG\nPublished Mar 3, 2026\nBy Cpl. Tom Roe\n\nThe most expensive word in freight is yes.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("By Cpl. Tom Roe"),
            "{variant}"
        );
        assert!(
            has_trailer(a, T::Furniture, |t| t
                == "Head of Communications at Harbor Ledger AG"),
            "{variant}"
        );
    });
    // a sentence under the names is no role: the names stay the byline, the
    // sentence is not their title
    let text = "What Nine Years in Freight Taught Me About Saying No\nMarta Quillon\nMarta Quillon\nMarta writes about freight.\nPublished Mar 3, 2026\n\nThe most expensive word in freight is yes.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(a.byline().map(|b| b.title()), Some(None), "{variant}");
    });
}

/// Public bodies and universities print the desk a release is filed under
/// over its headline, a label with a name or topic beside it (`Joint News
/// Release`, `Illinois News Bureau`): the kicker, the line under it the
/// headline. A headline with a verb keeps its place.
#[test]
fn release_desk_over_the_headline() {
    for desk in [
        "Joint News Release",
        "Illinois News Bureau",
        "Meetings Coverage and Press Releases",
        "Press releases Special Procedures",
        "News Releases from Region 10",
        "Press briefing notes Belarus",
        "Briefing Room Press Briefings",
        "Federal Media Releases",
        "Press Statements from Geneva",
        "Office of Press Releases",
        "News & Media Releases",
        "Asia-Pacific Press Releases",
        "UNHCR Briefing Notes",
        "Ministerial Media Release",
        "Ministry Press Release",
        "Ministry Press Statements",
        "OHCHR Press Briefing Notes",
    ] {
        let text = format!(
            "{desk}\n\nCity council approves new budget after long debate\n\nThe council met on Tuesday night.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(a.kicker().map(|k| k.as_str()), Some(desk), "{variant}");
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("City council approves new budget after long debate"),
                "{variant}"
            );
        });
    }
    for title in [
        // (a verb, a small word, a stop, a name of four words)
        "Mayor ends daily press briefings",
        "Agency issues press release",
        "Press release: Acme wins contract.",
        "Tri County Health Department News Release",
        "Press releases now on our site",
    ] {
        let text = format!(
            "{title}\n\nCity council approves new budget after long debate\n\nThe council met on Tuesday night.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            assert_ne!(
                a.headline().map(|h| h.as_str()),
                Some("City council approves new budget after long debate"),
                "{title:?} {variant}"
            );
        });
    }
}

/// Pages print a section's label over the headline (`US politics`,
/// `National`, `Asia & Pacific`): a line read as the headline over a
/// longer one read as its deck is the kicker (furniture under a kicker),
/// the longer line the headline. A short headline over its deck keeps its
/// place.
#[test]
fn section_label_over_a_longer_headline() {
    let title = "Senate confirms new ambassador after long delay";
    for (top, kicker) in [
        ("US politics", Some("US politics")),
        ("International relations", Some("International relations")),
        ("El Mundo", Some("El Mundo")),
        ("Asia & Pacific", Some("Asia & Pacific")),
        ("National", Some("National")),
        ("US", Some("US")),
        // (under a kicker: furniture)
        ("World\nAmericas\nUS politics", Some("World")),
    ] {
        let text =
            format!("{top}\n\n{title}\n\nBy Ann Poe\n\nThe Senate voted on Wednesday.\n\nMore.");
        each_variant(&text, |a, _, variant| {
            assert_eq!(a.kicker().map(|k| k.as_str()), kicker, "{top:?} {variant}");
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some(title),
                "{top:?} {variant}"
            );
        });
    }
    // a label that may be a headline wants a longer line under it (a word
    // in capitals in the headline's block: in a block of its own, one word
    // is a section's name whatever is under it)
    for (top, under, moved) in [
        (
            "Game Recap\n\n",
            "Bills win the division title with a snowy triumph over Dolphins",
            true,
        ),
        (
            "Game Recap\n\n",
            "Bills win division title with a snowy triumph again",
            true,
        ),
        (
            "Game Recap\n\n",
            "Bills win the division title in the snow",
            false,
        ),
        // (a code in the headline's block, over the page's stamp)
        (
            "US\nPublished December 3, 2026 10:12am EST\n\n",
            "Sheriff recovers forty stolen trucks in raid",
            true,
        ),
        (
            "International relations\n\n",
            "Japan and Vietnam agree defense terms",
            true,
        ),
        (
            "TRADE\n",
            "White House weighs tariff exemptions for imported farm equipment parts",
            true,
        ),
        (
            "TRADE\n",
            "White House weighs tariff exemptions for farm parts",
            false,
        ),
        (
            "International relations\n\n",
            "Japan and Vietnam agree terms",
            false,
        ),
        // (a column's name of three or four words with a small word or
        // after `The`, or an election's year, over a longer headline; over
        // a standfirst ending in a stop, it stays the headline)
        (
            "Bill of the Month\n\n",
            "A sprained ankle, a walking boot and a costly surprise",
            true,
        ),
        (
            "Heard on the Hill\n\n",
            "Congressional softball ends with sore legs and a mystery trophy",
            true,
        ),
        (
            "The Campaign Trail\n\n",
            "The House majority may hinge on ballots that have not been counted",
            true,
        ),
        (
            "Department of Justice\n\n",
            "Attorney General reaches settlement with Crestmark Home Warranty Inc.",
            true,
        ),
        (
            "2026 Elections\n\n",
            "In Iowa Senate race, the diner is the battleground",
            true,
        ),
        (
            "The Quiet Office\n\n",
            "Working from home was meant to flatten the hierarchy of the firm.",
            false,
        ),
        (
            "2026 Elections\n\n",
            "Voters in Iowa will choose a senator in a close race.",
            false,
        ),
        (
            "Battle of the Bands\n\n",
            "Eight school groups compete for a trophy",
            false,
        ),
        (
            "5000 Jobs\n\n",
            "Carmaker to build a battery plant outside Lansing with state aid",
            false,
        ),
        (
            "State of the Union Address\n\n",
            "President calls for new spending on roads and bridges in the speech",
            false,
        ),
        // (an advice column's name, `Dear`, `Ask` or `Hints` and a name, over
        // a headline of six words or more)
        (
            "Hints From Beulah\n\n",
            "Grandmother feels shut out of new baby's first months",
            true,
        ),
        (
            "Dear Harriet\n\n",
            "Friend keeps 'forgetting' her wallet at lunch",
            true,
        ),
        (
            "Ask the Planner\n\n",
            "Co-signing a lease means owning the debt",
            true,
        ),
        ("Ask the Planner\n\n", "Co-signing a lease hurts", false),
        (
            "Ask the planner\n\n",
            "Co-signing a lease means owning the debt",
            false,
        ),
        (
            "Ask Our Very Own Planner\n\n",
            "Co-signing a lease means owning the debt",
            false,
        ),
        (
            "Dear 2026\n\n",
            "Friend keeps 'forgetting' her wallet at lunch",
            false,
        ),
        (
            "Tell Harriet\n\n",
            "Friend keeps 'forgetting' her wallet at lunch",
            false,
        ),
        (
            "Dear old Harriet\n\n",
            "Friend keeps 'forgetting' her wallet at lunch",
            false,
        ),
        (
            "Ask Dr. Lee\n\n",
            "Friend keeps 'forgetting' her wallet at lunch",
            false,
        ),
        (
            "Dear Harriet\n\n",
            "Friend keeps 'forgetting' her wallet at\nlunch every other week",
            false,
        ),
        // (a label of letters only, of one or two words or two joined by `&`)
        ("Elecciones 2026\n\n", title, false),
        ("Cities and Towns\n\n", title, false),
        ("Asia & pacific\n\n", title, false),
        (
            "WEATHER ALERT\n\n",
            "Up to ten inches of snow expected across the Kansas City metro",
            false,
        ),
    ] {
        let text = format!("{top}{under}\n\nBy Ann Poe\n\nThe Senate voted on Wednesday.\n\nMore.");
        let want = if moved { under } else { top.trim_end() };
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some(want),
                "{top:?} {under:?} {variant}"
            );
        });
    }
    // (over a part of two lines, a standfirst, it stays the headline)
    let text = "International relations\n\nSenate confirms new ambassador to Britain\nafter a long delay over his past remarks\n\nBy Ann Poe\n\nThe Senate voted on Wednesday.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("International relations"),
            "{variant}"
        );
    });
}

/// A local broadcaster's site prints its name and channel over the story
/// (`KDLM 12`, `Island News 8`, `WTGF 10 | Your Local News Leader`): it is
/// furniture, the headline under it; a headline ending in `News` and a
/// figure stays one.
#[test]
fn station_names_over_the_headline() {
    let title = "Maine court sides with town in fight over lobster boat moorings";
    for top in [
        "KDLM 12\nUpdated 3:12 PM EST",
        "KDLM 12",
        "Island News 8",
        "WTGF 10 | Your Local News Leader",
        "WKOL 6 On Your Side",
        "WKOL 6 On Your Side\nTrending\nWatch Now",
    ] {
        let text = format!(
            "{top}\n\n{title}\nBy Ann Poe\n\nPORTLAND, Maine (AP) — The court ruled on Tuesday.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some(title),
                "{top:?} {variant}"
            );
            let name = top.lines().next().unwrap_or_default();
            assert!(
                has_trailer(a, T::Furniture, |t| t.starts_with(name)),
                "{top:?} {variant}"
            );
        });
    }
    // (over the headline in its block, the name is no part of it)
    let text = format!(
        "WKOL 6 On Your Side\n{title}\nBy Ann Poe\n\nPORTLAND, Maine (AP) — The court ruled on Tuesday."
    );
    each_variant(&text, |a, _, variant| {
        let headline = a.headline().map(|h| h.as_str());
        assert!(headline.is_some_and(|h| h.ends_with(title)), "{variant}");
    });
    for top in [
        "Fans mourn closing of beloved News 8",
        "Valley Cable Public Access News 8",
    ] {
        let text = format!(
            "{top}\n\n{title}\n\nBy Ann Poe\n\nPORTLAND, Maine (AP) — The court ruled on Tuesday.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(a.headline().map(|h| h.as_str()), Some(top), "{variant}");
        });
    }
}

/// Government sites print their sections over a release's headline, two
/// deep (the White House's `Briefing Room` / `Press Briefings`,
/// `Presidential Actions` / `Proclamations`), or over the release's label
/// and stamp (the European Commission's `Press corner` / `Press release` /
/// its date): the first the kicker, the headline under them.
#[test]
fn government_sections_over_the_headline() {
    for (top, kicker) in [
        ("Briefing Room\nPress Briefings\n\n", "Briefing Room"),
        (
            "Briefing Room\nStatements and Releases\n\n",
            "Briefing Room",
        ),
        (
            "Presidential Actions\nProclamations\n\n",
            "Presidential Actions",
        ),
        (
            "Press corner\n\nPress release\n30 November 2026\nBrussels\n3 min read\n\n",
            "Press corner",
        ),
    ] {
        let text = format!(
            "{top}Council approves new budget after long debate\n\nNovember 5, 2026\n\nThe council met on Tuesday.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(a.kicker().map(|k| k.as_str()), Some(kicker), "{variant}");
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Council approves new budget after long debate"),
                "{top:?} {variant}"
            );
        });
    }
    // (a proclamation's title and a readout's, the stamp in a block of its
    // own under them)
    for (top, title) in [
        (
            "Presidential Actions\nProclamations",
            "World AIDS Day, 2026",
        ),
        (
            "Briefing Room\nStatements and Releases",
            "Readout of the President's Call with the Prime Minister of Japan",
        ),
    ] {
        let text = format!(
            "{top}\n\n{title}\n\nNovember 30, 2026\n\nThe President spoke today with the Prime Minister.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(a.headline().map(|h| h.as_str()), Some(title), "{variant}");
        });
    }
}

/// A story forwarded by e-mail: the sender's note, the mail program's
/// marker and the message's headers over it (`From:` / `Date:` /
/// `Subject:` / `To:`), once or twice, and a note under them, are
/// furniture; the story's headline, byline and dateline under them read.
#[test]
fn forwarded_story_under_its_envelope() {
    let story = "Port board delays vote on terminal expansion\n\nBy Ann Poe\n\nTACOMA, Wash. (AP) — The harbor board on Monday postponed a vote on a terminal expansion, saying it needed more time to review a traffic study.\n\nThe board will meet again in April.";
    for envelope in [
        // Gmail's forward, under a note
        "FYI -- they punted again.\n\n---------- Forwarded message ---------\nFrom: News Alerts <alerts@example.com>\nDate: Mon, Mar 3, 2025 at 6:41 PM\nSubject: Port board delays vote\nTo: <ann@example.com>\n\n",
        // Outlook's, twice, with a greeting and a signature between
        "From: Bo Lee <bo@example.com>\nSent: Tuesday, March 4, 2025 8:14 AM\nTo: Research Team\nSubject: FW: port vote\n\nTeam - see below.\n\nBo\n\n________________________________\nFrom: News Alerts <alerts@example.com>\nSent: Monday, March 3, 2025 6:41 PM\nTo: Bo Lee <bo@example.com>\nSubject: Port board delays vote\n\n",
        // a marker alone over the story, under a greeting and a signature
        "From: Bo Lee <bo@example.com>\nSent: Tuesday, March 4, 2025 8:14 AM\nSubject: FW: port vote\n\nGood morning, all. Nice coverage today.\n\nBo\n\nBo Lee\nPresident & CEO\nHarbor Shippers Alliance\n\n-----Original Message-----\n\n",
        // a note under the headers, over the headline
        "---------- Forwarded message ---------\nFrom: Bo Lee <bo@example.com>\nDate: Tue, Mar 4, 2025 at 8:14 AM\nSubject: Fwd: port\nTo: Ann Poe <ann@example.com>\n\nFor the weekly brief.\n\n",
    ] {
        let text = format!("{envelope}{story}");
        each_variant(&text, |a, _, variant| {
            assert_headline_dateline(
                a,
                "Port board delays vote on terminal expansion",
                "TACOMA, Wash. (AP) —",
                variant,
            );
            assert_eq!(
                a.byline().map(|b| b.as_str()),
                Some("By Ann Poe"),
                "{variant}"
            );
            assert!(
                has_trailer(a, T::Furniture, |t| t.starts_with("From: ")),
                "{variant}"
            );
            assert!(
                has_trailer(a, T::Timestamp, |t| t.contains("2025")),
                "{variant}"
            );
        });
    }
    // a note under the headers over the dateline, with no headline: the
    // note is the sender's, the subject's words the headline
    let text = "---------- Forwarded message ---------\nFrom: Bo Lee <bo@example.com>\nDate: Tue, Mar 4, 2025 at 8:14 AM\nSubject: Fwd: port vote put off\n\nPasting below since the link is paywalled.\n\nTACOMA, Wash. (AP) — The harbor board on Monday postponed a vote.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("port vote put off"),
            "{variant}"
        );
        assert!(
            has_trailer(a, T::EditorsNote, |t| t
                == "Pasting below since the link is paywalled."),
            "{variant}"
        );
        assert_eq!(
            a.dateline().map(|d| d.as_str()),
            Some("TACOMA, Wash. (AP) —"),
            "{variant}"
        );
    });
    // a story's first paragraph under the headers, with no headline, and a
    // second one under it: no note, the story's
    let text = "From: Bo Lee <bo@example.com>\nSent: Tuesday, March 4, 2025 8:14 AM\nSubject: port\n\nThe fog came in early.\n\nBy noon the harbor was closed.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            paragraph_texts(a).first().map(String::as_str),
            Some("The fog came in early."),
            "{variant}"
        );
    });
    // headers a story quotes under its first long paragraph stay the story's
    let text = "Port board delays vote\n\nTACOMA, Wash. (AP) — The harbor board on Monday postponed a vote on a terminal expansion, saying it needed more time to review a traffic study and objections from a neighboring tribal council, which had asked for the delay in a letter to commissioners last week. The letter was short.\n\nFrom: Bo Lee\nSubject: vote\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_headline_dateline(a, "Port board delays vote", "TACOMA, Wash. (AP) —", variant);
        assert!(
            paragraph_texts(a)
                .iter()
                .any(|p| p.starts_with("From: Bo Lee")),
            "{variant}"
        );
    });
    // (nor under a long first paragraph with no dateline)
    let text = "Port board delays vote\n\nThe harbor board on Monday postponed a vote on a terminal expansion, saying it needed more time to review a traffic study and objections from a neighboring tribal council, which had asked for the delay in a letter to commissioners last week, a letter the board's staff said arrived late on Friday.\n\nFrom: Bo Lee\nSubject: vote\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Port board delays vote"),
            "{variant}"
        );
    });
    // a long first paragraph under the headers, over a subheading, is the
    // story's, no note
    let text = "From: Bo Lee <bo@example.com>\nSent: Tuesday, March 4, 2025 8:14 AM\nSubject: port\n\nThe harbor board on Monday postponed a vote on a terminal expansion, saying it needed more time to review a traffic study and objections from a neighboring tribal council, which had asked for the delay in a letter to commissioners last week, a letter the staff said came late on a Friday afternoon. The vote is now set for April.\n\nWhat comes next\n\nThe board meets in April.";
    each_variant(text, |a, _, variant| {
        assert!(
            paragraph_texts(a)
                .first()
                .is_some_and(|p| p.starts_with("The harbor board on Monday")),
            "{variant}"
        );
    });
    // (nor a forwarded message the story prints under its long first
    // paragraph)
    let text = "Port board delays vote\n\nThe harbor board on Monday postponed a vote on a terminal expansion, saying it needed more time to review a traffic study and objections from a neighboring tribal council, which had asked for the delay in a letter to commissioners last week. The letter, which the council shared with reporters on Tuesday, read in part:\n\n---------- Forwarded message ---------\nFrom: Tribal Council\nSubject: vote\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Port board delays vote"),
            "{variant}"
        );
    });
    // (nor the mail program's line under a story's long paragraph, under
    // the envelope: the story starts at the first)
    let text = "From: Bo Lee <bo@example.com>\nSent: Tuesday, March 4, 2025 8:14 AM\nSubject: FW: port vote\n\nPort board delays vote\n\nThe harbor board on Monday postponed a vote on a terminal expansion, saying it needed more time to review a traffic study and objections from a neighboring tribal council, which had asked for the delay in a letter to commissioners last week. The letter, which the council shared with reporters on Tuesday, read in part:\n\n-----Original Message-----\n\nWe ask for more time.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Port board delays vote"),
            "{variant}"
        );
    });
    // headers under a rule with no `From:` are no envelope
    let text = "Port board delays vote\n\n________\nTo: Board members\nSubject: vote\n\nTACOMA, Wash. (AP) — The board postponed a vote.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Port board delays vote"),
            "{variant}"
        );
    });
    // a bare rule between a story's short parts is no marker, nor a rule
    // around other words
    for rule in ["----------", "----- Part two -----"] {
        let text = format!(
            "Port board delays vote\n\nBy Ann Poe\n\nThe harbor board postponed a vote.\n\n{rule}\n\nThe board meets in April."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Port board delays vote"),
                "{rule} {variant}"
            );
        });
    }
    // a line of `From:` alone, or under it a line that is no header, are no
    // envelope
    for top in [
        "From: the archive",
        "From: the archive\nFirst printed in 1999",
    ] {
        let text = format!(
            "{top}\n\nPort board delays vote\n\nTACOMA, Wash. (AP) — The board postponed a vote."
        );
        each_variant(&text, |a, _, variant| {
            assert!(
                a.trailers()
                    .iter()
                    .all(|t| !t.as_str().starts_with("From:")),
                "{variant}"
            );
        });
    }
}

/// A news release filed as an exhibit to a company's current report, as
/// the filing's text holds it: the exhibit's label (`EXHIBIT 99.1`) and
/// the logo's place in square brackets (`[ACME FOODS LOGO]`) over the
/// release are furniture, and the release's headline reads.
#[test]
fn release_filed_as_an_exhibit() {
    for top in [
        "EXHIBIT 99.1",
        "Exhibit 99.1\n\n[NORTHGATE FOODS LOGO]\n\nFor Immediate Release",
        "Exhibit 99",
    ] {
        let text = format!(
            "{top}\n\nNorthgate Foods Reports Third Quarter Results\n\nOMAHA, Neb. (November 4, 2026) – Northgate Foods, Inc. (NYSE: NGF) today reported revenue of $611 million.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            assert_headline_dateline(
                a,
                "Northgate Foods Reports Third Quarter Results",
                "OMAHA, Neb. (November 4, 2026) –",
                variant,
            );
            assert!(
                has_trailer(a, T::Furniture, |t| t.starts_with("Exhibit")
                    || t.starts_with("EXHIBIT")),
                "{top:?} {variant}"
            );
        });
    }
    // a line that holds more than the label and its number is no label
    for top in [
        "Exhibit 12 opens at the county museum",
        "Exhibit A",
        "Exhibit 3D",
        "Exhibit 1999.12.31",
    ] {
        let text = format!("{top}\n\nOMAHA, Neb. (AP) — The museum opened on Tuesday.\n\nMore.");
        each_variant(&text, |a, _, variant| {
            assert_eq!(a.headline().map(|h| h.as_str()), Some(top), "{variant}");
        });
        let text = format!(
            "{top}\n\nCounty museum opens its new wing\n\nOMAHA, Neb. (AP) — The museum opened on Tuesday.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            assert!(
                a.trailers().iter().all(|t| t.as_str() != top),
                "{top:?} {variant}"
            );
        });
    }
}

/// A newsletter leading with a story, as its mail or page copies as text:
/// its control (`View in browser`), its title's block and its greeting and
/// note are furniture; the story's label, headline, byline and dateline
/// under them read.
#[test]
fn newsletter_over_its_lead_story() {
    for (top, kicker) in [
        (
            "View in browser\n\nTHE MORNING BRIEF\nLakeshore Tribune\n\nGood morning. It's Tuesday, Feb. 11. Here's what you need to know today.\n\nTOP STORY\n\n",
            Some("TOP STORY"),
        ),
        (
            "View this email in your browser\nHarbor Weekday Update\nThursday, May 23\n\nGood evening,\n\nOne story dominated the council today. Here it is.\n\n",
            None,
        ),
    ] {
        let text = format!(
            "{top}Transit agency proposes cutting 11 bus routes\n\nBy Ann Poe\n\nMILWAUKEE — The county's transit system would eliminate 11 bus routes under a budget plan released Monday.\n\nPublic hearings follow."
        );
        each_variant(&text, |a, _, variant| {
            assert_headline_dateline(
                a,
                "Transit agency proposes cutting 11 bus routes",
                "MILWAUKEE —",
                variant,
            );
            assert_eq!(
                a.byline().map(|b| b.as_str()),
                Some("By Ann Poe"),
                "{variant}"
            );
            assert_eq!(a.kicker().map(|k| k.as_str()), kicker, "{variant}");
        });
    }
    // a title ending a sentence, a note longer than a greeting's, no note,
    // or a paragraph under the notes, and the blocks are the story's
    for (top, under) in [
        (
            "View in browser\n\nThe council met on Tuesday.\n\nGood morning.\n\n",
            "Transit agency proposes cutting 11 bus routes",
        ),
        (
            "View in browser\n\nTHE MORNING BRIEF\n\nThe county's transit system would eliminate 11 bus routes and reduce service on a dozen others under a budget plan released Monday, as the agency tries to close a $19 million gap left by expiring federal pandemic aid and rising fuel costs, officials said in a statement on Monday night after a meeting of the board.\n\n",
            "Transit agency proposes cutting 11 bus routes",
        ),
        (
            "View in browser\n\nTHE MORNING BRIEF\n\n",
            "Transit agency proposes cutting 11 bus routes",
        ),
        (
            "View in browser\n\nTHE MORNING BRIEF\n\nThe county's transit system would eliminate 11 bus routes.\n\n",
            "Officials said the cuts would start in June, when the new timetable takes effect, and that riders on the two crosstown lines on the north side would see buses every 30 minutes instead of every 15, while the express routes to the airport and the university would keep their service. Hearings are set for later this month.",
        ),
    ] {
        let text = format!("{top}{under}\n\nMore.");
        each_variant(&text, |a, _, variant| {
            assert!(
                a.trailers()
                    .iter()
                    .all(|t| !(t.as_str().starts_with("View in browser") && t.as_str().len() > 15)),
                "{top:?} {variant}"
            );
        });
    }
    // a story's header block of more lines than a title's under the control
    let text = "View in browser\n\nTransit agency proposes cutting 11 bus routes\nRiders face longer waits\nBy Ann Poe\nMarch 3, 2026\n\nThe county's transit system will cut routes.\n\nWhat comes next\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Transit agency proposes cutting 11 bus routes"),
            "{variant}"
        );
    });
}

/// A page's title bar or trail over its headline, repeating it whole after
/// a bar, a slash, an arrow, a dash or two spaces (`NEWS | …`, `Press
/// Releases > 2026 > …`, `Council of the EU — …`, `Home  News  …`), is
/// furniture: the headline is the line under it, with
/// a release's label and stamp between or not. A headline ending in a name
/// that stands under it (`… of Nordvik Maritime ASA` / `Nordvik Maritime
/// ASA`) is no bar.
#[test]
fn title_bars_repeating_the_headline() {
    for (top, headline) in [
        (
            "NEWS | Mayor opens the new river bridge\n\nMayor opens the new river bridge\n\nNov. 20, 2026 | By Ann Poe",
            "Mayor opens the new river bridge",
        ),
        (
            "Press Releases > 2026 > Acme Foods to close its Ohio plant\n\nAcme Foods to close its Ohio plant\n\nAugust 27, 2026",
            "Acme Foods to close its Ohio plant",
        ),
        (
            "Home  News  Arrest made after burglaries in Stockport\n\nArrest made after burglaries in Stockport\n\nPublished: 14 February 2026",
            "Arrest made after burglaries in Stockport",
        ),
        (
            "Council of the EU — Council adopts new fishing rules\n\nCouncil adopts new fishing rules",
            "Council adopts new fishing rules",
        ),
        (
            "News / Press releases / Council adopts new fishing rules\n\nCouncil adopts new fishing rules",
            "Council adopts new fishing rules",
        ),
        (
            "Office of the Governor | Governor Announces Record Job Growth\n\nNews Release\nMay 14, 2026\n\nGovernor Announces Record Job Growth",
            "Governor Announces Record Job Growth",
        ),
    ] {
        let text =
            format!("{top}\n\nAUSTIN - The governor said employers added 41,200 jobs.\n\nMore.");
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some(headline),
                "{top:?} ({variant})"
            );
            assert!(kinds_of(a).contains(&T::Furniture), "{top:?} ({variant})");
        });
    }
    let text = "Ann Poe named chief executive of Nordvik Maritime ASA\n\nJuly 28, 2026 17:00 ET | Source: Nordvik Maritime ASA\n\nNordvik Maritime ASA\n\nOslo, Norway, July 28, 2026 (GLOBE NEWSWIRE) -- The board has named Ann Poe chief executive.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Ann Poe named chief executive of Nordvik Maritime ASA"),
            "{variant}"
        );
    });
}

/// A follow button under the author's name (`+ FOLLOW`, as the South China
/// Morning Post's page prints it) is furniture, so the name over it is the
/// byline, not the story's first paragraph.
#[test]
fn follow_button_under_a_bare_name() {
    let text = "Hong Kong / Politics\n\nHarbour ferry fares to rise in April\n\nOperators say fuel costs have doubled since the last review.\n\nAnn Poe\n+ FOLLOW\nPublished: 9:58am, 3 Mar 2026\n\nFerry fares across the harbour will rise by up to 8 per cent next month, the transport department said on Tuesday.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Harbour ferry fares to rise in April"),
            "{variant}"
        );
        assert_eq!(a.byline().map(|b| b.as_str()), Some("Ann Poe"), "{variant}");
        assert_eq!(
            paragraph_texts(a).first().map(String::as_str),
            Some(
                "Ferry fares across the harbour will rise by up to 8 per cent next month, the transport department said on Tuesday."
            ),
            "{variant}"
        );
    });
}

/// A reporter's credit among the credits under the story, as Antara signs
/// (`Reporter: Ann Poe` over `Editor: Tom Roe`), is the byline when none
/// stood over the story; under a story with its byline over it, or as an
/// editor's credit alone, it stays a credits trailer.
#[test]
fn reporter_credit_under_the_story() {
    let story = "Jakarta (ANTARA) - The ministry will send 500 caregivers to Japan next year.\n\nThe first group leaves in April.";
    for label in ["Reporter", "REPORTER"] {
        let text = format!(
            "Indonesia to send caregivers to Japan\n\n{story}\n\n{label}: Ann Poe, Tom Roe\nEditor: Lee Moe\nCopyright © ANTARA 2026"
        );
        each_variant(&text, |a, _, variant| {
            let b = a.byline();
            assert_eq!(
                b.map(|b| b.as_str()),
                Some(format!("{label}: Ann Poe, Tom Roe").as_str()),
                "{variant}"
            );
            assert_eq!(
                b.map(|b| b.authors().collect::<Vec<_>>()),
                Some(vec!["Ann Poe", "Tom Roe"]),
                "{variant}"
            );
            assert_eq!(kinds_of(a), [T::Credits, T::Copyright], "{variant}");
        });
    }
    let credits = "Reporter: Ann Poe, Tom Roe\nEditor: Lee Moe\nCopyright © ANTARA 2026";
    let signed =
        format!("Indonesia to send caregivers to Japan\n\nBy Kim Doe\n\n{story}\n\n{credits}");
    each_variant(&signed, |a, _, variant| {
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("By Kim Doe"),
            "{variant}"
        );
        assert_eq!(
            kinds_of(a),
            [T::Credits, T::Credits, T::Copyright],
            "{variant}"
        );
    });
    let edited = format!(
        "Indonesia to send caregivers to Japan\n\n{story}\n\nEditor: Lee Moe\nCopyright © ANTARA 2026"
    );
    each_variant(&edited, |a, _, variant| {
        assert_eq!(a.byline().map(|b| b.as_str()), None, "{variant}");
        assert_eq!(kinds_of(a), [T::Credits, T::Copyright], "{variant}");
    });
}

/// The Canadian Press signs its wire copy under the story: names and the
/// agency after a comma (`Ann Poe, The Canadian Press`, `Ann Poe and Tom
/// Roe, La Presse Canadienne`) are the byline when none stood over the
/// story. A last line whose words after the comma are no agency, or whose
/// words before it are no names, stays the story's.
#[test]
fn agency_signature_under_the_story() {
    let story = "IQALUIT, Nunavut — Students from the smallest communities now have a place to stay.\n\nThis report by The Canadian Press was first published Jan. 22, 2026.";
    for (sign, authors, agency) in [
        (
            "Ann Poe, The Canadian Press",
            vec!["Ann Poe"],
            "The Canadian Press",
        ),
        (
            "Ann Poe and Élise Roe, La Presse Canadienne",
            vec!["Ann Poe", "Élise Roe"],
            "La Presse Canadienne",
        ),
    ] {
        let text = format!("Nunavut opens new residence\n\n{story}\n\n{sign}");
        each_variant(&text, |a, _, variant| {
            let b = a.byline();
            assert_eq!(b.map(|b| b.as_str()), Some(sign), "{variant}");
            assert_eq!(
                b.map(|b| b.authors().collect::<Vec<_>>()),
                Some(authors.clone()),
                "{variant}"
            );
            assert_eq!(b.and_then(|b| b.affiliation()), Some(agency), "{variant}");
            assert_eq!(a.paragraphs().count(), 2, "{variant}");
        });
    }
    for last in [
        "Ann Poe, The Harbour Gazette",
        "the minister said, The Canadian Press",
        "Ottawa, The Canadian Press learned.",
    ] {
        let text = format!("Nunavut opens new residence\n\n{story}\n\n{last}");
        each_variant(&text, |a, _, variant| {
            assert_eq!(a.byline().map(|b| b.as_str()), None, "{last:?} ({variant})");
            assert_eq!(a.paragraphs().count(), 3, "{last:?} ({variant})");
        });
    }
    // (nor is a credit's line a signature's title: Antara's credits over
    // its translator's and its copyright)
    let text = format!(
        "Nunavut opens new residence\n\n{story}\n\nReporter: Ann Poe, Tom Roe\nEditor: Lee Moe\n\nTranslator: Kim Doe\nCopyright © ANTARA 2026"
    );
    each_variant(&text, |a, _, variant| {
        assert_eq!(a.byline().and_then(|b| b.title()), None, "{variant}");
    });
}

/// A known place and a period opening the paragraph under a standfirst of
/// one line under the byline, a stamp or a page's control (the Daily
/// Monitor's and The Citizen's summary, perhaps under its label, `What you
/// need to know:`) is the dateline. Under a paragraph longer than a
/// summary, it is none.
#[test]
fn period_dateline_under_a_standfirst() {
    let story = "Kampala. Hundreds of riders parked their motorcycles on Monday.\n\nMore.";
    for top in [
        "",
        "What you need to know:\n\n",
        "More by this Author\n\nWhat you need to know:\n\n",
        "More by this Author\n\nFriday, February 27, 2026\n\nWhat you need to know:\n\n",
    ] {
        let text = format!(
            "Riders protest new fees\n\nBy Ivan Okello\n\n{top}Riders say the annual fee is too high for operators.\n\n{story}"
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.dateline().map(|d| d.as_str()),
                Some("Kampala."),
                "{variant}"
            );
            assert_eq!(
                paragraph_texts(a).first().map(String::as_str),
                Some("Riders say the annual fee is too high for operators."),
                "{variant}"
            );
        });
    }
    // (the header in one block, a kicker first and the byline or a
    // page's control last; the summary's label over its point in one
    // block)
    for header in [
        "National\nRiders protest new fees\nBy Ivan Okello\nMore by this Author",
        "Riders protest new fees\nBy Ivan Okello",
    ] {
        for summary in [
            "Riders say the annual fee is too high for operators.",
            "Summary\nRiders say the annual fee is too high for operators.",
            "What you need to know:\n- Riders say the annual fee is too high for operators.",
        ] {
            let text = format!("{header}\n\n{summary}\n\n{story}");
            each_variant(&text, |a, _, variant| {
                assert_eq!(
                    a.dateline().map(|d| d.as_str()),
                    Some("Kampala."),
                    "{summary:?} ({variant})"
                );
            });
        }
    }
    // (but not under a label over two lines, nor a story's paragraph)
    for summary in [
        "Summary\nRiders say the annual fee is too high.\nOperators agree.",
        "Riders protested\nthe annual fee on Monday, which is too high.",
    ] {
        let text = format!("Riders protest new fees\nBy Ivan Okello\n\n{summary}\n\n{story}");
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.dateline().map(|d| d.as_str()),
                None,
                "{summary:?} ({variant})"
            );
        });
    }
    let long = "Riders say the annual fee is too high. ".repeat(8);
    let text = format!(
        "Riders protest new fees\n\nBy Ivan Okello\n\n{}\n\n{story}",
        long.trim_end()
    );
    each_variant(&text, |a, _, variant| {
        assert_eq!(a.dateline().map(|d| d.as_str()), None, "{variant}");
    });
}

/// A trade site's header with no dateline under it: the section's crumbs,
/// the headline, a deck led by a dash, the byline with its role and the
/// date, over the story (MedPage Today's layout).
#[test]
fn dash_led_deck_over_a_story_with_no_dateline() {
    let text = "Neurology > Stroke\nLong Work Weeks May Raise Stroke Risk\n— Effect held after adjustment for key confounders\nby Ann Poe, Senior Staff Writer, MedPage Today\nMay 24, 2024\n\nIf you work more than 55 hours a week, you might be raising your odds of stroke, researchers report.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Long Work Weeks May Raise Stroke Risk"),
            "{variant}"
        );
        assert_eq!(
            a.deck().map(|d| d.as_str()),
            Some("— Effect held after adjustment for key confounders"),
            "{variant}"
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("by Ann Poe, Senior Staff Writer, MedPage Today"),
            "{variant}"
        );
    });
    // a dash before a word in lower case, or before nothing, leads no deck
    for line in ["— and more to come", "—"] {
        let text = format!(
            "Long Work Weeks May Raise Stroke Risk\n{line}\nby Ann Poe, Senior Staff Writer, MedPage Today\nMay 24, 2024\n\nIf you work more than 55 hours a week, you might be raising your odds of stroke.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            assert!(a.deck().is_none(), "{line:?} ({variant})");
        });
    }
}

/// A story's first sentence run on under the byline in the header's block,
/// with no blank line and no dateline: a paragraph, not the byline's role
/// (a role or an outlet under the names stays theirs).
#[test]
fn sentence_under_the_byline_is_the_story() {
    let first = "The Government Accountability Office denied a protest on Monday, officials said.";
    for byline in ["By Ann Poe", "By Ann Poe | February 4, 2026 1:37PM ET"] {
        let text = format!("Pentagon cloud contract protest denied\n{byline}\n{first}\n\nMore.");
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.byline().map(|b| (b.as_str(), b.title())),
                Some(("By Ann Poe", None)),
                "{byline:?} ({variant})"
            );
            assert_eq!(
                a.paragraphs().next().map(|p| p.as_str()),
                Some(first),
                "{byline:?} ({variant})"
            );
        });
    }
    for role in [
        "Education reporter.",
        "Staff Reporter of The Wall Street Journal.",
        "Reporting from Kyiv",
    ] {
        let text = format!(
            "Pentagon cloud contract protest denied\nBy Ann Poe\n{role}\n\n{first}\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.byline().and_then(|b| b.title()),
                Some(role),
                "{role:?} ({variant})"
            );
        });
    }
}

/// A news site's title of two sentences, a fact and the promise of what
/// the story tells (`Egg prices are falling. Here's when shoppers could
/// see relief.`), is the headline, with the page's lines under it read as
/// furniture: the Washington Post's bare reading time (`6 min`) and a
/// picture's credit in brackets (`(Illustration by Ann Poe/The Daily Star;
/// iStock)`). A sentence of the story does not
/// read so: two sentences before the promise, or a paragraph of two lines.
#[test]
fn a_fact_and_a_promise_as_the_title() {
    for title in [
        "Egg prices are falling. Here's when shoppers could see relief at checkout.",
        "The Fed is split over how fast to cut. Here\u{2019}s what that means for your mortgage.",
        "Ferry fares rise in May. Here is how to save on a summer pass.",
    ] {
        let text = format!(
            "{title}\nBy Ann Poe\nFebruary 20, 2026 / 10:33 AM EST\n\nWholesale prices have dropped since the start of the year, economists say.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(a.headline().map(|h| h.as_str()), Some(title), "{variant}");
            assert_eq!(
                a.byline().map(|b| b.as_str()),
                Some("By Ann Poe"),
                "{variant}"
            );
        });
    }
    let page = "Business\nThe Fed is split over how fast to cut. Here\u{2019}s what that means for your mortgage.\nMinutes from the January meeting showed officials divided over the outlook.\n6 min\nShare\nSave\n(Illustration by Ann Poe/The Daily Star; iStock)\nAnalysis by Bo Li\nFebruary 5, 2026 at 6:00 a.m. EST\nFederal Reserve officials are no longer speaking with one voice about interest rates, and that is starting to show up in mortgage markets.\n\nMore.";
    each_variant(page, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some(
                "The Fed is split over how fast to cut. Here\u{2019}s what that means for your mortgage."
            ),
            "{variant}"
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("Analysis by Bo Li"),
            "{variant}"
        );
    });
    for story in [
        "Prices fell in January. Demand rose. Here's what economists expect.\n\nThe index fell by a tenth.",
        "Prices fell in January. Here's what economists expect for the spring,\nwhen the index is due to be revised.\n\nThe index fell by a tenth.",
    ] {
        each_variant(story, |a, _, variant| {
            assert!(a.headline().is_none(), "{story:?} ({variant})");
        });
    }
}

/// Pages copied whole with their furniture run on over the story's first
/// paragraph, no blank line between: USA Today's caption buttons (`Show
/// Caption` / `Hide Caption`), a syndicating portal's age and source
/// credit (MSN's `•` / `3h` / `© Provided by USA TODAY`), Yahoo's `In this
/// article:`. The dateline under them is read, and so it is where the
/// caption's buttons open the story's block under the header's.
#[test]
fn page_furniture_run_on_over_the_dateline() {
    let story = "WASHINGTON \u{2013} The Defense Department could not document the location of vehicles, radios and spare parts worth $2.1 billion, an inspector general's report found.\n\nThe Pentagon said it had begun a new inventory.";
    for header in [
        "NEWS\nPentagon audit finds $2.1 billion in equipment it cannot account for\nAnn Poe\nUSA TODAY\nPublished 5:01 a.m. ET Feb. 24, 2026 | Updated 11:36 a.m. ET Feb. 24, 2026\nShow Caption\nHide Caption\n",
        "Pentagon audit finds $2.1 billion in equipment it cannot account for\nStory by Ann Poe, USA TODAY\n \u{2022} \n3h\n\u{a9} Provided by USA TODAY\n",
        "Pentagon audit finds $2.1 billion in equipment it cannot account for\nANN POE and BO LI\nTue, March 3, 2026 at 5:47 PM EST\n4 min read\nIn this article:\n",
    ] {
        let text = format!("{header}{story}");
        each_variant(&text, |a, _, variant| {
            assert_headline_dateline(
                a,
                "Pentagon audit finds $2.1 billion in equipment it cannot account for",
                "WASHINGTON \u{2013}",
                variant,
            );
        });
    }
    // the furniture opening the story's block, the header in its own
    let text = format!(
        "Pentagon audit finds $2.1 billion in equipment it cannot account for\n\nBy Ann Poe\n\nShow Caption\nHide Caption\n{story}"
    );
    each_variant(&text, |a, _, variant| {
        assert_headline_dateline(
            a,
            "Pentagon audit finds $2.1 billion in equipment it cannot account for",
            "WASHINGTON \u{2013}",
            variant,
        );
    });
}

/// A Nordic release wire's page (Cision's): the issuer, the stamp and the
/// link to report the release (`Report this content`) over the headline;
/// the link is furniture, and the headline and dateline under it are read.
/// So is PRWeb's `Share Article` under the headline and its summary, with
/// no blank lines between.
#[test]
fn release_wire_report_link() {
    let rows = [
        (
            "Marlow Labs Releases Free App to Help Hikers Track Altitude Sickness\nMarlow Labs' new app walks hikers through a daily check and warns them when to descend.\nShare Article\nBoulder, CO (PRWEB) June 04, 2019\nMarlow Labs today released a free app.\nMore.",
            "Marlow Labs Releases Free App to Help Hikers Track Altitude Sickness",
            "Boulder, CO (PRWEB) June 04, 2019",
        ),
        (
            "Marlow Harbour AB\nThu, Feb 12, 2026 07:30 CET\nReport this content\n\nMarlow Harbour AB (publ) Year-end report 2025\n\nStockholm, 12 February 2026 \u{2013} Marlow Harbour AB (publ) today publishes its year-end report.\n\nMore.",
            "Marlow Harbour AB (publ) Year-end report 2025",
            "Stockholm, 12 February 2026 \u{2013}",
        ),
    ];
    for (text, headline, dateline) in rows {
        each_variant(text, |a, _, variant| {
            assert_headline_dateline(a, headline, dateline, variant);
        });
    }
    each_variant(rows[1].0, |a, _, variant| {
        assert!(
            has_trailer(a, T::Furniture, |t| t == "Report this content"),
            "{variant}"
        );
    });
}

/// A header run on over the dateline in one block keeps its dateline when
/// a picture's caption longer than a header's line stands over it, ended by
/// its credit's bracket (AP's page: the stamp / `… (AP Photo/Tom Roe)` /
/// `PONTE VEDRA BEACH, Fla. (AP) — …`), or the writer's handle under the
/// byline (MLB.com's `By Ann Poe` / `@AnnPoeMLB` / the date).
#[test]
fn caption_or_handle_over_the_dateline() {
    let caption = "Ann Poe hits from the 17th tee during the final round of the Players Championship golf tournament Sunday, March 15, 2026, in Ponte Vedra Beach, Fla. (AP Photo/Tom Roe)";
    let text = format!(
        "Poe holds steady on back nine to win Players Championship by two\nBy BO LI\nUpdated 7:51 PM EDT, March 15, 2026\n{caption}\nPONTE VEDRA BEACH, Fla. (AP) \u{2014} Ann Poe played the final nine holes in even par on a gusty Sunday and won by two shots.\n\nMore."
    );
    each_variant(&text, |a, _, variant| {
        assert_headline_dateline(
            a,
            "Poe holds steady on back nine to win Players Championship by two",
            "PONTE VEDRA BEACH, Fla. (AP) \u{2014}",
            variant,
        );
    });
    let text = "Kirkland turning heads with new splitter in camp\nBy Ann Poe\n@AnnPoeMLB\nFebruary 24th, 2026\nSCOTTSDALE, Ariz. -- Wade Kirkland did not throw a splitter at all last season.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_headline_dateline(
            a,
            "Kirkland turning heads with new splitter in camp",
            "SCOTTSDALE, Ariz. --",
            variant,
        );
    });
}

/// A release's contact on its own line under the headline, in the
/// header's block (`Media Contact: Press Office, 512-555-0147`), is no
/// part of the headline, which ends over it; a headline wrapped onto a
/// line that opens with a contact's words but no label's colon stays whole.
#[test]
fn contact_line_under_the_headline() {
    let text = "Utility Hires New Head of\nMedia Relations for the Northern Region\n\nAUSTIN, TX, Mar. 3, 2026 \u{2013} The utility today named a new head of media relations.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.normalized()).as_deref(),
            Some("Utility Hires New Head of Media Relations for the Northern Region"),
            "{variant}"
        );
    });
    for contact in [
        "Media Contact: Grid Media Relations, 512-555-0147",
        "Contact: Ann Poe, apoe@example.com",
    ] {
        let text = format!(
            "Grid News Release\nGrid Operator Releases Updated Reserves Report\n{contact}\n\nAUSTIN, TX, Mar. 3, 2026 \u{2013} The grid operator today released its updated report on reserve margins.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            assert_headline_dateline(
                a,
                "Grid Operator Releases Updated Reserves Report",
                "AUSTIN, TX, Mar. 3, 2026 \u{2013}",
                variant,
            );
        });
    }
}

/// A page's header run on over the story's first paragraph in one block,
/// the byline bare names over the stamp, no dateline: the paragraph, one
/// sentence of a paragraph's length with more blocks under it, is the
/// story's, and the header over it reads (`Jonah Weller` / `Jan 20,
/// 2026` / `Mirela Kostić slept in an airport hotel …`).
#[test]
fn page_header_over_a_one_line_first_paragraph() {
    let text = "Tennis\nMeet the Qualifier Who Is Taking Melbourne by Storm\nAnn Poe\nJan 20, 2026\nThe qualifier slept in an airport hotel the night before the first round began.\n\nA week later she has three main-draw wins.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_head_byline_lead(
            a,
            "Meet the Qualifier Who Is Taking Melbourne by Storm",
            "Ann Poe",
            "The qualifier slept in an airport hotel the night before the first round began.",
            variant,
        );
    });
}

/// A page's title of two sentences over its byline and stamp, run on over
/// the story in one block, as news sites title columns (`Column: The new
/// bars are louder. Neighbors want the city to listen.`), is the headline.
/// A title's one sentence over the byline is still the story's (no
/// header is read).
#[test]
fn two_sentence_title_over_a_run_on_story() {
    let text = "Column: The new bars are louder. Neighbors want the city to listen.\nBy Ann Poe | Lakeside Tribune\nPUBLISHED: February 25, 2026 at 5:00 AM CST\nThe complaints start around 11 p.m., residents say, and they don't stop until the last rideshare pulls away.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_head_byline_lead(
            a,
            "Column: The new bars are louder. Neighbors want the city to listen.",
            "By Ann Poe | Lakeside Tribune",
            "The complaints start around 11 p.m., residents say, and they don't stop until the last rideshare pulls away.",
            variant,
        );
    });
    let text = "The new bars are louder, residents say, and they want the city to listen. Then it voted. Then it left.\nBy Ann Poe | Lakeside Tribune\nPUBLISHED: February 25, 2026 at 5:00 AM CST\nThe complaints start around 11 p.m., residents say, and they don't stop until the last rideshare pulls away.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert!(a.headline().is_none(), "{variant}");
    });
}

/// A tabloid's page copied whole: the headline, a deck of two to four
/// points in sentence case a line each, the byline and the stamp, run on
/// over the story's first paragraph in one block. The headline is the
/// first line, and the points are no headline.
#[test]
fn deck_of_points_over_a_run_on_story() {
    let points = [
        "Harbour board spent six years on the project before scrapping it",
        "Officials admit none of the software was ever used",
        "An inquiry will report to ministers in the spring",
        "The supplier says the specification changed every year",
    ];
    for n in 2..=4 {
        let deck = points.get(..n).unwrap_or_default().join("\n");
        let text = format!(
            "Councillors demand answers over harbour IT system that 'never worked'\n{deck}\nBy ANN POE, POLITICAL EDITOR\nPublished: 22:30 GMT, 18 December 2025 | Updated: 23:01 GMT, 18 December 2025\nCouncillors have demanded an inquiry into a harbour computer system that was abandoned after six years without ever being used.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            assert_eq!(
                a.headline().map(|h| h.as_str()),
                Some("Councillors demand answers over harbour IT system that 'never worked'"),
                "{n} points ({variant})"
            );
            assert_eq!(
                a.byline().map(|b| b.as_str()),
                Some("By ANN POE, POLITICAL EDITOR"),
                "{n} points ({variant})"
            );
        });
    }
}

/// A government release's issuer under its headline in one block (`From:
/// Fisheries and Oceans Canada`) is furniture, a part of its own: not the
/// headline's second line, nor the deck. A mail's sender is none.
#[test]
fn release_issuer_under_the_headline() {
    let head = "Canada supports small craft harbour repairs in Nova Scotia";
    let text = format!(
        "News release\n{head}\nFrom: Fisheries and Oceans Canada\nJanuary 29, 2026 \u{2013} Halifax, Nova Scotia \u{2013} Fisheries and Oceans Canada\n\nThe Government of Canada is investing $12.6 million in seven harbours.\n\nMore."
    );
    each_variant(&text, |a, _, variant| {
        assert_eq!(a.headline().map(|h| h.as_str()), Some(head), "{variant}");
        assert!(a.deck().is_none(), "{variant}");
        assert!(
            has_trailer(a, T::Furniture, |t| t
                == "From: Fisheries and Oceans Canada"),
            "{variant}"
        );
        assert_eq!(
            a.dateline().and_then(|d| d.place()).map(|p| p.as_str()),
            Some("Halifax, Nova Scotia"),
            "{variant}"
        );
    });
    for from in [
        "From: Ann Poe <ann@example.com>",
        "From: the minister's office in Ottawa",
        "From: One Two Three Four Five Six Seven Eight Nine",
    ] {
        let text = format!(
            "{head}\n{from}\n\nThe Government of Canada is investing $12.6 million in seven harbours.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            assert!(
                !has_trailer(a, T::Furniture, |t| t == from),
                "{from:?} ({variant})"
            );
        });
    }
}

/// `allAfrica`'s reprint: the date, the outlet's name and city in brackets
/// and the headline in one block, the outlet's line furniture.
#[test]
fn reprint_credits_an_outlet_and_its_city() {
    for outlet in [
        "Premium Times (Abuja)",
        "The Citizen (Dar es Salaam)",
        "Ethiopian News Agency (Addis Ababa)",
    ] {
        let text = format!(
            "3 March 2026\n{outlet}\nNigeria: Senate Confirms Seven New Federal Commissioners\nBy Ada Okafor\nAbuja \u{2014} The Senate on Tuesday confirmed seven nominees to the commission.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            assert_headline_dateline(
                a,
                "Nigeria: Senate Confirms Seven New Federal Commissioners",
                "Abuja \u{2014}",
                variant,
            );
            assert_eq!(
                a.byline().map(|b| b.as_str()),
                Some("By Ada Okafor"),
                "{outlet:?} ({variant})"
            );
            assert!(a.kicker().is_none(), "{outlet:?} ({variant})");
            assert!(
                has_trailer(a, T::Furniture, |t| t == outlet),
                "{outlet:?} ({variant})"
            );
        });
    }
}

/// A blog's post line under the headline, run on in its block: the date,
/// the post's sections and the link to its comments (`March 3, 2026 /
/// Markets / Leave a comment`), a stamp, not the headline's second line.
#[test]
fn blog_post_line_under_the_headline() {
    for line in [
        "March 3, 2026 / Markets / Leave a comment",
        "March 3, 2026 | 4 Comments",
    ] {
        let text = format!(
            "Nickel climbs as a Sulawesi smelter strike drags on\n{line}\n\nJAKARTA, March 3 (Reuters) - Nickel prices rose on Tuesday as a strike at a smelter entered its ninth day.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            assert_headline_dateline(
                a,
                "Nickel climbs as a Sulawesi smelter strike drags on",
                "JAKARTA, March 3 (Reuters) -",
                variant,
            );
            assert!(
                has_trailer(a, T::Timestamp, |t| t == line),
                "{line:?} ({variant})"
            );
        });
    }
}

/// A college sports site's page: the team's label over the headline
/// (`Women's Basketball`), and the stamp with the team after a bar
/// (`2/22/2026 3:45:00 PM | Women's Basketball`) over the dateline, run on
/// in one block. A name after the bar is no desk.
#[test]
fn college_sports_page_header() {
    let text = "Women's Basketball\nHuskies Roll Past Villanova on Senior Day\n2/22/2026 3:45:00 PM | Women's Basketball\nSTORRS, Conn. \u{2013} Two seniors combined for 41 points as the Huskies beat Villanova 88-54 on Sunday.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.kicker().map(|k| k.as_str()),
            Some("Women's Basketball"),
            "{variant}"
        );
        assert_headline_dateline(
            a,
            "Huskies Roll Past Villanova on Senior Day",
            "STORRS, Conn. \u{2013}",
            variant,
        );
        assert!(
            has_trailer(a, T::Timestamp, |t| t.starts_with("2/22/2026")),
            "{variant}"
        );
    });
    for credit in ["Ann Poe", "By Ann Poe, Sports"] {
        let text = format!(
            "Huskies Roll Past Villanova on Senior Day\n2/22/2026 3:45:00 PM | {credit}\n\nTwo seniors combined for 41 points.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            assert!(
                !has_trailer(a, T::Timestamp, |t| t.contains("Ann Poe")),
                "{credit:?} ({variant})"
            );
        });
    }
}

/// A standfirst as the last line of header lines run together, a byline
/// among them (`AsiaNews`' section / stamp / headline / `by Li Mingde` /
/// standfirst), lets the search for the dateline go on under the block, as
/// a standfirst in a block of its own does. With no byline over it, the
/// block's last line is the story's first paragraph, and no later line is
/// read as the dateline.
#[test]
fn dateline_under_header_lines_over_a_standfirst() {
    let header = "CHINA\n03/03/2026, 12.45\nCatholics in Hebei mark Lent under new registration rules\nby Li Mingde\nParishes must now submit lists of regular attendees to local offices. Some priests have stopped keeping them.";
    let text = format!(
        "{header}\n\nBeijing (AsiaNews) \u{2013} Catholic communities in Hebei have begun Lent under new rules.\n\nMore."
    );
    each_variant(&text, |a, _, variant| {
        assert_eq!(
            a.dateline().map(|d| d.as_str()),
            Some("Beijing (AsiaNews) \u{2013}"),
            "{variant}"
        );
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Catholics in Hebei mark Lent under new registration rules"),
            "{variant}"
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("by Li Mingde"),
            "{variant}"
        );
    });
    let text = "CHINA\n03/03/2026, 12.45\nCatholics in Hebei mark Lent under new registration rules\nShare\nParishes must now submit lists of regular attendees to local offices. Some priests have stopped keeping them.\n\nBeijing (AsiaNews) \u{2013} Catholic communities in Hebei have begun Lent under new rules.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert!(a.dateline().is_none(), "{variant}");
    });
    // a standfirst in a block of its own under the header's block with the
    // names, as Project Syndicate prints its summary
    let summary = "While leaders congratulate themselves on avoiding recession, the bill for deferred investment is coming due. Unless the union pools its defence and energy spending, the next downturn will find it unprepared.";
    assert!(summary.len() > 200);
    let text = format!(
        "Europe's Borrowed Time\nMar 3, 2026\nHelena Varga\n\n{summary}\n\nBUDAPEST \u{2013} Every few years, Europe rediscovers that it has been living on borrowed time.\n\nMore."
    );
    each_variant(&text, |a, _, variant| {
        assert_eq!(
            a.dateline().map(|d| d.as_str()),
            Some("BUDAPEST \u{2013}"),
            "{variant}"
        );
    });
    // (not under a header with no names, nor one of a story's lines, nor
    // under a summary longer than a standfirst)
    let long = summary.repeat(2);
    for (head, summary) in [
        ("Europe's Borrowed Time\nMar 3, 2026", summary),
        (
            "Europe's Borrowed Time\nHelena Varga\nThe leaders met on Friday, and they agreed on nothing at all.",
            summary,
        ),
        (
            "Europe's Borrowed Time\nMar 3, 2026\nHelena Varga",
            long.as_str(),
        ),
    ] {
        let text = format!(
            "{head}\n\n{summary}\n\nBUDAPEST \u{2013} Every few years, Europe rediscovers that it has been living on borrowed time.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            assert!(a.dateline().is_none(), "{head:?} ({variant})");
        });
    }
    // nor over a roundup's opening paragraph, wrapped, longer than a
    // standfirst or under the story's lines: its items' datelines are no
    // dateline of the article
    let wrapped = "Storms across the region\nBy Ann Poe\nHeavy rain and high winds hit the region on Friday as officials urged\nresidents to stay home, closed schools and opened shelters in three\ncounties, forecasters said.";
    let long = format!(
        "Storms across the region\nBy Ann Poe\nShare\nJune 6, 2026\n{}",
        "Heavy rain and high winds hit the region on Friday as officials urged residents to stay home. ".repeat(4)
    );
    let story = "Storms across the region\nBy Ann Poe\nThe rain began at noon, and it did not stop.\nSchools closed early.\nHeavy rain and high winds hit the region on Friday as officials urged residents to stay home.";
    for head in [wrapped, long.trim_end(), story] {
        let text =
            format!("{head}\n\nBOSTON \u{2014} Flooding closed two bridges in the city.\n\nMore.");
        each_variant(&text, |a, _, variant| {
            assert!(a.dateline().is_none(), "{head:?} ({variant})");
        });
    }
}

/// A byline ended by a stop before the stamp on its line (Ad Age's `By
/// Ann Poe. Published on June 17, 2025.`) is the names without the stop,
/// which goes with the stamp; an initial's or a suffix's stop stays the
/// names'.
#[test]
fn stop_after_the_names_before_a_stamp() {
    for (line, byline, author) in [
        (
            "By Ann Poe. Published on June 17, 2025.",
            "By Ann Poe",
            "Ann Poe",
        ),
        (
            "By Tom Roe Jr. Published on June 17, 2025.",
            "By Tom Roe Jr.",
            "Tom Roe Jr.",
        ),
        (
            "By Ann B. Published on June 17, 2025.",
            "By Ann B.",
            "Ann B.",
        ),
    ] {
        let text = format!(
            "Holding company chiefs dodge questions at Cannes\n{line}\n\nThe chief executives sidestepped questions.\n\nMore."
        );
        each_variant(&text, |a, _, variant| {
            let b = a
                .byline()
                .map(|b| (b.as_str(), b.authors().collect::<Vec<_>>()));
            assert_eq!(b, Some((byline, vec![author])), "{line:?} ({variant})");
            assert!(
                has_trailer(a, T::Timestamp, |t| t.ends_with("June 17, 2025.")),
                "{line:?} ({variant})"
            );
        });
    }
}

/// A page's headline wrapped in sentence case under a kicker, its header
/// run on over the story in one block, is the headline whole: a kicker has
/// no standfirst right under it (`MLB` / `Winter meetings preview: Which
/// teams are` / `poised to spend big this offseason?` / `By …` / the stamps).
#[test]
fn wrapped_headline_under_a_kicker_on_a_page() {
    let text = "MLB\nWinter meetings preview: Which teams are\npoised to spend big this offseason?\nBy Ann Poe\nNov. 6, 2025\nUpdated 2:14 pm ET\nThe market for free agents opened Thursday, and several clubs are expected to move quickly.\n\nMore.";
    each_variant(text, |a, _, variant| {
        assert_eq!(a.kicker().map(|k| k.as_str()), Some("MLB"), "{variant}");
        assert_eq!(
            a.headline().map(|h| h.normalized()).as_deref(),
            Some("Winter meetings preview: Which teams are poised to spend big this offseason?"),
            "{variant}"
        );
        assert_eq!(
            a.byline().map(|b| b.as_str()),
            Some("By Ann Poe"),
            "{variant}"
        );
    });
}

/// An aid agencies' portal prints the report's country over its title and
/// each of its fields under it as a label alone over its value
/// (ReliefWeb's `Format` / `Situation Report` / `Source` / `OCHA` /
/// `Posted` / `3 Mar 2026`), run together with the story: the country is
/// the kicker, each field and its value furniture, and a title opening
/// with the country and a colon is the headline, no dateline.
#[test]
fn portal_fields_under_the_title() {
    let fields = "Format\nNews and Press Release\nSource\nUNICEF\nPosted\n16 Sep 2025";
    let text = format!(
        "Afghanistan\nUNICEF rushes supplies to children after the earthquake\n{fields}\nNEW YORK, 16 September 2025 – UNICEF is delivering tents and blankets to families affected by the earthquake that struck the province.\n\nMany families are sleeping outdoors."
    );
    each_variant(&text, |a, _, variant| {
        assert_eq!(
            a.kicker().map(|k| k.as_str()),
            Some("Afghanistan"),
            "{variant}"
        );
        assert_headline_dateline(
            a,
            "UNICEF rushes supplies to children after the earthquake",
            "NEW YORK, 16 September 2025 –",
            variant,
        );
        assert_eq!(
            a.trailers()
                .iter()
                .map(|t| (
                    t.kind(),
                    t.as_str().replace("\r\n", "\n").replace('\r', "\n")
                ))
                .collect::<Vec<_>>(),
            [
                (T::Furniture, "Format\nNews and Press Release".to_string()),
                (T::Furniture, "Source\nUNICEF".to_string()),
                (T::Furniture, "Posted\n16 Sep 2025".to_string()),
            ],
            "{variant}"
        );
    });
    // a situation report with no dateline: the title opens with the country
    // and a colon, its first section's name in capitals under the fields
    let text = "Mozambique\nMozambique: Tropical Cyclone Hanta - Flash Update No. 3\nFormat\nSituation Report\nSource\nOCHA\nPosted\n3 Mar 2026\nOriginally published\n3 Mar 2026\nKEY HIGHLIGHTS\nTropical Cyclone Hanta made landfall near Angoche on 1 March, bringing winds of up to 150 km/h to the coast.\n\nDamage assessments are ongoing.";
    each_variant(text, |a, _, variant| {
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("Mozambique: Tropical Cyclone Hanta - Flash Update No. 3"),
            "{variant}"
        );
        assert!(a.dateline().is_none(), "{variant}");
        // (the report's first section in capitals is no one's name)
        assert!(a.byline().is_none(), "{variant}");
        assert_eq!(
            paragraph_texts(a).first().map(String::as_str),
            Some(
                "Tropical Cyclone Hanta made landfall near Angoche on 1 March, bringing winds of up to 150 km/h to the coast."
            ),
            "{variant}"
        );
    });
}
