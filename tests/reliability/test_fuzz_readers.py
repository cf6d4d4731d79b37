"""Property tests: every reader survives hostile input and records each rejection with a reason.

The strategies (binary, broken encodings, truncated HTML/JSON/XML/Parquet, enormous lines, deep
nesting, zero-width and right-to-left characters, lone surrogates) are in fuzz_inputs.py; the long
run is scripts/reliability/fuzz.py.
"""
from __future__ import annotations

import io
import logging

import pytest
from hypothesis import HealthCheck, given, settings

import fuzz_inputs as fz

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")  # feedparser on odd dates

FUZZ = settings(max_examples=fz.FUZZ_EXAMPLES, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.large_base_example])


@pytest.fixture(autouse=True)
def _quiet(caplog):
    caplog.set_level(logging.CRITICAL)  # trafilatura/feedparser log every broken document


def _survives(target, value):
    outcomes = fz.TARGETS[target][1](value)
    assert all(kind in ("article", "rejected") and (kind == "article" or reason) for kind, reason in outcomes)
    return outcomes


@FUZZ
@given(fz.broken_bytes)
def test_decode_accepts_utf8_or_says_why(data):
    _survives("decode", data)


@FUZZ
@given(fz.TARGETS["text"][0])
def test_text_reader(data):
    _survives("text", data)


@FUZZ
@given(fz.jsonl_inputs)
def test_jsonl_reader(data):
    outcomes = _survives("jsonl", data)
    lines = [line for line in data.split(b"\n") if line.strip()]
    assert len(outcomes) == len(lines)  # one outcome per non-blank line: nothing dropped silently


@FUZZ
@given(fz.csv_inputs)
def test_csv_reader(text):
    _survives("csv", text)


@FUZZ
@given(fz.feed_inputs)
def test_feed_reader(data):
    _survives("feed", data)


@FUZZ
@given(fz.html_inputs)
def test_html_reader(text):
    _survives("html", text)


@FUZZ
@given(fz.parquet_inputs)
def test_parquet_reader(data):
    _survives("parquet", data)


@FUZZ
@given(fz.file_inputs)
def test_any_file_through_iter_sourced(spec):
    outcomes = _survives("files", spec)
    suffix, _, as_folder = spec
    if suffix in (".txt", ".html", ".htm", ".txt.gz", ".docx") and not (as_folder and suffix == ".docx"):
        assert len(outcomes) == 1  # one document: one article or one recorded rejection


# --- the crashes the fuzzing found, pinned as plain examples ---

@pytest.mark.parametrize("line,reason", [
    (b"[" * 100_000, "malformed"),  # RecursionError in json.loads
    (b'{"text": "a b", "id": ' + b"9" * 5000 + b"}", "malformed"),  # int longer than Python converts
    (b'{"text": "Police met \\ud800 protesters"}', "encoding"),  # lone surrogate: cannot be hashed or stored
    (b'{"text": "Police met protesters", "title": "\\udfff"}', "encoding"),
])
def test_jsonl_lines_that_used_to_crash(line, reason):
    from eventwatch.ingest.readers import read_jsonl_bytes

    (failure,) = read_jsonl_bytes(io.BytesIO(line + b"\n"), "x")
    assert failure.reason == reason
    after = list(read_jsonl_bytes(io.BytesIO(line + b'\n{"text": "Police met protesters."}\n'), "x"))
    assert [type(x).__name__ for x in after] == ["Failure", "Article"]  # the rest of the file goes on


@pytest.mark.parametrize("kind", ["int", "list", "binary"])
def test_parquet_text_column_of_other_types(kind):
    from eventwatch.ingest.tabular import ColumnMapping, read_parquet_rows

    items = list(read_parquet_rows(fz.parquet_bytes(kind, ["a", "b"]), "x.parquet", ColumnMapping(), 1000))
    reasons = [getattr(i, "reason", "accepted") for i in items]
    assert reasons[-1] == "malformed" and set(reasons) <= {"malformed", "empty"}  # the int 0 is "" (empty)


def test_surrogate_article_is_rejected_by_the_pipeline(settings):
    from eventwatch.model import Article, Failure
    from eventwatch.pipeline import Pipeline

    (out,) = Pipeline(settings, ()).run([Article("s1", "Police met \ud800 protesters")])
    assert isinstance(out, Failure) and out.reason == "encoding"


def test_csv_with_an_endless_header_field():
    from eventwatch.ingest.tabular import ColumnMapping, read_csv_text

    (failure,) = read_csv_text('"' + "x" * 200_000, "x.csv", ColumnMapping(), 20_000)
    assert failure.reason == "malformed" and "header" in failure.message
