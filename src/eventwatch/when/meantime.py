"""Read the MEANTIME corpus (English, CAT XML): text, creation time, gold TIMEX3.

The XML holds tokens without spacing; the text is rebuilt with single spaces
(no space before closing punctuation) and each gold timex is mapped to
character offsets in that text. MEANTIME annotates timexes only in the title
and the first sentences (its sentences 0-5; sentence 1 is the dateline), so
``scored_until`` marks the end of that region.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from dateutil import parser as dateutil_parser

from ..errors import IngestError

__all__ = ["GoldTimex", "MeantimeDoc", "read_corpus", "split_of"]

LAST_ANNOTATED_SENTENCE = 5
_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", "%", ")", "]", "'s", "n't", "''", "'"}
_NO_SPACE_AFTER = {"(", "[", "$", "``"}
HELD_OUT_EVERY = 4  # one document in four (by a hash of its id) is held out


@dataclass(frozen=True, slots=True)
class GoldTimex:
    start: int
    end: int
    type: str
    value: str
    creation_time: bool


@dataclass(frozen=True, slots=True)
class MeantimeDoc:
    doc_id: str
    name: str
    text: str
    dct: dt.date | None
    timexes: tuple[GoldTimex, ...]
    scored_until: int  # character offset: end of the annotated region


def split_of(doc_id: str) -> str:
    """'held-out' or 'dev': fixed by a hash of the document id, never tuned."""
    digest = int(hashlib.sha1(doc_id.encode()).hexdigest(), 16)
    return "held-out" if digest % HELD_OUT_EVERY == 0 else "dev"


def read_corpus(path: str | Path) -> list[MeantimeDoc]:
    root = Path(path)
    files = sorted(root.rglob("*.xml")) if root.is_dir() else [root]
    if not files:
        raise IngestError(f"no MEANTIME XML files under {root}", reason="malformed")
    return [read_document(f) for f in files]


def read_document(path: Path) -> MeantimeDoc:
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise IngestError(f"{path}: not valid XML: {exc}", reason="malformed") from exc
    text, spans, sentence_end = _rebuild_text(root)
    timexes = tuple(g for g in (_gold(t, spans) for t in root.iter("TIMEX3")) if g is not None)
    return MeantimeDoc(root.get("doc_id", path.stem), path.stem, text, _dct(timexes, text),
                       timexes, sentence_end.get(LAST_ANNOTATED_SENTENCE, len(text)))


def _rebuild_text(root) -> tuple[str, dict[str, tuple[int, int]], dict[int, int]]:
    parts: list[str] = []
    spans: dict[str, tuple[int, int]] = {}
    sentence_end: dict[int, int] = {}
    length, previous, last_sentence = 0, "", None
    for tok in root.iter("token"):
        word, sentence = tok.text or "", int(tok.get("sentence", 0))
        if parts:
            sep = "\n" if sentence != last_sentence and sentence <= 2 else " "
            if sep == " " and (word in _NO_SPACE_BEFORE or previous in _NO_SPACE_AFTER):
                sep = ""
            parts.append(sep)
            length += len(sep)
        spans[tok.get("t_id")] = (length, length + len(word))
        parts.append(word)
        length += len(word)
        sentence_end[sentence] = length
        previous, last_sentence = word, sentence
    return "".join(parts), spans, sentence_end


def _gold(node, spans) -> GoldTimex | None:
    ids = [a.get("t_id") for a in node.findall("token_anchor")]
    if not ids:
        return None  # an empty (implicit) timex has no text to find
    return GoldTimex(min(spans[i][0] for i in ids), max(spans[i][1] for i in ids), node.get("type", ""),
                     node.get("value", ""), node.get("functionInDocument") == "CREATION_TIME")


def _dct(timexes, text: str) -> dt.date | None:
    """The creation time; when its value is not ISO or it is missing, the dateline (line 2)."""
    for t in timexes:
        if t.creation_time:
            try:
                return dt.date.fromisoformat(t.value)
            except ValueError:
                return _parse_date(text[t.start:t.end])
    lines = text.split("\n")
    return _parse_date(lines[1]) if len(lines) > 1 else None


def _parse_date(text: str) -> dt.date | None:
    try:
        return dateutil_parser.parse(text).date()
    except (ValueError, OverflowError):
        return None
