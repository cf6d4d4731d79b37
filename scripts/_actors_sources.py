"""Readers for scripts/build_actors.py: one function per source, each returning plain rows.

Everything here runs at build time only (the shipped package never reads ../shared).
"""
from __future__ import annotations

import csv
import json
import re
import unicodedata
from pathlib import Path

# English Wikipedia titles where the common short name is not the article title.
WIKI_TITLES = {
    "GEO": "Georgia (country)", "COD": "Democratic Republic of the Congo", "COG": "Republic of the Congo",
    "CZE": "Czech Republic", "PSE": "State of Palestine", "IRL": "Republic of Ireland",
    "CIV": "Ivory Coast", "TLS": "East Timor", "CPV": "Cape Verde", "VAT": "Vatican City",
    "GMB": "The Gambia", "BHS": "The Bahamas", "FSM": "Federated States of Micronesia", "TUR": "Turkey",
}
# Common English names the country files lack (news usage; ours).
EXTRA_ALIASES = {
    "USA": ["U.S.", "U.S.A.", "America", "United States of America", "US", "USA"],
    "GBR": ["Britain", "Great Britain", "U.K.", "UK"], "RUS": ["Russian Federation"],
    "CHN": ["People's Republic of China", "PRC", "mainland China"], "PRK": ["DPRK"],
    "KOR": ["Republic of Korea", "ROK"], "TLS": ["East Timor"], "CPV": ["Cape Verde"], "COD": ["DRC", "DR Congo", "Congo-Kinshasa"],
    "COG": ["Congo-Brazzaville"], "ARE": ["UAE", "U.A.E."], "CZE": ["Czech Republic"],
    "NLD": ["Holland"], "MMR": ["Burma"], "SWZ": ["Swaziland"], "MKD": ["Macedonia"],
    "TUR": ["Turkey", "Türkiye", "Turkiye"], "PSE": ["Palestinian territories"],
    "CIV": ["Ivory Coast", "Côte d'Ivoire"], "IRN": ["Islamic Republic of Iran"],
    "SYR": ["Syrian Arab Republic"], "VNM": ["Viet Nam"], "BIH": ["Bosnia"],
}
EXTRA_CAPITALS = {"USA": ["Washington"], "GBR": ["London"], "ISR": ["Jerusalem"], "KOR": ["Seoul"]}
EXTRA_DEMONYMS = {"GBR": ["British", "UK"], "USA": ["U.S.", "US"], "XKX": ["Kosovar", "Kosovan"],
                  "BIH": ["Bosnian"], "NLD": ["Dutch"], "CHN": ["Chinese"], "PSE": ["Palestinian"],
                  "ARE": ["Emirati"], "SAU": ["Saudi"], "TLS": ["East Timorese"]}
KOSOVO_IDS = {"XK", "XKX", "UNK", "KOS", "KSV"}


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower()


def _latin(s: str) -> bool:
    return all(ord(c) < 0x250 or not c.isalpha() for c in s)


def _short_alias_ok(a: str) -> bool:
    return len(a) > 3 or a in {"US", "USA", "UK", "UAE", "DRC", "PRC", "DPRK", "ROK", "U.S.", "U.K."}


def read_countries(folder: Path) -> list[dict]:
    raw = json.loads((folder / "mledoze-countries.json").read_text(encoding="utf-8"))
    dr5 = {r["iso2"]: r for r in csv.DictReader(open(folder / "dr5hn-countries.csv", encoding="utf-8"))}
    out = []
    for c in raw:
        code = "XKX" if c["cca2"] in KOSOVO_IDS else c["cca3"]
        d = dr5.get(c["cca2"], {})
        aliases = {c["name"]["official"], *c.get("altSpellings", []), *EXTRA_ALIASES.get(code, [])}
        if d.get("name"):
            aliases.add(d["name"])
        aliases = sorted(a for a in aliases if a and _latin(a) and _short_alias_ok(a) and a != c["name"]["common"])
        dem = {v for v in c.get("demonyms", {}).get("eng", {}).values() if v}
        dem |= {x.strip() for x in (d.get("nationality") or "").split(",") if x.strip()}
        dem |= set(EXTRA_DEMONYMS.get(code, []))
        out.append({
            "code": code, "iso2": c["cca2"], "name": c["name"]["common"], "official": c["name"]["official"],
            "aliases": aliases, "demonyms": sorted(dem), "capitals": sorted({*c.get("capital", []), *EXTRA_CAPITALS.get(code, [])}),
            "wikidata": d.get("wikiDataId") or None, "independent": bool(c.get("independent")),
            "title": WIKI_TITLES.get(code, c["name"]["common"]),
        })
    return sorted(out, key=lambda r: r["code"])


# --- leaders ---

def _role_of_position(label: str) -> str:
    low = label.lower()
    if any(w in low for w in ("prime minister", "premier", "chancellor", "head of government", "chairman of the council")):
        return "HOG"
    return "HOS"


def _date(s: str) -> str:
    s = (s or "").strip()
    return s[:10] if re.match(r"^\d{4}-\d{2}-\d{2}", s) else ""


def read_leaders(folder: Path, hand: Path, countries: list[dict]) -> list[list[str]]:
    by_name = {fold(n): c["code"] for c in countries for n in [c["name"], *c["aliases"]]}
    cname = {c["code"]: c["name"] for c in countries}
    english, titles = {}, {}
    snapshot = list(csv.DictReader(open(folder / "wikidata-current-leaders-2022-10.csv", encoding="utf-8")))
    for r in snapshot:
        english[r["officeholder"]] = r["officeholderLabel"]
    fms = list(csv.DictReader(open(folder / "wikidata-foreign-ministers-2023-01.csv", encoding="utf-8")))
    for r in fms:
        if r["person"]:
            english[r["person"]] = r["name"]
    hist = list(csv.DictReader(open(folder / "wikidata-hos-hog-history.csv", encoding="utf-8")))
    role_of = {(r["iso3"], r["person_qid"]): ("HOS" if r["role"] == "head_of_state" else "HOG") for r in hist}
    for r in snapshot:  # learn each country's office titles from the English 2022 snapshot
        iso = by_name.get(fold(r["country"]))
        role = role_of.get((iso, r["officeholder"])) or _role_of_position(r["positionLabel"])
        titles.setdefault((iso, role), r["positionLabel"])
    rows = []
    for r in hist:
        role = "HOS" if r["role"] == "head_of_state" else "HOG"
        name = english.get(r["person_qid"]) or r["person"].split(",")[0]
        if not name or re.fullmatch(r"Q\d+", name):
            continue
        title = titles.get((r["iso3"], role)) or f"{'Head of State' if role == 'HOS' else 'Head of Government'} of {cname.get(r['iso3'], r['iso3'])}"
        rows.append([r["person_qid"], name, r["iso3"], role, title, _date(r["start"]), _date(r["end"]), "wikidata"])
    seen = {(r[0], r[3]) for r in rows}
    for r in snapshot:  # holders absent from the history file (e.g. Kosovo): years only
        iso = by_name.get(fold(r["country"]))
        role = _role_of_position(r["positionLabel"])
        if iso and (r["officeholder"], role) not in seen and not re.fullmatch(r"Q\d+", r["officeholderLabel"]):
            end = f"{r['end_year']}-12-31" if r["end_year"] else ""
            rows.append([r["officeholder"], r["officeholderLabel"], iso, role, r["positionLabel"],
                         f"{r['start_year']}-01-01" if r["start_year"] else "", end, "wikidata-2022(years)"])
    for r in fms:
        iso = by_name.get(fold(r["countryLabel"]))
        if r["person"] and iso:
            title = r["positionLabel"] if cname[iso] in r["positionLabel"] else f"{r['positionLabel']} of {cname[iso]}"
            rows.append([r["person"], r["name"], iso, "FM", title, _date(r["start"]), "", "wikidata-fm-2023"])
    hand_rows = _tsv(hand)
    hand_keys = {(h[0] or h[1], h[3]) for h in hand_rows}
    rows = [r for r in rows if (r[0], r[3]) not in hand_keys and (r[1], r[3]) not in hand_keys]
    rows += [[h[0], h[1], h[2], h[3], h[4], h[5], h[6], "hand:" + h[7]] for h in hand_rows]
    return sorted(rows, key=lambda r: (r[2], r[3], r[5], r[1]))


def _tsv(path: Path) -> list[list[str]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            out.append(line.split("\t"))
    return out


# --- PETRARCH/TABARI dictionaries ---

def _tabari_entries(path: Path):
    """Yield (names, codes) per entry of a TABARI actor dictionary; codes keep their date part."""
    names, codes = [], []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        found = re.findall(r"\[([^\]]+)\]", line)
        head = re.sub(r"\[[^\]]*\]", "", line).strip()
        if raw[:1] in ("\t", " ") and not head:
            codes += found
            continue
        if head.startswith("+"):
            names.append(head[1:])
            codes += found
            continue
        if names:
            yield names, codes
        names, codes = [head], list(found)
    if names:
        yield names, codes


_SMALL = {"of", "the", "and", "for", "in", "on", "de", "la", "al", "el"}


def tabari_name(s: str) -> str:
    words = [w for w in s.strip("_ ").split("_") if w]
    out = []
    for i, w in enumerate(words):
        low = w.lower()
        if i and low in _SMALL:
            out.append(low)
        elif len(words) == 1 and len(w) <= 5:
            out.append(w)  # a lone short token is an acronym
        else:
            out.append(w.capitalize() if w.isupper() else w)
    return " ".join(out)


def read_supraverden(path: Path) -> list[dict]:
    import yaml  # build-time only

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    out = []
    for key, v in data.items():
        qid = v.get("Wikidata_code") or ""
        out.append({"name": v.get("Name_en") or key, "abbr": v.get("Abbreviation_en") or None,
                    "other": v.get("Name_other_en") or None, "family": v.get("Org_family") or None,
                    "wikidata": qid if re.fullmatch(r"Q\d+", qid) else None})
    return sorted(out, key=lambda r: r["name"])


def _igo_country(code: str) -> str:
    return "UNO" if code.startswith("IGOUNO") else "EUR" if code.startswith("IGOEUR") else "IGO"


def read_igos(hand: Path, phoenix: Path, supra: list[dict]) -> list[dict]:
    qids = {}
    for s in supra:
        for n in (s["name"], s["abbr"]):
            if n and s["wikidata"]:
                qids.setdefault(fold(n), s["wikidata"])
    out, taken = [], set()
    for h in _tsv(hand):
        ident, name, aliases, country, cameo, sector, parent, qid, title, source = (h + [""] * 10)[:10]
        names = [name, *[a for a in aliases.split("|") if a]]
        qid = qid or next((qids[fold(n)] for n in names if fold(n) in qids), "")
        out.append({"id": ident, "name": name, "aliases": sorted(set(names) - {name}), "country": country,
                    "code": cameo, "sector": sector, "parent": parent or None, "wikidata": qid or None,
                    "title": title or name, "source": "hand:" + source})
        taken |= {fold(n) for n in names}
    for names, codes in _tabari_entries(phoenix):
        undated = [c for c in codes if " " not in c.strip() and c.startswith("IGO")]
        if not undated or any(" " in c.strip() for c in codes):
            continue  # dated codes mark office-holders, not organisations
        shown = [tabari_name(n) for n in names if n.strip("_")]
        if not shown or any(fold(n) in taken for n in shown):
            continue
        code = undated[0]
        name = max(shown, key=len)
        out.append({"id": "PHX:" + fold(names[0]).strip("_"), "name": name, "aliases": sorted(set(shown) - {name}),
                    "country": _igo_country(code), "code": code, "sector": "GOV", "parent": None,
                    "wikidata": next((qids[fold(n)] for n in shown if fold(n) in qids), None),
                    "title": name, "source": "phoenix"})
        taken |= {fold(n) for n in shown}
    return sorted(out, key=lambda r: r["id"])


# --- armed groups ---

def _countries_of(location: str, names_to_iso: dict) -> list[str]:
    out = []
    for part in re.split(r",\s*", location or ""):
        part = re.sub(r"\s*\(.*?\)", "", part).strip().lower()
        iso = names_to_iso.get(part) or names_to_iso.get(part.replace("united states of america", "united states"))
        if iso and iso not in out:
            out.append(iso)
    return out


def read_groups(folder: Path, names_to_iso: dict) -> list[dict]:
    groups: dict[str, dict] = {}

    def add(key, names, country, sector, kind, source, ident=None):
        names = [n.strip() for n in names if n and n.strip() and n.strip() not in ("n/a",) and len(n.strip()) > 2]
        if not names:
            return
        g = groups.setdefault(key, {"id": ident or key, "name": names[0], "aliases": set(), "country": country,
                                    "sector": sector, "kind": kind, "source": source})
        g["aliases"] |= set(names)
        g["country"] = g["country"] or country

    with open(folder / "ucdp-actor-221.csv", encoding="utf-8-sig") as fh:
        for r in csv.DictReader(fh):
            if r["Org"] not in ("1", "2", "3"):
                continue  # 4 = governments: covered by the country table
            ctry = _countries_of(r["Location"], names_to_iso)
            kind, sector = {"1": ("group", "REB"), "2": ("group", "PTY"), "3": ("ethnic", "CVL")}[r["Org"]]
            full = r["NameOrigFullEng"] if r["NameOrigFullEng"] not in ("", "n/a") else r["NameData"]
            add("UCDP:" + r["ActorId"], [full, r["NameData"], r["NewNameFullEng"]], ctry[0] if ctry else None,
                sector, kind, "ucdp-actor-22.1")
    text = (folder / "UcdpPrioConflict_v25_1.csv").read_text(encoding="utf-8-sig").replace("\r\n", "\n")
    rows = list(csv.DictReader(text.splitlines(), delimiter=";"))
    for r in rows:
        ids = [i.strip() for i in (r.get("side_b_id") or "").split(",")]
        names = [n.strip() for n in (r.get("side_b") or "").split(",")]
        if len(ids) != len(names):
            continue
        for ident, name in zip(ids, names):
            if name.startswith("Government of") or ("UCDP:" + ident) in groups:
                continue
            ctry = _countries_of(r.get("location", ""), names_to_iso)
            add("UCDP:" + ident, [name], ctry[0] if ctry else None, "REB", "group", "ucdp-prio-acd-25.1")
    iso = set(names_to_iso.values())
    for names, codes in _tabari_entries(folder / "Phoenix.MilNonState.actors.txt"):
        code = (codes[0].split()[0] if codes else "")
        shown = [tabari_name(n) for n in names if n.strip("_")]
        ctry = {"KSV": "XKX"}.get(code[:3], code[:3]) if code[:3] in iso | {"KSV"} else None
        add("PHX:" + fold(names[0]).strip("_"), shown, ctry, "REB", "group", "phoenix-milnonstate")
        groups.get("PHX:" + fold(names[0]).strip("_"), {}).setdefault("code", code or None)
    out = []
    for g in groups.values():
        g["aliases"] = sorted(g["aliases"] - {g["name"]})
        g.setdefault("code", None)
        out.append(g)
    return sorted(out, key=lambda r: r["id"])


# --- outlets, facts ---

_FUNDUS_SECTIONS = {"UK": "GB", "IND": "IN", "ISL": "IS"}


def read_outlets(fundus: Path, hand: Path) -> list[list[str]]:
    rows = []
    for r in csv.DictReader(open(fundus, encoding="utf-8"), delimiter="\t"):
        name = re.sub(r"</?strike>", "", r["name"]).strip()
        rows.append([name, "", _FUNDUS_SECTIONS.get(r["fundus_country_section"], r["fundus_country_section"]),
                     "news", "fundus:" + r["url"]])
    for h in _tsv(hand):
        rows.append([h[0], h[1], h[2], h[3], "hand:" + h[4]])
    return sorted(rows)


def read_facts(ethnic: Path, regions: Path, armed: Path | None = None) -> list[dict]:
    out = []
    for h in _tsv(ethnic):
        ident, kind, names, country, sector, title, source = (h + [""] * 7)[:7]
        names = names.split("|")
        out.append({"id": ident, "kind": "ethnic", "religious": kind == "religious", "name": title,
                    "aliases": names, "country": country or None, "sector": sector, "code": None,
                    "title": title, "source": "hand:" + source})
    for h in _tsv(regions) + (_tsv(armed) if armed else []):
        ident, name, aliases, country, cameo, sector, kind, title, source = (h + [""] * 9)[:9]
        out.append({"id": ident, "kind": kind, "religious": False, "name": name,
                    "aliases": [a for a in aliases.split("|") if a], "country": country or None,
                    "sector": sector, "code": cameo or None, "title": title, "source": "hand:" + source})
    return sorted(out, key=lambda r: r["id"])
