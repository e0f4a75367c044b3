//! The dateline and its parts: [`Dateline`], [`Place`], [`DatelineDate`],
//! [`Source`] with its [`Agency`] names, and [`Separator`].
//!
//! The grammar that finds them lives in `grammar`; this module is only the model.
//! See the crate docs for the table of dateline shapes the grammar accepts.

use core::fmt;

use chrono::{Datelike, NaiveDate, Weekday};

use crate::span::Span;

/// The lead-in that says where, when and by whom a story was filed:
/// `NEW YORK, March 3 (Reuters) -`.
///
/// Each part is optional, since real datelines leave out any of them
/// (`WASHINGTON (AP) —` has no date, `(CNN) --` no place, `KUALA LUMPUR:` only a
/// place). `as_str()` is the dateline as written, from its first character to
/// the end of its separator; the article's first paragraph starts after it.
///
/// # Examples
///
/// ```
/// let article = dateline::parse("NEW YORK, March 3 (Reuters) - Stocks rose.");
/// let d = article.dateline().ok_or("no dateline")?;
/// assert_eq!(d.as_str(), "NEW YORK, March 3 (Reuters) -");
/// assert_eq!(d.place().map(|p| p.as_str()), Some("NEW YORK"));
/// assert_eq!(d.date().map(|x| x.as_str()), Some("March 3"));
/// assert_eq!(d.source().map(|s| s.as_str()), Some("Reuters"));
/// assert_eq!(d.separator().map(|s| s.as_str()), Some("-"));
/// # Ok::<(), &str>(())
/// ```
///
/// # Beyond English
///
/// Agencies' own conventions and languages parse into the same parts. Month
/// names of other languages are read only in day-first dates, and only after
/// the English table fails, so English datelines pay nothing for them:
///
/// | input | place | date | source | separator |
/// | --- | --- | --- | --- | --- |
/// | `Berlin, 13. Juli 2023 (dpa) -` | `Berlin` | `13. Juli 2023` | `dpa` | `-` |
/// | `Paris, le 13 juillet 2023 (AFP) -` | `Paris` | `13 juillet 2023` | `AFP` | `-` |
/// | `LYON, 1er août (AFP) -` | `LYON` | `1er août` | `AFP` | `-` |
/// | `Buenos Aires, 13 de julio de 2023 (EFE).-` | `Buenos Aires` | `13 de julio de 2023` | `EFE` | `.-` |
/// | `(ANSA) - ROMA, 13 LUG -` | `ROMA` | `13 LUG` | `ANSA` | `-` |
/// | `SÃO PAULO, 13 de julho (Reuters) -` | `SÃO PAULO` | `13 de julho` | `Reuters` | `-` |
/// | `МОСКВА, 13 июля. /ТАСС/.` | `МОСКВА` | `13 июля` | `ТАСС` | `.` |
/// | `МОСКВА, 13 июл - РИА Новости.` | `МОСКВА` | `13 июл` | `РИА Новости` | `-` |
/// | `新华社北京7月13日电` | `北京` | `7月13日` | `新华社` | `电` |
/// | `【東京共同】` | `東京` | | `共同` | |
/// | `القاهرة (رويترز) -` | `القاهرة` | | `رويترز` | `-` |
///
/// ```
/// let d = dateline::parse_dateline("(ANSA) - ROMA, 13 LUG - Il governo").ok_or("none")?;
/// assert_eq!(d.as_str(), "(ANSA) - ROMA, 13 LUG -");
/// assert_eq!(d.date().and_then(|x| x.month()), Some(7));
/// let agency = d.source().and_then(|s| s.agencies().next()).ok_or("no agency")?;
/// assert_eq!(agency.name(), Some("Agenzia Nazionale Stampa Associata"));
/// # Ok::<(), &str>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Dateline<'a> {
    pub(crate) text: &'a str,
    pub(crate) span: Span,
    pub(crate) place: Option<Place<'a>>,
    pub(crate) date: Option<DatelineDate<'a>>,
    pub(crate) source: Option<Source<'a>>,
    pub(crate) separator: Option<Separator<'a>>,
}

impl<'a> Dateline<'a> {
    /// The dateline exactly as written.
    ///
    /// # Examples
    ///
    /// ```
    /// let d = dateline::parse_dateline("WASHINGTON (AP) — Text").ok_or("none")?;
    /// assert_eq!(d.as_str(), "WASHINGTON (AP) —");
    /// # Ok::<(), &str>(())
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &'a str {
        self.text
    }

    /// Where the dateline lies in the input.
    ///
    /// # Examples
    ///
    /// ```
    /// let d = dateline::parse_dateline("  PARIS (AFP) - Text").ok_or("none")?;
    /// assert_eq!(d.span().range(), 2..15);
    /// # Ok::<(), &str>(())
    /// ```
    #[must_use]
    pub fn span(&self) -> Span {
        self.span
    }

    /// The place, if the dateline names one.
    ///
    /// # Examples
    ///
    /// ```
    /// let d = dateline::parse_dateline("PORTLAND, Ore., March 2 - Text").ok_or("none")?;
    /// let place = d.place().ok_or("no place")?;
    /// assert_eq!(place.as_str(), "PORTLAND, Ore.");
    /// assert_eq!(place.city(), Some("PORTLAND"));
    /// assert_eq!(place.region(), Some("Ore."));
    /// # Ok::<(), &str>(())
    /// ```
    #[must_use]
    pub fn place(&self) -> Option<&Place<'a>> {
        self.place.as_ref()
    }

    /// The date, if the dateline gives one.
    ///
    /// # Examples
    ///
    /// ```
    /// let d = dateline::parse_dateline("ABUJA, Aug 25, 2004 (dpa) -- Text").ok_or("none")?;
    /// let date = d.date().ok_or("no date")?;
    /// assert_eq!(date.to_naive_date().map(|x| x.to_string()), Some("2004-08-25".into()));
    /// # Ok::<(), &str>(())
    /// ```
    #[must_use]
    pub fn date(&self) -> Option<&DatelineDate<'a>> {
        self.date.as_ref()
    }

    /// The agency tag, if the dateline carries one.
    ///
    /// # Examples
    ///
    /// ```
    /// let d = dateline::parse_dateline("LONDON (AP/Reuters) - Text").ok_or("none")?;
    /// let names: Vec<_> = d.source().ok_or("no source")?.agencies().map(|a| a.as_str()).collect();
    /// assert_eq!(names, ["AP", "Reuters"]);
    /// # Ok::<(), &str>(())
    /// ```
    #[must_use]
    pub fn source(&self) -> Option<&Source<'a>> {
        self.source.as_ref()
    }

    /// The punctuation that ends the dateline (`—`, `-`, `--`, `:`, `_` and so on),
    /// if there is one; a dateline alone on its line (`LONDON 1996-08-30`) has none.
    ///
    /// # Examples
    ///
    /// ```
    /// use dateline::SeparatorKind;
    /// let d = dateline::parse_dateline("KUALA LUMPUR: Text").ok_or("none")?;
    /// assert_eq!(d.separator().map(|s| s.kind()), Some(SeparatorKind::Colon));
    /// # Ok::<(), &str>(())
    /// ```
    #[must_use]
    pub fn separator(&self) -> Option<&Separator<'a>> {
        self.separator.as_ref()
    }
}

impl fmt::Display for Dateline<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.text)
    }
}

/// The place of a dateline, as written, with the city, region and country it names.
///
/// `as_str()` is the place with its qualifiers (`PORTLAND, Ore.`,
/// `LONDON, England`, `Washington D.C`). [`city`](Place::city) is the part before
/// the first qualifier; [`region`](Place::region) a US state, Canadian province or
/// similar as written; [`country`](Place::country) the country as written, or,
/// when the text leaves it out but a table knows it (a region, a city that stands
/// alone), the country's English name.
///
/// # Examples
///
/// ```
/// let d = dateline::parse_dateline("SAN DIEGO, Calif. (AP) — Text").ok_or("none")?;
/// let place = d.place().ok_or("no place")?;
/// assert_eq!(place.city(), Some("SAN DIEGO"));
/// assert_eq!(place.region(), Some("Calif."));
/// assert_eq!(place.region_name(), Some("California"));
/// assert_eq!(place.country(), Some("United States"));
/// assert!(place.is_country_inferred());
/// # Ok::<(), &str>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Place<'a> {
    pub(crate) text: &'a str,
    pub(crate) span: Span,
    pub(crate) city: Option<&'a str>,
    pub(crate) region: Option<&'a str>,
    pub(crate) region_name: Option<&'static str>,
    pub(crate) country: Option<&'a str>,
    pub(crate) country_inferred: bool,
}

impl<'a> Place<'a> {
    /// The place as written, with its qualifiers.
    ///
    /// # Examples
    ///
    /// ```
    /// let d = dateline::parse_dateline("LONDON, England (CNN) -- Text").ok_or("none")?;
    /// assert_eq!(d.place().map(|p| p.as_str()), Some("LONDON, England"));
    /// # Ok::<(), &str>(())
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &'a str {
        self.text
    }

    /// Where the place lies in the input.
    ///
    /// # Examples
    ///
    /// ```
    /// let d = dateline::parse_dateline("LIMA, Peru (Reuters) - Text").ok_or("none")?;
    /// assert_eq!(d.place().map(|p| p.span().range()), Some(0..10));
    /// # Ok::<(), &str>(())
    /// ```
    #[must_use]
    pub fn span(&self) -> Span {
        self.span
    }

    /// The city as written; several cities (`WASHINGTON/BRUSSELS`) stay together
    /// here, and [`cities`](Place::cities) splits them.
    ///
    /// # Examples
    ///
    /// ```
    /// let d = dateline::parse_dateline("Washington D.C, 13 July 2023 (TDI): Text").ok_or("none")?;
    /// assert_eq!(d.place().and_then(|p| p.city()), Some("Washington"));
    /// # Ok::<(), &str>(())
    /// ```
    #[must_use]
    pub fn city(&self) -> Option<&'a str> {
        self.city
    }

    /// Each city of a place that names several, split at `/`.
    ///
    /// # Examples
    ///
    /// ```
    /// let d = dateline::parse_dateline("WASHINGTON/BRUSSELS, Oct 5 (Reuters) - Text").ok_or("none")?;
    /// let cities: Vec<_> = d.place().ok_or("no place")?.cities().collect();
    /// assert_eq!(cities, ["WASHINGTON", "BRUSSELS"]);
    /// # Ok::<(), &str>(())
    /// ```
    pub fn cities(&self) -> impl Iterator<Item = &'a str> + use<'a> {
        self.city
            .unwrap_or("")
            .split('/')
            .map(str::trim)
            .filter(|c| !c.is_empty())
    }

    /// The region (state, province, district) as written, if the place has one.
    ///
    /// # Examples
    ///
    /// ```
    /// let d = dateline::parse_dateline("RALEIGH, NC / ACCESSWIRE / December 5, 2023 / Text").ok_or("none")?;
    /// assert_eq!(d.place().and_then(|p| p.region()), Some("NC"));
    /// # Ok::<(), &str>(())
    /// ```
    #[must_use]
    pub fn region(&self) -> Option<&'a str> {
        self.region
    }

    /// The region's full name from the crate's tables (`Calif.` is `California`),
    /// when the tables know it.
    ///
    /// # Examples
    ///
    /// ```
    /// let d = dateline::parse_dateline("PORTLAND, Maine (AP) -- Text").ok_or("none")?;
    /// assert_eq!(d.place().and_then(|p| p.region_name()), Some("Maine"));
    /// # Ok::<(), &str>(())
    /// ```
    #[must_use]
    pub fn region_name(&self) -> Option<&'static str> {
        self.region_name
    }

    /// The country: as written when the place names it (`KYIV, Ukraine`), else the
    /// one the tables give for its region or city, else `None`.
    ///
    /// # Examples
    ///
    /// ```
    /// let d = dateline::parse_dateline("KYIV, Ukraine — Text").ok_or("none")?;
    /// assert_eq!(d.place().and_then(|p| p.country()), Some("Ukraine"));
    /// # Ok::<(), &str>(())
    /// ```
    #[must_use]
    pub fn country(&self) -> Option<&'a str> {
        self.country
    }

    /// Whether [`country`](Place::country) came from the tables rather than the text.
    ///
    /// # Examples
    ///
    /// ```
    /// let d = dateline::parse_dateline("TOKYO, March 2 - Text").ok_or("none")?;
    /// let place = d.place().ok_or("no place")?;
    /// assert_eq!(place.country(), Some("Japan"));
    /// assert!(place.is_country_inferred());
    /// # Ok::<(), &str>(())
    /// ```
    #[must_use]
    pub fn is_country_inferred(&self) -> bool {
        self.country_inferred
    }
}

impl fmt::Display for Place<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.text)
    }
}

/// The date of a dateline: the text as written, the parts it gives, and the
/// calendar date they name.
///
/// A date written without a year (`March 3`) takes its year from the reference
/// date given to the [`Parser`](crate::Parser): the year that puts the date
/// nearest to the reference (so `Dec 30` read with a reference of 2 January is
/// in the previous year), and [`is_year_inferred`](DatelineDate::is_year_inferred)
/// says so. Without a reference date no year is invented and
/// [`to_naive_date`](DatelineDate::to_naive_date) is `None`. A date that names
/// no real day (`March 187`, `Feb 30`) keeps its text and parts and resolves to
/// `None`. A day written alone, as Europa Press dates its stories (`MADRID, 2
/// (EUROPA PRESS)`), has no month either: it resolves to the date with that
/// day nearest the reference, its month and year both inferred.
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use dateline::Parser;
/// let reference = NaiveDate::from_ymd_opt(1987, 3, 1).ok_or("bad date")?;
/// let article = Parser::new().reference_date(reference).parse("SALVADOR, Feb 26 - Rain.")?;
/// let date = article.dateline().and_then(|d| d.date()).ok_or("no date")?;
/// assert_eq!((date.month(), date.day(), date.year()), (Some(2), Some(26), None));
/// assert_eq!(date.to_naive_date(), NaiveDate::from_ymd_opt(1987, 2, 26));
/// assert!(date.is_year_inferred());
///
/// // a day alone: the nearest 30th to 2 December is 30 November
/// let reference = NaiveDate::from_ymd_opt(2026, 12, 2).ok_or("bad date")?;
/// let text = "MADRID, 30 (EUROPA PRESS) El Congreso votó.";
/// let article = Parser::new().reference_date(reference).parse(text)?;
/// let date = article.dateline().and_then(|d| d.date()).ok_or("no date")?;
/// assert_eq!((date.month(), date.day()), (None, Some(30)));
/// assert_eq!(date.to_naive_date(), NaiveDate::from_ymd_opt(2026, 11, 30));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DatelineDate<'a> {
    pub(crate) text: &'a str,
    pub(crate) span: Span,
    pub(crate) year: Option<i32>,
    pub(crate) month: Option<u32>,
    pub(crate) day: Option<u32>,
    pub(crate) weekday: Option<Weekday>,
    pub(crate) resolved: Option<NaiveDate>,
    pub(crate) year_inferred: bool,
}

impl<'a> DatelineDate<'a> {
    /// The date as written.
    ///
    /// # Examples
    ///
    /// ```
    /// let d = dateline::parse_dateline("BEIJING, Jan. 5 (Xinhua) -- Text").ok_or("none")?;
    /// assert_eq!(d.date().map(|x| x.as_str()), Some("Jan. 5"));
    /// # Ok::<(), &str>(())
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &'a str {
        self.text
    }

    /// Where the date lies in the input.
    ///
    /// # Examples
    ///
    /// ```
    /// let d = dateline::parse_dateline("LIMA, May 4 - Text").ok_or("none")?;
    /// assert_eq!(d.date().map(|x| x.span().range()), Some(6..11));
    /// # Ok::<(), &str>(())
    /// ```
    #[must_use]
    pub fn span(&self) -> Span {
        self.span
    }

    /// The year, when written.
    ///
    /// # Examples
    ///
    /// ```
    /// let d = dateline::parse_dateline("LONDON 1996-08-30\nText").ok_or("none")?;
    /// assert_eq!(d.date().and_then(|x| x.year()), Some(1996));
    /// # Ok::<(), &str>(())
    /// ```
    #[must_use]
    pub fn year(&self) -> Option<i32> {
        self.year
    }

    /// The month, 1 to 12, when written.
    ///
    /// # Examples
    ///
    /// ```
    /// let d = dateline::parse_dateline("PARIS, Sept. 5 (AFP) - Text").ok_or("none")?;
    /// assert_eq!(d.date().and_then(|x| x.month()), Some(9));
    /// # Ok::<(), &str>(())
    /// ```
    #[must_use]
    pub fn month(&self) -> Option<u32> {
        self.month
    }

    /// The day of the month as written (which may name no real day).
    ///
    /// # Examples
    ///
    /// ```
    /// let d = dateline::parse_dateline("ROME, March 187 - Text").ok_or("none")?;
    /// let date = d.date().ok_or("no date")?;
    /// assert_eq!(date.day(), Some(187));
    /// assert_eq!(date.to_naive_date(), None);
    /// # Ok::<(), &str>(())
    /// ```
    #[must_use]
    pub fn day(&self) -> Option<u32> {
        self.day
    }

    /// The weekday, when written (`Tuesday`, `Tues.`). A weekday that opens
    /// a dateline with no place stands where the place would, and is left
    /// out of the date's text ([`DatelineDate::as_str`]), as `HealthDay`
    /// writes it: `TUESDAY, March 3, 2026 (HealthDay News) --`.
    ///
    /// # Examples
    ///
    /// ```
    /// let d = dateline::parse_dateline("BONN, Tuesday, March 3 - Text").ok_or("none")?;
    /// assert_eq!(d.date().and_then(|x| x.weekday()), Some(chrono::Weekday::Tue));
    /// assert_eq!(d.date().map(|x| x.as_str()), Some("Tuesday, March 3"));
    ///
    /// let text = "TUESDAY, March 3, 2026 (HealthDay News) -- Text";
    /// let d = dateline::parse_dateline(text).ok_or("none")?;
    /// assert_eq!(d.date().map(|x| x.as_str()), Some("March 3, 2026"));
    /// assert_eq!(d.date().and_then(|x| x.weekday()), Some(chrono::Weekday::Tue));
    /// # Ok::<(), &str>(())
    /// ```
    #[must_use]
    pub fn weekday(&self) -> Option<Weekday> {
        self.weekday
    }

    /// The calendar date, when the year is written or was inferred and the day is real.
    ///
    /// # Examples
    ///
    /// ```
    /// let d = dateline::parse_dateline("Washington D.C, 13 July 2023 (TDI): Text").ok_or("none")?;
    /// let day = d.date().and_then(|x| x.to_naive_date()).ok_or("unresolved")?;
    /// assert_eq!(day.to_string(), "2023-07-13");
    /// # Ok::<(), &str>(())
    /// ```
    #[must_use]
    pub fn to_naive_date(&self) -> Option<NaiveDate> {
        self.resolved
    }

    /// Whether the year of [`to_naive_date`](DatelineDate::to_naive_date) came from
    /// the reference date rather than the text (for a day written alone, the
    /// month too).
    ///
    /// # Examples
    ///
    /// ```
    /// let d = dateline::parse_dateline("LONDON, March 3 - Text").ok_or("none")?;
    /// // no reference date: no year invented
    /// assert!(!d.date().ok_or("no date")?.is_year_inferred());
    /// # Ok::<(), &str>(())
    /// ```
    #[must_use]
    pub fn is_year_inferred(&self) -> bool {
        self.year_inferred
    }

    /// Fills in the resolved date from the written parts and a reference date.
    /// A day written alone (Europa Press's `MADRID, 2 (EUROPA PRESS)`) takes
    /// the month and year of the date with that day nearest the reference.
    pub(crate) fn resolve(&mut self, reference: Option<NaiveDate>) {
        self.resolved = None;
        self.year_inferred = false;
        let (Some(month), Some(day)) = (self.month, self.day) else {
            if let (None, None, Some(day), Some(reference)) =
                (self.year, self.month, self.day, reference)
            {
                self.resolved = nearest_with_day(reference, day);
                self.year_inferred = self.resolved.is_some();
            }
            return;
        };
        if let Some(year) = self.year {
            self.resolved = NaiveDate::from_ymd_opt(year, month, day);
            return;
        }
        let Some(reference) = reference else {
            return;
        };
        let base = reference.year();
        let mut best: Option<(i64, NaiveDate)> = None;
        for year in [base.checked_sub(1), Some(base), base.checked_add(1)]
            .into_iter()
            .flatten()
        {
            if let Some(candidate) = NaiveDate::from_ymd_opt(year, month, day) {
                let distance = (candidate - reference).num_days().abs();
                if best.is_none_or(|(d, _)| distance < d) {
                    best = Some((distance, candidate));
                }
            }
        }
        if let Some((_, date)) = best {
            self.resolved = Some(date);
            self.year_inferred = true;
        }
    }
}

/// The date nearest `reference` that falls on day `day` of its month: in
/// the reference's month, the one before or the one after.
fn nearest_with_day(reference: NaiveDate, day: u32) -> Option<NaiveDate> {
    let first = reference.with_day(1)?;
    let months = [
        first.checked_sub_months(chrono::Months::new(1)),
        Some(first),
        first.checked_add_months(chrono::Months::new(1)),
    ];
    months
        .into_iter()
        .flatten()
        .filter_map(|m| m.with_day(day))
        .min_by_key(|d| (*d - reference).num_days().abs())
}

impl fmt::Display for DatelineDate<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.text)
    }
}

/// The agency tag of a dateline, without its brackets or slashes:
/// `Reuters` in `(Reuters)`, `PRNewswire` in `/PRNewswire/`, `AP/Reuters` in
/// `(AP/Reuters)`.
///
/// [`agencies`](Source::agencies) lists the agencies it names; each one that the
/// crate's table knows has a full name. Unknown tags still parse.
///
/// # Examples
///
/// ```
/// let d = dateline::parse_dateline("WASHINGTON (AP) — Text").ok_or("none")?;
/// let source = d.source().ok_or("no source")?;
/// assert_eq!(source.as_str(), "AP");
/// assert_eq!(source.raw(), "(AP)");
/// let first = source.agencies().next().ok_or("no agency")?;
/// assert_eq!(first.name(), Some("The Associated Press"));
/// # Ok::<(), &str>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Source<'a> {
    pub(crate) text: &'a str,
    pub(crate) span: Span,
    pub(crate) raw: &'a str,
    pub(crate) raw_span: Span,
}

impl<'a> Source<'a> {
    /// The tag without its brackets or slashes.
    ///
    /// # Examples
    ///
    /// ```
    /// let d = dateline::parse_dateline("NEW YORK, Nov. 28, 2026 /PRNewswire/ -- Text").ok_or("none")?;
    /// assert_eq!(d.source().map(|s| s.as_str()), Some("PRNewswire"));
    /// # Ok::<(), &str>(())
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &'a str {
        self.text
    }

    /// Where the tag, without its brackets, lies in the input.
    ///
    /// # Examples
    ///
    /// ```
    /// let d = dateline::parse_dateline("PARIS (AFP) - Text").ok_or("none")?;
    /// assert_eq!(d.source().map(|s| s.span().range()), Some(7..10));
    /// # Ok::<(), &str>(())
    /// ```
    #[must_use]
    pub fn span(&self) -> Span {
        self.span
    }

    /// The tag with its brackets, slashes or dashes, as written.
    ///
    /// # Examples
    ///
    /// ```
    /// let d = dateline::parse_dateline("SAN FRANCISCO--(BUSINESS WIRE)--Text").ok_or("none")?;
    /// assert_eq!(d.source().map(|s| s.raw()), Some("(BUSINESS WIRE)"));
    /// # Ok::<(), &str>(())
    /// ```
    #[must_use]
    pub fn raw(&self) -> &'a str {
        self.raw
    }

    /// Where the tag with its brackets lies in the input.
    ///
    /// # Examples
    ///
    /// ```
    /// let d = dateline::parse_dateline("PARIS (AFP) - Text").ok_or("none")?;
    /// assert_eq!(d.source().map(|s| s.raw_span().range()), Some(6..11));
    /// # Ok::<(), &str>(())
    /// ```
    #[must_use]
    pub fn raw_span(&self) -> Span {
        self.raw_span
    }

    /// The agencies the tag names, split at `/`, `,`, `&`, ` and ` and ` via `
    /// (`MARKETWIRED via COMTEX`: the wire, then its distributor). A body's
    /// name of words with no agency of the table in it is one
    /// (`Fisheries and Oceans Canada`, a department that issues a release).
    ///
    /// # Examples
    ///
    /// ```
    /// let d = dateline::parse_dateline("GAZA (AP/AFP) - Text").ok_or("none")?;
    /// let names: Vec<_> = d.source().ok_or("no source")?
    ///     .agencies()
    ///     .map(|a| a.name().unwrap_or(a.as_str()))
    ///     .collect();
    /// assert_eq!(names, ["The Associated Press", "Agence France-Presse"]);
    /// # Ok::<(), &str>(())
    /// ```
    pub fn agencies(&self) -> impl Iterator<Item = Agency<'a>> + use<'a> {
        let base = self.span.start();
        let text = self.text;
        AgencySplit { text, pos: 0 }.map(move |(start, end)| {
            let part = text.get(start..end).unwrap_or("");
            Agency {
                text: part,
                span: Span::new(base + start, base + end),
                name: crate::tables::agencies::agency(part).map(|a| a.name),
            }
        })
    }
}

impl fmt::Display for Source<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.text)
    }
}

/// Splits an agency tag into trimmed parts, yielding byte ranges (the tag
/// whole when it is a body's name,
/// [`crate::grammar::source::is_body_name`]).
struct AgencySplit<'a> {
    text: &'a str,
    pos: usize,
}

impl Iterator for AgencySplit<'_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        if self.pos == 0 && crate::grammar::source::is_body_name(self.text) {
            self.pos = self.text.len();
            return Some((0, self.text.len()));
        }
        loop {
            let rest = self.text.get(self.pos..)?;
            if rest.is_empty() {
                return None;
            }
            let (len, skip) = next_agency_break(rest);
            let start = self.pos;
            self.pos += len + skip;
            let part = rest.get(..len).unwrap_or("");
            let trimmed = part.trim();
            if !trimmed.is_empty() {
                let lead = part.len() - part.trim_start().len();
                return Some((start + lead, start + lead + trimmed.len()));
            }
            if len + skip == 0 {
                return None;
            }
        }
    }
}

/// The length of the next agency name in `rest` and of the break after it.
pub(crate) fn next_agency_break(rest: &str) -> (usize, usize) {
    let bytes = rest.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes.get(i) {
            // a regional service's code after the wire's name is part of
            // its credit, not an agency: `dpa/lnw`
            Some(b'/') => {
                let code = rest.get(i + 1..).map_or(0, service_code_len);
                return (i, 1 + code);
            }
            Some(b',' | b'&' | b';') => return (i, 1),
            Some(b' ')
                if rest.get(i..i + 5).is_some_and(|s| {
                    s.eq_ignore_ascii_case(" and ") || s.eq_ignore_ascii_case(" via ")
                }) =>
            {
                return (i, 5);
            }
            _ => i += 1,
        }
    }
    (bytes.len(), 0)
}

/// The length of the regional service's code (`lnw`) that opens `rest`
/// and runs to its end or to the next break; 0 if none does.
fn service_code_len(rest: &str) -> usize {
    let len = rest.find(['/', ',', '&', ';', ' ']).unwrap_or(rest.len());
    match rest.get(..len) {
        Some(code) if crate::grammar::source::is_service_code(code) => len,
        _ => 0,
    }
}

/// One agency named in a [`Source`] tag.
///
/// # Examples
///
/// ```
/// let d = dateline::parse_dateline("BERLIN (dpa) - Text").ok_or("none")?;
/// let agency = d.source().and_then(|s| s.agencies().next()).ok_or("none")?;
/// assert_eq!(agency.as_str(), "dpa");
/// assert_eq!(agency.name(), Some("Deutsche Presse-Agentur"));
/// # Ok::<(), &str>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Agency<'a> {
    text: &'a str,
    span: Span,
    name: Option<&'static str>,
}

impl<'a> Agency<'a> {
    /// The agency as written in the tag.
    ///
    /// # Examples
    ///
    /// ```
    /// let d = dateline::parse_dateline("TORONTO (ZNW) - Text").ok_or("none")?;
    /// let agency = d.source().and_then(|s| s.agencies().next()).ok_or("none")?;
    /// assert_eq!((agency.as_str(), agency.name()), ("ZNW", None));
    /// # Ok::<(), &str>(())
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &'a str {
        self.text
    }

    /// Where the agency's name lies in the input.
    ///
    /// # Examples
    ///
    /// ```
    /// let d = dateline::parse_dateline("X (AP/AFP) - Text").ok_or("none")?;
    /// let spans: Vec<_> = d.source().ok_or("none")?.agencies().map(|a| a.span().range()).collect();
    /// assert_eq!(spans, [3..5, 6..9]);
    /// # Ok::<(), &str>(())
    /// ```
    #[must_use]
    pub fn span(&self) -> Span {
        self.span
    }

    /// The agency's full name, when the crate's table knows the tag.
    ///
    /// # Examples
    ///
    /// ```
    /// let d = dateline::parse_dateline("NEW DELHI, July 13 (IANS): Text").ok_or("none")?;
    /// let agency = d.source().and_then(|s| s.agencies().next()).ok_or("none")?;
    /// assert_eq!(agency.name(), Some("Indo-Asian News Service"));
    /// # Ok::<(), &str>(())
    /// ```
    #[must_use]
    pub fn name(&self) -> Option<&'static str> {
        self.name
    }
}

/// Which punctuation ends a dateline.
///
/// # Examples
///
/// ```
/// use dateline::SeparatorKind;
/// let d = dateline::parse_dateline("ATLANTA (AP) _ Text").ok_or("none")?;
/// assert_eq!(d.separator().map(|s| s.kind()), Some(SeparatorKind::Underscore));
/// # Ok::<(), &str>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SeparatorKind {
    /// `—` (U+2014), or as HTML writes it in scraped text: `&mdash;`,
    /// `&#8212;`, `&#x2014;`.
    EmDash,
    /// `–` (U+2013), or as HTML writes it: `&ndash;`, `&#8211;`, `&#x2013;`.
    EnDash,
    /// `―` (U+2015).
    HorizontalBar,
    /// `--`, or a typed em dash of three hyphens (`---`).
    DoubleHyphen,
    /// `-`.
    Hyphen,
    /// `_`, the ANPA wire's dash.
    Underscore,
    /// `:`.
    Colon,
    /// `/`, closing a press-release dateline (`/ ACCESSWIRE / December 5,
    /// 2023 /`), or `//`, as The National printed it (`DUBAI // The fare …`).
    Slash,
    /// `•` (U+2022), as some papers print it (`ST. LOUIS • The city …`).
    Bullet,
    /// A tab alone between the dateline and the story, as papers' print
    /// pages set it (`ROCHESTER, Minn.\tNight-shift workers …`): after a
    /// place the tables know or a known agency's tag.
    Tab,
    /// `.-` and other marks some agencies use, a dash after the period
    /// that closes the date, as older papers print it (`.—`, `. --`), a
    /// run of periods (`BOSTON, MARCH 16, 2026.....The Senate …`), and a
    /// period alone after a known place opening the story (`Kampala. The
    /// city …`), an equals sign after an agency's tag (`PRAGUE (CTK) =
    /// The cabinet …`), and a semicolon after one (`COLOMBO (News 1st);
    /// The …`).
    Other,
}

impl SeparatorKind {
    /// Whether the separator is a dash of some kind (not a colon, an
    /// underscore, a slash or `.-`): the marks that may stand on both sides
    /// of a dateline's date or tag (`LONDON – 28 November 2026 –`).
    pub(crate) fn is_dash(self) -> bool {
        matches!(
            self,
            SeparatorKind::Hyphen
                | SeparatorKind::DoubleHyphen
                | SeparatorKind::EnDash
                | SeparatorKind::EmDash
                | SeparatorKind::HorizontalBar
        )
    }
}

/// The punctuation that ends a dateline, as written.
///
/// # Examples
///
/// ```
/// use dateline::SeparatorKind;
/// let d = dateline::parse_dateline("BEIJING, Jan. 5 (Xinhua) -- Text").ok_or("none")?;
/// let sep = d.separator().ok_or("no separator")?;
/// assert_eq!((sep.as_str(), sep.kind()), ("--", SeparatorKind::DoubleHyphen));
/// # Ok::<(), &str>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Separator<'a> {
    pub(crate) text: &'a str,
    pub(crate) span: Span,
    pub(crate) kind: SeparatorKind,
}

impl<'a> Separator<'a> {
    /// The separator as written.
    ///
    /// # Examples
    ///
    /// ```
    /// let d = dateline::parse_dateline("WASHINGTON (AP) — Text").ok_or("none")?;
    /// assert_eq!(d.separator().map(|s| s.as_str()), Some("—"));
    /// # Ok::<(), &str>(())
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &'a str {
        self.text
    }

    /// Where the separator lies in the input.
    ///
    /// # Examples
    ///
    /// ```
    /// let d = dateline::parse_dateline("PARIS (AFP) - Text").ok_or("none")?;
    /// assert_eq!(d.separator().map(|s| s.span().range()), Some(12..13));
    /// # Ok::<(), &str>(())
    /// ```
    #[must_use]
    pub fn span(&self) -> Span {
        self.span
    }

    /// Which separator it is.
    ///
    /// # Examples
    ///
    /// ```
    /// use dateline::SeparatorKind;
    /// let d = dateline::parse_dateline("KYIV, Ukraine – Text").ok_or("none")?;
    /// assert_eq!(d.separator().map(|s| s.kind()), Some(SeparatorKind::EnDash));
    /// # Ok::<(), &str>(())
    /// ```
    #[must_use]
    pub fn kind(&self) -> SeparatorKind {
        self.kind
    }
}

impl fmt::Display for Separator<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_alone_takes_the_nearest_month() {
        let on = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        let reference = on(2026, 11, 30).unwrap_or_default();
        assert_eq!(nearest_with_day(reference, 1), on(2026, 12, 1));
        assert_eq!(nearest_with_day(reference, 28), on(2026, 11, 28));
        let reference = on(2026, 12, 2).unwrap_or_default();
        assert_eq!(nearest_with_day(reference, 30), on(2026, 11, 30));
        // the 31st: November has none; December's is nearer than October's
        assert_eq!(nearest_with_day(reference, 31), on(2026, 12, 31));
    }
}
