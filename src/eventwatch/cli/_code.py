"""`eventwatch code` and `eventwatch analyze`: one article or a JSONL corpus to JSON lines."""
from __future__ import annotations

from ..api import get_pipeline
from ..records import analysis_record, event_record
from ._common import Tally, emit_json, read_inputs, settings_from, split_failures


def add(sub) -> None:
    for name, func, help_ in (("code", _code, "code events: one JSON event per line"),
                              ("analyze", _analyze, "everything found: one JSON object per article")):
        p = sub.add_parser(name, help=help_)
        p.add_argument("file", nargs="?", help="text file, or - for standard input")
        p.add_argument("--jsonl", help='JSONL corpus: lines {"id", "text", "title"?, "url"?, "published"?}')
        p.add_argument("--pub-date", help="publication date YYYY-MM-DD of FILE")
        p.set_defaults(func=func)


def _run(args, emit) -> int:
    tally = Tally()
    pipeline = get_pipeline(settings_from(args))
    articles = split_failures(read_inputs(args.file, args.jsonl, args.pub_date), tally)
    for result in pipeline.run(articles):
        if tally.see(result):
            emit(result)
    return tally.exit_code()


def _code(args) -> int:
    return _run(args, lambda a: [emit_json(event_record(e)) for e in a.events])


def _analyze(args) -> int:
    return _run(args, lambda a: emit_json(analysis_record(a)))
