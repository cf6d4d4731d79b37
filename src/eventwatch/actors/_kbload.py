"""Turn the shipped rows into ``Entry`` records and index their names (used by ``kb.load``).

Order matters: hand facts, countries, IGOs and leaders are indexed first; the broad lists
(SupraVerden organisations, UCDP/Phoenix armed groups) only add names nobody else uses, so a
rebel group's acronym can never shadow a country or a mission.
"""
from __future__ import annotations

from collections import defaultdict

from .kb import KB, Entry, Outlet, Term, _day, fold, name_tokens
from .lexicon import TITLE_WORDS

_ROLE_ORDER = {"HOS": 0, "HOG": 1, "IGO": 2, "FM": 3, "DEF": 4}


def fill(kb: KB, countries, leaders, igos, supra, groups, facts, outlets) -> None:
    _facts(kb, facts)
    iso2 = _countries(kb, countries)
    _igos(kb, igos)
    _leaders(kb, leaders)
    _supraverden(kb, supra)
    _groups(kb, groups)
    _outlets(kb, outlets, iso2)
    _index_outlets(kb, outlets, iso2)


def _key(text: str) -> tuple[str, ...]:
    return tuple(fold(t) for t in name_tokens(text))


def _taken(kb: KB, text: str) -> bool:
    key = _key(text)
    return not key or any(n.tokens == key for n in kb.candidates(key[0]))


def _facts(kb: KB, facts) -> None:
    for f in facts:
        e = Entry("F:" + f["id"], f["kind"], f["name"], f["country"], f["sector"], f["code"], None,
                  f["title"], f["source"], f["religious"], tuple(f["aliases"]))
        # a metonym's title is its referent ("White House" -> United States): not a name of it
        own = [(f["title"], "title")] if f["kind"] == "ethnic" else []
        kb.add(e, own + [(f["name"], "name")] + [(a, "alias") for a in f["aliases"]])


def _countries(kb: KB, countries) -> dict[str, str]:
    iso2 = {}
    # a demonym shared with a territory ("French") belongs to the independent state
    sovereign = {fold(d) for c in countries if c["independent"] for d in c["demonyms"]}
    for c in countries:
        if not c["independent"]:
            c = {**c, "demonyms": [d for d in c["demonyms"] if fold(d) not in sovereign]}
        iso2[c["iso2"]] = c["code"]
        names = [c["name"], c["official"], *c["aliases"]]
        e = Entry("C:" + c["code"], "state", c["name"], c["code"], "GOV", c["code"], c["wikidata"],
                  c["title"], "kb:countries", names=tuple(names))
        kb.add(e, [(c["name"], "name"), (c["official"], "alias"), (c["title"], "title")]
               + [(a, "alias") for a in c["aliases"]] + [(d, "demonym") for d in c["demonyms"]]
               + [(cap, "capital") for cap in c["capitals"]])
    return iso2


def _igos(kb: KB, igos) -> None:
    for g in igos:
        e = Entry("I:" + g["id"], "igo", g["name"], g["country"], g["sector"], g["code"], g["wikidata"],
                  g["title"], "kb:igos:" + g["source"], names=tuple([g["name"], *g["aliases"]]))
        kb.add(e, [(g["name"], "name"), (g["title"], "title")] + [(a, "alias") for a in g["aliases"]])


def _close_open_terms(rows) -> list[dict]:
    """Wikidata often lacks end dates: an open term ends when the next holder's term starts."""
    rows = [dict(r) for r in rows]
    by_office: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for r in rows:
        if r["start"]:
            by_office[(r["country"], r["role"])].append(r)
    for terms in by_office.values():
        terms.sort(key=lambda r: r["start"])
        for a, b in zip(terms, terms[1:]):
            if not a["end"] and b["start"] > a["start"] and fold(b["name"]) != fold(a["name"]):
                a["end"] = b["start"]
    return rows


def _leaders(kb: KB, rows) -> None:
    rows = _close_open_terms(rows)
    people: dict[str, list[dict]] = defaultdict(list)
    qid_of_name = {fold(r["name"]): r["qid"] for r in rows if r["qid"]}
    for r in rows:
        ident = r["qid"] or qid_of_name.get(fold(r["name"])) or "name:" + fold(r["name"])
        people[ident].append(r)
    for ident, rs in people.items():
        rs = [r for r in rs if not _title_only(r["name"])]
        if not rs:
            continue
        terms = tuple(sorted((Term(r["country"], r["role"], r["title"], _day(r["start"]), _day(r["end"]), r["source"])
                              for r in rs), key=lambda t: (t.start or _day("0001-01-01"), _ROLE_ORDER.get(t.role, 9))))
        names = sorted({r["name"] for r in rs}, key=lambda n: (-sum(r["name"] == n for r in rs), n))
        wikidata = ident if ident.startswith("Q") else None
        e = Entry("P:" + ident, "person", names[0], terms[-1].country, "GOV", None, wikidata, names[0],
                  "kb:leaders", names=tuple(names), terms=terms)
        variants = [(n, "name") for n in names]
        for n in names:
            toks = name_tokens(n)
            if len(toks) >= 3:
                variants.append((f"{toks[0]} {toks[-1]}", "alias"))
            if len(toks) >= 2 and len(toks[-1]) > 2:
                kb.surnames.setdefault(fold(toks[-1]), []).append(e.id)
        kb.add(e, variants)


def _supraverden(kb: KB, rows) -> None:
    for n, r in enumerate(rows):
        family = (r["family"] or "").lower()
        country = "EUR" if family.startswith("eu ") else "UNO" if "united nations" in family or family.startswith("un ") else "IGO"
        names = [x for x in (r["name"], r["abbr"], r["other"]) if x and len(x) > 2 and not _taken(kb, x)]
        if not names:
            continue
        code = {"EUR": "IGOEUR", "UNO": "IGOUNO"}.get(country, "IGO")
        e = Entry(f"S:{n}", "igo", r["name"], country, "GOV", code, r["wikidata"], r["name"],
                  "kb:supraverden", names=tuple(names))
        kb.add(e, [(x, "name" if x == r["name"] else "alias") for x in names])


def _groups(kb: KB, rows) -> None:
    for g in rows:
        names = [x for x in [g["name"], *g["aliases"]] if len(x) > 2 and not _taken(kb, x)]
        if not names:
            continue
        code = g.get("code") or (g["country"] + g["sector"] if g["country"] else None)
        e = Entry("G:" + g["id"], g["kind"], g["name"], g["country"], g["sector"], code, None, g["name"],
                  "kb:groups:" + g["source"], names=tuple(names))
        kb.add(e, [(x, "name" if x == g["name"] else "alias") for x in names])


def _outlets(kb: KB, rows, iso2: dict[str, str]) -> None:
    for r in rows:
        country = iso2.get(r["country"], r["country"] if len(r["country"]) == 3 else None)
        o = Outlet(r["name"], country, r["kind"], r["source"])
        for n in [r["name"], *[a for a in r["aliases"].split("|") if a]]:
            kb.outlets.setdefault(" ".join(_key(n)), o)


def _index_outlets(kb: KB, rows, iso2: dict[str, str]) -> None:
    """Outlets as media actors (JRN); only names that cannot be ordinary words are indexed."""
    for r in rows:
        country = iso2.get(r["country"], r["country"] if len(r["country"]) == 3 else None)
        names = [n for n in [r["name"], *[a for a in r["aliases"].split("|") if a]]
                 if (len(name_tokens(n)) >= 2 or (n.isupper() and len(n) >= 3)) and not _taken(kb, n)]
        if not names:
            continue
        e = Entry("O:" + fold(r["name"]), "group", r["name"], country, "JRN", None, None, r["name"],
                  "kb:outlets", names=tuple(names))
        kb.add(e, [(n, "name" if n == r["name"] else "alias") for n in names])


def _title_only(name: str) -> bool:
    """Wikidata labels like "The President" are offices, not names."""
    words = name.lower().split()
    return not words or all(w in TITLE_WORDS or w == "the" for w in words)
