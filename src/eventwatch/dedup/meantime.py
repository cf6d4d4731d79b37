"""Read MEANTIME (NewsReader) CAT XML: event mentions with their gold cross-document
instance, trigger predicate, PropBank Arg0/Arg1 participants and the document creation time.

Only ids, predicates and labels are read; no text is copied into the project.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree as ET

__all__ = ["GoldMention", "read_corpus", "read_document"]


@dataclass(frozen=True)
class GoldMention:
    doc: str
    corpus: str
    m_id: str
    pred: str  # trigger predicate (lemma) or the trigger token, lower-cased
    instance: str  # gold cross-document event instance
    arg0: str | None
    arg1: str | None
    dct: dt.date | None


def _targets(root, tag: str) -> dict[str, list[tuple[list[str], str, dict]]]:
    out: dict[str, list] = {}
    for rel in root.iter(tag):
        sources = [s.get("m_id") for s in rel.findall("source")]
        target = rel.find("target")
        if target is not None:
            for s in sources:
                out.setdefault(s, []).append((target.get("m_id"), rel.attrib))
    return out


def _dct(root) -> dt.date | None:
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            try:
                return dt.date.fromisoformat((timex.get("value") or "")[:10])
            except ValueError:
                return None
    return None


def read_document(path: Path, corpus: str) -> list[GoldMention]:
    root = ET.parse(path).getroot()
    doc = root.get("doc_id") or path.stem
    tokens = {t.get("t_id"): (t.text or "") for t in root.iter("token")}
    markables = root.find("Markables")
    instances = {}
    for el in markables:
        if el.tag in ("EVENT", "ENTITY"):
            instances[el.get("m_id")] = el.get("instance_id") or el.get("external_ref") or f"{doc}:{el.get('m_id')}"
    refers = {src: tgts[0][0] for src, tgts in _targets(root, "REFERS_TO").items()}
    participants = _targets(root, "HAS_PARTICIPANT")
    dct = _dct(root)
    out = []
    for el in markables.iter("EVENT_MENTION"):
        m_id = el.get("m_id")
        target = refers.get(m_id)
        event = markables.find(f"EVENT[@m_id='{target}']") if target else None
        if event is None or not event.get("instance_id"):
            continue  # not linked to a cross-document instance
        words = [tokens.get(a.get("t_id"), "") for a in el.iter("token_anchor")]
        pred = (el.get("pred") or " ".join(words)).lower()
        roles = {attrs.get("sem_role"): instances.get(refers.get(t, t), refers.get(t, t))
                 for t, attrs in participants.get(m_id, [])}
        out.append(GoldMention(doc, corpus, m_id, pred, event.get("instance_id"), roles.get("Arg0"),
                               roles.get("Arg1"), dct))
    return out


def read_corpus(folder: Path) -> list[GoldMention]:
    """All cross-document-linked event mentions under ``intra_cross-doc_annotation``."""
    base = folder / "intra_cross-doc_annotation" if (folder / "intra_cross-doc_annotation").is_dir() else folder
    mentions = []
    for sub in sorted(p for p in base.iterdir() if p.is_dir()):
        corpus = sub.name.removeprefix("corpus_")
        for path in sorted(sub.glob("*.xml")):
            mentions.extend(read_document(path, corpus))
    return mentions
