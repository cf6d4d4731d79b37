"""`eventwatch serve` (HTTP API + dashboard) and `eventwatch dyads A B` (a timeline in the terminal)."""
from __future__ import annotations

import datetime as dt
import json
import sys

from ._common import UsageError, add_db

__all__ = ["add"]


def add(sub) -> None:
    serve = sub.add_parser("serve", help="serve the HTTP API and dashboard over a store (read-only)")
    add_db(serve)
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1, this machine only)")
    serve.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    serve.set_defaults(func=run_serve)

    dyads = sub.add_parser("dyads", help="timeline, conflict-cooperation index and alerts for a pair")
    dyads.add_argument("a", help="country code (SRB) or CAMEO actor code/prefix")
    dyads.add_argument("b", help="country code (XKX) or CAMEO actor code/prefix")
    add_db(dyads)
    dyads.add_argument("--freq", choices=("day", "week", "month"), default="month")
    dyads.add_argument("--from", dest="date_from", help="first day (YYYY-MM-DD)")
    dyads.add_argument("--to", dest="date_to", help="last day (YYYY-MM-DD)")
    dyads.add_argument("--directed", action="store_true", help="only events from A to B")
    dyads.add_argument("--all-periods", action="store_true", help="show periods without events too")
    dyads.add_argument("--json", action="store_true", help="print the timeline and alerts as JSON")
    dyads.set_defaults(func=run_dyads)


def _date(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError as exc:
        raise UsageError(f"not a date (YYYY-MM-DD): {text!r}") from exc


def run_dyads(args) -> int:
    from ..analysis import dyad_alerts, dyad_timeline, open_readonly, render_timeline

    span = {"date_from": _date(args.date_from), "date_to": _date(args.date_to), "directed": args.directed}
    con = open_readonly(args.db)
    try:
        timeline = dyad_timeline(con, args.a, args.b, freq=args.freq, **span)
        alerts = dyad_alerts(con, args.a, args.b, **span)
    finally:
        con.close()
    if args.json:
        sys.stdout.write(json.dumps({**timeline.as_dict(), "alerts": [a.as_dict() for a in alerts]},
                                    ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(render_timeline(timeline, alerts, skip_empty=not args.all_periods) + "\n")
    return 0


def run_serve(args) -> int:
    import uvicorn

    from ..httpapi import create_app

    app = create_app(args.db)
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print(f"eventwatch: warning: serving on {args.host}, reachable from other machines", file=sys.stderr)
    print(f"eventwatch: serving {args.db} (read-only) at http://{args.host}:{args.port}/", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning", server_header=False)
    return 0
