//! Articles we write for the benches and the allocation test, in four layouts.
//!
//! Every article is generated from a small vocabulary by a fixed-seed
//! pseudo-random sequence, so runs are reproducible and no text is copied from
//! any corpus. [`Layout`] names the shapes the parser knows; [`article`]
//! writes one article of that shape with a chosen number of paragraphs and
//! (for hard-wrapped layouts) line width.
#![allow(dead_code)]

use std::fmt::Write as _;

/// The article layouts the benches cover.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// The seed's layout: headline, deck, blank-line paragraphs,
    /// `Place, D Month YYYY (TAG):` dateline, un-marked section headings.
    Seed,
    /// Reuters 1987 wire copy: ALL-CAPS headline, indented hard-wrapped
    /// paragraphs, `CITY, Mon D -` dateline, `Reuter` sign-off.
    Reuters,
    /// Associated Press: headline, byline, `CITY (AP) —` dateline, one
    /// paragraph per blank-line block, contributors line.
    Ap,
    /// A press release: `CITY, Nov. 28, 2026 /PRNewswire/ --`, `About`,
    /// contacts, `###`.
    PressRelease,
}

impl Layout {
    /// Every layout, in bench order.
    pub const ALL: [Layout; 4] = [
        Layout::Seed,
        Layout::Reuters,
        Layout::Ap,
        Layout::PressRelease,
    ];

    /// A short name for bench ids.
    pub fn name(self) -> &'static str {
        match self {
            Layout::Seed => "seed",
            Layout::Reuters => "reuters",
            Layout::Ap => "ap",
            Layout::PressRelease => "press-release",
        }
    }
}

/// A small linear congruential generator: reproducible, dependency-free.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Self {
        Rng(seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1))
    }

    /// The next number below `n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        usize::try_from((self.0 >> 33) % (n as u64)).unwrap_or(0)
    }

    /// One item of `items` (non-empty).
    pub fn pick<'t>(&mut self, items: &[&'t str]) -> &'t str {
        items[self.below(items.len())]
    }
}

const SUBJECTS: &[&str] = &[
    "The council",
    "Officials",
    "The ministry",
    "Analysts",
    "The company",
    "Residents",
    "Traders",
    "The board",
    "Union leaders",
    "The port authority",
];
const VERBS: &[&str] = &[
    "said",
    "agreed",
    "warned",
    "reported",
    "confirmed",
    "expected",
    "voted",
    "announced",
];
const OBJECTS: &[&str] = &[
    "that the new timetable would start in the spring",
    "a plan to widen the northern road before the harvest",
    "higher prices for grain and cooking oil over the quarter",
    "that talks on the buffer stock would resume next week",
    "a review of the ferry fares after complaints from commuters",
    "that the quarry would close its east gate at night",
    "a smaller budget for the coming year",
    "that exports rose for a third month in a row",
];
const TAILS: &[&str] = &[
    "on Tuesday",
    "after a long hearing",
    "in a statement",
    "according to people close to the talks",
    "despite objections from smaller members",
    "earlier than planned",
];
const PLACES_SEED: &[&str] = &[
    "Halifax N.S., 4 March 2025 (NSW):",
    "Springfield Ill., 2 May 2024 (RNS):",
    "Wellington, 17 June 2023 (NZN):",
    "Perth, 9 October 2022 (AAP):",
];
const PLACES_REUTERS: &[&str] = &[
    "LONDON, March 11 -",
    "TOKYO, April 2 -",
    "NEW YORK, Feb 26 -",
    "SALVADOR, Feb 26 -",
    "CHICAGO, Oct 19 -",
];
const PLACES_AP: &[&str] = &[
    "SAN DIEGO, Calif. (AP) —",
    "DENVER (AP) —",
    "BOISE, Idaho (AP) —",
    "ATLANTA (AP) —",
];
const PLACES_PR: &[&str] = &[
    "AUSTIN, Texas, Nov. 28, 2026 /PRNewswire/ --",
    "BOSTON, Nov. 28, 2026 /PRNewswire/ --",
    "SEATTLE, Dec. 1, 2026 /PRNewswire/ --",
];
const HEADINGS: &[&str] = &[
    "How the Plan Will Work",
    "What Critics Say",
    "Traffic and Noise",
    "Next Steps",
];

/// One sentence, ending with a period.
pub fn sentence(rng: &mut Rng, out: &mut String) {
    let _ = write!(
        out,
        "{} {} {} {}.",
        rng.pick(SUBJECTS),
        rng.pick(VERBS),
        rng.pick(OBJECTS),
        rng.pick(TAILS)
    );
}

/// A paragraph of `sentences` sentences on one line.
fn paragraph(rng: &mut Rng, sentences: usize) -> String {
    let mut p = String::new();
    for i in 0..sentences {
        if i > 0 {
            p.push(' ');
        }
        sentence(rng, &mut p);
    }
    p
}

/// Writes `text` hard-wrapped at `width` columns, the first line indented by
/// `indent` spaces (the wire layout).
fn wrap(text: &str, width: usize, indent: usize, out: &mut String) {
    let mut col = indent;
    out.extend(std::iter::repeat_n(' ', indent));
    let mut first = true;
    for word in text.split(' ') {
        if !first && col + 1 + word.len() > width {
            out.push('\n');
            col = 0;
        } else if !first {
            out.push(' ');
            col += 1;
        }
        out.push_str(word);
        col += word.len();
        first = false;
    }
    out.push('\n');
}

/// Writes one article of `layout` with `paragraphs` body paragraphs (at least
/// one), the variety drawn from `seed`.
pub fn article(layout: Layout, paragraphs: usize, seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let mut out = String::new();
    let paragraphs = paragraphs.max(1);
    match layout {
        Layout::Seed => {
            out.push_str("Harbour Towns Vote to Share One Ferry Service\n\n");
            out.push_str("Rival councils agree a ten-year plan after months of talks\n\n");
            let _ = write!(out, "{} ", rng.pick(PLACES_SEED));
            for i in 0..paragraphs {
                if i > 0 && i % 4 == 0 {
                    out.push_str(rng.pick(HEADINGS));
                    out.push_str("\n\n");
                }
                out.push_str(&paragraph(&mut rng, 2));
                out.push_str("\n\n");
            }
        }
        Layout::Reuters => {
            out.push_str("TIN COUNCIL TALKS END WITHOUT ACCORD ON BUFFER STOCK\n\n");
            let _ = write!(out, "    {} ", rng.pick(PLACES_REUTERS));
            let first = paragraph(&mut rng, 2);
            // the dateline opens the first indented paragraph
            let mut body = String::new();
            wrap(&first, 64, 0, &mut body);
            out.push_str(&body);
            for _ in 1..paragraphs {
                wrap(&paragraph(&mut rng, 2), 64, 4, &mut out);
            }
            out.push_str(" Reuter\n");
        }
        Layout::Ap => {
            out.push_str("Storm Closes Bridges Along the Coast\n\n");
            out.push_str("By ANN POE Associated Press\n\n");
            let _ = write!(out, "{} ", rng.pick(PLACES_AP));
            for _ in 0..paragraphs {
                out.push_str(&paragraph(&mut rng, 2));
                out.push_str("\n\n");
            }
            out.push_str("Associated Press writer Tom Roe in Denver contributed to this report.\n");
        }
        Layout::PressRelease => {
            out.push_str("Acme Harbour Systems Opens Ferry Repair Yard\n\n");
            let _ = write!(out, "{} ", rng.pick(PLACES_PR));
            for _ in 0..paragraphs {
                out.push_str(&paragraph(&mut rng, 2));
                out.push_str("\n\n");
            }
            out.push_str("About Acme Harbour Systems\n\n");
            out.push_str(
                "Acme Harbour Systems builds and repairs ferries for councils on three coasts.\n\n",
            );
            out.push_str("Media contact: Ann Poe, press@acme.example, 555-0100\n\n");
            out.push_str("SOURCE Acme Harbour Systems\n\n###\n");
        }
    }
    out
}

/// A one-paragraph seed-layout article whose body is hard-wrapped over exactly
/// `lines` lines (each a few words), for the allocation test.
pub fn wrapped(lines: usize) -> String {
    let mut out =
        String::from("Harbour Towns Vote\n\nHalifax N.S., 4 March 2025 (NSW): Councillors met");
    for i in 0..lines.saturating_sub(1) {
        let _ = write!(out, "\nand talked {i} times");
    }
    out.push_str(".\n");
    out
}

/// Many separate articles of every layout, about `bytes` in all.
pub fn corpus(bytes: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut total = 0;
    let mut seed = 0;
    while total < bytes {
        let layout = Layout::ALL[usize::try_from(seed % 4).unwrap_or(0)];
        let a = article(layout, 6 + usize::try_from(seed % 9).unwrap_or(0), seed);
        total += a.len();
        out.push(a);
        seed += 1;
    }
    out
}

/// The pathological inputs of issue 6, at `scale` (1 or 10): a name and the text.
pub fn pathological(scale: usize) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    out.push(("open-parens-100k", "(".repeat(100_000 * scale)));
    let mut one_line = String::with_capacity(1_000_000 * scale);
    let mut rng = Rng::new(7);
    while one_line.len() < 1_000_000 * scale {
        sentence(&mut rng, &mut one_line);
        one_line.push(' ');
    }
    out.push(("one-line-1mb", one_line));
    out.push((
        "blank-lines-100k",
        format!(
            "HEADLINE\n{}LONDON, March 3 - Text.\n",
            "\n".repeat(100_000 * scale)
        ),
    ));
    out.push(("one-word-lines-100k", "word\n".repeat(100_000 * scale)));
    out.push(("by-lines-50k", "By Ann Poe\n".repeat(50_000 * scale)));
    out.push((
        "dash-run-100k",
        format!("LONDON {} Text.\n", "-".repeat(100_000 * scale)),
    ));
    out.push((
        "nested-quotes-10k",
        format!(
            "{}LONDON, March 3 - Text.{}\n",
            "\"'".repeat(10_000 * scale),
            "'\"".repeat(10_000 * scale)
        ),
    ));
    // a research corpus' record whose header line holds 100k tags, none
    // closed: each is looked for a bounded length
    out.push((
        "record-tags-100k",
        format!("<DOC>\n{}\n<TEXT>\nText.\n", "<x>".repeat(100_000 * scale)),
    ));
    // many short articles in one stream, for `parse_many` (see [`STREAM`])
    let mut stream = String::with_capacity(20_000 * scale * 48);
    for i in 0..20_000 * scale {
        stream.push_str(&format!(
            "Strike Ends {i}\n\nPARIS (AFP) - Workers went back.\n\n"
        ));
    }
    out.push((STREAM, stream));
    out
}

/// The name of the [`pathological`] input that is a stream of articles: the
/// benches run it through `parse_many`, where one article's work must not
/// grow with the rest of the stream.
pub const STREAM: &str = "stream-20k-articles";
