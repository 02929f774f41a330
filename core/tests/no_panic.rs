//! `analyze` never panics, and every span it returns fits the text it analyzed.
//!
//! Property tests feed arbitrary Unicode and article-like word salad (names, instruments,
//! dates in both languages, HTML and Markdown marks, CRLF) in the three input formats, with
//! and without a reference date. Explicit cases cover the shapes that break tokenizers and
//! backtracking rules: empty and blank input, NUL bytes, emoji and ZWJ sequences, combining
//! marks, right-to-left scripts, a 5 MB line without a newline, 100k capitalised words,
//! 50k opening parentheses and a 1 MB line of initials. Each big case runs once, in one
//! format, to keep the run short; over-limit input must be refused with `TooLarge`.
//!
//! What is checked is only what must hold for any input: a record comes back (or
//! `TooLarge`, and only over the limit), the record is the same on a second run, and every
//! evidence span (parties, signatories, scope, type, date, place, term, publication date,
//! title, summary) lies on character boundaries inside the analyzed text (`record.text`
//! when the input was converted, else the input). Whether the values are right is the
//! business of the fixture tests.

use accord_core::{analyze, Analysis, Date, ErrorKind, Format, Options, Span, MAX_INPUT_BYTES};
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;

const FORMATS: [Format; 3] = [Format::Text, Format::Html, Format::Markdown];

fn options(format: Format, reference_date: Option<Date>) -> Options {
    Options {
        reference_date,
        format,
    }
}

/// Every span of a record, each named by the field it supports.
fn spans(record: &Analysis) -> Vec<(String, Span)> {
    let mut out: Vec<(String, Span)> = Vec::new();
    let mut add = |what: &str, spans: &[Span]| {
        out.extend(spans.iter().map(|s| (what.to_string(), *s)));
    };
    add("title", &record.title_evidence);
    add("published", &record.published_evidence);
    for ag in &record.agreements {
        add("type", &ag.type_evidence);
        add("signed_on", &ag.signed_on_evidence);
        add("location", &ag.location_evidence);
        add("duration", &ag.duration_evidence);
        if let Some(r) = &ag.renewal {
            add("renewal", &r.evidence);
        }
        for p in &ag.parties {
            add("party", &p.evidence);
        }
        for s in &ag.signatories {
            add("signatory", &s.evidence);
        }
        for s in &ag.scope {
            add("scope", &s.evidence);
        }
    }
    for s in &record.summary {
        add("summary", &[Span::new(s.start, s.end)]);
    }
    out
}

/// Runs `analyze` and checks what must hold for any input; `Err` says what did not.
fn check(input: &str, options: &Options) -> Result<(), String> {
    let record = match analyze(input, options) {
        Ok(record) => record,
        Err(e) => {
            return match e.kind() {
                ErrorKind::TooLarge { bytes, limit }
                    if input.len() > MAX_INPUT_BYTES
                        && *bytes == input.len()
                        && *limit == MAX_INPUT_BYTES =>
                {
                    Ok(())
                }
                other => Err(format!(
                    "error {other:?} on an input of {} bytes (limit {MAX_INPUT_BYTES})",
                    input.len()
                )),
            };
        }
    };
    if input.len() > MAX_INPUT_BYTES {
        return Err(format!("an input of {} bytes was not refused", input.len()));
    }
    let text = record.text.as_deref().unwrap_or(input);
    for (what, span) in spans(&record) {
        if span.start > span.end || span.end > text.len() {
            return Err(format!(
                "{what} span {span:?} outside a text of {} bytes",
                text.len()
            ));
        }
        if !text.is_char_boundary(span.start) || !text.is_char_boundary(span.end) {
            return Err(format!("{what} span {span:?} cuts a character"));
        }
    }
    if !record.is_agreement && !record.agreements.is_empty() {
        return Err("agreements listed while is_agreement is false".into());
    }
    Ok(())
}

/// `check` in every format, with and without a reference date.
fn check_all_ways(input: &str) {
    let reference = Date::new(2025, 3, 6);
    for format in FORMATS {
        for reference_date in [None, reference] {
            let options = options(format, reference_date);
            if let Err(why) = check(input, &options) {
                panic!(
                    "{why}\n  options: {options:?}\n  input: {:?}",
                    preview(input)
                );
            }
        }
    }
}

fn preview(input: &str) -> String {
    if input.len() <= 300 {
        return input.to_string();
    }
    let mut end = 300;
    while !input.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}… ({} bytes)", &input[..end], input.len())
}

/// Words that send the extractors down their paths: instruments, kinds of bodies, roles,
/// dates and weekdays in both languages, honorifics, datelines, markup.
const VOCABULARY: &[&str] = &[
    "signed",
    "a",
    "memorandum",
    "of",
    "understanding",
    "MoU",
    "agreement",
    "partnership",
    "joint",
    "declaration",
    "treaty",
    "letter",
    "intent",
    "between",
    "and",
    "the",
    "with",
    "Ministry",
    "Digital",
    "Economy",
    "Authority",
    "Agency",
    "National",
    "CERT",
    "Police",
    "University",
    "Technologies",
    "Ghana",
    "SPA",
    "Ltd",
    "Inc.",
    "(NCA)",
    "CEO",
    "Director",
    "General",
    "said",
    "Dr.",
    "H.E.",
    "Amb.",
    "Mr",
    "on",
    "Monday",
    "Thursday",
    "yesterday",
    "November",
    "18",
    "2024",
    "March",
    "in",
    "Kigali",
    "five-year",
    "24",
    "months",
    "for",
    "period",
    "two",
    "years",
    "training",
    "threat",
    "intelligence",
    "cybercrime",
    "SOC",
    "Le",
    "ministère",
    "de",
    "la",
    "Transformation",
    "numérique",
    "l'Agence",
    "nationale",
    "protocole",
    "d'accord",
    "convention",
    "déclaration",
    "conjointe",
    "signé",
    "à",
    "Dakar",
    "hier",
    "lundi",
    "mardi",
    "ce",
    "le",
    "12",
    "mars",
    "mai",
    "en",
    "juin",
    "2016",
    "durée",
    "cinq",
    "ans",
    "triennal",
    "M.",
    "Mme",
    "directeur",
    "général",
    "l'ambassadeur",
    "CEDEAO",
    "ECOWAS",
    "INTERPOL",
    "AU",
    "filiale",
    "du",
    "groupe",
    "présence",
    "patronage",
    "selon",
    "un",
    "rapport",
    "By",
    "Par",
    "Related",
    "posts",
    "Lire",
    "aussi",
    "Share",
    " date",
    "Date :",
    "mercredi,",
    "28",
    "13:04",
    "SEOUL,",
    "Nov.",
    "10",
    "(Yonhap)",
    "--",
    "-",
    "—",
    "«",
    "»",
    "\"",
    "’",
    "'",
    "(",
    ")",
    "[",
    "]",
    ",",
    ".",
    ";",
    ":",
    "\n",
    "\r\n",
    "\n\n",
    "\t",
    "<p>",
    "</p>",
    "<h1>",
    "<a href=\"x\">",
    "</a>",
    "<script>",
    "</script>",
    "&amp;",
    "&nbsp;",
    "&#x2019;",
    "<!--",
    "-->",
    "# ",
    "## ",
    "* ",
    "[link](http://x)",
    "**",
    "_",
    "`",
    "```",
    "> ",
    "1.",
    "Ç",
    "É",
    "é",
    "ß",
    "ﬁ",
    "\u{0301}",
    "\u{200d}",
    "\u{feff}",
    "👩\u{200d}💻",
    "🇬🇭",
    "مذكرة",
    "תפתח",
    "\u{0}",
    "\u{2028}",
];

fn word_salad() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => prop::sample::select(VOCABULARY).prop_map(str::to_string),
        1 => "[A-Z][a-z]{0,8}",
        1 => any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(
        (piece, prop::sample::select(&[" ", " ", " ", "", "\n"][..])),
        0..80,
    )
    .prop_map(|parts| {
        parts
            .into_iter()
            .flat_map(|(w, sep)| [w, sep.to_string()])
            .collect()
    })
}

fn arbitrary_text() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec(any::<char>(), 0..200).prop_map(String::from_iter),
        word_salad(),
    ]
}

fn any_format() -> impl Strategy<Value = Format> {
    prop::sample::select(&FORMATS[..])
}

fn any_reference() -> impl Strategy<Value = Option<Date>> {
    prop::option::of(
        (1i32..=9999, 1u8..=12, 1u8..=28)
            .prop_map(|(y, m, d)| Date::new(y, m, d).expect("days 1 to 28 exist in every month")),
    )
}

proptest! {
    // Shrunk failures are kept in core/tests/no_panic.regressions and replayed first.
    #![proptest_config(ProptestConfig {
        cases: 256,
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("regressions"))),
        ..ProptestConfig::default()
    })]

    #[test]
    fn any_text_gives_a_record_with_fitting_spans(
        input in arbitrary_text(),
        format in any_format(),
        reference_date in any_reference(),
    ) {
        let options = options(format, reference_date);
        if let Err(why) = check(&input, &options) {
            prop_assert!(false, "{}", why);
        }
        prop_assert_eq!(analyze(&input, &options), analyze(&input, &options), "not deterministic");
    }
}

#[test]
fn small_explicit_cases() {
    let rtl = "وقّعت وزارة الاقتصاد الرقمي مذكرة تفاهم مع الهيئة الوطنية للأمن السيبراني \
               في الرباط يوم الاثنين. משרד הסייבר הלאומי חתם על הסכם שיתוף פעולה.";
    let cases = [
        String::new(),
        " ".into(),
        " \t\n\r\n  \u{a0}\u{2003}\u{3000}\n".into(),
        "Line one\r\nLine two\r\n\r\nAcme and the Ministry signed an MoU on Monday.\r\n".into(),
        "\r".into(),
        "\0".into(),
        "Acme\0Security\0signed\0an\0agreement\0with\0INTERPOL".into(),
        "👩‍💻🧑🏽‍🔬👨‍👩‍👧‍👦🏳️‍🌈 🇬🇭🇫🇷 signed 🤝 with 🇷🇼 on 👍🏿 Monday".into(),
        "e\u{301}\u{301}\u{301} Mi\u{308}nistry A\u{30a}gency \u{301}start Z\u{35c}\u{361}".into(),
        rtl.into(),
        format!("{rtl} Acme Security and the Ministry of Digital Economy signed an MoU. {rtl}"),
        "\u{202e}Ministry of Digital Economy\u{202c} and \u{2067}Acme\u{2069} signed".into(),
        "\u{feff} date 2025-03-06 Acme and Zembla Authority signed a five-year MoU.".into(),
        "Date : mercredi, 28 mai 2025 13:04\nLe ministère et l'Agence nationale ont signé hier."
            .into(),
        "SEOUL, Nov. 10 (Yonhap) -- ".into(),
        "(((((((((( [[[[ «««« \"\"\" ''' ))))".into(),
        "A. B. C. D. E. F. G. H.".into(),
        "<html><body><p>Acme &amp; Zembla <b>signed</b></p><script>x<y</script>".into(),
        "<<<<>>>>&&&&;;;;<!--<!--".into(),
        "# Title\n\n* item\n\n[Acme](http://acme) and **Zembla** signed `code`\n```\nx\n".into(),
        "\u{10ffff}\u{e000}\u{fffd}\u{d7ff}".into(),
        "x".repeat(10_000),
        "Dr. ".repeat(2_000),
        "on Monday on Tuesday le 12 mars hier yesterday ".repeat(200),
    ];
    for input in &cases {
        check_all_ways(input);
    }
}

#[test]
fn extreme_reference_dates() {
    let text = "Acme Security and the Zembla Authority signed an MoU yesterday, hier, on \
                Monday, le lundi 31 décembre, on December 31, in March, last year.";
    for reference_date in [
        Date::new(1, 1, 1),
        Date::new(9999, 12, 31),
        Date::new(2024, 2, 29),
    ] {
        for format in FORMATS {
            let options = options(format, reference_date);
            if let Err(why) = check(text, &options) {
                panic!("{why} with {options:?}");
            }
        }
    }
}

/// One big input, once: the format and reference date are chosen so that each format
/// meets at least one big input.
fn check_big(input: &str, format: Format, reference_date: Option<Date>) {
    let options = options(format, reference_date);
    if let Err(why) = check(input, &options) {
        panic!("{why}\n  options: {options:?}\n  input: {}", preview(input));
    }
}

/// One line of 5 MB with no line break, full of organisation names: the engine must stay
/// linear here (it once was quadratic on this shape).
#[test]
fn five_megabyte_line_without_newline() {
    let input = "Acme signed an agreement with the Ministry of Digital Economy ".repeat(82_000);
    assert!(input.len() >= 5_000_000 && !input.contains('\n'));
    check_big(&input, Format::Text, Date::new(2025, 3, 6));
}

#[test]
fn hundred_thousand_capitalised_words() {
    let words = [
        "Acme",
        "Zembla",
        "National",
        "Authority",
        "Ministry",
        "Digital",
        "Kigali",
    ];
    let input: String = (0..100_000)
        .map(|i| words[i % words.len()])
        .collect::<Vec<_>>()
        .join(" ");
    check_big(&input, Format::Html, None);
}

#[test]
fn fifty_thousand_open_parentheses() {
    let input = "(".repeat(50_000);
    check_big(&input, Format::Markdown, Date::new(2025, 3, 6));
    check_big(&format!("Acme {input} signed an MoU"), Format::Text, None);
}

#[test]
fn one_megabyte_line_of_initials() {
    let input = "A. B. C. ".repeat(1_048_576 / 9);
    check_big(&input, Format::Text, None);
}

#[test]
fn over_the_limit_is_refused() {
    let input = "a".repeat(MAX_INPUT_BYTES + 1);
    for format in FORMATS {
        let err = analyze(&input, &options(format, None)).expect_err("over the limit");
        assert!(
            matches!(err.kind(), ErrorKind::TooLarge { bytes, .. } if *bytes == input.len()),
            "{err:?}"
        );
    }
}
