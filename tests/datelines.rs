//! The dateline grammar as a specification: one row per dateline, with every
//! field it must yield, and a table of ordinary openings that have none.
//!
//! Each row is parsed twice: alone with `dateline::parse_dateline`, and as an
//! article with a `Parser` (with the row's reference date), whose first
//! paragraph must be the text after the separator.

mod common;

use chrono::NaiveDate;
use dateline::{Dateline, Parser, SeparatorKind};

/// The reference date most rows use.
const REF: Option<&str> = Some("2026-11-28");

/// One dateline and everything it must yield. `None` and empty fields are
/// asserted too: a row says exactly what the dateline has.
struct Row {
    /// The article's text.
    input: &'static str,
    /// The reference date given to the parser (ISO), if any.
    reference: Option<&'static str>,
    /// The whole dateline as written.
    dateline: &'static str,
    place: Option<&'static str>,
    city: Option<&'static str>,
    /// Every city, when the place names several (else the city alone).
    cities: &'static [&'static str],
    region: Option<&'static str>,
    region_name: Option<&'static str>,
    country: Option<&'static str>,
    date: Option<&'static str>,
    ymd: (Option<i32>, Option<u32>, Option<u32>),
    /// The resolved date, ISO.
    iso: Option<&'static str>,
    year_inferred: bool,
    source: Option<&'static str>,
    /// Full names of the agencies in the tag (the tag as written when unknown).
    agencies: &'static [&'static str],
    separator: Option<(&'static str, SeparatorKind)>,
    /// The first paragraph after the dateline.
    body: &'static str,
}

/// The defaults a row overrides: nothing found, the common reference date.
const R: Row = Row {
    input: "",
    reference: REF,
    dateline: "",
    place: None,
    city: None,
    cities: &[],
    region: None,
    region_name: None,
    country: None,
    date: None,
    ymd: (None, None, None),
    iso: None,
    year_inferred: false,
    source: None,
    agencies: &[],
    separator: None,
    body: "",
};

use SeparatorKind::{
    Bullet, Colon, DoubleHyphen, EmDash, EnDash, HorizontalBar, Hyphen, Other, Slash, Tab,
    Underscore,
};

const US: Option<&str> = Some("United States");

fn fields<'a>(d: &Dateline<'a>) -> Vec<String> {
    let place = d.place();
    let date = d.date();
    let source = d.source();
    vec![
        format!("dateline {:?}", d.as_str()),
        format!("place {:?}", place.map(|p| p.as_str())),
        format!("city {:?}", place.and_then(|p| p.city())),
        format!(
            "cities {:?}",
            place
                .map(|p| p.cities().collect::<Vec<_>>())
                .unwrap_or_default()
        ),
        format!("region {:?}", place.and_then(|p| p.region())),
        format!("region_name {:?}", place.and_then(|p| p.region_name())),
        format!("country {:?}", place.and_then(|p| p.country())),
        format!("date {:?}", date.map(|x| x.as_str())),
        format!(
            "ymd {:?}",
            date.map_or((None, None, None), |x| (x.year(), x.month(), x.day()))
        ),
        format!(
            "iso {:?}",
            date.and_then(|x| x.to_naive_date()).map(|x| x.to_string())
        ),
        format!(
            "year_inferred {:?}",
            date.is_some_and(|x| x.is_year_inferred())
        ),
        format!("source {:?}", source.map(|s| s.as_str())),
        format!(
            "agencies {:?}",
            source
                .map(|s| s
                    .agencies()
                    .map(|a| a.name().unwrap_or(a.as_str()).to_owned())
                    .collect::<Vec<_>>())
                .unwrap_or_default()
        ),
        format!(
            "separator {:?}",
            d.separator().map(|s| (s.as_str(), s.kind()))
        ),
    ]
}

fn expected(row: &Row) -> Vec<String> {
    let cities: Vec<&str> = if row.cities.is_empty() {
        row.city.into_iter().collect()
    } else {
        row.cities.to_vec()
    };
    vec![
        format!("dateline {:?}", row.dateline),
        format!("place {:?}", row.place),
        format!("city {:?}", row.city),
        format!("cities {cities:?}"),
        format!("region {:?}", row.region),
        format!("region_name {:?}", row.region_name),
        format!("country {:?}", row.country),
        format!("date {:?}", row.date),
        format!("ymd {:?}", row.ymd),
        format!("iso {:?}", row.iso),
        format!("year_inferred {:?}", row.year_inferred),
        format!("source {:?}", row.source),
        format!(
            "agencies {:?}",
            row.agencies
                .iter()
                .map(|s| (*s).to_owned())
                .collect::<Vec<_>>()
        ),
        format!("separator {:?}", row.separator),
    ]
}

/// Asserts that no opening of `openings` has a dateline, through `parse` and
/// through `parse_dateline`, listing every failure at once.
fn assert_no_dateline(openings: &[&str]) {
    let mut failures = Vec::new();
    for opening in openings {
        let article = dateline::parse(opening);
        common::validate(&article, opening);
        if let Some(d) = article.dateline() {
            failures.push(format!("{opening:?}: article dateline {:?}", d.as_str()));
        }
        if let Some(d) = dateline::parse_dateline(opening) {
            failures.push(format!("{opening:?}: parse_dateline {:?}", d.as_str()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn check(rows: &[Row]) {
    let mut failures = Vec::new();
    for row in rows {
        let reference = row
            .reference
            .map(|r| r.parse::<NaiveDate>().expect("reference date"));
        let mut parser = Parser::new();
        if let Some(r) = reference {
            parser = parser.reference_date(r);
        }
        let article = parser.parse(row.input).expect("parse");
        common::validate(&article, row.input);
        let want = expected(row);
        let Some(d) = article.dateline() else {
            failures.push(format!("{:?}: no dateline", row.input));
            continue;
        };
        let got = fields(d);
        for (g, w) in got.iter().zip(&want) {
            if g != w {
                failures.push(format!("{:?}: got {g}, want {w}", row.input));
            }
        }
        let body = article.paragraphs().next().map(|p| p.as_str());
        if body != Some(row.body) {
            failures.push(format!(
                "{:?}: body {body:?}, want {:?}",
                row.input, row.body
            ));
        }
        // the bare grammar agrees with the article (no reference date there)
        let alone = dateline::parse_dateline(row.input).map(|a| a.as_str());
        let leads = row.input.trim_start().starts_with(row.dateline);
        if leads && alone != Some(row.dateline) {
            failures.push(format!("{:?}: parse_dateline gave {:?}", row.input, alone));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn seed_style() {
    check(&[
        Row {
            input: "Washington D.C, 13 July 2023 (TDI): The agency said on Monday.\n",
            dateline: "Washington D.C, 13 July 2023 (TDI):",
            place: Some("Washington D.C"),
            city: Some("Washington"),
            region: Some("D.C"),
            region_name: Some("District of Columbia"),
            country: US,
            date: Some("13 July 2023"),
            ymd: (Some(2023), Some(7), Some(13)),
            iso: Some("2023-07-13"),
            source: Some("TDI"),
            agencies: &["TDI"],
            separator: Some((":", Colon)),
            body: "The agency said on Monday.",
            ..R
        },
        Row {
            input: "Washington D.C., 2 May 2024 (RNS): The council met.",
            dateline: "Washington D.C., 2 May 2024 (RNS):",
            place: Some("Washington D.C."),
            city: Some("Washington"),
            region: Some("D.C."),
            region_name: Some("District of Columbia"),
            country: US,
            date: Some("2 May 2024"),
            ymd: (Some(2024), Some(5), Some(2)),
            iso: Some("2024-05-02"),
            source: Some("RNS"),
            agencies: &["Religion News Service"],
            separator: Some((":", Colon)),
            body: "The council met.",
            ..R
        },
        Row {
            input: "Trenton N.J., 21 march 2022 (NJN):  Lawmakers voted.",
            dateline: "Trenton N.J., 21 march 2022 (NJN):",
            place: Some("Trenton N.J."),
            city: Some("Trenton"),
            region: Some("N.J."),
            region_name: Some("New Jersey"),
            country: US,
            date: Some("21 march 2022"),
            ymd: (Some(2022), Some(3), Some(21)),
            iso: Some("2022-03-21"),
            source: Some("NJN"),
            agencies: &["NJN"],
            separator: Some((":", Colon)),
            body: "Lawmakers voted.",
            ..R
        },
    ]);
}

#[test]
fn reuters_1987_wire() {
    let r87 = Some("1987-03-04");
    check(&[
        Row {
            input: "    SALVADOR, Feb 26 - Showers continued throughout the week.\n",
            reference: Some("1987-02-27"),
            dateline: "SALVADOR, Feb 26 -",
            place: Some("SALVADOR"),
            city: Some("SALVADOR"),
            date: Some("Feb 26"),
            ymd: (None, Some(2), Some(26)),
            iso: Some("1987-02-26"),
            year_inferred: true,
            separator: Some(("-", Hyphen)),
            body: "Showers continued throughout the week.",
            ..R
        },
        Row {
            input: "NEW YORK, March 3 - Stocks rose in active trading.",
            reference: r87,
            dateline: "NEW YORK, March 3 -",
            place: Some("NEW YORK"),
            city: Some("NEW YORK"),
            country: US,
            date: Some("March 3"),
            ymd: (None, Some(3), Some(3)),
            iso: Some("1987-03-03"),
            year_inferred: true,
            separator: Some(("-", Hyphen)),
            body: "Stocks rose in active trading.",
            ..R
        },
        Row {
            input: "    PORTLAND, Ore., March 2 - The utility said it would cut rates.",
            reference: r87,
            dateline: "PORTLAND, Ore., March 2 -",
            place: Some("PORTLAND, Ore."),
            city: Some("PORTLAND"),
            region: Some("Ore."),
            region_name: Some("Oregon"),
            country: US,
            date: Some("March 2"),
            ymd: (None, Some(3), Some(2)),
            iso: Some("1987-03-02"),
            year_inferred: true,
            separator: Some(("-", Hyphen)),
            body: "The utility said it would cut rates.",
            ..R
        },
        Row {
            input: "LONDON, March 11, Reuter - The Bank of England said.",
            reference: Some("1987-03-12"),
            dateline: "LONDON, March 11, Reuter -",
            place: Some("LONDON"),
            city: Some("LONDON"),
            country: Some("United Kingdom"),
            date: Some("March 11"),
            ymd: (None, Some(3), Some(11)),
            iso: Some("1987-03-11"),
            year_inferred: true,
            source: Some("Reuter"),
            agencies: &["Reuters"],
            separator: Some(("-", Hyphen)),
            body: "The Bank of England said.",
            ..R
        },
        Row {
            input: "washington, march 3 - the senate voted on the bill.",
            reference: r87,
            dateline: "washington, march 3 -",
            place: Some("washington"),
            city: Some("washington"),
            country: US,
            date: Some("march 3"),
            ymd: (None, Some(3), Some(3)),
            iso: Some("1987-03-03"),
            year_inferred: true,
            separator: Some(("-", Hyphen)),
            body: "the senate voted on the bill.",
            ..R
        },
        Row {
            input: "TOKYO, APril 2 - Japan's exports fell.",
            reference: r87,
            dateline: "TOKYO, APril 2 -",
            place: Some("TOKYO"),
            city: Some("TOKYO"),
            country: Some("Japan"),
            date: Some("APril 2"),
            ymd: (None, Some(4), Some(2)),
            iso: Some("1987-04-02"),
            year_inferred: true,
            separator: Some(("-", Hyphen)),
            body: "Japan's exports fell.",
            ..R
        },
        Row {
            input: "CHICAGO, MARCH 9 -- Grain futures closed higher.",
            reference: r87,
            dateline: "CHICAGO, MARCH 9 --",
            place: Some("CHICAGO"),
            city: Some("CHICAGO"),
            country: US,
            date: Some("MARCH 9"),
            ymd: (None, Some(3), Some(9)),
            iso: Some("1987-03-09"),
            year_inferred: true,
            separator: Some(("--", DoubleHyphen)),
            body: "Grain futures closed higher.",
            ..R
        },
        Row {
            input: "\tHOUSTON, Feb 27  -  Oil prices eased.",
            reference: r87,
            dateline: "HOUSTON, Feb 27  -",
            place: Some("HOUSTON"),
            city: Some("HOUSTON"),
            country: US,
            date: Some("Feb 27"),
            ymd: (None, Some(2), Some(27)),
            iso: Some("1987-02-27"),
            year_inferred: true,
            separator: Some(("-", Hyphen)),
            body: "Oil prices eased.",
            ..R
        },
        Row {
            input: "BONN,  March 4 - West German officials met.",
            reference: r87,
            dateline: "BONN,  March 4 -",
            place: Some("BONN"),
            city: Some("BONN"),
            country: Some("Germany"),
            date: Some("March 4"),
            ymd: (None, Some(3), Some(4)),
            iso: Some("1987-03-04"),
            year_inferred: true,
            separator: Some(("-", Hyphen)),
            body: "West German officials met.",
            ..R
        },
        Row {
            input: "DETROIT, March 4 -General Motors Corp said it would recall cars.",
            reference: r87,
            dateline: "DETROIT, March 4 -",
            place: Some("DETROIT"),
            city: Some("DETROIT"),
            country: US,
            date: Some("March 4"),
            ymd: (None, Some(3), Some(4)),
            iso: Some("1987-03-04"),
            year_inferred: true,
            separator: Some(("-", Hyphen)),
            body: "General Motors Corp said it would recall cars.",
            ..R
        },
        Row {
            input: "RICHMOND, Va. Feb 26 - Dominion said.",
            reference: r87,
            dateline: "RICHMOND, Va. Feb 26 -",
            place: Some("RICHMOND, Va."),
            city: Some("RICHMOND"),
            region: Some("Va."),
            region_name: Some("Virginia"),
            country: US,
            date: Some("Feb 26"),
            ymd: (None, Some(2), Some(26)),
            iso: Some("1987-02-26"),
            year_inferred: true,
            separator: Some(("-", Hyphen)),
            body: "Dominion said.",
            ..R
        },
    ]);
}

#[test]
fn reuters_today() {
    check(&[
        Row {
            input: "LONDON, 28-Nov-2026 (Reuters) - Stocks rose.",
            dateline: "LONDON, 28-Nov-2026 (Reuters) -",
            place: Some("LONDON"),
            city: Some("LONDON"),
            country: Some("United Kingdom"),
            date: Some("28-Nov-2026"),
            ymd: (Some(2026), Some(11), Some(28)),
            iso: Some("2026-11-28"),
            source: Some("Reuters"),
            agencies: &["Reuters"],
            separator: Some(("-", Hyphen)),
            body: "Stocks rose.",
            ..R
        },
        // the time it was filed after the date: in the dateline, not the date
        Row {
            input: "LONDON, Nov. 28, 2026, 10:45 GMT (Reuters) - Stocks rose.",
            dateline: "LONDON, Nov. 28, 2026, 10:45 GMT (Reuters) -",
            place: Some("LONDON"),
            city: Some("LONDON"),
            country: Some("United Kingdom"),
            date: Some("Nov. 28, 2026"),
            ymd: (Some(2026), Some(11), Some(28)),
            iso: Some("2026-11-28"),
            source: Some("Reuters"),
            agencies: &["Reuters"],
            separator: Some(("-", Hyphen)),
            body: "Stocks rose.",
            ..R
        },
        Row {
            input: "CHICAGO, November 28, 2026 at 9:30 a.m. ET -- Acme Corp. opened a yard.",
            dateline: "CHICAGO, November 28, 2026 at 9:30 a.m. ET --",
            place: Some("CHICAGO"),
            city: Some("CHICAGO"),
            country: US,
            date: Some("November 28, 2026"),
            ymd: (Some(2026), Some(11), Some(28)),
            iso: Some("2026-11-28"),
            separator: Some(("--", DoubleHyphen)),
            body: "Acme Corp. opened a yard.",
            ..R
        },
        Row {
            input: "NEW YORK, March 3 (Reuters) - Wall Street ended higher.",
            reference: Some("2025-03-03"),
            dateline: "NEW YORK, March 3 (Reuters) -",
            place: Some("NEW YORK"),
            city: Some("NEW YORK"),
            country: US,
            date: Some("March 3"),
            ymd: (None, Some(3), Some(3)),
            iso: Some("2025-03-03"),
            year_inferred: true,
            source: Some("Reuters"),
            agencies: &["Reuters"],
            separator: Some(("-", Hyphen)),
            body: "Wall Street ended higher.",
            ..R
        },
        Row {
            input: "LIMA, Peru (Reuters) - Peru's copper output rose.",
            dateline: "LIMA, Peru (Reuters) -",
            place: Some("LIMA, Peru"),
            city: Some("LIMA"),
            country: Some("Peru"),
            source: Some("Reuters"),
            agencies: &["Reuters"],
            separator: Some(("-", Hyphen)),
            body: "Peru's copper output rose.",
            ..R
        },
        Row {
            input: "WASHINGTON/BRUSSELS, Oct 5 (Reuters) - Trade talks resumed.",
            reference: Some("2025-10-06"),
            dateline: "WASHINGTON/BRUSSELS, Oct 5 (Reuters) -",
            place: Some("WASHINGTON/BRUSSELS"),
            city: Some("WASHINGTON/BRUSSELS"),
            cities: &["WASHINGTON", "BRUSSELS"],
            country: US,
            date: Some("Oct 5"),
            ymd: (None, Some(10), Some(5)),
            iso: Some("2025-10-05"),
            year_inferred: true,
            source: Some("Reuters"),
            agencies: &["Reuters"],
            separator: Some(("-", Hyphen)),
            body: "Trade talks resumed.",
            ..R
        },
        Row {
            input: "LONDON/PARIS/BERLIN, Jan 12 (Reuters) - European shares slipped.",
            reference: Some("2026-01-12"),
            dateline: "LONDON/PARIS/BERLIN, Jan 12 (Reuters) -",
            place: Some("LONDON/PARIS/BERLIN"),
            city: Some("LONDON/PARIS/BERLIN"),
            cities: &["LONDON", "PARIS", "BERLIN"],
            country: Some("United Kingdom"),
            date: Some("Jan 12"),
            ymd: (None, Some(1), Some(12)),
            iso: Some("2026-01-12"),
            year_inferred: true,
            source: Some("Reuters"),
            agencies: &["Reuters"],
            separator: Some(("-", Hyphen)),
            body: "European shares slipped.",
            ..R
        },
        Row {
            input: "FRANKFURT, Sept 5 (Reuters) - The ECB held rates.",
            dateline: "FRANKFURT, Sept 5 (Reuters) -",
            place: Some("FRANKFURT"),
            city: Some("FRANKFURT"),
            country: Some("Germany"),
            date: Some("Sept 5"),
            ymd: (None, Some(9), Some(5)),
            iso: Some("2026-09-05"),
            year_inferred: true,
            source: Some("Reuters"),
            agencies: &["Reuters"],
            separator: Some(("-", Hyphen)),
            body: "The ECB held rates.",
            ..R
        },
        Row {
            input: "SYDNEY, Sept. 14 (Reuters)—Australia's central bank held rates.",
            dateline: "SYDNEY, Sept. 14 (Reuters)—",
            place: Some("SYDNEY"),
            city: Some("SYDNEY"),
            country: Some("Australia"),
            date: Some("Sept. 14"),
            ymd: (None, Some(9), Some(14)),
            iso: Some("2026-09-14"),
            year_inferred: true,
            source: Some("Reuters"),
            agencies: &["Reuters"],
            separator: Some(("—", EmDash)),
            body: "Australia's central bank held rates.",
            ..R
        },
        Row {
            input: "  TOKYO , March 3 (Reuters)\u{a0}-\u{a0}Japan's Nikkei rose.",
            reference: Some("2026-03-03"),
            dateline: "TOKYO , March 3 (Reuters)\u{a0}-",
            place: Some("TOKYO"),
            city: Some("TOKYO"),
            country: Some("Japan"),
            date: Some("March 3"),
            ymd: (None, Some(3), Some(3)),
            iso: Some("2026-03-03"),
            year_inferred: true,
            source: Some("Reuters"),
            agencies: &["Reuters"],
            separator: Some(("-", Hyphen)),
            body: "Japan's Nikkei rose.",
            ..R
        },
    ]);
}

#[test]
fn associated_press() {
    check(&[
        // AP's datelines for where no town is: a sentence's first word in
        // capitals opens them
        Row {
            input: "AT SEA (AP) — The crew saw the storm.",
            dateline: "AT SEA (AP) —",
            place: Some("AT SEA"),
            city: Some("AT SEA"),
            source: Some("AP"),
            agencies: &["The Associated Press"],
            separator: Some(("—", EmDash)),
            body: "The crew saw the storm.",
            ..R
        },
        Row {
            input: "ON THE SOUTH LAWN (AP) — The president spoke.",
            dateline: "ON THE SOUTH LAWN (AP) —",
            place: Some("ON THE SOUTH LAWN"),
            city: Some("ON THE SOUTH LAWN"),
            source: Some("AP"),
            agencies: &["The Associated Press"],
            separator: Some(("—", EmDash)),
            body: "The president spoke.",
            ..R
        },
        Row {
            input: "WASHINGTON (AP) — The Senate passed the bill.",
            dateline: "WASHINGTON (AP) —",
            place: Some("WASHINGTON"),
            city: Some("WASHINGTON"),
            country: US,
            source: Some("AP"),
            agencies: &["The Associated Press"],
            separator: Some(("—", EmDash)),
            body: "The Senate passed the bill.",
            ..R
        },
        Row {
            input: "SAN DIEGO, Calif. (AP) — A wildfire spread.",
            dateline: "SAN DIEGO, Calif. (AP) —",
            place: Some("SAN DIEGO, Calif."),
            city: Some("SAN DIEGO"),
            region: Some("Calif."),
            region_name: Some("California"),
            country: US,
            source: Some("AP"),
            agencies: &["The Associated Press"],
            separator: Some(("—", EmDash)),
            body: "A wildfire spread.",
            ..R
        },
        Row {
            input: "PORTLAND, Maine (AP) -- Lobster prices fell.",
            dateline: "PORTLAND, Maine (AP) --",
            place: Some("PORTLAND, Maine"),
            city: Some("PORTLAND"),
            region: Some("Maine"),
            region_name: Some("Maine"),
            country: US,
            source: Some("AP"),
            agencies: &["The Associated Press"],
            separator: Some(("--", DoubleHyphen)),
            body: "Lobster prices fell.",
            ..R
        },
        Row {
            input: "ATLANTA (AP) _ The Braves won again.",
            dateline: "ATLANTA (AP) _",
            place: Some("ATLANTA"),
            city: Some("ATLANTA"),
            country: US,
            source: Some("AP"),
            agencies: &["The Associated Press"],
            separator: Some(("_", Underscore)),
            body: "The Braves won again.",
            ..R
        },
        // Fitch Ratings' name, place and date, the hyphens touching them
        Row {
            input: "Fitch Ratings-New York-03 March 2015: Fitch Ratings has affirmed the bank.",
            dateline: "Fitch Ratings-New York-03 March 2015:",
            place: Some("New York"),
            city: Some("New York"),
            country: US,
            date: Some("03 March 2015"),
            ymd: (Some(2015), Some(3), Some(3)),
            iso: Some("2015-03-03"),
            source: Some("Fitch Ratings"),
            agencies: &["Fitch Ratings"],
            separator: Some((":", Colon)),
            body: "Fitch Ratings has affirmed the bank.",
            ..R
        },
        Row {
            input: "Fitch Ratings - Hong Kong/Sydney - 12 Jun 2020: Fitch has affirmed the bank.",
            dateline: "Fitch Ratings - Hong Kong/Sydney - 12 Jun 2020:",
            place: Some("Hong Kong/Sydney"),
            city: Some("Hong Kong/Sydney"),
            cities: &["Hong Kong", "Sydney"],
            country: Some("Hong Kong"),
            date: Some("12 Jun 2020"),
            ymd: (Some(2020), Some(6), Some(12)),
            iso: Some("2020-06-12"),
            source: Some("Fitch Ratings"),
            agencies: &["Fitch Ratings"],
            separator: Some((":", Colon)),
            body: "Fitch has affirmed the bank.",
            ..R
        },
        // APA's name run onto its place with a hyphen, the country in
        // brackets (the table names the tag's Austrian agency: `APA` is
        // both)
        Row {
            input: "APA-Dakar (Senegal) - Consumer prices rose by 4.1 percent.",
            dateline: "APA-Dakar (Senegal) -",
            place: Some("Dakar (Senegal)"),
            city: Some("Dakar"),
            country: Some("Senegal"),
            source: Some("APA"),
            agencies: &["Austria Presse Agentur"],
            separator: Some(("-", Hyphen)),
            body: "Consumer prices rose by 4.1 percent.",
            ..R
        },
        // the Caribbean Media Corporation's name bare after the date
        Row {
            input: "KINGSTON, Jamaica, May 21, CMC – Jamaica and Spain signed a memorandum.",
            reference: Some("2026-05-22"),
            dateline: "KINGSTON, Jamaica, May 21, CMC –",
            place: Some("KINGSTON, Jamaica"),
            city: Some("KINGSTON"),
            country: Some("Jamaica"),
            date: Some("May 21"),
            ymd: (None, Some(5), Some(21)),
            iso: Some("2026-05-21"),
            year_inferred: true,
            source: Some("CMC"),
            agencies: &["Caribbean Media Corporation"],
            separator: Some(("–", EnDash)),
            body: "Jamaica and Spain signed a memorandum.",
            ..R
        },
        // old wire copy's tag between the period's dash and a second dash
        Row {
            input: "PARIS, Jan. 27.—(UP)—The French cabinet fell tonight.",
            dateline: "PARIS, Jan. 27.—(UP)—",
            place: Some("PARIS"),
            city: Some("PARIS"),
            country: Some("France"),
            date: Some("Jan. 27"),
            ymd: (None, Some(1), Some(27)),
            iso: Some("2027-01-27"),
            year_inferred: true,
            source: Some("UP"),
            agencies: &["United Press"],
            separator: Some(("—", EmDash)),
            body: "The French cabinet fell tonight.",
            ..R
        },
        // CTK's equals sign, after the agency's tag only
        Row {
            input: "PRAGUE (CTK) = The cabinet approved the budget on Wednesday.",
            dateline: "PRAGUE (CTK) =",
            place: Some("PRAGUE"),
            city: Some("PRAGUE"),
            country: Some("Czech Republic"),
            source: Some("CTK"),
            agencies: &["Czech News Agency"],
            separator: Some(("=", Other)),
            body: "The cabinet approved the budget on Wednesday.",
            ..R
        },
        Row {
            input: "BOISE, Idaho (AP) _ Snow closed schools.",
            dateline: "BOISE, Idaho (AP) _",
            place: Some("BOISE, Idaho"),
            city: Some("BOISE"),
            region: Some("Idaho"),
            region_name: Some("Idaho"),
            country: US,
            source: Some("AP"),
            agencies: &["The Associated Press"],
            separator: Some(("_", Underscore)),
            body: "Snow closed schools.",
            ..R
        },
        Row {
            input: "AUSTIN, Texas (AP) – Lawmakers adjourned.",
            dateline: "AUSTIN, Texas (AP) –",
            place: Some("AUSTIN, Texas"),
            city: Some("AUSTIN"),
            region: Some("Texas"),
            region_name: Some("Texas"),
            country: US,
            source: Some("AP"),
            agencies: &["The Associated Press"],
            separator: Some(("–", EnDash)),
            body: "Lawmakers adjourned.",
            ..R
        },
        // no-break spaces between a place's words
        Row {
            input: "SALT\u{a0}LAKE\u{a0}CITY (AP)\u{a0}— Lawmakers met.",
            dateline: "SALT\u{a0}LAKE\u{a0}CITY (AP)\u{a0}—",
            place: Some("SALT\u{a0}LAKE\u{a0}CITY"),
            city: Some("SALT\u{a0}LAKE\u{a0}CITY"),
            country: US,
            source: Some("AP"),
            agencies: &["The Associated Press"],
            separator: Some(("—", EmDash)),
            body: "Lawmakers met.",
            ..R
        },
        Row {
            input: "Kuala\u{a0}Lumpur,\u{a0}Sept 3 (Bernama) -- Port works began.",
            reference: Some("2026-09-05"),
            dateline: "Kuala\u{a0}Lumpur,\u{a0}Sept 3 (Bernama) --",
            place: Some("Kuala\u{a0}Lumpur"),
            city: Some("Kuala\u{a0}Lumpur"),
            country: Some("Malaysia"),
            date: Some("Sept 3"),
            ymd: (None, Some(9), Some(3)),
            iso: Some("2026-09-03"),
            year_inferred: true,
            source: Some("Bernama"),
            agencies: &["Bernama"],
            separator: Some(("--", DoubleHyphen)),
            body: "Port works began.",
            ..R
        },
        Row {
            input: "CHEYENNE, Wyo.\u{a0}(AP)\u{a0}—\u{a0}Wind farms expanded.",
            dateline: "CHEYENNE, Wyo.\u{a0}(AP)\u{a0}—",
            place: Some("CHEYENNE, Wyo."),
            city: Some("CHEYENNE"),
            region: Some("Wyo."),
            region_name: Some("Wyoming"),
            country: US,
            source: Some("AP"),
            agencies: &["The Associated Press"],
            separator: Some(("—", EmDash)),
            body: "Wind farms expanded.",
            ..R
        },
        Row {
            input: "FARGO, N.D. (AP) ― Farmers waited for rain.",
            dateline: "FARGO, N.D. (AP) ―",
            place: Some("FARGO, N.D."),
            city: Some("FARGO"),
            region: Some("N.D."),
            region_name: Some("North Dakota"),
            country: US,
            source: Some("AP"),
            agencies: &["The Associated Press"],
            separator: Some(("―", HorizontalBar)),
            body: "Farmers waited for rain.",
            ..R
        },
        Row {
            input: "ST. LOUIS, Mo. (AP) — The Cardinals lost.",
            dateline: "ST. LOUIS, Mo. (AP) —",
            place: Some("ST. LOUIS, Mo."),
            city: Some("ST. LOUIS"),
            region: Some("Mo."),
            region_name: Some("Missouri"),
            country: US,
            source: Some("AP"),
            agencies: &["The Associated Press"],
            separator: Some(("—", EmDash)),
            body: "The Cardinals lost.",
            ..R
        },
        Row {
            input: "CHICAGO, Tues. Sept. 5 (AP) — Markets opened.",
            reference: Some("2023-09-06"),
            dateline: "CHICAGO, Tues. Sept. 5 (AP) —",
            place: Some("CHICAGO"),
            city: Some("CHICAGO"),
            country: US,
            date: Some("Tues. Sept. 5"),
            ymd: (None, Some(9), Some(5)),
            iso: Some("2023-09-05"),
            year_inferred: true,
            source: Some("AP"),
            agencies: &["The Associated Press"],
            separator: Some(("—", EmDash)),
            body: "Markets opened.",
            ..R
        },
    ]);
}

#[test]
fn other_agencies() {
    check(&[
        Row {
            input: "PARIS (AFP) - France's unions called a strike.",
            dateline: "PARIS (AFP) -",
            place: Some("PARIS"),
            city: Some("PARIS"),
            country: Some("France"),
            source: Some("AFP"),
            agencies: &["Agence France-Presse"],
            separator: Some(("-", Hyphen)),
            body: "France's unions called a strike.",
            ..R
        },
        Row {
            input: "PARIS (AFP)—The government fell.",
            dateline: "PARIS (AFP)—",
            place: Some("PARIS"),
            city: Some("PARIS"),
            country: Some("France"),
            source: Some("AFP"),
            agencies: &["Agence France-Presse"],
            separator: Some(("—", EmDash)),
            body: "The government fell.",
            ..R
        },
        Row {
            input: "BERLIN (dpa) - Germany's exports grew.",
            dateline: "BERLIN (dpa) -",
            place: Some("BERLIN"),
            city: Some("BERLIN"),
            country: Some("Germany"),
            source: Some("dpa"),
            agencies: &["Deutsche Presse-Agentur"],
            separator: Some(("-", Hyphen)),
            body: "Germany's exports grew.",
            ..R
        },
        // (the Baltic News Service credits itself after the date and a
        // comma)
        Row {
            input: "VILNIUS, Mar 3, BNS \u{2013} The government approved the budget's guidelines.",
            dateline: "VILNIUS, Mar 3, BNS \u{2013}",
            place: Some("VILNIUS"),
            city: Some("VILNIUS"),
            country: Some("Lithuania"),
            date: Some("Mar 3"),
            ymd: (None, Some(3), Some(3)),
            iso: Some("2027-03-03"),
            year_inferred: true,
            source: Some("BNS"),
            agencies: &["Baltic News Service"],
            separator: Some(("\u{2013}", EnDash)),
            body: "The government approved the budget's guidelines.",
            ..R
        },
        // (UM News dates its stories first, the place and its tag after a
        // bar, on a line of their own)
        Row {
            input: "March 3, 2026 | NASHVILLE, Tenn. (UM News)\nFourteen churches asked to return.",
            dateline: "March 3, 2026 | NASHVILLE, Tenn. (UM News)",
            place: Some("NASHVILLE, Tenn."),
            city: Some("NASHVILLE"),
            region: Some("Tenn."),
            region_name: Some("Tennessee"),
            country: US,
            date: Some("March 3, 2026"),
            ymd: (Some(2026), Some(3), Some(3)),
            iso: Some("2026-03-03"),
            source: Some("UM News"),
            agencies: &["United Methodist News Service"],
            body: "Fourteen churches asked to return.",
            ..R
        },
        // a slashed date under an American place is month first, as CAIR
        // dates its releases; elsewhere day first
        Row {
            input: "(CHICAGO, IL, 2/10/2026) - The office called for an inquiry.",
            dateline: "(CHICAGO, IL, 2/10/2026) -",
            place: Some("CHICAGO, IL"),
            city: Some("CHICAGO"),
            region: Some("IL"),
            region_name: Some("Illinois"),
            country: US,
            date: Some("2/10/2026"),
            ymd: (Some(2026), Some(2), Some(10)),
            iso: Some("2026-02-10"),
            separator: Some(("-", Hyphen)),
            body: "The office called for an inquiry.",
            ..R
        },
        Row {
            input: "(ANAHEIM, CA, 10/2/26) -- The office called for an inquiry.",
            dateline: "(ANAHEIM, CA, 10/2/26) --",
            place: Some("ANAHEIM, CA"),
            city: Some("ANAHEIM"),
            region: Some("CA"),
            region_name: Some("California"),
            country: US,
            date: Some("10/2/26"),
            ymd: (Some(2026), Some(10), Some(2)),
            iso: Some("2026-10-02"),
            separator: Some(("--", DoubleHyphen)),
            body: "The office called for an inquiry.",
            ..R
        },
        Row {
            input: "CHICAGO, IL, 11/28/2026 - The office called for an inquiry.",
            dateline: "CHICAGO, IL, 11/28/2026 -",
            place: Some("CHICAGO, IL"),
            city: Some("CHICAGO"),
            region: Some("IL"),
            region_name: Some("Illinois"),
            country: US,
            date: Some("11/28/2026"),
            ymd: (Some(2026), Some(11), Some(28)),
            iso: Some("2026-11-28"),
            separator: Some(("-", Hyphen)),
            body: "The office called for an inquiry.",
            ..R
        },
        Row {
            input: "LONDON, 2/10/2026 - The office called for an inquiry.",
            dateline: "LONDON, 2/10/2026 -",
            place: Some("LONDON"),
            city: Some("LONDON"),
            country: Some("United Kingdom"),
            date: Some("2/10/2026"),
            ymd: (Some(2026), Some(10), Some(2)),
            iso: Some("2026-10-02"),
            separator: Some(("-", Hyphen)),
            body: "The office called for an inquiry.",
            ..R
        },
        // (the Austrian agency's release service)
        Row {
            input: "Wien (OTS) - Am Samstag öffnet die Hochschule ihre Labore.",
            dateline: "Wien (OTS) -",
            place: Some("Wien"),
            city: Some("Wien"),
            country: Some("Austria"),
            source: Some("OTS"),
            agencies: &["APA-OTS Originaltext-Service"],
            separator: Some(("-", Hyphen)),
            body: "Am Samstag öffnet die Hochschule ihre Labore.",
            ..R
        },
        Row {
            input: "HAMBURG (dpa)-Port traffic rose.",
            dateline: "HAMBURG (dpa)-",
            place: Some("HAMBURG"),
            city: Some("HAMBURG"),
            country: Some("Germany"),
            source: Some("dpa"),
            agencies: &["Deutsche Presse-Agentur"],
            separator: Some(("-", Hyphen)),
            body: "Port traffic rose.",
            ..R
        },
        // dpa's regional services after a slash: the code is part of the
        // credit, dpa the one agency
        Row {
            input: "Düsseldorf (dpa/lnw) - Der Landtag tagt.",
            dateline: "Düsseldorf (dpa/lnw) -",
            place: Some("Düsseldorf"),
            city: Some("Düsseldorf"),
            country: Some("Germany"),
            source: Some("dpa/lnw"),
            agencies: &["Deutsche Presse-Agentur"],
            separator: Some(("-", Hyphen)),
            body: "Der Landtag tagt.",
            ..R
        },
        // a known agency after the slash stays an agency of its own
        Row {
            input: "VIENNA (APA/dpa) - Austria's parliament met.",
            dateline: "VIENNA (APA/dpa) -",
            place: Some("VIENNA"),
            city: Some("VIENNA"),
            country: Some("Austria"),
            source: Some("APA/dpa"),
            agencies: &["Austria Presse Agentur", "Deutsche Presse-Agentur"],
            separator: Some(("-", Hyphen)),
            body: "Austria's parliament met.",
            ..R
        },
        Row {
            input: "BEIJING, Jan. 5 (Xinhua) -- China's output rose.",
            reference: Some("2026-01-06"),
            dateline: "BEIJING, Jan. 5 (Xinhua) --",
            place: Some("BEIJING"),
            city: Some("BEIJING"),
            country: Some("China"),
            date: Some("Jan. 5"),
            ymd: (None, Some(1), Some(5)),
            iso: Some("2026-01-05"),
            year_inferred: true,
            source: Some("Xinhua"),
            agencies: &["Xinhua News Agency"],
            separator: Some(("--", DoubleHyphen)),
            body: "China's output rose.",
            ..R
        },
        Row {
            input: "HANOI, Dec. 3 (Xinhua) -- Vietnam's exports rose.",
            reference: Some("2026-01-06"),
            dateline: "HANOI, Dec. 3 (Xinhua) --",
            place: Some("HANOI"),
            city: Some("HANOI"),
            country: Some("Vietnam"),
            date: Some("Dec. 3"),
            ymd: (None, Some(12), Some(3)),
            iso: Some("2025-12-03"),
            year_inferred: true,
            source: Some("Xinhua"),
            agencies: &["Xinhua News Agency"],
            separator: Some(("--", DoubleHyphen)),
            body: "Vietnam's exports rose.",
            ..R
        },
        Row {
            input: "ABUJA, Aug 25, 2004 (dpa) -- Nigeria's president spoke.",
            dateline: "ABUJA, Aug 25, 2004 (dpa) --",
            place: Some("ABUJA"),
            city: Some("ABUJA"),
            country: Some("Nigeria"),
            date: Some("Aug 25, 2004"),
            ymd: (Some(2004), Some(8), Some(25)),
            iso: Some("2004-08-25"),
            source: Some("dpa"),
            agencies: &["Deutsche Presse-Agentur"],
            separator: Some(("--", DoubleHyphen)),
            body: "Nigeria's president spoke.",
            ..R
        },
        Row {
            input: "NEW DELHI, July 13 (IANS): The monsoon arrived early.",
            reference: Some("2024-07-14"),
            dateline: "NEW DELHI, July 13 (IANS):",
            place: Some("NEW DELHI"),
            city: Some("NEW DELHI"),
            country: Some("India"),
            date: Some("July 13"),
            ymd: (None, Some(7), Some(13)),
            iso: Some("2024-07-13"),
            year_inferred: true,
            source: Some("IANS"),
            agencies: &["Indo-Asian News Service"],
            separator: Some((":", Colon)),
            body: "The monsoon arrived early.",
            ..R
        },
        Row {
            input: "Taipei, Nov. 28 (CNA) Taiwan's exports rose.",
            dateline: "Taipei, Nov. 28 (CNA)",
            place: Some("Taipei"),
            city: Some("Taipei"),
            country: Some("Taiwan"),
            date: Some("Nov. 28"),
            ymd: (None, Some(11), Some(28)),
            iso: Some("2026-11-28"),
            year_inferred: true,
            source: Some("CNA"),
            agencies: &["Central News Agency"],
            body: "Taiwan's exports rose.",
            ..R
        },
        // Mongolia's and the Pacific's agencies, with no separator either
        Row {
            input: "Ulaanbaatar, Nov. 25 (MONTSAME) Mongolia exported more cashmere.",
            dateline: "Ulaanbaatar, Nov. 25 (MONTSAME)",
            place: Some("Ulaanbaatar"),
            city: Some("Ulaanbaatar"),
            country: Some("Mongolia"),
            date: Some("Nov. 25"),
            ymd: (None, Some(11), Some(25)),
            iso: Some("2026-11-25"),
            year_inferred: true,
            source: Some("MONTSAME"),
            agencies: &["Montsame News Agency"],
            body: "Mongolia exported more cashmere.",
            ..R
        },
        Row {
            input: "SUVA, 20 MAY 2025 (PACNEWS) Police seized 40 firearms.",
            dateline: "SUVA, 20 MAY 2025 (PACNEWS)",
            place: Some("SUVA"),
            city: Some("SUVA"),
            country: Some("Fiji"),
            date: Some("20 MAY 2025"),
            ymd: (Some(2025), Some(5), Some(20)),
            iso: Some("2025-05-20"),
            source: Some("PACNEWS"),
            agencies: &["Pacific News Service"],
            body: "Police seized 40 firearms.",
            ..R
        },
        Row {
            input: "HANOI (VNA) - Exports rose.",
            dateline: "HANOI (VNA) -",
            place: Some("HANOI"),
            city: Some("HANOI"),
            country: Some("Vietnam"),
            source: Some("VNA"),
            agencies: &["Vietnam News Agency"],
            separator: Some(("-", Hyphen)),
            body: "Exports rose.",
            ..R
        },
        Row {
            input: "MUMBAI, Feb 2 (IANS) : Shares gained.",
            reference: Some("2024-02-03"),
            dateline: "MUMBAI, Feb 2 (IANS) :",
            place: Some("MUMBAI"),
            city: Some("MUMBAI"),
            country: Some("India"),
            date: Some("Feb 2"),
            ymd: (None, Some(2), Some(2)),
            iso: Some("2024-02-02"),
            year_inferred: true,
            source: Some("IANS"),
            agencies: &["Indo-Asian News Service"],
            separator: Some((":", Colon)),
            body: "Shares gained.",
            ..R
        },
        Row {
            input: "LONDON, England (CNN) -- A storm hit the coast.",
            dateline: "LONDON, England (CNN) --",
            place: Some("LONDON, England"),
            city: Some("LONDON"),
            country: Some("England"),
            source: Some("CNN"),
            agencies: &["CNN"],
            separator: Some(("--", DoubleHyphen)),
            body: "A storm hit the coast.",
            ..R
        },
        Row {
            input: "(CNN) -- A judge ruled on Friday.",
            dateline: "(CNN) --",
            source: Some("CNN"),
            agencies: &["CNN"],
            separator: Some(("--", DoubleHyphen)),
            body: "A judge ruled on Friday.",
            ..R
        },
        Row {
            input: "(CNN)—The storm weakened.",
            dateline: "(CNN)—",
            source: Some("CNN"),
            agencies: &["CNN"],
            separator: Some(("—", EmDash)),
            body: "The storm weakened.",
            ..R
        },
        Row {
            input: "GAZA CITY (AP/Reuters) - Talks stalled.",
            dateline: "GAZA CITY (AP/Reuters) -",
            place: Some("GAZA CITY"),
            city: Some("GAZA CITY"),
            country: Some("Palestinian Territories"),
            source: Some("AP/Reuters"),
            agencies: &["The Associated Press", "Reuters"],
            separator: Some(("-", Hyphen)),
            body: "Talks stalled.",
            ..R
        },
        Row {
            input: "JERUSALEM (AFP/AP) — Officials met.",
            dateline: "JERUSALEM (AFP/AP) —",
            place: Some("JERUSALEM"),
            city: Some("JERUSALEM"),
            country: Some("Israel"),
            source: Some("AFP/AP"),
            agencies: &["Agence France-Presse", "The Associated Press"],
            separator: Some(("—", EmDash)),
            body: "Officials met.",
            ..R
        },
        Row {
            input: "MADRID, 5 Jul (EFE).- Spain's jobless rate fell.",
            reference: Some("2026-07-06"),
            dateline: "MADRID, 5 Jul (EFE).-",
            place: Some("MADRID"),
            city: Some("MADRID"),
            country: Some("Spain"),
            date: Some("5 Jul"),
            ymd: (None, Some(7), Some(5)),
            iso: Some("2026-07-05"),
            year_inferred: true,
            source: Some("EFE"),
            agencies: &["Agencia EFE"],
            separator: Some((".-", Other)),
            body: "Spain's jobless rate fell.",
            ..R
        },
        // a town the tables do not know, its country in brackets and a
        // date after it
        Row {
            input: "Almagro (Spain), May 20 (EFE).- A weaver twists the grass.",
            reference: Some("2026-05-21"),
            dateline: "Almagro (Spain), May 20 (EFE).-",
            place: Some("Almagro (Spain)"),
            city: Some("Almagro"),
            country: Some("Spain"),
            date: Some("May 20"),
            ymd: (None, Some(5), Some(20)),
            iso: Some("2026-05-20"),
            year_inferred: true,
            source: Some("EFE"),
            agencies: &["Agencia EFE"],
            separator: Some((".-", Other)),
            body: "A weaver twists the grass.",
            ..R
        },
        // or an agency's tag after it, as AFP dates a town's story
        Row {
            input: "Sestriere (Italy) (AFP) - Berger kept the pink jersey.",
            dateline: "Sestriere (Italy) (AFP) -",
            place: Some("Sestriere (Italy)"),
            city: Some("Sestriere"),
            country: Some("Italy"),
            source: Some("AFP"),
            agencies: &["Agence France-Presse"],
            separator: Some(("-", Hyphen)),
            body: "Berger kept the pink jersey.",
            ..R
        },
        Row {
            input: "Bad Homburg (dpa) - Die Firma wächst.",
            dateline: "Bad Homburg (dpa) -",
            place: Some("Bad Homburg"),
            city: Some("Bad Homburg"),
            source: Some("dpa"),
            agencies: &["Deutsche Presse-Agentur"],
            separator: Some(("-", Hyphen)),
            body: "Die Firma wächst.",
            ..R
        },
        Row {
            input: "TORONTO (ZNW) - Maple Ltd. said.",
            dateline: "TORONTO (ZNW) -",
            place: Some("TORONTO"),
            city: Some("TORONTO"),
            country: Some("Canada"),
            source: Some("ZNW"),
            agencies: &["ZNW"],
            separator: Some(("-", Hyphen)),
            body: "Maple Ltd. said.",
            ..R
        },
        Row {
            input: "HALIFAX, Nova Scotia (CP) — Fishermen protested.",
            dateline: "HALIFAX, Nova Scotia (CP) —",
            place: Some("HALIFAX, Nova Scotia"),
            city: Some("HALIFAX"),
            region: Some("Nova Scotia"),
            region_name: Some("Nova Scotia"),
            country: Some("Canada"),
            source: Some("CP"),
            agencies: &["The Canadian Press"],
            separator: Some(("—", EmDash)),
            body: "Fishermen protested.",
            ..R
        },
    ]);
}

/// Agencies that credit themselves outside brackets or name the place their
/// own way: Kyodo and AAP after the date, IRNA and AZERTAC after a comma,
/// ANI's country in square brackets (or alone in round ones), Interfax's
/// period after the place; a
/// news site's name in lower case in brackets.
#[test]
fn agencies_in_their_own_forms() {
    check(&[
        // the Ethiopian News Agency's year after a slash
        Row {
            input: "Addis Ababa, November 28/2025 (ENA) The council met.",
            dateline: "Addis Ababa, November 28/2025 (ENA)",
            place: Some("Addis Ababa"),
            city: Some("Addis Ababa"),
            country: Some("Ethiopia"),
            date: Some("November 28/2025"),
            ymd: (Some(2025), Some(11), Some(28)),
            iso: Some("2025-11-28"),
            source: Some("ENA"),
            agencies: &["Ethiopian News Agency"],
            body: "The council met.",
            ..R
        },
        Row {
            input: "TOKYO, Nov. 28 Kyodo - Japan's economy grew in the quarter.",
            dateline: "TOKYO, Nov. 28 Kyodo -",
            place: Some("TOKYO"),
            city: Some("TOKYO"),
            country: Some("Japan"),
            date: Some("Nov. 28"),
            ymd: (None, Some(11), Some(28)),
            iso: Some("2026-11-28"),
            year_inferred: true,
            source: Some("Kyodo"),
            agencies: &["Kyodo News"],
            separator: Some(("-", Hyphen)),
            body: "Japan's economy grew in the quarter.",
            ..R
        },
        Row {
            input: "SYDNEY, Nov 27 AAP — The dollar rose.",
            dateline: "SYDNEY, Nov 27 AAP —",
            place: Some("SYDNEY"),
            city: Some("SYDNEY"),
            country: Some("Australia"),
            date: Some("Nov 27"),
            ymd: (None, Some(11), Some(27)),
            iso: Some("2026-11-27"),
            year_inferred: true,
            source: Some("AAP"),
            agencies: &["Australian Associated Press"],
            separator: Some(("—", EmDash)),
            body: "The dollar rose.",
            ..R
        },
        Row {
            input: "DHAKA, Nov 28 (bdnews24.com) - A flood warning was issued.",
            dateline: "DHAKA, Nov 28 (bdnews24.com) -",
            place: Some("DHAKA"),
            city: Some("DHAKA"),
            country: Some("Bangladesh"),
            date: Some("Nov 28"),
            ymd: (None, Some(11), Some(28)),
            iso: Some("2026-11-28"),
            year_inferred: true,
            source: Some("bdnews24.com"),
            agencies: &["bdnews24.com"],
            separator: Some(("-", Hyphen)),
            body: "A flood warning was issued.",
            ..R
        },
        Row {
            input: "New Delhi [India], November 28 (ANI): The Union Cabinet met.",
            dateline: "New Delhi [India], November 28 (ANI):",
            place: Some("New Delhi [India]"),
            city: Some("New Delhi"),
            country: Some("India"),
            date: Some("November 28"),
            ymd: (None, Some(11), Some(28)),
            iso: Some("2026-11-28"),
            year_inferred: true,
            source: Some("ANI"),
            agencies: &["Asian News International"],
            separator: Some((":", Colon)),
            body: "The Union Cabinet met.",
            ..R
        },
        Row {
            input: "YEREVAN, NOVEMBER 28, ARMENPRESS. The talks resumed.",
            dateline: "YEREVAN, NOVEMBER 28, ARMENPRESS.",
            place: Some("YEREVAN"),
            city: Some("YEREVAN"),
            country: Some("Armenia"),
            date: Some("NOVEMBER 28"),
            ymd: (None, Some(11), Some(28)),
            iso: Some("2026-11-28"),
            year_inferred: true,
            source: Some("ARMENPRESS"),
            agencies: &["Armenpress"],
            separator: Some((".", Other)),
            body: "The talks resumed.",
            ..R
        },
        // a paper's name with `of` in it
        Row {
            input: "Valletta, Nov 28 (Times of Malta) - The ferry sailed.",
            dateline: "Valletta, Nov 28 (Times of Malta) -",
            place: Some("Valletta"),
            city: Some("Valletta"),
            country: Some("Malta"),
            date: Some("Nov 28"),
            ymd: (None, Some(11), Some(28)),
            iso: Some("2026-11-28"),
            year_inferred: true,
            source: Some("Times of Malta"),
            agencies: &["Times of Malta"],
            separator: Some(("-", Hyphen)),
            body: "The ferry sailed.",
            ..R
        },
        // the month's period against the day, as some Chinese outlets write it
        Row {
            input: "BEIJING, Nov.28 (Xinhua) -- The storm hit.",
            dateline: "BEIJING, Nov.28 (Xinhua) --",
            place: Some("BEIJING"),
            city: Some("BEIJING"),
            country: Some("China"),
            date: Some("Nov.28"),
            ymd: (None, Some(11), Some(28)),
            iso: Some("2026-11-28"),
            year_inferred: true,
            source: Some("Xinhua"),
            agencies: &["Xinhua News Agency"],
            separator: Some(("--", DoubleHyphen)),
            body: "The storm hit.",
            ..R
        },
        // a country alone in round brackets qualifies the place
        Row {
            input: "Colombo (Sri Lanka), Nov 28 (Xinhua) -- The storm hit.",
            dateline: "Colombo (Sri Lanka), Nov 28 (Xinhua) --",
            place: Some("Colombo (Sri Lanka)"),
            city: Some("Colombo"),
            country: Some("Sri Lanka"),
            date: Some("Nov 28"),
            ymd: (None, Some(11), Some(28)),
            iso: Some("2026-11-28"),
            year_inferred: true,
            source: Some("Xinhua"),
            agencies: &["Xinhua News Agency"],
            separator: Some(("--", DoubleHyphen)),
            body: "The storm hit.",
            ..R
        },
        // a country's code in ANI's square brackets; a tag in square
        // brackets, and EurekAlert!'s issuer there, are no country
        Row {
            input: "Washington DC [US], November 28 (ANI): Officials met.",
            dateline: "Washington DC [US], November 28 (ANI):",
            place: Some("Washington DC [US]"),
            city: Some("Washington"),
            region: Some("DC"),
            region_name: Some("District of Columbia"),
            country: US,
            date: Some("November 28"),
            ymd: (None, Some(11), Some(28)),
            iso: Some("2026-11-28"),
            year_inferred: true,
            source: Some("ANI"),
            agencies: &["Asian News International"],
            separator: Some((":", Colon)),
            body: "Officials met.",
            ..R
        },
        Row {
            input: "NEW YORK [Reuters] - Stocks rose.",
            dateline: "NEW YORK [Reuters] -",
            place: Some("NEW YORK"),
            city: Some("NEW YORK"),
            country: US,
            source: Some("Reuters"),
            agencies: &["Reuters"],
            separator: Some(("-", Hyphen)),
            body: "Stocks rose.",
            ..R
        },
        Row {
            input: "NEW YORK [AP] - Stocks rose.",
            dateline: "NEW YORK [AP] -",
            place: Some("NEW YORK"),
            city: Some("NEW YORK"),
            country: US,
            source: Some("AP"),
            agencies: &["The Associated Press"],
            separator: Some(("-", Hyphen)),
            body: "Stocks rose.",
            ..R
        },
        Row {
            input: "BOSTON [MIT NEWS] — A robot learned to walk.",
            dateline: "BOSTON [MIT NEWS] —",
            place: Some("BOSTON"),
            city: Some("BOSTON"),
            country: US,
            source: Some("MIT NEWS"),
            agencies: &["MIT NEWS"],
            separator: Some(("—", EmDash)),
            body: "A robot learned to walk.",
            ..R
        },
        Row {
            input: "PROVIDENCE, R.I. [Brown University] — Sleep matters, a study finds.",
            dateline: "PROVIDENCE, R.I. [Brown University] —",
            place: Some("PROVIDENCE, R.I."),
            city: Some("PROVIDENCE"),
            region: Some("R.I."),
            region_name: Some("Rhode Island"),
            country: US,
            source: Some("Brown University"),
            agencies: &["Brown University"],
            separator: Some(("—", EmDash)),
            body: "Sleep matters, a study finds.",
            ..R
        },
        Row {
            input: "Srinagar (Jammu and Kashmir) [India], November 28 (ANI): Snow fell.",
            dateline: "Srinagar (Jammu and Kashmir) [India], November 28 (ANI):",
            place: Some("Srinagar (Jammu and Kashmir) [India]"),
            city: Some("Srinagar"),
            region: Some("Jammu and Kashmir"),
            country: Some("India"),
            date: Some("November 28"),
            ymd: (None, Some(11), Some(28)),
            iso: Some("2026-11-28"),
            year_inferred: true,
            source: Some("ANI"),
            agencies: &["Asian News International"],
            separator: Some((":", Colon)),
            body: "Snow fell.",
            ..R
        },
        // a weekday's whole name, then a period and a dash: the period is
        // the separator's, as an abbreviation's (`Sun.`) is the date's
        Row {
            input: "LONDON, Friday.—Crowds gathered at the palace.",
            dateline: "LONDON, Friday.—",
            place: Some("LONDON"),
            city: Some("LONDON"),
            country: Some("United Kingdom"),
            date: Some("Friday"),
            separator: Some((".—", Other)),
            body: "Crowds gathered at the palace.",
            ..R
        },
        Row {
            input: "Tehran, IRNA -- Iran's foreign minister spoke.",
            dateline: "Tehran, IRNA --",
            place: Some("Tehran"),
            city: Some("Tehran"),
            country: Some("Iran"),
            source: Some("IRNA"),
            agencies: &["Islamic Republic News Agency"],
            separator: Some(("--", DoubleHyphen)),
            body: "Iran's foreign minister spoke.",
            ..R
        },
        // SPA's Hijri date before the Gregorian one, its agency after a comma
        Row {
            input: "Riyadh, Jumada II 11, 1447, December 2, 2025, SPA -- The ministry launched a program.",
            dateline: "Riyadh, Jumada II 11, 1447, December 2, 2025, SPA --",
            place: Some("Riyadh"),
            city: Some("Riyadh"),
            country: Some("Saudi Arabia"),
            date: Some("December 2, 2025"),
            ymd: (Some(2025), Some(12), Some(2)),
            iso: Some("2025-12-02"),
            source: Some("SPA"),
            agencies: &["Saudi Press Agency"],
            separator: Some(("--", DoubleHyphen)),
            body: "The ministry launched a program.",
            ..R
        },
        // SANA's hyphen run onto the agency's name
        Row {
            input: "Damascus, SANA- The power company added transformers.",
            dateline: "Damascus, SANA-",
            place: Some("Damascus"),
            city: Some("Damascus"),
            country: Some("Syria"),
            source: Some("SANA"),
            agencies: &["Syrian Arab News Agency"],
            separator: Some(("-", Hyphen)),
            body: "The power company added transformers.",
            ..R
        },
        // a page's credit whose brackets the scrape lost, between the place
        // and the separator (two-word names too)
        Row {
            input: "Washington CNN — The court agreed to hear the case.",
            dateline: "Washington CNN —",
            place: Some("Washington"),
            city: Some("Washington"),
            country: US,
            source: Some("CNN"),
            agencies: &["CNN"],
            separator: Some(("—", EmDash)),
            body: "The court agreed to hear the case.",
            ..R
        },
        Row {
            input: "New York CNN Business — Shares fell on Friday.",
            dateline: "New York CNN Business —",
            place: Some("New York"),
            city: Some("New York"),
            country: US,
            source: Some("CNN Business"),
            agencies: &["CNN"],
            separator: Some(("—", EmDash)),
            body: "Shares fell on Friday.",
            ..R
        },
        // (and its space, where the scrape joined the page's elements)
        Row {
            input: "WashingtonCNN — The court agreed to hear the case.",
            dateline: "WashingtonCNN —",
            place: Some("Washington"),
            city: Some("Washington"),
            country: US,
            source: Some("CNN"),
            agencies: &["CNN"],
            separator: Some(("—", EmDash)),
            body: "The court agreed to hear the case.",
            ..R
        },
        Row {
            input: "Hong KongCNN — The city was quiet.",
            dateline: "Hong KongCNN —",
            place: Some("Hong Kong"),
            city: Some("Hong Kong"),
            country: Some("Hong Kong"),
            source: Some("CNN"),
            agencies: &["CNN"],
            separator: Some(("—", EmDash)),
            body: "The city was quiet.",
            ..R
        },
        Row {
            input: "Kyiv, Ukraine CNN — The city was quiet.",
            dateline: "Kyiv, Ukraine CNN —",
            place: Some("Kyiv, Ukraine"),
            city: Some("Kyiv"),
            country: Some("Ukraine"),
            source: Some("CNN"),
            agencies: &["CNN"],
            separator: Some(("—", EmDash)),
            body: "The city was quiet.",
            ..R
        },
        Row {
            input: "NEW YORK AP: Shares fell on Friday.",
            dateline: "NEW YORK AP:",
            place: Some("NEW YORK"),
            city: Some("NEW YORK"),
            country: US,
            source: Some("AP"),
            agencies: &["The Associated Press"],
            separator: Some((":", Colon)),
            body: "Shares fell on Friday.",
            ..R
        },
        // the Deccan Herald's news service after the comma
        Row {
            input: "Bengaluru, DHNS: The metro line opens.",
            dateline: "Bengaluru, DHNS:",
            place: Some("Bengaluru"),
            city: Some("Bengaluru"),
            country: Some("India"),
            source: Some("DHNS"),
            agencies: &["Deccan Herald News Service"],
            separator: Some((":", Colon)),
            body: "The metro line opens.",
            ..R
        },
        Row {
            input: "Baku, November 28, AZERTAC. The president met the minister.",
            dateline: "Baku, November 28, AZERTAC.",
            place: Some("Baku"),
            city: Some("Baku"),
            country: Some("Azerbaijan"),
            date: Some("November 28"),
            ymd: (None, Some(11), Some(28)),
            iso: Some("2026-11-28"),
            year_inferred: true,
            source: Some("AZERTAC"),
            agencies: &["Azerbaijan State News Agency"],
            separator: Some((".", Other)),
            body: "The president met the minister.",
            ..R
        },
        Row {
            input: "MOSCOW. Nov 28 (Interfax) - The Duma passed the bill.",
            dateline: "MOSCOW. Nov 28 (Interfax) -",
            place: Some("MOSCOW"),
            city: Some("MOSCOW"),
            country: Some("Russia"),
            date: Some("Nov 28"),
            ymd: (None, Some(11), Some(28)),
            iso: Some("2026-11-28"),
            year_inferred: true,
            source: Some("Interfax"),
            agencies: &["Interfax"],
            separator: Some(("-", Hyphen)),
            body: "The Duma passed the bill.",
            ..R
        },
        // Kazinform's older pages: a period after the city, the agency's
        // name in capitals, no brackets
        Row {
            input: "ALMATY. KAZINFORM – Some 30,000 trees will be planted.",
            dateline: "ALMATY. KAZINFORM –",
            place: Some("ALMATY"),
            city: Some("ALMATY"),
            country: Some("Kazakhstan"),
            source: Some("KAZINFORM"),
            agencies: &["Kazinform"],
            separator: Some(("–", EnDash)),
            body: "Some 30,000 trees will be planted.",
            ..R
        },
        // Zimbabwe's Herald closes a foreign dateline's place with a
        // period before the dash: the period is the place's end, not its
        // abbreviation's
        Row {
            input: "LUSAKA. — Zambia has approved a new mining code.",
            dateline: "LUSAKA. —",
            place: Some("LUSAKA"),
            city: Some("LUSAKA"),
            country: Some("Zambia"),
            separator: Some(("—", EmDash)),
            body: "Zambia has approved a new mining code.",
            ..R
        },
        // the Swiss agency writes its tag in lower case
        Row {
            input: "Bern (sda) - The Federal Council decided.",
            dateline: "Bern (sda) -",
            place: Some("Bern"),
            city: Some("Bern"),
            country: Some("Switzerland"),
            source: Some("sda"),
            agencies: &["Keystone-SDA"],
            separator: Some(("-", Hyphen)),
            body: "The Federal Council decided.",
            ..R
        },
        // a town the tables do not know in lower case, before a known
        // agency's tag and a separator, as NTB and ANP copy may print it
        Row {
            input: "drammen (NTB): Police arrested two men overnight.",
            dateline: "drammen (NTB):",
            place: Some("drammen"),
            city: Some("drammen"),
            source: Some("NTB"),
            agencies: &["Norsk Telegrambyrå"],
            separator: Some((":", Colon)),
            body: "Police arrested two men overnight.",
            ..R
        },
        Row {
            input: "Zürich (awp) - Die Börse stieg.",
            dateline: "Zürich (awp) -",
            place: Some("Zürich"),
            city: Some("Zürich"),
            country: Some("Switzerland"),
            source: Some("awp"),
            agencies: &["AWP Finanznachrichten"],
            separator: Some(("-", Hyphen)),
            body: "Die Börse stieg.",
            ..R
        },
        // a known region is no agency (`RICHMOND, Va. Feb 26 -` in
        // reuters_1987_wire keeps the abbreviation's period)
        Row {
            input: "PITTSBURGH, PA - The steel mill reopened.",
            dateline: "PITTSBURGH, PA -",
            place: Some("PITTSBURGH, PA"),
            city: Some("PITTSBURGH"),
            region: Some("PA"),
            region_name: Some("Pennsylvania"),
            country: US,
            separator: Some(("-", Hyphen)),
            body: "The steel mill reopened.",
            ..R
        },
    ]);
    // an agency after the date needs a separator after it; square brackets
    // hold a place, not a sentence
    assert_no_dateline(&[
        "TOKYO, Nov. 28 Kyodo said the economy grew.",
        "Delhi [sic], the minister said - and left.",
        // an agency's name in capitals only is split off a place: a name
        // written otherwise is a person's
        "Michael Bloomberg — the former mayor — spoke on Friday.",
        "Ann Reuters — the reporter — spoke.",
    ]);
}

/// A labelled `DATELINE:` field may hold a place and an agency's tag with
/// no separator after it (`JERUSALEM (AP)`, `SAN FRANCISCO /PRNewswire/`,
/// `LONDON/PARIS (Reuters)`): the field says what it is.
#[test]
fn labelled_place_and_tag() {
    for (value, place, source) in [
        ("JERUSALEM (AP)", "JERUSALEM", "AP"),
        ("SAN FRANCISCO /PRNewswire/", "SAN FRANCISCO", "PRNewswire"),
        ("LONDON/PARIS (Reuters)", "LONDON/PARIS", "Reuters"),
    ] {
        let text = format!(
            "HEADLINE: Storm nears\nDATELINE: {value}\nBODY:\nThe storm neared the coast.\n\nMore."
        );
        let article = dateline::parse(&text);
        common::validate(&article, &text);
        let d = article.dateline();
        assert_eq!(
            d.and_then(|d| d.place()).map(|p| p.as_str()),
            Some(place),
            "{value}"
        );
        assert_eq!(
            d.and_then(|d| d.source()).map(|s| s.as_str()),
            Some(source),
            "{value}"
        );
    }
}

/// A country after `the` in lower case, as European releases and Manila's
/// papers write it (`Amsterdam, the Netherlands –`), is the place's
/// qualifier, its country without the article; other words after `the`
/// are no place.
#[test]
fn countries_after_the() {
    check(&[
        Row {
            input: "Amsterdam, the Netherlands – June 17, 2019 – Acme introduced a mover.",
            dateline: "Amsterdam, the Netherlands – June 17, 2019 –",
            place: Some("Amsterdam, the Netherlands"),
            city: Some("Amsterdam"),
            cities: &["Amsterdam"],
            country: Some("Netherlands"),
            date: Some("June 17, 2019"),
            ymd: (Some(2019), Some(6), Some(17)),
            iso: Some("2019-06-17"),
            separator: Some(("–", EnDash)),
            body: "Acme introduced a mover.",
            ..R
        },
        Row {
            input: "MANILA, the Philippines — The storm hit.",
            dateline: "MANILA, the Philippines —",
            place: Some("MANILA, the Philippines"),
            city: Some("MANILA"),
            cities: &["MANILA"],
            country: Some("Philippines"),
            separator: Some(("—", EmDash)),
            body: "The storm hit.",
            ..R
        },
    ]);
    assert_no_dateline(&[
        "Paris, the city of light — The storm hit.",
        "Lyon, the Rhone valley's hub — Trade grew.",
    ]);
}

/// A place's name with capitals after a small letter (`McALLEN`,
/// `DeKALB`) runs no agency's name into it, nor do capitals that name no
/// agency (`WashingtonPOST`): only a known agency's name glued to the
/// place is read as its credit (`WashingtonCNN —`).
#[test]
fn capitals_inside_a_place_are_no_agency() {
    for input in [
        "McALLEN — The council met.",
        "DeKALB — The council met.",
        "Fort McMURRAY — The council met.",
        "WashingtonPOST — The council met.",
    ] {
        let source =
            dateline::parse_dateline(input).and_then(|d| d.source().map(|s| s.as_str().to_owned()));
        assert_eq!(source, None, "{input:?}");
    }
}

#[test]
fn agency_only_leads() {
    check(&[
        // a place after the lead that is neither in capitals nor known, or
        // with no story after its dash, or before a colon, stays in the body
        Row {
            input: "AP - Smallville - The council met.",
            dateline: "AP -",
            source: Some("AP"),
            agencies: &["The Associated Press"],
            separator: Some(("-", Hyphen)),
            body: "Smallville - The council met.",
            ..R
        },
        Row {
            input: "Reuters - LONDON - shares fell.",
            dateline: "Reuters -",
            source: Some("Reuters"),
            agencies: &["Reuters"],
            separator: Some(("-", Hyphen)),
            body: "LONDON - shares fell.",
            ..R
        },
        Row {
            input: "AP - WASHINGTON: The Senate voted.",
            dateline: "AP -",
            source: Some("AP"),
            agencies: &["The Associated Press"],
            separator: Some(("-", Hyphen)),
            body: "WASHINGTON: The Senate voted.",
            ..R
        },
        // China News Service's English site
        Row {
            input: "(ECNS) -- China expects a record number of trips.",
            dateline: "(ECNS) --",
            source: Some("ECNS"),
            agencies: &["China News Service"],
            separator: Some(("--", DoubleHyphen)),
            body: "China expects a record number of trips.",
            ..R
        },
        // Tribune News Service's papers' copy
        Row {
            input: "(TNS) — County commissioners voted this week to raise the roads.",
            dateline: "(TNS) —",
            source: Some("TNS"),
            agencies: &["Tribune News Service"],
            separator: Some(("—", EmDash)),
            body: "County commissioners voted this week to raise the roads.",
            ..R
        },
        // community and religion wires, and public broadcasters
        Row {
            input: "(JTA) — Students launched a kosher meal co-op.",
            dateline: "(JTA) —",
            source: Some("JTA"),
            agencies: &["Jewish Telegraphic Agency"],
            separator: Some(("—", EmDash)),
            body: "Students launched a kosher meal co-op.",
            ..R
        },
        Row {
            input: "SALEM, Ore. (OPB) — Fire officials asked for funding.",
            dateline: "SALEM, Ore. (OPB) —",
            place: Some("SALEM, Ore."),
            city: Some("SALEM"),
            region: Some("Ore."),
            region_name: Some("Oregon"),
            country: Some("United States"),
            source: Some("OPB"),
            agencies: &["Oregon Public Broadcasting"],
            separator: Some(("—", EmDash)),
            body: "Fire officials asked for funding.",
            ..R
        },
        // syndicated feature services, in brackets
        Row {
            input: "(NewsUSA) - Homeowners can cut heating bills.",
            dateline: "(NewsUSA) -",
            source: Some("NewsUSA"),
            agencies: &["News USA"],
            separator: Some(("-", Hyphen)),
            body: "Homeowners can cut heating bills.",
            ..R
        },
        Row {
            input: "(BPT) - Homeowners can cut heating bills.",
            dateline: "(BPT) -",
            source: Some("BPT"),
            agencies: &["Brandpoint"],
            separator: Some(("-", Hyphen)),
            body: "Homeowners can cut heating bills.",
            ..R
        },
        Row {
            input: "(Family Features) Homeowners can cut heating bills.",
            dateline: "(Family Features)",
            source: Some("Family Features"),
            agencies: &["Family Features Editorial Syndicate"],
            body: "Homeowners can cut heating bills.",
            ..R
        },
        Row {
            input: "(StatePoint) Homeowners can cut heating bills.",
            dateline: "(StatePoint)",
            source: Some("StatePoint"),
            agencies: &["StatePoint Media"],
            body: "Homeowners can cut heating bills.",
            ..R
        },
        Row {
            input: "(ARA) - Homeowners can cut heating bills.",
            dateline: "(ARA) -",
            source: Some("ARA"),
            agencies: &["ARA Content"],
            separator: Some(("-", Hyphen)),
            body: "Homeowners can cut heating bills.",
            ..R
        },
        Row {
            input: "AP - The Federal Reserve held rates.",
            dateline: "AP -",
            source: Some("AP"),
            agencies: &["The Associated Press"],
            separator: Some(("-", Hyphen)),
            body: "The Federal Reserve held rates.",
            ..R
        },
        Row {
            input: "Reuters - Shares in Acme jumped.",
            dateline: "Reuters -",
            source: Some("Reuters"),
            agencies: &["Reuters"],
            separator: Some(("-", Hyphen)),
            body: "Shares in Acme jumped.",
            ..R
        },
        Row {
            input: "AFP - Rescuers searched the rubble.",
            dateline: "AFP -",
            source: Some("AFP"),
            agencies: &["Agence France-Presse"],
            separator: Some(("-", Hyphen)),
            body: "Rescuers searched the rubble.",
            ..R
        },
        Row {
            input: "AFP — Rescuers searched again.",
            dateline: "AFP —",
            source: Some("AFP"),
            agencies: &["Agence France-Presse"],
            separator: Some(("—", EmDash)),
            body: "Rescuers searched again.",
            ..R
        },
        // a known agency's credit in square brackets, alone or with its
        // place after a dash, as the Anglican and Episcopal news services
        // open stories (an outlet's name over a dateline is noise: below)
        Row {
            input: "[ACNS] The Anglican Church of Kenya has opened a clinic.",
            dateline: "[ACNS]",
            source: Some("ACNS"),
            agencies: &["Anglican Communion News Service"],
            body: "The Anglican Church of Kenya has opened a clinic.",
            ..R
        },
        Row {
            input: "[Episcopal News Service \u{2013} Louisville, Kentucky] Deputies debated the budget.",
            dateline: "[Episcopal News Service \u{2013} Louisville, Kentucky]",
            place: Some("Louisville, Kentucky"),
            city: Some("Louisville"),
            region: Some("Kentucky"),
            region_name: Some("Kentucky"),
            country: US,
            source: Some("Episcopal News Service"),
            agencies: &["Episcopal News Service"],
            body: "Deputies debated the budget.",
            ..R
        },
        // the college wire's tag before the place and its separator
        Row {
            input: "(UWIRE) STATE COLLEGE, Pa. -- The trustees voted on Thursday.",
            dateline: "(UWIRE) STATE COLLEGE, Pa. --",
            place: Some("STATE COLLEGE, Pa."),
            city: Some("STATE COLLEGE"),
            region: Some("Pa."),
            region_name: Some("Pennsylvania"),
            country: US,
            source: Some("UWIRE"),
            agencies: &["U-Wire"],
            separator: Some(("--", DoubleHyphen)),
            body: "The trustees voted on Thursday.",
            ..R
        },
        // CNN runs its body on after the bracket, with no separator
        Row {
            input: "(CNN)The Senate voted on Friday.",
            dateline: "(CNN)",
            source: Some("CNN"),
            agencies: &["CNN"],
            body: "The Senate voted on Friday.",
            ..R
        },
        Row {
            input: "WASHINGTON (CNN)The Senate voted on Friday.",
            dateline: "WASHINGTON (CNN)",
            place: Some("WASHINGTON"),
            city: Some("WASHINGTON"),
            country: US,
            source: Some("CNN"),
            agencies: &["CNN"],
            body: "The Senate voted on Friday.",
            ..R
        },
    ]);
    // an unknown tag so written is an aside, not a dateline
    assert_no_dateline(&["(AAPL)Shares rose.", "(Reporting by Ann Poe)"]);
    // a bar after a date with more than a place after it, or a section's
    // name the tables do not know
    assert_no_dateline(&[
        "Mar 6th 2025 | WARSAW police said the tractors came.",
        "Nov 27th 2025 | Politics",
        // (glued to the bars, a reading time alone after a second one)
        "Mar 3rd 2026|Politics",
        "Mar 3rd 2026|BRUSSELS|Politics",
    ]);
    // The Economist's date and place glued to the bar, as its page is
    // copied, its reading time after a second bar: the dateline ends at
    // the place, and the reading time and the page's furniture under it
    // are no story
    check(&[Row {
        input: "Mar 3rd 2026|BRUSSELS|4 min read\nListen to this story\n\nFEW DOCUMENTS from the Berlaymont are meant to be read.",
        dateline: "Mar 3rd 2026|BRUSSELS",
        place: Some("BRUSSELS"),
        city: Some("BRUSSELS"),
        country: Some("Belgium"),
        date: Some("Mar 3rd 2026"),
        ymd: (Some(2026), Some(3), Some(3)),
        iso: Some("2026-03-03"),
        body: "FEW DOCUMENTS from the Berlaymont are meant to be read.",
        ..R
    }]);
    // (a bar after another dateline is the story's, kept in it)
    check(&[Row {
        input: "LONDON —|The Senate voted on Friday.",
        dateline: "LONDON —",
        place: Some("LONDON"),
        city: Some("LONDON"),
        country: Some("United Kingdom"),
        separator: Some(("—", EmDash)),
        body: "|The Senate voted on Friday.",
        ..R
    }]);
}

/// News feeds credit the outlet a story comes from where a wire puts its
/// agency: a site, a magazine or a syndicate, and sometimes the whole
/// dateline after the credit.
#[test]
fn outlet_credits_in_feeds() {
    check(&[
        // a site's credit in brackets before a dash, known or not
        Row {
            input: "(The Center Square) – State lawmakers met on Friday.",
            dateline: "(The Center Square) –",
            source: Some("The Center Square"),
            agencies: &["The Center Square"],
            separator: Some(("–", EnDash)),
            body: "State lawmakers met on Friday.",
            ..R
        },
        // The Conversation's credit in capitals, as AP sends its pieces,
        // with a dash or none
        Row {
            input: "(THE CONVERSATION) — Scratched into the plaster is a prayer.",
            dateline: "(THE CONVERSATION) —",
            source: Some("THE CONVERSATION"),
            agencies: &["The Conversation"],
            separator: Some(("—", EmDash)),
            body: "Scratched into the plaster is a prayer.",
            ..R
        },
        Row {
            input: "(THE CONVERSATION) When most people think about sleep apnea, they picture snoring.",
            dateline: "(THE CONVERSATION)",
            source: Some("THE CONVERSATION"),
            agencies: &["The Conversation"],
            body: "When most people think about sleep apnea, they picture snoring.",
            ..R
        },
        // JNS's date and tag in one bracket, no place
        Row {
            input: "(March 3, 2026 / JNS) The Israeli cabinet approved the plan.",
            dateline: "(March 3, 2026 / JNS)",
            date: Some("March 3, 2026"),
            ymd: (Some(2026), Some(3), Some(3)),
            iso: Some("2026-03-03"),
            source: Some("JNS"),
            agencies: &["Jewish News Syndicate"],
            body: "The Israeli cabinet approved the plan.",
            ..R
        },
        Row {
            input: "(NEXSTAR) — Fares rose before the holiday.",
            dateline: "(NEXSTAR) —",
            source: Some("NEXSTAR"),
            agencies: &["Nexstar Media Wire"],
            separator: Some(("—", EmDash)),
            body: "Fares rose before the holiday.",
            ..R
        },
        // an agency's lead, then a place alone before its dash
        Row {
            input: "AP - WASHINGTON - The Senate voted on Friday.",
            dateline: "AP - WASHINGTON -",
            place: Some("WASHINGTON"),
            city: Some("WASHINGTON"),
            country: US,
            source: Some("AP"),
            agencies: &["The Associated Press"],
            separator: Some(("-", Hyphen)),
            body: "The Senate voted on Friday.",
            ..R
        },
        Row {
            input: "AP - Washington - The Senate voted on Friday.",
            dateline: "AP - Washington -",
            place: Some("Washington"),
            city: Some("Washington"),
            country: US,
            source: Some("AP"),
            agencies: &["The Associated Press"],
            separator: Some(("-", Hyphen)),
            body: "The Senate voted on Friday.",
            ..R
        },
        // a known agency whose tag is also a place's (Pennsylvania's)
        Row {
            input: "(PA) - The minister spoke on Friday.",
            dateline: "(PA) -",
            source: Some("PA"),
            agencies: &["PA Media"],
            separator: Some(("-", Hyphen)),
            body: "The minister spoke on Friday.",
            ..R
        },
        Row {
            input: "(KTLA) — Crews fought a brush fire on Friday.",
            dateline: "(KTLA) —",
            source: Some("KTLA"),
            agencies: &["KTLA"],
            separator: Some(("—", EmDash)),
            body: "Crews fought a brush fire on Friday.",
            ..R
        },
        // a station's call letters no table knows after a town in title
        // case, as stations' sites print them
        Row {
            input: "Albuquerque (KQXR) — A city inspector was charged with fraud on Friday.",
            dateline: "Albuquerque (KQXR) —",
            place: Some("Albuquerque"),
            city: Some("Albuquerque"),
            source: Some("KQXR"),
            agencies: &["KQXR"],
            separator: Some(("—", EmDash)),
            body: "A city inspector was charged with fraud on Friday.",
            ..R
        },
        Row {
            input: "SPACE.com - A small probe reached the outer moon.",
            dateline: "SPACE.com -",
            source: Some("SPACE.com"),
            agencies: &["SPACE.com"],
            separator: Some(("-", Hyphen)),
            body: "A small probe reached the outer moon.",
            ..R
        },
        // a markets site's name with its double hyphen run on
        Row {
            input: "Investing.com-- Oil prices fell in Asian trade.",
            dateline: "Investing.com--",
            source: Some("Investing.com"),
            agencies: &["Investing.com"],
            separator: Some(("--", DoubleHyphen)),
            body: "Oil prices fell in Asian trade.",
            ..R
        },
        Row {
            input: "washingtonpost.com - The company cut 300 jobs.",
            dateline: "washingtonpost.com -",
            source: Some("washingtonpost.com"),
            agencies: &["washingtonpost.com"],
            separator: Some(("-", Hyphen)),
            body: "The company cut 300 jobs.",
            ..R
        },
        Row {
            input: "eWeek - The chip maker cut its forecast.",
            dateline: "eWeek -",
            source: Some("eWeek"),
            agencies: &["eWeek"],
            separator: Some(("-", Hyphen)),
            body: "The chip maker cut its forecast.",
            ..R
        },
        Row {
            input: "The Motley Fool - Shares of Acme look cheap.",
            dateline: "The Motley Fool -",
            source: Some("The Motley Fool"),
            agencies: &["The Motley Fool"],
            separator: Some(("-", Hyphen)),
            body: "Shares of Acme look cheap.",
            ..R
        },
        Row {
            input: "Sports Network - The Jets beat the Bills.",
            dateline: "Sports Network -",
            source: Some("Sports Network"),
            agencies: &["The Sports Network"],
            separator: Some(("-", Hyphen)),
            body: "The Jets beat the Bills.",
            ..R
        },
        Row {
            input: "Washington Post - The council met on Friday.",
            dateline: "Washington Post -",
            source: Some("Washington Post"),
            agencies: &["The Washington Post"],
            separator: Some(("-", Hyphen)),
            body: "The council met on Friday.",
            ..R
        },
        Row {
            input: "NYT - The mayor named a new police chief.",
            dateline: "NYT -",
            source: Some("NYT"),
            agencies: &["The New York Times"],
            separator: Some(("-", Hyphen)),
            body: "The mayor named a new police chief.",
            ..R
        },
        Row {
            input: "Investor's Business Daily - Chip stocks led the market higher.",
            dateline: "Investor's Business Daily -",
            source: Some("Investor's Business Daily"),
            agencies: &["Investor's Business Daily"],
            separator: Some(("-", Hyphen)),
            body: "Chip stocks led the market higher.",
            ..R
        },
        Row {
            input: "CBS SportsLine.com - The Rams signed a kicker.",
            dateline: "CBS SportsLine.com -",
            source: Some("CBS SportsLine.com"),
            agencies: &["CBS SportsLine.com"],
            separator: Some(("-", Hyphen)),
            body: "The Rams signed a kicker.",
            ..R
        },
        Row {
            input: "Wired News - A new browser ships this week.",
            dateline: "Wired News -",
            source: Some("Wired News"),
            agencies: &["Wired"],
            separator: Some(("-", Hyphen)),
            body: "A new browser ships this week.",
            ..R
        },
        Row {
            input: "TechNewsWorld - A chip maker cut its forecast.",
            dateline: "TechNewsWorld -",
            source: Some("TechNewsWorld"),
            agencies: &["TechNewsWorld"],
            separator: Some(("-", Hyphen)),
            body: "A chip maker cut its forecast.",
            ..R
        },
        Row {
            input: "The Register - A patch fixed the flaw.",
            dateline: "The Register -",
            source: Some("The Register"),
            agencies: &["The Register"],
            separator: Some(("-", Hyphen)),
            body: "A patch fixed the flaw.",
            ..R
        },
        Row {
            input: "Reuters Health - A new drug worked in a trial.",
            dateline: "Reuters Health -",
            source: Some("Reuters Health"),
            agencies: &["Reuters"],
            separator: Some(("-", Hyphen)),
            body: "A new drug worked in a trial.",
            ..R
        },
        // the credit, then the wire's own dateline
        Row {
            input: "Canadian Press - VANCOUVER (CP) - The province will build a bridge.",
            dateline: "Canadian Press - VANCOUVER (CP) -",
            place: Some("VANCOUVER"),
            city: Some("VANCOUVER"),
            country: Some("Canada"),
            source: Some("Canadian Press"),
            agencies: &["The Canadian Press"],
            separator: Some(("-", Hyphen)),
            body: "The province will build a bridge.",
            ..R
        },
    ]);
    // a date and a tag in brackets: the tag known, the date whole with its
    // year, and the story's capital after the bracket
    assert_no_dateline(&[
        "(March 3, 2026 / Acme) The cabinet approved the plan.",
        "(March 3 / JNS) The cabinet approved the plan.",
        "(March 3, 2026 at noon / JNS) The cabinet approved the plan.",
        "(March 3, 2026 / JNS) the cabinet approved the plan.",
    ]);
    assert_no_dateline(&[
        // a company's name is no credit, nor a site's past the first word
        "Acme Corp. - The chip maker cut its forecast.",
        "Acme News.com - The chip maker cut its forecast.",
        "Amazon.com - shares fell on Friday.",
    ]);
}

#[test]
fn colon_datelines_and_newspaper_style() {
    check(&[
        // GlobeSt's hyphen glued to the place and the story's first word
        Row {
            input: "SAN DIEGO-Stonebridge Capital has bought a medical office building.",
            dateline: "SAN DIEGO-",
            place: Some("SAN DIEGO"),
            city: Some("SAN DIEGO"),
            country: US,
            separator: Some(("-", Hyphen)),
            body: "Stonebridge Capital has bought a medical office building.",
            ..R
        },
        Row {
            input: "IRVINE, CA-Pinecrest Equities has secured a construction loan.",
            dateline: "IRVINE, CA-",
            place: Some("IRVINE, CA"),
            city: Some("IRVINE"),
            region: Some("CA"),
            region_name: Some("California"),
            country: US,
            separator: Some(("-", Hyphen)),
            body: "Pinecrest Equities has secured a construction loan.",
            ..R
        },
        // a bar between the place and the date, as pages print it
        Row {
            input: "Nairobi, Kenya | November 28, 2026 — The cabinet met on Friday.",
            dateline: "Nairobi, Kenya | November 28, 2026 —",
            place: Some("Nairobi, Kenya"),
            city: Some("Nairobi"),
            country: Some("Kenya"),
            date: Some("November 28, 2026"),
            ymd: (Some(2026), Some(11), Some(28)),
            iso: Some("2026-11-28"),
            separator: Some(("—", EmDash)),
            body: "The cabinet met on Friday.",
            ..R
        },
        Row {
            input: "LAGOS | Nov. 28, 2026 (Reuters) - Nigeria's central bank held rates.",
            dateline: "LAGOS | Nov. 28, 2026 (Reuters) -",
            place: Some("LAGOS"),
            city: Some("LAGOS"),
            country: Some("Nigeria"),
            date: Some("Nov. 28, 2026"),
            ymd: (Some(2026), Some(11), Some(28)),
            iso: Some("2026-11-28"),
            source: Some("Reuters"),
            agencies: &["Reuters"],
            separator: Some(("-", Hyphen)),
            body: "Nigeria's central bank held rates.",
            ..R
        },
        // two slashes for the dash, as The National printed it
        Row {
            input: "DUBAI // The fare for an abra crossing will rise next month.",
            dateline: "DUBAI //",
            place: Some("DUBAI"),
            city: Some("DUBAI"),
            country: Some("United Arab Emirates"),
            separator: Some(("//", Slash)),
            body: "The fare for an abra crossing will rise next month.",
            ..R
        },
        // a bullet for the dash, as some papers print it
        Row {
            input: "ST. LOUIS • The city council voted to raise the tax.",
            dateline: "ST. LOUIS •",
            place: Some("ST. LOUIS"),
            city: Some("ST. LOUIS"),
            country: US,
            separator: Some(("•", Bullet)),
            body: "The city council voted to raise the tax.",
            ..R
        },
        // a known agency's name alone after the place and the separator,
        // the line's end, as UNN credits itself over the story
        Row {
            input: "Kyiv \u{2022} UNN\nRussian troops attacked the city with drones overnight.",
            dateline: "Kyiv \u{2022} UNN",
            place: Some("Kyiv"),
            city: Some("Kyiv"),
            country: Some("Ukraine"),
            source: Some("UNN"),
            agencies: &["Ukrainian National News"],
            separator: Some(("\u{2022}", Bullet)),
            body: "Russian troops attacked the city with drones overnight.",
            ..R
        },
        // (after a tag, the name is the story's)
        Row {
            input: "LONDON (Reuters) - AFP\n\nThe council met on Tuesday.",
            dateline: "LONDON (Reuters) -",
            place: Some("LONDON"),
            city: Some("LONDON"),
            country: Some("United Kingdom"),
            source: Some("Reuters"),
            agencies: &["Reuters"],
            separator: Some(("-", Hyphen)),
            body: "AFP",
            ..R
        },
        // a tab for the dash, as papers' print pages set it: after a known
        // place in capitals or a known agency's tag
        Row {
            input: "ROCHESTER, Minn.\tNight-shift workers lost kidney function faster.",
            dateline: "ROCHESTER, Minn.\t",
            place: Some("ROCHESTER, Minn."),
            city: Some("ROCHESTER"),
            region: Some("Minn."),
            region_name: Some("Minnesota"),
            country: US,
            separator: Some(("\t", Tab)),
            body: "Night-shift workers lost kidney function faster.",
            ..R
        },
        Row {
            input: "LITTLE ROCK, Ark. (AP)\tA state panel met.",
            dateline: "LITTLE ROCK, Ark. (AP)\t",
            place: Some("LITTLE ROCK, Ark."),
            city: Some("LITTLE ROCK"),
            region: Some("Ark."),
            region_name: Some("Arkansas"),
            country: US,
            source: Some("AP"),
            agencies: &["The Associated Press"],
            separator: Some(("\t", Tab)),
            body: "A state panel met.",
            ..R
        },
        Row {
            input: "COLUMBIA, Mo. • The university will raise tuition.",
            dateline: "COLUMBIA, Mo. •",
            place: Some("COLUMBIA, Mo."),
            city: Some("COLUMBIA"),
            region: Some("Mo."),
            region_name: Some("Missouri"),
            country: US,
            separator: Some(("•", Bullet)),
            body: "The university will raise tuition.",
            ..R
        },
        // a period closing the date before the dash, as older papers and
        // archives print it
        Row {
            input: "WASHINGTON, Nov. 28.—The Senate passed the bill tonight.",
            reference: Some("2026-11-29"),
            dateline: "WASHINGTON, Nov. 28.—",
            place: Some("WASHINGTON"),
            city: Some("WASHINGTON"),
            country: US,
            date: Some("Nov. 28"),
            ymd: (None, Some(11), Some(28)),
            iso: Some("2026-11-28"),
            year_inferred: true,
            separator: Some((".—", Other)),
            body: "The Senate passed the bill tonight.",
            ..R
        },
        Row {
            input: "CHICAGO, Nov. 28. -- The strike ended today.",
            reference: Some("2026-11-29"),
            dateline: "CHICAGO, Nov. 28. --",
            place: Some("CHICAGO"),
            city: Some("CHICAGO"),
            country: US,
            date: Some("Nov. 28"),
            ymd: (None, Some(11), Some(28)),
            iso: Some("2026-11-28"),
            year_inferred: true,
            separator: Some((". --", Other)),
            body: "The strike ended today.",
            ..R
        },
        // a run of periods closing the date, as the State House News
        // Service prints it (two close an abbreviation: no dateline)
        Row {
            input: "WORCESTER, MARCH 26, 2026.....The board voted Thursday to certify the count.",
            dateline: "WORCESTER, MARCH 26, 2026.....",
            place: Some("WORCESTER"),
            city: Some("WORCESTER"),
            date: Some("MARCH 26, 2026"),
            ymd: (Some(2026), Some(3), Some(26)),
            iso: Some("2026-03-26"),
            separator: Some((".....", Other)),
            body: "The board voted Thursday to certify the count.",
            ..R
        },
        Row {
            input: "LONDON, March 3... Shares fell in early trade.",
            reference: Some("2026-03-04"),
            dateline: "LONDON, March 3...",
            place: Some("LONDON"),
            city: Some("LONDON"),
            country: Some("United Kingdom"),
            date: Some("March 3"),
            ymd: (None, Some(3), Some(3)),
            iso: Some("2026-03-03"),
            year_inferred: true,
            separator: Some(("...", Other)),
            body: "Shares fell in early trade.",
            ..R
        },
        Row {
            input: "PARIS, Nov. 28. - The cabinet fell.",
            reference: Some("2026-11-29"),
            dateline: "PARIS, Nov. 28. -",
            place: Some("PARIS"),
            city: Some("PARIS"),
            country: Some("France"),
            date: Some("Nov. 28"),
            ymd: (None, Some(11), Some(28)),
            iso: Some("2026-11-28"),
            year_inferred: true,
            separator: Some((". -", Other)),
            body: "The cabinet fell.",
            ..R
        },
        // the Los Angeles Times' lead-in, no part of the dateline (a
        // furniture trailer of its own)
        Row {
            input: "Reporting from Washington — The Senate voted on Tuesday.",
            dateline: "Washington —",
            place: Some("Washington"),
            city: Some("Washington"),
            country: US,
            separator: Some(("—", EmDash)),
            body: "The Senate voted on Tuesday.",
            ..R
        },
        Row {
            input: "REPORTING FROM BATON ROUGE, La. — The river crested.",
            dateline: "BATON ROUGE, La. —",
            place: Some("BATON ROUGE, La."),
            city: Some("BATON ROUGE"),
            region: Some("La."),
            region_name: Some("Louisiana"),
            country: US,
            separator: Some(("—", EmDash)),
            body: "The river crested.",
            ..R
        },
        // the FBIS translations' mark, furniture as Reuters' stars are
        Row {
            input: "[Text] Beijing, 2 December (XINHUA) -- Exports rose 31 percent.",
            reference: Some("1994-12-05"),
            dateline: "Beijing, 2 December (XINHUA) --",
            place: Some("Beijing"),
            city: Some("Beijing"),
            country: Some("China"),
            date: Some("2 December"),
            ymd: (None, Some(12), Some(2)),
            iso: Some("1994-12-02"),
            year_inferred: true,
            source: Some("XINHUA"),
            agencies: &["Xinhua News Agency"],
            separator: Some(("--", DoubleHyphen)),
            body: "Exports rose 31 percent.",
            ..R
        },
        // markup a feed left escaped before its summary, furniture
        Row {
            input: "&lt;b&gt;...&lt;/b&gt; NEW YORK (Reuters) - Oil rose on Monday.",
            dateline: "NEW YORK (Reuters) -",
            place: Some("NEW YORK"),
            city: Some("NEW YORK"),
            country: US,
            source: Some("Reuters"),
            agencies: &["Reuters"],
            separator: Some(("-", Hyphen)),
            body: "Oil rose on Monday.",
            ..R
        },
        Row {
            input: "&lt;p&gt;&lt;/p&gt;&lt;p&gt; AP - The Senate voted.",
            dateline: "AP -",
            source: Some("AP"),
            agencies: &["The Associated Press"],
            separator: Some(("-", Hyphen)),
            body: "The Senate voted.",
            ..R
        },
        // mixed-case cities of South Asia's English papers, known to the table
        Row {
            input: "Madurai: The district court ruled on Friday.",
            dateline: "Madurai:",
            place: Some("Madurai"),
            city: Some("Madurai"),
            country: Some("India"),
            separator: Some((":", Colon)),
            body: "The district court ruled on Friday.",
            ..R
        },
        Row {
            input: "Owerri — The state assembly met on Friday.",
            dateline: "Owerri —",
            place: Some("Owerri"),
            city: Some("Owerri"),
            country: Some("Nigeria"),
            separator: Some(("—", EmDash)),
            body: "The state assembly met on Friday.",
            ..R
        },
        Row {
            input: "Konya — The city council met on Friday.",
            dateline: "Konya —",
            place: Some("Konya"),
            city: Some("Konya"),
            country: Some("Turkey"),
            separator: Some(("—", EmDash)),
            body: "The city council met on Friday.",
            ..R
        },
        Row {
            input: "Sialkot: Exporters met on Friday.",
            dateline: "Sialkot:",
            place: Some("Sialkot"),
            city: Some("Sialkot"),
            country: Some("Pakistan"),
            separator: Some((":", Colon)),
            body: "Exporters met on Friday.",
            ..R
        },
        Row {
            input: "Rajshahi, Nov 28: Mango growers met on Friday.",
            dateline: "Rajshahi, Nov 28:",
            place: Some("Rajshahi"),
            city: Some("Rajshahi"),
            country: Some("Bangladesh"),
            date: Some("Nov 28"),
            ymd: (None, Some(11), Some(28)),
            iso: Some("2026-11-28"),
            year_inferred: true,
            separator: Some((":", Colon)),
            body: "Mango growers met on Friday.",
            ..R
        },
        // a region's abbreviation after the city without a comma makes a
        // mixed-case place known, as it does after a comma
        Row {
            input: "Washington DC: The Senate voted on Friday.",
            dateline: "Washington DC:",
            place: Some("Washington DC"),
            city: Some("Washington"),
            region: Some("DC"),
            region_name: Some("District of Columbia"),
            country: US,
            separator: Some((":", Colon)),
            body: "The Senate voted on Friday.",
            ..R
        },
        Row {
            input: "Springfield Ill. - The county board met.",
            dateline: "Springfield Ill. -",
            place: Some("Springfield Ill."),
            city: Some("Springfield"),
            region: Some("Ill."),
            region_name: Some("Illinois"),
            country: US,
            separator: Some(("-", Hyphen)),
            body: "The county board met.",
            ..R
        },
        Row {
            input: "KUALA LUMPUR: Malaysia's palm oil stocks rose.",
            dateline: "KUALA LUMPUR:",
            place: Some("KUALA LUMPUR"),
            city: Some("KUALA LUMPUR"),
            country: Some("Malaysia"),
            separator: Some((":", Colon)),
            body: "Malaysia's palm oil stocks rose.",
            ..R
        },
        Row {
            input: "ISLAMABAD : Pakistan's cabinet met.",
            dateline: "ISLAMABAD :",
            place: Some("ISLAMABAD"),
            city: Some("ISLAMABAD"),
            country: Some("Pakistan"),
            separator: Some((":", Colon)),
            body: "Pakistan's cabinet met.",
            ..R
        },
        Row {
            input: "KARACHI:\u{a0}Traders closed their shops.",
            dateline: "KARACHI:",
            place: Some("KARACHI"),
            city: Some("KARACHI"),
            country: Some("Pakistan"),
            separator: Some((":", Colon)),
            body: "Traders closed their shops.",
            ..R
        },
        Row {
            input: "KYIV, Ukraine — Russian drones struck overnight.",
            dateline: "KYIV, Ukraine —",
            place: Some("KYIV, Ukraine"),
            city: Some("KYIV"),
            country: Some("Ukraine"),
            separator: Some(("—", EmDash)),
            body: "Russian drones struck overnight.",
            ..R
        },
        Row {
            input: "BEIRUT, Lebanon, June 2 — Protesters gathered.",
            dateline: "BEIRUT, Lebanon, June 2 —",
            place: Some("BEIRUT, Lebanon"),
            city: Some("BEIRUT"),
            country: Some("Lebanon"),
            date: Some("June 2"),
            ymd: (None, Some(6), Some(2)),
            iso: Some("2026-06-02"),
            year_inferred: true,
            separator: Some(("—", EmDash)),
            body: "Protesters gathered.",
            ..R
        },
        Row {
            input: "NAIROBI, Kenya – Farmers await rain.",
            dateline: "NAIROBI, Kenya –",
            place: Some("NAIROBI, Kenya"),
            city: Some("NAIROBI"),
            country: Some("Kenya"),
            separator: Some(("–", EnDash)),
            body: "Farmers await rain.",
            ..R
        },
        Row {
            input: "Kyiv, Ukraine — The mayor spoke.",
            dateline: "Kyiv, Ukraine —",
            place: Some("Kyiv, Ukraine"),
            city: Some("Kyiv"),
            country: Some("Ukraine"),
            separator: Some(("—", EmDash)),
            body: "The mayor spoke.",
            ..R
        },
        Row {
            input: "RIO DE JANEIRO, Brazil, Feb. 9 — Carnival began.",
            dateline: "RIO DE JANEIRO, Brazil, Feb. 9 —",
            place: Some("RIO DE JANEIRO, Brazil"),
            city: Some("RIO DE JANEIRO"),
            country: Some("Brazil"),
            date: Some("Feb. 9"),
            ymd: (None, Some(2), Some(9)),
            iso: Some("2027-02-09"),
            year_inferred: true,
            separator: Some(("—", EmDash)),
            body: "Carnival began.",
            ..R
        },
    ]);
}

/// A mixed-case place with only a separator after it is a dateline when the
/// city table knows the place, which also gives its country; a word or name
/// the table leaves out (`Reading`, `Male`, `Victoria`) opens a sentence.
#[test]
fn mixed_case_places_the_city_table_knows() {
    let row = |input, city, country, separator, body| Row {
        input,
        dateline: input.strip_suffix(body).unwrap_or(input).trim_end(),
        place: Some(city),
        city: Some(city),
        country: Some(country),
        separator: Some(separator),
        body,
        ..R
    };
    check(&[
        row(
            "Thiruvananthapuram: The state government said.",
            "Thiruvananthapuram",
            "India",
            (":", Colon),
            "The state government said.",
        ),
        row(
            "Petaling Jaya: Police said the driver fled.",
            "Petaling Jaya",
            "Malaysia",
            (":", Colon),
            "Police said the driver fled.",
        ),
        row(
            "Surabaya: Police said.",
            "Surabaya",
            "Indonesia",
            (":", Colon),
            "Police said.",
        ),
        row(
            "Noida: The company opened an office.",
            "Noida",
            "India",
            (":", Colon),
            "The company opened an office.",
        ),
        row(
            "Gurugram: Traffic slowed.",
            "Gurugram",
            "India",
            (":", Colon),
            "Traffic slowed.",
        ),
        row(
            "Ludhiana: Farmers marched.",
            "Ludhiana",
            "India",
            (":", Colon),
            "Farmers marched.",
        ),
        row(
            "Sharm el-Sheikh: Delegates arrived.",
            "Sharm el-Sheikh",
            "Egypt",
            (":", Colon),
            "Delegates arrived.",
        ),
        row(
            "Cox's Bazar - Refugees waited in line.",
            "Cox's Bazar",
            "Bangladesh",
            ("-", Hyphen),
            "Refugees waited in line.",
        ),
        row(
            "Xi'an: Museums reopened.",
            "Xi'an",
            "China",
            (":", Colon),
            "Museums reopened.",
        ),
    ]);
    let openings = [
        "Reading: The list is long.",
        "Nice: The word has many senses.",
        "Male: Yes.",
        "Victoria: She reigned for decades.",
        "Split: The board voted.",
        "Florence: An opera in three acts.",
        "Mobile: Sales rose.",
        "Victoria said the talks failed.",
    ];
    assert_no_dateline(&openings);
}

#[test]
fn press_releases() {
    // (the Government of Canada's date and place, and the story under them,
    // as its releases print them; each row names its department)
    const CANADA: Row = Row {
        place: Some("Ottawa, Ontario"),
        city: Some("Ottawa"),
        region: Some("Ontario"),
        region_name: Some("Ontario"),
        country: Some("Canada"),
        date: Some("March 3, 2026"),
        ymd: (Some(2026), Some(3), Some(3)),
        iso: Some("2026-03-03"),
        separator: Some(("–", EnDash)),
        body: "Today, the minister announced funds.",
        ..R
    };
    check(&[
        // a press office's place in brackets, where a tag would stand
        Row {
            input: "(WASHINGTON, D.C.) – Today, Senator Ann Poe backed the farm bill.",
            dateline: "(WASHINGTON, D.C.) –",
            place: Some("WASHINGTON, D.C."),
            city: Some("WASHINGTON"),
            region: Some("D.C."),
            region_name: Some("District of Columbia"),
            country: US,
            separator: Some(("–", EnDash)),
            body: "Today, Senator Ann Poe backed the farm bill.",
            ..R
        },
        Row {
            input: "(Detroit) -- Acme today opened a plant.",
            dateline: "(Detroit) --",
            place: Some("Detroit"),
            city: Some("Detroit"),
            country: US,
            separator: Some(("--", DoubleHyphen)),
            body: "Acme today opened a plant.",
            ..R
        },
        // a place and a whole date in brackets, a dash or the story after
        Row {
            input: "(Shanghai, 28 November 2026) Acme Robotics today opened a plant.",
            dateline: "(Shanghai, 28 November 2026)",
            place: Some("Shanghai"),
            city: Some("Shanghai"),
            country: Some("China"),
            date: Some("28 November 2026"),
            ymd: (Some(2026), Some(11), Some(28)),
            iso: Some("2026-11-28"),
            body: "Acme Robotics today opened a plant.",
            ..R
        },
        Row {
            input: "(Berlin, Germany – November 28, 2026) – Acme GmbH today opened a plant.",
            dateline: "(Berlin, Germany – November 28, 2026) –",
            place: Some("Berlin, Germany"),
            city: Some("Berlin"),
            country: Some("Germany"),
            date: Some("November 28, 2026"),
            ymd: (Some(2026), Some(11), Some(28)),
            iso: Some("2026-11-28"),
            separator: Some(("–", EnDash)),
            body: "Acme GmbH today opened a plant.",
            ..R
        },
        Row {
            input: "LONDON, UK – 28 November 2026 – Acme plc today announced a deal.",
            dateline: "LONDON, UK – 28 November 2026 –",
            place: Some("LONDON, UK"),
            city: Some("LONDON"),
            country: Some("UK"),
            date: Some("28 November 2026"),
            ymd: (Some(2026), Some(11), Some(28)),
            iso: Some("2026-11-28"),
            separator: Some(("–", EnDash)),
            body: "Acme plc today announced a deal.",
            ..R
        },
        // a university's release: the date in brackets between the dashes
        Row {
            input: "HOUSTON – (Feb. 26, 2026) – Engineers at the university have built a membrane.",
            dateline: "HOUSTON – (Feb. 26, 2026) –",
            place: Some("HOUSTON"),
            city: Some("HOUSTON"),
            country: Some("United States"),
            date: Some("Feb. 26, 2026"),
            ymd: (Some(2026), Some(2), Some(26)),
            iso: Some("2026-02-26"),
            separator: Some(("–", EnDash)),
            body: "Engineers at the university have built a membrane.",
            ..R
        },
        Row {
            input: "LA JOLLA—(January 5, 2026)—Fat tissue does more than store energy.",
            dateline: "LA JOLLA—(January 5, 2026)—",
            place: Some("LA JOLLA"),
            city: Some("LA JOLLA"),
            date: Some("January 5, 2026"),
            ymd: (Some(2026), Some(1), Some(5)),
            iso: Some("2026-01-05"),
            separator: Some(("—", EmDash)),
            body: "Fat tissue does more than store energy.",
            ..R
        },
        // (or between a dash and a colon, as Egypt's papers write it)
        Row {
            input: "CAIRO – 3 March 2026: Wheat reserves will last six months.",
            dateline: "CAIRO – 3 March 2026:",
            place: Some("CAIRO"),
            city: Some("CAIRO"),
            country: Some("Egypt"),
            date: Some("3 March 2026"),
            ymd: (Some(2026), Some(3), Some(3)),
            iso: Some("2026-03-03"),
            separator: Some((":", Colon)),
            body: "Wheat reserves will last six months.",
            ..R
        },
        // (and a known agency's tag there)
        Row {
            input: "PARIS – (AFP): The ministry said it would act.",
            dateline: "PARIS – (AFP):",
            place: Some("PARIS"),
            city: Some("PARIS"),
            country: Some("France"),
            source: Some("AFP"),
            agencies: &["Agence France-Presse"],
            separator: Some((":", Colon)),
            body: "The ministry said it would act.",
            ..R
        },
        // (a bracket after the dash that holds no date, or is not closed,
        // is the story's)
        Row {
            input: "HOUSTON – (Feb. 26, 2026 – Engineers at the university have built a membrane.",
            dateline: "HOUSTON –",
            place: Some("HOUSTON"),
            city: Some("HOUSTON"),
            country: Some("United States"),
            separator: Some(("–", EnDash)),
            body: "(Feb. 26, 2026 – Engineers at the university have built a membrane.",
            ..R
        },
        // two places joined by `&` or `and`
        Row {
            input: "NEW YORK & LONDON--(BUSINESS WIRE)--Acme Corp. today announced a deal.",
            dateline: "NEW YORK & LONDON--(BUSINESS WIRE)--",
            place: Some("NEW YORK & LONDON"),
            city: Some("NEW YORK & LONDON"),
            source: Some("BUSINESS WIRE"),
            agencies: &["Business Wire"],
            separator: Some(("--", DoubleHyphen)),
            body: "Acme Corp. today announced a deal.",
            ..R
        },
        Row {
            input: "Kobe and Yokohama, JAPAN, Nov 27, 2026 - (JCN Newswire) - Acme Corp. opened a plant.",
            dateline: "Kobe and Yokohama, JAPAN, Nov 27, 2026 - (JCN Newswire) -",
            place: Some("Kobe and Yokohama, JAPAN"),
            city: Some("Kobe and Yokohama"),
            country: Some("JAPAN"),
            date: Some("Nov 27, 2026"),
            ymd: (Some(2026), Some(11), Some(27)),
            iso: Some("2026-11-27"),
            source: Some("JCN Newswire"),
            agencies: &["JCN Newswire"],
            separator: Some(("-", Hyphen)),
            body: "Acme Corp. opened a plant.",
            ..R
        },
        // a wire's name bare between dashes, then the date
        Row {
            input: "SINGAPORE - Media OutReach Newswire - 28 November 2026 - Acme Pay today announced a licence.",
            dateline: "SINGAPORE - Media OutReach Newswire - 28 November 2026 -",
            place: Some("SINGAPORE"),
            city: Some("SINGAPORE"),
            country: Some("Singapore"),
            date: Some("28 November 2026"),
            ymd: (Some(2026), Some(11), Some(28)),
            iso: Some("2026-11-28"),
            source: Some("Media OutReach Newswire"),
            agencies: &["Media OutReach Newswire"],
            separator: Some(("-", Hyphen)),
            body: "Acme Pay today announced a licence.",
            ..R
        },
        Row {
            input: "LONDON - Reuters said on Friday that talks resumed.",
            dateline: "LONDON -",
            place: Some("LONDON"),
            city: Some("LONDON"),
            country: Some("United Kingdom"),
            separator: Some(("-", Hyphen)),
            body: "Reuters said on Friday that talks resumed.",
            ..R
        },
        // the place after the date and a comma
        Row {
            input: "28 November 2026, Paris – A recount confirmed the result.",
            dateline: "28 November 2026, Paris –",
            place: Some("Paris"),
            city: Some("Paris"),
            country: Some("France"),
            date: Some("28 November 2026"),
            ymd: (Some(2026), Some(11), Some(28)),
            iso: Some("2026-11-28"),
            separator: Some(("–", EnDash)),
            body: "A recount confirmed the result.",
            ..R
        },
        // the place after the date and a bar, alone on the line, as The
        // Economist prints it (the story on the lines under it)
        Row {
            input: "Mar 6th 2025 | WARSAW\n\nON A FROZEN morning the tractors came.",
            dateline: "Mar 6th 2025 | WARSAW",
            place: Some("WARSAW"),
            city: Some("WARSAW"),
            country: Some("Poland"),
            date: Some("Mar 6th 2025"),
            ymd: (Some(2025), Some(3), Some(6)),
            iso: Some("2025-03-06"),
            body: "ON A FROZEN morning the tractors came.",
            ..R
        },
        Row {
            input: "November 28, 2026, WASHINGTON -- Acme Corp. today announced results.",
            dateline: "November 28, 2026, WASHINGTON --",
            place: Some("WASHINGTON"),
            city: Some("WASHINGTON"),
            country: US,
            date: Some("November 28, 2026"),
            ymd: (Some(2026), Some(11), Some(28)),
            iso: Some("2026-11-28"),
            separator: Some(("--", DoubleHyphen)),
            body: "Acme Corp. today announced results.",
            ..R
        },
        Row {
            input: "Nov. 28, 2026 -- Acme Corp. today announced results.",
            dateline: "Nov. 28, 2026 --",
            date: Some("Nov. 28, 2026"),
            ymd: (Some(2026), Some(11), Some(28)),
            iso: Some("2026-11-28"),
            separator: Some(("--", DoubleHyphen)),
            body: "Acme Corp. today announced results.",
            ..R
        },
        // Tribune News Service: a date with no year, an em dash touching
        // it and the story
        Row {
            input: "Nov. 27—Ridership on the line has returned.",
            dateline: "Nov. 27—",
            date: Some("Nov. 27"),
            ymd: (None, Some(11), Some(27)),
            iso: Some("2026-11-27"),
            year_inferred: true,
            separator: Some(("—", EmDash)),
            body: "Ridership on the line has returned.",
            ..R
        },
        // `By` opening a story, not a byline
        Row {
            input: "Nov. 28, 2026 -- By Friday, Acme Corp. will open a plant.",
            dateline: "Nov. 28, 2026 --",
            date: Some("Nov. 28, 2026"),
            ymd: (Some(2026), Some(11), Some(28)),
            iso: Some("2026-11-28"),
            separator: Some(("--", DoubleHyphen)),
            body: "By Friday, Acme Corp. will open a plant.",
            ..R
        },
        // the place after the date, between dashes
        Row {
            input: "November 28, 2026 - WASHINGTON - The council met.",
            dateline: "November 28, 2026 - WASHINGTON -",
            place: Some("WASHINGTON"),
            city: Some("WASHINGTON"),
            country: US,
            date: Some("November 28, 2026"),
            ymd: (Some(2026), Some(11), Some(28)),
            iso: Some("2026-11-28"),
            separator: Some(("-", Hyphen)),
            body: "The council met.",
            ..R
        },
        // a town in mixed case known by its province
        Row {
            input: "June 12, 2023 – Halifax, Nova Scotia – The minister announced funds.",
            dateline: "June 12, 2023 – Halifax, Nova Scotia –",
            place: Some("Halifax, Nova Scotia"),
            city: Some("Halifax"),
            region: Some("Nova Scotia"),
            region_name: Some("Nova Scotia"),
            country: Some("Canada"),
            date: Some("June 12, 2023"),
            ymd: (Some(2023), Some(6), Some(12)),
            iso: Some("2023-06-12"),
            separator: Some(("–", EnDash)),
            body: "The minister announced funds.",
            ..R
        },
        // the department that issues it alone after the second dash, as
        // the Government of Canada dates its releases
        Row {
            input: "March 3, 2026 – Ottawa, Ontario – Fisheries and Oceans Canada\n\nToday, the minister announced funds.",
            dateline: "March 3, 2026 – Ottawa, Ontario – Fisheries and Oceans Canada",
            source: Some("Fisheries and Oceans Canada"),
            agencies: &["Fisheries and Oceans Canada"],
            ..CANADA
        },
        Row {
            input: "March 3, 2026 – Ottawa, Ontario – Department of National Defence\n\nToday, the minister announced funds.",
            dateline: "March 3, 2026 – Ottawa, Ontario – Department of National Defence",
            source: Some("Department of National Defence"),
            agencies: &["Department of National Defence"],
            ..CANADA
        },
        // (one the tables know by nothing is no place)
        Row {
            input: "June 12, 2023 – Smalltown, Someplace – The minister announced funds.",
            dateline: "June 12, 2023 –",
            date: Some("June 12, 2023"),
            ymd: (Some(2023), Some(6), Some(12)),
            iso: Some("2023-06-12"),
            separator: Some(("–", EnDash)),
            body: "Smalltown, Someplace – The minister announced funds.",
            ..R
        },
        Row {
            input: "Nov. 28, 2026 -- CHICAGO, Ill. -- Acme Corp. opened a plant.",
            dateline: "Nov. 28, 2026 -- CHICAGO, Ill. --",
            place: Some("CHICAGO, Ill."),
            city: Some("CHICAGO"),
            region: Some("Ill."),
            region_name: Some("Illinois"),
            country: US,
            date: Some("Nov. 28, 2026"),
            ymd: (Some(2026), Some(11), Some(28)),
            iso: Some("2026-11-28"),
            separator: Some(("--", DoubleHyphen)),
            body: "Acme Corp. opened a plant.",
            ..R
        },
        // a company's name between the dashes is the story's
        Row {
            input: "Nov. 28, 2026 -- Acme Corp. - The council met.",
            dateline: "Nov. 28, 2026 --",
            date: Some("Nov. 28, 2026"),
            ymd: (Some(2026), Some(11), Some(28)),
            iso: Some("2026-11-28"),
            separator: Some(("--", DoubleHyphen)),
            body: "Acme Corp. - The council met.",
            ..R
        },
        Row {
            input: "November 28, 2026 — “We are ready,” the chief executive said.",
            dateline: "November 28, 2026 —",
            date: Some("November 28, 2026"),
            ymd: (Some(2026), Some(11), Some(28)),
            iso: Some("2026-11-28"),
            separator: Some(("—", EmDash)),
            body: "“We are ready,” the chief executive said.",
            ..R
        },
        Row {
            input: "TOKYO, Nov 28, 2026 - (JCN Newswire) - Acme Corp announced a plan.",
            dateline: "TOKYO, Nov 28, 2026 - (JCN Newswire) -",
            place: Some("TOKYO"),
            city: Some("TOKYO"),
            country: Some("Japan"),
            date: Some("Nov 28, 2026"),
            ymd: (Some(2026), Some(11), Some(28)),
            iso: Some("2026-11-28"),
            source: Some("JCN Newswire"),
            agencies: &["JCN Newswire"],
            separator: Some(("-", Hyphen)),
            body: "Acme Corp announced a plan.",
            ..R
        },
        // the date and then the tag, each between dashes
        Row {
            input: "NEW YORK, NY - November 28, 2026 - (NEWMEDIAWIRE) - Acme Corp. opened a yard.",
            dateline: "NEW YORK, NY - November 28, 2026 - (NEWMEDIAWIRE) -",
            place: Some("NEW YORK, NY"),
            city: Some("NEW YORK"),
            region: Some("NY"),
            region_name: Some("New York"),
            country: US,
            date: Some("November 28, 2026"),
            ymd: (Some(2026), Some(11), Some(28)),
            iso: Some("2026-11-28"),
            source: Some("NEWMEDIAWIRE"),
            agencies: &["NEWMEDIAWIRE"],
            separator: Some(("-", Hyphen)),
            body: "Acme Corp. opened a yard.",
            ..R
        },
        Row {
            input: "NEW YORK, Nov. 28, 2026 /PRNewswire/ -- Acme Corp. today announced results.",
            dateline: "NEW YORK, Nov. 28, 2026 /PRNewswire/ --",
            place: Some("NEW YORK"),
            city: Some("NEW YORK"),
            country: US,
            date: Some("Nov. 28, 2026"),
            ymd: (Some(2026), Some(11), Some(28)),
            iso: Some("2026-11-28"),
            source: Some("PRNewswire"),
            agencies: &["PR Newswire"],
            separator: Some(("--", DoubleHyphen)),
            body: "Acme Corp. today announced results.",
            ..R
        },
        Row {
            input: "CHICAGO, Jan. 5, 2026 /PRNewswire-FirstCall/ -- Widget Inc. reported sales.",
            dateline: "CHICAGO, Jan. 5, 2026 /PRNewswire-FirstCall/ --",
            place: Some("CHICAGO"),
            city: Some("CHICAGO"),
            country: US,
            date: Some("Jan. 5, 2026"),
            ymd: (Some(2026), Some(1), Some(5)),
            iso: Some("2026-01-05"),
            source: Some("PRNewswire-FirstCall"),
            agencies: &["PR Newswire"],
            separator: Some(("--", DoubleHyphen)),
            body: "Widget Inc. reported sales.",
            ..R
        },
        Row {
            input: "SAN FRANCISCO--(BUSINESS WIRE)--Acme Inc. today launched a product.",
            dateline: "SAN FRANCISCO--(BUSINESS WIRE)--",
            place: Some("SAN FRANCISCO"),
            city: Some("SAN FRANCISCO"),
            country: US,
            source: Some("BUSINESS WIRE"),
            agencies: &["Business Wire"],
            separator: Some(("--", DoubleHyphen)),
            body: "Acme Inc. today launched a product.",
            ..R
        },
        // copied with spaces around the dashes
        Row {
            input: "NEW YORK -- (BUSINESS WIRE) -- Acme Inc. today opened a yard.",
            dateline: "NEW YORK -- (BUSINESS WIRE) --",
            place: Some("NEW YORK"),
            city: Some("NEW YORK"),
            country: US,
            source: Some("BUSINESS WIRE"),
            agencies: &["Business Wire"],
            separator: Some(("--", DoubleHyphen)),
            body: "Acme Inc. today opened a yard.",
            ..R
        },
        // without a date, only a known agency's tag counts between dashes
        Row {
            input: "PARIS - (Photo Gallery) - The museum reopened.",
            dateline: "PARIS -",
            place: Some("PARIS"),
            city: Some("PARIS"),
            country: Some("France"),
            separator: Some(("-", Hyphen)),
            body: "(Photo Gallery) - The museum reopened.",
            ..R
        },
        Row {
            input: "LONDON - (Reuters) - Shares fell.",
            dateline: "LONDON - (Reuters) -",
            place: Some("LONDON"),
            city: Some("LONDON"),
            country: Some("United Kingdom"),
            source: Some("Reuters"),
            agencies: &["Reuters"],
            separator: Some(("-", Hyphen)),
            body: "Shares fell.",
            ..R
        },
        Row {
            input: "BOSTON--(BUSINESS WIRE)-- Beta Corp. named a chief.",
            dateline: "BOSTON--(BUSINESS WIRE)--",
            place: Some("BOSTON"),
            city: Some("BOSTON"),
            country: US,
            source: Some("BUSINESS WIRE"),
            agencies: &["Business Wire"],
            separator: Some(("--", DoubleHyphen)),
            body: "Beta Corp. named a chief.",
            ..R
        },
        // Newsfile puts its date inside the brackets
        Row {
            input: "Ottawa, Ontario--(Newsfile Corp. - November 28, 2026) - Acme Corp. announced a deal.",
            dateline: "Ottawa, Ontario--(Newsfile Corp. - November 28, 2026) -",
            place: Some("Ottawa, Ontario"),
            city: Some("Ottawa"),
            region: Some("Ontario"),
            region_name: Some("Ontario"),
            country: Some("Canada"),
            date: Some("November 28, 2026"),
            ymd: (Some(2026), Some(11), Some(28)),
            iso: Some("2026-11-28"),
            source: Some("Newsfile Corp."),
            agencies: &["Newsfile Corp."],
            separator: Some(("-", Hyphen)),
            body: "Acme Corp. announced a deal.",
            ..R
        },
        // Prensa Latina's short tag, the story run on with no separator
        Row {
            input: "Havana, Nov 12 (PL) Delegates called for reform of the lending rules.",
            dateline: "Havana, Nov 12 (PL)",
            place: Some("Havana"),
            city: Some("Havana"),
            country: Some("Cuba"),
            date: Some("Nov 12"),
            ymd: (None, Some(11), Some(12)),
            iso: Some("2026-11-12"),
            year_inferred: true,
            source: Some("PL"),
            agencies: &["Prensa Latina"],
            body: "Delegates called for reform of the lending rules.",
            ..R
        },
        // Chainwire's credit after the date ends its line
        Row {
            input: "Zug, Switzerland, March 2nd, 2026, Chainwire\nAcme Chain today launched its network.",
            dateline: "Zug, Switzerland, March 2nd, 2026, Chainwire",
            place: Some("Zug, Switzerland"),
            city: Some("Zug"),
            country: Some("Switzerland"),
            date: Some("March 2nd, 2026"),
            ymd: (Some(2026), Some(3), Some(2)),
            iso: Some("2026-03-02"),
            source: Some("Chainwire"),
            agencies: &["Chainwire"],
            body: "Acme Chain today launched its network.",
            ..R
        },
        // (or the release runs on after it, as sites that repost it print
        // it, with no separator)
        Row {
            input: "Zug, Switzerland, October 21st, 2025, Chainwire Acme Wallet has rolled out passkey login.",
            dateline: "Zug, Switzerland, October 21st, 2025, Chainwire",
            place: Some("Zug, Switzerland"),
            city: Some("Zug"),
            country: Some("Switzerland"),
            date: Some("October 21st, 2025"),
            ymd: (Some(2025), Some(10), Some(21)),
            iso: Some("2025-10-21"),
            source: Some("Chainwire"),
            agencies: &["Chainwire"],
            body: "Acme Wallet has rolled out passkey login.",
            ..R
        },
        Row {
            input: "TORONTO, Jan. 5, 2026 (GLOBE NEWSWIRE) -- Maple Ltd. filed results.",
            dateline: "TORONTO, Jan. 5, 2026 (GLOBE NEWSWIRE) --",
            place: Some("TORONTO"),
            city: Some("TORONTO"),
            country: Some("Canada"),
            date: Some("Jan. 5, 2026"),
            ymd: (Some(2026), Some(1), Some(5)),
            iso: Some("2026-01-05"),
            source: Some("GLOBE NEWSWIRE"),
            agencies: &["GlobeNewswire"],
            separator: Some(("--", DoubleHyphen)),
            body: "Maple Ltd. filed results.",
            ..R
        },
        // a wire's release as a distributor passes it on
        Row {
            input: "NEW YORK, NY, Nov. 28, 2026 (MARKETWIRED via COMTEX) -- Acme Corp. opened a yard.",
            dateline: "NEW YORK, NY, Nov. 28, 2026 (MARKETWIRED via COMTEX) --",
            place: Some("NEW YORK, NY"),
            city: Some("NEW YORK"),
            region: Some("NY"),
            region_name: Some("New York"),
            country: US,
            date: Some("Nov. 28, 2026"),
            ymd: (Some(2026), Some(11), Some(28)),
            iso: Some("2026-11-28"),
            source: Some("MARKETWIRED via COMTEX"),
            agencies: &["Marketwired", "COMTEX"],
            separator: Some(("--", DoubleHyphen)),
            body: "Acme Corp. opened a yard.",
            ..R
        },
        Row {
            input: "RALEIGH, NC / ACCESSWIRE / December 5, 2023 / Pine Co. announced a deal.",
            dateline: "RALEIGH, NC / ACCESSWIRE / December 5, 2023 /",
            place: Some("RALEIGH, NC"),
            city: Some("RALEIGH"),
            region: Some("NC"),
            region_name: Some("North Carolina"),
            country: US,
            date: Some("December 5, 2023"),
            ymd: (Some(2023), Some(12), Some(5)),
            iso: Some("2023-12-05"),
            source: Some("ACCESSWIRE"),
            agencies: &["ACCESS Newswire"],
            separator: Some(("/", Slash)),
            body: "Pine Co. announced a deal.",
            ..R
        },
        Row {
            input: "AUSTIN, TX / ACCESSWIRE / March 1, 2024 / Oak Inc. closed a round.",
            dateline: "AUSTIN, TX / ACCESSWIRE / March 1, 2024 /",
            place: Some("AUSTIN, TX"),
            city: Some("AUSTIN"),
            region: Some("TX"),
            region_name: Some("Texas"),
            country: US,
            date: Some("March 1, 2024"),
            ymd: (Some(2024), Some(3), Some(1)),
            iso: Some("2024-03-01"),
            source: Some("ACCESSWIRE"),
            agencies: &["ACCESS Newswire"],
            separator: Some(("/", Slash)),
            body: "Oak Inc. closed a round.",
            ..R
        },
        Row {
            input: "NEW YORK, NY (September 16, 2023) – Elm LLC expanded.",
            dateline: "NEW YORK, NY (September 16, 2023) –",
            place: Some("NEW YORK, NY"),
            city: Some("NEW YORK"),
            region: Some("NY"),
            region_name: Some("New York"),
            country: US,
            date: Some("September 16, 2023"),
            ymd: (Some(2023), Some(9), Some(16)),
            iso: Some("2023-09-16"),
            separator: Some(("–", EnDash)),
            body: "Elm LLC expanded.",
            ..R
        },
        Row {
            input: "DENVER, CO (June 3, 2025) — Aspen Corp. hired staff.",
            dateline: "DENVER, CO (June 3, 2025) —",
            place: Some("DENVER, CO"),
            city: Some("DENVER"),
            region: Some("CO"),
            region_name: Some("Colorado"),
            country: US,
            date: Some("June 3, 2025"),
            ymd: (Some(2025), Some(6), Some(3)),
            iso: Some("2025-06-03"),
            separator: Some(("—", EmDash)),
            body: "Aspen Corp. hired staff.",
            ..R
        },
    ]);
    // a place and date in brackets needs the date's year, a place (no
    // agency or aside) and a story's capital or a dash after the bracket
    assert_no_dateline(&[
        "(Shanghai, 28 November) Acme Robotics today opened a plant.",
        "(Reuters, November 28, 2026) - Oil prices rose on Friday.",
        "(UPDATE, Nov. 28, 2026) The council voted on Tuesday.",
        "(Shanghai, 28 November 2026) and then the plant opened.",
        "(see chart, Nov. 28, 2026) Stocks rose.",
        "(Shanghai, 28 November 2026 and after) Acme opened a plant.",
        // after a bare date and a comma, a place in capitals or known to the
        // tables, then a dash
        "November 28, 2026, the council met again to vote.",
        "November 28, 2026, Acme Corp. announced results – The board met.",
        "Nov. 28, 2026, Springfieldia – The board met.",
        "Nov. 28, WASHINGTON -- The board met.",
        // names joined by `and` or `&`, in mixed case, are no places
        "Smith and Jones - The firm said it would merge.",
        "Salt and pepper: The cook said it was enough.",
        "Smith & Jones - The firm said it would merge.",
    ]);
}

#[test]
fn datelines_alone_on_their_line() {
    check(&[
        Row {
            input: "LONDON 1996-08-30\nBritain's shares rose on Friday.\n",
            dateline: "LONDON 1996-08-30",
            place: Some("LONDON"),
            city: Some("LONDON"),
            country: Some("United Kingdom"),
            date: Some("1996-08-30"),
            ymd: (Some(1996), Some(8), Some(30)),
            iso: Some("1996-08-30"),
            body: "Britain's shares rose on Friday.",
            ..R
        },
        Row {
            input: "MONTGOMERY, Ala. 1996-08-22\nThe governor signed the bill.\n",
            dateline: "MONTGOMERY, Ala. 1996-08-22",
            place: Some("MONTGOMERY, Ala."),
            city: Some("MONTGOMERY"),
            region: Some("Ala."),
            region_name: Some("Alabama"),
            country: US,
            date: Some("1996-08-22"),
            ymd: (Some(1996), Some(8), Some(22)),
            iso: Some("1996-08-22"),
            body: "The governor signed the bill.",
            ..R
        },
        Row {
            input: "WASHINGTON (AP) —\nThe Senate voted on Tuesday.\n",
            dateline: "WASHINGTON (AP) —",
            place: Some("WASHINGTON"),
            city: Some("WASHINGTON"),
            country: US,
            source: Some("AP"),
            agencies: &["The Associated Press"],
            separator: Some(("—", EmDash)),
            body: "The Senate voted on Tuesday.",
            ..R
        },
        // with the time it was filed, as The Hindu prints it
        Row {
            input: "CHENNAI, November 28, 2026 00:00 IST\nThe council met.\n",
            dateline: "CHENNAI, November 28, 2026 00:00 IST",
            place: Some("CHENNAI"),
            city: Some("CHENNAI"),
            country: Some("India"),
            date: Some("November 28, 2026"),
            ymd: (Some(2026), Some(11), Some(28)),
            iso: Some("2026-11-28"),
            body: "The council met.",
            ..R
        },
        // (after a slash, as Catholic News Agency prints it)
        Row {
            input: "Vatican City, Mar 3, 2026 / 11:40 am\nThe dicastery released a guide.\n",
            dateline: "Vatican City, Mar 3, 2026 / 11:40 am",
            place: Some("Vatican City"),
            city: Some("Vatican City"),
            country: Some("Vatican City"),
            date: Some("Mar 3, 2026"),
            ymd: (Some(2026), Some(3), Some(3)),
            iso: Some("2026-03-03"),
            body: "The dicastery released a guide.",
            ..R
        },
        Row {
            input: "LONDON, Nov. 28, 2026 10.45 a.m. GMT\nShares fell.\n",
            dateline: "LONDON, Nov. 28, 2026 10.45 a.m. GMT",
            place: Some("LONDON"),
            city: Some("LONDON"),
            country: Some("United Kingdom"),
            date: Some("Nov. 28, 2026"),
            ymd: (Some(2026), Some(11), Some(28)),
            iso: Some("2026-11-28"),
            body: "Shares fell.",
            ..R
        },
        // hard-wrapped copy that broke the dateline before its tag
        Row {
            input: "SAN FRANCISCO, California, Nov. 28\n(Reuters) - The council voted to close\nthe bridge.\n",
            dateline: "SAN FRANCISCO, California, Nov. 28\n(Reuters) -",
            place: Some("SAN FRANCISCO, California"),
            city: Some("SAN FRANCISCO"),
            region: Some("California"),
            region_name: Some("California"),
            country: US,
            date: Some("Nov. 28"),
            ymd: (None, Some(11), Some(28)),
            iso: Some("2026-11-28"),
            year_inferred: true,
            source: Some("Reuters"),
            agencies: &["Reuters"],
            separator: Some(("-", Hyphen)),
            body: "The council voted to close\nthe bridge.",
            ..R
        },
        // the separator alone opening the next line
        Row {
            input: "ULAANBAATAR, Nov. 28 (Xinhua)\n-- The parliament approved the budget.\n",
            dateline: "ULAANBAATAR, Nov. 28 (Xinhua)\n--",
            place: Some("ULAANBAATAR"),
            city: Some("ULAANBAATAR"),
            country: Some("Mongolia"),
            date: Some("Nov. 28"),
            ymd: (None, Some(11), Some(28)),
            iso: Some("2026-11-28"),
            year_inferred: true,
            source: Some("Xinhua"),
            agencies: &["Xinhua News Agency"],
            separator: Some(("--", DoubleHyphen)),
            body: "The parliament approved the budget.",
            ..R
        },
        // a dash opening a lower-case line is no separator
        Row {
            input: "ULAANBAATAR, Nov. 28 (Xinhua)\n- the list went on.\n",
            dateline: "ULAANBAATAR, Nov. 28 (Xinhua)",
            place: Some("ULAANBAATAR"),
            city: Some("ULAANBAATAR"),
            country: Some("Mongolia"),
            date: Some("Nov. 28"),
            ymd: (None, Some(11), Some(28)),
            iso: Some("2026-11-28"),
            year_inferred: true,
            source: Some("Xinhua"),
            agencies: &["Xinhua News Agency"],
            body: "- the list went on.",
            ..R
        },
        // a story run on after the tag keeps its dateline on the line
        Row {
            input: "New Delhi, Nov 28 (IANS) The minister said the talks\n- Officials would meet again.\n",
            dateline: "New Delhi, Nov 28 (IANS)",
            place: Some("New Delhi"),
            city: Some("New Delhi"),
            country: Some("India"),
            date: Some("Nov 28"),
            ymd: (None, Some(11), Some(28)),
            iso: Some("2026-11-28"),
            year_inferred: true,
            source: Some("IANS"),
            agencies: &["Indo-Asian News Service"],
            body: "The minister said the talks\n- Officials would meet again.",
            ..R
        },
        // a release's wire tag in slashes on the next line
        Row {
            input: "RANCHO SANTA MARGARITA, Calif., Nov. 28, 2026\n/PRNewswire/ -- Acme Corp. opened a plant.\n",
            dateline: "RANCHO SANTA MARGARITA, Calif., Nov. 28, 2026\n/PRNewswire/ --",
            place: Some("RANCHO SANTA MARGARITA, Calif."),
            city: Some("RANCHO SANTA MARGARITA"),
            region: Some("Calif."),
            region_name: Some("California"),
            country: US,
            date: Some("Nov. 28, 2026"),
            ymd: (Some(2026), Some(11), Some(28)),
            iso: Some("2026-11-28"),
            source: Some("PRNewswire"),
            agencies: &["PR Newswire"],
            separator: Some(("--", DoubleHyphen)),
            body: "Acme Corp. opened a plant.",
            ..R
        },
        Row {
            input: "  LONDON, Nov. 28\r\n  (AFP) — Shares fell.\r\n",
            dateline: "LONDON, Nov. 28\r\n  (AFP) —",
            place: Some("LONDON"),
            city: Some("LONDON"),
            country: Some("United Kingdom"),
            date: Some("Nov. 28"),
            ymd: (None, Some(11), Some(28)),
            iso: Some("2026-11-28"),
            year_inferred: true,
            source: Some("AFP"),
            agencies: &["Agence France-Presse"],
            separator: Some(("—", EmDash)),
            body: "Shares fell.",
            ..R
        },
        // AP's place set on a line of its own, its tag opening the next
        Row {
            input: "WASHINGTON\n(AP) — The Senate voted on Tuesday.\n",
            dateline: "WASHINGTON\n(AP) —",
            place: Some("WASHINGTON"),
            city: Some("WASHINGTON"),
            country: US,
            source: Some("AP"),
            agencies: &["The Associated Press"],
            separator: Some(("—", EmDash)),
            body: "The Senate voted on Tuesday.",
            ..R
        },
        // a region run on to the city, as a place alone over its tag
        Row {
            input: "WASHINGTON DC\n(AP) — The Senate voted on Tuesday.\n",
            dateline: "WASHINGTON DC\n(AP) —",
            place: Some("WASHINGTON DC"),
            city: Some("WASHINGTON"),
            region: Some("DC"),
            region_name: Some("District of Columbia"),
            country: US,
            source: Some("AP"),
            agencies: &["The Associated Press"],
            separator: Some(("—", EmDash)),
            body: "The Senate voted on Tuesday.",
            ..R
        },
        Row {
            input: "Levee holds\n\nBATON ROUGE, La.\n(AP) — The river crested on Tuesday.\n",
            dateline: "BATON ROUGE, La.\n(AP) —",
            place: Some("BATON ROUGE, La."),
            city: Some("BATON ROUGE"),
            region: Some("La."),
            region_name: Some("Louisiana"),
            country: US,
            source: Some("AP"),
            agencies: &["The Associated Press"],
            separator: Some(("—", EmDash)),
            body: "The river crested on Tuesday.",
            ..R
        },
        Row {
            input: "  MANILA, Philippines\n  (Reuters) - Rain fell.\n",
            dateline: "MANILA, Philippines\n  (Reuters) -",
            place: Some("MANILA, Philippines"),
            city: Some("MANILA"),
            country: Some("Philippines"),
            source: Some("Reuters"),
            agencies: &["Reuters"],
            separator: Some(("-", Hyphen)),
            body: "Rain fell.",
            ..R
        },
        // not so when the line above is no known place in capitals: the tag
        // opens a dateline of its own
        Row {
            input: "BREAKING\n(AP) — The Senate voted on Tuesday.\n",
            dateline: "(AP) —",
            source: Some("AP"),
            agencies: &["The Associated Press"],
            separator: Some(("—", EmDash)),
            body: "The Senate voted on Tuesday.",
            ..R
        },
        Row {
            input: "Washington\n(AP) — The Senate voted on Tuesday.\n",
            dateline: "(AP) —",
            source: Some("AP"),
            agencies: &["The Associated Press"],
            separator: Some(("—", EmDash)),
            body: "The Senate voted on Tuesday.",
            ..R
        },
        Row {
            input: "ACME HOLDINGS\n(Reuters) - The company cut its forecast.\n",
            dateline: "(Reuters) -",
            source: Some("Reuters"),
            agencies: &["Reuters"],
            separator: Some(("-", Hyphen)),
            body: "The company cut its forecast.",
            ..R
        },
        // a bracket that opens no tag and separator leaves the line alone
        Row {
            input: "LONDON 1996-08-30\n(The figures are provisional.) Shares rose.\n",
            dateline: "LONDON 1996-08-30",
            place: Some("LONDON"),
            city: Some("LONDON"),
            country: Some("United Kingdom"),
            date: Some("1996-08-30"),
            ymd: (Some(1996), Some(8), Some(30)),
            iso: Some("1996-08-30"),
            body: "(The figures are provisional.) Shares rose.",
            ..R
        },
        Row {
            input: "BRUSSELS 1996-08-27\r\nEU ministers met on Tuesday.\r\n",
            dateline: "BRUSSELS 1996-08-27",
            place: Some("BRUSSELS"),
            city: Some("BRUSSELS"),
            country: Some("Belgium"),
            date: Some("1996-08-27"),
            ymd: (Some(1996), Some(8), Some(27)),
            iso: Some("1996-08-27"),
            body: "EU ministers met on Tuesday.",
            ..R
        },
    ]);
}

/// Fitch's name runs onto its place with a hyphen only before a place, a
/// hyphen, a date and a colon; a source lead is otherwise not extended by
/// a hyphen before a digit.
#[test]
fn a_credit_run_onto_its_place_needs_the_dated_colon() {
    assert_no_dateline(&[
        "Fitch Ratings-New York-03 March 2015 Fitch Ratings has affirmed.",
        "Fitch Ratings-New York said on Tuesday it would review the bank.",
    ]);
    // a run-on credit's place must be known: `AFP-JIJI` names two agencies
    let d = dateline::parse_dateline("AFP-JIJI - The talks resumed.");
    assert_eq!(d.map(|d| d.source().is_none()), Some(true));
    for (input, dateline) in [
        ("Reuters - Acme 2-1 win: The team won.", "Reuters -"),
        (
            "Reuters - the plan-2 March 2015: The team won.",
            "Reuters -",
        ),
        ("Reuters - Chicago-03 March 2015 The team won.", "Reuters -"),
        (
            "Reuters - Acme Talks 2-3 March 2015: The talks ran on.",
            "Reuters -",
        ),
        (
            "Reuters - Talks stalled-3 March 2015: The talks ran on.",
            "Reuters -",
        ),
        // a period's dash before a bracket that is no tag
        (
            "PARIS, Jan. 27.—(The cabinet fell)— said.",
            "PARIS, Jan. 27.—",
        ),
        // the place's own hyphen is kept
        (
            "Fitch Ratings-Baden-Baden-03 March 2015: Fitch has affirmed.",
            "Fitch Ratings-Baden-Baden-03 March 2015:",
        ),
    ] {
        let d = dateline::parse_dateline(input).map(|d| d.as_str());
        assert_eq!(d, Some(dateline), "{input:?}");
    }
}

#[test]
fn a_weekday_alone_names_no_calendar_day() {
    let reference = chrono::NaiveDate::from_ymd_opt(2026, 11, 30);
    let parser = reference.map_or_else(Parser::new, |r| Parser::new().reference_date(r));
    let article = parser
        .parse("LONDON, Sunday (Reuters) - Ministers met.")
        .expect("no limits set");
    let date = article.dateline().and_then(|d| d.date()).expect("a date");
    assert_eq!(date.weekday(), Some(chrono::Weekday::Sun));
    assert_eq!((date.year(), date.month(), date.day()), (None, None, None));
    assert_eq!(date.to_naive_date(), None);
    assert!(!date.is_year_inferred());
    // only before a tag or a separator: else the line reads on as a sentence
    assert_no_dateline(&[
        "LONDON, Sunday, the city was quiet.",
        "LONDON, Sunday morning (Reuters) - Ministers met.",
        "LONDON, Sunday",
        "LONDON, Sunday. the city was quiet.",
    ]);
    // a weekday opening a name is no date
    let d = dateline::parse_dateline("LONDON, Sunday Times (Reuters) - The paper said.");
    assert_eq!(d.map(|d| d.date().is_none()), Some(true));
}

#[test]
fn weekdays_and_abbreviated_months() {
    check(&[
        // a weekday alone is the date, not a qualifier of the place
        Row {
            input: "LONDON, Sunday (Reuters) - Britain's finance minister spoke.",
            dateline: "LONDON, Sunday (Reuters) -",
            place: Some("LONDON"),
            city: Some("LONDON"),
            country: Some("United Kingdom"),
            date: Some("Sunday"),
            source: Some("Reuters"),
            agencies: &["Reuters"],
            separator: Some(("-", Hyphen)),
            body: "Britain's finance minister spoke.",
            ..R
        },
        Row {
            input: "PARIS, Mon. — The cabinet met.",
            dateline: "PARIS, Mon. —",
            place: Some("PARIS"),
            city: Some("PARIS"),
            country: Some("France"),
            date: Some("Mon."),
            separator: Some(("—", EmDash)),
            body: "The cabinet met.",
            ..R
        },
        Row {
            input: "WASHINGTON, Tuesday, March 3 - The House adjourned.",
            reference: Some("2026-03-04"),
            dateline: "WASHINGTON, Tuesday, March 3 -",
            place: Some("WASHINGTON"),
            city: Some("WASHINGTON"),
            country: US,
            date: Some("Tuesday, March 3"),
            ymd: (None, Some(3), Some(3)),
            iso: Some("2026-03-03"),
            year_inferred: true,
            separator: Some(("-", Hyphen)),
            body: "The House adjourned.",
            ..R
        },
        Row {
            input: "OTTAWA, Sept 5 - Canada's dollar rose.",
            reference: Some("2026-09-06"),
            dateline: "OTTAWA, Sept 5 -",
            place: Some("OTTAWA"),
            city: Some("OTTAWA"),
            country: Some("Canada"),
            date: Some("Sept 5"),
            ymd: (None, Some(9), Some(5)),
            iso: Some("2026-09-05"),
            year_inferred: true,
            separator: Some(("-", Hyphen)),
            body: "Canada's dollar rose.",
            ..R
        },
        Row {
            input: "CAIRO, Jul. 13 - Egypt's budget grew.",
            reference: Some("2026-07-14"),
            dateline: "CAIRO, Jul. 13 -",
            place: Some("CAIRO"),
            city: Some("CAIRO"),
            country: Some("Egypt"),
            date: Some("Jul. 13"),
            ymd: (None, Some(7), Some(13)),
            iso: Some("2026-07-13"),
            year_inferred: true,
            separator: Some(("-", Hyphen)),
            body: "Egypt's budget grew.",
            ..R
        },
    ]);
}

#[test]
fn impossible_dates_keep_their_text() {
    check(&[
        Row {
            input: "MANILA, March 187 - Typhoon warnings were raised.",
            dateline: "MANILA, March 187 -",
            place: Some("MANILA"),
            city: Some("MANILA"),
            country: Some("Philippines"),
            date: Some("March 187"),
            ymd: (None, Some(3), Some(187)),
            separator: Some(("-", Hyphen)),
            body: "Typhoon warnings were raised.",
            ..R
        },
        Row {
            input: "PARIS, Feb 30 - The strike spread.",
            dateline: "PARIS, Feb 30 -",
            place: Some("PARIS"),
            city: Some("PARIS"),
            country: Some("France"),
            date: Some("Feb 30"),
            ymd: (None, Some(2), Some(30)),
            separator: Some(("-", Hyphen)),
            body: "The strike spread.",
            ..R
        },
        Row {
            input: "OSLO, Feb 30, 2024 (AFP) - Norway's fund grew.",
            dateline: "OSLO, Feb 30, 2024 (AFP) -",
            place: Some("OSLO"),
            city: Some("OSLO"),
            country: Some("Norway"),
            date: Some("Feb 30, 2024"),
            ymd: (Some(2024), Some(2), Some(30)),
            source: Some("AFP"),
            agencies: &["Agence France-Presse"],
            separator: Some(("-", Hyphen)),
            body: "Norway's fund grew.",
            ..R
        },
    ]);
}

#[test]
fn year_inference() {
    check(&[
        Row {
            input: "LONDON, Dec 30 - Markets closed early.",
            reference: Some("2027-01-02"),
            dateline: "LONDON, Dec 30 -",
            place: Some("LONDON"),
            city: Some("LONDON"),
            country: Some("United Kingdom"),
            date: Some("Dec 30"),
            ymd: (None, Some(12), Some(30)),
            iso: Some("2026-12-30"),
            year_inferred: true,
            separator: Some(("-", Hyphen)),
            body: "Markets closed early.",
            ..R
        },
        Row {
            input: "LONDON, Jan 2 - Markets reopened.",
            reference: Some("2026-12-30"),
            dateline: "LONDON, Jan 2 -",
            place: Some("LONDON"),
            city: Some("LONDON"),
            country: Some("United Kingdom"),
            date: Some("Jan 2"),
            ymd: (None, Some(1), Some(2)),
            iso: Some("2027-01-02"),
            year_inferred: true,
            separator: Some(("-", Hyphen)),
            body: "Markets reopened.",
            ..R
        },
        Row {
            input: "LONDON, Jan 2 - Markets reopened.",
            reference: None,
            dateline: "LONDON, Jan 2 -",
            place: Some("LONDON"),
            city: Some("LONDON"),
            country: Some("United Kingdom"),
            date: Some("Jan 2"),
            ymd: (None, Some(1), Some(2)),
            separator: Some(("-", Hyphen)),
            body: "Markets reopened.",
            ..R
        },
        Row {
            input: "ROME, Feb 29 - Italy's bonds rallied.",
            reference: Some("2025-03-01"),
            dateline: "ROME, Feb 29 -",
            place: Some("ROME"),
            city: Some("ROME"),
            country: Some("Italy"),
            date: Some("Feb 29"),
            ymd: (None, Some(2), Some(29)),
            iso: Some("2024-02-29"),
            year_inferred: true,
            separator: Some(("-", Hyphen)),
            body: "Italy's bonds rallied.",
            ..R
        },
        Row {
            input: "ROME, Feb 29 - No leap year is near.",
            reference: Some("2026-06-01"),
            dateline: "ROME, Feb 29 -",
            place: Some("ROME"),
            city: Some("ROME"),
            country: Some("Italy"),
            date: Some("Feb 29"),
            ymd: (None, Some(2), Some(29)),
            separator: Some(("-", Hyphen)),
            body: "No leap year is near.",
            ..R
        },
        Row {
            input: "ROME, Feb 29, 2024 - Italy's bonds fell.",
            reference: None,
            dateline: "ROME, Feb 29, 2024 -",
            place: Some("ROME"),
            city: Some("ROME"),
            country: Some("Italy"),
            date: Some("Feb 29, 2024"),
            ymd: (Some(2024), Some(2), Some(29)),
            iso: Some("2024-02-29"),
            separator: Some(("-", Hyphen)),
            body: "Italy's bonds fell.",
            ..R
        },
    ]);
}

#[test]
fn places_regions_and_countries() {
    check(&[
        // a ship the reporter travelled on, with its article
        Row {
            input: "ABOARD THE USS NIMITZ — Deck crews worked through the night.",
            dateline: "ABOARD THE USS NIMITZ —",
            place: Some("ABOARD THE USS NIMITZ"),
            city: Some("ABOARD THE USS NIMITZ"),
            separator: Some(("—", EmDash)),
            body: "Deck crews worked through the night.",
            ..R
        },
        // a beat's place that is also a section's name (VOA's)
        Row {
            input: "WHITE HOUSE — The president named an envoy on Friday.",
            dateline: "WHITE HOUSE —",
            place: Some("WHITE HOUSE"),
            city: Some("WHITE HOUSE"),
            separator: Some(("—", EmDash)),
            body: "The president named an envoy on Friday.",
            ..R
        },
        // a city's formal name, as the Philippine News Agency prints it
        Row {
            input: "CITY OF SAN FERNANDO, Pampanga – Twelve towns signed a landfill pact.",
            dateline: "CITY OF SAN FERNANDO, Pampanga –",
            place: Some("CITY OF SAN FERNANDO, Pampanga"),
            city: Some("CITY OF SAN FERNANDO"),
            region: Some("Pampanga"),
            separator: Some(("–", EnDash)),
            body: "Twelve towns signed a landfill pact.",
            ..R
        },
        Row {
            input: "ON BOARD THE HMS ALBION — The crew trained at dawn.",
            dateline: "ON BOARD THE HMS ALBION —",
            place: Some("ON BOARD THE HMS ALBION"),
            city: Some("ON BOARD THE HMS ALBION"),
            separator: Some(("—", EmDash)),
            body: "The crew trained at dawn.",
            ..R
        },
        // a word that names a report's subject, in a place the tables know
        // by its state
        Row {
            input: "OIL CITY, Pa. — The refinery reopened.",
            dateline: "OIL CITY, Pa. —",
            place: Some("OIL CITY, Pa."),
            city: Some("OIL CITY"),
            region: Some("Pa."),
            region_name: Some("Pennsylvania"),
            country: US,
            separator: Some(("—", EmDash)),
            body: "The refinery reopened.",
            ..R
        },
        // a town in title case the tables do not know, before a long dash
        Row {
            input: "Cupertino — Facing a fifth year of drought, the water board met.",
            dateline: "Cupertino —",
            place: Some("Cupertino"),
            city: Some("Cupertino"),
            separator: Some(("—", EmDash)),
            body: "Facing a fifth year of drought, the water board met.",
            ..R
        },
        Row {
            input: "Oak Park -- The village board voted on Tuesday to extend library hours.",
            dateline: "Oak Park --",
            place: Some("Oak Park"),
            city: Some("Oak Park"),
            separator: Some(("--", DoubleHyphen)),
            body: "The village board voted on Tuesday to extend library hours.",
            ..R
        },
        // a period closing the date, as British papers set it
        Row {
            input: "BONN, October 3. The government approved a plan for the mines.",
            reference: Some("1958-10-05"),
            dateline: "BONN, October 3.",
            place: Some("BONN"),
            city: Some("BONN"),
            country: Some("Germany"),
            date: Some("October 3"),
            ymd: (None, Some(10), Some(3)),
            iso: Some("1958-10-03"),
            year_inferred: true,
            separator: Some((".", Other)),
            body: "The government approved a plan for the mines.",
            ..R
        },
        // a known city and its country before the date, as Trend sets it
        Row {
            input: "BAKU, Azerbaijan, Nov. 28. Talks on a second ferry line began.",
            dateline: "BAKU, Azerbaijan, Nov. 28.",
            place: Some("BAKU, Azerbaijan"),
            city: Some("BAKU"),
            country: Some("Azerbaijan"),
            date: Some("Nov. 28"),
            ymd: (None, Some(11), Some(28)),
            iso: Some("2026-11-28"),
            year_inferred: true,
            separator: Some((".", Other)),
            body: "Talks on a second ferry line began.",
            ..R
        },
        // the period after a month's name closes the dateline too
        Row {
            input: "BOMBAY, 25th April. The weekly return shows a decline.",
            reference: Some("1926-04-27"),
            dateline: "BOMBAY, 25th April.",
            place: Some("BOMBAY"),
            city: Some("BOMBAY"),
            country: Some("India"),
            date: Some("25th April"),
            ymd: (None, Some(4), Some(25)),
            iso: Some("1926-04-25"),
            year_inferred: true,
            separator: Some((".", Other)),
            body: "The weekly return shows a decline.",
            ..R
        },
        // a paper's credit for a writer not on its staff, in the tag's place
        Row {
            input: "RICHMOND, Va. (Special to the AFRO) — Teachers will be paid alike.",
            dateline: "RICHMOND, Va. (Special to the AFRO) —",
            place: Some("RICHMOND, Va."),
            city: Some("RICHMOND"),
            region: Some("Va."),
            region_name: Some("Virginia"),
            country: US,
            source: Some("Special to the AFRO"),
            agencies: &["Special to the AFRO"],
            separator: Some(("—", EmDash)),
            body: "Teachers will be paid alike.",
            ..R
        },
        // an elided article inside a name
        Row {
            input: "Coeur d'Alene, Idaho — Volunteers cleared the shore.",
            dateline: "Coeur d'Alene, Idaho —",
            place: Some("Coeur d'Alene, Idaho"),
            city: Some("Coeur d'Alene"),
            region: Some("Idaho"),
            region_name: Some("Idaho"),
            country: US,
            separator: Some(("—", EmDash)),
            body: "Volunteers cleared the shore.",
            ..R
        },
        // lower-case words inside a town's name, with its state
        Row {
            input: "Truth or Consequences, N.M. — The hot springs reopened.",
            dateline: "Truth or Consequences, N.M. —",
            place: Some("Truth or Consequences, N.M."),
            city: Some("Truth or Consequences"),
            region: Some("N.M."),
            region_name: Some("New Mexico"),
            country: US,
            separator: Some(("—", EmDash)),
            body: "The hot springs reopened.",
            ..R
        },
        Row {
            input: "LAKE IN THE HILLS, Ill. (AP) — The village board met.",
            dateline: "LAKE IN THE HILLS, Ill. (AP) —",
            place: Some("LAKE IN THE HILLS, Ill."),
            city: Some("LAKE IN THE HILLS"),
            region: Some("Ill."),
            region_name: Some("Illinois"),
            country: US,
            source: Some("AP"),
            agencies: &["The Associated Press"],
            separator: Some(("—", EmDash)),
            body: "The village board met.",
            ..R
        },
        Row {
            input: "Lake in the Hills, Ill. — The village board met.",
            dateline: "Lake in the Hills, Ill. —",
            place: Some("Lake in the Hills, Ill."),
            city: Some("Lake in the Hills"),
            region: Some("Ill."),
            region_name: Some("Illinois"),
            country: US,
            separator: Some(("—", EmDash)),
            body: "The village board met.",
            ..R
        },
        Row {
            input: "WINSTON-SALEM, N.C., March 4 - Reynolds said.",
            reference: Some("2026-03-05"),
            dateline: "WINSTON-SALEM, N.C., March 4 -",
            place: Some("WINSTON-SALEM, N.C."),
            city: Some("WINSTON-SALEM"),
            region: Some("N.C."),
            region_name: Some("North Carolina"),
            country: US,
            date: Some("March 4"),
            ymd: (None, Some(3), Some(4)),
            iso: Some("2026-03-04"),
            year_inferred: true,
            separator: Some(("-", Hyphen)),
            body: "Reynolds said.",
            ..R
        },
        Row {
            input: "ALBANY, New York, March 5 - The legislature met.",
            reference: Some("2026-03-05"),
            dateline: "ALBANY, New York, March 5 -",
            place: Some("ALBANY, New York"),
            city: Some("ALBANY"),
            region: Some("New York"),
            region_name: Some("New York"),
            country: US,
            date: Some("March 5"),
            ymd: (None, Some(3), Some(5)),
            iso: Some("2026-03-05"),
            year_inferred: true,
            separator: Some(("-", Hyphen)),
            body: "The legislature met.",
            ..R
        },
        Row {
            input: "SACRAMENTO, California (AP) — Lawmakers passed a budget.",
            dateline: "SACRAMENTO, California (AP) —",
            place: Some("SACRAMENTO, California"),
            city: Some("SACRAMENTO"),
            region: Some("California"),
            region_name: Some("California"),
            country: US,
            source: Some("AP"),
            agencies: &["The Associated Press"],
            separator: Some(("—", EmDash)),
            body: "Lawmakers passed a budget.",
            ..R
        },
        Row {
            input: "VANCOUVER, B.C., March 3 - Lumber prices rose.",
            reference: Some("2026-03-05"),
            dateline: "VANCOUVER, B.C., March 3 -",
            place: Some("VANCOUVER, B.C."),
            city: Some("VANCOUVER"),
            region: Some("B.C."),
            region_name: Some("British Columbia"),
            country: Some("Canada"),
            date: Some("March 3"),
            ymd: (None, Some(3), Some(3)),
            iso: Some("2026-03-03"),
            year_inferred: true,
            separator: Some(("-", Hyphen)),
            body: "Lumber prices rose.",
            ..R
        },
        Row {
            input: "REGINA, Sask. (CP) - Potash output rose.",
            dateline: "REGINA, Sask. (CP) -",
            place: Some("REGINA, Sask."),
            city: Some("REGINA"),
            region: Some("Sask."),
            region_name: Some("Saskatchewan"),
            country: Some("Canada"),
            source: Some("CP"),
            agencies: &["The Canadian Press"],
            separator: Some(("-", Hyphen)),
            body: "Potash output rose.",
            ..R
        },
        Row {
            input: "SEATTLE, WA (March 4, 2025) — Cedar Inc. grew.",
            dateline: "SEATTLE, WA (March 4, 2025) —",
            place: Some("SEATTLE, WA"),
            city: Some("SEATTLE"),
            region: Some("WA"),
            region_name: Some("Washington"),
            country: US,
            date: Some("March 4, 2025"),
            ymd: (Some(2025), Some(3), Some(4)),
            iso: Some("2025-03-04"),
            separator: Some(("—", EmDash)),
            body: "Cedar Inc. grew.",
            ..R
        },
        Row {
            input: "BOGOTA, Colombia, Feb 9 - Coffee exports rose.",
            reference: Some("2026-02-10"),
            dateline: "BOGOTA, Colombia, Feb 9 -",
            place: Some("BOGOTA, Colombia"),
            city: Some("BOGOTA"),
            country: Some("Colombia"),
            date: Some("Feb 9"),
            ymd: (None, Some(2), Some(9)),
            iso: Some("2026-02-09"),
            year_inferred: true,
            separator: Some(("-", Hyphen)),
            body: "Coffee exports rose.",
            ..R
        },
        Row {
            input: "SPRINGFIELD, Ill., March 2 - The state budget passed.",
            reference: Some("2026-03-05"),
            dateline: "SPRINGFIELD, Ill., March 2 -",
            place: Some("SPRINGFIELD, Ill."),
            city: Some("SPRINGFIELD"),
            region: Some("Ill."),
            region_name: Some("Illinois"),
            country: US,
            date: Some("March 2"),
            ymd: (None, Some(3), Some(2)),
            iso: Some("2026-03-02"),
            year_inferred: true,
            separator: Some(("-", Hyphen)),
            body: "The state budget passed.",
            ..R
        },
        Row {
            input: "Headline Over the Story\n\nMIAMI, Fla. (AP) — A hurricane neared.\n",
            dateline: "MIAMI, Fla. (AP) —",
            place: Some("MIAMI, Fla."),
            city: Some("MIAMI"),
            region: Some("Fla."),
            region_name: Some("Florida"),
            country: US,
            source: Some("AP"),
            agencies: &["The Associated Press"],
            separator: Some(("—", EmDash)),
            body: "A hurricane neared.",
            ..R
        },
    ]);
}

/// Ordinary openings: none of them has a dateline.
#[test]
fn ordinary_openings_have_no_dateline() {
    let openings = [
        "The company said on March 3 - its shares would rise.",
        "In Washington, officials said nothing new.",
        // a word in title case before a dash: a hyphen, a colon, a short
        // story, a comma, four words or a lower-case story make it none
        "Critics - The plan is flawed and will cost too much, they said.",
        "Cupertino: Facing a fifth year of drought, the water board met.",
        "Cupertino — Yes, it rained.",
        "Madam, — I read with dismay that the post office is to close.",
        "Thanks, Mom — We finally finished the kitchen after three long years.",
        // a period after a date: a death notice's, or a lower-case story
        "NGUYEN, Thi Lan. March 4, 2024. Loving mother and grandmother.",
        "POE, Georgia, March 4, 2024. Loving mother and grandmother.",
        "POE, Ann, Georgia, March 4, 2024. Loving mother and grandmother.",
        "LONDON, Mary, March 4, 2024. Loving mother and grandmother.",
        "LONDON, March 3. the text runs on.",
        "SMALLVILLE. The 3 men were found on Friday.",
        // a credit in brackets with no outlet's name
        "RICHMOND, Va. (Special to the editor) — Teachers will be paid alike.",
        // a day alone before an unknown tag
        "MADRID, 2 (ACME) La empresa ha dicho que no.",
        "MADRID, 2 (ACME) - La empresa ha dicho que no.",
        "MADRID, 45 (EUROPA PRESS) La empresa ha dicho que no.",
        // a desk's code after an agency, but a long word or a code first
        "Smallville (dpa/photos) - The dam broke on Friday.",
        "Smallville (lby/dpa) - The dam broke on Friday.",
        "New Plan For Schools — The board voted on Tuesday night to approve it.",
        "Officials — including the mayor and two council members — said nothing.",
        // lower-case words a place may hold, in a sentence
        "Officials in Washington, D.C. — the capital — said nothing.",
        "Trade or Tariffs, Ill. — a pun — ran as the column's title.",
        "He declined to comment.",
        "Mr. Smith, 45, said he would retire.",
        "Officials said - without giving details - that talks failed.",
        "Shares rose 3 pct - the most since March.",
        "Some analysts: the market is weak.",
        "Wilcox/Gibbs - New York",
        "Politics • The city council voted to raise the tax.",
        // a stamp and a byline on one line
        "Nov. 28, 2026 — By Ann Poe",
        // an aside, a list's number or a lower-case story after brackets
        "(Photo) – A man walks past the plant.",
        "(APPLAUSE) — Thank you all for coming.",
        "(IV) – The board shall meet each year.",
        "(A) – The board shall meet each year.",
        "(The Hill) - lawmakers met on Friday.",
        "(WBBAX) - Shares of the fund rose.",
        "(Ann Poe) : The board met.",
        // (a tag after a bare date's bar and place ends the line)
        "March 3, 2026 | NASHVILLE, Tenn. (UM News) said the board would meet.",
        // a credit in square brackets needs a known agency's, a known
        // place after its dash, and a space and a capital after it
        "[Diocese of Olympia] Clergy elected a bishop on Saturday.",
        "[Episcopal News Service \u{2013} Nowhere Town] Deputies debated the budget.",
        "[ACNS]The Anglican Church of Kenya has opened a clinic.",
        "[ACNS] the Anglican Church of Kenya has opened a clinic.",
        // (a lower-case word before a tag needs a known agency's and a
        // separator, and is one word)
        "drammen (Acme): Police arrested two men overnight.",
        "drammen (NTB) police arrested two men overnight.",
        "two arrests (NTB): Police arrested two men overnight.",
        // a transcript's speaker labels and header
        "HOST: Good morning. It is Saturday.",
        "PRESS SECRETARY: Good afternoon, everybody.",
        "SEN. WALSH: Thank you, Mr. Chairman.",
        "UNIDENTIFIED MALE: Yes.",
        "ANN POE, MERIDIAN ANCHOR: Good morning.",
        "MEDIA CONTACT: Ann Poe, 555-0100",
        "DATE: November 28, 2026",
        "ANCHOR — Good evening.",
        // a phrase of capitalised and lower-case words before a date
        "Letters to the editor, Nov. 28, 2026",
        "Notes from the field, November 28, 2026 - The rain came.",
        // a date with no year before a spaced dash (a timeline's entry),
        // or an em dash touching no word
        "Nov. 27 — Talks resume in Geneva.",
        "Nov. 27—  Talks resume in Geneva.",
        "Nov. 27 —Talks resume in Geneva.",
        // an obituary's span of dates
        "June 3, 1939 – Nov. 24, 2026",
        "March 1, 1950 - December 2, 2026 Ann Poe died at home.",
        "November 28, 2026 - By Ann Poe and Tom Roe",
        // a news database's field labels
        "HEADLINE: Senate Passes Budget After Long Night",
        "BYLINE: By ANN POE",
        "SECTION: NEWS; Pg. A1",
        "LENGTH: 412 words",
        "LOAD-DATE: November 28, 2026",
        "BODY: The Senate voted on Tuesday.",
        "HIGHLIGHT: The vote ends weeks of talks.",
        "PUBLICATION-TYPE: Newspaper",
        "DOCUMENT-TYPE: News",
        "CORRECTION-DATE: November 29, 2026",
        // and a research dump's, the story's own on the next line
        "TEXT:",
        "SUMMARY: The vote ends weeks of talks.",
        "Content: The Senate voted on Tuesday.",
        "Abstract: The Senate voted on Tuesday.",
        "DESCRIPTION: The vote ends weeks of talks.",
        "TITLE:",
        "SOURCE: Xinhua",
        "URL: Harbor Times",
        "AUTHOR:",
        "CATEGORY:",
        "KEYWORDS:",
        "LANGUAGE:",
        "LINK:",
        "PUBLISHER:",
        "TAGS:",
        "ABSTRACT:",
        "CONTENT:",
        "Home • News • Politics",
        "• Taxes • Schools • Roads",
        "On March 3, the board met.",
        "March 3 - the day the plan failed - was a Tuesday.",
        "\"We are pleased,\" the chief executive said.",
        "“It was a long night,” she said.",
        "Revenue: $4.2 billion, up 3 percent.",
        "First, the good news: sales rose.",
        "1. Cut costs; 2. Raise prices.",
        "- Sales rose 3 percent",
        "* Profit fell",
        "Note: figures are unaudited.",
        "Last year, on Jan. 5, the plant closed.",
        // a day range is no year after a slash
        "LONDON, Nov 28/29 - Talks resumed.",
        // escaped markup: a tag run into the place, a name too long for a
        // tag's, an entity that is no tag
        "&lt;b&gt;NEW YORK - Oil rose.",
        "&lt;blockquote&gt; NEW YORK - Oil rose.",
        "&amp; NEW YORK - Oil rose.",
        "&lt;&gt; NEW YORK - Oil rose.",
        // `Reporting from` before no place
        "Reporting from the front lines — it was hard.",
        "Reporting from Kyiv, Ann Poe said the city was quiet.",
        // a place over a bracket that is no agency's tag
        "WASHINGTON\n(Photo by Ann Poe) — The Senate voted.",
        "WASHINGTON\n(Update 2) - The Senate voted.",
        "LONDON\n(FTSE) - Shares fell.",
        "Smith and Jones (2019) found no effect.",
        // names or a section and a date after a bar, alone on their line
        // (a byline, a kicker), or a bar with no space before it
        "Ann Poe | November 28, 2026",
        "Business | Nov. 28, 2026",
        "LAGOS| Nov. 28, 2026 - The bank held rates.",
        // or a stamp's label after the dash (Anadolu's byline)
        "Ann Poe | 28.11.2026 - Update : 28.11.2026",
        // (nor a time of day after the date's dash: Electrek's byline and
        // stamp)
        "Ann Poe | Jan 6 2026 - 7:42 am PT",
        "Ann Poe | 28.11.2026 - Updated 28.11.2026",
        // a period and a dash after a name or a sentence
        "John Smith. — The man who built the bridge died.",
        "Apple Inc. — The company said on Friday.",
        "The end. -- He left.",
        "Sales rose 3 pct. -- Analysts were surprised.",
        "On Nov. 28.-the plant closed.",
        "WORCESTER, MARCH 26, 2026..The board voted.",
        "LONDON... Shares fell in early trade.",
        "WORCESTER, Mass.....The board voted.",
        "The plan (announced in May) was dropped.",
        "Prices fell sharply -- traders said -- after the report.",
        "It rained: a lot.",
        "Yesterday - as expected - rates held.",
        "Acme Corp said its net profit rose.",
        "Investors were cautious, analysts said.",
        "When asked, he said: no.",
        "The vote, held Tuesday, March 3, passed easily.",
        "In 1987, oil prices collapsed.",
        "Q: What happens next? A: Nobody knows.",
        "Update: this story has been corrected.",
        "Sources close to the deal said the price was high.",
        "The firm (which employs 500 people) will close.",
        "A spokesman for the ministry - who asked not to be named - confirmed it.",
        "Earnings per share: 45 cents versus 30 cents.",
        "Top officials in Paris, London and Berlin agreed.",
        "Born in Lima, Peru, she moved to Spain.",
        "Gold rose - silver fell.",
        // a bare date needs its year, a dash and a capitalised story after it
        "Nov. 28, 2026 - 10:45 a.m. ET",
        "November 28, 2026 — updated",
        "March 3 - The day began early.",
        "28 November 2026: Acme plc today announced a plan.",
        "Shares rose 3.5 - analysts said.",
        // a site's time stamp, not a place and a date
        "Published On 28 Nov 2026",
        "Updated 28 November 2026",
        // a weekday opens the date, never a place
        "Monday, Nov. 28, 2026",
        "Friday, November 28, 2026",
        "TUESDAY, NOV. 28, 2026",
        // a time after the date that is not all the line holds
        "LONDON, Nov. 28, 2026 10:45 the council met",
        "LONDON, Nov. 28, 2026 10:45 GMT PST UTC",
        "LONDON, Nov. 28, 2026 10:4",
        "LONDON 10:45 GMT",
        "LONDON, Nov. 28, 2026 / 10:45 the council met",
        "LONDON, Nov. 28, 2026 /10:45",
        // a bare agency after a comma needs its separator (only a tag in
        // brackets may run into the story)
        "LONDON, Nov. 28, AP The council met.",
        // a tab after a place needs the place known and in capitals, and a
        // sentence after it
        "Paris\tFrance",
        "LONDON\tThe council met.",
        "Rochester, Minn.\tNight-shift workers lost kidney function faster.",
        "NEEPAWA\tTown council has approved the new arena.",
        "ROCHESTER, Minn.\tnight-shift workers lost kidney function faster.",
        "LITTLE ROCK, Ark. (AP)\tand a state panel met.",
        // an agency's name after a place the tables do not know, or after a
        // date, or with the story run on after it
        "Sometown - Reuters",
        "Sports \u{2022} AP",
        // (nor a release wire's without the date's year, or before a small
        // letter)
        "Zug, Switzerland, March 2nd, Chainwire Acme launched its network.",
        "Zug, Switzerland, March 2nd, 2026, Chainwire and its partners met.",
        // a place that is also a word stays out of the city table
        "Erode: The word means to wear away.",
        "Tamale - The dish comes from Mexico.",
        // an ampersand that opens no HTML dash
        "AT&T said on Tuesday it would cut jobs.",
        "Procter & Gamble &mdash; the maker of Tide &mdash; said profits rose.",
        "WASHINGTON &amp; Lee won the game.",
        "LONDON &mdash",
        // the misread dash's first bytes alone, or a misread quote
        "LONDON \u{e2}\u{20ac} The council met.",
        "LONDON \u{e2}\u{20ac}\u{2122} The council met.",
    ];
    assert_no_dateline(&openings);
}

#[test]
fn spacing_case_and_unicode_variants() {
    check(&[
        // an em dash typed as three hyphens
        Row {
            input: "EVANSTON, Ill. --- Students slept later.",
            dateline: "EVANSTON, Ill. ---",
            place: Some("EVANSTON, Ill."),
            city: Some("EVANSTON"),
            region: Some("Ill."),
            region_name: Some("Illinois"),
            country: US,
            separator: Some(("---", DoubleHyphen)),
            body: "Students slept later.",
            ..R
        },
        // PACNEWS' run of four or five hyphens, a space before it or none
        Row {
            input: "HONIARA, 17 FEBRUARY 2026 (SOLOMON STAR) ----- The parliament will meet early.",
            dateline: "HONIARA, 17 FEBRUARY 2026 (SOLOMON STAR) -----",
            place: Some("HONIARA"),
            city: Some("HONIARA"),
            country: Some("Solomon Islands"),
            date: Some("17 FEBRUARY 2026"),
            ymd: (Some(2026), Some(2), Some(17)),
            iso: Some("2026-02-17"),
            source: Some("SOLOMON STAR"),
            agencies: &["SOLOMON STAR"],
            separator: Some(("-----", DoubleHyphen)),
            body: "The parliament will meet early.",
            ..R
        },
        Row {
            input: "PORT MORESBY, 20 JANUARY 2026 (POST COURIER)---- Teachers threatened a strike.",
            dateline: "PORT MORESBY, 20 JANUARY 2026 (POST COURIER)----",
            place: Some("PORT MORESBY"),
            city: Some("PORT MORESBY"),
            country: Some("Papua New Guinea"),
            date: Some("20 JANUARY 2026"),
            ymd: (Some(2026), Some(1), Some(20)),
            iso: Some("2026-01-20"),
            source: Some("POST COURIER"),
            agencies: &["POST COURIER"],
            separator: Some(("----", DoubleHyphen)),
            body: "Teachers threatened a strike.",
            ..R
        },
        // PINA's credit to a member paper: names parted by a slash, the
        // date after a comma inside the brackets
        Row {
            input: "APIA, Samoa (Samoa Observer/PINA Nius Online, Feb. 16) --- Reporters completed a course.",
            reference: Some("2026-02-20"),
            dateline: "APIA, Samoa (Samoa Observer/PINA Nius Online, Feb. 16) ---",
            place: Some("APIA, Samoa"),
            city: Some("APIA"),
            country: Some("Samoa"),
            date: Some("Feb. 16"),
            ymd: (None, Some(2), Some(16)),
            iso: Some("2026-02-16"),
            year_inferred: true,
            source: Some("Samoa Observer/PINA Nius Online"),
            agencies: &["Samoa Observer", "PINA Nius Online"],
            separator: Some(("---", DoubleHyphen)),
            body: "Reporters completed a course.",
            ..R
        },
        Row {
            input: "SUVA, Fiji (PINA Nius Online, 2 February 2026) --- The forum met.",
            dateline: "SUVA, Fiji (PINA Nius Online, 2 February 2026) ---",
            place: Some("SUVA, Fiji"),
            city: Some("SUVA"),
            country: Some("Fiji"),
            date: Some("2 February 2026"),
            ymd: (Some(2026), Some(2), Some(2)),
            iso: Some("2026-02-02"),
            source: Some("PINA Nius Online"),
            agencies: &["PINA Nius Online"],
            separator: Some(("---", DoubleHyphen)),
            body: "The forum met.",
            ..R
        },
        Row {
            input: "PORT VILA, Vanuatu (Vanuatu Daily Post/PINA Nius Online) --- The ship sailed.",
            dateline: "PORT VILA, Vanuatu (Vanuatu Daily Post/PINA Nius Online) ---",
            place: Some("PORT VILA, Vanuatu"),
            city: Some("PORT VILA"),
            country: Some("Vanuatu"),
            source: Some("Vanuatu Daily Post/PINA Nius Online"),
            agencies: &["Vanuatu Daily Post", "PINA Nius Online"],
            separator: Some(("---", DoubleHyphen)),
            body: "The ship sailed.",
            ..R
        },
        // Trend's older tag between slashes, spaced or not, the story run
        // on with no separator; RIA's sports wire R-Sport, no lawmaker's
        // party and state
        Row {
            input: "Turkmenistan, Ashgabat, May 12 / Trend / Turkmenistan has announced a tender.",
            reference: Some("2011-05-20"),
            dateline: "Turkmenistan, Ashgabat, May 12 / Trend /",
            place: Some("Turkmenistan, Ashgabat"),
            city: Some("Turkmenistan"),
            region: Some("Ashgabat"),
            country: Some("Turkmenistan"),
            date: Some("May 12"),
            ymd: (None, Some(5), Some(12)),
            iso: Some("2011-05-12"),
            year_inferred: true,
            source: Some("Trend"),
            agencies: &["Trend News Agency"],
            body: "Turkmenistan has announced a tender.",
            ..R
        },
        Row {
            input: "Baku, May 12 /Trend/ Azerbaijan has announced a tender.",
            reference: Some("2011-05-20"),
            dateline: "Baku, May 12 /Trend/",
            place: Some("Baku"),
            city: Some("Baku"),
            country: Some("Azerbaijan"),
            date: Some("May 12"),
            ymd: (None, Some(5), Some(12)),
            iso: Some("2011-05-12"),
            year_inferred: true,
            source: Some("Trend"),
            agencies: &["Trend News Agency"],
            body: "Azerbaijan has announced a tender.",
            ..R
        },
        Row {
            input: "MOSCOW, July 19 (R-Sport) \u{2013} The club said it had signed the striker.",
            reference: Some("2013-07-20"),
            dateline: "MOSCOW, July 19 (R-Sport) \u{2013}",
            place: Some("MOSCOW"),
            city: Some("MOSCOW"),
            country: Some("Russia"),
            date: Some("July 19"),
            ymd: (None, Some(7), Some(19)),
            iso: Some("2013-07-19"),
            year_inferred: true,
            source: Some("R-Sport"),
            agencies: &["R-Sport"],
            separator: Some(("\u{2013}", EnDash)),
            body: "The club said it had signed the striker.",
            ..R
        },
        // Hürriyet Daily News' older credit line: the place, a dash and
        // the agency's full name, the story in the next block
        Row {
            input: "ANKARA - Anadolu Agency\n\nTurkish Airlines will begin flights to Djibouti.",
            dateline: "ANKARA - Anadolu Agency",
            place: Some("ANKARA"),
            city: Some("ANKARA"),
            country: Some("Turkey"),
            source: Some("Anadolu Agency"),
            agencies: &["Anadolu Agency"],
            separator: Some(("-", Hyphen)),
            body: "Turkish Airlines will begin flights to Djibouti.",
            ..R
        },
        // scraped text keeps the dash as HTML wrote it
        Row {
            input: "WASHINGTON &mdash; The Senate voted.",
            dateline: "WASHINGTON &mdash;",
            place: Some("WASHINGTON"),
            city: Some("WASHINGTON"),
            country: US,
            separator: Some(("&mdash;", EmDash)),
            body: "The Senate voted.",
            ..R
        },
        Row {
            input: "NEW YORK, March 3 (Reuters) &#8211; Bonds fell.",
            reference: Some("2026-03-03"),
            dateline: "NEW YORK, March 3 (Reuters) &#8211;",
            place: Some("NEW YORK"),
            city: Some("NEW YORK"),
            country: US,
            date: Some("March 3"),
            ymd: (None, Some(3), Some(3)),
            iso: Some("2026-03-03"),
            year_inferred: true,
            source: Some("Reuters"),
            agencies: &["Reuters"],
            separator: Some(("&#8211;", EnDash)),
            body: "Bonds fell.",
            ..R
        },
        // and the dashes' bytes read as Windows-1252 (`â€”`, `â€“`), after
        // a period too
        Row {
            input: "WASHINGTON \u{e2}\u{20ac}\u{201d} The Senate voted.",
            dateline: "WASHINGTON \u{e2}\u{20ac}\u{201d}",
            place: Some("WASHINGTON"),
            city: Some("WASHINGTON"),
            country: US,
            separator: Some(("\u{e2}\u{20ac}\u{201d}", EmDash)),
            body: "The Senate voted.",
            ..R
        },
        Row {
            input: "LONDON, March 3 (Reuters) \u{e2}\u{20ac}\u{201c} Shares fell.",
            reference: Some("2026-03-03"),
            dateline: "LONDON, March 3 (Reuters) \u{e2}\u{20ac}\u{201c}",
            place: Some("LONDON"),
            city: Some("LONDON"),
            country: Some("United Kingdom"),
            date: Some("March 3"),
            ymd: (None, Some(3), Some(3)),
            iso: Some("2026-03-03"),
            year_inferred: true,
            source: Some("Reuters"),
            agencies: &["Reuters"],
            separator: Some(("\u{e2}\u{20ac}\u{201c}", EnDash)),
            body: "Shares fell.",
            ..R
        },
        Row {
            input: "NEW ORLEANS, May 21.\u{e2}\u{20ac}\u{201d}The steamer sank.",
            reference: Some("2026-05-22"),
            dateline: "NEW ORLEANS, May 21.\u{e2}\u{20ac}\u{201d}",
            place: Some("NEW ORLEANS"),
            city: Some("NEW ORLEANS"),
            country: US,
            date: Some("May 21"),
            ymd: (None, Some(5), Some(21)),
            iso: Some("2026-05-21"),
            year_inferred: true,
            separator: Some((".\u{e2}\u{20ac}\u{201d}", Other)),
            body: "The steamer sank.",
            ..R
        },
        Row {
            input: "PARIS (AFP) &#x2014; France acted.",
            dateline: "PARIS (AFP) &#x2014;",
            place: Some("PARIS"),
            city: Some("PARIS"),
            country: Some("France"),
            source: Some("AFP"),
            agencies: &["Agence France-Presse"],
            separator: Some(("&#x2014;", EmDash)),
            body: "France acted.",
            ..R
        },
        Row {
            input: "NEW YORK, March 3 (Reuters)\u{a0}--\u{a0}Bonds fell.",
            reference: Some("2026-03-03"),
            dateline: "NEW YORK, March 3 (Reuters)\u{a0}--",
            place: Some("NEW YORK"),
            city: Some("NEW YORK"),
            country: US,
            date: Some("March 3"),
            ymd: (None, Some(3), Some(3)),
            iso: Some("2026-03-03"),
            year_inferred: true,
            source: Some("Reuters"),
            agencies: &["Reuters"],
            separator: Some(("--", DoubleHyphen)),
            body: "Bonds fell.",
            ..R
        },
        Row {
            input: "WASHINGTON, D.C. (AP) —The mayor spoke.",
            dateline: "WASHINGTON, D.C. (AP) —",
            place: Some("WASHINGTON, D.C."),
            city: Some("WASHINGTON"),
            region: Some("D.C."),
            region_name: Some("District of Columbia"),
            country: US,
            source: Some("AP"),
            agencies: &["The Associated Press"],
            separator: Some(("—", EmDash)),
            body: "The mayor spoke.",
            ..R
        },
        Row {
            input: "Washington, D.C, March 3 - Congress met.",
            reference: Some("2026-03-04"),
            dateline: "Washington, D.C, March 3 -",
            place: Some("Washington, D.C"),
            city: Some("Washington"),
            region: Some("D.C"),
            region_name: Some("District of Columbia"),
            country: US,
            date: Some("March 3"),
            ymd: (None, Some(3), Some(3)),
            iso: Some("2026-03-03"),
            year_inferred: true,
            separator: Some(("-", Hyphen)),
            body: "Congress met.",
            ..R
        },
        Row {
            input: "ATLANTA (AP)\t_\tDelta said.",
            dateline: "ATLANTA (AP)\t_",
            place: Some("ATLANTA"),
            city: Some("ATLANTA"),
            country: US,
            source: Some("AP"),
            agencies: &["The Associated Press"],
            separator: Some(("_", Underscore)),
            body: "Delta said.",
            ..R
        },
        Row {
            input: "WASHINGTON (AP)  —  The vote failed.",
            dateline: "WASHINGTON (AP)  —",
            place: Some("WASHINGTON"),
            city: Some("WASHINGTON"),
            country: US,
            source: Some("AP"),
            agencies: &["The Associated Press"],
            separator: Some(("—", EmDash)),
            body: "The vote failed.",
            ..R
        },
        Row {
            input: "KUALA LUMPUR:Malaysia's ringgit rose.",
            dateline: "KUALA LUMPUR:",
            place: Some("KUALA LUMPUR"),
            city: Some("KUALA LUMPUR"),
            country: Some("Malaysia"),
            separator: Some((":", Colon)),
            body: "Malaysia's ringgit rose.",
            ..R
        },
        Row {
            input: "NEW DELHI,July 13 (IANS):The rupee fell.",
            reference: Some("2024-07-14"),
            dateline: "NEW DELHI,July 13 (IANS):",
            place: Some("NEW DELHI"),
            city: Some("NEW DELHI"),
            country: Some("India"),
            date: Some("July 13"),
            ymd: (None, Some(7), Some(13)),
            iso: Some("2024-07-13"),
            year_inferred: true,
            source: Some("IANS"),
            agencies: &["Indo-Asian News Service"],
            separator: Some((":", Colon)),
            body: "The rupee fell.",
            ..R
        },
        Row {
            input: "WASHINGTON(AP)_The House met.",
            dateline: "WASHINGTON(AP)_",
            place: Some("WASHINGTON"),
            city: Some("WASHINGTON"),
            country: US,
            source: Some("AP"),
            agencies: &["The Associated Press"],
            separator: Some(("_", Underscore)),
            body: "The House met.",
            ..R
        },
        Row {
            input: "KYIV, Ukraine—Drones struck.",
            dateline: "KYIV, Ukraine—",
            place: Some("KYIV, Ukraine"),
            city: Some("KYIV"),
            country: Some("Ukraine"),
            separator: Some(("—", EmDash)),
            body: "Drones struck.",
            ..R
        },
        Row {
            input: "KUALA LUMPUR\u{a0}: Palm oil rose.",
            dateline: "KUALA LUMPUR\u{a0}:",
            place: Some("KUALA LUMPUR"),
            city: Some("KUALA LUMPUR"),
            country: Some("Malaysia"),
            separator: Some((":", Colon)),
            body: "Palm oil rose.",
            ..R
        },
        Row {
            input: "New Delhi, July 13 (IANS) Tea prices rose.",
            reference: Some("2024-07-14"),
            dateline: "New Delhi, July 13 (IANS)",
            place: Some("New Delhi"),
            city: Some("New Delhi"),
            country: Some("India"),
            date: Some("July 13"),
            ymd: (None, Some(7), Some(13)),
            iso: Some("2024-07-13"),
            year_inferred: true,
            source: Some("IANS"),
            agencies: &["Indo-Asian News Service"],
            body: "Tea prices rose.",
            ..R
        },
        Row {
            input: "LONDON (REUTERS) - Sterling fell.",
            dateline: "LONDON (REUTERS) -",
            place: Some("LONDON"),
            city: Some("LONDON"),
            country: Some("United Kingdom"),
            source: Some("REUTERS"),
            agencies: &["Reuters"],
            separator: Some(("-", Hyphen)),
            body: "Sterling fell.",
            ..R
        },
        Row {
            input: "LONDON, 13 July 2023 - Sterling rose.",
            dateline: "LONDON, 13 July 2023 -",
            place: Some("LONDON"),
            city: Some("LONDON"),
            country: Some("United Kingdom"),
            date: Some("13 July 2023"),
            ymd: (Some(2023), Some(7), Some(13)),
            iso: Some("2023-07-13"),
            separator: Some(("-", Hyphen)),
            body: "Sterling rose.",
            ..R
        },
        Row {
            input: "BOSTON, SEPT. 5 - Fidelity said.",
            reference: Some("2026-09-06"),
            dateline: "BOSTON, SEPT. 5 -",
            place: Some("BOSTON"),
            city: Some("BOSTON"),
            country: US,
            date: Some("SEPT. 5"),
            ymd: (None, Some(9), Some(5)),
            iso: Some("2026-09-05"),
            year_inferred: true,
            separator: Some(("-", Hyphen)),
            body: "Fidelity said.",
            ..R
        },
        Row {
            input: "TORONTO, Jan. 05, 2026 (GLOBE NEWSWIRE) -- Birch Inc. grew.",
            dateline: "TORONTO, Jan. 05, 2026 (GLOBE NEWSWIRE) --",
            place: Some("TORONTO"),
            city: Some("TORONTO"),
            country: Some("Canada"),
            date: Some("Jan. 05, 2026"),
            ymd: (Some(2026), Some(1), Some(5)),
            iso: Some("2026-01-05"),
            source: Some("GLOBE NEWSWIRE"),
            agencies: &["GlobeNewswire"],
            separator: Some(("--", DoubleHyphen)),
            body: "Birch Inc. grew.",
            ..R
        },
        // (a Caribbean town the tables know, in mixed case before a period
        // and a dash, as Dominican Today writes it)
        Row {
            input: "Punta Cana.- The airport received 1.2 million passengers.",
            dateline: "Punta Cana.-",
            place: Some("Punta Cana"),
            city: Some("Punta Cana"),
            country: Some("Dominican Republic"),
            separator: Some(("-", Hyphen)),
            body: "The airport received 1.2 million passengers.",
            ..R
        },
        // (a date in brackets after the dash, the story run on after it;
        // with no year, the bracket is the story's)
        Row {
            input: "Georgetown, Guyana \u{2013} (March 3, 2026) Minister Ann Poe opened a health centre.",
            dateline: "Georgetown, Guyana \u{2013} (March 3, 2026)",
            place: Some("Georgetown, Guyana"),
            city: Some("Georgetown"),
            country: Some("Guyana"),
            date: Some("March 3, 2026"),
            ymd: (Some(2026), Some(3), Some(3)),
            iso: Some("2026-03-03"),
            separator: Some(("\u{2013}", EnDash)),
            body: "Minister Ann Poe opened a health centre.",
            ..R
        },
        Row {
            input: "LONDON \u{2013} (March 3) The minister spoke.",
            dateline: "LONDON \u{2013}",
            place: Some("LONDON"),
            city: Some("LONDON"),
            country: Some("United Kingdom"),
            separator: Some(("\u{2013}", EnDash)),
            body: "(March 3) The minister spoke.",
            ..R
        },
        // (a tag's dash before a date and a second dash: the date)
        Row {
            input: "LONDON (Reuters) - 12 March 2026 - Shares rose.",
            dateline: "LONDON (Reuters) - 12 March 2026 -",
            place: Some("LONDON"),
            city: Some("LONDON"),
            country: Some("United Kingdom"),
            date: Some("12 March 2026"),
            ymd: (Some(2026), Some(3), Some(12)),
            iso: Some("2026-03-12"),
            source: Some("Reuters"),
            agencies: &["Reuters"],
            separator: Some(("-", Hyphen)),
            body: "Shares rose.",
            ..R
        },
        // (Platts' stamp after its tag's dash, to the line's end)
        Row {
            input: "Chicago (Platts)--3Mar2026/1151 am EST/1651 GMT\nUS soybean crush margins rose.",
            dateline: "Chicago (Platts)--3Mar2026/1151 am EST/1651 GMT",
            place: Some("Chicago"),
            city: Some("Chicago"),
            country: US,
            date: Some("3Mar2026"),
            ymd: (Some(2026), Some(3), Some(3)),
            iso: Some("2026-03-03"),
            source: Some("Platts"),
            agencies: &["Platts"],
            separator: Some(("--", DoubleHyphen)),
            body: "US soybean crush margins rose.",
            ..R
        },
        // (a date run on into the story's words is no stamp: the story's)
        Row {
            input: "Chicago (Platts)--3Mar2026 soybean futures rose on Tuesday.",
            dateline: "Chicago (Platts)--",
            place: Some("Chicago"),
            city: Some("Chicago"),
            country: US,
            source: Some("Platts"),
            agencies: &["Platts"],
            separator: Some(("--", DoubleHyphen)),
            body: "3Mar2026 soybean futures rose on Tuesday.",
            ..R
        },
        Row {
            input: "NEW YORK--(BUSINESS WIRE)--Jan. 5, 2006--Acme Corp. said.",
            dateline: "NEW YORK--(BUSINESS WIRE)--Jan. 5, 2006--",
            place: Some("NEW YORK"),
            city: Some("NEW YORK"),
            country: US,
            date: Some("Jan. 5, 2006"),
            ymd: (Some(2006), Some(1), Some(5)),
            iso: Some("2006-01-05"),
            source: Some("BUSINESS WIRE"),
            agencies: &["Business Wire"],
            separator: Some(("--", DoubleHyphen)),
            body: "Acme Corp. said.",
            ..R
        },
        Row {
            input: "Boston, MA, March 1, 2024 /PRNewswire/ -- Fir Co. rose.",
            dateline: "Boston, MA, March 1, 2024 /PRNewswire/ --",
            place: Some("Boston, MA"),
            city: Some("Boston"),
            region: Some("MA"),
            region_name: Some("Massachusetts"),
            country: US,
            date: Some("March 1, 2024"),
            ymd: (Some(2024), Some(3), Some(1)),
            iso: Some("2024-03-01"),
            source: Some("PRNewswire"),
            agencies: &["PR Newswire"],
            separator: Some(("--", DoubleHyphen)),
            body: "Fir Co. rose.",
            ..R
        },
        Row {
            input: "(AP) — A bridge collapsed.",
            dateline: "(AP) —",
            source: Some("AP"),
            agencies: &["The Associated Press"],
            separator: Some(("—", EmDash)),
            body: "A bridge collapsed.",
            ..R
        },
        // Courthouse News Service's tag alone
        Row {
            input: "(CN) — A federal judge refused to block the plan.",
            dateline: "(CN) —",
            source: Some("CN"),
            agencies: &["Courthouse News Service"],
            separator: Some(("—", EmDash)),
            body: "A federal judge refused to block the plan.",
            ..R
        },
        Row {
            input: "UNITED NATIONS (AP) — The council voted.",
            dateline: "UNITED NATIONS (AP) —",
            place: Some("UNITED NATIONS"),
            city: Some("UNITED NATIONS"),
            source: Some("AP"),
            agencies: &["The Associated Press"],
            separator: Some(("—", EmDash)),
            body: "The council voted.",
            ..R
        },
        Row {
            input: "MONTREAL, Que. (CP) — Hydro said.",
            dateline: "MONTREAL, Que. (CP) —",
            place: Some("MONTREAL, Que."),
            city: Some("MONTREAL"),
            region: Some("Que."),
            region_name: Some("Quebec"),
            country: Some("Canada"),
            source: Some("CP"),
            agencies: &["The Canadian Press"],
            separator: Some(("—", EmDash)),
            body: "Hydro said.",
            ..R
        },
        Row {
            input: "SANTA FE, New Mexico, July 4 - Fireworks were banned.",
            reference: Some("2026-07-05"),
            dateline: "SANTA FE, New Mexico, July 4 -",
            place: Some("SANTA FE, New Mexico"),
            city: Some("SANTA FE"),
            region: Some("New Mexico"),
            region_name: Some("New Mexico"),
            country: US,
            date: Some("July 4"),
            ymd: (None, Some(7), Some(4)),
            iso: Some("2026-07-04"),
            year_inferred: true,
            separator: Some(("-", Hyphen)),
            body: "Fireworks were banned.",
            ..R
        },
        Row {
            input: "WASHINGTON, Tues., March 3 - The House met.",
            reference: Some("2026-03-04"),
            dateline: "WASHINGTON, Tues., March 3 -",
            place: Some("WASHINGTON"),
            city: Some("WASHINGTON"),
            country: US,
            date: Some("Tues., March 3"),
            ymd: (None, Some(3), Some(3)),
            iso: Some("2026-03-03"),
            year_inferred: true,
            separator: Some(("-", Hyphen)),
            body: "The House met.",
            ..R
        },
        Row {
            input: "MEXICO CITY, Mexico, August 3rd — Rains fell.",
            reference: Some("2026-08-04"),
            dateline: "MEXICO CITY, Mexico, August 3rd —",
            place: Some("MEXICO CITY, Mexico"),
            city: Some("MEXICO CITY"),
            country: Some("Mexico"),
            date: Some("August 3rd"),
            ymd: (None, Some(8), Some(3)),
            iso: Some("2026-08-03"),
            year_inferred: true,
            separator: Some(("—", EmDash)),
            body: "Rains fell.",
            ..R
        },
    ]);
}

/// Shouts, kickers and sentences that look like a place and a separator.
#[test]
fn shouts_and_lookalikes_have_no_dateline() {
    let openings = [
        "BREAKING: Shares fell sharply.",
        // a rule of hyphens is no separator (a run of up to six is one)
        "EVANSTON, Ill. ------- Students slept later.",
        "EVANSTON, Ill. ------------------------ Students slept later.",
        // a weather service's zone codes in capitals and figures
        "NYZ010-011-085-150100-\n/O.CON.KBUF.WS.W.0007.000000T0000Z-251216T0000Z/\nNorthern Erie-Genesee-\n345 AM EST Sun Dec 14 2025",
        "KYC027-091-260415- Lake effect snow fell overnight.",
        // a company's name, and a product's generation in brackets
        "NORTHWIND TRADERS LTD - Half-year revenue fell.",
        "HomeHub Mini (3rd gen) - the speaker got a new microphone.",
        // AP's notes to editors over the story
        "EDS: Updates with arrest, details from police.",
        "EDITOR’S NOTE: This story is part of a series.",
        // a market's, a sport's or a notice's label in capitals
        "NEW YORK STOCKS: The Dow fell 200 points.",
        "GOLF — Leaders after the second round were tied.",
        "RESULTS - Surrey beat Somerset by six wickets.",
        "NOTICE: The office will close at noon on Friday.",
        "LETTER: As a cyclist and a driver, I see both sides.",
        // a page's media labels, and a story's field with its number
        "IMAGE: Test plots at the university's research farm in July.",
        "VIDEO: Crews clear the road after the slide.",
        // a bracketed aside over a story's sentence
        "[Updated 3:15 p.m.] The council voted on Monday.",
        "[Photo] Officials met on Monday.",
        // a page's notes under the story
        "DISCLAIMER: The views of readers do not represent the group's.",
        "RELATED: Kigali commuters decry long waits at bus stops",
        "Story ID: 501944",
        // a column's name
        "WASHINGTON TODAY: Budget fight looms as lawmakers return.",
        // a ship's place, but a shout: small words after the ship's name
        "ON BOARD THE FERRY TO THE ISLAND — We slept on deck.",
        "BREAKING NEWS - The market crashed.",
        "UPDATE: Adds comment from the ministry.",
        "EXCLUSIVE: Inside the deal.",
        "EDITOR'S NOTE: This story contains graphic details.",
        "CORRECTION: An earlier version misstated the price.",
        "EXPLAINER: Why the bank raised rates.",
        "FACT CHECK: The claim about the bridge is false.",
        // an automated preview's label over its story
        "BOTTOM LINE: Tulsa hosts Oral Roberts trying to break its losing streak.",
        "Q&A: What the new rules mean for drivers.",
        "REUTERS POLL: Economists expect a cut.",
        "INSIGHT- Inside the race for the chips.",
        "TIMELINE: Key dates in the dispute.",
        "FED HOLDS RATES: WHAT IT MEANS",
        "STOP THE PRESSES - we have news.",
        // a page's section after its date (Axios Local's)
        "Dec 2, 2025 - News",
        "Nov 28, 2026 - Politics & Policy\nPhoto: Ann Poe/Getty Images",
        // a page's link label, a newsletter's lead-in, a story's note
        "READ MORE: Metrolink fares to rise in March",
        "MORNING AFTER: The chancellor is back on the broadcast round.",
        "Update, Nov. 21, 2026: This story has been updated with a response.",
        // only a ship's name may follow `ABOARD THE`
        "ABOARD THE SHIP OF THE LINE — we sailed.",
        "THE USS NIMITZ — what a ship.",
        "China - the world's biggest buyer - cut imports.",
        "Washington - the capital - was quiet.",
        "On Tuesday, March 3 - the board met.",
        // a region's full name after a word is no place's
        "Speaker Washington: The House will come to order.",
        // only in capitals, and only under a known agency's tag
        "On the lawn (AP) — the president spoke.",
        "ON THE LAWN, Nov. 28 (Photo) — The president spoke.",
        "Yesterday, March 3 - the day the plan failed.",
        "By March 3 - the deadline - nothing had changed.",
        "Today, Jan. 5 (a holiday) - markets closed.",
        "however, March 3 - was quiet.",
        "Apple Inc. (AAPL) - Shares rose.",
        // a hyphen glued to a place the tables know as no city, or to no
        // place: the first word of a sentence
        "EU-China relations soured this week after talks.",
        "NATO-Russia talks failed on Monday, officials said.",
        "UK-Based Acme said on Monday it would cut jobs.",
        "ABC-Owned stations said they would carry the debate.",
        "Tesla (TSLA): Shares fell.",
        // a ticker after a company's name in title case; call letters
        // after a town's before a hyphen
        "Acme Foods (ACME) — Shares rose on Friday after the company cut jobs.",
        "Albuquerque (KQXR) - A city inspector was charged with fraud on Friday.",
        // a country in brackets after a name, not a city (with a tag that
        // names no agency after it too)
        "Acme Corp (Canada) - Shares rose on Friday.",
        "Acme Corp (Canada) (ACME) - Shares rose on Friday.",
        "The Prime Minister (India): We will act.",
        "Ann Poe (Canada) - Gold medal winner.",
        "(AAPL) - Shares rose.",
        "Acme Corp. (NASDAQ: ACME) - The company said.",
        "Texas Instruments (TXN) - Chip sales rose.",
        "Москва — столица России.",
        "ΑΘΗΝΑ: ΜΕΓΑΛΗ ΑΠΕΡΓΙΑ",
        "Ratio:Debt to equity was high.",
        "Time:10 a.m.",
        "snake_case_Name is a variable.",
        "El 13 de julio - dijo el ministro.",
        "Am 13. Juli - sagte er.",
        "Le 13 juillet - a-t-il dit.",
        "Il 13 luglio - ha detto.",
    ];
    assert_no_dateline(&openings);
}

/// Issue 8: German, French, Spanish, Italian and Portuguese wire datelines.
#[test]
fn european_datelines() {
    check(&[
        // Europa Press's day alone: month and year from the reference date,
        // the nearest such day (here the month before)
        Row {
            input: "MADRID, 30 (EUROPA PRESS) La Mesa del Congreso ha acordado la reforma.",
            reference: Some("2026-12-02"),
            dateline: "MADRID, 30 (EUROPA PRESS)",
            place: Some("MADRID"),
            city: Some("MADRID"),
            country: Some("Spain"),
            date: Some("30"),
            ymd: (None, None, Some(30)),
            iso: Some("2026-11-30"),
            year_inferred: true,
            source: Some("EUROPA PRESS"),
            agencies: &["Europa Press"],
            body: "La Mesa del Congreso ha acordado la reforma.",
            ..R
        },
        // Servimedia's day alone with no separator, as Europa Press's
        Row {
            input: "VALENCIA, 14 (SERVIMEDIA) El Consejo de Gobierno ha aprobado el plan.",
            reference: Some("2026-11-15"),
            dateline: "VALENCIA, 14 (SERVIMEDIA)",
            place: Some("VALENCIA"),
            city: Some("VALENCIA"),
            date: Some("14"),
            ymd: (None, None, Some(14)),
            iso: Some("2026-11-14"),
            year_inferred: true,
            source: Some("SERVIMEDIA"),
            agencies: &["Servimedia"],
            body: "El Consejo de Gobierno ha aprobado el plan.",
            ..R
        },
        // the German church agencies' period after the tag
        Row {
            input: "Bielefeld (epd). Das Bundeskabinett hat am Montag ein Gesetz beschlossen.",
            dateline: "Bielefeld (epd).",
            place: Some("Bielefeld"),
            city: Some("Bielefeld"),
            source: Some("epd"),
            agencies: &["Evangelischer Pressedienst"],
            separator: Some((".", Other)),
            body: "Das Bundeskabinett hat am Montag ein Gesetz beschlossen.",
            ..R
        },
        Row {
            input: "Bonn (KNA). Die Bischofskonferenz hat am Montag ihren Bericht vorgelegt.",
            dateline: "Bonn (KNA).",
            place: Some("Bonn"),
            city: Some("Bonn"),
            country: Some("Germany"),
            source: Some("KNA"),
            agencies: &["Kenya News Agency"],
            separator: Some((".", Other)),
            body: "Die Bischofskonferenz hat am Montag ihren Bericht vorgelegt.",
            ..R
        },
        // News 1st's semicolon after its tag, the place in capitals
        Row {
            input: "COLOMBO (News 1st); The results of the examination were released on Saturday.",
            dateline: "COLOMBO (News 1st);",
            place: Some("COLOMBO"),
            city: Some("COLOMBO"),
            country: Some("Sri Lanka"),
            source: Some("News 1st"),
            agencies: &["News 1st"],
            separator: Some((";", Other)),
            body: "The results of the examination were released on Saturday.",
            ..R
        },
        // askanews, in lower case, after Italian's short month
        Row {
            input: "Bologna, 25 lug. (askanews) - Il governo ha approvato oggi il piano.",
            reference: Some("2026-07-26"),
            dateline: "Bologna, 25 lug. (askanews) -",
            place: Some("Bologna"),
            city: Some("Bologna"),
            country: Some("Italy"),
            date: Some("25 lug."),
            ymd: (None, Some(7), Some(25)),
            iso: Some("2026-07-25"),
            year_inferred: true,
            source: Some("askanews"),
            agencies: &["askanews"],
            separator: Some(("-", Hyphen)),
            body: "Il governo ha approvato oggi il piano.",
            ..R
        },
        // dpa's regional desk after the agency
        Row {
            input: "München (dpa/lby) - Bauanträge sollen digital werden.",
            dateline: "München (dpa/lby) -",
            place: Some("München"),
            city: Some("München"),
            country: Some("Germany"),
            source: Some("dpa/lby"),
            agencies: &["Deutsche Presse-Agentur"],
            separator: Some(("-", Hyphen)),
            body: "Bauanträge sollen digital werden.",
            ..R
        },
        // Turkish, Polish and Dutch month names
        Row {
            input: "Ankara, 2 Aralık (AA) - Yeni metro hattının temeli atıldı.",
            reference: Some("2026-12-03"),
            dateline: "Ankara, 2 Aralık (AA) -",
            place: Some("Ankara"),
            city: Some("Ankara"),
            country: Some("Turkey"),
            date: Some("2 Aralık"),
            ymd: (None, Some(12), Some(2)),
            iso: Some("2026-12-02"),
            year_inferred: true,
            source: Some("AA"),
            agencies: &["Anadolu Agency"],
            separator: Some(("-", Hyphen)),
            body: "Yeni metro hattının temeli atıldı.",
            ..R
        },
        Row {
            input: "Warszawa, 29 kwietnia (PAP) - Stopa bezrobocia spadła.",
            reference: Some("2026-04-30"),
            dateline: "Warszawa, 29 kwietnia (PAP) -",
            place: Some("Warszawa"),
            city: Some("Warszawa"),
            country: Some("Poland"),
            date: Some("29 kwietnia"),
            ymd: (None, Some(4), Some(29)),
            iso: Some("2026-04-29"),
            year_inferred: true,
            source: Some("PAP"),
            agencies: &["Polish Press Agency"],
            separator: Some(("-", Hyphen)),
            body: "Stopa bezrobocia spadła.",
            ..R
        },
        Row {
            input: "AMSTERDAM, 11 augustus (ANP) - Door het warme weer sloten zwemplekken.",
            reference: Some("2026-08-12"),
            dateline: "AMSTERDAM, 11 augustus (ANP) -",
            place: Some("AMSTERDAM"),
            city: Some("AMSTERDAM"),
            country: Some("Netherlands"),
            date: Some("11 augustus"),
            ymd: (None, Some(8), Some(11)),
            iso: Some("2026-08-11"),
            year_inferred: true,
            source: Some("ANP"),
            agencies: &["Algemeen Nederlands Persbureau"],
            separator: Some(("-", Hyphen)),
            body: "Door het warme weer sloten zwemplekken.",
            ..R
        },
        Row {
            input: "München, 28.11.2026 – Die Acme AG hat heute einen Plan vorgestellt.",
            dateline: "München, 28.11.2026 –",
            place: Some("München"),
            city: Some("München"),
            country: Some("Germany"),
            date: Some("28.11.2026"),
            ymd: (Some(2026), Some(11), Some(28)),
            iso: Some("2026-11-28"),
            separator: Some(("–", EnDash)),
            body: "Die Acme AG hat heute einen Plan vorgestellt.",
            ..R
        },
        Row {
            input: "LAGOS, 28/11/2026 (NAN) - The senate met.",
            dateline: "LAGOS, 28/11/2026 (NAN) -",
            place: Some("LAGOS"),
            city: Some("LAGOS"),
            country: Some("Nigeria"),
            date: Some("28/11/2026"),
            ymd: (Some(2026), Some(11), Some(28)),
            iso: Some("2026-11-28"),
            source: Some("NAN"),
            agencies: &["News Agency of Nigeria"],
            separator: Some(("-", Hyphen)),
            body: "The senate met.",
            ..R
        },
        Row {
            input: "Berlin, 13. Juli 2023 (dpa) - Die Regierung hat beschlossen.",
            dateline: "Berlin, 13. Juli 2023 (dpa) -",
            place: Some("Berlin"),
            city: Some("Berlin"),
            country: Some("Germany"),
            date: Some("13. Juli 2023"),
            ymd: (Some(2023), Some(7), Some(13)),
            iso: Some("2023-07-13"),
            source: Some("dpa"),
            agencies: &["Deutsche Presse-Agentur"],
            separator: Some(("-", Hyphen)),
            body: "Die Regierung hat beschlossen.",
            ..R
        },
        Row {
            input: "BERLIN, 28.11. (dpa) - Die Regierung hat beschlossen.",
            reference: Some("2026-11-29"),
            dateline: "BERLIN, 28.11. (dpa) -",
            place: Some("BERLIN"),
            city: Some("BERLIN"),
            country: Some("Germany"),
            date: Some("28.11."),
            ymd: (None, Some(11), Some(28)),
            iso: Some("2026-11-28"),
            year_inferred: true,
            source: Some("dpa"),
            agencies: &["Deutsche Presse-Agentur"],
            separator: Some(("-", Hyphen)),
            body: "Die Regierung hat beschlossen.",
            ..R
        },
        Row {
            input: "HAMBURG, 5. Mär. (dpa) - Der Hafen wächst.",
            reference: Some("2026-03-06"),
            dateline: "HAMBURG, 5. Mär. (dpa) -",
            place: Some("HAMBURG"),
            city: Some("HAMBURG"),
            country: Some("Germany"),
            date: Some("5. Mär."),
            ymd: (None, Some(3), Some(5)),
            iso: Some("2026-03-05"),
            year_inferred: true,
            source: Some("dpa"),
            agencies: &["Deutsche Presse-Agentur"],
            separator: Some(("-", Hyphen)),
            body: "Der Hafen wächst.",
            ..R
        },
        Row {
            input: "München, 2. Okt. 2024 (dpa) - Das Fest endete.",
            dateline: "München, 2. Okt. 2024 (dpa) -",
            place: Some("München"),
            city: Some("München"),
            country: Some("Germany"),
            date: Some("2. Okt. 2024"),
            ymd: (Some(2024), Some(10), Some(2)),
            iso: Some("2024-10-02"),
            source: Some("dpa"),
            agencies: &["Deutsche Presse-Agentur"],
            separator: Some(("-", Hyphen)),
            body: "Das Fest endete.",
            ..R
        },
        Row {
            input: "Paris, le 13 juillet 2023 (AFP) - Le gouvernement a annoncé un plan.",
            dateline: "Paris, le 13 juillet 2023 (AFP) -",
            place: Some("Paris"),
            city: Some("Paris"),
            country: Some("France"),
            date: Some("13 juillet 2023"),
            ymd: (Some(2023), Some(7), Some(13)),
            iso: Some("2023-07-13"),
            source: Some("AFP"),
            agencies: &["Agence France-Presse"],
            separator: Some(("-", Hyphen)),
            body: "Le gouvernement a annoncé un plan.",
            ..R
        },
        Row {
            input: "LYON, 1er août (AFP) - Les pompiers sont intervenus.",
            reference: Some("2026-08-02"),
            dateline: "LYON, 1er août (AFP) -",
            place: Some("LYON"),
            city: Some("LYON"),
            country: Some("France"),
            date: Some("1er août"),
            ymd: (None, Some(8), Some(1)),
            iso: Some("2026-08-01"),
            year_inferred: true,
            source: Some("AFP"),
            agencies: &["Agence France-Presse"],
            separator: Some(("-", Hyphen)),
            body: "Les pompiers sont intervenus.",
            ..R
        },
        Row {
            input: "Bruxelles, le 5 févr. 2025 (Belga) - La Commission a proposé.",
            dateline: "Bruxelles, le 5 févr. 2025 (Belga) -",
            place: Some("Bruxelles"),
            city: Some("Bruxelles"),
            country: Some("Belgium"),
            date: Some("5 févr. 2025"),
            ymd: (Some(2025), Some(2), Some(5)),
            iso: Some("2025-02-05"),
            source: Some("Belga"),
            agencies: &["Belga"],
            separator: Some(("-", Hyphen)),
            body: "La Commission a proposé.",
            ..R
        },
        Row {
            input: "LE HAVRE, 3 mars (AFP) - Le port a rouvert.",
            reference: Some("2026-03-04"),
            dateline: "LE HAVRE, 3 mars (AFP) -",
            place: Some("LE HAVRE"),
            city: Some("LE HAVRE"),
            date: Some("3 mars"),
            ymd: (None, Some(3), Some(3)),
            iso: Some("2026-03-03"),
            year_inferred: true,
            source: Some("AFP"),
            agencies: &["Agence France-Presse"],
            separator: Some(("-", Hyphen)),
            body: "Le port a rouvert.",
            ..R
        },
        Row {
            input: "Los Angeles, 13 de julio (EFE).- El incendio avanzó.",
            reference: Some("2026-07-14"),
            dateline: "Los Angeles, 13 de julio (EFE).-",
            place: Some("Los Angeles"),
            city: Some("Los Angeles"),
            country: US,
            date: Some("13 de julio"),
            ymd: (None, Some(7), Some(13)),
            iso: Some("2026-07-13"),
            year_inferred: true,
            source: Some("EFE"),
            agencies: &["Agencia EFE"],
            separator: Some((".-", Other)),
            body: "El incendio avanzó.",
            ..R
        },
        Row {
            input: "MADRID, 5 Jul. (EUROPA PRESS) - El Gobierno aprobó el plan.",
            reference: Some("2026-07-06"),
            dateline: "MADRID, 5 Jul. (EUROPA PRESS) -",
            place: Some("MADRID"),
            city: Some("MADRID"),
            country: Some("Spain"),
            date: Some("5 Jul."),
            ymd: (None, Some(7), Some(5)),
            iso: Some("2026-07-05"),
            year_inferred: true,
            source: Some("EUROPA PRESS"),
            agencies: &["Europa Press"],
            separator: Some(("-", Hyphen)),
            body: "El Gobierno aprobó el plan.",
            ..R
        },
        Row {
            input: "Buenos Aires, 13 de julio de 2023 (EFE).- El Gobierno argentino anunció.",
            dateline: "Buenos Aires, 13 de julio de 2023 (EFE).-",
            place: Some("Buenos Aires"),
            city: Some("Buenos Aires"),
            country: Some("Argentina"),
            date: Some("13 de julio de 2023"),
            ymd: (Some(2023), Some(7), Some(13)),
            iso: Some("2023-07-13"),
            source: Some("EFE"),
            agencies: &["Agencia EFE"],
            separator: Some((".-", Other)),
            body: "El Gobierno argentino anunció.",
            ..R
        },
        Row {
            input: "BOGOTÁ, 2 de enero (EFE).- La inflación bajó.",
            reference: Some("2026-01-03"),
            dateline: "BOGOTÁ, 2 de enero (EFE).-",
            place: Some("BOGOTÁ"),
            city: Some("BOGOTÁ"),
            country: Some("Colombia"),
            date: Some("2 de enero"),
            ymd: (None, Some(1), Some(2)),
            iso: Some("2026-01-02"),
            year_inferred: true,
            source: Some("EFE"),
            agencies: &["Agencia EFE"],
            separator: Some((".-", Other)),
            body: "La inflación bajó.",
            ..R
        },
        // Latin American papers' and agencies' forms: a dash touching the
        // place's period, Andina's month abbreviated in lower case before
        // the day, Agência Estado's day alone, Télam's tag with no date
        Row {
            input: "MADRID.- El Congreso aprobó la ley este martes.",
            dateline: "MADRID.-",
            place: Some("MADRID"),
            city: Some("MADRID"),
            country: Some("Spain"),
            separator: Some(("-", Hyphen)),
            body: "El Congreso aprobó la ley este martes.",
            ..R
        },
        Row {
            input: "Oaxaca.— El gobierno estatal anunció la medida.",
            dateline: "Oaxaca.—",
            place: Some("Oaxaca"),
            city: Some("Oaxaca"),
            country: Some("Mexico"),
            separator: Some(("—", EmDash)),
            body: "El gobierno estatal anunció la medida.",
            ..R
        },
        Row {
            input: "Arequipa, ago. 21 (ANDINA). El gobierno regional anunció la medida.",
            reference: Some("2026-08-22"),
            dateline: "Arequipa, ago. 21 (ANDINA).",
            place: Some("Arequipa"),
            city: Some("Arequipa"),
            country: Some("Peru"),
            date: Some("ago. 21"),
            ymd: (None, Some(8), Some(21)),
            iso: Some("2026-08-21"),
            year_inferred: true,
            source: Some("ANDINA"),
            agencies: &["Agencia Andina"],
            separator: Some((".", Other)),
            body: "El gobierno regional anunció la medida.",
            ..R
        },
        Row {
            input: "Rio, 14 (AE) - O governo anunciou a medida.",
            reference: Some("2026-12-14"),
            dateline: "Rio, 14 (AE) -",
            place: Some("Rio"),
            city: Some("Rio"),
            date: Some("14"),
            ymd: (None, None, Some(14)),
            iso: Some("2026-12-14"),
            year_inferred: true,
            source: Some("AE"),
            agencies: &["Agência Estado"],
            separator: Some(("-", Hyphen)),
            body: "O governo anunciou a medida.",
            ..R
        },
        Row {
            input: "San Juan (Télam).- El gobierno provincial anunció la medida.",
            dateline: "San Juan (Télam).-",
            place: Some("San Juan"),
            city: Some("San Juan"),
            source: Some("Télam"),
            agencies: &["Télam"],
            separator: Some((".-", Other)),
            body: "El gobierno provincial anunció la medida.",
            ..R
        },
        Row {
            input: "(ANSA) - ROMA, 13 LUG - Il governo ha approvato il decreto.",
            reference: Some("2026-07-14"),
            dateline: "(ANSA) - ROMA, 13 LUG -",
            place: Some("ROMA"),
            city: Some("ROMA"),
            country: Some("Italy"),
            date: Some("13 LUG"),
            ymd: (None, Some(7), Some(13)),
            iso: Some("2026-07-13"),
            year_inferred: true,
            source: Some("ANSA"),
            agencies: &["Agenzia Nazionale Stampa Associata"],
            separator: Some(("-", Hyphen)),
            body: "Il governo ha approvato il decreto.",
            ..R
        },
        // (the college wire's tag before the place, as its 2000s copy
        // printed it)
        Row {
            input: "(U-WIRE) BLOOMINGTON, Ind. -- Students changed their profiles.",
            dateline: "(U-WIRE) BLOOMINGTON, Ind. --",
            place: Some("BLOOMINGTON, Ind."),
            city: Some("BLOOMINGTON"),
            region: Some("Ind."),
            region_name: Some("Indiana"),
            country: Some("United States"),
            source: Some("U-WIRE"),
            agencies: &["U-Wire"],
            separator: Some(("--", DoubleHyphen)),
            body: "Students changed their profiles.",
            ..R
        },
        Row {
            input: "(ANSA) - MILANO, 2 DIC - La Borsa ha chiuso in rialzo.",
            reference: Some("2026-12-03"),
            dateline: "(ANSA) - MILANO, 2 DIC -",
            place: Some("MILANO"),
            city: Some("MILANO"),
            country: Some("Italy"),
            date: Some("2 DIC"),
            ymd: (None, Some(12), Some(2)),
            iso: Some("2026-12-02"),
            year_inferred: true,
            source: Some("ANSA"),
            agencies: &["Agenzia Nazionale Stampa Associata"],
            separator: Some(("-", Hyphen)),
            body: "La Borsa ha chiuso in rialzo.",
            ..R
        },
        Row {
            input: "SÃO PAULO, 13 de julho (Reuters) - O Ibovespa subiu.",
            reference: Some("2026-07-14"),
            dateline: "SÃO PAULO, 13 de julho (Reuters) -",
            place: Some("SÃO PAULO"),
            city: Some("SÃO PAULO"),
            country: Some("Brazil"),
            date: Some("13 de julho"),
            ymd: (None, Some(7), Some(13)),
            iso: Some("2026-07-13"),
            year_inferred: true,
            source: Some("Reuters"),
            agencies: &["Reuters"],
            separator: Some(("-", Hyphen)),
            body: "O Ibovespa subiu.",
            ..R
        },
        Row {
            input: "LISBOA, 4 de março de 2025 (Lusa) - O Governo aprovou o orçamento.",
            dateline: "LISBOA, 4 de março de 2025 (Lusa) -",
            place: Some("LISBOA"),
            city: Some("LISBOA"),
            country: Some("Portugal"),
            date: Some("4 de março de 2025"),
            ymd: (Some(2025), Some(3), Some(4)),
            iso: Some("2025-03-04"),
            source: Some("Lusa"),
            agencies: &["Lusa"],
            separator: Some(("-", Hyphen)),
            body: "O Governo aprovou o orçamento.",
            ..R
        },
    ]);
    // (a period after a place's brackets that hold no agency closes none)
    assert_no_dateline(&["Paris (France). The city said on Monday it would act."]);
}

/// Month-first dates stay English: a foreign abbreviation before a number is
/// not a month.
#[test]
fn foreign_months_do_not_leak_into_english() {
    for opening in [
        "Set 3 - the timer rang.",
        "Gen 5 - the sequel - flopped.",
        "LONDON, Mag 5 - the magazine.",
    ] {
        let d = dateline::parse_dateline(opening);
        assert!(
            d.as_ref().is_none_or(|d| d.date().is_none()),
            "{opening:?}: {:?}",
            d.map(|d| d.as_str())
        );
    }
}

/// Issue 8: Russian, Greek and Arabic wire datelines, in their own scripts.
/// ALL CAPS is read in any cased script.
#[test]
fn russian_and_arabic_datelines() {
    check(&[
        // Interfax's period after the place, in Cyrillic too
        Row {
            input: "Москва. 9 октября. INTERFAX - Рост кредитования замедлился.",
            reference: Some("2026-10-10"),
            dateline: "Москва. 9 октября. INTERFAX -",
            place: Some("Москва"),
            city: Some("Москва"),
            date: Some("9 октября"),
            ymd: (None, Some(10), Some(9)),
            iso: Some("2026-10-09"),
            year_inferred: true,
            source: Some("INTERFAX"),
            agencies: &["Interfax"],
            separator: Some(("-", Hyphen)),
            body: "Рост кредитования замедлился.",
            ..R
        },
        Row {
            input: "ΑΘΗΝΑ (ΑΠΕ) - Η κυβέρνηση ανακοίνωσε μέτρα.",
            dateline: "ΑΘΗΝΑ (ΑΠΕ) -",
            place: Some("ΑΘΗΝΑ"),
            city: Some("ΑΘΗΝΑ"),
            source: Some("ΑΠΕ"),
            agencies: &["ΑΠΕ"],
            separator: Some(("-", Hyphen)),
            body: "Η κυβέρνηση ανακοίνωσε μέτρα.",
            ..R
        },
        Row {
            input: "КИЕВ — Власти объявили тревогу.",
            dateline: "КИЕВ —",
            place: Some("КИЕВ"),
            city: Some("КИЕВ"),
            separator: Some(("—", EmDash)),
            body: "Власти объявили тревогу.",
            ..R
        },
        Row {
            input: "МОСКВА, 13 июля. /ТАСС/. Правительство одобрило план.",
            reference: Some("2026-07-14"),
            dateline: "МОСКВА, 13 июля. /ТАСС/.",
            place: Some("МОСКВА"),
            city: Some("МОСКВА"),
            date: Some("13 июля"),
            ymd: (None, Some(7), Some(13)),
            iso: Some("2026-07-13"),
            year_inferred: true,
            source: Some("ТАСС"),
            agencies: &["TASS"],
            separator: Some((".", Other)),
            body: "Правительство одобрило план.",
            ..R
        },
        Row {
            input: "САНКТ-ПЕТЕРБУРГ, 2 ДЕКАБРЯ 2025. /ТАСС/. Мост открыли.",
            dateline: "САНКТ-ПЕТЕРБУРГ, 2 ДЕКАБРЯ 2025. /ТАСС/.",
            place: Some("САНКТ-ПЕТЕРБУРГ"),
            city: Some("САНКТ-ПЕТЕРБУРГ"),
            date: Some("2 ДЕКАБРЯ 2025"),
            ymd: (Some(2025), Some(12), Some(2)),
            iso: Some("2025-12-02"),
            source: Some("ТАСС"),
            agencies: &["TASS"],
            separator: Some((".", Other)),
            body: "Мост открыли.",
            ..R
        },
        Row {
            input: "МОСКВА, 13 июл - РИА Новости. Курс рубля вырос.",
            reference: Some("2026-07-14"),
            dateline: "МОСКВА, 13 июл - РИА Новости.",
            place: Some("МОСКВА"),
            city: Some("МОСКВА"),
            date: Some("13 июл"),
            ymd: (None, Some(7), Some(13)),
            iso: Some("2026-07-13"),
            year_inferred: true,
            source: Some("РИА Новости"),
            agencies: &["RIA Novosti"],
            separator: Some(("-", Hyphen)),
            body: "Курс рубля вырос.",
            ..R
        },
        Row {
            input: "القاهرة (رويترز) - قال مسؤولون إن المحادثات استؤنفت.",
            dateline: "القاهرة (رويترز) -",
            place: Some("القاهرة"),
            city: Some("القاهرة"),
            country: Some("Egypt"),
            source: Some("رويترز"),
            agencies: &["Reuters"],
            separator: Some(("-", Hyphen)),
            body: "قال مسؤولون إن المحادثات استؤنفت.",
            ..R
        },
    ]);
}

/// Tokens the grammar knows, for inputs that reach deep into it.
const TOKENS: &[&str] = &[
    "LONDON",
    "New York",
    "ROMA",
    "МОСКВА",
    "القاهرة",
    ",",
    " ",
    "  ",
    "\u{a0}",
    "\t",
    "\n",
    "-",
    "--",
    "—",
    "–",
    "―",
    "_",
    ":",
    ".-",
    ".",
    "/",
    "(",
    ")",
    "(AP)",
    "(Reuters)",
    "(ANSA)",
    "/PRNewswire/",
    "/ТАСС/",
    "(رويترز)",
    "AP",
    "Reuters",
    "РИА Новости",
    "March",
    "Sept.",
    "Tues.",
    "Juli",
    "LUG",
    "июля",
    "août",
    "de",
    "le",
    "13",
    "1er",
    "187",
    "2023",
    "1996-08-30",
    "Calif.",
    "新华社",
    "北京",
    "7月13日",
    "2025年",
    "电",
    "【",
    "】",
    "共同",
    "東京",
    "D.C",
    "BREAKING",
    "On",
    "the",
    "*",
    "é",
    "The",
];

proptest::proptest! {
    /// Any mix of the grammar's tokens parses without a panic; a dateline found
    /// is a slice at the start of the text, and its parts lie inside it.
    #[test]
    fn token_soup_never_panics(
        tokens in proptest::collection::vec(proptest::sample::select(TOKENS), 0..24)
    ) {
        let text = tokens.concat();
        if let Some(d) = dateline::parse_dateline(&text) {
            let span = d.span();
            proptest::prop_assert_eq!(text.get(span.range()), Some(d.as_str()));
            let parts = [
                d.place().map(|p| p.span()),
                d.date().map(|x| x.span()),
                d.source().map(|s| s.raw_span()),
                d.separator().map(|s| s.span()),
            ];
            for part in parts.into_iter().flatten() {
                proptest::prop_assert!(span.start() <= part.start() && part.end() <= span.end());
            }
        }
        let article = dateline::parse(&text);
        common::validate(&article, &text);
    }

    /// Any text at all: no panic, and the article tiles its input.
    #[test]
    fn any_text_never_panics(text in "\\PC{0,80}") {
        let _ = dateline::parse_dateline(&text);
        let article = dateline::parse(&text);
        common::validate(&article, &text);
    }
}

/// The noise before a dateline on its line (the FBIS translations'
/// `[Text]`, escaped markup, the Los Angeles Times' `Reporting from`, a
/// database field's `DATELINE:` label) is a furniture trailer of its own,
/// before the dateline; the dateline starts at its first part. Reuters'
/// stars alone stay in the dateline, as the wire printed them.
#[test]
fn noise_before_a_dateline_is_furniture() {
    for (text, noise, dateline) in [
        (
            "[Text] Beijing, 2 December (XINHUA) -- Exports rose.",
            "[Text]",
            "Beijing, 2 December (XINHUA) --",
        ),
        (
            "[Excerpts] Algiers, 14 Oct (APS) -- The cabinet changed.",
            "[Excerpts]",
            "Algiers, 14 Oct (APS) --",
        ),
        (
            "Reporting from Washington — The Senate voted.",
            "Reporting from",
            "Washington —",
        ),
        // the outlet allAfrica syndicates, named in brackets
        (
            "[The Star] Nairobi — The High Court halted the sale.",
            "[The Star]",
            "Nairobi —",
        ),
        (
            "[GNA] Accra — Gold exports rose in August.",
            "[GNA]",
            "Accra —",
        ),
        (
            "Storm Hits\n\nDATELINE: BOISE, Idaho\n\nThe storm hit the city on Monday.",
            "DATELINE:",
            "BOISE, Idaho",
        ),
    ] {
        let a = dateline::parse(text);
        common::validate(&a, text);
        assert_eq!(a.dateline().map(|d| d.as_str()), Some(dateline), "{text:?}");
        let furniture: Vec<&str> = a
            .trailers()
            .iter()
            .filter(|t| t.kind() == dateline::TrailerKind::Furniture)
            .map(|t| t.as_str())
            .collect();
        assert_eq!(furniture, [noise], "{text:?}");
    }
    let text = "Oil Rises\n\n****LONDON, Nov 28 (Reuters) - Oil rose.";
    let a = dateline::parse(text);
    assert_eq!(
        a.dateline().map(|d| d.as_str()),
        Some("****LONDON, Nov 28 (Reuters) -")
    );
    assert!(a.trailers().is_empty());
}

/// Regressions the token soup found.
#[test]
fn token_soup_regressions() {
    check(&[Row {
        input: "*(AP) - The storm passed.",
        dateline: "*(AP) -",
        source: Some("AP"),
        agencies: &["The Associated Press"],
        separator: Some(("-", Hyphen)),
        body: "The storm passed.",
        ..R
    }]);
    check(&[Row {
        input: "    ****SANTO DOMINGO, March 4 - The sugar was sold.",
        reference: Some("1987-03-05"),
        dateline: "****SANTO DOMINGO, March 4 -",
        place: Some("SANTO DOMINGO"),
        city: Some("SANTO DOMINGO"),
        country: Some("Dominican Republic"),
        date: Some("March 4"),
        ymd: (None, Some(3), Some(4)),
        iso: Some("1987-03-04"),
        year_inferred: true,
        separator: Some(("-", Hyphen)),
        body: "The sugar was sold.",
        ..R
    }]);
}

/// Issue 8: Xinhua's and Kyodo's datelines, without spaces, in their own
/// scripts. The reporter after Xinhua's dateline stays in the body for now.
#[test]
fn chinese_and_japanese_datelines() {
    check(&[
        Row {
            input: "新华社北京7月13日电 国务院发布了新的计划。",
            reference: Some("2026-07-14"),
            dateline: "新华社北京7月13日电",
            place: Some("北京"),
            city: Some("北京"),
            country: Some("China"),
            date: Some("7月13日"),
            ymd: (None, Some(7), Some(13)),
            iso: Some("2026-07-13"),
            year_inferred: true,
            source: Some("新华社"),
            agencies: &["Xinhua News Agency"],
            separator: Some(("电", Other)),
            body: "国务院发布了新的计划。",
            ..R
        },
        Row {
            input: "新华社上海2025年12月2日电（记者 王明）市政府发布了报告。",
            dateline: "新华社上海2025年12月2日电",
            place: Some("上海"),
            city: Some("上海"),
            country: Some("China"),
            date: Some("2025年12月2日"),
            ymd: (Some(2025), Some(12), Some(2)),
            iso: Some("2025-12-02"),
            source: Some("新华社"),
            agencies: &["Xinhua News Agency"],
            separator: Some(("电", Other)),
            body: "市政府发布了报告。",
            ..R
        },
        Row {
            input: "【東京共同】政府は13日、新しい計画を発表した。",
            dateline: "【東京共同】",
            place: Some("東京"),
            city: Some("東京"),
            country: Some("Japan"),
            source: Some("共同"),
            agencies: &["Kyodo News"],
            body: "政府は13日、新しい計画を発表した。",
            ..R
        },
        Row {
            input: "【大阪時事】大阪府は2日、予算案を公表した。",
            dateline: "【大阪時事】",
            place: Some("大阪"),
            city: Some("大阪"),
            country: Some("Japan"),
            source: Some("時事"),
            agencies: &["Jiji Press"],
            body: "大阪府は2日、予算案を公表した。",
            ..R
        },
    ]);
}

/// Xinhua's reporter credit after the dateline is the byline, its names the
/// authors; the body starts after it.
#[test]
fn xinhua_reporter_is_the_byline() {
    let rows: &[(&str, &[&str], &str)] = &[
        (
            "新华社北京7月13日电（记者 王明）国务院发布了新的计划。",
            &["王明"],
            "国务院发布了新的计划。",
        ),
        (
            "新华社上海2025年12月2日电（记者 王明、李华）市政府发布了报告。",
            &["王明", "李华"],
            "市政府发布了报告。",
        ),
        (
            "新华社北京7月13日电 国务院发布了新的计划。",
            &[],
            "国务院发布了新的计划。",
        ),
    ];
    for (input, authors, body) in rows {
        let article = dateline::parse(input);
        common::validate(&article, input);
        let got: Vec<&str> = article
            .byline()
            .map(|b| b.authors().collect())
            .unwrap_or_default();
        assert_eq!(got, *authors, "{input}");
        assert_eq!(
            article.paragraphs().next().map(|p| p.as_str()),
            Some(*body),
            "{input}"
        );
    }
}

/// The table of dateline shapes in the crate docs (`src/lib.rs`, "Datelines")
/// says what each shape yields: every row is parsed and held to it, so the
/// docs cannot drift from the grammar.
#[test]
fn crate_docs_dateline_table_holds() {
    let docs = include_str!("../src/lib.rs");
    let start = docs
        .find("//! | input | place |")
        .expect("the table is in the crate docs");
    let rows: Vec<&str> = docs[start..]
        .lines()
        .skip(2)
        .take_while(|l| l.starts_with("//! | "))
        .collect();
    assert!(rows.len() >= 20, "{} rows", rows.len());
    // the first code span of a cell, or None for an empty cell
    let code = |cell: &str| {
        let mut parts = cell.split('`');
        parts.next();
        parts.next().map(str::to_string)
    };
    for row in rows {
        let cells: Vec<&str> = row.trim_start_matches("//! ").split('|').collect();
        let [_, input, place, date, source, separator, _] = cells[..] else {
            panic!("a row of five cells: {row:?}");
        };
        let input = code(input).expect("an input");
        let text = if row.contains("alone on its line") {
            format!("{input}\nOfficials said the talks would resume.")
        } else {
            format!("{input} Officials said the talks would resume.")
        };
        let d =
            dateline::parse_dateline(&text).unwrap_or_else(|| panic!("no dateline in {text:?}"));
        assert_eq!(d.as_str(), input, "{row}");
        assert_eq!(
            d.place().map(|p| p.as_str().to_string()),
            code(place),
            "{row}"
        );
        assert_eq!(
            d.date().map(|x| x.as_str().to_string()),
            code(date),
            "{row}"
        );
        assert_eq!(
            d.source().map(|s| s.as_str().to_string()),
            code(source),
            "{row}"
        );
        assert_eq!(
            d.separator().map(|s| s.as_str().to_string()),
            code(separator),
            "{row}"
        );
    }
}

/// Photo captions open like datelines: AP's `FILE - In this … photo`, and
/// Getty Images' place, a dash, then the month in capitals, the day and a
/// colon. Neither is a dateline; a story's date after the dash in other
/// shapes still is.
#[test]
fn photo_captions_are_no_datelines() {
    assert_no_dateline(&[
        "FILE - In this Nov. 25, 2018, file photo, volunteers stack sandbags.",
        "FILE — A crane stands over the port in 2019.",
        "SAN DIEGO, CA - NOVEMBER 27: Sailors wave to family members.",
        "LONDON, ENGLAND - MAY 3: Fans gather outside the stadium.",
    ]);
    // a month in capitals, a day of one or two digits and a colon make the
    // caption: without any one of them the story follows a dateline
    let rows: Vec<Row> = [
        "MARCH 3 was the day the strike began.",
        "March 3: the day the strike began.",
        "ROUTE 9: Crews closed the road.",
        "MARCH 2026: Sales rose.",
    ]
    .into_iter()
    .map(|body| Row {
        input: Box::leak(format!("BOSTON - {body}").into_boxed_str()),
        dateline: "BOSTON -",
        place: Some("BOSTON"),
        city: Some("BOSTON"),
        country: US,
        separator: Some(("-", Hyphen)),
        body,
        ..R
    })
    .collect();
    check(&rows);
}

/// Nepal's papers leave out the separator after a date in capitals:
/// `KATHMANDU, NOV 29 The government …`. A known place and a date in
/// capitals, then a word in mixed case, end the dateline; an unknown place,
/// a place in mixed case, or a headline in capitals going on in capitals
/// is none.
#[test]
fn capitals_before_the_story_without_a_separator() {
    for (input, dateline, body) in [
        (
            "KATHMANDU, NOV 29 The airport will stay open longer.",
            "KATHMANDU, NOV 29",
            "The airport will stay open longer.",
        ),
        (
            "POKHARA, NOVEMBER 29 Tourist arrivals rose this autumn.",
            "POKHARA, NOVEMBER 29",
            "Tourist arrivals rose this autumn.",
        ),
    ] {
        let article = dateline::parse(input);
        common::validate(&article, input);
        let d = article.dateline().map(|d| d.as_str());
        assert_eq!(d, Some(dateline), "{input:?}");
        assert!(d.is_some_and(|_| article.dateline().and_then(|d| d.separator()).is_none()));
        assert_eq!(
            article.paragraphs().next().map(|p| p.as_str()),
            Some(body),
            "{input:?}"
        );
    }
    assert_no_dateline(&[
        "GOTHAM SPRINGS, NOV 29 The airport will stay open longer.",
        "Kathmandu, Nov 29 The airport will stay open longer.",
        "LONDON, MARCH 3 THE DAY THE MUSIC DIED",
        "KATHMANDU The airport will stay open longer.",
        "KATHMANDU, NEPAL The airport will stay open longer.",
        "KATHMANDU, NOV 29 (Photo) The airport will stay open.",
    ]);
}

/// A date in brackets may carry the time it was filed (`(June 9, 2026,
/// 6:12 PM EDT)`); a news service's name before it is the source, the
/// place after it if any (Law360's `Law360, New York (…) --`). MT
/// Newswires sets the time before the date (`10:42 AM EST, 11/27/2026 (MT
/// Newswires) --`), an American zone reading a slashed date month first;
/// with no tag after them, a time and a date open no dateline.
#[test]
fn services_with_filed_times() {
    check(&[
        Row {
            input: "Law360 (June 9, 2026, 6:12 PM EDT) -- A judge tossed the suit.",
            dateline: "Law360 (June 9, 2026, 6:12 PM EDT) --",
            date: Some("June 9, 2026"),
            ymd: (Some(2026), Some(6), Some(9)),
            iso: Some("2026-06-09"),
            source: Some("Law360"),
            agencies: &["Law360"],
            separator: Some(("--", DoubleHyphen)),
            body: "A judge tossed the suit.",
            ..R
        },
        Row {
            input: "Law360, New York (June 9, 2026, 6:12 PM EDT) -- A judge tossed the suit.",
            dateline: "Law360, New York (June 9, 2026, 6:12 PM EDT) --",
            place: Some("New York"),
            city: Some("New York"),
            cities: &["New York"],
            country: US,
            date: Some("June 9, 2026"),
            ymd: (Some(2026), Some(6), Some(9)),
            iso: Some("2026-06-09"),
            source: Some("Law360"),
            agencies: &["Law360"],
            separator: Some(("--", DoubleHyphen)),
            body: "A judge tossed the suit.",
            ..R
        },
        Row {
            input: "BERLIN (June 9, 2026, 18:12 CET) -- The court ruled.",
            dateline: "BERLIN (June 9, 2026, 18:12 CET) --",
            place: Some("BERLIN"),
            city: Some("BERLIN"),
            cities: &["BERLIN"],
            country: Some("Germany"),
            date: Some("June 9, 2026"),
            ymd: (Some(2026), Some(6), Some(9)),
            iso: Some("2026-06-09"),
            separator: Some(("--", DoubleHyphen)),
            body: "The court ruled.",
            ..R
        },
        Row {
            input: "03:15 PM EDT, 06/04/2026 (MT Newswires) -- Stocks rose.",
            dateline: "03:15 PM EDT, 06/04/2026 (MT Newswires) --",
            date: Some("06/04/2026"),
            ymd: (Some(2026), Some(6), Some(4)),
            iso: Some("2026-06-04"),
            source: Some("MT Newswires"),
            agencies: &["MT Newswires"],
            separator: Some(("--", DoubleHyphen)),
            body: "Stocks rose.",
            ..R
        },
        Row {
            input: "10:42 AM EST, 11/27/2026 (MT Newswires) -- Stocks rose.",
            dateline: "10:42 AM EST, 11/27/2026 (MT Newswires) --",
            date: Some("11/27/2026"),
            ymd: (Some(2026), Some(11), Some(27)),
            iso: Some("2026-11-27"),
            source: Some("MT Newswires"),
            agencies: &["MT Newswires"],
            separator: Some(("--", DoubleHyphen)),
            body: "Stocks rose.",
            ..R
        },
        Row {
            input: "10:42 AM EST, Nov. 6, 2026 (MT Newswires) -- Stocks rose.",
            dateline: "10:42 AM EST, Nov. 6, 2026 (MT Newswires) --",
            date: Some("Nov. 6, 2026"),
            ymd: (Some(2026), Some(11), Some(6)),
            iso: Some("2026-11-06"),
            source: Some("MT Newswires"),
            agencies: &["MT Newswires"],
            separator: Some(("--", DoubleHyphen)),
            body: "Stocks rose.",
            ..R
        },
        Row {
            input: "03:15 CET, 06/04/2026 (dpa) -- Stocks rose.",
            dateline: "03:15 CET, 06/04/2026 (dpa) --",
            date: Some("06/04/2026"),
            ymd: (Some(2026), Some(4), Some(6)),
            iso: Some("2026-04-06"),
            source: Some("dpa"),
            agencies: &["Deutsche Presse-Agentur"],
            separator: Some(("--", DoubleHyphen)),
            body: "Stocks rose.",
            ..R
        },
    ]);
    assert_no_dateline(&["10:42 AM EST, 11/27/2026 -- Stocks rose on Friday."]);
}

/// AP's positions where no town names the place, in capitals before a
/// dash with no tag (`IN THE GULF OF MEXICO —`, `ON THE U.S.-MEXICO BORDER
/// —`): a preposition, `THE` and a place's words with one for land or
/// water. Columns and phrases in capitals with no such word, or with a
/// small word in them, are no datelines.
#[test]
fn positions_in_capitals() {
    check(&[
        Row {
            input: "IN THE GULF OF MEXICO — Crews left the rigs as the storm neared.",
            dateline: "IN THE GULF OF MEXICO —",
            place: Some("IN THE GULF OF MEXICO"),
            city: Some("IN THE GULF OF MEXICO"),
            cities: &["IN THE GULF OF MEXICO"],
            separator: Some(("—", EmDash)),
            body: "Crews left the rigs as the storm neared.",
            ..R
        },
        Row {
            input: "ON THE U.S.-MEXICO BORDER — The line formed before dawn.",
            dateline: "ON THE U.S.-MEXICO BORDER —",
            place: Some("ON THE U.S.-MEXICO BORDER"),
            city: Some("ON THE U.S.-MEXICO BORDER"),
            cities: &["ON THE U.S.-MEXICO BORDER"],
            separator: Some(("—", EmDash)),
            body: "The line formed before dawn.",
            ..R
        },
    ]);
    assert_no_dateline(&[
        "IN THE BEGINNING — The town had one road.",
        "ON THE RECORD — The mayor spoke at length.",
        "IN THE SEA TO THE NORTH — Boats waited.",
    ]);
}

/// A story's line after a dated place's second dash, in capitalised words
/// but no department's name (its subject opening with `The`, a person's
/// name, words in small letters), runs on as the story's: the dateline ends
/// at the dash and has no source.
#[test]
fn story_lines_after_a_dated_place_are_no_department() {
    for line in [
        "The Transport Department",
        "Prime Minister Ann Poe",
        "Visitors to Canada",
    ] {
        let text = format!(
            "March 3, 2026 \u{2013} Ottawa, Ontario \u{2013} {line}\nsaid on Tuesday that it would act."
        );
        let d = dateline::parse_dateline(&text).unwrap_or_else(|| panic!("{line:?}: no dateline"));
        assert_eq!(
            d.as_str(),
            "March 3, 2026 \u{2013} Ottawa, Ontario \u{2013}",
            "{line:?}"
        );
        assert!(d.source().is_none(), "{line:?}");
    }
}
