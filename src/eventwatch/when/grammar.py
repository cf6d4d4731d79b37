"""Find time expressions in text: a small regular grammar, longest match wins.

Each rule has a ``kind`` the normaliser knows and named groups it reads. Month
and weekday names must be capitalised ("may", "march", "sun" are ordinary
words); "May" alone needs a preposition before it. The grammar only finds
spans; ``normalise`` turns them into TIMEX3 values.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import HOLIDAYS, MONTHS, NUMBERS, ORDINALS, WEEKDAYS, alternation

__all__ = ["Match", "find_expressions"]


@dataclass(frozen=True, slots=True)
class Match:
    kind: str
    start: int
    end: int
    text: str
    groups: dict


def _cap(words) -> str:
    """Capitalised forms only (abbreviations may take a full stop)."""
    full = sorted({w.capitalize() for w in words}, key=len, reverse=True)
    return "|".join(w + (r"\.?" if len(w) <= 4 and w.lower() not in ("may", "june", "july") else "") for w in full)


MON = rf"(?P<mon>{_cap(MONTHS)})(?![a-z])"
WD = rf"(?P<wd>{_cap(WEEKDAYS)})(?![a-z])"
DAY = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
YEAR = r"(?P<year>(?:1[89]|20)\d\d)(?![\d,]*\d)"
NUM = rf"(?P<num>\d+|(?i:{alternation(k for k in NUMBERS if k not in ('a', 'an'))}))"
UNIT = r"(?P<unit>(?i:day|week|month|year|decade|quarter|century|centurie|hour|minute))"
REL = r"(?P<rel>(?i:this|last|next|past|previous|coming|current|following|the\s+past|the\s+last|the\s+next|the\s+previous|the\s+coming|the\s+following|the\s+current))"
EDGE = r"(?P<edge>(?i:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|end\s+of|beginning\s+of|start\s+of)[\s-]+)?"
WD_TAIL = rf"(?:,?[ \t]+(?P<wd2>{_cap(WEEKDAYS)})(?![a-z]))?"
_MAY_OK = r"(?i:in|since|until|till|by|of|from|through|to|during|before|after|last|next|this|early|late|mid-)\s+"

_RULES: tuple[tuple[str, str], ...] = (
    ("iso", r"(?<![\d-])(?P<year>\d{4})-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?![\d-])"),
    ("numeric", r"(?<![\d/])(?P<month>[01]?\d)/(?P<day>[0-3]?\d)/(?P<year>\d{4}|\d\d)(?![\d/])"),
    ("mdy", rf"(?:{WD},?[ \t]+)?{MON}\s+{DAY},?\s+{YEAR}"),
    ("dmy", rf"(?:{WD},?[ \t]+)?{DAY}\s+(?:of\s+)?{MON},?\s+{YEAR}"),
    ("md", rf"(?:{WD},?[ \t]+)?{MON}\s+{DAY}(?!\s*(?::|\.\d))(?!,?\s+(?:1[6-9]|20)\d\d){WD_TAIL}"),
    ("dm", rf"(?:{WD},?[ \t]+)?{DAY}\s+(?:of\s+)?{MON}(?!,?\s+(?:1[6-9]|20)\d\d)"),
    ("my", rf"{EDGE}{MON}(?:\s+of|,)?\s+{YEAR}"),
    ("month", rf"{EDGE}(?P<rel>(?i:this|last|next|that)\s+)?(?!May\b){MON}(?!\s+\d)"),
    ("month", rf"(?P<lead>{_MAY_OK})(?P<mon>May)(?!\s+\d)"),
    ("year_range", rf"(?P<y1>(?:1[6-9]|20)\d\d)\s*[-–—/]\s*(?P<y2>(?:1[6-9]|20)?\d\d)(?![\d%])"),
    ("decade", r"(?P<edge>(?i:the\s+)?(?i:early|mid|late)[\s-]+)?(?:(?i:the\s+)?(?P<dec>(?:1[6-9]|20)\d0)'?s|'?(?P<short>[1-9]0)'?s)(?![\w])"),
    ("year", rf"{EDGE}(?:(?i:fiscal|FY)\s*)?(?<![$£€\d.,]){YEAR}(?!\s*(?:%|percent))"),
    ("short_year", r"(?<![\w'’])['’](?P<yy>\d\d)(?![\w'’])"),
    ("quarter", rf"(?:(?i:the)\s+)?(?P<ord>(?i:{alternation(ORDINALS)}))[\s-]+(?i:quarter|qtr)(?:\s+(?i:of)\s+(?:(?P<yrel>(?i:this|last|next|the\s+previous|the\s+current)\s+(?i:year))|(?i:fiscal\s+)?{YEAR}))?"),
    ("quarter", rf"(?<!\w)Q(?P<q>[1-4])(?:\s+{YEAR})?(?!\w)"),
    ("quarter_rel", r"(?P<rel>(?i:this|last|next|the\s+last|the\s+previous|the\s+current|the\s+past|the\s+coming|the\s+next))\s+(?i:quarter)(?!s)"),
    ("half", rf"(?:(?i:the)\s+)?(?P<ord>(?i:first|second))\s+(?i:half)(?:\s+(?i:of)\s+(?:(?P<yrel>(?i:this|last|next))\s+(?i:year)|{YEAR}))?"),
    ("season", rf"{EDGE}(?P<rel>(?i:this|last|next|the|that)\s+)?(?P<season>(?i:spring|summer|autumn|winter|fall))(?:\s+(?i:of\s+)?{YEAR})?(?!\w)"),
    ("holiday", rf"(?:(?i:the)\s+)?(?P<eve>(?i:eve)\s+(?i:of)\s+(?:(?i:the)\s+)?)?(?P<hol>(?i:{alternation(HOLIDAYS)}))(?:'s)?(?:\s+{YEAR})?(?!\w)"),
    ("ago", rf"(?P<num>\d+|(?i:{alternation(NUMBERS)}))\s+{UNIT}s?\s+(?i:ago|earlier|before)(?!\w)"),
    ("span_rel", rf"{REL}\s+(?P<num>\d+|(?i:{alternation(k for k in NUMBERS if k not in ('a', 'an'))}))\s+(?:(?i:trading|business|working|calendar|full)\s+)?{UNIT}s(?!\w)"),
    ("unit_rel", rf"{EDGE}(?P<mod>(?i:earlier|later)\s+)?{REL}\s+(?P<unit>(?i:day|week|weekend|month|year|decade|century))(?!\w)"),
    ("unit_the", rf"(?P<edge>(?i:the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|end\s+of|start\s+of)\s+)(?i:the)\s+(?P<unit>(?i:week|month|year|decade))(?!\w)"),
    ("the_day", r"(?P<edge>(?i:late|early|earlier|later)\s+in\s+)?(?i:the)\s+(?P<unit>(?i:day|weekend))(?!\s+(?i:before|after|of|when|that|on|in)\b)(?!\w)"),
    ("year_prev", r"(?i:the\s+(?:year\s+(?:previous|before|prior|earlier)|(?:previous|prior|preceding)\s+year))(?!\w)"),
    ("deictic", r"(?P<word>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|(?:earlier|later)\s+today|today|yesterday|tomorrow|tonight|this\s+(?:morning|afternoon|evening)|last\s+night))(?!\w)"),
    ("weekday", rf"(?<!Black )(?<!Cyber )(?<!Easter )(?<!Good )(?<!Bloody )(?<!Super )(?P<rel>(?i:last|next|this|that|coming|past)\s+)?{WD}(?:\s+(?P<part>(?i:morning|afternoon|evening|night)))?"),
    ("reference", r"(?P<word>(?i:right\s+now|now|currently|at\s+present|presently|nowadays|the\s+time\s+being|recently|more\s+recently|in\s+recent\s+(?:years|months|weeks|days|times)|recent\s+(?:years|months|weeks|days)|the\s+past|the\s+future|the\s+near\s+future|soon|very\s+soon|the\s+(?:long|near|short)\s+term|in\s+the\s+coming\s+(?:years|months|weeks|days)))(?![\w-])"),
    ("duration", rf"{NUM}[\s-]+{UNIT}s?(?:[\s-]+(?i:long|old))?(?!\w)"),
    ("set", r"(?P<word>(?i:every|each|per)\s+(?P<unit>day|week|month|year|quarter)|annually|yearly|monthly|weekly|daily)(?!\w)"),
)

_COMPILED = tuple((kind, re.compile(pattern)) for kind, pattern in _RULES)
_WORD_EDGE = re.compile(r"\w")


def _at_word_edges(text: str, start: int, end: int) -> bool:
    before = start == 0 or not (_WORD_EDGE.match(text[start - 1]) and _WORD_EDGE.match(text[start]))
    after = end >= len(text) or not (_WORD_EDGE.match(text[end - 1]) and _WORD_EDGE.match(text[end]))
    return before and after


def find_expressions(text: str) -> list[Match]:
    """Non-overlapping matches, leftmost-longest (rule order breaks ties)."""
    found: list[tuple[int, int, int, Match]] = []
    for order, (kind, rx) in enumerate(_COMPILED):
        for m in rx.finditer(text):
            start, end = m.span()
            if m.group("lead") if "lead" in rx.groupindex else None:
                start = m.end("lead")  # a cue word that is not part of the expression
            while end > start and text[end - 1] in " \t\n":
                end -= 1
            if end <= start or not _at_word_edges(text, start, end):
                continue
            groups = {k: v for k, v in m.groupdict().items() if v is not None and k != "lead"}
            found.append((start, -(end - start), order, Match(kind, start, end, text[start:end], groups)))
    found.sort(key=lambda f: f[:3])
    chosen: list[Match] = []
    taken_until = -1
    for start, _, _, match in found:
        if start >= taken_until:
            chosen.append(match)
            taken_until = match.end
    return chosen

