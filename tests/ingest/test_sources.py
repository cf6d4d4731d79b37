import gzip
import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from eventwatch.errors import ConfigError
from eventwatch.ingest import ColumnMapping, count_items, iter_sourced, iter_sources
from eventwatch.model import Article, Failure

TEXT = "The mayor of Lyon criticised the regional council on Monday over bus fares."


def _only(items):
    assert len(items) == 1, items
    return items[0]


def test_text_file_gives_content_hash_id(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    art = _only(list(iter_sources([tmp_path / "a.txt"])))
    assert isinstance(art, Article) and art.text == TEXT and art.id.startswith("a")


def test_gzip_text_is_the_same_article(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt.gz").write_bytes(gzip.compress(TEXT.encode()))
    a, b = list(iter_sources([tmp_path]))
    assert a.id == b.id and b.text == TEXT


@pytest.mark.parametrize("name,data,reason", [
    ("empty.txt", b"  \n", "empty"),
    ("bin.txt", b"\x00\x01\x02abc", "binary"),
    ("latin.txt", "caf\u00e9".encode("latin-1"), "encoding"),
    ("broken.txt.gz", b"not gzip at all", "unreadable"),
    ("notes.docx", b"whatever", "unsupported"),
])
def test_bad_files_become_failures_with_reasons(tmp_path, name, data, reason):
    (tmp_path / name).write_bytes(data)
    item = _only(list(iter_sources([tmp_path / name])))
    assert isinstance(item, Failure) and item.reason == reason and name in item.message


def test_huge_file_is_rejected_and_the_rest_goes_on(tmp_path):
    (tmp_path / "big.txt").write_text("word " * 100, encoding="utf-8")
    (tmp_path / "small.txt").write_text(TEXT, encoding="utf-8")
    items = list(iter_sources([tmp_path], max_chars=200))
    assert [type(i).__name__ for i in items] == ["Failure", "Article"]
    assert items[0].reason == "too-large"


def test_jsonl_bad_lines_do_not_stop_the_file(tmp_path):
    lines = [json.dumps({"id": "r1", "text": TEXT, "published": "2024-03-04", "source": "Example Wire"}),
             "{not json", json.dumps({"text": ""}), json.dumps({"text": "Ok.", "published": "March"})]
    (tmp_path / "c.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(iter_sources([tmp_path / "c.jsonl"]))
    assert items[0].id == "r1" and items[0].published.isoformat() == "2024-03-04"
    assert [i.reason for i in items[1:]] == ["malformed", "empty", "malformed"]


def test_csv_with_column_mapping(tmp_path):
    (tmp_path / "d.csv").write_text('body,date,headline\n"Police in Quito arrested twelve people.",2024-01-05,Arrests\n'
                                    ',2024-01-06,Nothing\n', encoding="utf-8")
    mapping = ColumnMapping.parse("text=body,published=date,title=headline")
    art, fail = list(iter_sources([tmp_path / "d.csv"], mapping))
    assert art.title == "Arrests" and art.published.isoformat() == "2024-01-05"
    assert fail.reason == "empty" and fail.article_id.endswith("d.csv:3")


def test_csv_without_text_column_says_how_to_fix(tmp_path):
    (tmp_path / "d.csv").write_text("body\nsomething\n", encoding="utf-8")
    fail = _only(list(iter_sources([tmp_path / "d.csv"])))
    assert fail.reason == "malformed" and "--map text=" in fail.message


def test_bad_mapping_is_a_config_error():
    with pytest.raises(ConfigError):
        ColumnMapping.parse("words=body")


def test_parquet_shard(tmp_path):
    pq.write_table(pa.table({"id": ["p1", "p2"], "text": [TEXT, "Talks in Oslo resumed."],
                             "published": ["2024-03-04", None]}), tmp_path / "s.parquet")
    items = list(iter_sources([tmp_path / "s.parquet"]))
    assert [i.id for i in items] == ["p1", "p2"] and items[1].published is None


def test_html_main_text_and_metadata(tmp_path):
    html = ("<html><head><title>Ministers meet in Skopje</title>"
            '<meta property="og:site_name" content="Balkan Daily">'
            '<meta property="article:published_time" content="2024-03-05"></head><body>'
            "<nav>Home | World | Sports | Weather</nav><article><h1>Ministers meet in Skopje</h1>"
            "<p>The foreign ministers of Albania and North Macedonia met in Skopje on Tuesday to discuss "
            "border crossings and rail links between the two countries.</p>"
            "<p>Officials said the talks would continue next month in Tirana.</p></article>"
            "<footer>Copyright 2024 Balkan Daily. All rights reserved.</footer></body></html>")
    (tmp_path / "p.html").write_text(html, encoding="utf-8")
    art = _only(list(iter_sources([tmp_path / "p.html"])))
    assert "met in Skopje on Tuesday" in art.text
    assert "Home | World" not in art.text and "All rights reserved" not in art.text
    assert art.title == "Ministers meet in Skopje" and art.published.isoformat() == "2024-03-05"
    assert art.source == "Balkan Daily"


def test_rss_entries(tmp_path):
    rss = ('<?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title>'
           "<item><title>Talks in Oslo</title><link>http://example.org/1</link>"
           "<pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate><description>&lt;p&gt;Negotiators from Colombia "
           "and the ELN resumed talks in Oslo on Tuesday.&lt;/p&gt;</description></item>"
           "<item><title>Empty</title><description></description></item></channel></rss>")
    (tmp_path / "f.rss").write_text(rss, encoding="utf-8")
    art, fail = list(iter_sources([tmp_path / "f.rss"]))
    assert art.text.startswith("Negotiators from Colombia") and art.url == "http://example.org/1"
    assert art.published.isoformat() == "2024-03-05" and art.source == "Example Wire"
    assert fail.reason == "empty"


def test_atom_feed(tmp_path):
    atom = ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>'
            "<entry><title>Vote in Chisinau</title><id>urn:x:1</id><updated>2024-02-01T08:00:00Z</updated>"
            '<content type="html">&lt;p&gt;Moldova\'s parliament approved the budget on Thursday.&lt;/p&gt;'
            "</content></entry></feed>")
    (tmp_path / "g.atom").write_text(atom, encoding="utf-8")
    art = _only(list(iter_sources([tmp_path / "g.atom"])))
    assert "approved the budget" in art.text and art.published.isoformat() == "2024-02-01"


def test_folder_order_origins_and_count(tmp_path):
    (tmp_path / "b.txt").write_text("Second article text here.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First article text here.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("ignored", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text('{"text": "x y z"}\n{"text": "u v w"}\n', encoding="utf-8")
    origins = [o.rsplit("/", 1)[-1] for o, _ in iter_sourced([tmp_path])]
    assert origins == ["a.txt", "b.txt", "c.jsonl", "c.jsonl"]
    assert count_items([tmp_path]) == 4
