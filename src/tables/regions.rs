//! First-level divisions (states, provinces and territories) of the United
//! States and Canada, as they follow a place name in a dateline.

/// A first-level division of a country.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Region {
    /// The full English name, such as "California" or "District of Columbia".
    pub(crate) name: &'static str,
    /// The two-letter postal code, such as "CA".
    #[allow(dead_code, reason = "table data that not every caller reads")]
    pub(crate) postal: &'static str,
    /// The country, spelled as [`super::countries::country`] returns it.
    pub(crate) country: &'static str,
}

/// The country name used for United States regions, as the tables give a
/// place in the United States its country.
pub(crate) const US: &str = "United States";

/// The country name used for Canadian regions.
const CANADA: &str = "Canada";

/// Defines one documented `static` [`Region`] per line, named by its postal
/// code, and (for tests) `ALL` listing them in order.
macro_rules! regions {
    ($($id:ident = $name:literal, $country:ident;)*) => {
        $(
            #[doc = concat!("The region ", $name, ".")]
            static $id: Region = Region {
                name: $name,
                postal: stringify!($id),
                country: $country,
            };
        )*
        /// Every region in the table.
        #[cfg(test)]
        static ALL: &[&Region] = &[$(&$id),*];
    };
}

regions! {
    AL = "Alabama", US;
    AK = "Alaska", US;
    AZ = "Arizona", US;
    AR = "Arkansas", US;
    CA = "California", US;
    CO = "Colorado", US;
    CT = "Connecticut", US;
    DE = "Delaware", US;
    DC = "District of Columbia", US;
    FL = "Florida", US;
    GA = "Georgia", US;
    HI = "Hawaii", US;
    ID = "Idaho", US;
    IL = "Illinois", US;
    IN = "Indiana", US;
    IA = "Iowa", US;
    KS = "Kansas", US;
    KY = "Kentucky", US;
    LA = "Louisiana", US;
    ME = "Maine", US;
    MD = "Maryland", US;
    MA = "Massachusetts", US;
    MI = "Michigan", US;
    MN = "Minnesota", US;
    MS = "Mississippi", US;
    MO = "Missouri", US;
    MT = "Montana", US;
    NE = "Nebraska", US;
    NV = "Nevada", US;
    NH = "New Hampshire", US;
    NJ = "New Jersey", US;
    NM = "New Mexico", US;
    NY = "New York", US;
    NC = "North Carolina", US;
    ND = "North Dakota", US;
    OH = "Ohio", US;
    OK = "Oklahoma", US;
    OR = "Oregon", US;
    PA = "Pennsylvania", US;
    RI = "Rhode Island", US;
    SC = "South Carolina", US;
    SD = "South Dakota", US;
    TN = "Tennessee", US;
    TX = "Texas", US;
    UT = "Utah", US;
    VT = "Vermont", US;
    VA = "Virginia", US;
    WA = "Washington", US;
    WV = "West Virginia", US;
    WI = "Wisconsin", US;
    WY = "Wyoming", US;
    AS = "American Samoa", US;
    GU = "Guam", US;
    MP = "Northern Mariana Islands", US;
    PR = "Puerto Rico", US;
    VI = "U.S. Virgin Islands", US;
    AB = "Alberta", CANADA;
    BC = "British Columbia", CANADA;
    MB = "Manitoba", CANADA;
    NB = "New Brunswick", CANADA;
    NL = "Newfoundland and Labrador", CANADA;
    NT = "Northwest Territories", CANADA;
    NS = "Nova Scotia", CANADA;
    NU = "Nunavut", CANADA;
    ON = "Ontario", CANADA;
    PE = "Prince Edward Island", CANADA;
    QC = "Quebec", CANADA;
    SK = "Saskatchewan", CANADA;
    YT = "Yukon", CANADA;
}

/// Form flag: a full name, such as "New York"; matches in any case.
const NAME: u8 = 1;

/// Form flag: a shortened word, such as "Calif." or "Ga."; must start with
/// an upper-case letter, and a two-letter one must end in a period.
const ABBR: u8 = 2;

/// Form flag: initials, such as "N.Y." or "P.E.I."; must have no lower-case
/// letters.
const INITIALS: u8 = 4;

/// Form flag: the two-letter postal code, such as "NY"; must be exactly two
/// upper-case letters, optionally followed by one period.
const POSTAL: u8 = 8;

/// Lookup keys: each is a spelling lower-cased with its periods and spaces
/// removed, the forms (flags) in which it may be written, and its region.
/// Sorted by byte order of the key (the same as [`super::cmp_ignore_ascii_case`]
/// for these lower-case keys).
static KEYS: &[(&str, u8, &Region)] = &[
    ("ab", POSTAL, &AB),
    ("ak", POSTAL, &AK),
    ("al", POSTAL, &AL),
    ("ala", ABBR, &AL),
    ("alabama", NAME, &AL),
    ("alaska", NAME, &AK),
    ("alberta", NAME, &AB),
    ("alta", ABBR, &AB),
    ("americansamoa", NAME, &AS),
    ("ar", POSTAL, &AR),
    ("ariz", ABBR, &AZ),
    ("arizona", NAME, &AZ),
    ("ark", ABBR, &AR),
    ("arkansas", NAME, &AR),
    ("az", POSTAL, &AZ),
    ("bc", INITIALS | POSTAL, &BC),
    ("britishcolumbia", NAME, &BC),
    ("ca", POSTAL, &CA),
    ("cal", ABBR, &CA),
    ("calif", ABBR, &CA),
    ("california", NAME, &CA),
    ("co", POSTAL, &CO),
    ("colo", ABBR, &CO),
    ("colorado", NAME, &CO),
    ("conn", ABBR, &CT),
    ("connecticut", NAME, &CT),
    ("ct", POSTAL, &CT),
    ("dc", INITIALS | POSTAL, &DC),
    ("de", POSTAL, &DE),
    ("del", ABBR, &DE),
    ("dela", ABBR, &DE),
    ("delaware", NAME, &DE),
    ("districtofcolumbia", NAME, &DC),
    ("fl", POSTAL, &FL),
    ("fla", ABBR, &FL),
    ("florida", NAME, &FL),
    ("ga", ABBR | POSTAL, &GA),
    ("georgia", NAME, &GA),
    ("gu", POSTAL, &GU),
    ("guam", NAME, &GU),
    ("hawai'i", NAME, &HI),
    ("hawaii", NAME, &HI),
    ("hi", POSTAL, &HI),
    ("ia", POSTAL, &IA),
    ("id", POSTAL, &ID),
    ("idaho", NAME, &ID),
    ("il", POSTAL, &IL),
    ("ill", ABBR, &IL),
    ("illinois", NAME, &IL),
    ("in", POSTAL, &IN),
    ("ind", ABBR, &IN),
    ("indiana", NAME, &IN),
    ("iowa", NAME, &IA),
    ("kan", ABBR, &KS),
    ("kans", ABBR, &KS),
    ("kansas", NAME, &KS),
    ("kentucky", NAME, &KY),
    ("ks", POSTAL, &KS),
    ("ky", ABBR | POSTAL, &KY),
    ("la", ABBR | POSTAL, &LA),
    ("louisiana", NAME, &LA),
    ("ma", POSTAL, &MA),
    ("maine", NAME, &ME),
    ("man", ABBR, &MB),
    ("manitoba", NAME, &MB),
    ("maryland", NAME, &MD),
    ("mass", ABBR, &MA),
    ("massachusetts", NAME, &MA),
    ("mb", POSTAL, &MB),
    ("md", ABBR | POSTAL, &MD),
    ("me", ABBR | POSTAL, &ME),
    ("mi", POSTAL, &MI),
    ("mich", ABBR, &MI),
    ("michigan", NAME, &MI),
    ("minn", ABBR, &MN),
    ("minnesota", NAME, &MN),
    ("miss", ABBR, &MS),
    ("mississippi", NAME, &MS),
    ("missouri", NAME, &MO),
    ("mn", POSTAL, &MN),
    ("mo", ABBR | POSTAL, &MO),
    ("mont", ABBR, &MT),
    ("montana", NAME, &MT),
    ("mp", POSTAL, &MP),
    ("ms", POSTAL, &MS),
    ("mt", POSTAL, &MT),
    ("nb", INITIALS | POSTAL, &NB),
    ("nc", INITIALS | POSTAL, &NC),
    ("nd", INITIALS | POSTAL, &ND),
    ("ndak", ABBR, &ND),
    ("ne", POSTAL, &NE),
    ("neb", ABBR, &NE),
    ("nebr", ABBR, &NE),
    ("nebraska", NAME, &NE),
    ("nev", ABBR, &NV),
    ("nevada", NAME, &NV),
    ("newbrunswick", NAME, &NB),
    ("newfoundland", NAME, &NL),
    ("newfoundlandandlabrador", NAME, &NL),
    ("newhampshire", NAME, &NH),
    ("newjersey", NAME, &NJ),
    ("newmexico", NAME, &NM),
    ("newyork", NAME, &NY),
    ("nfld", ABBR, &NL),
    ("nh", INITIALS | POSTAL, &NH),
    ("nj", INITIALS | POSTAL, &NJ),
    ("nl", INITIALS | POSTAL, &NL),
    ("nm", INITIALS | POSTAL, &NM),
    ("nmex", ABBR, &NM),
    ("northcarolina", NAME, &NC),
    ("northdakota", NAME, &ND),
    ("northernmarianaislands", NAME, &MP),
    ("northernmarianas", NAME, &MP),
    ("northwestterritories", NAME, &NT),
    ("novascotia", NAME, &NS),
    ("ns", INITIALS | POSTAL, &NS),
    ("nt", POSTAL, &NT),
    ("nu", POSTAL, &NU),
    ("nunavut", NAME, &NU),
    ("nv", POSTAL, &NV),
    ("nwt", INITIALS, &NT),
    ("ny", INITIALS | POSTAL, &NY),
    ("oh", POSTAL, &OH),
    ("ohio", NAME, &OH),
    ("ok", POSTAL, &OK),
    ("okla", ABBR, &OK),
    ("oklahoma", NAME, &OK),
    ("on", POSTAL, &ON),
    ("ont", ABBR, &ON),
    ("ontario", NAME, &ON),
    ("or", POSTAL, &OR),
    ("ore", ABBR, &OR),
    ("oreg", ABBR, &OR),
    ("oregon", NAME, &OR),
    ("pa", ABBR | POSTAL, &PA),
    ("pe", POSTAL, &PE),
    ("pei", INITIALS, &PE),
    ("penn", ABBR, &PA),
    ("penna", ABBR, &PA),
    ("pennsylvania", NAME, &PA),
    ("pr", INITIALS | POSTAL, &PR),
    ("princeedwardisland", NAME, &PE),
    ("puertorico", NAME, &PR),
    ("qc", POSTAL, &QC),
    ("que", ABBR, &QC),
    ("quebec", NAME, &QC),
    ("québec", NAME, &QC),
    ("rhodeisland", NAME, &RI),
    ("ri", INITIALS | POSTAL, &RI),
    ("sask", ABBR, &SK),
    ("saskatchewan", NAME, &SK),
    ("sc", INITIALS | POSTAL, &SC),
    ("sd", INITIALS | POSTAL, &SD),
    ("sdak", ABBR, &SD),
    ("sk", POSTAL, &SK),
    ("southcarolina", NAME, &SC),
    ("southdakota", NAME, &SD),
    ("tenn", ABBR, &TN),
    ("tennessee", NAME, &TN),
    ("tex", ABBR, &TX),
    ("texas", NAME, &TX),
    ("tn", POSTAL, &TN),
    ("tx", POSTAL, &TX),
    ("usvirginislands", NAME, &VI),
    ("ut", POSTAL, &UT),
    ("utah", NAME, &UT),
    ("va", ABBR | POSTAL, &VA),
    ("vermont", NAME, &VT),
    ("vi", INITIALS | POSTAL, &VI),
    ("virginia", NAME, &VA),
    ("virginislands", NAME, &VI),
    ("vt", ABBR | POSTAL, &VT),
    ("wa", POSTAL, &WA),
    ("wash", ABBR, &WA),
    ("washington", NAME, &WA),
    ("westvirginia", NAME, &WV),
    ("wi", POSTAL, &WI),
    ("wis", ABBR, &WI),
    ("wisc", ABBR, &WI),
    ("wisconsin", NAME, &WI),
    ("wv", POSTAL, &WV),
    ("wva", ABBR, &WV),
    ("wy", POSTAL, &WY),
    ("wyo", ABBR, &WY),
    ("wyoming", NAME, &WY),
    ("yt", POSTAL, &YT),
    ("yukon", NAME, &YT),
    ("yukonterritory", NAME, &YT),
];

/// The bytes of `word` with periods and spaces dropped and ASCII letters
/// lower-cased, which is how [`KEYS`] are spelled.
fn compact(word: &str) -> impl Iterator<Item = u8> + '_ {
    word.bytes()
        .filter(|&byte| byte != b'.' && byte != b' ')
        .map(|byte| byte.to_ascii_lowercase())
}

/// Tells whether `word`, whose compacted spelling equals a key of
/// `key_len` bytes with the form flags `forms`, is written in one of those
/// forms.
fn written_as(word: &str, forms: u8, key_len: usize) -> bool {
    let bytes = word.as_bytes();
    if !bytes.first().is_some_and(u8::is_ascii_alphabetic) {
        return false;
    }
    let starts_upper = bytes.first().is_some_and(u8::is_ascii_uppercase);
    let has_lower = bytes.iter().any(u8::is_ascii_lowercase);
    let name = forms & NAME != 0;
    let abbr = forms & ABBR != 0 && starts_upper && (key_len > 2 || matches!(bytes, [_, _, b'.']));
    let initials = forms & INITIALS != 0 && !has_lower;
    let postal = forms & POSTAL != 0
        && matches!(bytes, [a, b] | [a, b, b'.'] if a.is_ascii_uppercase() && b.is_ascii_uppercase());
    name || abbr || initials || postal
}

/// Returns the US state or territory, or Canadian province or territory, that
/// `word` names.
///
/// `word` is the text after a place name's comma, trimmed. It is compared with
/// the table ignoring ASCII case, periods and spaces, so "N.Y.", "N. Y." and
/// "NY" are one key, and then has to be written in a form the key allows:
///
/// * full names in any case: "California", "NEW JERSEY", "new york";
/// * shortened words such as "Calif.", "Calif", "CALIF.", "Tex", "W.Va.",
///   "Nfld." starting with a capital letter; a two-letter one must keep its
///   period ("Ga.", "La.", "Me.", "PA."), so "Pa", "La" or "Me" do not match;
/// * initials such as "N.Y.", "N.Y", "D.C.", "P.E.I." with no lower-case
///   letter;
/// * two-letter postal codes in upper case only ("NY", "IN", "OR", "ME",
///   optionally with a final period), so that "in", "or", "me", "ok", "la",
///   "Co." and "In" never match.
///
/// American Samoa matches only by its name: its code "AS" is too common an
/// upper-case word. "Washington D.C." is a place, not a region, and does not
/// match.
pub(crate) fn region(word: &str) -> Option<&'static Region> {
    let index = KEYS
        .binary_search_by(|&(key, _, _)| key.bytes().cmp(compact(word)))
        .ok()?;
    let &(key, forms, region) = KEYS.get(index)?;
    written_as(word, forms, key.len()).then_some(region)
}

#[cfg(test)]
mod tests {
    use super::super::countries::country;
    use super::super::tests::assert_strictly_sorted;
    use super::{ALL, INITIALS, KEYS, NAME, POSTAL, compact, region};

    #[test]
    fn keys_are_sorted_compact_and_unique() {
        assert_strictly_sorted(KEYS.iter().map(|&(key, _, _)| key));
        for &(key, forms, _) in KEYS {
            let compacted: Vec<u8> = compact(key).collect();
            assert_eq!(compacted, key.as_bytes(), "{key:?} is not compact");
            assert_ne!(forms, 0, "{key:?} has no form");
            if forms & POSTAL != 0 {
                assert_eq!(key.len(), 2, "{key:?}");
            }
            if forms & INITIALS != 0 {
                assert!(key.len() <= 3, "{key:?}");
            }
        }
    }

    #[test]
    fn every_region_matches_its_name_and_code() {
        for &expected in ALL {
            assert_eq!(region(expected.name), Some(expected), "{expected:?}");
            assert_eq!(region(&expected.name.to_uppercase()), Some(expected));
            assert_eq!(region(&expected.name.to_lowercase()), Some(expected));
            assert_eq!(expected.postal.len(), 2);
            assert_eq!(country(expected.country), Some(expected.country));
            let by_code = region(expected.postal);
            if expected.postal == "AS" {
                assert_eq!(by_code, None);
            } else {
                assert_eq!(by_code, Some(expected), "{}", expected.postal);
            }
        }
        assert_eq!(ALL.len(), 69);
        let names = KEYS.iter().filter(|&&(_, forms, _)| forms & NAME != 0);
        assert!(names.count() >= ALL.len());
    }

    #[test]
    fn postal_codes_are_unique() {
        let mut codes: Vec<&str> = ALL.iter().map(|region| region.postal).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), ALL.len());
    }

    #[test]
    fn ap_abbreviations() {
        let cases = [
            ("Ala.", "AL"),
            ("Ariz.", "AZ"),
            ("Ark.", "AR"),
            ("Calif.", "CA"),
            ("Colo.", "CO"),
            ("Conn.", "CT"),
            ("Del.", "DE"),
            ("Fla.", "FL"),
            ("Ga.", "GA"),
            ("Ill.", "IL"),
            ("Ind.", "IN"),
            ("Kan.", "KS"),
            ("Ky.", "KY"),
            ("La.", "LA"),
            ("Md.", "MD"),
            ("Mass.", "MA"),
            ("Mich.", "MI"),
            ("Minn.", "MN"),
            ("Miss.", "MS"),
            ("Mo.", "MO"),
            ("Mont.", "MT"),
            ("Neb.", "NE"),
            ("Nev.", "NV"),
            ("N.H.", "NH"),
            ("N.J.", "NJ"),
            ("N.M.", "NM"),
            ("N.Y.", "NY"),
            ("N.C.", "NC"),
            ("N.D.", "ND"),
            ("Okla.", "OK"),
            ("Ore.", "OR"),
            ("Pa.", "PA"),
            ("R.I.", "RI"),
            ("S.C.", "SC"),
            ("S.D.", "SD"),
            ("Tenn.", "TN"),
            ("Vt.", "VT"),
            ("Va.", "VA"),
            ("Wash.", "WA"),
            ("W.Va.", "WV"),
            ("Wis.", "WI"),
            ("Wyo.", "WY"),
            ("D.C.", "DC"),
            ("P.R.", "PR"),
            ("V.I.", "VI"),
        ];
        for (word, postal) in cases {
            assert_eq!(region(word).map(|r| r.postal), Some(postal), "{word:?}");
            let bare = word.strip_suffix('.').unwrap_or(word);
            if bare.len() > 2 {
                assert_eq!(region(bare).map(|r| r.postal), Some(postal), "{bare:?}");
            }
            let upper = word.to_uppercase();
            assert_eq!(region(&upper).map(|r| r.postal), Some(postal), "{upper:?}");
        }
    }

    #[test]
    fn accepted_spellings() {
        let cases = [
            // Older and variant abbreviations.
            ("Dela.", "DE"),
            ("Penn.", "PA"),
            ("Penna.", "PA"),
            ("Tex.", "TX"),
            ("Tex", "TX"),
            ("Wisc.", "WI"),
            ("Cal.", "CA"),
            ("Calif", "CA"),
            ("Colo", "CO"),
            ("Mich", "MI"),
            ("Fla", "FL"),
            ("Ariz", "AZ"),
            ("Kans.", "KS"),
            ("Nebr.", "NE"),
            ("Oreg.", "OR"),
            ("N.Mex.", "NM"),
            ("N. Mex.", "NM"),
            ("N. Dak.", "ND"),
            ("S.Dak.", "SD"),
            ("W. Va.", "WV"),
            ("W.VA.", "WV"),
            ("Me.", "ME"),
            ("ME.", "ME"),
            // Initials written loosely.
            ("N.Y", "NY"),
            ("N. Y.", "NY"),
            ("D.C", "DC"),
            ("DC", "DC"),
            // Upper-cased datelines.
            ("MO.", "MO"),
            ("IND.", "IN"),
            ("CALIF.", "CA"),
            ("CALIF", "CA"),
            ("LA.", "LA"),
            // Postal codes.
            ("NC", "NC"),
            ("CA", "CA"),
            ("NY", "NY"),
            ("IN", "IN"),
            ("OR", "OR"),
            ("ME", "ME"),
            ("LA", "LA"),
            ("OK", "OK"),
            ("TX.", "TX"),
            // Full names.
            ("California", "CA"),
            ("NEW YORK", "NY"),
            ("new jersey", "NJ"),
            ("New  Hampshire", "NH"),
            ("Alaska", "AK"),
            ("Hawaii", "HI"),
            ("Hawai'i", "HI"),
            ("Idaho", "ID"),
            ("Iowa", "IA"),
            ("Maine", "ME"),
            ("Ohio", "OH"),
            ("Texas", "TX"),
            ("Utah", "UT"),
            ("District of Columbia", "DC"),
            ("U.S. Virgin Islands", "VI"),
            ("Virgin Islands", "VI"),
            ("Northern Marianas", "MP"),
            ("American Samoa", "AS"),
            // Canada.
            ("Ont.", "ON"),
            ("Que.", "QC"),
            ("B.C.", "BC"),
            ("Alta.", "AB"),
            ("Man.", "MB"),
            ("Sask.", "SK"),
            ("N.S.", "NS"),
            ("N.B.", "NB"),
            ("Nfld.", "NL"),
            ("P.E.I.", "PE"),
            ("N.W.T.", "NT"),
            ("Ontario", "ON"),
            ("QUEBEC", "QC"),
            ("Québec", "QC"),
            ("Newfoundland", "NL"),
            ("Yukon Territory", "YT"),
            ("ON", "ON"),
            ("QC", "QC"),
            ("BC", "BC"),
            ("AB", "AB"),
            ("MB", "MB"),
            ("SK", "SK"),
            ("NS", "NS"),
            ("NB", "NB"),
            ("NL", "NL"),
            ("PE", "PE"),
            ("YT", "YT"),
            ("NT", "NT"),
            ("NU", "NU"),
        ];
        for (word, postal) in cases {
            assert_eq!(region(word).map(|r| r.postal), Some(postal), "{word:?}");
        }
    }

    #[test]
    fn rejected_spellings() {
        let cases = [
            "",
            ".",
            " ",
            "in",
            "or",
            "me",
            "ok",
            "la",
            "oh",
            "hi",
            "id",
            "pa",
            "In",
            "Or",
            "Me",
            "Ok",
            "La",
            "Pa",
            "Ga",
            "Co.",
            "In.",
            "Ok.",
            "Ca.",
            "L.A.",
            "n.y.",
            "ny",
            "Ny",
            "calif.",
            "ind",
            "ill",
            "man",
            "miss",
            "wash",
            "ore",
            "AS",
            "Washington D.C.",
            "Washington, D.C.",
            "N.Y.,",
            ".NY",
            "New York City",
            "Calif.a",
            "Californias",
            "California-",
            "QUÉBEC",
            "Nowhere",
            "Victoria",
            "NSW",
        ];
        for word in cases {
            assert_eq!(region(word), None, "{word:?}");
        }
    }

    #[test]
    fn regions_carry_name_and_country() {
        let cases = [
            ("Calif.", "California", "United States"),
            ("D.C.", "District of Columbia", "United States"),
            ("P.R.", "Puerto Rico", "United States"),
            ("Ont.", "Ontario", "Canada"),
            ("PEI", "Prince Edward Island", "Canada"),
            ("NL", "Newfoundland and Labrador", "Canada"),
        ];
        for (word, name, country) in cases {
            let found = region(word);
            assert_eq!(found.map(|r| r.name), Some(name), "{word:?}");
            assert_eq!(found.map(|r| r.country), Some(country), "{word:?}");
        }
    }
}
