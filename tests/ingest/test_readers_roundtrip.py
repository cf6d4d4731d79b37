"""Hypothesis: articles written as JSONL / CSV come back identical through the readers."""
import csv
import datetime as dt
import io
import json

from hypothesis import given, settings, strategies as st

from eventwatch.ingest.readers import read_jsonl_bytes
from eventwatch.ingest.tabular import ColumnMapping, read_csv_text

texts = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1,
                max_size=200).filter(str.strip)
records = st.fixed_dictionaries({
    "id": st.text("abcdef0123456789", min_size=1, max_size=12),
    "text": texts,
    "title": st.one_of(st.none(), st.text(max_size=30)),
    "published": st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31))),
})


def _same(article, rec):
    return (article.id, article.text, article.title, article.published) == (
        rec["id"], rec["text"], rec["title"], rec["published"])


@settings(max_examples=60, deadline=None)
@given(st.lists(records, min_size=1, max_size=5))
def test_jsonl_roundtrip(recs):
    data = "".join(json.dumps({**r, "published": r["published"] and r["published"].isoformat()}) + "\n"
                   for r in recs).encode("utf-8")
    got = list(read_jsonl_bytes(io.BytesIO(data), "t.jsonl"))
    assert len(got) == len(recs) and all(_same(a, r) for a, r in zip(got, recs))


@settings(max_examples=60, deadline=None)
@given(st.lists(records, min_size=1, max_size=5))
def test_csv_roundtrip(recs):
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["id", "text", "title", "published"])
    for r in recs:
        writer.writerow([r["id"], r["text"], r["title"] or "", r["published"] or ""])
    got = list(read_csv_text(buf.getvalue(), "t.csv", ColumnMapping(), 10_000))
    want = [{**r, "title": r["title"] or None} for r in recs]
    assert len(got) == len(recs) and all(_same(a, r) for a, r in zip(got, want))
