"""Find time expressions in text: a small regular grammar, longest match wins.

Each rule has a ``kind`` the normaliser knows and named groups it reads. Month
and weekday names must be capitalised ("may", "march", "sun" are ordinary
words); "May" alone needs a preposition before it, and ``plausible`` drops
months and seasons that are parts of names ("April Ryan", "the Arab Spring").
The grammar only finds spans; ``normalise`` turns them into TIMEX3 values.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import (DECADE_WORDS, HOLIDAYS, MONTHS, NAMED_DAY_PREFIXES, NUMBERS, ORDINAL_WORDS, ORDINALS,
                      OTHER_NEW_YEARS, WEEKDAYS, alternation)
from .plausible import plausible

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
WD_FULL = rf"(?P<wd>{_cap(w for w in WEEKDAYS if len(w) > 5)})(?![a-z])"  # "Sun", "Sat", "Wed" alone are words
PART = r"(?P<part>(?i:morning|afternoon|evening|night))"
DAY = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
YEAR = r"(?P<year>(?:1[89]|20)\d\d)(?![\d,]*\d)"
NUM = rf"(?P<num>\d+|(?i:{alternation(k for k in NUMBERS if k not in ('a', 'an'))}))"
UNIT = r"(?P<unit>(?i:day|week|month|year|decade|quarter|century|centurie|hour|minute))"
REL = r"(?P<rel>(?i:this\s+past|this|last|next|past|previous|coming|current|following|the\s+past|the\s+last|the\s+next|the\s+previous|the\s+coming|the\s+following|the\s+current))"
# "the following day", "that year", "the same week": read from the time last mentioned (TimeML anchoring)
ANAPHOR = r"(?P<rel>(?i:the\s+(?:same|following|next|previous|preceding|prior)|that))"
EDGE = r"(?P<edge>(?i:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|end\s+of|beginning\s+of|start\s+of)[\s-]+)?"
WD_TAIL = rf"(?:,?[ \t]+(?P<wd2>{_cap(WEEKDAYS)})(?![a-z]))?"
_MONTH_CUE = r"(?i:in|since|until|till|by|of|from|through|to|during|before|after|last|next|this|early|late|mid-)\s+"
_CLOCK_CUE = r"(?P<lead>(?i:at|by|until|till|from|around|about|before|after|since|to|between)\s+)"
_AMPM = r"(?P<ampm>(?i:a\.m\.|p\.m\.|am|pm)(?!\w))"
_TZ = r"(?P<tz>UTC|GMT|[ECMP][SD]T|CET|CEST|BST|EET|MSK)"
_CLOCK_DAY = r"(?:\s+(?P<word>(?i:today|yesterday|tomorrow|tonight)))?"
# "the last week of March", "the second half of the game" are something else ("a profit for the year of $2bn" is not)
_NO_OF = r"(?!\s+(?i:of)\s+(?!US\$|\$|£|€|\d))"

_RULES: tuple[tuple[str, str], ...] = (
    ("iso", r"(?<![\d-])(?P<year>\d{4})-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?![\d-])"),
    ("numeric", r"(?<![\d/])(?P<month>[0-3]?\d)/(?P<day>[0-3]?\d)/(?P<year>\d{4}|\d\d)(?![\d/])"),
    ("numeric", r"(?<![\d.])(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>(?:1[89]|20)\d\d)(?![\d.])"),
    ("mdy", rf"(?:{WD},?[ \t]+)?{MON}\s+{DAY},?\s+{YEAR}"),
    ("dmy", rf"(?:{WD},?[ \t]+)?{DAY}\s+(?:of\s+)?{MON},?\s+{YEAR}"),
    ("md", rf"(?:{WD},?[ \t]+)?{MON}\s+{DAY}(?!\s*(?::|\.\d))(?!,?\s+(?:1[6-9]|20)\d\d){WD_TAIL}"),
    ("dm", rf"(?:{WD},?[ \t]+)?{DAY}\s+(?:of\s+)?{MON}(?!,?\s+(?:1[6-9]|20)\d\d)"),
    ("my", rf"{EDGE}{MON}(?:\s+of|,)?\s+{YEAR}"),
    ("my", rf"{EDGE}{MON}(?:\s+of)?\s+(?P<yrel>(?i:this|last|next))\s+(?i:year)(?!\w)"),
    ("month", rf"{EDGE}(?P<rel>(?i:this|last|next|that)\s+)?(?!May\b){MON}(?!\s+\d)"),
    ("month", rf"(?P<lead>{_MONTH_CUE}){MON}(?!\s+\d)"),
    ("year_range", rf"(?P<y1>(?:1[6-9]|20)\d\d)\s*[-–—/]\s*(?P<y2>(?:1[6-9]|20)?\d\d)(?![\d%])"),
    ("decade", r"(?P<edge>(?i:the\s+)?(?i:early|mid|late)[\s-]+)?(?:(?i:the\s+)?(?P<dec>(?:1[6-9]|20)\d0)'?s|'?(?P<short>[1-9]0)'?s)(?![\w])"),
    ("decade", rf"(?i:the\s+)(?P<edge>(?i:early|mid|late)[\s-]+)?(?P<word>(?i:{alternation(DECADE_WORDS)}))(?!\w)"),
    ("century", rf"{EDGE}(?i:the\s+)?(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|(?i:{alternation(ORDINAL_WORDS)}))[\s-]+(?i:century)(?!\w)"),
    ("year", rf"{EDGE}(?:(?i:fiscal(?:\s+year)?|FY)\s*)?(?<![$£€\d.,]){YEAR}(?:\s+(?i:fiscal\s+year))?(?!\s*(?:%|percent))"),
    ("short_year", r"(?<![\w'’])['’](?P<yy>\d\d)(?![\w'’])"),
    ("quarter", rf"(?:(?i:the)\s+)?(?P<ord>(?i:{alternation(ORDINALS)}))[\s-]+(?i:quarter|qtr)(?:\s+(?i:of)\s+(?:(?P<yrel>(?i:this|last|next|the\s+previous|the\s+current)\s+(?i:year))|(?i:fiscal\s+)?{YEAR})|{_NO_OF})"),
    ("quarter", rf"(?<!\w)Q(?P<q>[1-4])(?:\s+{YEAR})?(?!\w)"),
    ("quarter_rel", r"(?P<rel>(?i:this|last|next|the\s+last|the\s+previous|the\s+current|the\s+past|the\s+coming|the\s+next))\s+(?:(?i:fiscal)\s+)?(?i:quarter)(?!s)(?!\s+(?i:of)\b)"),
    ("half", rf"(?:(?i:the)\s+)?(?P<ord>(?i:first|second))\s+(?i:half)(?:\s+(?i:of)\s+(?:(?P<yrel>(?i:this|last|next))\s+(?i:year)|{YEAR})|{_NO_OF})"),
    ("half", rf"(?<!\w)H(?P<h>[12])(?:\s+{YEAR})?(?!\w)"),
    ("season", rf"{EDGE}(?P<rel>(?i:this|last|next|the|that)\s+)?(?P<season>(?i:spring|summer|autumn|winter|fall))(?:\s+(?i:of\s+)?{YEAR})?(?!\w)(?!\s+(?i:of)\s+(?!\d))"),
    ("holiday", rf"(?:(?i:the)\s+)?(?P<eve>(?i:eve)\s+(?i:of)\s+(?:(?i:the)\s+)?)?{''.join(f'(?<!{w} )' for w in OTHER_NEW_YEARS)}(?P<hol>(?i:{alternation(HOLIDAYS)}))(?:'s)?(?:\s+{YEAR})?(?!\w)"),
    ("ago", rf"(?P<num>\d+|(?i:{alternation(NUMBERS)}))\s+{UNIT}s?\s+(?i:ago)(?!\w)"),
    ("shift", rf"(?P<num>\d+|(?i:{alternation(NUMBERS)}))\s+{UNIT}s?\s+(?P<dir>(?i:earlier|later))(?!\w)(?!\s+(?i:than)\b)"),
    ("shift", rf"(?P<num>\d+|(?i:{alternation(NUMBERS)}))\s+{UNIT}s?\s+(?P<dir>(?i:before|after))(?=\s*(?:[,.;:!?)]|$))"),
    ("span_rel", rf"{REL}\s+(?P<num>\d+|(?i:{alternation(k for k in NUMBERS if k not in ('a', 'an'))}))\s+(?:(?i:trading|business|working|calendar|full)\s+)?{UNIT}s(?!\w)"),
    ("stretch", r"(?P<rel>(?i:the\s+past))\s+(?P<unit>(?i:day|week|month|year|decade|century))(?!\w)(?!\s+(?i:of)\b)"),
    ("stretch", r"(?P<lead>(?i:over|during|within|throughout)\s+)(?P<rel>(?i:the\s+(?:last|next|coming)))\s+(?P<unit>(?i:day|week|month|year|decade|century))(?!\w)(?!\s+(?i:of)\b)"),
    ("anaphor", rf"{EDGE}{ANAPHOR}\s+(?P<unit>(?i:day|week|weekend|month|year))(?!\w)(?!\s+(?i:of|when|that|before|after)\b)"),
    ("anaphor", r"(?P<rel>(?i:that))\s+(?P<unit>(?i:time))(?!\w)(?!\s+(?i:of|when|that|before|after)\b)"),  # not "at the same time"
    ("anaphor", r"(?i:the\s+same\s+)(?P<unit>(?i:day|week|month|quarter|period|time))\s+(?P<rel>(?i:(?:a|one|last)\s+year\s+(?:ago|earlier|before)))(?!\w)"),
    ("months_of", rf"(?i:the\s+)(?P<side>(?i:first|last))\s+(?P<num>(?i:three|six|3|6))\s+(?i:months)\s+(?i:of)\s+(?:(?P<yrel>(?i:the|this|last|next))\s+(?i:year)|{YEAR})(?!\w)"),
    ("nth_day", r"(?P<lead>(?i:on|by|until|since|from)\s+)(?i:the\s+)(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)(?=\s*(?:[,.;:!?)]|$|\s+(?:and|or|but|to|when|after|before)\b))"),
    ("week_of", rf"(?i:the\s+)(?P<ord>(?i:first|second|third|fourth|last|final))\s+(?i:week)\s+(?i:of)\s+{MON}(?:,?\s+{YEAR})?(?!\w)"),
    ("anaphor", r"(?i:the\s+)(?P<unit>(?i:year|month|week|day))\s+(?P<rel>(?i:previous|before|prior|earlier|after|following|later))(?!\w)(?=\s*(?:[,.;:!?)]|$))"),
    ("unit_rel", rf"{EDGE}(?P<mod>(?i:earlier|later)\s+)?{REL}\s+(?:(?i:fiscal)\s+)?(?P<unit>(?i:day|week|weekend|month|year|decade|century))(?!\w){_NO_OF}"),
    ("unit_rel", r"(?P<edge>(?i:early|late|earlier|later)\s+)(?i:in\s+the)\s+(?P<unit>(?i:week|month|year))(?!\w)"),
    ("unit_the", rf"(?P<edge>(?i:the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|end\s+of|start\s+of)\s+)(?i:the)\s+(?P<unit>(?i:week|month|year|decade))(?!\w)"),
    ("the_day", r"(?P<edge>(?i:late|early|earlier|later)\s+in\s+)(?i:the)\s+(?P<unit>(?i:day))(?!\w)"),
    ("the_day", r"(?i:the)\s+(?P<unit>(?i:day|weekend))(?!\s+(?i:before|after|of|when|that|on|in)\b)(?!\w)"),
    ("streak", rf"(?i:a|the)\s+(?P<ord>(?i:{alternation(ORDINAL_WORDS)})|\d+(?:st|nd|rd|th))\s+(?i:straight|consecutive|successive|running)\s+(?P<unit>(?i:day|week|month|year|quarter|session|trading\s+day))(?!\w)"),
    ("deictic", rf"(?P<word>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|(?:earlier|later)\s+today|today|yesterday|tomorrow|tonight|last\s+night))(?:\s+{PART})?(?!\w)"),
    ("deictic", rf"(?P<word>(?i:this))\s+{PART}(?!\w)"),
    ("weekday", rf"{''.join(f'(?<!{w} )' for w in NAMED_DAY_PREFIXES)}(?P<rel>(?i:this\s+past|last|next|this|that|coming|past)\s+)?{WD_FULL}(?:\s+{PART})?"),
    ("weekday", rf"(?P<lead>(?i:on)\s+){WD}(?:\s+{PART})?"),
    ("clock", rf"{_CLOCK_CUE}(?P<h>[01]?\d|2[0-3]):(?P<min>[0-5]\d)(?:\s*{_AMPM})?(?:\s*{_TZ})?{_CLOCK_DAY}(?!\w)"),
    ("clock", rf"(?<![\d:.])(?P<h>[01]?\d|2[0-3])(?::(?P<min>[0-5]\d))?\s*{_AMPM}(?:\s*{_TZ})?{_CLOCK_DAY}(?!\w)"),
    ("clock", rf"(?<![\d:.])(?P<h>[01]?\d|2[0-3]):(?P<min>[0-5]\d)\s*{_TZ}{_CLOCK_DAY}(?!\w)"),
    ("clock", rf"(?P<lead>(?i:at|by|until|till|around|before|after|since)\s+)(?P<word2>(?i:noon|midday|midnight)){_CLOCK_DAY}(?!\w)"),
    ("reference", r"(?P<word>(?i:right\s+now|now|currently|at\s+present|presently|nowadays|the\s+time\s+being|the\s+present\s+day|recently|more\s+recently|in\s+recent\s+(?:years|months|weeks|days|times)|recent\s+(?:years|months|weeks|days)|the\s+past|the\s+future|the\s+near\s+future|soon|very\s+soon|the\s+(?:long|near|short)\s+term|(?:in|over|during|within)\s+the\s+coming\s+(?:years|months|weeks|days)))(?![\w-])"),
    ("reference", r"(?P<lead>(?i:to|until|till|through)\s+)(?P<word>(?i:the\s+present))(?=\s*(?:[,.;:!?)]|$))"),
    ("duration", rf"{NUM}[\s-]+{UNIT}s?(?:[\s-]+(?i:long|old))?(?!\w)"),
    ("set", rf"(?P<every>(?i:every|each))\s+{WD_FULL}(?!\w)"),
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
            lead = (m.group("lead") or "") if "lead" in rx.groupindex else ""
            if not plausible(kind, groups, text, start, end, lead):
                continue
            found.append((start, -(end - start), order, Match(kind, start, end, text[start:end], groups)))
    found.sort(key=lambda f: f[:3])
    chosen: list[Match] = []
    taken_until = -1
    for start, _, _, match in found:
        if start >= taken_until:
            chosen.append(match)
            taken_until = match.end
    return chosen

