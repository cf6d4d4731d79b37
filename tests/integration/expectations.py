"""Hand-written expectations about the example articles, and a matcher for them.

The expectations live in ``examples/expected.jsonl``, one per line, written by a
person from the article text (never generated from our output). Each line has
``article`` (an id in examples/articles/articles.jsonl), ``id``, ``kind`` and a spec:

- ``kind: event``: some produced event must match the spec.
- ``kind: not``: no produced event may match the spec. Unless the spec says
  ``"asserted": null`` (any factuality) only asserted events count, so a
  negated or hypothetical MOBILIZE is fine but an asserted one is a violation.
- ``kind: quote``: some produced quote must contain ``quote`` and have a
  speaker matching ``speaker``.

Event spec keys (all optional, all must hold): ``type`` (one type or a list of
acceptable types), ``mode`` (must be among the event's modes), ``actor`` and
``recipient`` (actor specs, below), ``asserted`` (true/false), ``aux`` (aux modes
that must be present), ``aux_absent``, ``date`` (exact value, or a list of
acceptable values), ``date_prefix`` (str or list), ``relation``, ``sentence``
(a piece of one of the event's evidence sentences).

Actor spec: a string is an alpha-3 country (``"SRB"``); a dict's keys must all
hold for one actor of the event (``country``, ``name`` (a word or phrase of the
actor's name, title, code or the words in the text; a list means any of them),
``sector``, ``kind``); a list means any of its specs. Kosovo's codes KOS, KSV and
XKX count as the same country.

Everything here works on the JSON records of ``eventwatch.records`` so the same
matcher serves the example, golden and seed tests.
"""
from __future__ import annotations

import importlib.util
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "examples" / "articles" / "articles.jsonl"
EXPECTED = ROOT / "examples" / "expected.jsonl"

_KOSOVO = {"KOS", "KSV", "XKX"}
KINDS = ("event", "not", "quote")

# score lines that tests want shown at the end of the run, even when they pass (conftest prints them)
SCORES: list[str] = []


@dataclass(frozen=True)
class Expectation:
    article: str
    id: str
    kind: str
    spec: dict[str, Any]

    @property
    def why(self) -> str:
        return self.spec.get("why", "")


@dataclass(frozen=True)
class Outcome:
    expectation: Expectation
    passed: bool
    detail: str  # what matched, or why nothing did

    def line(self) -> str:
        mark = "PASS" if self.passed else "FAIL"
        return f"{mark} {self.expectation.id} [{self.expectation.kind}] {self.detail}"


def load_expectations(path: Path = EXPECTED) -> list[Expectation]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            spec = json.loads(line)
            if spec.get("kind") not in KINDS:
                raise ValueError(f"{path}:{n}: kind must be one of {KINDS}")
            rows.append(Expectation(spec.pop("article"), spec.pop("id"), spec.pop("kind"), spec))
    return rows


def load_article_records(path: Path = ARTICLES) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _root_conftest():
    """tests/conftest.py as a module. Every conftest is imported under the name 'conftest', so
    ``from conftest import shared_path`` may find this folder's conftest instead; load it by path."""
    spec = importlib.util.spec_from_file_location("eventwatch_tests_conftest", ROOT / "tests" / "conftest.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


shared_path = _root_conftest().shared_path


# --- actors ---

def _country(code: str | None) -> str | None:
    return "XKX" if code in _KOSOVO else code


def _as_list(value: Any) -> list:
    return value if isinstance(value, list) else [value]


def _plain(text: str) -> str:
    """Without diacritics, so the expectation "Vucic" matches the name "Vučić"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _mentions_name(actor: dict[str, Any], name: str) -> bool:
    """A word or phrase of the actor's name, title, code or the text that named it."""
    pattern = re.compile(rf"(?<!\w){re.escape(_plain(name))}(?!\w)", re.IGNORECASE)
    fields = (actor.get("name"), actor.get("text"), actor.get("title"), actor.get("code"))
    return any(isinstance(f, str) and pattern.search(_plain(f)) for f in fields)


def actor_matches(spec: Any, actor: dict[str, Any] | None) -> bool:
    if actor is None:
        return False
    if isinstance(spec, list):
        return any(actor_matches(s, actor) for s in spec)
    if isinstance(spec, str):
        spec = {"country": spec}
    checks = {
        "country": lambda v: _country(actor.get("country")) in {_country(c) for c in _as_list(v)},
        "name": lambda v: any(_mentions_name(actor, n) for n in _as_list(v)),
        "sector": lambda v: v == actor.get("sector") or v in (actor.get("sectors") or []),
        "kind": lambda v: v == actor.get("kind"),
    }
    return all(checks[key](value) for key, value in spec.items())


def side_matches(spec: Any, actors: Iterable[dict[str, Any]]) -> bool:
    return any(actor_matches(spec, a) for a in actors)


# --- events ---

def _date_value(event: dict[str, Any]) -> str | None:
    return (event.get("date") or {}).get("value")


def _sentences(event: dict[str, Any]) -> list[str]:
    return [e.get("sentence") or "" for e in event.get("evidence") or []]


def event_matches(spec: dict[str, Any], event: dict[str, Any], *, default_asserted: bool | None = None) -> bool:
    asserted = spec.get("asserted", default_asserted)
    value = _date_value(event) or ""
    checks = (
        ("type", lambda v: event.get("event_type") in _as_list(v)),
        ("mode", lambda v: v in (event.get("mode") or [])),
        ("actor", lambda v: side_matches(v, event.get("actor") or [])),
        ("recipient", lambda v: side_matches(v, event.get("recipient") or [])),
        ("aux", lambda v: set(v) <= set(event.get("aux_modes") or [])),
        ("aux_absent", lambda v: not set(v) & set(event.get("aux_modes") or [])),
        ("date", lambda v: value in _as_list(v)),
        ("date_prefix", lambda v: any(value.startswith(p) for p in _as_list(v))),
        ("relation", lambda v: (event.get("date") or {}).get("relation") == v),
        ("sentence", lambda v: any(v.casefold() in s.casefold() for s in _sentences(event))),
    )
    if asserted is not None and bool(event.get("asserted")) != asserted:
        return False
    return all(check(spec[key]) for key, check in checks if key in spec)


def _who(actors: list[dict[str, Any]]) -> str:
    return "+".join(f"{a.get('name') or a.get('text')}({a.get('country') or '-'})" for a in actors) or "-"


def summarize(event: dict[str, Any]) -> str:
    """One line per event, for failure messages and golden diffs."""
    aux = ",".join(event.get("aux_modes") or [])
    fact = "asserted" if event.get("asserted") else "not-asserted"
    return (f"{event.get('event_type')} {_who(event.get('actor') or [])} -> "
            f"{_who(event.get('recipient') or [])} date={_date_value(event)} {fact} aux=[{aux}]")


def _near_misses(spec: dict[str, Any], events: list[dict[str, Any]]) -> str:
    same_type = [e for e in events if "type" not in spec or e.get("event_type") in _as_list(spec["type"])]
    if not same_type:
        kinds = sorted({e.get("event_type") for e in events})
        return f"no event of that type (produced types: {', '.join(kinds) or 'none'})"
    return "closest: " + " | ".join(summarize(e) for e in same_type[:4])


def _describe(spec: dict[str, Any]) -> str:
    shown = {k: v for k, v in spec.items() if k != "why"}
    return json.dumps(shown, ensure_ascii=False)


# --- quotes ---

def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u2019", "'")).casefold()


def quote_matches(spec: dict[str, Any], quote: dict[str, Any]) -> bool:
    if _normal(spec["quote"]) not in _normal(quote.get("text") or ""):
        return False
    speaker = quote.get("speaker")
    return "speaker" not in spec or actor_matches(spec["speaker"], speaker)


# --- checking ---

def check(expectation: Expectation, record: dict[str, Any] | None) -> Outcome:
    """Check one expectation against the analysis record of its article (None: not processed)."""
    if record is None:
        return Outcome(expectation, False, "article was not processed (failure)")
    spec, events = expectation.spec, record.get("events") or []
    if expectation.kind == "quote":
        hits = [q for q in record.get("quotes") or [] if quote_matches(spec, q)]
        texts = [q.get("text", "")[:40] for q in record.get("quotes") or []]
        return Outcome(expectation, bool(hits), _describe(spec) if hits else
                       f"{_describe(spec)}; produced quotes: {texts or 'none'}")
    if expectation.kind == "not":
        bad = [e for e in events if event_matches(spec, e, default_asserted=True)]
        return Outcome(expectation, not bad, _describe(spec) if not bad else
                       f"{_describe(spec)}; violated by: {summarize(bad[0])}")
    hits = [e for e in events if event_matches(spec, e)]
    return Outcome(expectation, bool(hits), f"{_describe(spec)} -> {summarize(hits[0])}" if hits else
                   f"{_describe(spec)}; {_near_misses(spec, events)}")


def check_all(expectations: list[Expectation], records: dict[str, dict[str, Any] | None]) -> list[Outcome]:
    return [check(x, records.get(x.article)) for x in expectations]


def report(outcomes: list[Outcome]) -> str:
    """A score line per kind, then one line per expectation (failures first)."""
    lines = [score_line(outcomes)]
    for kind in KINDS:
        part = [o for o in outcomes if o.expectation.kind == kind]
        if part:
            lines.append(f"  {kind}: {sum(o.passed for o in part)}/{len(part)}")
    ordered = sorted(outcomes, key=lambda o: o.passed)
    return "\n".join(lines + [o.line() for o in ordered])


def pass_rate(outcomes: list[Outcome]) -> float:
    return sum(o.passed for o in outcomes) / len(outcomes) if outcomes else 0.0


def score_line(outcomes: list[Outcome]) -> str:
    passed = sum(o.passed for o in outcomes)
    return f"example expectations: {passed}/{len(outcomes)} passed ({pass_rate(outcomes):.1%})"
