//! The gazetteer: reference data about the world that articles name, loaded once from the
//! tab-separated tables in `core/data/` (countries, cities, organisations, news outlets,
//! role titles, honorifics and organisation head words).
//!
//! The tables are embedded at build time with `include_str!`, parsed on first use and shared
//! through [`curated()`]; [`Gazetteer::from_strs`] parses other tables (for tests) and
//! names the file and line of any bad row. This module only holds and checks the data: it
//! does not search text, fold accents or decide what a phrase is. The recognisers do that.
//!
//! Table format: UTF-8, one row a line, cells separated by a tab, lines starting with `#`
//! are comments, `|` separates several values inside a cell, `-` is an empty cell.

use std::sync::LazyLock;

use crate::facts::{Lang, PartyKind};

/// A state or territory, with the names, demonyms and capital news use for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Country {
    /// ISO 3166-1 alpha-2 code (`XK` for Kosovo).
    pub iso2: String,
    /// English names, the common short name first.
    pub names_en: Vec<String>,
    /// French names without the article, the common short name first.
    pub names_fr: Vec<String>,
    /// English adjectives ("Algerian").
    pub demonyms_en: Vec<String>,
    /// French adjectives in every gender and number, lowercase ("algérienne").
    pub demonyms_fr: Vec<String>,
    /// The capital in English spelling, if the territory has one.
    pub capital_en: Option<String>,
    /// The capital in French spelling, if the territory has one.
    pub capital_fr: Option<String>,
}

impl Country {
    /// The short English name (the first one listed).
    pub fn name_en(&self) -> &str {
        self.names_en.first().map_or("", String::as_str)
    }

    /// Every English and French name.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.names_en
            .iter()
            .chain(&self.names_fr)
            .map(String::as_str)
    }
}

/// One spelling of a city and the state it is in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct City {
    /// The city as written ("Algiers" and "Alger" are two rows).
    pub name: String,
    /// ISO 3166-1 alpha-2 code of its state.
    pub iso2: String,
}

/// An organisation known to sign cooperation agreements.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Org {
    /// Its usual full name.
    pub name: String,
    /// Acronyms, short forms and the form in the other language.
    pub aliases: Vec<String>,
    /// What kind of body it is (never [`PartyKind::Country`]).
    pub kind: PartyKind,
    /// ISO 3166-1 alpha-2 code of its home state; `None` for intergovernmental bodies.
    pub country: Option<String>,
}

impl Org {
    /// The name followed by every alias.
    pub fn surface_forms(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(self.aliases.iter().map(String::as_str))
    }
}

/// A news outlet, wire service or press agency: a source, never a party.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outlet {
    /// Its usual name.
    pub name: String,
    /// Acronyms and other names.
    pub aliases: Vec<String>,
}

impl Outlet {
    /// The name followed by every alias.
    pub fn surface_forms(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(self.aliases.iter().map(String::as_str))
    }
}

/// A role title as news write it, lowercase ("acting executive director").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Role {
    /// The title, lowercase.
    pub title: String,
    /// The language it is written in.
    pub lang: Lang,
}

/// A courtesy title or rank written before a person's name ("Dr.", "Mme").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Honorific {
    /// The word as written, with its capitals and dots.
    pub word: String,
    /// The language it is written in.
    pub lang: Lang,
}

/// A head word that makes a capitalised phrase an organisation ("Ministry", "Agence").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgHead {
    /// The word as written.
    pub word: String,
    /// The kind of body it suggests (never [`PartyKind::Country`]).
    pub kind: PartyKind,
    /// The language it is written in.
    pub lang: Lang,
}

/// All reference tables, parsed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Gazetteer {
    /// Every UN member state plus a few other territories news report on.
    pub countries: Vec<Country>,
    /// Capitals, major cities, business hubs and conference venues.
    pub cities: Vec<City>,
    /// Intergovernmental bodies, government bodies, companies, universities and others.
    pub orgs: Vec<Org>,
    /// News outlets, wire services and press agencies.
    pub outlets: Vec<Outlet>,
    /// Role titles in English and French.
    pub roles: Vec<Role>,
    /// Honorifics and ranks in English and French.
    pub honorifics: Vec<Honorific>,
    /// Organisation head words in English and French.
    pub org_heads: Vec<OrgHead>,
}

/// The text of each table, as read from `core/data/`.
#[derive(Debug, Clone, Copy)]
pub struct Sources<'a> {
    /// `countries.tsv`: iso2, en_names, fr_names, en_demonyms, fr_demonyms, capital_en, capital_fr.
    pub countries: &'a str,
    /// `cities.tsv`: name, iso2.
    pub cities: &'a str,
    /// `organisations.tsv`: name, aliases, kind, country.
    pub organisations: &'a str,
    /// `outlets.tsv`: name, aliases.
    pub outlets: &'a str,
    /// `roles.tsv`: role, lang.
    pub roles: &'a str,
    /// `honorifics.tsv`: word, lang.
    pub honorifics: &'a str,
    /// `org_heads.tsv`: word, kind, lang.
    pub org_heads: &'a str,
}

impl Sources<'static> {
    /// The tables embedded in the library.
    pub const CURATED: Sources<'static> = Sources {
        countries: include_str!("../data/countries.tsv"),
        cities: include_str!("../data/cities.tsv"),
        organisations: include_str!("../data/organisations.tsv"),
        outlets: include_str!("../data/outlets.tsv"),
        roles: include_str!("../data/roles.tsv"),
        honorifics: include_str!("../data/honorifics.tsv"),
        org_heads: include_str!("../data/org_heads.tsv"),
    };
}

impl<'a> Sources<'a> {
    /// Every table with its file name (without `.tsv`).
    pub fn tables(&self) -> [(&'static str, &'a str); 7] {
        [
            ("countries", self.countries),
            ("cities", self.cities),
            ("organisations", self.organisations),
            ("outlets", self.outlets),
            ("roles", self.roles),
            ("honorifics", self.honorifics),
            ("org_heads", self.org_heads),
        ]
    }
}

impl Gazetteer {
    /// Parses the tables, checking every row; the error names the file and line of the
    /// first bad row ("cities.tsv line 12: unknown country code \"XY\"").
    pub fn from_strs(sources: &Sources<'_>) -> Result<Gazetteer, String> {
        let countries = parse_countries(sources.countries)?;
        let known = |code: &str| countries.iter().any(|c| c.iso2 == code);

        let mut cities = Vec::new();
        for row in rows(sources.cities, "cities.tsv", 2) {
            let row = row?;
            let iso2 = row.iso2(1)?;
            if !known(iso2) {
                return Err(row.err(format_args!("unknown country code {iso2:?}")));
            }
            cities.push(City {
                name: row.text(0)?.to_owned(),
                iso2: iso2.to_owned(),
            });
        }

        let mut orgs = Vec::new();
        for row in rows(sources.organisations, "organisations.tsv", 4) {
            let row = row?;
            let kind = row.org_kind(2)?;
            let country = row.opt(3)?;
            if let Some(code) = country {
                row.iso2(3)?;
                if !known(code) {
                    return Err(row.err(format_args!("unknown country code {code:?}")));
                }
            }
            if kind == PartyKind::Intergovernmental && country.is_some() {
                return Err(row.err("an intergovernmental body has no home state: use -"));
            }
            orgs.push(Org {
                name: row.text(0)?.to_owned(),
                aliases: row.list(1)?,
                kind,
                country: country.map(str::to_owned),
            });
        }

        let mut outlets = Vec::new();
        for row in rows(sources.outlets, "outlets.tsv", 2) {
            let row = row?;
            outlets.push(Outlet {
                name: row.text(0)?.to_owned(),
                aliases: row.list(1)?,
            });
        }

        let mut roles = Vec::new();
        for row in rows(sources.roles, "roles.tsv", 2) {
            let row = row?;
            let title = row.text(0)?;
            if title != title.to_lowercase() {
                return Err(row.err(format_args!("role {title:?} is not lowercase")));
            }
            roles.push(Role {
                title: title.to_owned(),
                lang: row.lang(1)?,
            });
        }

        let mut honorifics = Vec::new();
        for row in rows(sources.honorifics, "honorifics.tsv", 2) {
            let row = row?;
            honorifics.push(Honorific {
                word: row.text(0)?.to_owned(),
                lang: row.lang(1)?,
            });
        }

        let mut org_heads = Vec::new();
        for row in rows(sources.org_heads, "org_heads.tsv", 3) {
            let row = row?;
            org_heads.push(OrgHead {
                word: row.text(0)?.to_owned(),
                kind: row.org_kind(1)?,
                lang: row.lang(2)?,
            });
        }

        Ok(Gazetteer {
            countries,
            cities,
            orgs,
            outlets,
            roles,
            honorifics,
            org_heads,
        })
    }

    /// The country with this ISO 3166-1 alpha-2 code.
    pub fn country(&self, iso2: &str) -> Option<&Country> {
        self.countries.iter().find(|c| c.iso2 == iso2)
    }
}

fn parse_countries(table: &str) -> Result<Vec<Country>, String> {
    let mut countries = Vec::new();
    for row in rows(table, "countries.tsv", 7) {
        let row = row?;
        let demonyms_fr = row.list(4)?;
        if let Some(d) = demonyms_fr.iter().find(|d| **d != d.to_lowercase()) {
            return Err(row.err(format_args!("French demonym {d:?} is not lowercase")));
        }
        let iso2 = row.iso2(0)?;
        if countries.iter().any(|c: &Country| c.iso2 == iso2) {
            return Err(row.err(format_args!("duplicate country code {iso2:?}")));
        }
        countries.push(Country {
            iso2: iso2.to_owned(),
            names_en: row.list(1)?,
            names_fr: row.list(2)?,
            demonyms_en: row.list(3)?,
            demonyms_fr,
            capital_en: row.opt(5)?.map(str::to_owned),
            capital_fr: row.opt(6)?.map(str::to_owned),
        });
    }
    Ok(countries)
}

/// One data row of a table: its cells, and where it is for error messages.
struct Row<'a> {
    file: &'static str,
    line: usize,
    cells: Vec<&'a str>,
}

impl<'a> Row<'a> {
    fn err(&self, msg: impl std::fmt::Display) -> String {
        format!("{} line {}: {msg}", self.file, self.line)
    }

    /// A cell that must hold a value (`-` is refused).
    fn text(&self, col: usize) -> Result<&'a str, String> {
        match self.opt(col)? {
            Some(s) => Ok(s),
            None => Err(self.err(format_args!("column {} must not be -", col + 1))),
        }
    }

    /// A cell that may be `-`.
    fn opt(&self, col: usize) -> Result<Option<&'a str>, String> {
        let cell = self.cells.get(col).copied().unwrap_or("");
        if cell.is_empty() {
            return Err(self.err(format_args!(
                "column {} is empty (write - for none)",
                col + 1
            )));
        }
        if cell.trim() != cell {
            return Err(self.err(format_args!("column {} has surrounding spaces", col + 1)));
        }
        Ok((cell != "-").then_some(cell))
    }

    /// A cell of `|`-separated values, `-` for none.
    fn list(&self, col: usize) -> Result<Vec<String>, String> {
        let Some(cell) = self.opt(col)? else {
            return Ok(Vec::new());
        };
        let mut values = Vec::new();
        for value in cell.split('|') {
            if value.is_empty() || value.trim() != value {
                return Err(self.err(format_args!(
                    "column {} has an empty or padded value",
                    col + 1
                )));
            }
            if values.iter().any(|v| v == value) {
                return Err(self.err(format_args!("column {} repeats {value:?}", col + 1)));
            }
            values.push(value.to_owned());
        }
        Ok(values)
    }

    /// A cell holding two uppercase ASCII letters.
    fn iso2(&self, col: usize) -> Result<&'a str, String> {
        let code = self.text(col)?;
        if code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()) {
            Ok(code)
        } else {
            Err(self.err(format_args!("{code:?} is not an ISO 3166-1 alpha-2 code")))
        }
    }

    fn lang(&self, col: usize) -> Result<Lang, String> {
        match self.text(col)? {
            "en" => Ok(Lang::En),
            "fr" => Ok(Lang::Fr),
            other => Err(self.err(format_args!("unknown language {other:?} (en or fr)"))),
        }
    }

    /// A party kind other than `country`.
    fn org_kind(&self, col: usize) -> Result<PartyKind, String> {
        let label = self.text(col)?;
        match PartyKind::from_label(label) {
            Some(kind) if kind != PartyKind::Country => Ok(kind),
            _ => Err(self.err(format_args!(
                "unknown kind {label:?} (intergovernmental, government, company, academic or other)"
            ))),
        }
    }
}

/// The data rows of `table`, each checked to have `columns` cells.
fn rows<'a>(
    table: &'a str,
    file: &'static str,
    columns: usize,
) -> impl Iterator<Item = Result<Row<'a>, String>> {
    table.lines().enumerate().filter_map(move |(i, line)| {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.trim().is_empty() || line.starts_with('#') {
            return None;
        }
        let row = Row {
            file,
            line: i + 1,
            cells: line.split('\t').collect(),
        };
        Some(if row.cells.len() == columns {
            Ok(row)
        } else {
            Err(row.err(format_args!(
                "expected {columns} columns, found {}",
                row.cells.len()
            )))
        })
    })
}

static CURATED: LazyLock<Gazetteer> = LazyLock::new(|| {
    match Gazetteer::from_strs(&Sources::CURATED) {
        Ok(gazetteer) => gazetteer,
        // The tables are part of the build and checked by the tests below: a bad row is a
        // build defect, not a runtime condition.
        Err(e) => panic!("accord-core: bad embedded gazetteer: {e}"),
    }
});

/// The embedded reference tables, parsed on first use.
pub fn curated() -> &'static Gazetteer {
    &CURATED
}

#[cfg(test)]
mod tests {
    use crate::hash::{HashMap, HashSet};

    use super::*;

    fn gaz() -> &'static Gazetteer {
        curated()
    }

    /// Sources that are all empty except the ones a test sets.
    fn empty() -> Sources<'static> {
        Sources {
            countries: "",
            cities: "",
            organisations: "",
            outlets: "",
            roles: "",
            honorifics: "",
            org_heads: "",
        }
    }

    #[test]
    fn curated_data_parses() {
        let parsed = Gazetteer::from_strs(&Sources::CURATED);
        assert!(parsed.is_ok(), "{}", parsed.err().unwrap_or_default());
    }

    #[test]
    fn minimum_coverage() {
        let g = gaz();
        let kinds = |k: PartyKind| g.orgs.iter().filter(|o| o.kind == k).count();
        assert!(g.countries.len() >= 200, "{} countries", g.countries.len());
        assert!(g.cities.len() >= 450, "{} cities", g.cities.len());
        assert!(kinds(PartyKind::Intergovernmental) >= 120);
        assert!(kinds(PartyKind::Government) >= 200);
        assert!(kinds(PartyKind::Company) >= 200);
        assert!(kinds(PartyKind::Academic) >= 60);
        assert!(g.outlets.len() >= 120);
        for lang in [Lang::En, Lang::Fr] {
            assert!(
                g.roles.iter().filter(|r| r.lang == lang).count() >= 120,
                "{lang:?}"
            );
            assert!(g.honorifics.iter().any(|h| h.lang == lang));
            assert!(g.org_heads.iter().any(|h| h.lang == lang));
        }
    }

    #[test]
    fn countries_are_sorted_and_unique() {
        let codes: Vec<&str> = gaz().countries.iter().map(|c| c.iso2.as_str()).collect();
        let mut sorted = codes.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(codes, sorted);
    }

    #[test]
    fn every_un_member_and_listed_territory_is_present() {
        // Spot checks across regions, plus the non-member territories the guide asks for.
        for code in [
            "AF", "DZ", "BR", "CN", "CD", "CG", "CI", "FJ", "FR", "IN", "KP", "KR", "MA", "NG",
            "RU", "SS", "TL", "US", "ZW", "PS", "VA", "XK", "TW", "HK", "MO", "EH",
        ] {
            assert!(gaz().country(code).is_some(), "{code} missing");
        }
    }

    #[test]
    fn every_country_has_names_in_both_languages() {
        for c in &gaz().countries {
            assert!(
                !c.names_en.is_empty() && !c.names_fr.is_empty(),
                "{}",
                c.iso2
            );
            assert!(
                !c.demonyms_en.is_empty() && !c.demonyms_fr.is_empty(),
                "{}",
                c.iso2
            );
            assert_eq!(c.capital_en.is_some(), c.capital_fr.is_some(), "{}", c.iso2);
        }
    }

    #[test]
    fn a_country_name_means_one_country() {
        let mut seen: HashMap<String, &str> = HashMap::default();
        for c in &gaz().countries {
            let own: HashSet<String> = c.names().map(str::to_lowercase).collect();
            for name in own {
                if let Some(other) = seen.insert(name.clone(), &c.iso2) {
                    panic!("{name:?} names both {other} and {}", c.iso2);
                }
            }
        }
    }

    #[test]
    fn french_demonyms_and_roles_are_lowercase() {
        for c in &gaz().countries {
            for d in &c.demonyms_fr {
                assert_eq!(d, &d.to_lowercase(), "{}", c.iso2);
            }
        }
        for r in &gaz().roles {
            assert_eq!(r.title, r.title.to_lowercase());
        }
    }

    #[test]
    fn every_code_is_a_known_country() {
        let g = gaz();
        for c in &g.cities {
            assert!(g.country(&c.iso2).is_some(), "{} {}", c.name, c.iso2);
        }
        for o in &g.orgs {
            if let Some(code) = &o.country {
                assert!(g.country(code).is_some(), "{} {code}", o.name);
            }
        }
    }

    #[test]
    fn no_duplicate_rows() {
        fn check<T: std::hash::Hash + Eq + std::fmt::Debug>(what: &str, keys: Vec<T>) {
            let mut seen = HashSet::default();
            for key in keys {
                let shown = format!("{key:?}");
                assert!(seen.insert(key), "duplicate {what} {shown}");
            }
        }
        let g = gaz();
        check(
            "city",
            g.cities.iter().map(|c| (&c.name, &c.iso2)).collect(),
        );
        check(
            "org",
            g.orgs.iter().map(|o| (&o.name, &o.country)).collect(),
        );
        check("outlet", g.outlets.iter().map(|o| &o.name).collect());
        check(
            "role",
            g.roles.iter().map(|r| (&r.title, r.lang.code())).collect(),
        );
        check(
            "honorific",
            g.honorifics
                .iter()
                .map(|h| (&h.word, h.lang.code()))
                .collect(),
        );
        check(
            "org head",
            g.org_heads
                .iter()
                .map(|h| (&h.word, h.lang.code()))
                .collect(),
        );
    }

    #[test]
    fn a_city_spelling_means_one_state() {
        let mut seen: HashMap<&str, &str> = HashMap::default();
        for c in &gaz().cities {
            if let Some(other) = seen.insert(&c.name, &c.iso2) {
                assert_eq!(other, c.iso2, "{} is in two states", c.name);
            }
        }
    }

    #[test]
    fn org_names_are_unambiguous() {
        // A full name may recur in two states ("Agence nationale de la cybersécurité" in
        // Tunisia and Togo), but never twice in one state, and an acronym belongs to one body.
        let mut seen: HashMap<String, Vec<&Org>> = HashMap::default();
        for o in &gaz().orgs {
            // Case variants of one body ("Interpol", "INTERPOL") count once.
            let forms: HashSet<String> = o.surface_forms().map(str::to_lowercase).collect();
            for form in forms {
                seen.entry(form).or_default().push(o);
            }
        }
        for (form, orgs) in seen {
            if orgs.len() < 2 {
                continue;
            }
            let states: HashSet<_> = orgs.iter().map(|o| &o.country).collect();
            assert_eq!(states.len(), orgs.len(), "{form:?} twice in one state");
            assert!(form.contains(' '), "acronym {form:?} on several bodies");
        }
    }

    #[test]
    fn an_outlet_is_never_an_org() {
        let g = gaz();
        let orgs: HashSet<&str> = g.orgs.iter().flat_map(Org::surface_forms).collect();
        for o in &g.outlets {
            for form in o.surface_forms() {
                assert!(
                    !orgs.contains(form),
                    "{form:?} is both an outlet and an org"
                );
            }
        }
    }

    #[test]
    fn tables_use_the_straight_apostrophe() {
        for (file, text) in Sources::CURATED.tables() {
            assert!(!text.contains('\u{2019}'), "{file} has a curly apostrophe");
        }
    }

    #[test]
    fn spot_checks() {
        let g = gaz();
        let fr = g.country("FR").map(|c| c.names_fr[0].as_str());
        assert_eq!(fr, Some("France"));
        let dz = g
            .countries
            .iter()
            .find(|c| c.names_fr.iter().any(|n| n == "Algérie"));
        assert_eq!(dz.map(|c| c.iso2.as_str()), Some("DZ"));
        assert_eq!(g.country("US").map(Country::name_en), Some("United States"));
        for city in ["Algiers", "Alger"] {
            assert!(
                g.cities.iter().any(|c| c.name == city && c.iso2 == "DZ"),
                "{city}"
            );
        }
        let afripol = g.orgs.iter().find(|o| o.name == "AFRIPOL");
        assert_eq!(afripol.map(|o| o.kind), Some(PartyKind::Intergovernmental));
        assert_eq!(afripol.and_then(|o| o.country.as_deref()), None);
        let kaspersky = g.orgs.iter().find(|o| o.name == "Kaspersky");
        assert_eq!(kaspersky.and_then(|o| o.country.as_deref()), Some("RU"));
        assert!(kaspersky.is_some_and(|o| o.aliases.iter().any(|a| a == "Kaspersky Lab")));
        assert!(g.outlets.iter().any(|o| o.name == "Reuters"));
        assert!(g
            .roles
            .iter()
            .any(|r| r.title == "directeur général" && r.lang == Lang::Fr));
        assert!(g
            .org_heads
            .iter()
            .any(|h| h.word == "Ministry" && h.kind == PartyKind::Government));
    }

    #[test]
    fn bad_rows_name_their_file_and_line() {
        let countries = "# iso2\ten\tfr\tden\tdfr\tcap\tcapfr\nDZ\tAlgeria\tAlgérie\tAlgerian\talgérien\tAlgiers\tAlger\n";
        let ok = Sources {
            countries,
            ..empty()
        };
        assert!(Gazetteer::from_strs(&ok).is_ok());

        let cases = [
            (
                Sources {
                    cities: "# h\nOran\tXX\n",
                    ..ok
                },
                "cities.tsv line 2: unknown country code",
            ),
            (
                Sources {
                    cities: "Oran\n",
                    ..ok
                },
                "cities.tsv line 1: expected 2 columns",
            ),
            (
                Sources {
                    cities: "Oran\tdz\n",
                    ..ok
                },
                "cities.tsv line 1: \"dz\" is not an ISO",
            ),
            (
                Sources {
                    organisations: "AU\t-\tunion\t-\n",
                    ..ok
                },
                "organisations.tsv line 1: unknown kind",
            ),
            (
                Sources {
                    organisations: "AU\t-\tintergovernmental\tDZ\n",
                    ..ok
                },
                "organisations.tsv line 1: an intergovernmental body",
            ),
            (
                Sources {
                    roles: "\n\nCEO\ten\n",
                    ..ok
                },
                "roles.tsv line 3: role \"CEO\" is not lowercase",
            ),
            (
                Sources {
                    honorifics: "Mr\tde\n",
                    ..ok
                },
                "honorifics.tsv line 1: unknown language",
            ),
            (
                Sources {
                    outlets: "AFP\t\n",
                    ..ok
                },
                "outlets.tsv line 1: column 2 is empty",
            ),
            (
                Sources {
                    outlets: "AFP\tA||B\n",
                    ..ok
                },
                "outlets.tsv line 1: column 2 has an empty",
            ),
            (
                Sources {
                    countries: "DZ\tAlgeria\tAlgérie\tAlgerian\tAlgérien\t-\t-\n",
                    ..ok
                },
                "countries.tsv line 1: French demonym",
            ),
        ];
        for (sources, expected) in cases {
            match Gazetteer::from_strs(&sources) {
                Ok(_) => panic!("accepted a bad row, expected {expected:?}"),
                Err(e) => assert!(
                    e.starts_with(expected),
                    "{e:?} does not start with {expected:?}"
                ),
            }
        }
    }
}
