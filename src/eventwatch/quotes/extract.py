"""All quotes of one article, in text order, as Quote records (before event links)."""
from __future__ import annotations

from ..ingest.ids import stable_id
from ..model import Actor, Analysis, Quote
from .direct import Found, attribute_span
from .indirect import attribute_indirect, indirect_candidates
from .marks import find_quote_spans
from .speakers import Speaker, SpeakerContext
from .venue import find_venue

__all__ = ["extract_quotes", "quote_id"]


def quote_id(article_id: str, start: int, end: int) -> str:
    return "q" + stable_id(article_id, start, end)


def extract_quotes(analysis: Analysis) -> list[Quote]:
    if analysis.parsed is None:
        return []
    ctx = SpeakerContext(analysis, [])
    spans = find_quote_spans(analysis.article.text)
    marked = [(s.start - 1, s.end + 1) for s in spans]
    todo: list[tuple[int, str, object]] = [(s.start, "span", k) for k, s in enumerate(spans)]
    todo += [(analysis.parsed.tokens[first].start, "indirect", (cue, first, last))
             for cue, first, last in indirect_candidates(analysis.parsed, marked)]
    found: list[Found] = []
    previous: Found | None = None
    for _, what, item in sorted(todo, key=lambda t: t[0]):
        if what == "span":
            quote = attribute_span(ctx, spans, item, previous)  # type: ignore[arg-type]
            if quote is not None:
                previous = quote
        else:
            quote = attribute_indirect(ctx, *item)  # type: ignore[misc]
        if quote is None:
            continue
        found.append(quote)
        if quote.speaker is not None:
            ctx.history.append(quote.speaker)
    return [_record(analysis, f) for f in found]


def _record(analysis: Analysis, f: Found) -> Quote:
    text = analysis.article.text
    sp = f.speaker
    venue = find_venue(analysis.parsed, text, f.cue) if f.cue is not None else None
    return Quote(
        id=quote_id(analysis.article.id, f.start, f.end), article_id=analysis.article.id,
        text=text[f.start:f.end], start=f.start, end=f.end,
        speaker=_actor(sp), speaker_text=sp.text if sp else None,
        speaker_start=sp.start if sp else None, speaker_end=sp.end if sp else None,
        cue=f.cue_text, venue=venue, kind=f.kind,
    )


def _actor(sp: Speaker | None) -> Actor | None:
    """The resolved actor, or a plain named one so the speaker's full name is kept."""
    if sp is None:
        return None
    if sp.actor is not None:
        return sp.actor
    return Actor(name=sp.name, kind="person" if sp.is_person else "unknown", confidence=0.5,
                 source="quotes:text")
