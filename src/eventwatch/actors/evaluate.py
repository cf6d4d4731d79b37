"""`eventwatch eval entities PATH`: entity linking of the actor stage against gold links.

PATH is ``../shared/benchmarks/gum-news`` (Wikipedia titles in ``Entity=``; split: the
official GUM test documents are held out, everything else is dev) or
``../shared/benchmarks/meantime`` (DBpedia links; a deterministic fifth of the documents,
CRC32(doc id) % 5 == 0, is held out), or the benchmarks folder for both.

Per gold mention the system mention with the best span overlap (IoU) is taken; it is *linked* when
its actor resolves to a knowledge-base entry, and *correct* when the gold title is one of
that entry's names/title (accents, case and underscores ignored) or, for role nouns, the
actor's name ("Government of Serbia"). Scores: top-1 accuracy on all linked gold mentions
and on the political subset (gold title is a KB state, IGO, armed group or office holder,
or names a government body/party/army by its title words), and the share of out-of-scope
actor-type mentions (no gold title, or a non-political one) the system leaves unlinked.
"""
from __future__ import annotations

import hashlib
import logging
import pickle
import re
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

from ..errors import ConfigError
from ..evaluation import EvalReport
from ..model import Analysis, Article, Mention
from ..registry import make_stage
from ..settings import Settings
from ._bench import Doc, gum_docs, meantime_docs
from .kb import KB, Entry, fold, load

__all__ = ["evaluate"]

log = logging.getLogger(__name__)
CACHE = Path("/tmp/eventwatch-actors-eval")
_ACTOR_TYPES = {"person", "organization", "place", "PER", "ORG", "LOC"}
# the political subset: countries, IGOs, governments, armed groups, political persons
# (parties are not in it); government bodies and armed forces are recognised by their title words
_POLITICAL_WORDS = re.compile(r"\b(Government|Ministry|Department of|Parliament|Senate|Congress|Army|Armed Forces|"
                              r"Navy|Air Force|Military|Police|Liberation|Minister|President)\b")


def evaluate(path: str | Path, settings: Settings, split: str = "all") -> EvalReport:
    root = Path(path)
    sets = _datasets(root)
    if not sets:
        raise ConfigError(f"{root}: expected gum-news (dep/*.conllu) or meantime (intra_cross-doc_annotation/)")
    kb = load()
    counts: dict[tuple, list[int]] = defaultdict(lambda: [0] * 6)
    for name, docs in sets:
        docs = [d for d in docs if split == "all" or d.split == split]
        for doc, analysis in zip(docs, _analyse(docs, settings)):
            _score(kb, doc, analysis.mentions, counts, name)
    return _report(root, split, counts)


def _datasets(root: Path) -> list[tuple[str, list[Doc]]]:
    out = []
    for base in (root, root / "gum-news", root / "meantime"):
        if (base / "dep").is_dir() and not any(n == "gum-news" for n, _ in out):
            out.append(("gum-news", gum_docs(base)))
        if (base / "intra_cross-doc_annotation").is_dir() and not any(n == "meantime" for n, _ in out):
            out.append(("meantime", meantime_docs(base)))
    return out


def _analyse(docs: list[Doc], settings: Settings) -> list[Analysis]:
    """nlp + actors on each document; parses are cached under /tmp (never committed)."""
    nlp, actors = make_stage("nlp.spacy.v1", settings), make_stage("actors.kb.v1", settings)
    CACHE.mkdir(exist_ok=True)
    out = []
    for doc in docs:
        art = Article(doc.id, doc.text, published=doc.published)
        key = hashlib.sha1(f"{settings.model}\0{doc.text}".encode()).hexdigest()
        cached = CACHE / f"{key}.pkl"
        if cached.exists():
            analysis = Analysis(art, parsed=pickle.loads(cached.read_bytes()))
        else:
            analysis = nlp(Analysis(art))
            cached.write_bytes(pickle.dumps(analysis.parsed))
        out.append(actors(analysis))
    return out


def _norm(title: str) -> str:
    t = fold(title.replace("_", " ")).strip()
    t = re.sub(r"^the ", "", t)
    return re.sub(r"\s+", " ", t)


def _entry_of(kb: KB, actor) -> Entry | None:
    if actor.wikidata and actor.kind == "person" and ("P:" + actor.wikidata) in kb.entries:
        return kb.entries["P:" + actor.wikidata]
    return kb.find(actor.name)


def _titles(kb: KB, mention: Mention | None) -> set[str] | None:
    """Acceptable titles for a system mention, or None when it is not linked."""
    actor = mention.actor if mention is not None else None
    if actor is None or actor.kind == "unknown" or actor.source == "ner":
        return None  # an NER-only person is not a knowledge-base link
    entry = _entry_of(kb, actor)
    if entry is None and actor.kind == "state" and actor.sector == "GOV" and actor.country:
        entry = kb.entries.get("C:" + actor.country)  # "the New Zealand government" is the state's agent
        if entry is not None:
            return {_norm(actor.name)} | {_norm(n) for n in (entry.title, entry.name, *entry.names) if n}
    if entry is None:
        return {_norm(actor.name)} if actor.source and "text" in actor.source and actor.kind != "person" else None
    names = [entry.title or entry.name, entry.name, *entry.names]
    return {_norm(n) for n in names} | {_norm(re.sub(r"\s*\(.*\)$", "", n)) for n in names}


def _political(kb: KB, title: str) -> bool:
    entry = kb.find(title) or kb.find(re.sub(r"\s*\(.*\)$", "", title))
    if entry is not None and (entry.kind in ("state", "igo", "person") or entry.kind == "group" and entry.sector != "JRN"):
        return True
    return bool(_POLITICAL_WORDS.search(title))


def _best(mentions: tuple[Mention, ...], start: int, end: int) -> Mention | None:
    """The system mention that best matches the gold span (intersection over union)."""
    best, score = None, 0.0
    for m in mentions:
        overlap = min(end, m.end) - max(start, m.start)
        if overlap > 0 and m.actor is not None:
            iou = overlap / (max(end, m.end) - min(start, m.start))
            if iou > score:
                best, score = m, iou
    return best


def _score(kb: KB, doc: Doc, mentions, counts, name: str) -> None:
    # counts[(dataset, split, type)] = [linked, correct, political, political_correct, oos, oos_unlinked]
    for g in doc.gold:
        titles = _titles(kb, _best(mentions, g.start, g.end))
        row = counts[(name, doc.split, g.type)]
        political = g.title is not None and _political(kb, g.title)
        if g.title is not None:
            ok = titles is not None and _norm(g.title) in titles
            row[0] += 1
            row[1] += ok
            row[2] += political
            row[3] += ok and political
        if not political and g.type in _ACTOR_TYPES:
            row[4] += 1
            row[5] += titles is None or g.title is not None and _norm(g.title) in titles


def _report(root: Path, split: str, counts) -> EvalReport:
    rows, totals = [], defaultdict(lambda: [0] * 6)
    for (name, part, etype), c in sorted(counts.items()):
        rows.append((name, part, etype, c[0], _rate(c[1], c[0]), c[2], _rate(c[3], c[2]), c[4], _rate(c[5], c[4])))
        for k in (f"{name}/{part}", part):
            totals[k] = [a + b for a, b in zip(totals[k], c)]
    metrics = {}
    for k, c in sorted(totals.items()):
        metrics[f"{k} linked_acc"] = _rate(c[1], c[0])
        metrics[f"{k} political_acc"] = _rate(c[3], c[2])
        metrics[f"{k} political_n"] = c[2]
        metrics[f"{k} out_of_scope_unlinked"] = _rate(c[5], c[4])
    return EvalReport(
        name="entities", dataset=f"{root} (GUM CC BY 4.0 / MEANTIME CC BY 4.0; text Wikinews CC BY 2.5)",
        metrics=metrics, rows=tuple(rows),
        header=("set", "split", "type", "linked", "acc", "political", "pol_acc", "out_of_scope", "unlinked"),
        notes=(f"split={split}; gum held-out = official test docs; meantime held-out = crc32(doc id) % 5 == 0",
               "out-of-scope: actor-type gold mentions without a political title; 'unlinked' counts "
               "those the system leaves without a KB link (or links to the gold title)"),
    )


def _rate(a: int, b: int) -> float:
    return a / b if b else 0.0
