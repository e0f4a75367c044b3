//! Records of the research corpora in SGML or XML markup, one story a
//! record: LDC's Gigaword (`<DOC id="…">`, `<HEADLINE>`, `<DATELINE>`,
//! `<TEXT>`, `<P>`), Reuters-21578 (`<REUTERS …>`, `<TITLE>`, `<DATELINE>`,
//! `<BODY>`), the TREC disks (`<DOC>`, `<DOCNO>`, `<HEAD>`, `<HL>`,
//! `<BYLINE>`, `<TEXT>`; FBIS's `<HEADER>`, `<TI>` and fields over the
//! story), Reuters Corpus Volume 1 (`<newsitem …>`, `<headline>`,
//! `<dateline>`, `<text>`, `<p>`) and NITF (`<nitf>`, `<hl1>`,
//! `<byline>`, `<body.content>`), and a feed's item saved alone (RSS's
//! `<item>`, Atom's `<entry>`). The parser reads such a record's elements
//! by their names; here are the tests of a tag, of what an element's name
//! says it holds, and of the tags and control entities (`&#3;`) around a
//! paragraph's words.
//!
//! Every test takes a string slice and allocates nothing.

/// The longest tag read, `<` to `>`, in bytes: a record's opening tag
/// with its attributes fits.
const MAX_TAG: usize = 400;

/// A tag at the start of a string: `<HEADLINE>`, `</P>`, `<DOC id="…">`,
/// `<?xml version="1.0"?>`, `<code code="MEX"/>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Tag<'t> {
    /// The element's name as written (`HEADLINE`, `body.content`); a
    /// declaration's keeps its mark (`?xml`, `!DOCTYPE`).
    pub(crate) name: &'t str,
    /// The tag's length in bytes, `<` to `>`.
    pub(crate) len: usize,
    /// Whether it closes an element (`</P>`).
    pub(crate) closing: bool,
    /// Whether it opens no element: one closed in itself (`<x/>`) or a
    /// declaration (`<?xml …?>`, `<!DOCTYPE …>`).
    pub(crate) empty: bool,
}

/// What opens a section of character data, as a feed's item wraps its
/// elements' words in (`<description><![CDATA[<p>…</p>]]></description>`):
/// read as a tag that opens no element, its name the mark.
const CDATA_OPEN: &str = "<![CDATA[";

/// What closes a section of character data.
const CDATA_CLOSE: &str = "]]>";

/// The tag `t` opens with: `<`, an optional `/`, `?` or `!`, a name of
/// ASCII letters, digits and `.`, `_`, `-`, `:` opening with a letter,
/// then anything but `<` and line breaks up to `>` (at most [`MAX_TAG`]
/// bytes in all); or the mark opening character data ([`CDATA_OPEN`]).
pub(crate) fn tag(t: &str) -> Option<Tag<'_>> {
    let bytes = t.as_bytes();
    if bytes.first() != Some(&b'<') {
        return None;
    }
    if bytes.starts_with(CDATA_OPEN.as_bytes()) {
        return Some(Tag {
            name: CDATA_OPEN,
            len: CDATA_OPEN.len(),
            closing: false,
            empty: true,
        });
    }
    let (closing, declaration) = match bytes.get(1) {
        Some(b'/') => (true, false),
        Some(b'?' | b'!') => (false, true),
        _ => (false, false),
    };
    let name_start = if closing { 2 } else { 1 };
    let mark = usize::from(declaration);
    let name_len = mark
        + bytes
            .get(name_start + mark..)?
            .iter()
            .take_while(|&&b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-' | b':'))
            .count();
    if !bytes
        .get(name_start + mark)
        .is_some_and(u8::is_ascii_alphabetic)
    {
        return None;
    }
    let name_end = name_start + name_len;
    let close = bytes
        .get(name_end..)?
        .iter()
        .take(MAX_TAG)
        .position(|&b| matches!(b, b'>' | b'<' | b'\n' | b'\r'))
        .filter(|&k| bytes.get(name_end + k) == Some(&b'>'))?;
    let len = name_end + close + 1;
    if !matches!(bytes.get(name_end), Some(b'>' | b' ' | b'\t' | b'/' | b'?')) {
        return None;
    }
    Some(Tag {
        name: t.get(name_start..name_end)?,
        len,
        closing,
        empty: declaration || (len >= 2 && bytes.get(len - 2) == Some(&b'/')),
    })
}

/// What an element of a record holds, by its name ([`role`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    /// The headline: `HEADLINE`, TREC's `HEAD` and `HL`, NITF's `hl1`.
    Headline,
    /// A title: the headline unless a `HEADLINE` follows it (RCV1 prints
    /// both, the title with the country before it).
    Title,
    /// The byline: `BYLINE`, Reuters-21578's `AUTHOR`, a feed's
    /// `dc:creator` and Atom's `name` (inside `author`).
    Byline,
    /// The dateline: `DATELINE`.
    Dateline,
    /// The record's date: `DATE`, TREC's `DD`, `DATE_TIME`, a feed's
    /// `pubDate`, `published` and `updated`.
    Date,
    /// The story: `TEXT`, `BODY`, NITF's `body.content`, a feed's
    /// `description`, `content:encoded` and `content`.
    Story,
    /// A paragraph of the story: `P`.
    Paragraph,
    /// NITF's block of the story's paragraphs: `block` (its lead
    /// paragraph's block repeats the full text's first paragraph).
    Block,
    /// Anything else: the record's number, codes, topics, notes.
    Other,
}

/// The element names [`role`] knows, with what each holds.
const ROLES: [(&str, Role); 25] = [
    ("HEADLINE", Role::Headline),
    ("TI", Role::Headline),
    ("HEAD", Role::Headline),
    ("HL", Role::Headline),
    ("HL1", Role::Headline),
    ("TITLE", Role::Title),
    ("BYLINE", Role::Byline),
    ("AUTHOR", Role::Byline),
    ("DATELINE", Role::Dateline),
    ("DATE", Role::Date),
    ("DD", Role::Date),
    ("DATE_TIME", Role::Date),
    ("TEXT", Role::Story),
    ("BODY", Role::Story),
    ("BODY.CONTENT", Role::Story),
    ("description", Role::Story),
    ("dc:creator", Role::Byline),
    ("name", Role::Byline),
    ("pubDate", Role::Date),
    ("content:encoded", Role::Story),
    ("content", Role::Story),
    ("published", Role::Date),
    ("updated", Role::Date),
    ("P", Role::Paragraph),
    ("block", Role::Block),
];

/// Where the line of the headline's words `t` that is a rule alone
/// ([`is_rule_line`](super::export::is_rule_line): `----`) starts and ends, as the Wall Street Journal's records
/// print one between the headline and the byline (`Heating Oil Climbs` /
/// `----` / `By Ann Poe`): offsets into `t`, the rule's line not the first
/// and with words under it.
pub(crate) fn byline_rule(t: &str) -> Option<(usize, usize)> {
    let at = memchr::memchr2(b'\n', b'\r', t.as_bytes())?;
    let mut start = at + 1;
    while let Some(rest) = t.get(start..) {
        let line_len = memchr::memchr2(b'\n', b'\r', rest.as_bytes()).unwrap_or(rest.len());
        let line = rest.get(..line_len).unwrap_or("");
        let rule = line.trim();
        if super::export::is_rule_line(rule) {
            let lead = line.len() - line.trim_start().len();
            let (a, b) = (start + lead, start + lead + rule.len());
            return t
                .get(b..)
                .is_some_and(|r| !r.trim().is_empty())
                .then_some((a, b));
        }
        start += line_len + 1;
    }
    None
}

/// Whether the trimmed line `t` is one of the fields FBIS's records print
/// over the story in its `<TEXT>`: `Language: <F P=105> English </F>`,
/// `Article Type:BFN`.
pub(crate) fn is_fbis_field(t: &str) -> bool {
    t.starts_with("Language:") || t.starts_with("Article Type:")
}

/// What the element named `name` holds, in any case.
pub(crate) fn role(name: &str) -> Role {
    ROLES
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map_or(Role::Other, |&(_, r)| r)
}

/// The names of the elements a record opens with, in any case: Gigaword's
/// and TREC's `DOC`, `REUTERS`, RCV1's `newsitem`, `nitf`, a feed's
/// `item` (RSS) and `entry` (Atom), and an XML declaration or document type
/// before them.
const RECORDS: [&str; 8] = [
    "DOC", "REUTERS", "newsitem", "nitf", "?xml", "!DOCTYPE", "item", "entry",
];

/// Whether the trimmed line `t` opens a research corpus' record: its
/// first tag is one of [`RECORDS`].
pub(crate) fn opens_record(t: &str) -> bool {
    tag(t).is_some_and(|g| !g.closing && RECORDS.iter().any(|r| r.eq_ignore_ascii_case(g.name)))
}

/// Where the element named `name` closes in `t`: the offset of its closing
/// tag (`</HEADLINE>`), in any case, and the tag's length.
pub(crate) fn close_of(t: &str, name: &str) -> Option<(usize, usize)> {
    memchr::memmem::find_iter(t.as_bytes(), b"</").find_map(|at| {
        let g = tag(t.get(at..)?)?;
        (g.closing && g.name.eq_ignore_ascii_case(name)).then_some((at, g.len))
    })
}

/// Whether every tag in `t` is a paragraph's (`<P>`, `</P>`) or opens
/// character data (`<![CDATA[`): the words
/// of an element that holds no other element.
pub(crate) fn only_paragraph_tags(t: &str) -> bool {
    memchr::memchr_iter(b'<', t.as_bytes()).all(|at| {
        t.get(at..)
            .and_then(tag)
            .is_some_and(|g| role(g.name) == Role::Paragraph || g.name == CDATA_OPEN)
    })
}

/// The length of the control entity `t` opens with (`&#2;`, `&#31;`), as
/// Reuters-21578 keeps the wire's control codes.
pub(crate) fn entity(t: &str) -> Option<usize> {
    let digits = t.strip_prefix("&#")?;
    let n = digits.bytes().take_while(u8::is_ascii_digit).count();
    (n > 0 && n <= 3 && digits.as_bytes().get(n) == Some(&b';')).then_some(2 + n + 1)
}

/// How long the marks that open the trimmed line `t` are, when they stand
/// next to a tag: Reuters-21578's control code after one (`<TEXT>&#2;`,
/// `t` from the code on), or the stars before a brief's title
/// (`******<TITLE>`).
pub(crate) fn lead_marks(t: &str) -> Option<usize> {
    let stars = t.bytes().take_while(|&b| b == b'*').count();
    entity(t).or_else(|| {
        (stars > 0 && t.get(stars..).is_some_and(|r| r.starts_with('<'))).then_some(stars)
    })
}

/// Whether the trimmed line `t` opens with a tag or a control entity.
pub(crate) fn tag_led(t: &str) -> bool {
    tag(t).is_some() || entity(t).is_some()
}

/// How far the tags, control entities and blank space `t` opens with
/// reach, in bytes.
pub(crate) fn lead_tags(t: &str) -> usize {
    let mut at = 0;
    while let Some(rest) = t.get(at..) {
        let blank = rest.len() - rest.trim_start().len();
        let rest = rest.trim_start();
        match tag(rest).map(|g| g.len).or_else(|| entity(rest)) {
            Some(len) => at += blank + len,
            None => break,
        }
    }
    at
}

/// Where the tags, control entities, closes of character data (`]]>`) and
/// blank space `t` ends with start,
/// in bytes (the length of `t` when it ends with none).
pub(crate) fn trail_tags(t: &str) -> usize {
    let mut end = t.len();
    while let Some(rest) = t.get(..end).map(str::trim_end) {
        let last = if rest.ends_with(CDATA_CLOSE) {
            Some(rest.len() - CDATA_CLOSE.len())
        } else if rest.ends_with('>') {
            rest.rfind('<').filter(|&at| {
                t.get(at..)
                    .and_then(tag)
                    .is_some_and(|g| at + g.len == rest.len())
            })
        } else if rest.ends_with(';') {
            rest.rfind("&#")
                .filter(|&at| t.get(at..).and_then(entity) == Some(rest.len() - at))
        } else {
            None
        };
        match last {
            Some(at) => end = at,
            None => break,
        }
    }
    end
}

/// Whether the tags in `t` close a record's story (`</TEXT>`, `</BODY>`,
/// `</body.content>`): what follows is the record's, not the story's.
pub(crate) fn closes_story(t: &str) -> bool {
    memchr::memmem::find_iter(t.as_bytes(), b"</").any(|at| {
        t.get(at..)
            .and_then(tag)
            .is_some_and(|g| role(g.name) == Role::Story)
    })
}

/// The Financial Times' date before its headline in the TREC records
/// (`FT  14 MAY 91 / Survey of Japan: …`): where the headline's words start
/// in `t`.
pub(crate) fn ft_prefix(t: &str) -> Option<usize> {
    let rest = t.strip_prefix("FT ")?;
    let slash = memchr::memmem::find(rest.as_bytes(), b" / ").filter(|&k| k <= 24)?;
    let date = rest.get(..slash)?.trim();
    let digits = date.bytes().filter(u8::is_ascii_digit).count();
    (digits >= 3 && date.bytes().all(|b| b.is_ascii_alphanumeric() || b == b' '))
        .then_some(3 + slash + 3)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byline_rules() {
        for (t, want) in [
            ("Oil Climbs\n   ----\n   By Ann Poe", Some((14, 18))),
            ("Oil Climbs\r\n----\r\nBy Ann Poe", Some((12, 16))),
            // no words under it, the first line, a blank line, a dash
            ("Oil Climbs\n   ----\n  ", None),
            ("----\nBy Ann Poe", None),
            ("Oil Climbs\n\nBy Ann Poe", None),
            ("Oil Climbs\n-\nBy Ann Poe", None),
            ("Oil Climbs -- Again\nBy Ann Poe", None),
        ] {
            assert_eq!(byline_rule(t), want, "{t:?}");
        }
    }

    #[test]
    fn tags() {
        let g = tag(r#"<DOC id="AFP_ENG_19970926.0017" type="story" >"#);
        assert_eq!(
            g.map(|g| (g.name, g.closing, g.empty)),
            Some(("DOC", false, false))
        );
        assert_eq!(
            tag("</P> x").map(|g| (g.name, g.len, g.closing)),
            Some(("P", 4, true))
        );
        assert_eq!(tag("<body.content>").map(|g| g.name), Some("body.content"));
        assert_eq!(
            tag(r#"<?xml version="1.0" encoding="iso-8859-1" ?>"#).map(|g| (g.name, g.empty)),
            Some(("?xml", true))
        );
        assert_eq!(tag(r#"<code code="MEX"/>"#).map(|g| g.empty), Some(true));
        // not tags: a comparison, a bracket in prose, an unclosed tag
        for t in [
            "< 5 percent",
            "<3 hearts",
            "<P",
            "<P\n>",
            "<>",
            "</ P>",
            "<a<b>",
        ] {
            assert_eq!(tag(t), None, "{t}");
        }
    }

    #[test]
    fn roles_and_records() {
        assert_eq!(role("hl1"), Role::Headline);
        assert_eq!(role("Body.Content"), Role::Story);
        assert_eq!(role("TITLE"), Role::Title);
        assert_eq!(role("DOCNO"), Role::Other);
        assert!(opens_record(
            r#"<DOC id="XIN_ENG_19970926.0017" type="story" >"#
        ));
        assert!(opens_record("<DOC>"));
        assert!(opens_record(r#"<REUTERS TOPICS="YES" NEWID="1">"#));
        assert!(opens_record(
            r#"<?xml version="1.0" encoding="iso-8859-1" ?>"#
        ));
        assert!(!opens_record("<HEADLINE>"));
        assert!(!opens_record("</DOC>"));
        assert!(!opens_record("<html>"));
        assert!(!opens_record("DOC"));
    }

    #[test]
    fn closing_tags() {
        let t = "Storm nears coast\n</HEADLINE>";
        assert_eq!(close_of(t, "headline"), Some((18, 11)));
        assert_eq!(close_of("<D>cocoa</D></TOPICS>", "TOPICS"), Some((12, 9)));
        assert_eq!(close_of("no close </P>", "HEADLINE"), None);
    }

    #[test]
    fn tags_around_words() {
        let t = "<p>Markets rose.</p>";
        assert_eq!((lead_tags(t), trail_tags(t)), (3, 16));
        let t = "&#3;</BODY></TEXT>";
        assert_eq!((lead_tags(t), trail_tags(t)), (t.len(), 0));
        let t = "<P>\nText here.\n</P>";
        assert_eq!(
            t.get(lead_tags(t)..trail_tags(t)).map(str::trim),
            Some("Text here.")
        );
        // no tags: the whole
        assert_eq!((lead_tags("Text."), trail_tags("Text.")), (0, 5));
        // a bracket in prose is no tag
        assert_eq!(trail_tags("rates > 5"), 9);
        assert!(only_paragraph_tags("\n<P>\nHARBOR VOTE\n</P>\n"));
        assert!(only_paragraph_tags("Harbor vote"));
        assert!(!only_paragraph_tags("<title>Vote</title>\n<meta/>"));
        assert!(closes_story("&#3;</BODY></TEXT>"));
        assert!(!closes_story("</P>"));
        assert!(tag_led("&#2;"));
        assert!(!tag_led("& more"));
    }

    #[test]
    fn ft_dates() {
        let t = "FT  14 MAY 91 / Survey of Japan: Exports rise";
        assert_eq!(
            t.get(ft_prefix(t).unwrap_or(0)..),
            Some("Survey of Japan: Exports rise")
        );
        assert_eq!(ft_prefix("FT  3 JUN 92 / Bonds"), Some(15));
        assert_eq!(ft_prefix("FT reporters / notes"), None);
        assert_eq!(ft_prefix("Exports rise"), None);
    }
}
