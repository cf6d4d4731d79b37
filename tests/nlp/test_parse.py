"""Doc -> Parsed conversion (array-based) must agree with spaCy's own token attributes."""
from eventwatch.nlp import conversion_seconds, load_model, to_parsed


def test_to_parsed_agrees_with_spacy_token_by_token(settings):
    text = ("The Chilean foreign minister met her Peruvian counterpart in Lima on Monday.\n\n"
            "  \"We will talk again,\" she said, before leaving for Quito.")
    doc = load_model(settings.model)(text)
    before = conversion_seconds()
    parsed = to_parsed(doc)
    assert conversion_seconds() >= before
    assert len(parsed.tokens) == len(doc)
    for rec, tok in zip(parsed.tokens, doc):
        assert (rec.i, rec.text, rec.start, rec.end) == (tok.i, tok.text, tok.idx, tok.idx + len(tok.text))
        assert (rec.lemma, rec.pos, rec.tag, rec.dep) == (tok.lemma_, tok.pos_, tok.tag_, tok.dep_)
        assert (rec.head, rec.ent_type, rec.morph, rec.ws) == (tok.head.i, tok.ent_type_, str(tok.morph),
                                                               bool(tok.whitespace_))
        assert rec.sent == parsed.sentences[rec.sent].i and tok.sent.start == parsed.sentences[rec.sent].first
        assert tuple(c.i for c in tok.children) == parsed._children[rec.i]
    assert [(e.text, e.label) for e in parsed.entities] == [(e.text, e.label_) for e in doc.ents]
    assert any(rec.head < rec.i for rec in parsed.tokens)  # heads to the left: negative offsets decoded
    assert any(rec.morph == "" for rec in parsed.tokens)  # tokens without morphology stay ""


def test_char_batches_cap_count_and_characters_but_keep_order():
    from eventwatch.nlp._parse import char_batches

    texts = ["a" * 10, "b" * 10, "c" * 25, "d" * 5, "e" * 60, "f"]
    groups = list(char_batches(texts, size=3, max_chars=30))
    assert groups == [["a" * 10, "b" * 10], ["c" * 25, "d" * 5], ["e" * 60], ["f"]]
    assert list(char_batches(texts, size=2, max_chars=1_000)) == [texts[:2], texts[2:4], texts[4:]]
    assert list(char_batches([], size=2, max_chars=10)) == []
