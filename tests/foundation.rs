//! The three shapes the foundation must parse, every field and span asserted,
//! on fixtures we wrote; and the seed article when the corpus is present.

mod common;

use chrono::NaiveDate;
use dateline::{Parser, SeparatorKind};

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn seed_layout_with_headline() {
    let text = fixture("seed-layout.txt");
    for text in [text.clone(), common::crlf(&text), common::bom(&text)] {
        let a = dateline::parse(&text);
        common::validate(&a, &text);
        let off = usize::from(text.starts_with('\u{feff}')) * 3;
        let h = a.headline().expect("headline");
        assert_eq!(
            (h.as_str(), h.span().start()),
            ("Quarry Expansion Approved", off)
        );
        assert!(a.deck().is_none() && a.byline().is_none());
        let d = a.dateline().expect("dateline");
        assert_eq!(d.as_str(), "Springfield Ill., 2 May 2024 (TDI):");
        let place = d.place().expect("place");
        assert_eq!(
            (
                place.as_str(),
                place.city(),
                place.region(),
                place.region_name(),
                place.country()
            ),
            (
                "Springfield Ill.",
                Some("Springfield"),
                Some("Ill."),
                Some("Illinois"),
                Some("United States")
            )
        );
        let date = d.date().expect("date");
        assert_eq!(date.as_str(), "2 May 2024");
        assert_eq!(date.to_naive_date(), NaiveDate::from_ymd_opt(2024, 5, 2));
        assert!(!date.is_year_inferred());
        assert_eq!(d.source().map(|s| s.as_str()), Some("TDI"));
        assert_eq!(d.separator().map(|s| s.kind()), Some(SeparatorKind::Colon));
        let sections = a.sections();
        assert_eq!(sections.len(), 2);
        assert_eq!(sections[0].heading(), None);
        assert_eq!(sections[0].paragraphs().len(), 2);
        assert!(
            sections[0].paragraphs()[0]
                .as_str()
                .starts_with("The county board approved")
        );
        assert_eq!(
            sections[1].heading().map(|h| h.as_str()),
            Some("Traffic and Noise")
        );
        assert_eq!(sections[1].paragraphs().len(), 2);
        assert!(a.trailers().is_empty());
    }
}

#[test]
fn reuters_wire_layout() {
    let text = fixture("reuters-1987.txt");
    let parser = Parser::new().reference_date(NaiveDate::from_ymd_opt(1987, 3, 11).expect("date"));
    for text in [text.clone(), common::crlf(&text), common::bom(&text)] {
        let a = parser.parse(&text).expect("no options fail");
        common::validate(&a, &text);
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            Some("TIN COUNCIL TALKS END WITHOUT ACCORD")
        );
        let b = a.byline().expect("byline");
        assert_eq!(b.as_str(), "By Ann Poe, Reuters");
        assert_eq!(b.authors().collect::<Vec<_>>(), ["Ann Poe"]);
        assert_eq!(b.affiliation(), Some("Reuters"));
        let d = a.dateline().expect("dateline");
        assert_eq!(d.as_str(), "LONDON, March 11 -");
        assert_eq!(&text[d.span().range()], "LONDON, March 11 -");
        assert_eq!(d.place().map(|p| p.as_str()), Some("LONDON"));
        let date = d.date().expect("date");
        assert_eq!(date.to_naive_date(), NaiveDate::from_ymd_opt(1987, 3, 11));
        assert!(date.is_year_inferred());
        assert!(d.source().is_none());
        let paragraphs: Vec<_> = a
            .paragraphs()
            .map(|p| p.as_str().split_whitespace().collect::<Vec<_>>().join(" "))
            .collect();
        assert_eq!(
            paragraphs,
            [
                "Talks between tin producers and consumers ended without agreement on a new buffer stock, trade sources said.",
                "Delegates said a further meeting was possible in April but no date had been set.",
            ]
        );
    }
}

#[test]
fn ap_and_modern_reuters_leads() {
    let text = fixture("ap-modern.txt");
    let a = dateline::parse(&text);
    common::validate(&a, &text);
    assert_eq!(
        a.headline().map(|h| h.as_str()),
        Some("Storm Closes Bridges Along the Coast")
    );
    let d = a.dateline().expect("dateline");
    assert_eq!(d.as_str(), "SAN DIEGO, Calif. (AP) —");
    assert_eq!(d.span().range(), 38..64);
    assert_eq!(d.place().and_then(|p| p.region_name()), Some("California"));
    let source = d.source().expect("source");
    assert_eq!((source.as_str(), source.raw()), ("AP", "(AP)"));
    assert_eq!(
        source.agencies().next().and_then(|a| a.name()),
        Some("The Associated Press")
    );
    assert_eq!(d.separator().map(|s| s.kind()), Some(SeparatorKind::EmDash));
    assert_eq!(a.paragraphs().count(), 2);

    let text = "NEW YORK, March 3 (Reuters) - Wall Street rose.";
    let a = Parser::new()
        .reference_date(NaiveDate::from_ymd_opt(2026, 3, 4).expect("date"))
        .parse(text)
        .expect("parse");
    common::validate(&a, text);
    let d = a.dateline().expect("dateline");
    assert_eq!(d.span().range(), 0..29);
    assert_eq!(
        d.date().and_then(|x| x.to_naive_date()),
        NaiveDate::from_ymd_opt(2026, 3, 3)
    );
    assert_eq!(
        a.paragraphs()
            .next()
            .map(|p| (p.as_str(), p.span().start())),
        Some(("Wall Street rose.", 30))
    );
}

#[test]
fn seed_article_from_the_corpus() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/corpus/seed-article.txt"
    );
    let Ok(text) = std::fs::read_to_string(path) else {
        eprintln!("skipped: {path} is not here");
        return;
    };
    let a = dateline::parse(&text);
    common::validate(&a, &text);
    assert!(a.headline().is_none());
    let d = a.dateline().expect("dateline");
    let place = d.place().expect("place");
    assert_eq!(
        (place.as_str(), place.city(), place.region()),
        ("Washington D.C", Some("Washington"), Some("D.C"))
    );
    assert_eq!(
        d.date().and_then(|x| x.to_naive_date()),
        NaiveDate::from_ymd_opt(2023, 7, 13)
    );
    assert_eq!(d.source().map(|s| s.as_str()), Some("TDI"));
    assert_eq!(d.separator().map(|s| s.as_str()), Some(":"));
    assert!(
        a.paragraphs()
            .next()
            .is_some_and(|p| p.as_str().starts_with("In a recent phone conversation"))
    );
    let shape: Vec<_> = a
        .sections()
        .iter()
        .map(|s| (s.heading().map(|h| h.as_str()), s.paragraphs().len()))
        .collect();
    assert_eq!(
        shape,
        [
            (None, 6),
            (Some("Azerbaijan-Armenia Conflict"), 4),
            (Some("United States Commitment"), 4)
        ]
    );
    // the same layout with a headline and a deck above it
    let with_head = format!("Peace Talks Backed\n\nBlinken calls Pashinyan\n\n{text}");
    let a = dateline::parse(&with_head);
    common::validate(&a, &with_head);
    assert_eq!(a.headline().map(|h| h.as_str()), Some("Peace Talks Backed"));
    assert_eq!(
        a.deck().map(|h| h.as_str()),
        Some("Blinken calls Pashinyan")
    );
    assert_eq!(a.sections().len(), 3);
}

#[test]
fn empty_and_plain_text() {
    let a = dateline::parse("");
    common::validate(&a, "");
    assert!(a.headline().is_none() && a.dateline().is_none() && a.sections().is_empty());
    let text =
        "The company said on March 3 - its shares rose.\n\nIn Washington, officials said nothing.";
    let a = dateline::parse(text);
    common::validate(&a, text);
    assert!(a.dateline().is_none());
    assert_eq!(a.paragraphs().count(), 2);
}
