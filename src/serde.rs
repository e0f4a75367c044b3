//! `Serialize` for the public types, written by hand because the JSON shape is a
//! contract that tools outside the crate read (see "JSON" in the crate docs).
//!
//! Every impl goes through the public accessors, so the model's private layout
//! can change without the JSON changing. Names are `snake_case`; absent parts are
//! `null`; spans are `[start, end]` byte offsets. Fields may be added in minor
//! releases, never renamed or removed.

use ::serde::ser::{Serialize, SerializeSeq, SerializeStruct, Serializer};
use chrono::{NaiveDate, Weekday};

use crate::article::{
    Article, Byline, Heading, Headline, Node, NodeKind, Paragraph, Section, Trailer, TrailerKind,
};
use crate::dateline::{Agency, Dateline, DatelineDate, Place, Separator, SeparatorKind, Source};
use crate::error::{Error, ErrorKind};

/// `{"text", "span"}`: the shape of every part that is only text and a span.
fn text_and_span<S: Serializer>(
    serializer: S,
    name: &'static str,
    text: &str,
    span: crate::Span,
) -> Result<S::Ok, S::Error> {
    let mut s = serializer.serialize_struct(name, 2)?;
    s.serialize_field("text", text)?;
    s.serialize_field("span", &span)?;
    s.end()
}

/// A sequence written from an iterator that can be walked twice (for its length).
struct Seq<F>(F);

impl<I, F> Serialize for Seq<F>
where
    F: Fn() -> I,
    I: Iterator,
    I::Item: Serialize,
{
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some((self.0)().count()))?;
        for item in (self.0)() {
            seq.serialize_element(&item)?;
        }
        seq.end()
    }
}

/// A calendar date written `YYYY-MM-DD`.
struct Iso(NaiveDate);

impl Serialize for Iso {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&self.0.format("%Y-%m-%d"))
    }
}

/// A weekday by its English name, `Monday` to `Sunday`.
struct WeekdayName(Weekday);

impl Serialize for WeekdayName {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(match self.0 {
            Weekday::Mon => "Monday",
            Weekday::Tue => "Tuesday",
            Weekday::Wed => "Wednesday",
            Weekday::Thu => "Thursday",
            Weekday::Fri => "Friday",
            Weekday::Sat => "Saturday",
            Weekday::Sun => "Sunday",
        })
    }
}

/// `{"headline", "deck", "byline", "dateline", "sections", "trailers",
/// "kicker"}` (the kicker, added later, last); the input text itself is not
/// repeated.
impl Serialize for Article<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Article", 7)?;
        s.serialize_field("headline", &self.headline())?;
        s.serialize_field("deck", &self.deck())?;
        s.serialize_field("byline", &self.byline())?;
        s.serialize_field("dateline", &self.dateline())?;
        s.serialize_field("sections", self.sections())?;
        s.serialize_field("trailers", self.trailers())?;
        s.serialize_field("kicker", &self.kicker())?;
        s.end()
    }
}

/// `{"text", "span"}`.
impl Serialize for Headline<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        text_and_span(serializer, "Headline", self.as_str(), self.span())
    }
}

/// `{"text", "span", "authors", "affiliation"}`.
impl Serialize for Byline<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        /// `{"text", "span"}` of the title.
        struct Title<'a>(&'a str, crate::Span);
        impl Serialize for Title<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                text_and_span(serializer, "BylineTitle", self.0, self.1)
            }
        }
        let mut s = serializer.serialize_struct("Byline", 5)?;
        s.serialize_field("text", self.as_str())?;
        s.serialize_field("span", &self.span())?;
        s.serialize_field("authors", &Seq(|| self.authors()))?;
        s.serialize_field("affiliation", &self.affiliation())?;
        s.serialize_field("title", &self.title.map(|(t, span)| Title(t, span)))?;
        s.end()
    }
}

/// `{"heading", "paragraphs"}`.
impl Serialize for Section<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Section", 2)?;
        s.serialize_field("heading", &self.heading())?;
        s.serialize_field("paragraphs", self.paragraphs())?;
        s.end()
    }
}

/// `{"text", "span"}`, the text with its Markdown marks.
impl Serialize for Heading<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        text_and_span(serializer, "Heading", self.as_str(), self.span())
    }
}

/// `{"text", "span"}`.
impl Serialize for Paragraph<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        text_and_span(serializer, "Paragraph", self.as_str(), self.span())
    }
}

/// `{"kind", "text", "span"}`.
impl Serialize for Trailer<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Trailer", 3)?;
        s.serialize_field("kind", &self.kind())?;
        s.serialize_field("text", self.as_str())?;
        s.serialize_field("span", &self.span())?;
        s.end()
    }
}

/// A `snake_case` string: `"credits"`, `"sign_off"`, `"end_mark"` ...
impl Serialize for TrailerKind {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (index, name) = match self {
            TrailerKind::Credits => (0, "credits"),
            TrailerKind::Contributors => (1, "contributors"),
            TrailerKind::SignOff => (2, "sign_off"),
            TrailerKind::EndMark => (3, "end_mark"),
            TrailerKind::About => (4, "about"),
            TrailerKind::Contact => (5, "contact"),
            TrailerKind::SourceLine => (6, "source_line"),
            TrailerKind::EditorsNote => (7, "editors_note"),
            TrailerKind::Correction => (8, "correction"),
            TrailerKind::Timestamp => (9, "timestamp"),
            TrailerKind::Copyright => (10, "copyright"),
            TrailerKind::Promo => (11, "promo"),
            TrailerKind::Highlight => (12, "highlight"),
            TrailerKind::Furniture => (13, "furniture"),
        };
        serializer.serialize_unit_variant("TrailerKind", index, name)
    }
}

/// A `snake_case` string (`"paragraph"`), or `{"trailer": kind}` for trailers.
impl Serialize for NodeKind {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (index, name) = match self {
            NodeKind::Headline => (0, "headline"),
            NodeKind::Deck => (1, "deck"),
            NodeKind::Byline => (2, "byline"),
            NodeKind::Dateline => (3, "dateline"),
            NodeKind::Heading => (4, "heading"),
            NodeKind::Paragraph => (5, "paragraph"),
            NodeKind::Kicker => (7, "kicker"),
            NodeKind::BylineTitle => (8, "byline_title"),
            NodeKind::Trailer(kind) => {
                return serializer.serialize_newtype_variant("NodeKind", 6, "trailer", kind);
            }
        };
        serializer.serialize_unit_variant("NodeKind", index, name)
    }
}

/// `{"kind", "text", "span"}`.
impl Serialize for Node<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Node", 3)?;
        s.serialize_field("kind", &self.kind())?;
        s.serialize_field("text", self.as_str())?;
        s.serialize_field("span", &self.span())?;
        s.end()
    }
}

/// `{"text", "span", "place", "date", "source", "separator", "separator_kind"}`:
/// the separator as its text, its kind beside it.
impl Serialize for Dateline<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Dateline", 7)?;
        s.serialize_field("text", self.as_str())?;
        s.serialize_field("span", &self.span())?;
        s.serialize_field("place", &self.place())?;
        s.serialize_field("date", &self.date())?;
        s.serialize_field("source", &self.source())?;
        s.serialize_field("separator", &self.separator().map(Separator::as_str))?;
        s.serialize_field("separator_kind", &self.separator().map(Separator::kind))?;
        s.end()
    }
}

/// `{"text", "span", "city", "cities", "region", "region_name", "country",
/// "country_inferred"}`.
impl Serialize for Place<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Place", 8)?;
        s.serialize_field("text", self.as_str())?;
        s.serialize_field("span", &self.span())?;
        s.serialize_field("city", &self.city())?;
        s.serialize_field("cities", &Seq(|| self.cities()))?;
        s.serialize_field("region", &self.region())?;
        s.serialize_field("region_name", &self.region_name())?;
        s.serialize_field("country", &self.country())?;
        s.serialize_field("country_inferred", &self.is_country_inferred())?;
        s.end()
    }
}

/// `{"text", "span", "iso", "year_inferred", "year", "month", "day", "weekday"}`:
/// `iso` is `YYYY-MM-DD` when the date is known (year written or inferred, day
/// real), else `null`.
impl Serialize for DatelineDate<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("DatelineDate", 8)?;
        s.serialize_field("text", self.as_str())?;
        s.serialize_field("span", &self.span())?;
        s.serialize_field("iso", &self.to_naive_date().map(Iso))?;
        s.serialize_field("year_inferred", &self.is_year_inferred())?;
        s.serialize_field("year", &self.year())?;
        s.serialize_field("month", &self.month())?;
        s.serialize_field("day", &self.day())?;
        s.serialize_field("weekday", &self.weekday().map(WeekdayName))?;
        s.end()
    }
}

/// `{"text", "span", "raw", "agencies", "agency_names"}`: `text` without brackets,
/// `agencies` the names as written, `agency_names` their full names (or `null`)
/// in the same order.
impl Serialize for Source<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Source", 5)?;
        s.serialize_field("text", self.as_str())?;
        s.serialize_field("span", &self.span())?;
        s.serialize_field("raw", self.raw())?;
        s.serialize_field("agencies", &Seq(|| self.agencies().map(|a| a.as_str())))?;
        s.serialize_field("agency_names", &Seq(|| self.agencies().map(|a| a.name())))?;
        s.end()
    }
}

/// `{"text", "span", "name"}`.
impl Serialize for Agency<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Agency", 3)?;
        s.serialize_field("text", self.as_str())?;
        s.serialize_field("span", &self.span())?;
        s.serialize_field("name", &self.name())?;
        s.end()
    }
}

/// `{"text", "span", "kind"}` on its own; a [`Dateline`] writes only its text.
impl Serialize for Separator<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Separator", 3)?;
        s.serialize_field("text", self.as_str())?;
        s.serialize_field("span", &self.span())?;
        s.serialize_field("kind", &self.kind())?;
        s.end()
    }
}

/// A `snake_case` string: `"em_dash"`, `"double_hyphen"`, `"colon"` ...
impl Serialize for SeparatorKind {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (index, name) = match self {
            SeparatorKind::EmDash => (0, "em_dash"),
            SeparatorKind::EnDash => (1, "en_dash"),
            SeparatorKind::HorizontalBar => (2, "horizontal_bar"),
            SeparatorKind::DoubleHyphen => (3, "double_hyphen"),
            SeparatorKind::Hyphen => (4, "hyphen"),
            SeparatorKind::Underscore => (5, "underscore"),
            SeparatorKind::Colon => (6, "colon"),
            SeparatorKind::Slash => (7, "slash"),
            SeparatorKind::Other => (8, "other"),
            SeparatorKind::Bullet => (9, "bullet"),
            SeparatorKind::Tab => (10, "tab"),
        };
        serializer.serialize_unit_variant("SeparatorKind", index, name)
    }
}

/// A `snake_case` string (`"missing_dateline"`), or
/// `{"too_large": {"limit", "len"}}`.
impl Serialize for ErrorKind {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeStructVariant;
        let (index, name) = match self {
            ErrorKind::TooLarge { limit, len } => {
                let mut s = serializer.serialize_struct_variant("ErrorKind", 0, "too_large", 2)?;
                s.serialize_field("limit", limit)?;
                s.serialize_field("len", len)?;
                return s.end();
            }
            ErrorKind::MissingDateline => (1, "missing_dateline"),
            ErrorKind::MissingHeadline => (2, "missing_headline"),
            ErrorKind::MissingDate => (3, "missing_date"),
        };
        serializer.serialize_unit_variant("ErrorKind", index, name)
    }
}

/// `{"kind", "message", "span", "line", "column"}`: `message` is the error's
/// `Display` text.
impl Serialize for Error {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Error", 5)?;
        s.serialize_field("kind", self.kind())?;
        s.serialize_field("message", &format_args!("{self}"))?;
        s.serialize_field("span", &self.span())?;
        s.serialize_field("line", &self.line())?;
        s.serialize_field("column", &self.column())?;
        s.end()
    }
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use crate::{NodeKind, Parser, TrailerKind};

    fn to_json<T: ::serde::Serialize>(value: &T) -> Value {
        serde_json::to_value(value).expect("serializes")
    }

    #[test]
    fn small_types_have_stable_names() {
        let cases: &[(Value, Value)] = &[
            (to_json(&TrailerKind::SignOff), json!("sign_off")),
            (to_json(&TrailerKind::EditorsNote), json!("editors_note")),
            (to_json(&TrailerKind::Promo), json!("promo")),
            (to_json(&TrailerKind::Highlight), json!("highlight")),
            (to_json(&NodeKind::Paragraph), json!("paragraph")),
            (
                to_json(&NodeKind::Trailer(TrailerKind::Credits)),
                json!({"trailer": "credits"}),
            ),
            (to_json(&crate::Span::new(3, 9)), json!([3, 9])),
            (
                to_json(&crate::Location::of("a\nbc", 3)),
                json!({"line": 2, "column": 2}),
            ),
        ];
        for (got, want) in cases {
            assert_eq!(got, want);
        }
    }

    #[test]
    fn errors_carry_kind_message_and_position() {
        let err = Parser::new()
            .max_len(4)
            .parse("ab\ncdef")
            .expect_err("too large");
        assert_eq!(
            to_json(&err),
            json!({
                "kind": {"too_large": {"limit": 4, "len": 7}},
                "message": "input is 7 bytes, over the limit of 4 bytes set with max_len at line 2, column 2",
                "span": [4, 7],
                "line": 2,
                "column": 2
            })
        );
        let err = Parser::new()
            .require_dateline(true)
            .parse("Text.")
            .expect_err("no dateline");
        assert_eq!(to_json(&err)["kind"], json!("missing_dateline"));
    }
}
