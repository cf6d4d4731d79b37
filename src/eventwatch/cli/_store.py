"""Store commands: ingest, events, export, demo, failures, bench (thin over the library)."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from ..errors import StoreError
from ._common import Tally, UsageError, add_db, emit_json, settings_from

EXAMPLES = Path(__file__).resolve().parents[3] / "examples" / "articles"
EXPORT_FORMATS = ("plover", "polecat", "gdelt-events", "gdelt-mentions", "parquet")


def add(sub) -> None:
    p = sub.add_parser("ingest", help="read files/folders (.txt .html .jsonl .csv .rss .parquet, .gz), code, store")
    p.add_argument("paths", nargs="+", metavar="PATH")
    _ingest_options(p)
    p.set_defaults(func=_ingest)

    p = sub.add_parser("demo", help="ingest examples/articles and print a summary (safe to re-run)")
    p.add_argument("--path", default=str(EXAMPLES), help="folder of articles (default: examples/articles)")
    add_db(p)
    p.set_defaults(func=_demo)

    p = sub.add_parser("events", help="print stored events (one record per line, or CSV)")
    add_db(p)
    p.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
    p.set_defaults(func=_events)

    p = sub.add_parser("failures", help="list articles that could not be processed, with reasons")
    add_db(p)
    p.add_argument("--format", choices=["table", "jsonl"], default="table")
    p.set_defaults(func=_failures)

    p = sub.add_parser("export", help="export events: PLOVER JSONL, POLECAT TSV, GDELT-style tables, Parquet")
    add_db(p)
    p.add_argument("--format", choices=EXPORT_FORMATS, required=True)
    p.add_argument("-o", "--output", help="output file (a folder for parquet); default: standard output")
    p.add_argument("--kosovo-code", choices=["XKX", "KOS", "KSV"],
                   help="code written for Kosovo (default: the format's convention, see docs/store.md)")
    p.set_defaults(func=_export)

    p = sub.add_parser("bench", help="throughput, memory and store benchmarks (see docs/performance.md)")
    p.add_argument("path", help="corpus: folder or file (e.g. ../shared/benchmarks/wikinews)")
    p.add_argument("--limit", type=int, default=0, help="use only the first N articles")
    p.add_argument("--processes", default="1,2", help="process counts to measure, e.g. 1,2")
    p.add_argument("--write-events", type=int, default=500_000, help="synthetic events for the write benchmark")
    p.add_argument("--query-events", type=int, default=10_000_000, help="synthetic events for the timeline query")
    p.add_argument("--repeats", type=int, default=3, help="alternated bare/full rounds per process count")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.set_defaults(func=_bench)


def _ingest_options(p) -> None:
    add_db(p)
    p.add_argument("--map", help="CSV/Parquet column mapping, e.g. text=body,published=date,title=headline")
    p.add_argument("--engine", choices=["local", "dask"], default="local")
    p.add_argument("--scheduler", help="Dask scheduler address (tcp://host:8786); default: a local cluster")
    p.add_argument("--processes", type=int, help="worker processes (local engine) or workers (local Dask cluster)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar on standard error")


def _open(path: str, *, read_only: bool = False):
    from ..store import Store

    if read_only and not Path(path).exists():
        raise StoreError(f"no store at {path}: run `eventwatch ingest PATH --db {path}` first")
    return Store(path, read_only=read_only)


def _run_ingest(args, paths, settings):
    from ..ingest import ColumnMapping, count_items
    from ..ingest.driver import ingest

    for path in paths:
        if not Path(path).exists():
            raise UsageError(f"no such file or folder: {path}")
    if getattr(args, "engine", "local") == "dask" and not getattr(args, "verbose", False):
        # Dask logs every connection at INFO; workers inherit this through the environment
        os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "warning")
    if getattr(args, "processes", None):
        settings = settings.with_(processes=args.processes)
    tally = Tally()
    bar = _progress_bar(paths, count_items, disabled=getattr(args, "no_progress", False))
    try:
        with _open(args.db) as store:
            report = ingest(paths, store, settings, mapping=ColumnMapping.parse(getattr(args, "map", None)),
                            engine=getattr(args, "engine", "local"), address=getattr(args, "scheduler", None),
                            on_failure=tally.see, progress=bar.update)
    finally:
        bar.close()
    tally.ok = report.processed
    return report, tally


def _progress_bar(paths, count, disabled: bool):
    from tqdm import tqdm

    # disable=None: drawn only when standard error is a terminal
    return tqdm(total=count(paths), unit="article", file=sys.stderr, disable=True if disabled else None,
                dynamic_ncols=True, smoothing=0.1)


def _ingest(args) -> int:
    report, tally = _run_ingest(args, args.paths, settings_from(args))
    print(f"stored {report.stored} new article(s), skipped {report.skipped} already stored, "
          f"{report.failed} failed; {report.events} event(s); "
          f"{report.dedup.get('canonical_events', 0)} canonical event(s), "
          f"{report.dedup.get('near_duplicates', 0)} near-duplicate article(s)", file=sys.stderr)
    return tally.exit_code()


def _demo(args) -> int:
    from ._store_demo import print_summary

    if not Path(args.path).is_dir():
        raise UsageError(f"no example folder at {args.path}")
    args.no_progress = True
    report, tally = _run_ingest(args, [args.path], settings_from(args))
    with _open(args.db, read_only=False) as store:
        print_summary(store, report, args.path)
    return tally.exit_code()


def _events(args) -> int:
    from ..store import event_records

    with _open(args.db, read_only=True) as store:
        if args.format == "jsonl":
            for record in event_records(store):
                emit_json(record)
        else:
            import pyarrow.csv as pacsv

            table = store.table("SELECT * EXCLUDE (record, mode, aux_modes), array_to_string(mode, ';') AS mode, "
                                "array_to_string(aux_modes, ';') AS aux_modes FROM events ORDER BY article_id, id")
            pacsv.write_csv(table, sys.stdout.buffer)
    return 0


def _failures(args) -> int:
    from ..store import failures

    with _open(args.db, read_only=True) as store:
        rows = failures(store)
    for article_id, origin, reason, message, stage, when in rows:
        if args.format == "jsonl":
            emit_json({"id": article_id, "origin": origin, "reason": reason, "message": message, "stage": stage,
                       "failed_at": when.isoformat() if when else None})
        else:
            print(f"{reason:<12} {article_id}  {message}")
    if args.format == "table":
        print(f"{len(rows)} failure(s)", file=sys.stderr)
    return 0


def _export(args) -> int:
    from ..export import export

    if args.format == "parquet" and not args.output:
        raise UsageError("--format parquet needs -o FOLDER")
    with _open(args.db, read_only=True) as store:
        n = export(store, args.format, args.output, settings=settings_from(args), kosovo_code=args.kosovo_code)
    print(f"exported {n} row(s) as {args.format}" + (f" to {args.output}" if args.output else ""),
          file=sys.stderr)
    return 0


def _bench(args) -> int:
    from ..bench import run_bench

    try:
        counts = [int(p) for p in args.processes.split(",") if p.strip()]
    except ValueError:
        raise UsageError(f"bad --processes {args.processes!r}: expected e.g. 1,2") from None
    result = run_bench(args.path, settings_from(args), processes=counts, limit=args.limit,
                       write_events=args.write_events, query_events=args.query_events,
                       repeats=max(1, args.repeats))
    print(json.dumps(result, indent=2) if args.json else result["text"])
    return 0
