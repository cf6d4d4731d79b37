"""Hostile inputs and the reader targets they are fed to (shared by the tests and scripts/reliability/fuzz.py).

Every target takes one generated input and returns the outcomes it produced: ("article", None) for a
readable article and ("rejected", reason) for a recorded rejection. Anything a target raises that is not
part of its contract is a crash. The contract: iterators (JSONL, CSV, feeds, Parquet, files) never raise,
they yield Failures; single-document readers (text, HTML, decode) raise only ``InputError`` with a reason.
"""
from __future__ import annotations

import gzip
import io
import json
import os
import tempfile
from pathlib import Path

from hypothesis import strategies as st

from eventwatch.errors import InputError
from eventwatch.model import Article, Failure

# examples per property test in the default run (scripts/reliability/fuzz.py runs the full >= 10,000);
# EVENTWATCH_FUZZ_EXAMPLES=1000 raises it for a longer local run
FUZZ_EXAMPLES = int(os.environ.get("EVENTWATCH_FUZZ_EXAMPLES", "60"))
MAX_CHARS = 20_000  # small on purpose: "too-large" is reached without megabytes of input

# characters that break naive text handling: zero-width, bidi controls, BOM, combining marks, RTL scripts
TRICKY = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u202e", "\u202d", "\u2066", "\u2067", "\u2069",
          "\u061c", "\u0301", "\u05d0\u05d1\u05d2", "\u0627\u0644\u0633\u0644\u0627\u0645", "\r", "\u2028",
          "\x85", "\t", "\U0001f1f7\U0001f1f8", "<", "&amp;", "\"", "\\"]
WORDS = ["Serbia", "Kosovo", "police", "accused", "met", "the", "in", "on", "Monday", "Pristina", "minister",
         "said", "protesters", "2023-01-08", "NATO", "Belgrade", ".", ",", "\u201cquote\u201d"]

tricky_text = st.lists(st.one_of(st.sampled_from(TRICKY), st.sampled_from(WORDS), st.text(max_size=8)),
                       max_size=60).map(" ".join)
# lone surrogates are legal in a Python str but cannot be encoded: they come from JSON \ud800 escapes
surrogate_text = st.builds(lambda a, b: f"{a} \ud800 {b}", tricky_text, tricky_text)
any_text = st.one_of(tricky_text, st.text(max_size=300), surrogate_text)


def _nest(open_tag: str, close_tag: str, depth: int, inner: str = "x") -> str:
    return open_tag * depth + inner + close_tag * depth


def _truncate(data: bytes, cut: float) -> bytes:
    return data[: int(len(data) * cut)]


def _html_doc(body: str) -> str:
    return f"<html><head><title>{body[:20]}</title></head><body><article><p>{body}</p></article></body></html>"


def _jsonl_line(text: object, extra: dict) -> str:
    return json.dumps({"id": extra.get("id"), "text": text, **extra}, ensure_ascii=bool(extra.get("ascii")))


cuts = st.floats(min_value=0.0, max_value=1.0)
depths = st.integers(min_value=1, max_value=60_000)
big = st.integers(min_value=MAX_CHARS - 2, max_value=MAX_CHARS * 60)

# bytes in encodings the readers must refuse or survive
broken_bytes = st.one_of(
    st.binary(max_size=2048),
    st.builds(lambda t, enc: t.encode(enc, errors="replace"), any_text.filter(lambda t: "\ud800" not in t),
              st.sampled_from(["latin-1", "utf-16", "utf-16-le", "cp1252", "utf-32", "shift_jis"])),
    st.builds(lambda t, cut: _truncate(t.encode("utf-8", errors="surrogatepass"), cut), any_text, cuts),
    st.builds(lambda t, pos, b: (lambda d: d[:pos] + bytes([b]) + d[pos:])(t.encode("utf-8", "surrogatepass")),
              any_text, st.integers(0, 400), st.integers(0x80, 0xFF)),
)
enormous_line = st.builds(lambda n, ch: ch * n, big, st.sampled_from(["x", "\u200b", "word ", "\u05d0"]))

html_inputs = st.one_of(
    any_text,
    st.builds(_html_doc, tricky_text),
    st.builds(lambda t, cut: _html_doc(t)[: int(len(_html_doc(t)) * cut)], tricky_text, cuts),
    st.builds(lambda d, t: _html_doc(_nest("<div>", "</div>", d, t)), depths, tricky_text),
    st.builds(lambda d: _nest("<b><i>", "", d), depths),
    st.builds(lambda n: _html_doc("Police met protesters. " * (n // 20)), big),
    st.builds(lambda b: b.decode("latin-1"), st.binary(max_size=1024)),
    st.just("<!DOCTYPE x [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]><html><body>&b;&b;</body></html>"),
)

json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | any_text,
                           lambda c: st.lists(c, max_size=4) | st.dictionaries(st.text(max_size=8), c, max_size=4),
                           max_leaves=12)
jsonl_lines = st.one_of(
    st.builds(_jsonl_line, any_text, st.fixed_dictionaries({}, optional={
        "title": json_values, "published": st.one_of(json_values, st.dates().map(str)), "id": json_values,
        "url": json_values, "source": json_values, "ascii": st.booleans()})),
    st.builds(lambda v: json.dumps(v), json_values),
    st.builds(lambda t, c: _truncate(_jsonl_line(t, {}).encode("utf-8", "surrogatepass"), c)
              .decode("utf-8", "ignore"), any_text, cuts),
    st.builds(lambda d: "[" * d, depths),
    st.builds(lambda d: _nest('{"text":', "}", d, '"deep"'), depths),
    st.builds(lambda n: '{"text": "a", "id": ' + "9" * (n // 10) + "}", big),
    st.builds(lambda n: json.dumps({"text": "w " * (n // 2)}), big),
)
jsonl_inputs = st.one_of(
    st.lists(jsonl_lines, min_size=1, max_size=5).map(lambda ls: "\n".join(ls).encode("utf-8", "surrogatepass")),
    broken_bytes,
)

csv_inputs = st.one_of(
    st.builds(lambda rows: "id,text,title,published\n" + "\n".join(rows),
              st.lists(st.builds(lambda a, b, c: f"{a},{b},{c},2023-01-0{len(a) % 9 + 1}", tricky_text, any_text,
                                 tricky_text), max_size=5)),
    st.builds(lambda t, c: ("text,published\n\"" + t)[: max(1, int(len(t) * c))], tricky_text, cuts),
    st.builds(lambda n: "text\n\"" + "x" * n, big),
    st.builds(lambda n: "\"" + "x" * n, st.integers(100_000, 300_000)),  # a header that never ends
    st.builds(lambda t: "text\n" + t.replace("\x00", "") + "\x00", tricky_text),
    any_text,
)

feed_inputs = st.one_of(
    st.builds(lambda t, s: (f"<?xml version='1.0'?><rss><channel><title>{s}</title><item><title>{s}</title>"
                            f"<description><![CDATA[{t}]]></description><pubDate>{s}</pubDate></item>"
                            f"</channel></rss>").encode("utf-8", "surrogatepass"), tricky_text, any_text),
    st.builds(lambda t, c: _truncate(f"<feed xmlns='http://www.w3.org/2005/Atom'><entry><content type='html'>"
                                     f"&lt;p&gt;{t}&lt;/p&gt;</content></entry></feed>".encode(), c),
              tricky_text, cuts),
    st.builds(lambda d: ("<rss><channel><item><description>" + _nest("&lt;div&gt;", "", d)
                         + "</description></item></channel></rss>").encode(), st.integers(1, 20_000)),
    st.builds(lambda d: _nest("<a>", "</a>", d).encode(), depths),
    st.just(b"<?xml version='1.0'?><!DOCTYPE r [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;'>"
            b"<!ENTITY c '&b;&b;&b;&b;&b;&b;&b;&b;'><!ENTITY d '&c;&c;&c;&c;&c;&c;&c;&c;'>]>"
            b"<rss><channel><item><description>&d;&d;&d;&d;</description></item></channel></rss>"),
    st.just(b"<?xml version='1.0'?><!DOCTYPE r [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>"
            b"<rss><channel><item><description>&x; leaked</description></item></channel></rss>"),
    broken_bytes,
)

parquet_columns = st.sampled_from(["str", "int", "null", "list", "binary", "date"])


def parquet_bytes(kind: str, texts: list[str]) -> bytes:
    """A Parquet file whose text column holds values of ``kind`` (not always strings)."""
    import datetime as dt

    import pyarrow as pa
    import pyarrow.parquet as pq

    n = max(1, len(texts))
    values = {"str": [t.encode("utf-8", "replace").decode("utf-8") for t in texts] or ["x"], "int": list(range(n)),
              "null": [None] * n, "list": [[t[:3]] for t in texts] or [["x"]],
              "binary": [t.encode("utf-8", "replace") for t in texts] or [b"x"],
              "date": [dt.date(2023, 1, 1)] * n}[kind]
    buf = io.BytesIO()
    pq.write_table(pa.table({"text": values, "published": ["2023-01-0x"] * len(values)}), buf)
    return buf.getvalue()


parquet_inputs = st.one_of(
    st.builds(parquet_bytes, parquet_columns, st.lists(tricky_text, max_size=4)),
    st.builds(lambda k, t, c: _truncate(parquet_bytes(k, t), c), parquet_columns, st.lists(tricky_text, max_size=2),
              cuts),
    broken_bytes,
)

SUFFIXES = [".txt", ".html", ".jsonl", ".csv", ".rss", ".atom", ".xml", ".parquet", ".txt.gz", ".jsonl.gz",
            ".htm", ".ndjson", ".docx", ""]
file_inputs = st.tuples(st.sampled_from(SUFFIXES),
                        st.one_of(broken_bytes, jsonl_inputs, html_inputs.map(lambda s: s.encode("utf-8", "replace")),
                                  st.binary(max_size=64).map(lambda b: gzip.compress(b)[: len(b) // 2 + 5])),
                        st.booleans())


# --- targets -------------------------------------------------------------------------------------------

def _outcomes(items) -> list[tuple[str, str | None]]:
    out = []
    for item in items:
        if isinstance(item, Article):
            check_article(item)
            out.append(("article", None))
        elif isinstance(item, Failure):
            assert item.reason and item.message, f"a rejection without a reason: {item!r}"
            out.append(("rejected", item.reason))
        else:
            raise AssertionError(f"a reader yielded {type(item).__name__}, not Article or Failure")
    return out


def check_article(article: Article) -> None:
    """What every accepted article must satisfy before it reaches the store."""
    assert isinstance(article.text, str) and article.text.strip(), "empty article accepted"
    assert len(article.text) <= MAX_CHARS, "over-long article accepted"
    article.text.encode("utf-8")  # the store and the content hash need encodable text
    assert isinstance(article.id, str) and article.id


def _single(fn):
    try:
        return _outcomes([fn()])
    except InputError as exc:
        assert exc.reason, "InputError without a reason"
        return [("rejected", exc.reason)]


def target_decode(data: bytes):
    from eventwatch.ingest.readers import decode_bytes

    try:
        decode_bytes(data, "fuzz")
        return [("article", None)]
    except InputError as exc:
        return [("rejected", exc.reason)]


def target_text(data: bytes):
    from eventwatch.ingest.readers import check_text, read_text

    return _single(lambda: (lambda a: check_text(a.text, "fuzz", MAX_CHARS) and a)(
        read_text(None, stream=io.BytesIO(data), max_bytes=MAX_CHARS * 4)))


def target_jsonl(data: bytes):
    from eventwatch.ingest.readers import read_jsonl_bytes

    return _outcomes(read_jsonl_bytes(io.BytesIO(data), "fuzz.jsonl", MAX_CHARS))


def target_csv(text: str):
    from eventwatch.ingest.tabular import ColumnMapping, read_csv_text

    return _outcomes(read_csv_text(text, "fuzz.csv", ColumnMapping(), MAX_CHARS))


def target_feed(data: bytes):
    from eventwatch.ingest.feeds import read_feed_bytes

    return _outcomes(read_feed_bytes(data, "fuzz.rss", MAX_CHARS))


def target_html(text: str):
    from eventwatch.ingest.html import html_to_article

    return _single(lambda: html_to_article(text, "fuzz.html", max_chars=MAX_CHARS))


def target_parquet(data: bytes):
    from eventwatch.ingest.tabular import ColumnMapping, read_parquet_rows

    return _outcomes(read_parquet_rows(data, "fuzz.parquet", ColumnMapping(), MAX_CHARS))


def target_files(spec: tuple[str, bytes, bool]):
    """A file on disk through the one entry point, ``iter_sourced`` (type by suffix, gzip, folders)."""
    from eventwatch.ingest import iter_sourced

    suffix, data, as_folder = spec
    with tempfile.TemporaryDirectory(prefix="ew-fuzz-") as tmp:
        path = Path(tmp) / f"input{suffix}"
        path.write_bytes(gzip.compress(data) if suffix.endswith(".gz") and len(data) % 2 else data)
        return _outcomes(item for _, item in iter_sourced([tmp if as_folder else path], max_chars=MAX_CHARS))


# name -> (strategy, target); the order is the order of the fuzz script's report
TARGETS = {
    "decode": (broken_bytes, target_decode),
    "text": (st.one_of(broken_bytes, enormous_line.map(str.encode)), target_text),
    "jsonl": (jsonl_inputs, target_jsonl),
    "csv": (csv_inputs, target_csv),
    "feed": (feed_inputs, target_feed),
    "html": (html_inputs, target_html),
    "parquet": (parquet_inputs, target_parquet),
    "files": (file_inputs, target_files),
}

analyze_inputs = st.one_of(tricky_text, st.text(max_size=200), surrogate_text,
                           st.builds(lambda d: _nest("(", ")", d, "Police met protesters"), st.integers(1, 400)),
                           st.builds(lambda n, c: c * n, st.integers(1, 3000), st.sampled_from(["\u200b", "x ", "."])))


class Tally:
    """Counts of inputs, crashes and rejections by reason, per target."""

    def __init__(self) -> None:
        self.inputs: dict[str, int] = {}
        self.crashes: dict[str, list[str]] = {}
        self.reasons: dict[str, int] = {}
        self.articles = 0

    def record(self, target: str, outcomes: list[tuple[str, str | None]]) -> None:
        self.inputs[target] = self.inputs.get(target, 0) + 1
        for kind, reason in outcomes:
            if kind == "article":
                self.articles += 1
            else:
                self.reasons[reason] = self.reasons.get(reason, 0) + 1

    def crash(self, target: str, exc: BaseException) -> None:
        self.inputs[target] = self.inputs.get(target, 0) + 1
        self.crashes.setdefault(target, []).append(f"{type(exc).__name__}: {str(exc)[:200]}")
