-- Vigie store schema, version 3: the facts index and the publication day. Written for this project (Apache-2.0).
-- Written by org.vigie.store.FactRows in the same transaction as the document; records stored before this version are
-- indexed when the store is next opened (FactRows.backfill), which is why facts_indexed marks the documents done.

-- One row per event, quote or quantity of a document, with what the API filters on, so that a listing reads only the
-- records of the page it shows. kind: event, quote or quantity; ordinal: its position in the record's list.
-- type: the event type, or the quantity's unit in lower case. who1/who2: the entity ids of the actors (events), the
-- speaker (quotes) or the claimant (quantities); name1/name2 their names in lower case. day: the document's
-- publication day (YYYY-MM-DD) when it has one. doc_seq: the document's seq, most recently stored first.
CREATE TABLE facts (
    document_id TEXT NOT NULL REFERENCES documents(id),
    kind        TEXT NOT NULL,
    ordinal     INTEGER NOT NULL,
    type        TEXT,
    who1        TEXT,
    name1       TEXT,
    who2        TEXT,
    name2       TEXT,
    day         TEXT,
    doc_seq     INTEGER NOT NULL,
    PRIMARY KEY (document_id, kind, ordinal)
);

CREATE INDEX facts_by_kind ON facts(kind, doc_seq DESC, ordinal);
CREATE INDEX facts_by_type ON facts(kind, type, doc_seq DESC, ordinal);

-- The documents whose facts are in the facts table (including those that have none).
CREATE TABLE facts_indexed (
    document_id TEXT PRIMARY KEY REFERENCES documents(id)
);

-- The stories of the day (StoryStore.ofTheDay) select documents by publication day.
CREATE INDEX documents_by_day ON documents((SUBSTR(published, 1, 10)));
