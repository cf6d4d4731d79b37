"""Hand-built parses for fast unit tests of the coder (no spaCy)."""
from __future__ import annotations

import pytest

from eventwatch.model import Analysis, Article, Parsed, Sentence, Token


def build(rows: list[tuple[str, str, str, str, str, int]], ents: dict[int, str] | None = None) -> Analysis:
    """rows: (text, lemma, pos, tag, dep, head) per token; one sentence; heads are indexes."""
    ents = ents or {}
    tokens, text, pos = [], "", 0
    for i, (word, lemma, upos, tag, dep, head) in enumerate(rows):
        if text:
            text += " "
            pos += 1
        tokens.append(Token(i, word, pos, pos + len(word), lemma, upos, tag, dep, head, 0, ents.get(i, "")))
        text += word
        pos += len(word)
    children = [[] for _ in tokens]
    for t in tokens:
        if t.head != t.i:
            children[t.head].append(t.i)
    parsed = Parsed(tuple(tokens), (Sentence(0, 0, len(text), 0, len(tokens)),), (), (),
                    tuple(tuple(c) for c in children))
    return Analysis(Article("t1", text), parsed=parsed)


@pytest.fixture
def hand():
    return build
