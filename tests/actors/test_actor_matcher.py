from eventwatch.actors.kb import load
from eventwatch.actors.matcher import find_matches
from eventwatch.model import Parsed, Sentence, Token


def parsed(words: list[str]) -> Parsed:
    """Tokens only (the matcher reads text and sentence ids, not the tree)."""
    toks, pos = [], 0
    for i, w in enumerate(words):
        toks.append(Token(i, w, pos, pos + len(w), w, "PROPN", "NNP", "dep", i, 0))
        pos += len(w) + 1
    return Parsed(tuple(toks), (Sentence(0, 0, pos, 0, len(toks)),), (), (), tuple(() for _ in toks))


def entries(words):
    k = load()
    return [(m.first, m.last, {k.entries[n.entry].name for n in m.names}) for m in find_matches(parsed(words), k)]


def test_longest_name_wins():
    assert entries(["the", "UN", "Security", "Council", "met"]) == [(1, 4, {"United Nations Security Council"})]


def test_case_separates_names_from_words():
    assert entries(["us", "and", "turkey"]) == []
    assert [e[2] for e in entries(["US", "and", "Turkey"])] == [{"United States"}, {"Türkiye"}]


def test_dotted_and_accented_forms_match():
    assert entries(["U.S.", "envoy"])[0][2] == {"United States"}
    assert entries(["Aleksandar", "Vucic"])[0][2] == {"Aleksandar Vučić"}


def test_names_do_not_cross_sentences():
    p = parsed(["New", "Zealand"])
    split = Parsed(p.tokens[:1] + (Token(1, "Zealand", 4, 11, "Zealand", "PROPN", "NNP", "dep", 1, 1),),
                   p.sentences, (), (), ((), ()))
    assert all(m.last - m.first == 1 for m in find_matches(split, load()))
