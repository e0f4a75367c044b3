//! Records of the research corpora in SGML or XML markup: a record's
//! elements give the headline, byline and dateline, its tags and other
//! elements are furniture, and its story's paragraphs hold no tag. The
//! records are written here in each corpus' layout; no text comes from a
//! corpus.

mod common;

use dateline::{Article, NodeKind, TrailerKind};

/// What a record's parse is expected to give.
struct Expect<'e> {
    headline: Option<&'e str>,
    deck: Option<&'e str>,
    byline: Option<&'e str>,
    byline_title: Option<&'e str>,
    dateline: Option<&'e str>,
    paragraphs: &'e [&'e str],
}

/// Parses `text` as written and with CRLF line ends, checks the invariants
/// and the expected parts, and that no paragraph, headline or byline holds
/// a tag or a control entity.
fn check(what: &str, text: &str, e: &Expect<'_>) {
    for (variant, text) in [("lf", text.to_owned()), ("crlf", common::crlf(text))] {
        let a = dateline::parse(&text);
        common::validate(&a, &text);
        let at = format!("{what} ({variant})");
        assert_eq!(
            a.headline().map(|h| h.as_str()),
            e.headline,
            "headline of {at}"
        );
        assert_eq!(a.deck().map(|h| h.as_str()), e.deck, "deck of {at}");
        assert_eq!(a.byline().map(|b| b.as_str()), e.byline, "byline of {at}");
        assert_eq!(
            a.byline().and_then(|b| b.title()),
            e.byline_title,
            "byline title of {at}"
        );
        assert_eq!(
            a.dateline().map(|d| d.as_str()),
            e.dateline,
            "dateline of {at}"
        );
        let paragraphs: Vec<String> = a
            .paragraphs()
            .map(|p| p.as_str().replace("\r\n", "\n"))
            .collect();
        assert_eq!(paragraphs, e.paragraphs, "paragraphs of {at}");
        for node in a.nodes() {
            let tagged = node.as_str().contains(['<', '>']) || node.as_str().contains("&#");
            let furniture = matches!(
                node.kind(),
                NodeKind::Trailer(TrailerKind::Furniture | TrailerKind::Timestamp)
            );
            assert!(
                !tagged || furniture,
                "{:?} {:?} of {at} holds a tag",
                node.kind(),
                node.as_str()
            );
        }
    }
}

/// The kinds of `a`'s trailers.
fn trailer_kinds(a: &Article<'_>) -> Vec<TrailerKind> {
    a.trailers().iter().map(|t| t.kind()).collect()
}

#[test]
fn gigaword_documents() {
    let text = r#"<DOC id="XIN_ENG_20030611.0042" type="story" >
<HEADLINE>
Rail link to port opens after four years of work
</HEADLINE>
<DATELINE>
NANNING, June 11 (Xinhua)
</DATELINE>
<TEXT>
<P>
A rail link between the regional capital and its main sea port opened
to freight on Wednesday, cutting the journey by road to half a day.
</P>
<P>
The line will carry up to 12 million tons of goods a year, officials
said.
</P>
</TEXT>
</DOC>
"#;
    check(
        "a Gigaword story with a dateline element",
        text,
        &Expect {
            headline: Some("Rail link to port opens after four years of work"),
            deck: None,
            byline: None,
            byline_title: None,
            dateline: Some("NANNING, June 11 (Xinhua)"),
            paragraphs: &[
                "A rail link between the regional capital and its main sea port opened\nto freight on Wednesday, cutting the journey by road to half a day.",
                "The line will carry up to 12 million tons of goods a year, officials\nsaid.",
            ],
        },
    );
    let a = dateline::parse(text);
    let source = a.dateline().and_then(|d| d.source()).map(|s| s.as_str());
    assert_eq!(source, Some("Xinhua"));
    assert!(
        trailer_kinds(&a)
            .iter()
            .all(|&k| k == TrailerKind::Furniture)
    );

    // a dateline element and the story's lead, which repeats it with the
    // tag or the separator the element leaves out: the lead is the
    // dateline, the element furniture
    for (element, lead) in [
        (
            "NAIROBI, Nov 28, 2009 (AFP)",
            "NAIROBI, Nov 28, 2009 (AFP) -",
        ),
        ("SEOUL, Nov. 28", "SEOUL, Nov. 28 (Yonhap) --"),
    ] {
        let text = format!(
            "<DOC id=\"AFP_ENG_20091128.0107\" type=\"story\" >\n<HEADLINE>\nSchool roof gives way in heavy rain\n</HEADLINE>\n<DATELINE>\n{element}\n</DATELINE>\n<TEXT>\n<P>\n{lead} A classroom roof gave way in heavy rain\non Saturday, officials said.\n</P>\n<P>\nNo one was hurt.\n</P>\n</TEXT>\n</DOC>\n"
        );
        check(
            "a Gigaword story with a dateline element and a lead",
            &text,
            &Expect {
                headline: Some("School roof gives way in heavy rain"),
                deck: None,
                byline: None,
                byline_title: None,
                dateline: Some(lead),
                paragraphs: &[
                    "A classroom roof gave way in heavy rain\non Saturday, officials said.",
                    "No one was hurt.",
                ],
            },
        );
        let a = dateline::parse(&text);
        let furniture = a.trailers().iter().find(|t| t.as_str().contains(element));
        assert_eq!(
            furniture.map(|t| t.kind()),
            Some(TrailerKind::Furniture),
            "{element}"
        );
    }

    // no dateline element: the dateline opens the first paragraph
    let text = r#"<DOC id="APW_ENG_19990305.0117" type="story" >
<HEADLINE>
Ice storm closes schools across the valley
</HEADLINE>
<TEXT>
<P>
   BANGOR, Maine (AP) _ An ice storm closed schools and downed power
lines across the valley on Friday.
</P>
<P>
   Crews expected to restore most service by Saturday night.
</P>
</TEXT>
</DOC>
"#;
    check(
        "a Gigaword story opening with its dateline",
        text,
        &Expect {
            headline: Some("Ice storm closes schools across the valley"),
            deck: None,
            byline: None,
            byline_title: None,
            dateline: Some("BANGOR, Maine (AP) _"),
            paragraphs: &[
                "An ice storm closed schools and downed power\nlines across the valley on Friday.",
                "Crews expected to restore most service by Saturday night.",
            ],
        },
    );

    // no headline element: none is made up from the tags
    let text = r#"<DOC id="NYT_ENG_20050722.0301" type="advis" >
<TEXT>
<P>
Editors: the following stories are moving on the wire tonight.
</P>
</TEXT>
</DOC>
"#;
    check(
        "a Gigaword advisory",
        text,
        &Expect {
            headline: None,
            deck: None,
            byline: None,
            byline_title: None,
            dateline: None,
            paragraphs: &["Editors: the following stories are moving on the wire tonight."],
        },
    );

    // the byline and the role line in paragraphs of their own over the
    // dateline's, as AP's stories in Gigaword print them
    let text = r#"<DOC id="APW_ENG_20091128.0117" type="story" >
<HEADLINE>
Ferry service to resume after harbor dredging
</HEADLINE>
<TEXT>
<P>
By MARTA KOVAC
</P>
<P>
Associated Press Writer
</P>
<P>
SPLIT, Croatia (AP) _ Ferries to the outer islands will sail again
from Monday, the port authority said Saturday.
</P>
<P>
<p>By the harbor, crews finished the dredging a week early.</p>
</P>
</TEXT>
</DOC>
"#;
    check(
        "a Gigaword story with its byline in paragraphs",
        text,
        &Expect {
            headline: Some("Ferry service to resume after harbor dredging"),
            deck: None,
            byline: Some("By MARTA KOVAC"),
            byline_title: Some("Associated Press Writer"),
            dateline: Some("SPLIT, Croatia (AP) _"),
            paragraphs: &[
                "Ferries to the outer islands will sail again\nfrom Monday, the port authority said Saturday.",
                "By the harbor, crews finished the dredging a week early.",
            ],
        },
    );

    // a story's first paragraph opening with `By` is no byline when it
    // goes on as prose
    let text = r#"<DOC id="APW_ENG_20091128.0118" type="story" >
<HEADLINE>
Harbor reopens
</HEADLINE>
<TEXT>
<P>
By noon on Saturday the harbor had reopened to ferries.
</P>
</TEXT>
</DOC>
"#;
    check(
        "a Gigaword story opening with `By` in prose",
        text,
        &Expect {
            headline: Some("Harbor reopens"),
            deck: None,
            byline: None,
            byline_title: None,
            dateline: None,
            paragraphs: &["By noon on Saturday the harbor had reopened to ferries."],
        },
    );
}

/// FBIS's records on the TREC disks: the title in `<TI>` inside `<H3>`,
/// the words in `<HEADER>` (`Daily Report`) and the fields over the story
/// (`Language:`, `Article Type:`, `[Text]` in its element) furniture.
#[test]
fn fbis_records() {
    let text = r#"<DOC>
<DOCNO> FBIS4-10001 </DOCNO>
<HT>    "drsov230_a_94001" </HT>
<HEADER>
<AU>   FBIS-SOV-94-230 </AU>
Daily Report
<DATE1>  30 Nov 1994 </DATE1>
</HEADER>
<F P=100> RUSSIA </F>
<H3> <TI>   Ministry Reports Grain Harvest Up 8 Percent </TI></H3>
<F P=102>  LD2911 Moscow ITAR-TASS in English 1200 GMT 29 Nov 94 </F>
<TEXT>
Language: <F P=105> English </F>
Article Type:BFN

<F P=106> [Text] </F>
   Moscow, 29 Nov (ITAR-TASS) -- The grain harvest rose by 8 percent
this year, the agriculture ministry said today.
   Officials credited a mild spring.
</TEXT>
</DOC>
"#;
    check(
        "an FBIS record",
        text,
        &Expect {
            headline: Some("Ministry Reports Grain Harvest Up 8 Percent"),
            deck: None,
            byline: None,
            byline_title: None,
            dateline: Some("Moscow, 29 Nov (ITAR-TASS) --"),
            paragraphs: &[
                "The grain harvest rose by 8 percent\nthis year, the agriculture ministry said today.",
                "Officials credited a mild spring.",
            ],
        },
    );
}

/// The NYT service's records as the LDC keeps them: the transmission
/// codes in a `<HEADER>` read whole, then, between `</HEADLINE>` and
/// `<TEXT>`, lines of words of their own: the operator's initials, the
/// byline and the service's copyright.
#[test]
fn nyt_service_records() {
    let text = r"<DOC>
<DOCNO> NYT19990412.0117 </DOCNO>
<DOCTYPE> NEWS STORY </DOCTYPE>
<DATE_TIME> 04/12/1999 11:05:00 </DATE_TIME>
<HEADER>
A1734 &Cx1f; taf-z
u a &Cx13;  &Cx11;  BC-CANAL-LOCKS-NYT &LR;  04-12 0388
</HEADER>
<BODY>
<SLUG> BC-CANAL-LOCKS-NYT </SLUG>
<HEADLINE>
Old Canal Locks Get a Second Life as a Trail
</HEADLINE>
 (mk) 
 By ORLA VANTREES 
 c.1999 N.Y. Times News Service 
<TEXT>
<P>
   LOCKPORT, N.Y. _ The stone locks that once lifted barges up the
escarpment will carry cyclists this summer.
</P>
<P>
   The state paid for the work out of a fund for old canals.
</P>
</TEXT>
</BODY>
<TRAILER>
NYT-04-12-99 1105EDT &QL;
</TRAILER>
</DOC>
";
    let expect = Expect {
        headline: Some("Old Canal Locks Get a Second Life as a Trail"),
        deck: None,
        byline: Some("By ORLA VANTREES"),
        byline_title: None,
        dateline: Some("LOCKPORT, N.Y. _"),
        paragraphs: &[
            "The stone locks that once lifted barges up the\nescarpment will carry cyclists this summer.",
            "The state paid for the work out of a fund for old canals.",
        ],
    };
    check("an NYT service record", text, &expect);
    let a = dateline::parse(text);
    let copyright = a
        .trailers()
        .iter()
        .find(|t| t.as_str() == "c.1999 N.Y. Times News Service");
    assert_eq!(copyright.map(|t| t.kind()), Some(TrailerKind::Copyright));
    let initials = a.trailers().iter().find(|t| t.as_str() == "(mk)");
    assert_eq!(initials.map(|t| t.kind()), Some(TrailerKind::Furniture));
    // (with no operator's line, and with a byline element read already)
    let bare = text.replace(" (mk) \n", "");
    check("an NYT record, no initials", &bare, &expect);
    let named = bare.replace(
        "</HEADLINE>",
        "</HEADLINE>\n<BYLINE>By Tam Oyelaran</BYLINE>",
    );
    let a = dateline::parse(&named);
    common::validate(&a, &named);
    assert_eq!(a.byline().map(|b| b.as_str()), Some("By Tam Oyelaran"));
    assert!(
        a.trailers()
            .iter()
            .any(|t| t.as_str() == "By ORLA VANTREES" && t.kind() == TrailerKind::Furniture)
    );
    // (a blank line among them)
    let spaced = bare.replace("Service \n<TEXT>", "Service \n\n<TEXT>");
    check("an NYT record, a blank line", &spaced, &expect);
    // words after a tag on its line are not read from the line's start
    let starred = bare.replace(
        "<HEADLINE>\nOld Canal Locks Get a Second Life as a Trail\n</HEADLINE>",
        "******<TITLE>Old Canal Locks Get a Second Life as a Trail</TITLE> (mk)",
    );
    let a = dateline::parse(&starred);
    common::validate(&a, &starred);
    assert_eq!(
        a.headline().map(|h| h.as_str()),
        Some("Old Canal Locks Get a Second Life as a Trail")
    );
    // short lines of words not followed by the story's tag are the story's
    let untagged = "<DOC>\n<DOCNO> NYT19990412.0118 </DOCNO>\n<HEADLINE>\nCanal Locks Reopen\n</HEADLINE>\n   LOCKPORT, N.Y. _ The locks reopened on Monday.\n   Cyclists were first through.\n</DOC>\n";
    check(
        "an NYT record, no story tag",
        untagged,
        &Expect {
            headline: Some("Canal Locks Reopen"),
            deck: None,
            byline: None,
            byline_title: None,
            dateline: Some("LOCKPORT, N.Y. _"),
            paragraphs: &[
                "The locks reopened on Monday.",
                "Cyclists were first through.",
            ],
        },
    );
    // nor are more than four such lines
    let long = text.replace(" (mk) \n", " (mk) \n (mk) \n (mk) \n");
    let a = dateline::parse(&long);
    common::validate(&a, &long);
    assert!(a.byline().is_none(), "{:?}", a.byline());
}

#[test]
fn reuters_21578_records() {
    let text = r#"<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="5101" NEWID="212">
<DATE>2-MAR-1987 11:20:05.10</DATE>
<TOPICS><D>grain</D><D>wheat</D></TOPICS>
<PLACES><D>canada</D></PLACES>
<PEOPLE></PEOPLE>
<UNKNOWN> 
&#5;&#5;&#5;G
&#22;&#22;&#1;f0512&#31;reute
u f BC-CANADA-WHEAT   03-02 0101</UNKNOWN>
<TEXT>&#2;
<TITLE>CANADIAN WHEAT BOARD RAISES INITIAL PRICES</TITLE>
<AUTHOR>    by Nell Farraday, Reuters</AUTHOR>
<DATELINE>    WINNIPEG, March 2 - </DATELINE><BODY>The Canadian Wheat Board raised its initial
payments for spring wheat by five dlrs a tonne, citing firmer
export demand.
    The change takes effect on Monday, the board said.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
"#;
    check(
        "a Reuters-21578 record",
        text,
        &Expect {
            headline: Some("CANADIAN WHEAT BOARD RAISES INITIAL PRICES"),
            deck: None,
            byline: Some("by Nell Farraday, Reuters"),
            byline_title: None,
            dateline: Some("WINNIPEG, March 2 -"),
            paragraphs: &[
                "The Canadian Wheat Board raised its initial\npayments for spring wheat by five dlrs a tonne, citing firmer\nexport demand.",
                "The change takes effect on Monday, the board said.",
            ],
        },
    );
    let a = dateline::parse(text);
    let kinds = trailer_kinds(&a);
    // a brief: its title alone, after the wire's stars
    let brief = "<REUTERS TOPICS=\"NO\" NEWID=\"3932\">\n<DATE>27-AUG-1987 12:26:36.95</DATE>\n<TEXT TYPE=\"BRIEF\">&#2;\n******<TITLE>HARBOR OIL CORP SETS TWO-FOR-ONE STOCK SPLIT</TITLE>\n&#3;\n\n</TEXT>\n</REUTERS>\n";
    check(
        "a Reuters-21578 brief",
        brief,
        &Expect {
            headline: Some("HARBOR OIL CORP SETS TWO-FOR-ONE STOCK SPLIT"),
            deck: None,
            byline: None,
            byline_title: None,
            dateline: None,
            paragraphs: &[],
        },
    );
    assert_eq!(kinds.get(1), Some(&TrailerKind::Timestamp), "{kinds:?}");
    assert!(kinds.contains(&TrailerKind::SignOff), "{kinds:?}");
    let authors: Vec<_> = a
        .byline()
        .map(|b| b.authors().collect())
        .unwrap_or_default();
    assert_eq!(authors, ["Nell Farraday"]);
}

#[test]
fn trec_disk_records() {
    let text = r"<DOC>
<DOCNO> AP880314-0021 </DOCNO>
<FILEID>AP-NR-03-14-88 0412EST</FILEID>
<FIRST>r i AM-Ferry-Strike 03-14 0290</FIRST>
<SECOND>AM-Ferry-Strike,0301</SECOND>
<HEAD>Ferry Crews Walk Out Over Pay</HEAD>
<HEAD>Islanders Stranded on Mainland</HEAD>
<BYLINE>By MARGO QUILL</BYLINE>
<BYLINE>Associated Press Writer</BYLINE>
<DATELINE>SEATTLE (AP) </DATELINE>
<TEXT>
   Crews on the state's island ferries walked off the job Monday, leaving
commuters on both sides of the sound to find other ways home.
   The union said talks over a new contract had broken down late Sunday.
</TEXT>
</DOC>
";
    check(
        "an AP record of the TREC disks",
        text,
        &Expect {
            headline: Some("Ferry Crews Walk Out Over Pay"),
            deck: Some("Islanders Stranded on Mainland"),
            byline: Some("By MARGO QUILL"),
            byline_title: Some("Associated Press Writer"),
            dateline: Some("SEATTLE (AP)"),
            paragraphs: &[
                "Crews on the state's island ferries walked off the job Monday, leaving\ncommuters on both sides of the sound to find other ways home.",
                "The union said talks over a new contract had broken down late Sunday.",
            ],
        },
    );

    // the Wall Street Journal's byline and the reporter's title inside the
    // headline's element, under a rule
    let text = r"<DOC>
<DOCNO> WSJ880112-0087 </DOCNO>
<HL> Barge Rates Climb As River Levels Fall
   ----
   By Ann Poe
   Staff Reporter of The Wall Street Journal </HL>
<DD> 01/12/88 </DD>
<SO> WALL STREET JOURNAL (J) </SO>
<DATELINE> ST. LOUIS  </DATELINE>
<TEXT>
   Barge rates on the Mississippi rose for a third week as low water
forced shippers to carry lighter loads.
   Grain shippers said the rates were the highest since 1983.
</TEXT>
</DOC>
";
    check(
        "a WSJ record of the TREC disks",
        text,
        &Expect {
            headline: Some("Barge Rates Climb As River Levels Fall"),
            deck: None,
            byline: Some("By Ann Poe"),
            byline_title: Some("Staff Reporter of The Wall Street Journal"),
            dateline: Some("ST. LOUIS"),
            paragraphs: &[
                "Barge rates on the Mississippi rose for a third week as low water\nforced shippers to carry lighter loads.",
                "Grain shippers said the rates were the highest since 1983.",
            ],
        },
    );
    // a rule with no words under it stays in the headline's element
    let ruled = text.replace(
        "   By Ann Poe\n   Staff Reporter of The Wall Street Journal ",
        "",
    );
    let a = dateline::parse(&ruled);
    common::validate(&a, &ruled);
    assert!(a.byline().is_none());
    assert!(
        a.headline()
            .is_some_and(|h| h.as_str().starts_with("Barge Rates Climb"))
    );

    let text = r"<DOC>
<DOCNO> LA031290-0077 </DOCNO>
<DATE>
<P>
March 12, 1990, Monday, Valley Edition
</P>
</DATE>
<SECTION>
<P>
Metro; Part B; Page 3; Column 1
</P>
</SECTION>
<HEADLINE>
<P>
LIBRARY BRANCH TO STAY OPEN ON SUNDAYS
</P>
<P>
Petition from residents wins longer hours
</P>
</HEADLINE>
<BYLINE>
<P>
By TESS ORLAND, Times Staff Writer
</P>
</BYLINE>
<TEXT>
<P>
The city's busiest library branch will open on Sundays starting next month.
</P>
<P>
The change follows a petition signed by more than 3,000 residents.
</P>
</TEXT>
<TYPE>
<P>
Column
</P>
</TYPE>
</DOC>
";
    check(
        "an LA Times record of the TREC disks, a second paragraph in its headline",
        text,
        &Expect {
            headline: Some("LIBRARY BRANCH TO STAY OPEN ON SUNDAYS"),
            deck: Some("Petition from residents wins longer hours"),
            byline: Some("By TESS ORLAND, Times Staff Writer"),
            byline_title: None,
            dateline: None,
            paragraphs: &[
                "The city's busiest library branch will open on Sundays starting next month.",
                "The change follows a petition signed by more than 3,000 residents.",
            ],
        },
    );

    let text = r"<DOC>
<DOCNO>FT921-4410</DOCNO>
<DATE>920304
</DATE>
<HEADLINE>
FT  04 MAR 92 / Shipyard wins order for two tankers
</HEADLINE>
<BYLINE>
By PIERS LANGHAM
</BYLINE>
<TEXT>
A shipyard on the Clyde has won an order for two tankers.
</TEXT>
<DATELINE> GLASGOW </DATELINE>
</DOC>
";
    check(
        "an FT record of the TREC disks, its date before the headline",
        text,
        &Expect {
            headline: Some("Shipyard wins order for two tankers"),
            deck: None,
            byline: Some("By PIERS LANGHAM"),
            byline_title: None,
            dateline: None,
            paragraphs: &["A shipyard on the Clyde has won an order for two tankers."],
        },
    );

    // a section's name before a colon after the date: the kicker; and the
    // same line with the markup gone
    let text = "<DOC>\n<DOCNO>FT921-4411</DOCNO>\n<HEADLINE>\nFT  04 MAR 92 / Survey of Scotland (3): Shipyard wins order for two tankers\n</HEADLINE>\n<TEXT>\nA shipyard on the Clyde has won an order for two tankers.\n</TEXT>\n</DOC>\n";
    let plain = "FT  04 MAR 92 / Survey of Scotland (3): Shipyard wins order for two tankers\n\nA shipyard on the Clyde has won an order for two tankers.\n";
    for text in [text, plain] {
        check(
            "an FT headline with its section",
            text,
            &Expect {
                headline: Some("Shipyard wins order for two tankers"),
                deck: None,
                byline: None,
                byline_title: None,
                dateline: None,
                paragraphs: &["A shipyard on the Clyde has won an order for two tankers."],
            },
        );
        let a = dateline::parse(text);
        assert_eq!(
            a.kicker().map(|k| k.as_str()),
            Some("Survey of Scotland (3):")
        );
    }

    // a colon late in the words is the headline's own
    let text = "FT  04 MAR 92 / Shipyard on the Clyde wins order for two tankers from Norway: union cheers\n\nA shipyard has won an order.\n";
    let a = dateline::parse(text);
    assert!(a.kicker().is_none());
    assert_eq!(
        a.headline().map(|h| h.as_str()),
        Some("Shipyard on the Clyde wins order for two tankers from Norway: union cheers")
    );

    let text = r"<DOC>
<DOCNO> WSJ870415-0102 </DOCNO>
<HL> Grain Futures Slip on Rain </HL>
<DD> 04/15/87</DD>
<SO> WALL STREET JOURNAL (J)</SO>
<DATELINE> CHICAGO </DATELINE>
<TEXT>
   Grain futures prices fell as rain across the Plains eased fears that
a dry spring would cut the wheat crop.
   Corn for May delivery dropped two cents a bushel.
</TEXT>
</DOC>
";
    check(
        "a Wall Street Journal record of the TREC disks",
        text,
        &Expect {
            headline: Some("Grain Futures Slip on Rain"),
            deck: None,
            byline: None,
            byline_title: None,
            dateline: Some("CHICAGO"),
            paragraphs: &[
                "Grain futures prices fell as rain across the Plains eased fears that\na dry spring would cut the wheat crop.",
                "Corn for May delivery dropped two cents a bushel.",
            ],
        },
    );
    let a = dateline::parse(text);
    let place = a.dateline().and_then(|d| d.place()).map(|p| p.as_str());
    assert_eq!(place, Some("CHICAGO"));
}

#[test]
fn rcv1_and_nitf_documents() {
    let text = r#"<?xml version="1.0" encoding="iso-8859-1" ?>
<newsitem itemid="40512" id="root" date="1996-09-03" xml:lang="en">
<title>CHILE: Copper miners vote to end strike.</title>
<headline>Copper miners vote to end strike.</headline>
<byline>Rosa Delvalle</byline>
<dateline>SANTIAGO 1996-09-03</dateline>
<text>
<p>Workers at a copper mine in northern Chile voted on Tuesday to end a strike, the union said.</p>
<p>The deal raises wages by four percent.</p>
</text>
<copyright>(c) Reuters Limited 1996</copyright>
<metadata>
<codes class="bip:countries:1.0">
  <code code="CHIL">
    <editdetail attribution="Reuters BIP Coding Group" action="confirmed" date="1996-09-03"/>
  </code>
</codes>
</metadata>
</newsitem>
"#;
    check(
        "an RCV1 news item",
        text,
        &Expect {
            headline: Some("Copper miners vote to end strike."),
            deck: None,
            byline: Some("Rosa Delvalle"),
            byline_title: None,
            dateline: Some("SANTIAGO 1996-09-03"),
            paragraphs: &[
                "Workers at a copper mine in northern Chile voted on Tuesday to end a strike, the union said.",
                "The deal raises wages by four percent.",
            ],
        },
    );
    let a = dateline::parse(text);
    let date = a
        .dateline()
        .and_then(|d| d.date())
        .and_then(|d| d.to_naive_date());
    assert_eq!(date.map(|d| d.to_string()).as_deref(), Some("1996-09-03"));

    // the title alone: the headline
    let text = "<?xml version=\"1.0\" ?>\n<newsitem itemid=\"7\">\n<title>PERU: Fishing fleet returns early.</title>\n<text>\n<p>The fleet returned a week early.</p>\n</text>\n</newsitem>\n";
    check(
        "an item with a title and no headline element",
        text,
        &Expect {
            headline: Some("PERU: Fishing fleet returns early."),
            deck: None,
            byline: None,
            byline_title: None,
            dateline: None,
            paragraphs: &["The fleet returned a week early."],
        },
    );

    let text = r#"<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE nitf SYSTEM "http://www.nitf.org/IPTC/NITF/3.3/specification/dtd/nitf-3-3.dtd">
<nitf change.date="June 10, 2005" version="-//IPTC//DTD NITF 3.3//EN">
  <head>
    <title>Harbor Tunnel Plan Wins Vote</title>
    <meta content="14" name="publication_day_of_month"/>
    <docdata>
      <doc-id id-string="688123"/>
    </docdata>
  </head>
  <body>
    <body.head>
      <hedline>
        <hl1>Harbor Tunnel Plan Wins Vote</hl1>
      </hedline>
      <byline class="print_byline">By DANA WHITCOMB</byline>
      <byline class="normalized_byline">Whitcomb, Dana</byline>
      <dateline>BALTIMORE, May 13</dateline>
    </body.head>
    <body.content>
      <block class="lead_paragraph">
        <p>The City Council voted 9 to 4 tonight to build a second harbor tunnel.</p>
      </block>
      <block class="full_text">
        <p>The City Council voted 9 to 4 tonight to build a second harbor tunnel.</p>
      </block>
    </body.content>
  </body>
</nitf>
"#;
    check(
        "an NITF document, its lead paragraph's block repeating the text's",
        text,
        &Expect {
            headline: Some("Harbor Tunnel Plan Wins Vote"),
            deck: None,
            byline: Some("By DANA WHITCOMB"),
            byline_title: None,
            dateline: Some("BALTIMORE, May 13"),
            paragraphs: &["The City Council voted 9 to 4 tonight to build a second harbor tunnel."],
        },
    );

    // the writer's title in an element inside the byline's
    let text = r#"<?xml version="1.0" encoding="utf-8"?>
<nitf>
<head>
<title>Storm cuts power to thousands</title>
</head>
<body>
<body.head>
<hedline><hl1>Storm cuts power to thousands</hl1></hedline>
<byline>By ANN POE<byttl>Associated Press</byttl></byline>
<dateline>RALEIGH, N.C. (AP)</dateline>
</body.head>
<body.content>
<p>Storms cut power to thousands of homes on Saturday.</p>
<p>Crews worked through the night.</p>
</body.content>
</body>
</nitf>
"#;
    // (and a second element inside the byline: furniture after the title)
    let two = text.replace(
        "<byttl>Associated Press</byttl>",
        "<byttl>Associated Press</byttl><byttl>Writer</byttl>",
    );
    for (what, text) in [
        ("an NITF document with a byline's title", text),
        ("an NITF byline with two titles", two.as_str()),
    ] {
        check(
            what,
            text,
            &Expect {
                headline: Some("Storm cuts power to thousands"),
                deck: None,
                byline: Some("By ANN POE"),
                byline_title: Some("Associated Press"),
                dateline: Some("RALEIGH, N.C. (AP)"),
                paragraphs: &[
                    "Storms cut power to thousands of homes on Saturday.",
                    "Crews worked through the night.",
                ],
            },
        );
    }
    // no names before the inner element: no names are guessed, and no tag
    // reaches the byline
    let nameless = text.replace("By ANN POE<byttl>", "<byttl>");
    let a = dateline::parse(&nameless);
    common::validate(&a, &nameless);
    assert!(a.byline().is_none_or(|b| !b.as_str().contains('<')));
}

/// A feed's item saved alone: RSS's `<item>` (its story in
/// `<description>` or `<content:encoded>`, often inside character data,
/// `<![CDATA[…]]>`; the writer in `<dc:creator>`) and Atom's `<entry>`
/// (the writer's `<name>` inside `<author>`, the story in `<content>`).
#[test]
fn feed_items() {
    let text = "<item>\n  <title>Harbor board votes to reopen ferry dock</title>\n  <link>https://example.com/news/ferry-dock</link>\n  <dc:creator><![CDATA[Ann Poe]]></dc:creator>\n  <pubDate>Sat, 28 Nov 2026 10:00:00 +0000</pubDate>\n  <category>Local</category>\n  <description><![CDATA[<p>ASTORIA, Ore. (AP) — The harbor board voted on Friday to reopen the ferry dock.</p>\n<p>Repairs took eight months.</p>]]></description>\n</item>\n";
    check(
        "an RSS item with character data",
        text,
        &Expect {
            headline: Some("Harbor board votes to reopen ferry dock"),
            deck: None,
            byline: Some("Ann Poe"),
            byline_title: None,
            dateline: Some("ASTORIA, Ore. (AP) —"),
            paragraphs: &[
                "The harbor board voted on Friday to reopen the ferry dock.",
                "Repairs took eight months.",
            ],
        },
    );
    let a = dateline::parse(text);
    assert!(
        a.trailers()
            .iter()
            .any(|t| t.kind() == TrailerKind::Timestamp && t.as_str().starts_with("<pubDate>")),
        "the item's date"
    );
    // (no character data, the story in `<content:encoded>`)
    let text = "<item>\n<title>Harbor board votes to reopen ferry dock</title>\n<dc:creator>Ann Poe</dc:creator>\n<content:encoded>\nASTORIA, Ore. (AP) — The harbor board voted on Friday to reopen the ferry dock.\n</content:encoded>\n</item>\n";
    check(
        "an RSS item with its story encoded",
        text,
        &Expect {
            headline: Some("Harbor board votes to reopen ferry dock"),
            deck: None,
            byline: Some("Ann Poe"),
            byline_title: None,
            dateline: Some("ASTORIA, Ore. (AP) —"),
            paragraphs: &["The harbor board voted on Friday to reopen the ferry dock."],
        },
    );
    let text = "<entry>\n  <title type=\"text\">Harbor board votes to reopen ferry dock</title>\n  <link href=\"https://example.com/news/ferry-dock\"/>\n  <author>\n    <name>Ann Poe</name>\n  </author>\n  <published>2026-11-28T10:00:00Z</published>\n  <updated>2026-11-28T12:30:00Z</updated>\n  <content type=\"html\">ASTORIA, Ore. (AP) — The harbor board voted on Friday to reopen the ferry dock.</content>\n</entry>\n";
    check(
        "an Atom entry",
        text,
        &Expect {
            headline: Some("Harbor board votes to reopen ferry dock"),
            deck: None,
            byline: Some("Ann Poe"),
            byline_title: None,
            dateline: Some("ASTORIA, Ore. (AP) —"),
            paragraphs: &["The harbor board voted on Friday to reopen the ferry dock."],
        },
    );
    let a = dateline::parse(text);
    let stamps: Vec<_> = a
        .trailers()
        .iter()
        .filter(|t| t.kind() == TrailerKind::Timestamp)
        .map(|t| t.as_str())
        .collect();
    assert_eq!(
        stamps,
        [
            "<published>2026-11-28T10:00:00Z</published>",
            "<updated>2026-11-28T12:30:00Z</updated>"
        ],
        "the entry's dates"
    );
    // an item cut short keeps every byte
    for text in [
        "<item>",
        "<item>\n<description><![CDATA[",
        "<item>\n<title><![CDATA[]]></title>",
        "<entry>\n<author>\n<name>Ann Poe",
        "<item>\n<description><![CDATA[A storm]]]]></description>",
    ] {
        let a = dateline::parse(text);
        common::validate(&a, text);
    }
}

#[test]
fn markup_that_is_no_record() {
    // a story quoting tags, and a page's markup, are read as text
    let text = "<html>\n<title>Storm nears coast</title>\n\nMIAMI (AP) — A storm neared the coast.";
    let a = dateline::parse(text);
    common::validate(&a, text);
    assert_eq!(a.dateline().map(|d| d.as_str()), Some("MIAMI (AP) —"));
    let text = "Storm nears coast\n\n<DOC> MIAMI (AP) — A storm neared the coast.";
    let a = dateline::parse(text);
    common::validate(&a, text);
    assert_eq!(a.headline().map(|h| h.as_str()), Some("Storm nears coast"));
    // a record cut short keeps every byte
    for text in [
        "<DOC>",
        "<DOC>\n<HEADLINE>\nStorm nears",
        "<DOC>\n<TEXT>\n<P>\nA storm",
        "<REUTERS>\n<DATELINE>    MIAMI, March 2 - </DATELINE><BODY>",
        "<?xml version=\"1.0\"?>\n<newsitem>\n<headline></headline>\n<byline> </byline>",
    ] {
        let a = dateline::parse(text);
        common::validate(&a, text);
    }
}
