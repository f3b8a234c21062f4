-- Vigie store schema for PostgreSQL, version 1. Written for this project (Apache-2.0).
-- The same tables and columns as vigie-store's SQLite V1__init.sql, in PostgreSQL types, so the read queries
-- (JdbcStoreSupport) are shared. Applied at open in one transaction and recorded in schema_version.
-- A statement ends with ';' at the end of a line; lines starting with '--' are comments.
-- Offsets in entity_mentions are Unicode code points, as in the vigie-analysis/1 record.
-- Keys and sorted text columns use the "C" collation: byte order, as SQLite's BINARY, so listings sort the same
-- whatever the database's locale.

-- The original input bytes, deflate-compressed, stored once per content hash.
CREATE TABLE inputs (
    sha256      TEXT COLLATE "C" PRIMARY KEY,
    compression TEXT NOT NULL,
    size        INTEGER NOT NULL,
    data        BYTEA NOT NULL
);

-- The bytes are already deflated: PostgreSQL should not try to compress them again.
ALTER TABLE inputs ALTER COLUMN data SET STORAGE EXTERNAL;

-- One row per analysed document; seq gives the ingestion order (newest = highest);
-- story is the story cluster id of the record, when it was assigned one.
-- The input reference is checked at commit: a put inserts the document first, so that a duplicate id stops it
-- before the input bytes are sent.
-- ingested_at is an ISO-8601 UTC instant as text, as in SQLite, so both stores read it back with the same code.
-- analysis is the record's exact JSON text.
CREATE TABLE documents (
    seq            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id             TEXT COLLATE "C" NOT NULL UNIQUE,
    input_sha256   TEXT COLLATE "C" NOT NULL REFERENCES inputs(sha256) DEFERRABLE INITIALLY DEFERRED,
    path           TEXT,
    url            TEXT,
    media_type     TEXT,
    bytes          BIGINT NOT NULL,
    title          TEXT,
    published      TEXT,
    language       TEXT,
    story          TEXT COLLATE "C",
    ingested_at    TEXT NOT NULL,
    entity_count   INTEGER NOT NULL,
    quote_count    INTEGER NOT NULL,
    quantity_count INTEGER NOT NULL,
    time_count     INTEGER NOT NULL,
    event_count    INTEGER NOT NULL,
    analysis       TEXT NOT NULL
);

CREATE INDEX documents_input ON documents(input_sha256);
-- Covers the store totals, so they are summed without reading the analysis records.
CREATE INDEX documents_totals ON documents(quote_count, quantity_count, event_count, story);

-- One row per entity id across the store, with aggregated counts.
CREATE TABLE entities (
    id             TEXT COLLATE "C" PRIMARY KEY,
    name           TEXT NOT NULL,
    type           TEXT COLLATE "C" NOT NULL,
    document_count INTEGER NOT NULL,
    mention_count  INTEGER NOT NULL
);

CREATE INDEX entities_by_documents ON entities(document_count DESC, mention_count DESC, id);
CREATE INDEX entities_by_type ON entities(type, document_count DESC, mention_count DESC, id);

-- The distinct surface forms an entity was written as, with how many mentions used each.
CREATE TABLE entity_surfaces (
    entity_id TEXT COLLATE "C" NOT NULL REFERENCES entities(id),
    surface   TEXT COLLATE "C" NOT NULL,
    mentions  INTEGER NOT NULL,
    PRIMARY KEY (entity_id, surface)
);

-- Which documents mention an entity, and how often.
CREATE TABLE entity_documents (
    entity_id   TEXT COLLATE "C" NOT NULL REFERENCES entities(id),
    document_id TEXT COLLATE "C" NOT NULL REFERENCES documents(id),
    mentions    INTEGER NOT NULL,
    PRIMARY KEY (entity_id, document_id)
);

CREATE INDEX entity_documents_by_document ON entity_documents(document_id);

-- Every mention of an entity, with its surface text.
CREATE TABLE entity_mentions (
    entity_id   TEXT COLLATE "C" NOT NULL REFERENCES entities(id),
    document_id TEXT COLLATE "C" NOT NULL REFERENCES documents(id),
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    surface     TEXT NOT NULL
);

CREATE INDEX entity_mentions_by_entity ON entity_mentions(entity_id, document_id);
CREATE INDEX entity_mentions_by_document ON entity_mentions(document_id);
