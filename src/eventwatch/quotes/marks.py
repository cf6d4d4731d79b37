"""Find quoted stretches of text from quotation marks alone (no parse needed).

Handles curly and straight double quotes, single quotes (told apart from
apostrophes by what stands around them), and multi-paragraph quotes: by news
convention a quote that runs on leaves its paragraph unclosed and opens the next
paragraph with a fresh mark. Offsets are those of the quoted content, marks
excluded.
"""
from __future__ import annotations

from dataclasses import dataclass

__all__ = ["QuoteSpan", "find_quote_spans", "paragraph_bounds"]

_DOUBLE_OPEN = {"\u201c": "\u201d", "\u201e": "\u201d", "\u00ab": "\u00bb"}
_DOUBLE_CLOSE = {"\u201d", "\u00bb"}
_STRAIGHT = '"'
_SINGLE_OPEN = {"\u2018", "'"}
_SINGLE_CLOSE = {"\u2019", "'"}
_MAX_SINGLE = 400  # a single-quoted stretch longer than this is taken for stray apostrophes


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    start: int  # first character inside the marks
    end: int  # one past the last character inside the marks
    single: bool = False  # delimited by single quotes


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """Character ranges of the non-empty lines (news paragraphs) of ``text``."""
    bounds, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            bounds.append((pos, pos + len(line)))
        pos += len(line) + 1
    return bounds


def find_quote_spans(text: str) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    pending: tuple[int, int] | None = None  # (content start, paragraph end) of a run-on quote
    for p_start, p_end in paragraph_bounds(text):
        found, open_at = _spans_in_paragraph(text, p_start, p_end)
        if pending is not None:
            if found and found[0].start == p_start + 1:  # the run-on quote closes here
                found[0] = QuoteSpan(pending[0], found[0].end)
                pending = None
            elif open_at == p_start + 1 and not found:  # still running on
                open_at = pending[0]
                pending = None
            else:  # the next paragraph did not carry it on after all: end it where it stopped
                spans.append(QuoteSpan(pending[0], _strip_end(text, pending[0], pending[1])))
                pending = None
        spans.extend(found)
        if open_at is not None and _continues(text, p_end):
            pending = (open_at, p_end)
    if pending is not None:
        spans.append(QuoteSpan(pending[0], _strip_end(text, pending[0], pending[1])))
    return sorted(spans, key=lambda s: s.start)


def _continues(text: str, p_end: int) -> bool:
    """Does the next paragraph open with a double quotation mark?"""
    rest = text[p_end:].lstrip()
    return bool(rest) and (rest[0] in _DOUBLE_OPEN or rest[0] == _STRAIGHT)


def _strip_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _trim_end(text: str, start: int, end: int) -> int:
    """Drop a trailing comma and spaces: "...," he said -- the comma is the reporter's."""
    while end > start + 1 and (text[end - 1].isspace() or text[end - 1] in ",;"):
        end -= 1
    return end


def _spans_in_paragraph(text: str, start: int, end: int) -> tuple[list[QuoteSpan], int | None]:
    """Closed double-quoted spans, then single-quoted ones outside them; and an unclosed opener."""
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    closer = ""
    depth = 0  # straight quotes nested in a straight quote: 'The "United States" is ...'
    for i in range(start, end):
        ch = text[i]
        if open_at is None:
            if ch in _DOUBLE_OPEN or (ch == _STRAIGHT and _may_open(text, i)):
                open_at, closer, depth = i + 1, (_DOUBLE_OPEN.get(ch, _STRAIGHT)), 0
        elif closer == _STRAIGHT and ch == _STRAIGHT and _inner_opener(text, i, open_at):
            depth += 1
        elif closer == _STRAIGHT and ch == _STRAIGHT and depth:
            depth -= 1
        elif ch == closer or (ch in _DOUBLE_CLOSE and closer != _STRAIGHT):
            if i > open_at:
                spans.append(QuoteSpan(open_at, _trim_end(text, open_at, i)))
            open_at = None
    spans += _single_spans(text, start, end, spans, open_at)
    return sorted(spans, key=lambda s: s.start), open_at


def _inner_opener(text: str, i: int, open_at: int) -> bool:
    """A straight mark after a space and before a letter opens a quote inside the quote."""
    prev = text[i - 1] if i > open_at else ""
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return prev == " " and nxt.isalnum()


def _may_open(text: str, i: int) -> bool:
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return not nxt.isspace()


def _single_spans(text: str, start: int, end: int, doubles: list[QuoteSpan], open_double: int | None) -> list[QuoteSpan]:
    """Single-quoted spans outside double quotes (quotes within quotes are part of the outer quote)."""
    def inside_double(i: int) -> bool:
        return any(s.start <= i < s.end for s in doubles) or (open_double is not None and i >= open_double)

    spans: list[QuoteSpan] = []
    open_at: int | None = None
    for i in range(start, end):
        ch = text[i]
        if inside_double(i):
            continue
        if open_at is None and ch in _SINGLE_OPEN and _opens_single(text, i, start):
            open_at = i + 1
        elif open_at is not None and ch in _SINGLE_CLOSE and _closes_single(text, i, end):
            if 0 < i - open_at <= _MAX_SINGLE:
                spans.append(QuoteSpan(open_at, _trim_end(text, open_at, i), single=True))
            open_at = None
    return spans


def _opens_single(text: str, i: int, para_start: int) -> bool:
    prev = text[i - 1] if i > para_start else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return (prev.isspace() or prev in "([{\u2014-") and (nxt.isalnum() or nxt in "\u2026.")


def _closes_single(text: str, i: int, para_end: int) -> bool:
    prev = text[i - 1]
    nxt = text[i + 1] if i + 1 < para_end else " "
    if prev.isspace():
        return False
    # "boys' " is a possessive only when a letter follows; before ':' ',' '.' or space it may close
    return not nxt.isalnum()
