"""`eventwatch eval NAME PATH`: score a stage on real data (see docs/evaluation.md)."""
from __future__ import annotations

import json
from importlib import import_module

from ._common import settings_from

# name -> "module:function"; each function is evaluate(path, settings, split) -> EvalReport
EVALUATIONS = {
    "plover-gsr": "eventwatch.coding.evaluate:evaluate",
    "entities": "eventwatch.actors.evaluate:evaluate",
    "times": "eventwatch.when.evaluate:evaluate",
    "places": "eventwatch.where.evaluate:evaluate",
    "quotes": "eventwatch.quotes.evaluate:evaluate",
    "dedup": "eventwatch.dedup.evaluate:evaluate",
}


def add(sub) -> None:
    p = sub.add_parser("eval", help="score a stage against a benchmark")
    p.add_argument("name", choices=sorted(EVALUATIONS))
    p.add_argument("path", help="benchmark file or folder (under ../shared/benchmarks)")
    p.add_argument("--split", choices=["all", "dev", "held-out"], default="all",
                   help="our own split: 'dev' is tuned on, 'held-out' never is")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(func=_run)


def _run(args) -> int:
    module, _, attr = EVALUATIONS[args.name].partition(":")
    report = getattr(import_module(module), attr)(args.path, settings_from(args), args.split)
    print(json.dumps(report.as_json(), indent=2) if args.json else report.as_text())
    return 0
