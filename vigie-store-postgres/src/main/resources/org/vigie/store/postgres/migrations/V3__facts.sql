-- Vigie store schema for PostgreSQL, version 3: the facts index and the publication day. Written for this project
-- (Apache-2.0). The same tables and columns as vigie-store's SQLite V3__facts.sql, in PostgreSQL types, so
-- org.vigie.store.FactRows and FactStore use the same SQL. Records stored before this version are indexed when the
-- store is next opened, which is why facts_indexed marks the documents done.

-- One row per event, quote or quantity of a document, with what the API filters on (see the SQLite migration).
CREATE TABLE facts (
    document_id TEXT COLLATE "C" NOT NULL REFERENCES documents(id),
    kind        TEXT COLLATE "C" NOT NULL,
    ordinal     INTEGER NOT NULL,
    type        TEXT COLLATE "C",
    who1        TEXT COLLATE "C",
    name1       TEXT COLLATE "C",
    who2        TEXT COLLATE "C",
    name2       TEXT COLLATE "C",
    day         TEXT COLLATE "C",
    doc_seq     BIGINT NOT NULL,
    PRIMARY KEY (document_id, kind, ordinal)
);

CREATE INDEX facts_by_kind ON facts(kind, doc_seq DESC, ordinal);
CREATE INDEX facts_by_type ON facts(kind, type, doc_seq DESC, ordinal);

-- The documents whose facts are in the facts table (including those that have none).
CREATE TABLE facts_indexed (
    document_id TEXT COLLATE "C" PRIMARY KEY REFERENCES documents(id)
);

-- The stories of the day (StoryStore.ofTheDay) select documents by publication day.
CREATE INDEX documents_by_day ON documents((SUBSTR(published, 1, 10)));
