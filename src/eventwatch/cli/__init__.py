"""The command line: thin over the Python API (same names), errors turned into messages.

Exit status: 0 all articles processed, 3 some failed, 1 nothing could be processed,
2 bad usage. Each command group lives in its own module with an ``add(subparsers)``.
"""
from __future__ import annotations

import argparse
import logging
import sys
from importlib import import_module

from ..errors import ConfigError, EventwatchError
from ._common import EXIT_FAILED, EXIT_USAGE, UsageError

__all__ = ["main"]

# command modules, in help order; each defines add(subparsers)
_COMMAND_MODULES = ("_code", "_store", "_quotes", "_eval", "_serve", "_settings")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="eventwatch", description=__doc__.splitlines()[0])
    parser.add_argument("--config", help="TOML settings file")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                        help="override a setting (see `eventwatch settings`)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress details")
    sub = parser.add_subparsers(dest="command", required=True)
    for name in _COMMAND_MODULES:
        try:
            module = import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{name}":
                raise
            continue
        module.add(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return EXIT_USAGE if exc.code not in (0, None) else 0
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, stream=sys.stderr,
                        format="%(levelname)s %(name)s: %(message)s")
    try:
        return int(args.func(args) or 0)
    except (UsageError, ConfigError) as exc:
        print(f"eventwatch: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except EventwatchError as exc:
        print(f"eventwatch: error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130
