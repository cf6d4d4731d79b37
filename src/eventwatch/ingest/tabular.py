"""CSV corpora with a column mapping (which column holds the text, the title, the date ...)."""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass, fields
from typing import Iterator

from ..errors import ConfigError, InputError
from ..model import Article, Failure
from .readers import check_text, record_to_article

__all__ = ["ColumnMapping", "read_csv_text"]


@dataclass(frozen=True)
class ColumnMapping:
    """Field -> column name. Defaults fit files with columns id,text,title,url,published,source."""

    text: str = "text"
    id: str = "id"
    title: str = "title"
    url: str = "url"
    published: str = "published"
    source: str = "source"

    @classmethod
    def parse(cls, spec: str | None) -> "ColumnMapping":
        """From ``"text=body,published=date"`` (fields not named keep their defaults)."""
        if not spec:
            return cls()
        names = {f.name for f in fields(cls)}
        pairs = {}
        for item in spec.split(","):
            key, sep, col = item.partition("=")
            if not sep or key.strip() not in names or not col.strip():
                raise ConfigError(f"bad column mapping {item!r}: expected FIELD=COLUMN with FIELD in "
                                  f"{', '.join(sorted(names))}")
            pairs[key.strip()] = col.strip()
        return cls(**pairs)

    def apply(self, row: dict) -> dict:
        out = {f.name: row.get(getattr(self, f.name)) for f in fields(self)}
        # an empty CSV cell means "not given" for everything but the text
        out.update({k: None for k, v in out.items() if k != "text" and v == ""})
        if out["published"] in (None, "") and self.published == "published":
            out["published"] = row.get("date")  # a common alternative name
        return out


def read_csv_text(text: str, origin: str, mapping: ColumnMapping, max_chars: int) -> Iterator[Article | Failure]:
    """One Article per row; a bad row becomes a Failure and the file goes on."""
    csv.field_size_limit(max(max_chars * 4, 131072))
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        reader.fieldnames  # reads the header row: it can be broken too (e.g. an endless quoted field)
    except csv.Error as exc:
        yield Failure(origin, "malformed", f"{origin}:1: bad CSV header ({exc})", source=origin)
        return
    if not reader.fieldnames or mapping.text not in reader.fieldnames:
        yield Failure(origin, "malformed", f"{origin}: no column {mapping.text!r} for the text "
                      f"(columns: {', '.join(reader.fieldnames or [])}); use --map text=COLUMN", source=origin)
        return
    n = 1
    try:
        for n, row in enumerate(reader, 2):  # line 1 is the header
            where = f"{origin}:{n}"
            try:
                record = mapping.apply(row)
                check_text(record["text"] or "", where, max_chars)
                yield record_to_article(record, where)
            except InputError as exc:
                yield Failure(where, exc.reason, str(exc), source=origin)
    except csv.Error as exc:
        yield Failure(f"{origin}:{n}", "malformed", f"{origin}:{n}: bad CSV ({exc})", source=origin)


def read_parquet_rows(data: bytes, origin: str, mapping: ColumnMapping, max_chars: int) -> Iterator[Article | Failure]:
    """One Article per row of a Parquet shard (columns named by the mapping)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        table = pq.read_table(pa.BufferReader(data))
    except (pa.ArrowException, OSError) as exc:
        yield Failure(origin, "malformed", f"{origin}: not a readable Parquet file ({exc})", source=origin)
        return
    if mapping.text not in table.column_names:
        yield Failure(origin, "malformed", f"{origin}: no column {mapping.text!r} for the text "
                      f"(columns: {', '.join(table.column_names)}); use --map text=COLUMN", source=origin)
        return
    for n, row in enumerate(table.to_pylist()):
        where = f"{origin}#{n}"
        try:
            record = mapping.apply({k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in row.items()})
            check_text(record["text"] or "", where, max_chars)
            yield record_to_article(record, where)
        except InputError as exc:
            yield Failure(where, exc.reason, str(exc), source=origin)
