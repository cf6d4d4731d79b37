"""Analysis.mention_at uses an index built once per mentions tuple: it must answer exactly as a
plain scan does (tightest resolved overlap, the first one on a tie)."""
import random

from eventwatch.model import Actor, Analysis, Article, Mention

STATE = Actor("Government of Chile", "state", country="CHL")


def _scan(mentions, start, end):
    best = None
    for m in mentions:
        if m.start < end and start < m.end and m.actor is not None:
            if best is None or (m.end - m.start) < (best.end - best.start):
                best = m
    return best


def test_mention_at_matches_a_plain_scan_on_random_mentions():
    rng = random.Random(3)
    for _ in range(200):
        mentions = []
        for _ in range(rng.randrange(0, 12)):
            start = rng.randrange(0, 80)
            mentions.append(Mention("x", start, start + rng.randrange(1, 15), "ORG",
                                    STATE if rng.random() < 0.8 else None))
        analysis = Analysis(Article("r", "y" * 100), mentions=tuple(mentions))
        for _ in range(20):
            start = rng.randrange(0, 95)
            end = start + rng.randrange(1, 6)
            assert analysis.mention_at(start, end) is _scan(mentions, start, end)


def test_mention_at_prefers_the_tightest_then_the_first_and_skips_unresolved():
    wide = Mention("the Chilean foreign ministry", 10, 38, "ORG", STATE)
    tight = Mention("Chilean", 14, 21, "NORP", STATE)
    twin = Mention("Chilean", 14, 21, "NORP", Actor("Chile", "state", country="CHL"))
    bare = Mention("foreign", 22, 29, "NOMINAL")
    analysis = Analysis(Article("t", "z" * 60), mentions=(wide, tight, twin, bare))
    assert analysis.mention_at(15, 16) is tight
    assert analysis.mention_at(23, 24) is wide  # the tighter overlap has no actor
    assert analysis.mention_at(40, 45) is None
    other = Analysis(Article("u", "z" * 60), mentions=(bare,))
    assert other.mention_at(23, 24) is None and analysis.mention_at(15, 16) is tight  # index per analysis
