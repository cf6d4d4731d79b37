"""GDELT 2.0-style tables: the 61-column event table (one row per canonical event) and the
Mentions table (one row per article mention of an event, with offsets and a confidence).

IDs are our string ids (GDELT uses integers); fields we do not code (ethnic, religion,
tone, actor geography) are left empty, as GDELT itself does when unknown.
"""
from __future__ import annotations

import csv
import datetime as dt
from typing import IO

from ..store import Store
from .kosovo import sql_code, sql_country

__all__ = ["GDELT_EVENT_COLUMNS", "GDELT_MENTION_COLUMNS", "write_gdelt_events", "write_gdelt_mentions"]

_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
          "Type1Code", "Type2Code", "Type3Code")
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
GDELT_EVENT_COLUMNS = (
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{c}" for c in _ACTOR), *(f"Actor2{c}" for c in _ACTOR),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{c}" for c in _GEO), *(f"Actor2Geo_{c}" for c in _GEO), *(f"ActionGeo_{c}" for c in _GEO),
    "DATEADDED", "SOURCEURL",
)
GDELT_MENTION_COLUMNS = (
    "GlobalEventID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
    "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
)
_GEO_TYPE = {"country": 1, "admin1": 5, "region": 5, "city": 4}


def _events_sql(kosovo: str) -> str:
    return f"""
SELECT c.id, c.date, {sql_code('c.actor_code', kosovo)}, e.actor_name, {sql_country('c.actor_country', kosovo)},
       e.actor_sector, {sql_code('c.recipient_code', kosovo)}, e.recipient_name,
       {sql_country('c.recipient_country', kosovo)}, e.recipient_sector, e.cameo_root, c.quad, c.goldstein,
       c.num_mentions, c.num_sources, c.num_articles, c.place_name, {sql_country('c.place_country', kosovo)},
       c.lat, c.lon, e.geonames_id, pl.resolution, c.first_seen, c.source_url
FROM canonical_events c
LEFT JOIN events e ON 'c' || e.id = c.id
LEFT JOIN (SELECT DISTINCT ON (geonames_id) geonames_id, resolution FROM places) pl
       ON pl.geonames_id = e.geonames_id
ORDER BY c.date NULLS LAST, c.id"""


def _day_fields(day: dt.date | None) -> list:
    if day is None:
        return ["", "", "", ""]
    frac = day.year + (day.timetuple().tm_yday - 1) / 365.0
    return [day.strftime("%Y%m%d"), day.strftime("%Y%m"), day.year, f"{frac:.4f}"]


def _actor(code, name, country, sector) -> list:
    return [code or "", name or "", country or "", "", "", "", "", sector or "", "", ""]


def _event_row(r: tuple) -> list:
    (cid, day, ac, an, acty, asec, rc, rn, rcty, rsec, root, quad, gold, nm, ns, na, pname, pcty, lat, lon,
     gid, res, first_seen, url) = r
    geo = [_GEO_TYPE.get(res or "", 4) if pname else "", pname or "",
           pcty or "", "", "", "" if lat is None else lat, "" if lon is None else lon, gid or ""]
    return [cid, *_day_fields(day), *_actor(ac, an, acty, asec), *_actor(rc, rn, rcty, rsec), 1,
            root or "", root or "", root or "", quad or "", "" if gold is None else gold, nm, ns, na, "",
            *[""] * 8, *[""] * 8, *geo,
            first_seen.strftime("%Y%m%d%H%M%S") if first_seen else "", url or ""]


def write_gdelt_events(store: Store, out: IO[str], kosovo: str) -> int:
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    writer.writerow(GDELT_EVENT_COLUMNS)
    rows = store.rows(_events_sql(kosovo))
    for r in rows:
        writer.writerow(_event_row(r))
    return len(rows)


_MENTIONS_SQL = """
SELECT m.canonical_id, c.date, m.mention_time, coalesce(a.source, ''), coalesce(a.url, a.id),
       m.sentence_start, m.trigger_start, m.confidence, a.content_chars, m.sentence_end, m.trigger_end,
       m.event_id, m.article_id
FROM mentions m JOIN articles a ON a.id = m.article_id
LEFT JOIN canonical_events c ON c.id = m.canonical_id
WHERE m.canonical_id IS NOT NULL
ORDER BY m.canonical_id, m.mention_time, m.article_id, m.event_id"""


def write_gdelt_mentions(store: Store, out: IO[str], kosovo: str) -> int:
    import json

    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    writer.writerow(GDELT_MENTION_COLUMNS)
    rows = store.rows(_MENTIONS_SQL)
    for (cid, day, when, source, ident, s_start, t_start, conf, doclen, s_end, t_end, eid, aid) in rows:
        extras = {"event_id": eid, "article_id": aid, "sentence_start": s_start, "sentence_end": s_end,
                  "trigger_end": t_end}
        writer.writerow([cid, day.strftime("%Y%m%d000000") if day else "",
                         when.strftime("%Y%m%d%H%M%S") if when else "", 1, source, ident, "", -1, -1,
                         -1 if t_start is None else t_start, 1, "" if conf is None else round(conf * 100),
                         doclen or "", "", "", json.dumps(extras)])
    return len(rows)
