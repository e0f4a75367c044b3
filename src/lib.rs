//! Turn plain-text news articles into typed, zero-copy data.
//!
//! `dateline` reads a story as wire services, newspapers and press-release
//! services write it and hands back its parts: the **headline** and deck, the
//! **byline**, the **dateline** (place, date, agency tag, separator), the body's
//! **sections** and **paragraphs**, and the **trailers** at the end. Every part
//! borrows its text from the input and knows its byte [`Span`].
//!
//! ```
//! let text = "Rates Held Steady\n\nWASHINGTON (AP) — The Fed held rates on Wednesday.\n";
//! let article = dateline::parse(text);
//! assert_eq!(article.headline().map(|h| h.as_str()), Some("Rates Held Steady"));
//! let d = article.dateline().ok_or("no dateline")?;
//! assert_eq!((d.place().map(|p| p.as_str()), d.source().map(|s| s.as_str())), (Some("WASHINGTON"), Some("AP")));
//! assert_eq!(article.paragraphs().next().map(|p| p.as_str()), Some("The Fed held rates on Wednesday."));
//! # Ok::<(), &str>(())
//! ```
//!
//! # The model
//!
//! An [`Article`] is a tree one level deep, in the order of the text:
//!
//! | part | type | example |
//! | --- | --- | --- |
//! | kicker, headline, deck | [`Headline`] | `EXCLUSIVE`, `BAHIA COCOA REVIEW` |
//! | byline | [`Byline`]: authors, affiliation | `By Jane Doe, Reuters` |
//! | dateline | [`Dateline`]: [`Place`], [`DatelineDate`], [`Source`], [`Separator`] | `NEW YORK, March 3 (Reuters) -` |
//! | sections | [`Section`]: optional [`Heading`], [`Paragraph`]s | `Azerbaijan-Armenia Conflict` |
//! | trailers | [`Trailer`] with a [`TrailerKind`] | `(Reporting by A; Editing by B)` |
//!
//! Each node has `as_str()`, the exact slice of the input, and `span()`, its
//! byte range. [`Article::nodes`] walks all of them in order; they tile the input,
//! so every byte is in exactly one node or in the blank space between two.
//!
//! # Parsing never fails
//!
//! [`parse`] takes any text and returns an [`Article`]; what the text lacks is
//! `None` or empty. A [`Parser`] adds options: a reference date for years left
//! out of datelines, a size limit, and strict modes that turn a missing part into
//! an [`Error`] with its byte offset, line and column.
//!
//! ```
//! use chrono::NaiveDate;
//! use dateline::{ErrorKind, Parser};
//!
//! let parser = Parser::new().reference_date(NaiveDate::from_ymd_opt(1987, 2, 27).ok_or("date")?);
//! let article = parser.parse("BAHIA COCOA REVIEW\n\n    SALVADOR, Feb 26 - Showers continued.")?;
//! let date = article.dateline().and_then(|d| d.date()).ok_or("no date")?;
//! assert_eq!(date.to_naive_date().map(|d| d.to_string()).as_deref(), Some("1987-02-26"));
//! assert!(date.is_year_inferred());
//!
//! let err = Parser::new().require_dateline(true).parse("Just a sentence.").unwrap_err();
//! assert_eq!(err.kind(), &ErrorKind::MissingDateline);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Datelines
//!
//! The grammar reads the shapes real wires use. The place, date and tag are each
//! optional, but a dateline always has a separator or ends its line after a date
//! (and perhaps the time it was filed: `CHENNAI, November 28, 2026 00:00 IST`):
//!
//! | input | place | date | source | separator |
//! | --- | --- | --- | --- | --- |
//! | `Washington D.C, 13 July 2023 (TDI):` | `Washington D.C` | `13 July 2023` | `TDI` | `:` |
//! | `SALVADOR, Feb 26 -` | `SALVADOR` | `Feb 26` | | `-` |
//! | `PORTLAND, Ore., March 2 -` | `PORTLAND, Ore.` | `March 2` | | `-` |
//! | `LONDON, March 11, Reuter -` | `LONDON` | `March 11` | `Reuter` | `-` |
//! | `NEW YORK, March 3 (Reuters) -` | `NEW YORK` | `March 3` | `Reuters` | `-` |
//! | `WASHINGTON/BRUSSELS, Oct 5 (Reuters) -` | `WASHINGTON/BRUSSELS` | `Oct 5` | `Reuters` | `-` |
//! | `SAN DIEGO, Calif. (AP) —` | `SAN DIEGO, Calif.` | | `AP` | `—` |
//! | `ATLANTA (AP) _` | `ATLANTA` | | `AP` | `_` |
//! | `ABUJA, Aug 25, 2004 (dpa) --` | `ABUJA` | `Aug 25, 2004` | `dpa` | `--` |
//! | `(CNN) --` | | | `CNN` | `--` |
//! | `(The Center Square) –` (a story after it) | | | `The Center Square` | `–` |
//! | `(WASHINGTON, D.C.) –` | `WASHINGTON, D.C.` | | | `–` |
//! | `(Shanghai, 28 November 2026)` (a story after it) | `Shanghai` | `28 November 2026` | | |
//! | `Nov 28 (Reuters) -` | | `Nov 28` | `Reuters` | `-` |
//! | `AP -` | | | `AP` | `-` |
//! | `KUALA LUMPUR:` | `KUALA LUMPUR` | | | `:` |
//! | `NEW YORK, Nov. 28, 2026 /PRNewswire/ --` | `NEW YORK` | `Nov. 28, 2026` | `PRNewswire` | `--` |
//! | `SAN FRANCISCO--(BUSINESS WIRE)--` | `SAN FRANCISCO` | | `BUSINESS WIRE` | `--` |
//! | `RALEIGH, NC / ACCESSWIRE / December 5, 2023 /` | `RALEIGH, NC` | `December 5, 2023` | `ACCESSWIRE` | `/` |
//! | `NEW YORK, NY (September 16, 2023) –` | `NEW YORK, NY` | `September 16, 2023` | | `–` |
//! | `BEIRUT, Lebanon, June 2 —` | `BEIRUT, Lebanon` | `June 2` | | `—` |
//! | `LONDON, UK – 28 November 2026 –` | `LONDON, UK` | `28 November 2026` | | `–` |
//! | `TOKYO, Nov 28, 2026 - (JCN Newswire) -` | `TOKYO` | `Nov 28, 2026` | `JCN Newswire` | `-` |
//! | `Nov. 28, 2026 --` (a capitalised story after it) | | `Nov. 28, 2026` | | `--` |
//! | `München, 28.11.2026 –` | `München` | `28.11.2026` | | `–` |
//! | `LONDON 1996-08-30` (alone on its line) | `LONDON` | `1996-08-30` | | |
//! | `TOKYO, Nov. 28 Kyodo -` | `TOKYO` | `Nov. 28` | `Kyodo` | `-` |
//! | `Tehran, IRNA --` | `Tehran` | | `IRNA` | `--` |
//! | `New Delhi [India], November 28 (ANI):` | `New Delhi [India]` | `November 28` | `ANI` | `:` |
//! | `MOSCOW. Nov 28 (Interfax) -` | `MOSCOW` | `Nov 28` | `Interfax` | `-` |
//! | `Colombo (Sri Lanka):` | `Colombo (Sri Lanka)` | | | `:` |
//! | `November 28, 2026 - WASHINGTON -` | `WASHINGTON` | `November 28, 2026` | | `-` |
//! | `28 November 2026, Paris –` | `Paris` | `28 November 2026` | | `–` |
//! | `NEW YORK, NY, Nov. 28, 2026 (MARKETWIRED via COMTEX) --` | `NEW YORK, NY` | `Nov. 28, 2026` | `MARKETWIRED via COMTEX` | `--` |
//!
//! A dash may be written as HTML left it in scraped text (`WASHINGTON &mdash;`),
//! and the place may follow the Los Angeles Times' `Reporting from `. What
//! stands before the dateline on its line (that lead-in, the FBIS
//! translations' `[Text]`, a feed's escaped markup, a database field's
//! `DATELINE:` label) is no part of it: a furniture [`Trailer`] of its own
//! (but Reuters' stars, `****LONDON, March 5 -`, stay in it).
//! Where hard-wrapped copy broke a dateline before its tag (`LONDON, Nov. 28`
//! at the end of one line, `(AFP) — Shares fell` opening the next), or AP set
//! its place on a line of its own (`WASHINGTON` over `(AP) — The Senate`), the
//! dateline runs over the line break. A known place in capitals alone on its
//! line between the header and the story (The Hindu's `CHENNAI`) is a
//! dateline with no separator; where no rule reads a dateline, a known place
//! and a period opening the story (`Kampala. The city …`) is one.
//!
//! Dates may be written `13 July 2023`, `July 13, 2023`, `Jul. 13`, `Nov.28`, `Sept 5`,
//! `November 28/2026`, `1996-08-30`, `28.11.2026`, `28/11/2026` or `28-11-2026` (day
//! first, unless the first number cannot be a month: `11/28/2026`), with a weekday
//! (`Tuesday,`, `Tues.`) and months in any case. A
//! date without a year takes one from [`Parser::reference_date`], the year that
//! puts it nearest, and says so ([`DatelineDate::is_year_inferred`]).
//!
//! ## No false datelines
//!
//! A dateline is only looked for at the start of the body's first paragraph (or
//! a header line above it), and a match counts only when it is certain:
//!
//! - a match with a **date or an agency tag** counts; a tag the crate's table
//!   does not know, with no date, also needs an ALL-CAPS or known place (so a
//!   ticker such as `Apple Inc. (AAPL) -` is not a dateline), but for a site's
//!   credit alone in brackets before a dash (`(The Center Square) –`, `(KTLA)
//!   —`), with a small letter in it or a broadcaster's call letters;
//! - a match with only a **place and a separator** (`KYIV, Ukraine —`,
//!   `KUALA LUMPUR:`) counts when the place is in ALL CAPS or the crate's tables
//!   know the city, region or country; not when the place is a kicker
//!   (`BREAKING`, `EDITOR'S NOTE`) or an unknown ALL-CAPS phrase with small words
//!   (`STOP THE PRESSES`); not when the text after it starts in lower case or is
//!   all capitals; and not when the line is a lone display line above more text
//!   (that is a headline, such as `ECONOMIC SPOTLIGHT - BANKAMERICA`); a later
//!   match wins over one on such a line; an unknown place holding a title
//!   (`HOST:`, `PRESS SECRETARY:`, `SEN. WALSH:`), or an unknown one before a
//!   colon near other blocks that open with a label in capitals and a colon
//!   (`FAROUK:` over `HOST: …`), is a transcript's speaker, not a place;
//! - every word of a place starts with a capital, except particles (`de`, `upon`);
//!   a place never starts with a sentence opener (`On`, `Yesterday`) and is never
//!   only an article (`El`, `Le`) or a weekday (`Monday,`); a lower-case place (`washington, march 3 -`)
//!   needs a known name or a date right after its comma.
//!
//! So `The company said on March 3 - its ...` (lower-case words in the place)
//! and `In Washington, officials said ...` (no date, tag or separator) have no
//! dateline.
//!
//! # Structure
//!
//! **Layouts.** Paragraphs are separated by blank lines, or start with a line
//! indented deeper than the block's shallowest line (the hard-wrapped wire
//! layout, where a `Reuter` or `###` line also stands apart), or stand one per
//! line (a block of long lines that each end a sentence). Lines end with `\n`,
//! `\r\n` or a lone `\r`; a leading byte-order mark, tabs, trailing spaces and
//! no-break spaces are blank space around the nodes, never inside their edges.
//!
//! **Header.** Above the dateline (or, without one, the leading display
//! blocks): the first display block is the [`Headline`] (one or more lines, in
//! title case, sentence case or ALL CAPS), a second one the deck; a label such as
//! `BREAKING NEWS` or `Exclusive`, a wire's priority (`BULLETIN`), a
//! release's label (`MEDIA RELEASE`, with its date after a tab: a stamp;
//! `NEWS RELEASE 28-NOV-2026`), a section's name (`Sports`, `Local News`)
//! or a desk's label in a block of its own (`Match report`, `LOCAL
//! POLITICS`), or a section's label in capitals over the headline and a
//! standfirst (`NAVAL WARFARE`), alone over the headline is its kicker (a second kicker under
//! it, a release's issuer, `Acme Medical A/S`, beside its label, and a
//! science release's type and issuer under the headline, `Peer-Reviewed
//! Publication` / `Marlow University`, are furniture); a page's labels
//! over a longer headline (its site's name, section and subsection in
//! short lines, told by a known place, a desk's or a paper's word, an
//! agency's, a site's or an aggregator's name: `Gulf` / `UAE`, `Yonhap News
//! Agency`, `NSW` / `Transport`) are the kicker and furniture under it, and
//! a printed page's folio (`A4 | SATURDAY, NOVEMBER 28, 2026 | THE DAILY
//! LEDGER`) and a newsletter's or a forwarded mail's lines (`View in
//! browser`, `From: … <…>`) over it are furniture; a `By ...` or
//! `Name | Org` block the [`Byline`] (but a page's `Title | Site` over a
//! `By …` line is the headline; a role line under it, `Staff Writer` or
//! the BBC's `Business reporter` in a block of its own, belongs to it, and
//! so does the reporter's mail address or account on the line under it; an
//! agency's credit before a bar, `Press Trust of India | New Delhi`, names
//! no author; a time stamp after the names, after a bar, a dot, a slash, a
//! dash, a comma or no mark, `| Updated: …`, `By Ann Poe Sept. 10, 2026`, `Ann Poe /
//! April 14, 2026`, and the story's age or reading time after a bar or a
//! dot, `Story by AFP • 5h`, is a [`Trailer`] of its own, with its mark, and
//! so is one after ` on `, `By Ann Poe on November 28, 2026`). A story
//! with only a headline is an article. Editor's notes (Reuters' `(Adds
//! comment in paragraph 4)` too), `Updated 3:45 p.m. ET` and `Published: …`
//! stamps, AP's `Eds:` advisories, corrections and editor's notes over the
//! headline, embargoes, word counts, `Keywords:` lines and wire slug lines
//! (`BC-Storm-Coast,0450`, `AP-US-Storm-Texas, 1st Ld-Writethru`,
//! `Sask-Grain-Rail,0389`),
//! lines that are only a date (`Nov. 28, 2026`, `Fri 28 Nov 2026
//! 10.45 GMT`) and page furniture (`3 min read`, `Listen to this article`,
//! a photo's credit or the BBC's `Image caption, …`, a breadcrumb trail) in
//! the header are [`Trailer`]s. Header lines run together
//! without blank lines between them are split where a byline or such a stamp
//! begins, or names alone stand over a stamp (`Ann Poe` / `Nov. 28, 2026`),
//! or a byline's line (or names alone over a line with a year or a clock)
//! stands over a line that is no part of it (`By Ann Poe` / `3 mins to
//! read`), and a newsroom's credit read as the byline gives way to names
//! under it,
//! or a newsroom's credit stands under the headline (`Our Correspondent`);
//! without a dateline, a block of stamps and the byline is header too
//! (`Published …` / `Updated …` / `Ann Poe` / `@annpoe`), and so is a first
//! block of headline, standfirst, names and stamp (the Guardian's), and a display
//! line run into paragraphs laid out one
//! a line (`Oil Prices Rise` on the line above the story) is the headline.
//! A web page copied as text may open with its top in the header's block:
//! the skip link, the site's name and its menu (`Skip to content` / `WCPO 9
//! Cincinnati` / `Home | News | Weather | Sports`; or a site's name alone,
//! `Reuters` / `United States` / headline) are one furniture
//! [`Trailer`], and under them a section's name over the headline is the
//! kicker, a standfirst the deck and a share bar (`Facebook Twitter Email`)
//! furniture. The line under a byline's names (`Associated Press Writer`,
//! `BBC News, Cardiff`) is its title ([`Byline::title`]).
//! The CNN / Daily Mail research corpus writes the Daily Mail's header lines
//! with ` . ` for each line break and runs them into the story's first line
//! (`By . Ann Poe . PUBLISHED: . 14:51 EST, 2 October 2013 . A man …`): the
//! byline and the stamp are read from that line, and the story starts after
//! them. A story saved from a news database (`LexisNexis`, Nexis Uni,
//! `ProQuest`) has a header of labelled fields over the story: `HEADLINE:`,
//! `BYLINE:` (`Author:`), `DATELINE:` and `HIGHLIGHT:` (`Abstract:`, the
//! deck) are read by their labels (the headline, byline and deck are the
//! values, each label a furniture trailer of its own, and so are the
//! dateline's), the other fields (`SECTION:`, `LENGTH:`,
//! `LOAD-DATE:` …) and the publication's lines (an archive's edition line,
//! `Fundy Chronicle, The (NB) - Saturday, November 15, 2025`) are trailers,
//! and the story starts under `BODY:` or after `Full text:` or `Article
//! Text:` (`ProQuest`'s `Title:` and `Author:` printed under the story
//! give the headline and byline the header lacks; Factiva's unlabelled header
//! block is read line by line, and its field codes by code: `HD` the
//! headline, `BY` the byline, `PD` the date, the story after `LP` or `TD`,
//! the index codes under it trailers). A `DATELINE: WASHINGTON, Nov. 27`
//! field is a dateline in any article.
//!
//! **Records of the research corpora.** A record in SGML or XML markup, as
//! Gigaword (`<DOC id="…">`), Reuters-21578 (`<REUTERS …>`), the TREC
//! disks (`<DOC>` / `<DOCNO>`), Reuters Corpus Volume 1 (`<newsitem …>`)
//! and NITF (`<nitf>`) keep their stories, is read by its elements' names:
//! the headline's words (`<HEADLINE>`, `<HEAD>`, `<HL>`, `<hl1>`; a
//! `<TITLE>` where no headline element follows it; a second headline, or
//! a second paragraph in one, the deck; the Financial Times' date before
//! it furniture), the byline's
//! (`<BYLINE>`, `<AUTHOR>`; a role line in a second `<BYLINE>` its title),
//! the dateline's (`<DATELINE>`, read as a labelled field's value is: `NEW
//! YORK`, `JERUSALEM (AP)`), the record's date a time stamp; each tag, and
//! every other element (numbers, codes, topics, the control codes `&#2;`),
//! furniture. The story starts at its text's first paragraph (a dateline
//! opening it is read where the record has none), its paragraphs hold no
//! tag, and what follows the story's closing tag (`</TEXT>`: a copyright,
//! codes) is furniture. A feed's item saved alone is read the same way:
//! RSS's `<item>` (`<title>`, `<dc:creator>`, `<pubDate>`, the story in
//! `<description>` or `<content:encoded>`, the character data's marks
//! `<![CDATA[` and `]]>` furniture) and Atom's `<entry>` (`<author>`'s
//! `<name>`, `<published>`, `<content>`).
//!
//! **Pages saved as Markdown.** A page that reader services, crawlers or
//! note files saved as Markdown is known by its title: a heading of the
//! first level (`# Ferry service to resume`), a paragraph over a setext
//! underline (`=====`), a line in bold alone, a reader service's `Title:`
//! over its `URL Source:` and `Published Time:`, or a note file's fields
//! (YAML or TOML front matter, an org file's `#+TITLE:`, a table of the
//! details: `| Author | Ann Poe |`). Its headline, deck and byline are
//! the words inside their marks, and the marks, labels and quotes are
//! furniture trailers of their own (so [`Headline::as_str`] holds no `#`);
//! the menu, logo and links over the title are furniture; under it a
//! standfirst (plain, in italics, quoted or a lower heading) is the deck,
//! the names' line (`By Ann Poe`, `*by Ann Poe*`, `By [Ann
//! Poe](https://…)` with the links' texts the authors) the byline, an
//! image and its caption furniture; the story starts at the first line of
//! prose, whose dateline may be in bold (`**NEW DELHI:** …`). The same
//! reading takes a story received by mail or posted to a news group (the
//! last `Subject:`'s words the headline, `FW:` and the header's fields of
//! any name furniture: `Newsgroups:`, `Keywords:`, `X-Mailer:`), a news service's
//! fields dumped a line each (`title:`, `author:`, the story in `content:`
//! or `body:`), an extraction tool's `Title:` / `Author(s):` / `Text:` and
//! Pandoc's `% Title` block, and a feed reader's export (`Feed:` over the
//! item's `Title:`, `Author:`, `Link:` and `Date:`; an item's fields as
//! text under `<item>`).
//!
//! **Signatures.** An article with no byline over its story may sign it at
//! the end: a last paragraph that reads as a byline (`By Ann Poe`, with a
//! role line under it; `(By Ann Poe)`, as Taiwan's Central News Agency
//! signs; `— Ann Poe`) is the [`Byline`], after the body, not a paragraph.
//!
//! **Section headings.** A lone line between two paragraphs is a [`Heading`]
//! when it is a Markdown `#` line, or when it is a display line of at most 80
//! characters and 12 words that starts with a capital (or a digit, a quote, a
//! sum of money, `£40m`, or a brand such as `eBay`), is not a byline, and does not end like a sentence
//! (`.`, `!`, `?`, `,`, `;`, `:`) unless it is in ALL CAPS. So `Azerbaijan-Armenia Conflict`, `BACKGROUND`
//! and `## The Vote` are headings, and `He declined to comment.` is a paragraph.
//!
//! **Trailers.** Typed trailing matter after the body ([`TrailerKind`]):
//! Reuters credits, with [`Trailer::credits`] giving each role and its names;
//! the `Reuter` sign-off and AFP desk tags (`burs-ap/jm`); end marks (`###`,
//! `-30-`, `ENDS`, AP's `___`, Xinhua's `Enditem`, the Central News Agency's
//! `Enditem/ls`); contributor lines (`… contributed
//! to this report`, `--With assistance from …`, `With files from …`); `About
//! <Company>` blocks; `Media contact:` and `To contact the reporter on this
//! story:` blocks, EIN Presswire's contact block and a reporter's address
//! line (`Ann Poe can be reached at …`); `SOURCE <Company>` lines and a
//! republished story's first home; editor's notes (`This is a developing
//! story …`), corrections and time stamps; copyright notices (`© 2026
//! Reuters`, a release service's `Legal Disclaimer:`); promos (`Follow AP's
//! coverage …`, AP's `On the Net:` links, `Read more: …`, PR Newswire's
//! `Related Links`); PTI's desk sign-off (`PTI ABC XYZ`); a page's tags,
//! share buttons, topics and footer links; the CNN / Daily Mail corpus's
//! summary points, each under an `@highlight` line.
//!
//! ```
//! let text = "CHILE COPPER OUTPUT RISES\n\nSANTIAGO, Oct 5 (Reuters) - Output rose. Mr. Poe of Codelco Inc. said so.\n\n(Reporting by Ann Poe; Editing by Tom Roe)";
//! let article = dateline::parse(text);
//! let p = article.paragraphs().next().ok_or("no paragraph")?;
//! assert_eq!(p.sentences().map(|s| s.as_str()).collect::<Vec<_>>(), ["Output rose.", "Mr. Poe of Codelco Inc. said so."]);
//! let credits = article.trailers().first().ok_or("no trailer")?.credits();
//! assert_eq!(credits.map(|c| c.role()).collect::<Vec<_>>(), ["Reporting", "Editing"]);
//! # Ok::<(), &str>(())
//! ```
//!
//! **Sentences and plain text on request.** [`Paragraph::sentences`] splits on
//! Unicode (UAX #29) sentence boundaries kept whole across abbreviations and
//! initials; `normalized()` on paragraphs, headlines and headings joins wrapped
//! lines and makes quotes, dashes and spaces plain, borrowing when nothing
//! changes. `as_str()` always stays the exact input.
//!
//! **Several articles.** [`parse_many`] splits a stream at form feeds, rule
//! lines (`===`, `---`, `* * *`), after `###` and `-30-` end marks, and where a
//! new headline followed by a dateline begins. Each article's `as_str()` is its
//! own slice; all its spans are offsets into the whole input, so the articles
//! and the separators between them tile it. [`Parser::threads`] parses the
//! articles on several threads.
//!
//! # JSON
//!
//! With the `serde` feature every public type implements `serde::Serialize`
//! (except [`Parser`], which holds options, not data). An [`Article`] becomes
//! the object below. These paths are a contract that tools outside the crate
//! read: they keep their names and meaning, and new fields may only be added.
//! Absent parts are `null`; a `span` is `[start, end]`, byte offsets into the
//! input, so `input[start..end]` is the part's `text`.
//!
//! ```text
//! {
//!   "headline": {"text", "span"} | null,
//!   "deck":     {"text", "span"} | null,
//!   "byline":   {"text", "span", "authors": ["Ann Poe", ...], "affiliation",
//!                "title": {"text", "span"} | null} | null,
//!   "dateline": {
//!     "text", "span",
//!     "place":  {"text", "span", "city", "cities", "region", "region_name",
//!                "country", "country_inferred"} | null,
//!     "date":   {"text", "span", "iso", "year_inferred",
//!                "year", "month", "day", "weekday"} | null,
//!     "source": {"text", "span", "raw", "agencies", "agency_names"} | null,
//!     "separator": "-" | null,
//!     "separator_kind": "hyphen" | null
//!   } | null,
//!   "sections": [{"heading": {"text", "span"} | null,
//!                 "paragraphs": [{"text", "span"}, ...]}, ...],
//!   "trailers": [{"kind", "text", "span"}, ...],
//!   "kicker":   {"text", "span"} | null
//! }
//! ```
//!
//! | path | value |
//! | --- | --- |
//! | `byline.text` | the names' line as written, `By` included: `By ANN POE` |
//! | `byline.title` | the line(s) under the names, as wires and sites print them: `Associated Press Writer`, `BBC News, Cardiff` |
//! | `dateline.date.iso` | `YYYY-MM-DD` when the date is known: its year written, or inferred from [`Parser::reference_date`] (then `year_inferred` is `true`), and its day real; else `null` |
//! | `dateline.date.weekday` | `Monday` … `Sunday` when written |
//! | `dateline.source.text` | the tag without brackets or slashes: `Reuters`, `PRNewswire` |
//! | `dateline.source.raw` | the tag as written: `(Reuters)`, `/PRNewswire/` |
//! | `dateline.source.agencies` | the agencies named, as written: `["AP", "Reuters"]` |
//! | `dateline.source.agency_names` | their full names where the crate knows them, else `null`, in the same order |
//! | `dateline.place.country` | as written, or from the crate's tables when `country_inferred` |
//! | `dateline.separator_kind` | `em_dash`, `en_dash`, `horizontal_bar`, `double_hyphen`, `hyphen`, `underscore`, `colon`, `slash`, `bullet`, `tab`, `other` |
//! | `trailers[].kind` | `credits`, `contributors`, `sign_off`, `end_mark`, `about`, `contact`, `source_line`, `editors_note`, `correction`, `timestamp`, `copyright`, `promo`, `highlight` |
//!
//! The input text itself is not repeated. Other types serialize as they appear
//! above; on their own, a [`Separator`] is `{"text", "span", "kind"}`, an
//! [`Agency`] `{"text", "span", "name"}`, a [`Node`] `{"kind", "text", "span"}`
//! (a trailer's kind is `{"trailer": "credits"}`, a byline's title's
//! `"byline_title"`), an [`Error`]
//! `{"kind", "message", "span", "line", "column"}` and a [`Location`]
//! `{"line", "column"}`.
//!
//! ```
//! # #[cfg(feature = "serde")] {
//! use chrono::NaiveDate;
//!
//! let text = "Ferry Talks Resume\n\nHALIFAX, March 3 (CP) - Talks resumed on Monday.\n";
//! let reference = NaiveDate::from_ymd_opt(2025, 3, 4).ok_or("bad date")?;
//! let article = dateline::Parser::new().reference_date(reference).parse(text)?;
//! let json = serde_json::to_value(&article)?;
//! assert_eq!(json["headline"]["text"], "Ferry Talks Resume");
//! assert_eq!(json["dateline"]["place"]["text"], "HALIFAX");
//! assert_eq!(json["dateline"]["date"]["iso"], "2025-03-03");
//! assert_eq!(json["dateline"]["date"]["year_inferred"], true);
//! assert_eq!(json["dateline"]["source"]["text"], "CP");
//! assert_eq!(json["dateline"]["separator"], "-");
//! assert_eq!(json["sections"][0]["paragraphs"][0]["span"], serde_json::json!([44, 68]));
//! # }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! The `dateline` example is a command-line tool built on this: `--json`
//! prints an article's JSON, and `--jsonl` is a streaming filter over JSON Lines
//! that writes `{"id", "article"}` per input line (`cargo run --example dateline
//! -- --help`).
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(clippy::pedantic)]
#![allow(clippy::module_name_repetitions, clippy::must_use_candidate)]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![cfg_attr(test, allow(clippy::too_many_lines, clippy::type_complexity))]

mod article;
mod dateline;
mod error;
#[cfg(feature = "proptest")]
#[cfg_attr(docsrs, doc(cfg(feature = "proptest")))]
pub mod generate;
mod grammar;
mod many;
mod normalize;
mod parser;
mod sentences;
#[cfg(feature = "serde")]
mod serde;
mod span;
mod tables;
mod text;

pub use crate::article::{
    Article, Byline, Credit, Heading, Headline, Node, NodeKind, Paragraph, Section, Sentence,
    Trailer, TrailerKind,
};
pub use crate::dateline::{
    Agency, Dateline, DatelineDate, Place, Separator, SeparatorKind, Source,
};
pub use crate::error::{Error, ErrorKind};
pub use crate::many::Articles;
pub use crate::parser::Parser;
pub use crate::sentences::Sentences;
pub use crate::span::{Location, Span};

/// Parses a news article. Never fails, never panics: any text is an article.
///
/// The same as `Parser::new().parse(text)` with no options set; use a
/// [`Parser`] to give a reference date for years left out of datelines.
///
/// # Examples
///
/// ```
/// let article = dateline::parse("NEW YORK, March 3 (Reuters) - Stocks rose.");
/// assert_eq!(article.dateline().and_then(|d| d.place()).map(|p| p.as_str()), Some("NEW YORK"));
/// assert_eq!(article.paragraphs().count(), 1);
///
/// let empty = dateline::parse("");
/// assert!(empty.dateline().is_none() && empty.sections().is_empty());
/// ```
#[must_use]
pub fn parse(text: &str) -> Article<'_> {
    Parser::new().parse_total(text)
}

/// Splits a stream of several articles and parses each one. Never fails.
///
/// The same as `Parser::new().parse_many(text)`: see
/// [`Parser::parse_many`] for where articles end. Each article's
/// [`as_str`](Article::as_str) is its own slice, and its spans are offsets
/// into the whole `text`.
///
/// # Examples
///
/// ```
/// let text = "PARIS (AFP) - One.\n\u{c}ROME (ANSA) - Two.\n###\nOSLO (NTB) - Three.";
/// let places: Vec<_> = dateline::parse_many(text)
///     .filter_map(|a| a.dateline().and_then(|d| d.place()).map(|p| p.as_str()))
///     .collect();
/// assert_eq!(places, ["PARIS", "ROME", "OSLO"]);
/// ```
pub fn parse_many(text: &str) -> Articles<'_> {
    Parser::new().parse_many(text)
}

/// Parses a dateline alone at the start of `text` (leading blank space and
/// `*` marks are skipped), without a reference date.
///
/// Returns `None` when `text` does not open with a dateline, by the same rules
/// as [`parse`] uses for the first paragraph (a weak match, only a place and a
/// separator, needs an ALL-CAPS or known place). A dateline is read on the
/// first line, or over the first line break where hard-wrapped copy broke it
/// before its tag or AP set its place on a line of its own.
///
/// # Examples
///
/// ```
/// let d = dateline::parse_dateline("BEIJING, Jan. 5 (Xinhua) -- Officials said").ok_or("none")?;
/// assert_eq!(d.as_str(), "BEIJING, Jan. 5 (Xinhua) --");
/// assert!(dateline::parse_dateline("The company said on March 3 - its").is_none());
/// // the tag wrapped onto the next line
/// let d = dateline::parse_dateline("SAN FRANCISCO, Nov. 28\n(Reuters) - The city").ok_or("none")?;
/// assert_eq!(d.source().map(|s| s.as_str()), Some("Reuters"));
/// // the place on a line of its own
/// let d = dateline::parse_dateline("WASHINGTON\n(AP) — The Senate").ok_or("none")?;
/// assert_eq!(d.place().map(|p| p.as_str()), Some("WASHINGTON"));
/// # Ok::<(), &str>(())
/// ```
#[must_use]
pub fn parse_dateline(text: &str) -> Option<Dateline<'_>> {
    let mut lines = text::lines(text, 0);
    let first = lines.next()?;
    let next = lines.next().map(|l| (l.start, l.end));
    let Some(mut found) = grammar::dateline::dateline_at(text, first.start, first.end) else {
        return grammar::dateline::place_over_tag(text, first.start, first.end, next)
            .map(|found| found.dateline);
    };
    grammar::dateline::rewrap(text, &mut found, first.start, first.end, next);
    Some(found.dateline)
}

/// The README's examples, compiled and run as doc tests.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
