"""Background paragraphs: "X declared independence in 2008. Y called it illegal."

News stories step back into the past for a few sentences. A past-tense
sentence with no date of its own, right after a sentence dated by an explicit
earlier year (in the same paragraph), belongs to that year, not to the story's day.
"""
from __future__ import annotations

from ..model import Analysis, TimeValue
from .govern import governs

__all__ = ["narrative_time"]

LOOK_BACK = 2  # sentences


def narrative_time(analysis: Analysis, sent: int) -> TimeValue | None:
    """The explicit earlier-year time of the background this sentence continues, or None."""
    parsed, ref = analysis.parsed, analysis.reference_date
    if parsed is None or ref is None or not ref.value:
        return None
    ref_year = int(ref.value[:4])
    text = analysis.article.text
    for back in range(sent - 1, max(-1, sent - 1 - LOOK_BACK), -1):
        this = parsed.sentences[back]
        content_end = this.start + len(text[this.start:this.end].rstrip())
        if "\n" in text[content_end:parsed.sentences[sent].start]:
            return None  # a new paragraph starts after it
        times = [t for t in analysis.times
                 if t.value and t.type == "DATE" and this.start <= t.start < this.end and t.value[:4].isdigit()]
        if not times:
            continue
        earlier = [t for t in times if t.source == "explicit" and int(t.value[:4]) < ref_year]
        if not earlier:
            return None  # the nearest dated sentence is about the story's own time
        root = next((tok.i for tok in parsed.tokens[this.first:this.last] if tok.head == tok.i), None)
        main = [t for t in earlier if root is not None and governs(parsed, t, root)]
        return (main or earlier)[0]
    return None
