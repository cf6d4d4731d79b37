"""Readers for the entity-linking benchmarks (GUM news, MEANTIME): text plus gold mentions.

The text is rebuilt from the benchmark's tokens (GUM keeps SpaceAfter; MEANTIME has no
spacing, so tokens are joined with spaces); gold offsets point into that rebuilt text.
"""
from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
import zlib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

__all__ = ["Doc", "Gold", "gum_docs", "meantime_docs"]


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    type: str
    title: str | None  # Wikipedia/DBpedia title, None when the mention is not linked


@dataclass(frozen=True)
class Doc:
    id: str
    text: str
    published: dt.date | None
    gold: tuple[Gold, ...]
    split: str  # dev (tuned on) or held-out


# --- GUM ---

_OPEN_CLOSE = re.compile(r"\((\d+)-([^()]*)|(\d+)\)|\)")


def _gum_test_docs(root: Path) -> set[str]:
    text = (root / "splits.md").read_text(encoding="utf-8")
    test = text.split("## test", 1)[1].split("## test2", 1)[0] if "## test" in text else ""
    return set(re.findall(r"GUM_news_\w+", test))


def gum_docs(root: Path) -> list[Doc]:
    held = _gum_test_docs(root)
    return [_gum_doc(p, "held-out" if p.stem in held else "dev") for p in sorted((root / "dep").glob("*.conllu"))]


def _gum_doc(path: Path, split: str) -> Doc:
    parts, gold, opened, pos, published = [], [], {}, 0, None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# meta::dateCreated"):
            published = dt.date.fromisoformat(line.split("=", 1)[1].strip())
        if not line or line.startswith("#"):
            if not line and parts and parts[-1] != "\n":
                parts.append("\n")
                pos += 1
            continue
        cols = line.split("\t")
        if not cols[0].isdigit():
            continue
        start = pos
        parts.append(cols[1])
        pos += len(cols[1])
        misc = dict(kv.split("=", 1) for kv in cols[9].split("|") if "=" in kv)
        _gum_entities(misc.get("Entity", ""), start, pos, opened, gold)
        if misc.get("SpaceAfter") != "No":
            parts.append(" ")
            pos += 1
    return Doc(path.stem, "".join(parts), published, tuple(gold), split)


def _gum_entities(value: str, start: int, end: int, opened: dict, gold: list) -> None:
    last = None
    for m in _OPEN_CLOSE.finditer(value):
        if m.group(1):
            fields = m.group(2).split("-", 6)
            etype = fields[0]
            title = fields[6] if len(fields) > 6 and fields[6] else None
            opened[m.group(1)] = (start, etype, title)
            last = m.group(1)
        else:
            ident = m.group(3) or last
            if ident in opened:
                s, etype, title = opened.pop(ident)
                gold.append(Gold(s, end, etype, unquote(title).replace("_", " ") if title else None))


# --- MEANTIME ---

def meantime_docs(root: Path) -> list[Doc]:
    """Documents with a deterministic held-out fifth (CRC32 of the document id)."""
    out = []
    for path in sorted(root.glob("intra_cross-doc_annotation/*/*.xml")):
        doc = _meantime_doc(path)
        if doc is not None:
            out.append(doc)
    return out


def _meantime_doc(path: Path) -> Doc | None:
    tree = ET.parse(path).getroot()
    ident = tree.get("doc_id") or path.stem
    offsets, parts, pos, sent = {}, [], 0, None
    for tok in tree.iter("token"):
        if sent is not None and tok.get("sentence") != sent:
            parts.append("\n")
            pos += 1
        elif parts:
            parts.append(" ")
            pos += 1
        sent = tok.get("sentence")
        word = tok.text or ""
        offsets[tok.get("t_id")] = (pos, pos + len(word))
        parts.append(word)
        pos += len(word)
    mentions = {}
    for m in tree.iter("ENTITY_MENTION"):
        anchors = [offsets[a.get("t_id")] for a in m.iter("token_anchor") if a.get("t_id") in offsets]
        if anchors:
            mentions[m.get("m_id")] = (min(a[0] for a in anchors), max(a[1] for a in anchors))
    instances = {e.get("m_id"): e for e in tree.iter("ENTITY")}
    gold = []
    for rel in tree.iter("REFERS_TO"):
        targets = [t.get("m_id") for t in rel.iter("target")]
        inst = instances.get(targets[0]) if targets else None
        if inst is None:
            continue
        ref = inst.get("external_ref") or ""
        title = unquote(ref.rsplit("/", 1)[-1]).replace("_", " ") if "dbpedia.org" in ref else None
        for src in rel.iter("source"):
            if src.get("m_id") in mentions:
                s, e = mentions[src.get("m_id")]
                gold.append(Gold(s, e, (inst.get("ent_type") or "").upper()[:3], title))
    published = None
    for t in tree.iter("TIMEX3"):
        if t.get("functionInDocument") == "CREATION_TIME" and re.match(r"\d{4}-\d{2}-\d{2}$", t.get("value") or ""):
            published = dt.date.fromisoformat(t.get("value"))
    split = "held-out" if zlib.crc32(ident.encode()) % 5 == 0 else "dev"
    return Doc(f"meantime-{ident}", "".join(parts), published, tuple(sorted(gold, key=lambda g: g.start)), split)
