"""The event coder (coding.rules.v1): parsed, actor-resolved text -> PLOVER events.

Modules: lexicon (trigger tables, data), triggers (find triggers), frames (arguments from
syntax), govern (asked/refused/threatened content), modes (auxiliary modes, attribution),
resolve (argument -> Actor), build (one sentence -> candidates), merge (one event per
happening), evaluate (PLOVER gold-standard scoring). See docs/coding.md.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..model import Analysis, Event, Sentence
from ..settings import Settings
from .build import CODER, Candidate, sentence_events
from .govern import complement_mode
from .merge import aliases, merge_candidates
from .modes import years_in
from .resolve import ArgResolver

__all__ = ["CodingStage", "make_stage"]


@dataclass(frozen=True)
class CodingStage:
    min_confidence: float = 0.0
    today_year: int | None = None
    name: str = CODER
    requires: tuple[str, ...] = ("parsed", "mentions")
    produces: tuple[str, ...] = ("events",)

    def __call__(self, analysis: Analysis) -> Analysis:
        if analysis.parsed is None:
            return analysis
        events = code_analysis(analysis, self.today_year)
        return replace(analysis, events=tuple(e for e in events if e.confidence >= self.min_confidence))


def reference_year(analysis: Analysis, fallback: int | None) -> int | None:
    """The article's year: publication date, else the inferred reference date, else ``fallback``."""
    if analysis.article.published:
        return analysis.article.published.year
    ref = analysis.reference_date
    if ref is not None and ref.value and ref.value[:4].isdigit():
        return int(ref.value[:4])
    return fallback


def code_analysis(analysis: Analysis, today_year: int | None = None) -> list[Event]:
    parsed = analysis.parsed
    text = analysis.article.text
    ref_year = reference_year(analysis, today_year)
    resolver = ArgResolver(analysis)
    cands: list[Candidate] = []
    in_run = False  # inside a run of background sentences (see _historical_run)
    prev_end = 0
    for sent in (piece for whole in parsed.sentences for piece in _paragraph_pieces(parsed, text, whole)):
        body = text[sent.start:sent.end]
        if not body.strip():
            continue
        begin = sent.start + len(body) - len(body.lstrip())
        new_par = "\n" in text[prev_end:begin]
        found = sentence_events(analysis, resolver, sent, ref_year)
        if cands and _fragment(parsed, sent):
            found = _continue_governor(cands, found)
        in_run, mark = _historical_run(analysis, sent, found, ref_year, in_run and not new_par)
        cands += [_mark_historical(c) for c in found] if mark else found
        prev_end = sent.start + len(body.rstrip())
    cands = _resolve_act_refs(cands, resolver)
    return merge_candidates(cands, aliases(parsed, text), text)


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _paragraph_pieces(parsed, text: str, sent: Sentence) -> list[Sentence]:
    """A sentence the splitter ran across a blank line is two: a headline or dateline line in the
    body ("West 'not worried ...': Vucic") is coded like any other sentence, on its own."""
    cuts = [sent.first]
    for k in range(sent.first + 1, sent.last):
        prev = parsed.tokens[k - 1]  # spaCy keeps a blank line as a whitespace token of its own
        if _BLANK_LINE.search(text, prev.start if not prev.text.strip() else prev.end, parsed.tokens[k].start):
            cuts.append(k)
    if len(cuts) == 1:
        return [sent]
    bounds = cuts + [sent.last]
    return [Sentence(sent.i, parsed.tokens[a].start if a > sent.first else sent.start,
                     parsed.tokens[b - 1].end if b < sent.last else sent.end, a, b)
            for a, b in zip(bounds, bounds[1:])]


def _fragment(parsed, sent) -> bool:
    """A sentence the splitter cut off: a bare "to ..." infinitive with no subject as its root
    ("[KFOR] to deploy the troops ..." after "Serbia had sent a formal request to NATO's mission")."""
    root = next((t for t in parsed.tokens[sent.first:sent.last] if t.dep == "ROOT"), None)
    if root is None:
        return False
    kids = parsed.children(root.i)
    return any(k.dep == "aux" and k.tag == "TO" for k in kids) and not any(k.dep.startswith("nsubj") for k in kids)


def _continue_governor(cands: list[Candidate], found: list[Candidate]) -> list[Candidate]:
    """The fragment's first event is the content of the previous sentence's last request."""
    gov = cands[-1]
    if gov.event.event_type != "REQUEST" or not found or gov.event.mode not in ((), ("change",)):
        return found
    content = found[0]
    mode = complement_mode(content.event.event_type, content.event.mode[0] if content.event.mode else None)
    cands[-1] = replace(gov, event=replace(gov.event, mode=(mode,)))
    return found[1:]


def _resolve_act_refs(cands: list[Candidate], resolver: ArgResolver) -> list[Candidate]:
    """'Serbia slammed the decision': the recipient is whoever made the decision."""
    out: list[Candidate] = []
    for c in cands:
        if c.recipient_ref is not None:
            earlier = [(a, t) for d in out for a, t in zip(d.event.actor, d.event.actor_text)]
            own = {t.lower() for t in c.event.actor_text} | {a.name.lower() for a in c.event.actor}
            found = resolver.act_author(c.recipient_ref, earlier, own)
            if found is not None:  # the words stay those of the text ("the decision")
                words = resolver.words(c.recipient_ref)
                ev = replace(c.event, recipient=(found[0],), recipient_text=(words,))
                c = replace(c, event=ev)
        out.append(c)
    return out


def _historical_run(analysis: Analysis, sent, found: list[Candidate], ref_year: int | None,
                    in_run: bool) -> tuple[bool, bool]:
    """(run continues, mark this sentence's events historical).

    A sentence with an explicit earlier year starts a background run; the following sentences
    of the same paragraph stay in it while their main verb is in the simple past and they
    name no year of their own at or after the article's ("Serbia, backed by Russia, called the
    declaration illegal" after "... declared independence in 2008").
    """
    if ref_year is None:
        return False, False
    parsed = analysis.parsed
    years = years_in(parsed, sent.first, sent.last)
    if any(y >= ref_year for y in years):
        return False, False
    if years:
        return True, False  # the year marks its own clauses (modes.py); later sentences carry it
    root = next((t for t in parsed.tokens[sent.first:sent.last] if t.dep == "ROOT"), None)
    past = root is not None and root.tag == "VBD"
    return (in_run and past), (in_run and past)


def _mark_historical(c: Candidate) -> Candidate:
    ev = c.event
    if "historical" in ev.aux_modes:
        return c
    order = ("negation", "hypothetical", "future", "historical")
    modes = tuple(m for m in order if m in ev.aux_modes or m == "historical")
    return replace(c, event=replace(ev, aux_modes=modes))


def make_stage(settings: Settings) -> CodingStage:
    return CodingStage(min_confidence=float(settings.min_event_confidence),
                       today_year=settings.today_date().year)
