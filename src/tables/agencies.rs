//! News agencies and press-release wires as they are credited in datelines,
//! and the outlets (sites, magazines, syndicates) that news feeds credit in
//! the same place: `eWeek - The chip maker said`.

use super::{Index, keys};

/// A news agency or press-release wire credited in a dateline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Agency {
    /// The credit as written in the dateline, such as `AP` or `PRNewswire`.
    pub(crate) tag: &'static str,
    /// The agency's full name, such as "The Associated Press".
    pub(crate) name: &'static str,
}

/// Agency credits, sorted by [`cmp_ignore_ascii_case`] on the tag. Spelling
/// variants (`Business Wire` and `BusinessWire`) are separate rows that share
/// a name.
pub(crate) static AGENCIES: &[Agency] = &[
    Agency {
        tag: "AA",
        name: "Anadolu Agency",
    },
    Agency {
        tag: "AAP",
        name: "Australian Associated Press",
    },
    Agency {
        tag: "ABC",
        name: "ABC News",
    },
    Agency {
        tag: "ACCESS Newswire",
        name: "ACCESS Newswire",
    },
    Agency {
        tag: "ACCESSWIRE",
        name: "ACCESS Newswire",
    },
    Agency {
        tag: "ACNS",
        name: "Anglican Communion News Service",
    },
    Agency {
        tag: "Adnkronos",
        name: "Adnkronos",
    },
    Agency {
        tag: "AE",
        name: "Agência Estado",
    },
    Agency {
        tag: "AFP",
        name: "Agence France-Presse",
    },
    Agency {
        tag: "AFX",
        name: "AFX News",
    },
    Agency {
        tag: "Agence France-Presse",
        name: "Agence France-Presse",
    },
    Agency {
        tag: "Agencia Brasil",
        name: "Agência Brasil",
    },
    Agency {
        tag: "AGERPRES",
        name: "Agerpres",
    },
    Agency {
        tag: "AGI",
        name: "Agenzia Giornalistica Italia",
    },
    Agency {
        tag: "Agência Brasil",
        name: "Agência Brasil",
    },
    Agency {
        tag: "Agência Estado",
        name: "Agência Estado",
    },
    Agency {
        tag: "Al Jazeera",
        name: "Al Jazeera",
    },
    Agency {
        tag: "AMNA",
        name: "Athens-Macedonian News Agency",
    },
    Agency {
        tag: "ANA-MPA",
        name: "Athens-Macedonian News Agency",
    },
    Agency {
        tag: "Anadolu",
        name: "Anadolu Agency",
    },
    Agency {
        tag: "Anadolu Agency",
        name: "Anadolu Agency",
    },
    Agency {
        tag: "Andes",
        name: "Agencia Andes",
    },
    Agency {
        tag: "ANDINA",
        name: "Agencia Andina",
    },
    Agency {
        tag: "Anglican Communion News Service",
        name: "Anglican Communion News Service",
    },
    Agency {
        tag: "ANI",
        name: "Asian News International",
    },
    Agency {
        tag: "ANP",
        name: "Algemeen Nederlands Persbureau",
    },
    Agency {
        tag: "ANSA",
        name: "Agenzia Nazionale Stampa Associata",
    },
    Agency {
        tag: "Antara",
        name: "Antara",
    },
    Agency {
        tag: "AP",
        name: "The Associated Press",
    },
    Agency {
        tag: "APA",
        name: "Austria Presse Agentur",
    },
    Agency {
        tag: "APP",
        name: "Associated Press of Pakistan",
    },
    Agency {
        tag: "APS",
        name: "Algérie Presse Service",
    },
    Agency {
        tag: "ARA",
        name: "ARA Content",
    },
    Agency {
        tag: "Arab News",
        name: "Arab News",
    },
    Agency {
        tag: "ARMENPRESS",
        name: "Armenpress",
    },
    Agency {
        tag: "Ars Technica",
        name: "Ars Technica",
    },
    Agency {
        tag: "Asahi Shimbun",
        name: "The Asahi Shimbun",
    },
    Agency {
        tag: "Asharq Al-Awsat",
        name: "Asharq Al-Awsat",
    },
    Agency {
        tag: "Asian News International",
        name: "Asian News International",
    },
    Agency {
        tag: "askanews",
        name: "askanews",
    },
    Agency {
        tag: "Associated Press",
        name: "The Associated Press",
    },
    Agency {
        tag: "ATS",
        name: "Keystone-ATS",
    },
    Agency {
        tag: "AWP",
        name: "AWP Finanznachrichten",
    },
    Agency {
        tag: "AZERTAC",
        name: "Azerbaijan State News Agency",
    },
    Agency {
        tag: "BBC",
        name: "BBC",
    },
    Agency {
        tag: "BCN",
        name: "Bay City News",
    },
    Agency {
        tag: "Belga",
        name: "Belga",
    },
    Agency {
        tag: "BelTA",
        name: "Belarusian Telegraph Agency",
    },
    Agency {
        tag: "Bernama",
        name: "Bernama",
    },
    Agency {
        tag: "Bloomberg",
        name: "Bloomberg News",
    },
    Agency {
        tag: "Bloomberg News",
        name: "Bloomberg News",
    },
    Agency {
        tag: "BNA",
        name: "Bahrain News Agency",
    },
    Agency {
        tag: "BNS",
        name: "Baltic News Service",
    },
    Agency {
        tag: "Boston Globe",
        name: "The Boston Globe",
    },
    Agency {
        tag: "BPT",
        name: "Brandpoint",
    },
    Agency {
        tag: "BSS",
        name: "Bangladesh Sangbad Sangstha",
    },
    Agency {
        tag: "BTA",
        name: "Bulgarian News Agency",
    },
    Agency {
        tag: "Business Week",
        name: "BusinessWeek",
    },
    Agency {
        tag: "Business Wire",
        name: "Business Wire",
    },
    Agency {
        tag: "BusinessWeek Online",
        name: "BusinessWeek",
    },
    Agency {
        tag: "BusinessWire",
        name: "Business Wire",
    },
    Agency {
        tag: "Canada NewsWire",
        name: "Canada NewsWire",
    },
    Agency {
        tag: "Canadian Press",
        name: "The Canadian Press",
    },
    Agency {
        tag: "CBC",
        name: "CBC News",
    },
    Agency {
        tag: "CBC News",
        name: "CBC News",
    },
    Agency {
        tag: "CBS",
        name: "CBS News",
    },
    Agency {
        tag: "CBS MarketWatch",
        name: "MarketWatch",
    },
    Agency {
        tag: "CBS SportsLine.com",
        name: "CBS SportsLine.com",
    },
    Agency {
        tag: "CGTN",
        name: "China Global Television Network",
    },
    Agency {
        tag: "Chainwire",
        name: "Chainwire",
    },
    Agency {
        tag: "Chicago Tribune",
        name: "Chicago Tribune",
    },
    Agency {
        tag: "China Daily",
        name: "China Daily",
    },
    Agency {
        tag: "China News Service",
        name: "China News Service",
    },
    Agency {
        tag: "CMC",
        name: "Caribbean Media Corporation",
    },
    Agency {
        tag: "CN",
        name: "Courthouse News Service",
    },
    Agency {
        tag: "CNA",
        name: "Central News Agency",
    },
    Agency {
        tag: "CNET",
        name: "CNET",
    },
    Agency {
        tag: "CNET News.com",
        name: "CNET",
    },
    Agency {
        tag: "CNN",
        name: "CNN",
    },
    Agency {
        tag: "CNN Business",
        name: "CNN",
    },
    Agency {
        tag: "CNN Sport",
        name: "CNN",
    },
    Agency {
        tag: "CNS",
        name: "Catholic News Service",
    },
    Agency {
        tag: "CNW",
        name: "Canada NewsWire",
    },
    Agency {
        tag: "Colpisa",
        name: "Colpisa",
    },
    Agency {
        tag: "Computerworld",
        name: "Computerworld",
    },
    Agency {
        tag: "Cox News Service",
        name: "Cox News Service",
    },
    Agency {
        tag: "CP",
        name: "The Canadian Press",
    },
    Agency {
        tag: "CTK",
        name: "Czech News Agency",
    },
    Agency {
        tag: "Deutsche Welle",
        name: "Deutsche Welle",
    },
    Agency {
        tag: "DHA",
        name: "Demirören News Agency",
    },
    Agency {
        tag: "DHNS",
        name: "Deccan Herald News Service",
    },
    Agency {
        tag: "Dow Jones",
        name: "Dow Jones Newswires",
    },
    Agency {
        tag: "Doğan News Agency",
        name: "Doğan News Agency",
    },
    Agency {
        tag: "dpa",
        name: "Deutsche Presse-Agentur",
    },
    Agency {
        tag: "dpa-AFX",
        name: "dpa-AFX Wirtschaftsnachrichten",
    },
    Agency {
        tag: "dts",
        name: "dts Nachrichtenagentur",
    },
    Agency {
        tag: "DW",
        name: "Deutsche Welle",
    },
    Agency {
        tag: "ECNS",
        name: "China News Service",
    },
    Agency {
        tag: "EFE",
        name: "Agencia EFE",
    },
    Agency {
        tag: "EIN Presswire",
        name: "EIN Presswire",
    },
    Agency {
        tag: "EINPresswire",
        name: "EIN Presswire",
    },
    Agency {
        tag: "ENA",
        name: "Ethiopian News Agency",
    },
    Agency {
        tag: "Entertainment Weekly",
        name: "Entertainment Weekly",
    },
    Agency {
        tag: "epd",
        name: "Evangelischer Pressedienst",
    },
    Agency {
        tag: "Episcopal News Service",
        name: "Episcopal News Service",
    },
    Agency {
        tag: "ESPN",
        name: "ESPN",
    },
    Agency {
        tag: "Estadão Conteúdo",
        name: "Estadão Conteúdo",
    },
    Agency {
        tag: "Europa Press",
        name: "Europa Press",
    },
    Agency {
        tag: "eWeek",
        name: "eWeek",
    },
    Agency {
        tag: "Family Features",
        name: "Family Features Editorial Syndicate",
    },
    Agency {
        tag: "Field Level Media",
        name: "Field Level Media",
    },
    Agency {
        tag: "Financial Times",
        name: "Financial Times",
    },
    Agency {
        tag: "Fitch Ratings",
        name: "Fitch Ratings",
    },
    Agency {
        tag: "Folhapress",
        name: "Folhapress",
    },
    Agency {
        tag: "Fox News",
        name: "Fox News",
    },
    Agency {
        tag: "France 24",
        name: "France 24",
    },
    Agency {
        tag: "Globe and Mail",
        name: "The Globe and Mail",
    },
    Agency {
        tag: "Globe Newswire",
        name: "GlobeNewswire",
    },
    Agency {
        tag: "GlobeNewswire",
        name: "GlobeNewswire",
    },
    Agency {
        tag: "GNA",
        name: "Ghana News Agency",
    },
    Agency {
        tag: "Gulf News",
        name: "Gulf News",
    },
    Agency {
        tag: "HealthDay",
        name: "HealthDay",
    },
    Agency {
        tag: "HealthDay News",
        name: "HealthDay",
    },
    Agency {
        tag: "HINA",
        name: "Croatian News Agency",
    },
    Agency {
        tag: "Hindustan Times",
        name: "Hindustan Times",
    },
    Agency {
        tag: "Hollywood Reporter",
        name: "The Hollywood Reporter",
    },
    Agency {
        tag: "IANS",
        name: "Indo-Asian News Service",
    },
    Agency {
        tag: "IGN",
        name: "IGN",
    },
    Agency {
        tag: "IHA",
        name: "İhlas News Agency",
    },
    Agency {
        tag: "INA",
        name: "Iraqi News Agency",
    },
    Agency {
        tag: "Indo-Asian News Service",
        name: "Indo-Asian News Service",
    },
    Agency {
        tag: "InfoWorld",
        name: "InfoWorld",
    },
    Agency {
        tag: "INP",
        name: "Independent News Pakistan",
    },
    Agency {
        tag: "INS",
        name: "International News Service",
    },
    Agency {
        tag: "Interfax",
        name: "Interfax",
    },
    Agency {
        tag: "Investor's Business Daily",
        name: "Investor's Business Daily",
    },
    Agency {
        tag: "IPS",
        name: "Inter Press Service",
    },
    Agency {
        tag: "Irish Times",
        name: "The Irish Times",
    },
    Agency {
        tag: "IRNA",
        name: "Islamic Republic News Agency",
    },
    Agency {
        tag: "ISNA",
        name: "Iranian Students' News Agency",
    },
    Agency {
        tag: "Italpress",
        name: "Italpress",
    },
    Agency {
        tag: "ITAR-TASS",
        name: "ITAR-TASS",
    },
    Agency {
        tag: "Japan Times",
        name: "The Japan Times",
    },
    Agency {
        tag: "Jerusalem Post",
        name: "The Jerusalem Post",
    },
    Agency {
        tag: "Jiji",
        name: "Jiji Press",
    },
    Agency {
        tag: "Jiji Press",
        name: "Jiji Press",
    },
    Agency {
        tag: "JNS",
        name: "Jewish News Syndicate",
    },
    Agency {
        tag: "JTA",
        name: "Jewish Telegraphic Agency",
    },
    Agency {
        tag: "Kathpress",
        name: "Kathpress",
    },
    Agency {
        tag: "Kazinform",
        name: "Kazinform",
    },
    Agency {
        tag: "KBS",
        name: "Korean Broadcasting System",
    },
    Agency {
        tag: "KCNA",
        name: "Korean Central News Agency",
    },
    Agency {
        tag: "Keystone-ATS",
        name: "Keystone-ATS",
    },
    Agency {
        tag: "Keystone-SDA",
        name: "Keystone-SDA",
    },
    Agency {
        tag: "KNA",
        name: "Kenya News Agency",
    },
    Agency {
        tag: "Knight Ridder",
        name: "Knight Ridder",
    },
    Agency {
        tag: "Knight Ridder Newspapers",
        name: "Knight Ridder",
    },
    Agency {
        tag: "Knight Ridder Tribune",
        name: "Knight Ridder",
    },
    Agency {
        tag: "Korea Herald",
        name: "The Korea Herald",
    },
    Agency {
        tag: "KUNA",
        name: "Kuwait News Agency",
    },
    Agency {
        tag: "Kyodo",
        name: "Kyodo News",
    },
    Agency {
        tag: "Kyodo News",
        name: "Kyodo News",
    },
    Agency {
        tag: "La Presse Canadienne",
        name: "La Presse Canadienne",
    },
    Agency {
        tag: "LaPresse",
        name: "LaPresse",
    },
    Agency {
        tag: "Law360",
        name: "Law360",
    },
    Agency {
        tag: "Live Science",
        name: "Live Science",
    },
    Agency {
        tag: "LiveScience",
        name: "Live Science",
    },
    Agency {
        tag: "Los Angeles Times",
        name: "Los Angeles Times",
    },
    Agency {
        tag: "Lusa",
        name: "Lusa",
    },
    Agency {
        tag: "MacCentral",
        name: "MacCentral",
    },
    Agency {
        tag: "Macworld",
        name: "Macworld",
    },
    Agency {
        tag: "MailOnline",
        name: "MailOnline",
    },
    Agency {
        tag: "Mainichi Shimbun",
        name: "The Mainichi Shimbun",
    },
    Agency {
        tag: "MAP",
        name: "Maghreb Arabe Presse",
    },
    Agency {
        tag: "MarketWatch",
        name: "MarketWatch",
    },
    Agency {
        tag: "Marketwired",
        name: "Marketwired",
    },
    Agency {
        tag: "Media OutReach",
        name: "Media OutReach Newswire",
    },
    Agency {
        tag: "Media OutReach Newswire",
        name: "Media OutReach Newswire",
    },
    Agency {
        tag: "MENA",
        name: "Middle East News Agency",
    },
    Agency {
        tag: "MercoPress",
        name: "MercoPress",
    },
    Agency {
        tag: "MONTSAME",
        name: "Montsame News Agency",
    },
    Agency {
        tag: "Motley Fool",
        name: "The Motley Fool",
    },
    Agency {
        tag: "MT Newswires",
        name: "MT Newswires",
    },
    Agency {
        tag: "MTI",
        name: "Hungarian News Agency",
    },
    Agency {
        tag: "NAN",
        name: "News Agency of Nigeria",
    },
    Agency {
        tag: "National Geographic",
        name: "National Geographic",
    },
    Agency {
        tag: "NBC",
        name: "NBC News",
    },
    Agency {
        tag: "Network World",
        name: "Network World",
    },
    Agency {
        tag: "New Scientist",
        name: "New Scientist",
    },
    Agency {
        tag: "New York Times",
        name: "The New York Times",
    },
    Agency {
        tag: "News24",
        name: "News24",
    },
    Agency {
        tag: "Newsday",
        name: "Newsday",
    },
    Agency {
        tag: "NewsFactor",
        name: "NewsFactor",
    },
    Agency {
        tag: "NewsFactor Network",
        name: "NewsFactor Network",
    },
    Agency {
        tag: "Newsfile",
        name: "Newsfile",
    },
    Agency {
        tag: "NewsUSA",
        name: "News USA",
    },
    Agency {
        tag: "Newsweek",
        name: "Newsweek",
    },
    Agency {
        tag: "NEXSTAR",
        name: "Nexstar Media Wire",
    },
    Agency {
        tag: "NHK",
        name: "NHK",
    },
    Agency {
        tag: "NNA",
        name: "National News Agency",
    },
    Agency {
        tag: "NNI",
        name: "News Network International",
    },
    Agency {
        tag: "Notimex",
        name: "Notimex",
    },
    Agency {
        tag: "NPR",
        name: "NPR",
    },
    Agency {
        tag: "NTB",
        name: "Norsk Telegrambyrå",
    },
    Agency {
        tag: "NYT",
        name: "The New York Times",
    },
    Agency {
        tag: "NZPA",
        name: "New Zealand Press Association",
    },
    Agency {
        tag: "ONA",
        name: "Oman News Agency",
    },
    Agency {
        tag: "OPB",
        name: "Oregon Public Broadcasting",
    },
    Agency {
        tag: "OTS",
        name: "APA-OTS Originaltext-Service",
    },
    Agency {
        tag: "Ottawa Citizen",
        name: "Ottawa Citizen",
    },
    Agency {
        tag: "PA",
        name: "PA Media",
    },
    Agency {
        tag: "PA Media",
        name: "PA Media",
    },
    Agency {
        tag: "PACNEWS",
        name: "Pacific News Service",
    },
    Agency {
        tag: "PANA",
        name: "Pan African News Agency",
    },
    Agency {
        tag: "PAP",
        name: "Polish Press Agency",
    },
    Agency {
        tag: "PBS",
        name: "PBS",
    },
    Agency {
        tag: "PC Magazine",
        name: "PC Magazine",
    },
    Agency {
        tag: "PC World",
        name: "PC World",
    },
    Agency {
        tag: "PCWorld",
        name: "PC World",
    },
    Agency {
        tag: "PL",
        name: "Prensa Latina",
    },
    Agency {
        tag: "PNA",
        name: "Philippine News Agency",
    },
    Agency {
        tag: "PPI",
        name: "Pakistan Press International",
    },
    Agency {
        tag: "PR Newswire",
        name: "PR Newswire",
    },
    Agency {
        tag: "Prensa Latina",
        name: "Prensa Latina",
    },
    Agency {
        tag: "Press Association",
        name: "PA Media",
    },
    Agency {
        tag: "Press Trust of India",
        name: "Press Trust of India",
    },
    Agency {
        tag: "PRNewswire",
        name: "PR Newswire",
    },
    Agency {
        tag: "PRNewswire-Asia",
        name: "PR Newswire",
    },
    Agency {
        tag: "PRNewswire-AsiaNet",
        name: "PR Newswire",
    },
    Agency {
        tag: "PRNewswire-FirstCall",
        name: "PR Newswire",
    },
    Agency {
        tag: "PRNewswire-HISPANIC PR WIRE",
        name: "PR Newswire",
    },
    Agency {
        tag: "PRNewswire-USNewswire",
        name: "PR Newswire",
    },
    Agency {
        tag: "PRWeb",
        name: "PRWeb",
    },
    Agency {
        tag: "PTI",
        name: "Press Trust of India",
    },
    Agency {
        tag: "QNA",
        name: "Qatar News Agency",
    },
    Agency {
        tag: "R-Sport",
        name: "R-Sport",
    },
    Agency {
        tag: "Reuter",
        name: "Reuters",
    },
    Agency {
        tag: "Reuters",
        name: "Reuters",
    },
    Agency {
        tag: "Reuters Health",
        name: "Reuters",
    },
    Agency {
        tag: "RFE/RL",
        name: "Radio Free Europe/Radio Liberty",
    },
    Agency {
        tag: "RIA",
        name: "RIA Novosti",
    },
    Agency {
        tag: "RIA Novosti",
        name: "RIA Novosti",
    },
    Agency {
        tag: "Ritzau",
        name: "Ritzau",
    },
    Agency {
        tag: "RNS",
        name: "Religion News Service",
    },
    Agency {
        tag: "RNZ",
        name: "Radio New Zealand",
    },
    Agency {
        tag: "RTT",
        name: "RTTNews",
    },
    Agency {
        tag: "RTTNews",
        name: "RTTNews",
    },
    Agency {
        tag: "S&P Global Ratings",
        name: "S&P Global Ratings",
    },
    Agency {
        tag: "SANA",
        name: "Syrian Arab News Agency",
    },
    Agency {
        tag: "SAPA",
        name: "South African Press Association",
    },
    Agency {
        tag: "Science News",
        name: "Science News",
    },
    Agency {
        tag: "Scientific American",
        name: "Scientific American",
    },
    Agency {
        tag: "Scripps Howard",
        name: "Scripps Howard News Service",
    },
    Agency {
        tag: "SDA",
        name: "Keystone-SDA",
    },
    Agency {
        tag: "Servimedia",
        name: "Servimedia",
    },
    Agency {
        tag: "SID",
        name: "Sport-Informations-Dienst",
    },
    Agency {
        tag: "Sky News",
        name: "Sky News",
    },
    Agency {
        tag: "South China Morning Post",
        name: "South China Morning Post",
    },
    Agency {
        tag: "SPA",
        name: "Saudi Press Agency",
    },
    Agency {
        tag: "Sports Network",
        name: "The Sports Network",
    },
    Agency {
        tag: "Sports Xchange",
        name: "The Sports Xchange",
    },
    Agency {
        tag: "SportsTicker",
        name: "SportsTicker",
    },
    Agency {
        tag: "Sputnik",
        name: "Sputnik",
    },
    Agency {
        tag: "STA",
        name: "Slovenian Press Agency",
    },
    Agency {
        tag: "StatePoint",
        name: "StatePoint Media",
    },
    Agency {
        tag: "Stats Perform",
        name: "Stats Perform",
    },
    Agency {
        tag: "STT",
        name: "Finnish News Agency STT",
    },
    Agency {
        tag: "SUNA",
        name: "Sudan News Agency",
    },
    Agency {
        tag: "Tanjug",
        name: "Tanjug",
    },
    Agency {
        tag: "TAP",
        name: "Tunis Afrique Presse",
    },
    Agency {
        tag: "TASS",
        name: "TASS",
    },
    Agency {
        tag: "TechCrunch",
        name: "TechCrunch",
    },
    Agency {
        tag: "TechNewsWorld",
        name: "TechNewsWorld",
    },
    Agency {
        tag: "TechWeb",
        name: "TechWeb",
    },
    Agency {
        tag: "Telam",
        name: "Télam",
    },
    Agency {
        tag: "The Asahi Shimbun",
        name: "The Asahi Shimbun",
    },
    Agency {
        tag: "The Associated Press",
        name: "The Associated Press",
    },
    Agency {
        tag: "The Boston Globe",
        name: "The Boston Globe",
    },
    Agency {
        tag: "The Canadian Press",
        name: "The Canadian Press",
    },
    Agency {
        tag: "The Center Square",
        name: "The Center Square",
    },
    Agency {
        tag: "The Conversation",
        name: "The Conversation",
    },
    Agency {
        tag: "The Guardian",
        name: "The Guardian",
    },
    Agency {
        tag: "The Hindu",
        name: "The Hindu",
    },
    Agency {
        tag: "The Irish Times",
        name: "The Irish Times",
    },
    Agency {
        tag: "The Japan Times",
        name: "The Japan Times",
    },
    Agency {
        tag: "The Mainichi Shimbun",
        name: "The Mainichi Shimbun",
    },
    Agency {
        tag: "The Motley Fool",
        name: "The Motley Fool",
    },
    Agency {
        tag: "The New York Times",
        name: "The New York Times",
    },
    Agency {
        tag: "The Register",
        name: "The Register",
    },
    Agency {
        tag: "The Sports Network",
        name: "The Sports Network",
    },
    Agency {
        tag: "The Sports Xchange",
        name: "The Sports Xchange",
    },
    Agency {
        tag: "The Straits Times",
        name: "The Straits Times",
    },
    Agency {
        tag: "The Wall Street Journal",
        name: "The Wall Street Journal",
    },
    Agency {
        tag: "The Washington Post",
        name: "The Washington Post",
    },
    Agency {
        tag: "The Yomiuri Shimbun",
        name: "The Yomiuri Shimbun",
    },
    Agency {
        tag: "Times of India",
        name: "The Times of India",
    },
    Agency {
        tag: "TNN",
        name: "Times News Network",
    },
    Agency {
        tag: "TNS",
        name: "Tribune News Service",
    },
    Agency {
        tag: "Toronto Star",
        name: "Toronto Star",
    },
    Agency {
        tag: "Trend",
        name: "Trend News Agency",
    },
    Agency {
        tag: "Tribune News Service",
        name: "Tribune News Service",
    },
    Agency {
        tag: "TRT",
        name: "TRT World",
    },
    Agency {
        tag: "TT",
        name: "TT Nyhetsbyrån",
    },
    Agency {
        tag: "Télam",
        name: "Télam",
    },
    Agency {
        tag: "U-WIRE",
        name: "U-Wire",
    },
    Agency {
        tag: "Ukrinform",
        name: "Ukrinform",
    },
    Agency {
        tag: "UM News",
        name: "United Methodist News Service",
    },
    Agency {
        tag: "UMNS",
        name: "United Methodist News Service",
    },
    Agency {
        tag: "UNB",
        name: "United News of Bangladesh",
    },
    Agency {
        tag: "UNI",
        name: "United News of India",
    },
    Agency {
        tag: "UNIAN",
        name: "UNIAN",
    },
    Agency {
        tag: "United News of India",
        name: "United News of India",
    },
    Agency {
        tag: "UNN",
        name: "Ukrainian National News",
    },
    Agency {
        tag: "UP",
        name: "United Press",
    },
    Agency {
        tag: "UPI",
        name: "United Press International",
    },
    Agency {
        tag: "USA Today",
        name: "USA Today",
    },
    Agency {
        tag: "UWIRE",
        name: "U-Wire",
    },
    Agency {
        tag: "VNA",
        name: "Vietnam News Agency",
    },
    Agency {
        tag: "VOA",
        name: "Voice of America",
    },
    Agency {
        tag: "Voice of America",
        name: "Voice of America",
    },
    Agency {
        tag: "WAFA",
        name: "WAFA News Agency",
    },
    Agency {
        tag: "Wall Street Journal",
        name: "The Wall Street Journal",
    },
    Agency {
        tag: "WAM",
        name: "Emirates News Agency",
    },
    Agency {
        tag: "Washington Post",
        name: "The Washington Post",
    },
    Agency {
        tag: "WebMD",
        name: "WebMD",
    },
    Agency {
        tag: "Wired News",
        name: "Wired",
    },
    Agency {
        tag: "Xinhua",
        name: "Xinhua News Agency",
    },
    Agency {
        tag: "Yomiuri Shimbun",
        name: "The Yomiuri Shimbun",
    },
    Agency {
        tag: "Yonhap",
        name: "Yonhap News Agency",
    },
    Agency {
        tag: "ZDNet",
        name: "ZDNet",
    },
    Agency {
        tag: "Ziff Davis",
        name: "Ziff Davis",
    },
    Agency {
        tag: "Интерфакс",
        name: "Interfax",
    },
    Agency {
        tag: "РИА Новости",
        name: "RIA Novosti",
    },
    Agency {
        tag: "ТАСС",
        name: "TASS",
    },
    Agency {
        tag: "رويترز",
        name: "Reuters",
    },
    Agency {
        tag: "كونا",
        name: "Kuwait News Agency",
    },
    Agency {
        tag: "共同",
        name: "Kyodo News",
    },
    Agency {
        tag: "新华社",
        name: "Xinhua News Agency",
    },
    Agency {
        tag: "時事",
        name: "Jiji Press",
    },
];

/// Returns the agency credited as `tag`.
///
/// Surrounding whitespace is ignored, and so is ASCII case ("AP", "ap",
/// "DPA", "BUSINESS WIRE"); otherwise the tag must match a row exactly, so
/// inner spaces and hyphens count (`Business Wire` and `BusinessWire` are
/// both listed, "Business-Wire" is not).
pub(crate) fn agency(tag: &str) -> Option<&'static Agency> {
    let tag = tag.trim();
    INDEX.get(AGENCIES, |a| a.tag, tag)
}

/// [`AGENCIES`] by tag.
static INDEX: Index<1024> = Index::new(&keys!(AGENCIES, row => row.tag));

/// Tells whether `tag` is a known agency credit; see [`agency`].
pub(crate) fn is_agency(tag: &str) -> bool {
    agency(tag).is_some()
}

#[cfg(test)]
mod tests {
    use super::super::tests::assert_strictly_sorted;
    use super::{AGENCIES, agency, is_agency};

    #[test]
    fn table_is_sorted_without_duplicates() {
        assert_strictly_sorted(AGENCIES.iter().map(|agency| agency.tag));
        assert_eq!(AGENCIES.len(), 339);
    }

    #[test]
    fn every_row_is_found_and_well_formed() {
        for row in AGENCIES {
            assert_eq!(agency(row.tag), Some(row));
            assert_eq!(row.tag.trim(), row.tag, "{row:?}");
            assert!(!row.name.is_empty(), "{row:?}");
        }
    }

    #[test]
    fn agencies() {
        let cases = [
            ("AP", "The Associated Press"),
            ("ap", "The Associated Press"),
            (" AP ", "The Associated Press"),
            ("\tAP\n", "The Associated Press"),
            ("Associated Press", "The Associated Press"),
            ("Reuters", "Reuters"),
            ("REUTER", "Reuters"),
            ("AFP", "Agence France-Presse"),
            ("dpa", "Deutsche Presse-Agentur"),
            ("DPA", "Deutsche Presse-Agentur"),
            ("UPI", "United Press International"),
            ("Xinhua", "Xinhua News Agency"),
            ("IANS", "Indo-Asian News Service"),
            ("PTI", "Press Trust of India"),
            ("PL", "Prensa Latina"),
            ("Yonhap", "Yonhap News Agency"),
            ("Trend", "Trend News Agency"),
            ("R-Sport", "R-Sport"),
            ("Anadolu Agency", "Anadolu Agency"),
            ("Doğan News Agency", "Doğan News Agency"),
            ("THE ASAHI SHIMBUN", "The Asahi Shimbun"),
            ("The Yomiuri Shimbun", "The Yomiuri Shimbun"),
            ("Mainichi Shimbun", "The Mainichi Shimbun"),
            ("ITAR-TASS", "ITAR-TASS"),
            ("EFE", "Agencia EFE"),
            ("AAP", "Australian Associated Press"),
            ("CNA", "Central News Agency"),
            ("Keystone-SDA", "Keystone-SDA"),
            ("BELTA", "Belarusian Telegraph Agency"),
            ("CP", "The Canadian Press"),
            ("PA", "PA Media"),
            ("Agência Brasil", "Agência Brasil"),
            ("Agencia Brasil", "Agência Brasil"),
            ("PRNewswire", "PR Newswire"),
            ("PRNewswire-FirstCall", "PR Newswire"),
            ("PRNEWSWIRE-USNEWSWIRE", "PR Newswire"),
            ("PRNewswire-HISPANIC PR WIRE", "PR Newswire"),
            ("Business Wire", "Business Wire"),
            ("BUSINESS WIRE", "Business Wire"),
            ("BusinessWire", "Business Wire"),
            ("GLOBE NEWSWIRE", "GlobeNewswire"),
            ("GlobeNewswire", "GlobeNewswire"),
            ("ACCESSWIRE", "ACCESS Newswire"),
            ("ACCESS Newswire", "ACCESS Newswire"),
            ("EINPresswire", "EIN Presswire"),
            ("EIN Presswire", "EIN Presswire"),
            ("Newsfile", "Newsfile"),
            ("Chainwire", "Chainwire"),
            ("PRWeb", "PRWeb"),
            ("CNW", "Canada NewsWire"),
            ("Dow Jones", "Dow Jones Newswires"),
            ("eWeek", "eWeek"),
            ("PC WORLD", "PC World"),
            ("The Sports Network", "The Sports Network"),
            ("Sports Network", "The Sports Network"),
            ("Ziff Davis", "Ziff Davis"),
            ("CNET News.com", "CNET"),
            ("Washington Post", "The Washington Post"),
            ("the new york times", "The New York Times"),
            ("Reuters Health", "Reuters"),
            ("ТАСС", "TASS"),
            ("РИА Новости", "RIA Novosti"),
            ("رويترز", "Reuters"),
            ("新华社", "Xinhua News Agency"),
        ];
        for (tag, name) in cases {
            assert_eq!(agency(tag).map(|a| a.name), Some(name), "{tag:?}");
            assert!(is_agency(tag), "{tag:?}");
        }
    }

    #[test]
    fn non_agencies() {
        let cases = [
            "",
            "   ",
            "A P",
            "A.P.",
            "Business-Wire",
            "BusinessWire.",
            "Reuterss",
            "The",
            "Staff",
            "Bloomberg Businessweek",
            "AGÊNCIA BRASIL",
        ];
        for tag in cases {
            assert_eq!(agency(tag), None, "{tag:?}");
            assert!(!is_agency(tag), "{tag:?}");
        }
    }
}
