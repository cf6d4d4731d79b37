"""`eventwatch settings`: the settings table with the values in force."""
from __future__ import annotations

from ..settings import SETTINGS_TABLE
from ._common import emit_json, settings_from


def add(sub) -> None:
    p = sub.add_parser("settings", help="list settings, their values in force and what they do")
    p.add_argument("--json", action="store_true", help="one JSON object per setting")
    p.set_defaults(func=_run)


def _run(args) -> int:
    settings = settings_from(args)
    for s in SETTINGS_TABLE:
        value = getattr(settings, s.name)
        if args.json:
            emit_json({"name": s.name, "value": value, "default": s.default, "help": s.help})
        else:
            shown = ",".join(value) if isinstance(value, tuple) else value
            print(f"{s.name} = {shown}\n    {s.help}")
    return 0
