//! Markdown as reader services, crawlers and note files save news pages:
//! the shapes of a line the parser reads in such a page's header. A heading
//! (`# Storm nears coast`, or a line over a setext underline, `====`), a
//! line wrapped whole in emphasis (`*by Ann Poe*`, `**NEW DELHI:**`), an
//! image (`![Riders wait](https://…)`), a line of links alone (a menu, a
//! logo, a breadcrumb trail: `* [World](https://…)`, `[Home](…) › [Sport](…)`),
//! a rule (`* * *`), a reader service's labelled fields (`Title: …`, `URL
//! Source: …`, `Published Time: …`, `Markdown Content:`), a note file's
//! front matter (`title: "…"` between `---` lines), a table of the
//! article's details (`| Author | Ann Poe |`) and a mail's header (`From:`,
//! `Subject:`), with the dumps of news services' fields (`title: …`,
//! `content: …`).
//!
//! Every test here takes a trimmed line and allocates nothing.

/// The most `#` marks of a heading.
const MAX_LEVEL: usize = 6;

/// A heading written with `#` marks (`# Storm nears coast`, `### Kicker`,
/// closing marks too: `## Storm ##`): its level and the byte range of its
/// text in the trimmed line `t`. A run of marks with no word after it is
/// none (a release's end mark, `###`, or `# # #`).
pub(crate) fn heading(t: &str) -> Option<(usize, usize, usize)> {
    let bytes = t.as_bytes();
    let level = bytes.iter().take_while(|&&b| b == b'#').count();
    if level == 0 || level > MAX_LEVEL || !matches!(bytes.get(level), Some(b' ' | b'\t')) {
        return None;
    }
    let rest = t.get(level..)?;
    let start = level + (rest.len() - rest.trim_start().len());
    // closing marks count when a space stands before them
    let open = t.trim_end_matches('#');
    let end = if open.len() < t.len() && open.ends_with([' ', '\t']) {
        open.trim_end().len()
    } else {
        t.len()
    };
    let inner = t.get(start..end)?;
    inner
        .chars()
        .any(char::is_alphanumeric)
        .then_some((level, start, end))
}

/// Whether the trimmed line `t` is a setext underline of the first level,
/// three `=` or more (`Storm nears coast` / `=================`).
pub(crate) fn is_underline(t: &str) -> bool {
    t.len() >= 3 && t.bytes().all(|b| b == b'=')
}

/// Whether the trimmed line `t` is a rule: three or more of one of `-`, `*`
/// or `_`, spaces between them allowed (`---`, `* * *`, `___`).
pub(crate) fn is_rule(t: &str) -> bool {
    let Some(&mark) = t.as_bytes().first() else {
        return false;
    };
    matches!(mark, b'-' | b'*' | b'_')
        && t.bytes().all(|b| b == mark || b == b' ')
        && t.bytes().filter(|&b| b == mark).count() >= 3
}

/// The emphasis wrapping the whole trimmed line `t` (`**By Ann Poe**`,
/// `*by Ann Poe*`, `_January 11, 2026_`): the lengths of its opening and
/// closing marks, the same mark on both ends, with text between them that
/// opens and ends with no blank space and holds no such mark of its own. A
/// list's item (`* World`) is none: blank space follows its mark.
pub(crate) fn emphasis(t: &str) -> Option<usize> {
    let mark = ["**", "__", "*", "_"]
        .into_iter()
        .find(|m| t.starts_with(m) && t.ends_with(m))?;
    let inner = t.get(mark.len()..t.len().checked_sub(mark.len())?)?;
    let tight = !inner.is_empty()
        && !inner.starts_with([' ', '\t'])
        && !inner.ends_with([' ', '\t'])
        && !inner.contains(mark);
    tight.then_some(mark.len())
}

/// The length of a list item's mark and the blank space after it at the
/// start of the trimmed line `t` (`* `, `- `, `+ `, `1. `), or 0.
fn list_mark(t: &str) -> usize {
    let bytes = t.as_bytes();
    let mark = if let [b'*' | b'-' | b'+', b' ' | b'\t', ..] = bytes {
        1
    } else {
        let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
        match bytes.get(digits..) {
            Some([b'.' | b')', b' ' | b'\t', ..]) if digits > 0 && digits < 4 => digits + 1,
            _ => return 0,
        }
    };
    let rest = t.get(mark..).unwrap_or("");
    mark + (rest.len() - rest.trim_start().len())
}

/// The length of the link (or image) opening `s` (`[World](https://…)`,
/// `![Logo](…)`, `[![Logo](…)](https://…)`): brackets and parentheses
/// matched, the text's `]` right before the target's `(`.
fn link_len(s: &str) -> Option<usize> {
    let bytes = s.as_bytes();
    let open = usize::from(bytes.first() == Some(&b'!'));
    if bytes.get(open) != Some(&b'[') {
        return None;
    }
    let mut depth = 0usize;
    let mut close = None;
    for (i, &b) in bytes.iter().enumerate().skip(open) {
        match b {
            b'[' => depth += 1,
            b']' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    close = Some(i);
                    break;
                }
            }
            _ => {}
        }
    }
    let close = close?;
    if bytes.get(close + 1) != Some(&b'(') {
        return None;
    }
    let mut depth = 0usize;
    for (i, &b) in bytes.iter().enumerate().skip(close + 1) {
        match b {
            b'(' => depth += 1,
            b')' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            _ => {}
        }
    }
    None
}

/// Whether the trimmed line `t` is an image alone (`![Riders wait at the
/// dock](https://…)`), or a linked one (a site's logo).
pub(crate) fn is_image(t: &str) -> bool {
    let t = t.strip_prefix('[').unwrap_or(t);
    t.starts_with("![") && t.ends_with(')')
}

/// Whether the trimmed line `t` is links alone, perhaps a list's item: a
/// menu's entry (`* [World](https://…)`), a skip link (`[Skip to
/// content](#main)`), a logo, controls (`[Subscribe](…) [Sign in](…)`), a
/// breadcrumb trail (`[Home](…) › [Sport](…)`, `[Site](…) · [Features](…)`).
pub(crate) fn is_links(t: &str) -> bool {
    let mut rest = t.get(list_mark(t)..).unwrap_or("");
    let mut links = 0;
    loop {
        rest = rest.trim_start_matches(|c: char| {
            c.is_whitespace() || matches!(c, '|' | '·' | '›' | '»' | '>' | '/' | '•' | ',')
        });
        if rest.is_empty() {
            return links > 0;
        }
        let Some(len) = link_len(rest) else {
            return false;
        };
        links += 1;
        rest = rest.get(len..).unwrap_or("");
    }
}

/// Where the text of a link that is the whole of `t` lies (`[Floods
/// force 400 from homes](https://…)` gives the range of `Floods force 400
/// from homes`): a title saved as a link to its page. An image is none.
pub(crate) fn whole_link(t: &str) -> Option<(usize, usize)> {
    if !t.starts_with('[') || link_len(t) != Some(t.len()) {
        return None;
    }
    let close = t.find("](")?;
    (close > 1).then_some((1, close))
}

/// Whether the trimmed line `t` is a menu's item written with a list's
/// mark and up to three words (`* Travel`, `- Sport`), as text stripped of
/// its links keeps it.
pub(crate) fn is_menu_item(t: &str) -> bool {
    let mark = list_mark(t);
    mark > 0
        && t.get(mark..)
            .is_some_and(|item| !item.is_empty() && item.split(' ').count() <= 3)
}

/// The links opening the trimmed line `t` and the joiners between them
/// (`[Ann Poe](…) and [Tom Roe](…)`, `, ` or ` & ` too): their part of the
/// line, and the rest after them. `None` where no link opens the line.
pub(crate) fn leading_links(t: &str) -> Option<(&str, &str)> {
    let mut rest = t;
    loop {
        let len = link_len(rest)?;
        rest = rest.get(len..)?;
        match [" and ", ", ", " & "]
            .iter()
            .find_map(|j| rest.strip_prefix(j))
            .filter(|r| r.starts_with('['))
        {
            Some(next) => rest = next,
            None => break,
        }
    }
    Some((t.get(..t.len() - rest.len())?, rest))
}

/// The link texts of the trimmed line `t`, in order: `By [Ann Poe](…) and
/// [Tom Roe](…)` gives `Ann Poe`, `Tom Roe` (images' alternative texts
/// aside).
pub(crate) fn link_texts(t: &str) -> impl Iterator<Item = &str> {
    let mut rest = t;
    core::iter::from_fn(move || {
        loop {
            let at = memchr::memchr(b'[', rest.as_bytes())?;
            let from = rest.get(at..)?;
            let image = at > 0 && rest.as_bytes().get(at - 1) == Some(&b'!');
            match link_len(from) {
                Some(len) => {
                    let link = from.get(..len)?;
                    rest = from.get(len..)?;
                    let close = link.find("](")?;
                    if !image {
                        return link.get(1..close);
                    }
                }
                None => rest = from.get(1..)?,
            }
        }
    })
}

/// A reader service's labelled field at the top of a saved page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ReaderField {
    /// `Title: …`, the page's title.
    Title,
    /// `URL Source: …`, the page's address.
    Source,
    /// `Published Time: …`, the page's time stamp.
    Published,
    /// `Markdown Content:`, over the page.
    Content,
}

/// The reader service's fields, as they open their lines.
const READER_FIELDS: [(&str, ReaderField); 4] = [
    ("Title:", ReaderField::Title),
    ("URL Source:", ReaderField::Source),
    ("Published Time:", ReaderField::Published),
    ("Markdown Content:", ReaderField::Content),
];

/// The reader service's field opening the trimmed line `t`, with the length
/// of its label (`Title:`).
pub(crate) fn reader_field(t: &str) -> Option<(ReaderField, usize)> {
    READER_FIELDS
        .iter()
        .find(|(label, _)| t.starts_with(label))
        .map(|&(label, field)| (field, label.len()))
}

/// The key and the byte range of the value of a front matter's line
/// (`title: "Storm nears coast"`, `author: Ann Poe`, TOML's `title =
/// "…"`, an org file's `#+TITLE: …`), in the trimmed line `t`: a key of
/// letters, `_` or `-`, a colon or `=`, the value without the quotes
/// around it.
pub(crate) fn front_field(t: &str) -> Option<(&str, usize, usize)> {
    // (an org file's `#+TITLE: …`; TOML's `title = "…"`; a feed item's
    // Dublin Core field, `dc:creator: …`)
    let from = if t.starts_with("#+") {
        2
    } else if t.starts_with("dc:") {
        3
    } else {
        0
    };
    let colon = from + memchr::memchr2(b':', b'=', t.get(from..)?.as_bytes())?;
    let key = t.get(from..colon)?.trim_end();
    // (`Author(s):` as extraction tools print it)
    let key = key.strip_suffix("(s)").unwrap_or(key);
    let keyed = !key.is_empty()
        && key.len() <= 16
        && key
            .bytes()
            .all(|b| b.is_ascii_alphabetic() || matches!(b, b'_' | b'-'));
    if !keyed {
        return None;
    }
    let rest = t.get(colon + 1..)?;
    let value = rest.trim();
    let mut start = colon + 1 + (rest.len() - rest.trim_start().len());
    let mut end = start + value.len();
    if value.len() >= 2
        && ((value.starts_with('"') && value.ends_with('"'))
            || (value.starts_with('\'') && value.ends_with('\'')))
    {
        start += 1;
        end -= 1;
    }
    Some((key, start, end))
}

/// What a field's key names, as note files, news services' dumps and
/// tables of details spell it, in any ASCII case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Key {
    /// `title`, `headline`.
    Title,
    /// `author`, `authors`, `byline`, `creator`.
    Author,
    /// `date`, `published`, `pubdate`, `publishedAt`, `published_at`.
    Date,
    /// `content`, `body`, `text`, `story`, `article`: the story itself.
    Story,
    /// Any other key (`source`, `tags`, `url`).
    Other,
}

/// The keys of [`Key`]'s kinds other than `Other`.
const KEYS: [(&str, Key); 16] = [
    ("title", Key::Title),
    ("headline", Key::Title),
    ("author", Key::Author),
    ("authors", Key::Author),
    ("byline", Key::Author),
    ("creator", Key::Author),
    ("date", Key::Date),
    ("published", Key::Date),
    ("pubdate", Key::Date),
    ("publishedat", Key::Date),
    ("published_at", Key::Date),
    ("content", Key::Story),
    ("body", Key::Story),
    ("text", Key::Story),
    ("story", Key::Story),
    ("article", Key::Story),
];

/// What the field's key `key` names.
pub(crate) fn key(key: &str) -> Key {
    KEYS.iter()
        .find(|(k, _)| key.eq_ignore_ascii_case(k))
        .map_or(Key::Other, |&(_, kind)| kind)
}

/// A field of the trimmed line `t` in any of the shapes a page's details
/// take: front matter's or a dump's (`author: Ann Poe`,
/// [`front_field`]), a table's row ([`table_field`]) or a label in
/// emphasis ([`emphasized_field`]); its key and the byte range of its
/// value.
pub(crate) fn any_field(t: &str) -> Option<(&str, usize, usize)> {
    front_field(t)
        .or_else(|| table_field(t))
        .or_else(|| emphasized_field(t))
}

/// The key and the byte range of the value of a field whose label is in
/// emphasis, as documents converted to Markdown print an article's
/// details: `**Author:** Ann Poe`, `*Date:* June 14, 2025`, `__By:__ Ann
/// Poe` (the colon inside the marks or after them), in the trimmed line
/// `t`.
pub(crate) fn emphasized_field(t: &str) -> Option<(&str, usize, usize)> {
    let mark = ["**", "__", "*", "_"]
        .into_iter()
        .find(|m| t.starts_with(m))?;
    let inner = t.get(mark.len()..)?;
    let close = memchr::memmem::find(inner.as_bytes(), mark.as_bytes())?;
    let label = inner.get(..close)?;
    let after = inner.get(close + mark.len()..)?;
    let (key, after) = match label.strip_suffix(':') {
        Some(key) => (key, after),
        None => (label, after.strip_prefix(':')?),
    };
    let keyed = !key.is_empty()
        && key.len() <= 16
        && key.bytes().all(|b| b.is_ascii_alphabetic() || b == b' ');
    let value = after.trim();
    let start = t.len() - after.len() + (after.len() - after.trim_start().len());
    (keyed && !value.is_empty()).then_some((key, start, start + value.len()))
}

/// The key and the byte range of the value of a table's row of two cells,
/// as pages list an article's details (`| Author | Ann Poe |`), in the
/// trimmed line `t`: a key of letters and spaces, a value not empty.
pub(crate) fn table_field(t: &str) -> Option<(&str, usize, usize)> {
    let inner = t.strip_prefix('|')?.strip_suffix('|')?;
    let bar = memchr::memchr(b'|', inner.as_bytes())?;
    let (key, value) = (inner.get(..bar)?, inner.get(bar + 1..)?);
    if value.contains('|') {
        return None;
    }
    let key = key.trim();
    let keyed = !key.is_empty()
        && key.len() <= 16
        && key.bytes().all(|b| b.is_ascii_alphabetic() || b == b' ');
    let start = 1 + bar + 1 + (value.len() - value.trim_start().len());
    let end = start + value.trim().len();
    (keyed && end > start).then_some((key, start, end))
}

/// Whether the trimmed line `t` is a table's row of no words: the line
/// under its head (`|---|---|`) or an empty head (`| | |`).
pub(crate) fn is_table_rule(t: &str) -> bool {
    t.starts_with('|') && t.bytes().all(|b| matches!(b, b'|' | b'-' | b':' | b' '))
}

/// A field of an e-mail's header, as a story forwarded or received by
/// mail keeps it over the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum MailField {
    /// `Subject: …`: the byte where its value starts, after the label and
    /// any `RE:` or `FW:` before the words.
    Subject(usize),
    /// `Sent: …`, `Date: …`: the message's time stamp.
    Date,
    /// Any other field (`From:`, `To:`, `Cc:`), or the line over a
    /// forwarded message (`-----Original Message-----`).
    Other,
}

/// The labels of an e-mail header's fields.
const MAIL_FIELDS: [(&str, MailField); 13] = [
    ("From:", MailField::Other),
    ("MIME-Version:", MailField::Other),
    ("Content-Type:", MailField::Other),
    ("Content-Transfer-Encoding:", MailField::Other),
    ("Message-ID:", MailField::Other),
    ("Sent:", MailField::Date),
    ("Date:", MailField::Date),
    ("To:", MailField::Other),
    ("Cc:", MailField::Other),
    ("Bcc:", MailField::Other),
    ("Subject:", MailField::Subject(0)),
    ("Reply-To:", MailField::Other),
    ("Importance:", MailField::Other),
];

/// What a reply's or a forward's subject opens with.
const SUBJECT_PREFIXES: [&str; 6] = ["RE:", "Re:", "FW:", "Fw:", "Fwd:", "FWD:"];

/// The most bytes of a header field's name that [`is_header_field`] reads.
const MAX_FIELD_NAME: usize = 32;

/// Whether the trimmed line `t` reads as a field of a mail's or a news
/// posting's header of any name: a name of letters, digits and hyphens,
/// opening with a letter and holding a letter in lower case (`Newsgroups`,
/// `X-Mailer`, `ACategory`; a dateline in capitals, `ISLAMABAD:`, is
/// none), then a colon.
pub(crate) fn is_header_field(t: &str) -> bool {
    let Some(colon) = memchr::memchr(b':', t.as_bytes()).filter(|&c| c <= MAX_FIELD_NAME) else {
        return false;
    };
    let name = t.as_bytes().get(..colon).unwrap_or_default();
    name.first().is_some_and(u8::is_ascii_alphabetic)
        && name.iter().all(|&b| b.is_ascii_alphanumeric() || b == b'-')
        && name.iter().any(u8::is_ascii_lowercase)
}

/// Whether the e-mail header's field on the trimmed line `t` is the line
/// over a forwarded message.
pub(crate) fn is_forward_line(t: &str) -> bool {
    (t.starts_with("-----") && (t.contains("Original Message") || t.contains("Forwarded message")))
        || t == "Begin forwarded message:"
}

/// The e-mail header's field on the trimmed line `t`, or the line over a
/// forwarded message (`-----Original Message-----`, `---------- Forwarded
/// message ---------`, `Begin forwarded message:`).
pub(crate) fn mail_field(t: &str) -> Option<MailField> {
    if is_forward_line(t) {
        return Some(MailField::Other);
    }
    let &(label, field) = MAIL_FIELDS.iter().find(|(label, _)| t.starts_with(label))?;
    if field != MailField::Subject(0) {
        return Some(field);
    }
    let mut at = label.len();
    loop {
        let rest = t.get(at..)?;
        let words = rest.trim_start();
        at += rest.len() - words.len();
        match SUBJECT_PREFIXES.iter().find(|p| words.starts_with(*p)) {
            Some(p) => at += p.len(),
            None => return Some(MailField::Subject(at)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings() {
        assert_eq!(heading("# Storm nears coast"), Some((1, 2, 19)));
        assert_eq!(heading("## Storm ##"), Some((2, 3, 8)));
        assert_eq!(heading("### Kicker"), Some((3, 4, 10)));
        assert_eq!(heading("#1 in sales"), None);
        assert_eq!(heading("###"), None);
        assert_eq!(heading("# # #"), None);
        assert_eq!(heading("####### Seven"), None);
    }

    #[test]
    fn lines() {
        assert!(is_underline("===="));
        assert!(!is_underline("=="));
        assert!(is_rule("* * *"));
        assert!(is_rule("---"));
        assert!(!is_rule("- Sport"));
        assert_eq!(emphasis("**By Ann Poe**"), Some(2));
        assert_eq!(emphasis("*by Ann Poe*"), Some(1));
        assert_eq!(emphasis("_January 11, 2026_"), Some(1));
        assert_eq!(emphasis("* World *"), None);
        assert_eq!(emphasis("*a* and *b*"), None);
        assert!(is_image("![Riders wait](https://example.com/a.jpg)"));
        assert!(is_image(
            "[![Logo](https://example.com/l.png)](https://example.com/)"
        ));
        assert!(is_links("* [World](https://example.com/world)"));
        assert!(is_links(
            "[Home](https://example.com/) › [Sport](https://example.com/s)"
        ));
        assert!(is_links(
            "[Subscribe](https://example.com/s) [Sign in](https://example.com/a)"
        ));
        assert!(is_links("[Skip to content](#main)"));
        assert!(!is_links(
            "Officials met in [Pune](https://example.com/pune) on Sunday."
        ));
        assert!(!is_links("By [Ann Poe](https://example.com/ann)"));
        assert!(is_menu_item("* Travel"));
        assert!(!is_menu_item("Travel"));
    }

    #[test]
    fn whole_links() {
        assert_eq!(
            whole_link("[Storm nears coast](https://example.com/s)"),
            Some((1, 18))
        );
        for t in [
            "[Storm](https://example.com/s) and [Rain](https://example.com/r)",
            "[Storm](https://example.com/s) nears",
            "![Storm](https://example.com/s.jpg)",
            "[](https://example.com/s)",
            "Storm nears coast",
            "[Storm nears coast]",
        ] {
            assert_eq!(whole_link(t), None, "{t}");
        }
    }

    #[test]
    fn links_and_fields() {
        let t = "By [Ann Poe](https://example.com/a) and [Tom Roe](https://example.com/t)";
        assert_eq!(link_texts(t).collect::<Vec<_>>(), ["Ann Poe", "Tom Roe"]);
        assert_eq!(
            link_texts("![Ann Poe speaks](https://example.com/a.jpg)").count(),
            0
        );
        assert_eq!(reader_field("Title: Storm"), Some((ReaderField::Title, 6)));
        assert_eq!(
            reader_field("Markdown Content:"),
            Some((ReaderField::Content, 17))
        );
        assert_eq!(front_field("title: \"Storm\""), Some(("title", 8, 13)));
        assert_eq!(front_field("author: Ann Poe"), Some(("author", 8, 15)));
        assert_eq!(front_field("Officials said: no"), None);
        assert_eq!(key("Headline"), Key::Title);
        assert_eq!(key("publishedAt"), Key::Date);
        assert_eq!(key("content"), Key::Story);
        assert_eq!(key("source"), Key::Other);
        assert_eq!(front_field("title = \"Storm\""), Some(("title", 9, 14)));
        assert_eq!(front_field("#+TITLE: Storm"), Some(("TITLE", 9, 14)));
        assert_eq!(front_field("Author(s): Ann Poe"), Some(("Author", 11, 18)));
        assert_eq!(
            table_field("| Author | Ann Poe |"),
            Some(("Author", 11, 18))
        );
        assert_eq!(table_field("| Author | |"), None);
        assert_eq!(table_field("| a | b | c |"), None);
        assert_eq!(
            emphasized_field("**Author:** Ann Poe"),
            Some(("Author", 12, 19))
        );
        assert_eq!(emphasized_field("*Date*: June 14"), Some(("Date", 8, 15)));
        assert_eq!(emphasized_field("**Sign up** today"), None);
        assert_eq!(emphasized_field("**By Ann Poe**"), None);
        assert!(is_table_rule("|---|---|"));
        assert!(is_table_rule("| | |"));
        assert!(!is_table_rule("| Author | Ann Poe |"));
        assert_eq!(
            mail_field("Subject: FW: Fwd: Storm"),
            Some(MailField::Subject(18))
        );
        assert_eq!(
            mail_field("Sent: Friday, April 5, 2024"),
            Some(MailField::Date)
        );
        assert_eq!(
            mail_field("-----Original Message-----"),
            Some(MailField::Other)
        );
        assert_eq!(mail_field("---"), None);
        assert_eq!(mail_field("Fromage: cheese"), None);
    }
}
