"""A sentence never runs across a blank line.

The statistical parser sometimes joins a headline or a one-line paragraph to the next
paragraph's first sentence; that glues unrelated clauses into one tree. Boundaries set
before the parser runs are kept by it.
"""
from __future__ import annotations

from spacy.language import Language


@Language.component("eventwatch_paragraphs")
def paragraph_breaks(doc):
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if not tok.is_space and (prev.is_space and prev.text.count("\n") >= 2
                                 or prev.whitespace_ and prev.text_with_ws.count("\n") >= 2):
            tok.is_sent_start = True
    return doc
