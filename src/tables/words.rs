//! English words that tell a sentence or a kicker from a place: a dateline's
//! place never opens with `On`, `By` or `Yesterday`, and `BREAKING:` or
//! `UPDATE:` is a kicker, not a city.

use super::Index;

/// Words that open sentences but never a place name, and the field labels of
/// database exports (`HEADLINE:`, `SECTION:`, `LOAD-DATE:`), sorted by
/// [`cmp_ignore_ascii_case`](super::cmp_ignore_ascii_case). `The` is left out for `The Hague`.
static NOT_PLACE_OPENERS: &[&str] = &[
    "a",
    "about",
    "abstract",
    "after",
    "aired",
    "already",
    "also",
    "although",
    "an",
    "and",
    "as",
    "at",
    "author",
    "because",
    "before",
    "body",
    "but",
    "by",
    "byline",
    "category",
    "content",
    "correction-date",
    "dateline",
    "description",
    "document-type",
    "during",
    "earlier",
    "elsewhere",
    "even",
    "file",
    "for",
    "from",
    "he",
    "headline",
    "her",
    "here",
    "highlight",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "it",
    "its",
    "just",
    "keywords",
    "language",
    "last",
    "later",
    "length",
    "link",
    "load-date",
    "madam",
    "meanwhile",
    "my",
    "next",
    "not",
    "now",
    "of",
    "on",
    "only",
    "or",
    "our",
    "overnight",
    "posted",
    "publication-type",
    "published",
    "publisher",
    "section",
    "separately",
    "she",
    "since",
    "sir",
    "so",
    "source",
    "still",
    "summary",
    "tags",
    "text",
    "that",
    "their",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "title",
    "to",
    "today",
    "tomorrow",
    "tonight",
    "until",
    "update",
    "updated",
    "url",
    "was",
    "we",
    "what",
    "when",
    "where",
    "while",
    "who",
    "why",
    "with",
    "writer",
    "yesterday",
    "you",
];

/// Articles and particles of the languages the grammar reads: parts of place
/// names (`El Paso`, `Le Havre`) but never a whole one, so `El 13 de julio -`
/// and `Am 13. Juli -` are sentences. Sorted by [`cmp_ignore_ascii_case`](super::cmp_ignore_ascii_case).
static ARTICLES: &[&str] = &[
    "al", "am", "an", "au", "aux", "da", "das", "de", "del", "della", "dem", "den", "der", "des",
    "di", "die", "do", "dos", "du", "ein", "eine", "el", "en", "gli", "il", "im", "la", "las",
    "le", "les", "lo", "los", "o", "os", "un", "una", "une", "uno", "y",
];

/// Small words that an ALL-CAPS headline or shout holds and an unknown place
/// name does not (`STOP THE PRESSES`, `FED HOLDS RATES: WHAT IT MEANS`), and
/// the words of a page's or a newsletter's labels in capitals (`READ MORE:`,
/// `MORNING AFTER:`).
static SHOUT_WORDS: &[&str] = &[
    "a", "after", "an", "and", "are", "as", "at", "by", "for", "from", "has", "have", "how", "in",
    "is", "it", "more", "not", "of", "on", "or", "read", "the", "to", "was", "we", "what", "who",
    "why", "will", "with", "you",
];

/// Kickers wire copy puts before a story in capitals and a colon or dash,
/// the labels a press release opens with (`FOR IMMEDIATE RELEASE`), and the
/// section names a page prints over the headline (`Sports`, `Local News`;
/// a sport's name, as AFP labels its sports stories, `ALPINE SKIING`, a
/// college's sports site its teams', `Women's Basketball`, and a trade
/// paper's its beats', `DEALERS`, `SUPPLIERS`).
static KICKERS: &[&str] = &[
    "ADVISORY",
    "AFRICA",
    "ALERT",
    "ALPINE SKIING",
    "AMERICAS",
    "ANALYSIS",
    "ANNOUNCEMENT",
    "ANOTHER VIEW",
    "ARTS",
    "ARTS & CULTURE",
    "ASIA",
    "ASIA PACIFIC",
    "ASX ANNOUNCEMENT",
    "ASX MEDIA RELEASE",
    "ASX RELEASE",
    "ASX/MEDIA RELEASE",
    "ATHLETICS",
    "AUDIO",
    "AUTO RACING",
    "AUTOS",
    "BANKING",
    "BASEBALL",
    "BASKETBALL",
    "BIATHLON",
    "BOOKS",
    "BOXING",
    "BREAKING",
    "BREAKING NEWS",
    "BREAKINGVIEWS",
    "BRIEF",
    "BRIEFING NOTES",
    "BRIEFING ROOM",
    "BRIEFS",
    "BULLETIN",
    "BUSINESS",
    "CALENDAR",
    "CAMPAIGN",
    "CAPITOL",
    "CARS",
    "CITIES",
    "CITY HALL",
    "CLASSIFIEDS",
    "CLIMATE",
    "CLIMATE AND ENVIRONMENT",
    "COLLEGE BASKETBALL",
    "COLLEGE FOOTBALL",
    "COLUMN",
    "COMMENT",
    "COMMENTARY",
    "COMMERCIAL REAL ESTATE",
    "COMMUNITY",
    "COMMUNITY CALENDAR",
    "COMPANY ANNOUNCEMENT",
    "COMPANY TOWN",
    "CONGRESS",
    "CORRECTED",
    "CORRECTION",
    "COUNTIES",
    "COURTS",
    "CRICKET",
    "CRIME",
    "CULTURE",
    "CULTURE AND EDUCATION",
    "CYCLING",
    "DARTS",
    "DAYBOOK",
    "DEALERS",
    "DEALS",
    "DEFENSE",
    "DIARY",
    "DISPATCH",
    "DOMESTIC",
    "EARNINGS",
    "EAST ASIA PACIFIC",
    "ECONOMIC DEVELOPMENT",
    "ECONOMY",
    "ECONOMY & FINANCE",
    "EDITOR'S NOTE",
    "EDITORIAL",
    "EDITORS",
    "EDITORS NOTE",
    "EDITOR’S NOTE",
    "EDS",
    "EDUCATION",
    "ELECTION",
    "ELECTIONS",
    "ENERGY",
    "ENTERTAINMENT",
    "ENVIRONMENT",
    "EUROPE",
    "EVENTS",
    "EXCLUSIVE",
    "EXECUTIVES",
    "EXPLAINER",
    "FACT CHECK",
    "FACT-CHECK",
    "FACTBOX",
    "FACTS",
    "FEATURE",
    "FEATURED",
    "FEATURES",
    "FIGURE SKATING",
    "FILM REVIEW",
    "FINANCE",
    "FIRST TEAM",
    "FLASH",
    "FOCUS",
    "FOOD",
    "FOOTBALL",
    "FOR IMMEDIATE RELEASE",
    "FOR RELEASE",
    "FORMULA 1",
    "FORMULA ONE",
    "GENERAL",
    "GOLF",
    "GRAPHIC",
    "GUEST COLUMN",
    "GUEST COMMENTARY",
    "GUEST ESSAY",
    "GUEST OPINION",
    "HEADLINES",
    "HEALTH",
    "HIGH SCHOOL SPORTS",
    "HIGHLIGHTS",
    "HOCKEY",
    "HOMES",
    "HORSE RACING",
    "HOUSING",
    "HUMAN RIGHTS",
    "HUMANITARIAN AID",
    "ICE HOCKEY",
    "IMMEDIATE RELEASE",
    "IMMIGRATION",
    "IN BRIEF",
    "INSIDE INFORMATION",
    "INSIGHT",
    "INTERNATIONAL",
    "INTERVIEW",
    "JOBS",
    "JOINT MEDIA RELEASE",
    "JOINT PRESS RELEASE",
    "KEY FACTS",
    "KEY POINTS",
    "KEY TAKEAWAYS",
    "LATEST",
    "LATEST NEWS",
    "LAW",
    "LAW AND CRIME PREVENTION",
    "LEGAL",
    "LETTERS",
    "LETTERS TO THE EDITOR",
    "LIFE",
    "LIFESTYLE",
    "LIVE",
    "LOCAL",
    "LOCAL NEWS",
    "LOGISTICS",
    "LONG READ",
    "MANAGERS' TRANSACTIONS",
    "MANUFACTURING",
    "MARKET NOTICE",
    "MARKETS",
    "MEDIA",
    "MEDIA ADVISORY",
    "MEDIA ALERT",
    "MEDIA RELEASE",
    "MEDIA RELEASES",
    "MEDIA STATEMENT",
    "MEDIA STATEMENTS",
    "MEN'S BASKETBALL",
    "MEN'S COLLEGE BASKETBALL",
    "MEN'S SOCCER",
    "MEN’S BASKETBALL",
    "MEN’S COLLEGE BASKETBALL",
    "MEN’S SOCCER",
    "METRO",
    "MIDDLE EAST",
    "MIGRANTS AND REFUGEES",
    "MLB",
    "MOBILITY",
    "MONEY",
    "MOTOR RACING",
    "MOTOR SPORT",
    "MOTORSPORT",
    "MUSIC",
    "MY TURN",
    "MY VIEW",
    "NASCAR",
    "NATION",
    "NATION & WORLD",
    "NATIONAL",
    "NATIONAL SECURITY",
    "NBA",
    "NEWS",
    "NEWS ALERT",
    "NEWS ANALYSIS",
    "NEWS AND STORIES",
    "NEWS BRIEFS",
    "NEWS IN BRIEF",
    "NEWS RELEASE",
    "NEWS RELEASES",
    "NEWS STORY",
    "NFL",
    "NHL",
    "NOTE",
    "OBITUARIES",
    "OBITUARY",
    "OLYMPICS",
    "OP-ED",
    "OPINION",
    "OTHER VOICES",
    "PEACE AND SECURITY",
    "PERSPECTIVE",
    "PHOTO",
    "PHOTOS",
    "PODCAST",
    "POLICE BEAT",
    "POLICY",
    "POLITICS",
    "POLL",
    "PREP SPORTS",
    "PRESIDENTIAL ACTIONS",
    "PRESS BRIEFINGS",
    "PRESS CORNER",
    "PRESS RELEASE",
    "PRESS RELEASES",
    "PRESS STATEMENT",
    "PREVIEW",
    "PROCLAMATIONS",
    "PROFILE",
    "PUBLIC SAFETY",
    "Q&A",
    "QUICK TAKE",
    "QUOTES",
    "RACE CALL",
    "RATING ACTION",
    "REAL ESTATE",
    "RECAP",
    "REFILE",
    "REGIONAL",
    "RESEARCH UPDATE",
    "RESIDENTIAL REAL ESTATE",
    "RETAIL",
    "REUTERS POLL",
    "REUTERS SUMMIT",
    "REVIEW",
    "RUGBY",
    "RUGBY LEAGUE",
    "RUGBY UNION",
    "SAILING",
    "SALES",
    "SCENARIOS",
    "SCIENCE",
    "SCIENCE & HEALTH",
    "SHOPPING",
    "SKIING",
    "SNOOKER",
    "SOCCER",
    "SOCIETY",
    "SOUTH & CENTRAL ASIA",
    "SPECIAL REPORT",
    "SPORT",
    "SPORTS",
    "SPOTLIGHT",
    "STOCK EXCHANGE RELEASE",
    "STOCKS",
    "STYLE",
    "SUPPLIERS",
    "SUPREME COURT",
    "SWIMMING",
    "TECH",
    "TECHNOLOGY",
    "TENNIS",
    "THE LATEST",
    "TIMELINE",
    "TOP NEWS",
    "TOP STORIES",
    "TRANSACTIONS",
    "TRANSPORTATION",
    "TRAVEL",
    "U.S.",
    "UN AFFAIRS",
    "UPDATE",
    "UPDATED",
    "URGENT",
    "VIDEO",
    "VIEWPOINT",
    "VOLLEYBALL",
    "WARNING",
    "WATCH",
    "WEATHER",
    "WHITE HOUSE",
    "WINTER OLYMPICS",
    "WOMEN'S BASKETBALL",
    "WOMEN'S COLLEGE BASKETBALL",
    "WOMEN'S SOCCER",
    "WOMEN’S BASKETBALL",
    "WOMEN’S COLLEGE BASKETBALL",
    "WOMEN’S SOCCER",
    "WORLD",
    "WORLD & NATION",
    "WORLD NEWS",
    "YOUR VIEW",
];

/// The words a paper's name ends with that few headlines end with
/// (`The Valley Herald`, `Fenland Gazette`).
static PAPER_WORDS: &[&str] = &[
    "advertiser",
    "argus",
    "bulletin",
    "chronicle",
    "clarion",
    "courant",
    "courier",
    "daily",
    "dealer",
    "dispatch",
    "enquirer",
    "examiner",
    "gazette",
    "gleaner",
    "herald",
    "inquirer",
    "intelligencer",
    "journal",
    "ledger",
    "observer",
    "pantagraph",
    "picayune",
    "recorder",
    "reflector",
    "register",
    "searchlight",
    "sentinel",
    "spectator",
    "statesman",
    "telegraph",
    "tribune",
    "vindicator",
    "weekly",
];

/// The words a paper's name ends with that headlines end with too (`Hard
/// Times`, `Good News`, `Rising Star`): a name only in capitals, after
/// `The`, or of three words or more.
static COMMON_PAPER_WORDS: &[&str] = &[
    "advocate",
    "beacon",
    "bee",
    "blade",
    "californian",
    "citizen",
    "coloradoan",
    "constitution",
    "democrat",
    "eagle",
    "echo",
    "express",
    "globe",
    "guardian",
    "independent",
    "leader",
    "light",
    "mail",
    "mercury",
    "mirror",
    "monitor",
    "news",
    "oklahoman",
    "post",
    "press",
    "record",
    "reporter",
    "republican",
    "review",
    "standard",
    "star",
    "sun",
    "tennessean",
    "times",
    "today",
];

/// The words a date line may have besides the date, times, the half of the
/// day and zones: `at`, `Updated 2 hours ago` (or `an hour ago`, `a day
/// ago`), a zone's name in words
/// (Business Wire's `08:00 AM Eastern Standard Time`), the reading time
/// after it (`November 24, 2026 5 min read`), a printed page's number (the
/// Taipei Times' `Sat, Nov 29, 2025 page 3`), a second stamp's `Last` (the
/// Jordan Times' `Dec 3,2026 - Last updated at Dec 3,2026`).
static STAMP_WORDS: &[&str] = &[
    "at", "a", "an", "updated", "update", "last", "ago", "min", "mins", "minutes", "hour", "hours",
    "day", "days", "eastern", "central", "mountain", "pacific", "atlantic", "standard", "daylight",
    "time", "read", "page",
];

/// The field labels of news database exports (`LexisNexis`, Nexis Uni,
/// `ProQuest`): each opens a line of the document's header or of the matter
/// under the story, with a colon after it (`HEADLINE: …`, `Load-Date:
/// November 28, 2026`, `Publication info: …`).
static FIELD_LABELS: &[&str] = &[
    "ABSTRACT",
    "ARTICLE TEXT",
    "AUTHOR",
    "BODY",
    "BYLINE",
    "CITY/STATE",
    "COPYRIGHT",
    "CORRECTION-DATE",
    "COUNTRY",
    "COUNTRY OF PUBLICATION",
    "DATABASE",
    "DATE",
    "DATELINE",
    "DISTRIBUTION",
    "DOCUMENT TYPE",
    "DOCUMENT URL",
    "DOCUMENT-TYPE",
    "EDITION",
    "FROM",
    "FULL TEXT",
    "GEOGRAPHIC",
    "GRAPHIC",
    "HEADLINE",
    "HIGHLIGHT",
    "INDUSTRY",
    "ISSN",
    "JOURNAL-CODE",
    "LANGUAGE",
    "LANGUAGE OF PUBLICATION",
    "LAST UPDATED",
    "LENGTH",
    "LOAD-DATE",
    "LOCATION",
    "NOTES",
    "ORGANIZATION",
    "PAGE",
    "PAGES",
    "PERSON",
    "PLACE OF PUBLICATION",
    "PROQUEST DOCUMENT ID",
    "PUBLICATION DATE",
    "PUBLICATION INFO",
    "PUBLICATION SUBJECT",
    "PUBLICATION TITLE",
    "PUBLICATION YEAR",
    "PUBLICATION-TYPE",
    "PUBLISHED",
    "PUBLISHER",
    "RECORD NUMBER",
    "SECTION",
    "SERIES",
    "SOURCE",
    "SOURCE TYPE",
    "STATE",
    "SUBJECT",
    "TICKER",
    "TITLE",
    "TYPE",
    "URL",
];

/// The words of a transcript's speaker labels (`HOST:`, `PRESS SECRETARY:`,
/// `SEN. WALSH:`, `UNIDENTIFIED MALE:`) and its header's (`SHOW:`, `DATE:`),
/// and of a release's `MEDIA CONTACT:`: a colon's "place" holding one is no
/// place.
static SPEAKER_WORDS: &[&str] = &[
    "ANCHOR",
    "ANNOUNCER",
    "AUDIENCE",
    "CALLER",
    "CHAIRMAN",
    "CHAIRWOMAN",
    "COMMISSIONER",
    "CONGRESSMAN",
    "CONGRESSWOMAN",
    "CONTACT",
    "CONTACTS",
    "CORRESPONDENT",
    "CROWD",
    "DATE",
    "DR",
    "GOV",
    "GOVERNOR",
    "GUEST",
    "HOST",
    "INTERVIEWER",
    "JUDGE",
    "MAYOR",
    "MODERATOR",
    "MR",
    "MRS",
    "MS",
    "NARRATOR",
    "PANELIST",
    "PRESIDENT",
    "PROF",
    "REP",
    "REPORTER",
    "SECRETARY",
    "SEN",
    "SENATOR",
    "SHOW",
    "SPEAKER",
    "UNIDENTIFIED",
];

/// Words that name a report's subject, not a place, as market, sports and
/// notice pages open their items in capitals (`NEW YORK STOCKS:`, `GOLF —`,
/// `RESULTS -`, `NOTICE:`, `LETTER:`), a page's media labels (`IMAGE:`,
/// `VIDEO:`) and notes (`DISCLAIMER:`, `RELATED:`), columns (AP's `WASHINGTON TODAY:`),
/// and the words that end a company's name (`NORTHWIND TRADERS LTD -`): an
/// unknown place holding one is no place. Words that also name towns
/// (`GOLD`, `SUGAR`, `STERLING`) are left out.
static TOPIC_WORDS: &[&str] = &[
    "ALERT",
    "ATHLETICS",
    "ATTENTION",
    "BASEBALL",
    "BASKETBALL",
    "BIRTHS",
    "BONDS",
    "BOTTOM",
    "BOXING",
    "CAPTION",
    "CLARIFICATION",
    "CLOSURE",
    "COCOA",
    "COFFEE",
    "COMMODITIES",
    "COPPER",
    "CORP",
    "CORRECTION",
    "COTTON",
    "CRICKET",
    "CRUDE",
    "CURRENCIES",
    "CYCLING",
    "DEATHS",
    "DISCLAIMER",
    "DISCLOSURE",
    "EDITORIAL",
    "EQUITIES",
    "EURO",
    "FOOTBALL",
    "FOREX",
    "FUTURES",
    "GMBH",
    "GOLF",
    "GRAINS",
    "GRAPHIC",
    "HOCKEY",
    "HOROSCOPE",
    "IMAGE",
    "INC",
    "INGREDIENTS",
    "LEAD",
    "LETTER",
    "LETTERS",
    "LLC",
    "LOST",
    "LTD",
    "MARKETS",
    "METALS",
    "MLB",
    "NBA",
    "NCAA",
    "NFL",
    "NHL",
    "NOTE",
    "NOTES",
    "NOTICE",
    "NOTICES",
    "OBITUARIES",
    "OBITUARY",
    "OIL",
    "PHOTO",
    "PICTURE",
    "PLATINUM",
    "PLC",
    "POLL",
    "RE",
    "RELATED",
    "REMINDER",
    "RESULTS",
    "RUGBY",
    "SCORES",
    "SERVES",
    "SHARES",
    "SOCCER",
    "SOYBEANS",
    "STANDINGS",
    "STOCKS",
    "TENNIS",
    "TODAY",
    "TRAFFIC",
    "TREASURIES",
    "VIDEO",
    "WANTED",
    "WEATHER",
    "WHEAT",
    "YEN",
    "YIELD",
];

/// Whether `word` is a row of `table`, whose index is `index`, in any ASCII case.
fn listed<const SLOTS: usize>(index: &Index<SLOTS>, table: &[&'static str], word: &str) -> bool {
    index.get(table, |w| w, word).is_some()
}

/// The lists by word, built at compile time: one of them is asked about the
/// first word of every dateline candidate.
static NOT_PLACE_OPENERS_INDEX: Index<256> = Index::new(NOT_PLACE_OPENERS);
static SHOUT_WORDS_INDEX: Index<64> = Index::new(SHOUT_WORDS);
static ARTICLES_INDEX: Index<128> = Index::new(ARTICLES);
static KICKERS_INDEX: Index<1024> = Index::new(KICKERS);
static FIELD_LABELS_INDEX: Index<128> = Index::new(FIELD_LABELS);
static SPEAKER_WORDS_INDEX: Index<128> = Index::new(SPEAKER_WORDS);
static TOPIC_WORDS_INDEX: Index<256> = Index::new(TOPIC_WORDS);
static PAPER_WORDS_INDEX: Index<128> = Index::new(PAPER_WORDS);
static COMMON_PAPER_WORDS_INDEX: Index<128> = Index::new(COMMON_PAPER_WORDS);
static STAMP_WORDS_INDEX: Index<64> = Index::new(STAMP_WORDS);

/// Whether `word` opens sentences and never a place (`On`, `Yesterday`), in any case.
pub(crate) fn is_not_place_opener(word: &str) -> bool {
    listed(&NOT_PLACE_OPENERS_INDEX, NOT_PLACE_OPENERS, word)
}

/// Whether `word` is a small word of an ALL-CAPS shout (`THE`, `TO`, `WHAT`),
/// or a word of a page's or a newsletter's label in capitals (`READ MORE`,
/// `MORNING AFTER`), in any case.
pub(crate) fn is_shout_word(word: &str) -> bool {
    listed(&SHOUT_WORDS_INDEX, SHOUT_WORDS, word)
}

/// Whether `word` is an article or particle (`El`, `Am`, `Le`), in any ASCII case.
pub(crate) fn is_article(word: &str) -> bool {
    listed(&ARTICLES_INDEX, ARTICLES, word)
}

/// Whether `text` is a kicker such as `BREAKING` or `EDITOR'S NOTE`, in any case.
pub(crate) fn is_kicker(text: &str) -> bool {
    listed(&KICKERS_INDEX, KICKERS, text)
}

/// Whether `word` ends few headlines but many papers' names (`Herald`,
/// `Gazette`, `Ledger`), in any ASCII case.
pub(crate) fn is_paper_word(word: &str) -> bool {
    listed(&PAPER_WORDS_INDEX, PAPER_WORDS, word)
}

/// Whether `word` ends papers' names and headlines alike (`Times`, `News`,
/// `Star`), in any ASCII case.
pub(crate) fn is_common_paper_word(word: &str) -> bool {
    listed(&COMMON_PAPER_WORDS_INDEX, COMMON_PAPER_WORDS, word)
}

/// Whether `word` is one of a date line's words besides the date, times,
/// the half of the day and zones (`at`, `updated`, `min`, `Eastern`), in
/// any ASCII case.
pub(crate) fn is_stamp_word(word: &str) -> bool {
    listed(&STAMP_WORDS_INDEX, STAMP_WORDS, word)
}

/// Whether `word` is a database export's field label (`HEADLINE`,
/// `Load-Date`), in any case.
pub(crate) fn is_field_label(word: &str) -> bool {
    listed(&FIELD_LABELS_INDEX, FIELD_LABELS, word)
}

/// Whether `word` is a word of a transcript's speaker label (`HOST`,
/// `SECRETARY`, `SEN`), in any case.
pub(crate) fn is_speaker_word(word: &str) -> bool {
    listed(&SPEAKER_WORDS_INDEX, SPEAKER_WORDS, word)
}

/// Whether `word` names a report's subject (`STOCKS`, `GOLF`, `NOTICE`), in
/// any case.
pub(crate) fn is_topic_word(word: &str) -> bool {
    listed(&TOPIC_WORDS_INDEX, TOPIC_WORDS, word)
}

#[cfg(test)]
mod tests {
    use super::super::tests::assert_strictly_sorted;
    use super::*;

    #[test]
    fn tables_are_sorted_without_duplicates() {
        assert_strictly_sorted(NOT_PLACE_OPENERS.iter().copied());
        assert_strictly_sorted(SHOUT_WORDS.iter().copied());
        assert_strictly_sorted(KICKERS.iter().copied());
        assert_strictly_sorted(ARTICLES.iter().copied());
        assert_strictly_sorted(FIELD_LABELS.iter().copied());
        assert_strictly_sorted(SPEAKER_WORDS.iter().copied());
        assert_strictly_sorted(TOPIC_WORDS.iter().copied());
    }

    #[test]
    fn every_row_is_found_in_any_case() {
        let tables: [(&[&str], fn(&str) -> bool); 6] = [
            (NOT_PLACE_OPENERS, is_not_place_opener),
            (SHOUT_WORDS, is_shout_word),
            (ARTICLES, is_article),
            (KICKERS, is_kicker),
            (SPEAKER_WORDS, is_speaker_word),
            (TOPIC_WORDS, is_topic_word),
        ];
        for (rows, found) in tables {
            for row in rows {
                assert!(found(row), "{row:?}");
                assert!(found(&row.to_ascii_uppercase()), "{row:?}");
                assert!(found(&row.to_ascii_lowercase()), "{row:?}");
                assert!(!found(&format!("{row}~")), "{row:?}");
            }
        }
    }

    #[test]
    fn lookups() {
        let rows: &[(&str, bool, bool, bool)] = &[
            ("On", true, true, false),
            ("Published", true, false, false),
            ("YESTERDAY", true, false, false),
            ("however", true, false, false),
            ("The", false, true, false),
            ("San", false, false, false),
            ("BREAKING", false, false, true),
            ("Editor's Note", false, false, true),
            ("LONDON", false, false, false),
        ];
        for word in ["El", "AM", "le", "Il", "die"] {
            assert!(is_article(word), "{word:?}");
        }
        for word in ["Elm", "Los Angeles", "Lima"] {
            assert!(!is_article(word), "{word:?}");
        }
        for (word, opener, shout, kicker) in rows {
            assert_eq!(
                (
                    is_not_place_opener(word),
                    is_shout_word(word),
                    is_kicker(word)
                ),
                (*opener, *shout, *kicker),
                "{word:?}"
            );
        }
    }
}
