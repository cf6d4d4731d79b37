-- eventwatch store, schema version 1. Migrations append to store/migrations.py and are
-- recorded in schema_migrations. Offsets are code-point offsets into articles.text.

CREATE TABLE IF NOT EXISTS schema_migrations (
    version     INTEGER PRIMARY KEY,
    name        VARCHAR NOT NULL,
    applied_at  TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS articles (
    id            VARCHAR PRIMARY KEY,
    content_hash  VARCHAR NOT NULL,      -- sha256 of the normalised text: re-ingest is a no-op
    title         VARCHAR,
    url           VARCHAR,
    source        VARCHAR,               -- outlet / publisher
    published     DATE,
    reference_date VARCHAR,              -- TIMEX3 value used as "now" for the article
    reference_reason VARCHAR,
    text          VARCHAR NOT NULL,
    origin        VARCHAR,               -- file / corpus it came from
    near_dup_of   VARCHAR,               -- id of an earlier near-duplicate article, if any
    coder         VARCHAR,
    ingested_at   TIMESTAMP NOT NULL
);

-- One row per coded event in one article (article-level event).
CREATE TABLE IF NOT EXISTS events (
    id                VARCHAR PRIMARY KEY,
    article_id        VARCHAR NOT NULL,
    canonical_id      VARCHAR,           -- cross-article cluster (canonical_events.id)
    event_type        VARCHAR NOT NULL,  -- PLOVER
    mode              VARCHAR[],
    aux_modes         VARCHAR[],
    asserted          BOOLEAN NOT NULL,  -- no negation / hypothetical / future
    quad              INTEGER,
    cameo_root        VARCHAR,
    goldstein         DOUBLE,
    confidence        DOUBLE,
    coder             VARCHAR,
    actor_name        VARCHAR,           -- first actor, flattened for filters
    actor_country     VARCHAR,
    actor_sector      VARCHAR,
    actor_code        VARCHAR,
    recipient_name    VARCHAR,
    recipient_country VARCHAR,
    recipient_sector  VARCHAR,
    recipient_code    VARCHAR,
    date              DATE,              -- first day of date_value when it has a calendar value
    date_value        VARCHAR,           -- TIMEX3 value
    date_granularity  VARCHAR,
    date_source       VARCHAR,
    place_name        VARCHAR,
    place_country     VARCHAR,
    lat               DOUBLE,
    lon               DOUBLE,
    geonames_id       BIGINT,
    trigger           VARCHAR,
    sentence          VARCHAR,
    record            JSON NOT NULL USING COMPRESSION zstd  -- the full event record (README "Event record")
);

-- Cross-article clusters: the same happening told by several articles.
CREATE TABLE IF NOT EXISTS canonical_events (
    id             VARCHAR PRIMARY KEY,
    event_type     VARCHAR NOT NULL,
    actor_code     VARCHAR,
    recipient_code VARCHAR,
    actor_country  VARCHAR,
    recipient_country VARCHAR,
    date           DATE,
    quad           INTEGER,
    goldstein      DOUBLE,
    num_mentions   INTEGER NOT NULL,
    num_articles   INTEGER NOT NULL,
    num_sources    INTEGER NOT NULL,
    first_seen     TIMESTAMP,
    conflicts      JSON                  -- differing details (dates, places ...) kept, not overwritten
);

-- GDELT-style: one row per article mention of an event.
CREATE TABLE IF NOT EXISTS mentions (
    event_id       VARCHAR NOT NULL,
    canonical_id   VARCHAR,
    article_id     VARCHAR NOT NULL,
    sentence_start INTEGER,
    sentence_end   INTEGER,
    trigger_start  INTEGER,
    trigger_end    INTEGER,
    confidence     DOUBLE,
    source         VARCHAR,
    mention_time   TIMESTAMP
);

-- Actor mentions found in articles (resolved or not).
CREATE TABLE IF NOT EXISTS actors (
    article_id VARCHAR NOT NULL,
    text       VARCHAR NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    label      VARCHAR,
    name       VARCHAR,
    kind       VARCHAR,
    country    VARCHAR,
    sector     VARCHAR,
    code       VARCHAR,
    wikidata   VARCHAR
);

CREATE TABLE IF NOT EXISTS places (
    article_id  VARCHAR NOT NULL,
    text        VARCHAR NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    name        VARCHAR,
    country     VARCHAR,
    admin1      VARCHAR,
    lat         DOUBLE,
    lon         DOUBLE,
    geonames_id BIGINT,
    resolution  VARCHAR
);

CREATE TABLE IF NOT EXISTS times (
    article_id  VARCHAR NOT NULL,
    text        VARCHAR NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    value       VARCHAR,
    granularity VARCHAR,
    source      VARCHAR
);

CREATE TABLE IF NOT EXISTS quotes (
    id              VARCHAR PRIMARY KEY,
    article_id      VARCHAR NOT NULL,
    text            VARCHAR NOT NULL,
    start           INTEGER NOT NULL,
    "end"           INTEGER NOT NULL,
    speaker_name    VARCHAR,
    speaker_country VARCHAR,
    speaker_code    VARCHAR,
    speaker_text    VARCHAR,
    cue             VARCHAR,
    venue           VARCHAR,
    kind            VARCHAR,
    event_ids       VARCHAR[]
);

CREATE TABLE IF NOT EXISTS failures (
    article_id VARCHAR,
    origin     VARCHAR,
    reason     VARCHAR NOT NULL,
    message    VARCHAR,
    stage      VARCHAR,
    failed_at  TIMESTAMP NOT NULL
);
