"""The MEANTIME reader and the scoring rules, on a tiny document of our own; then the real corpus."""
import datetime as dt

import pytest

from eventwatch.model import TimeValue
from eventwatch.when.evaluate import evaluate, score_document
from eventwatch.when.meantime import read_corpus, read_document, split_of

TINY = """<?xml version="1.0" ?><Document doc_id="900" doc_name="900_Harbour_reopens" lang="en">
<token sentence="0" t_id="1">Harbour</token><token sentence="0" t_id="2">reopens</token>
<token sentence="1" t_id="3">May</token><token sentence="1" t_id="4">4</token>
<token sentence="1" t_id="5">,</token><token sentence="1" t_id="6">2011</token>
<token sentence="2" t_id="7">The</token><token sentence="2" t_id="8">port</token>
<token sentence="2" t_id="9">reopened</token><token sentence="2" t_id="10">on</token>
<token sentence="2" t_id="11">Tuesday</token><token sentence="2" t_id="12">after</token>
<token sentence="2" t_id="13">March</token><token sentence="2" t_id="14">storms</token>
<token sentence="2" t_id="15">.</token>
<Markables>
<TIMEX3 functionInDocument="CREATION_TIME" m_id="1" type="DATE" value="2011-05-04">
<token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/></TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="2" type="DATE" value="2011-05-03"><token_anchor t_id="11"/></TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="3" type="DATE" value="2011-03"><token_anchor t_id="13"/></TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="4" type="DATE" value="2010-01-01"/>
</Markables></Document>
"""


@pytest.fixture
def tiny(tmp_path):
    path = tmp_path / "900_Harbour_reopens.xml"
    path.write_text(TINY, encoding="utf-8")
    return read_document(path)


def tv(doc, word, value, type_="DATE"):
    start = doc.text.index(word)
    return TimeValue(word, start, start + len(word), value, "day", "relative", "", type_)


def test_reader_rebuilds_text_offsets_and_creation_time(tiny):
    assert tiny.text.startswith("Harbour reopens\nMay 4, 2011\nThe port reopened on Tuesday")
    assert tiny.dct == dt.date(2011, 5, 4)
    spans = [tiny.text[g.start:g.end] for g in tiny.timexes]
    assert spans == ["May 4, 2011", "Tuesday", "March"]  # the empty timex has no text


def test_scoring_counts_right_wrong_and_spurious_values(tiny):
    times = (tv(tiny, "May 4, 2011", "2011-05-04"),  # the creation time: not scored
             tv(tiny, "Tuesday", "2011-05-03"),       # right
             tv(tiny, "March", "2010-03"),            # found, wrong value
             tv(tiny, "storms", "2011-05-01"))        # spurious
    counts, _ = score_document(tiny, times)
    assert (counts["gold"], counts["found"], counts["right"], counts["tp"], counts["predicted"]) == (2, 2, 1, 1, 3)


def test_split_is_fixed_by_the_document_id():
    assert split_of("900") == split_of("900")
    assert {split_of(str(n)) for n in range(40)} == {"dev", "held-out"}


@pytest.mark.shared
def test_meantime_corpus_reads_and_splits(shared):
    docs = read_corpus(shared("benchmarks", "meantime"))
    assert len(docs) == 120 and all(d.dct for d in docs)
    held_out = [d for d in docs if split_of(d.doc_id) == "held-out"]
    assert 20 <= len(held_out) <= 40


@pytest.mark.shared
@pytest.mark.slow
def test_meantime_held_out_value_accuracy(settings, shared):
    report = evaluate(str(shared("benchmarks", "meantime")), settings, "held-out")
    assert report.metrics["value_accuracy"] >= 0.80  # measured 0.831 (see docs/time.md)
    assert report.metrics["gold_date_timexes"] > 50
