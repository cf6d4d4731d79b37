import csv
import io
import json

import pyarrow.parquet as pq
import pytest

from eventwatch.cli import main
from eventwatch.dedup import update
from eventwatch.export import GDELT_EVENT_COLUMNS, GDELT_MENTION_COLUMNS, POLECAT_COLUMNS, export
from eventwatch.export.kosovo import map_code, map_record
from eventwatch.store import Store
from eventwatch.store.synthetic import make_analysis

T1 = "Serbia accused Kosovo of provocations near the border on Sunday, officials in Belgrade said."
T2 = "Belgrade on Sunday accused Pristina of a provocation in the north, a government statement said."


@pytest.fixture()
def store(tmp_path):
    with Store(tmp_path / "x.duckdb") as s:
        s.write_analyses([
            make_analysis(T1, [dict(date="2023-01-08", sentence=(T1, 0), trigger=("accused", 7))], source="Wire A",
                          published="2023-01-08"),
            make_analysis(T2, [dict(date="2023-01-09", recipient=("KSV", "Kosovo"), sentence=(T2, 0),
                                    trigger=("accused", 20))], source="Wire B", published="2023-01-09"),
        ])
        update(s)
        yield s


def _text(store, fmt, **kw):
    from eventwatch.export import FORMATS, kosovo_code_for

    buf = io.StringIO()
    count = FORMATS[fmt](store, buf, kosovo_code_for(fmt, None, kw.get("kosovo_code")))
    return count, buf.getvalue()


def test_kosovo_mapping():
    assert map_code("KSVGOV", "XKX") == "XKXGOV" and map_code("SRBGOV", "XKX") == "SRBGOV"
    rec = {"actor": [{"country": "KOS", "code": "KOSMIL", "name": "Kosovo Security Force"}], "text": "KOS"}
    assert map_record(rec, "KSV") == {"actor": [{"country": "KSV", "code": "KSVMIL", "name": "Kosovo Security Force"}],
                                      "text": "KOS"}


def test_plover_jsonl(store):
    n, text = _text(store, "plover")
    records = [json.loads(line) for line in text.splitlines()]
    assert n == 2 and {r["event"][0] for r in records} == {"ACCUSE"}
    first = next(r for r in records if r["cite_info"]["publication"] == "Wire A")
    assert first["recipient"][0]["country"] == "KOS" and first["recipient"][0]["code"] == "KOSGOV"
    assert first["text"] == T1 and first["event_text"] == "accused" and first["text_info"]["trigger_start"] == 7
    assert first["date"] == "2023-01-08" and first["quad_code"] == 3
    assert records[0]["canonical_id"] == records[1]["canonical_id"]


def test_polecat_tsv(store):
    n, text = _text(store, "polecat", kosovo_code="XKX")
    rows = list(csv.DictReader(io.StringIO(text), delimiter="\t"))
    assert n == 2 and tuple(rows[0]) == POLECAT_COLUMNS
    assert {r["Recipient Country"] for r in rows} == {"XKX"} and rows[0]["Intensity"] == "-2.0"


def test_gdelt_events_one_row_per_canonical_event(store):
    n, text = _text(store, "gdelt-events")
    rows = list(csv.reader(io.StringIO(text), delimiter="\t"))
    assert len(GDELT_EVENT_COLUMNS) == 61 and rows[0] == list(GDELT_EVENT_COLUMNS) and n == 1
    row = dict(zip(rows[0], rows[1]))
    assert (row["NumMentions"], row["NumArticles"], row["NumSources"]) == ("2", "2", "2")
    assert row["Actor2CountryCode"] == "KSV" and row["Actor2Code"] == "KSVGOV" and row["EventRootCode"] == "11"
    assert row["Day"] == "20230108" and row["QuadClass"] == "3"


def test_gdelt_mentions_offsets(store):
    n, text = _text(store, "gdelt-mentions")
    rows = list(csv.DictReader(io.StringIO(text), delimiter="\t"))
    assert n == 2 and tuple(rows[0]) == GDELT_MENTION_COLUMNS
    assert sorted(r["ActionCharOffset"] for r in rows) == ["20", "7"]
    assert {r["Confidence"] for r in rows} == {"80"} and len({r["GlobalEventID"] for r in rows}) == 1


def test_parquet_folder(store, tmp_path):
    export(store, "parquet", tmp_path / "pq", kosovo_code="KOS")
    events = pq.read_table(tmp_path / "pq" / "events.parquet").to_pylist()
    assert len(events) == 2 and {e["recipient_country"] for e in events} == {"KOS"}
    assert pq.read_table(tmp_path / "pq" / "canonical_events.parquet").num_rows == 1


def test_cli_export(store, tmp_path, capsys):
    db = store.path
    store.close()
    out = tmp_path / "e.tsv"
    assert main(["export", "--format", "gdelt-events", "--db", db, "-o", str(out)]) == 0
    assert out.read_text().startswith("GlobalEventID\t")
    assert main(["export", "--format", "plover", "--db", db, "--kosovo-code", "XKX"]) == 0
    assert '"XKX"' in capsys.readouterr().out
    assert main(["export", "--format", "parquet", "--db", db]) == 2
