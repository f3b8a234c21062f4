-- Vigie store schema for PostgreSQL, version 2: stories. Written for this project (Apache-2.0).
-- The same tables and columns as vigie-store's SQLite V2__stories.sql, in PostgreSQL types, so org.vigie.store.StoryStore
-- reads and writes them with the same SQL. Kept in the same transaction as the document they concern.

-- One row per document placed in a story: its story, its place in its republication chain (relation: original,
-- copy, edit, translation or report; of_document: the document it repeats) and its fingerprint, so that reopening
-- the store restores the story index without analysing or clustering anything again. seq is the order the index
-- saw the documents in.
CREATE TABLE story_members (
    seq         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id TEXT COLLATE "C" NOT NULL UNIQUE REFERENCES documents(id),
    story_id    TEXT COLLATE "C" NOT NULL,
    relation    TEXT NOT NULL,
    of_document TEXT COLLATE "C",
    similarity  DOUBLE PRECISION NOT NULL,
    fingerprint BYTEA NOT NULL
);

CREATE INDEX story_members_by_story ON story_members(story_id, seq);

-- One row per story, as the index last saw it, for listing stories without reading their documents.
-- Dates sort NULLS LAST, as SQLite sorts them in descending order, so both stores list stories alike.
CREATE TABLE stories (
    id                   TEXT COLLATE "C" PRIMARY KEY,
    lead_document        TEXT COLLATE "C",
    first_date           TEXT COLLATE "C",
    last_date            TEXT COLLATE "C",
    documents            INTEGER NOT NULL,
    republication_groups INTEGER NOT NULL,
    independent_sources  INTEGER NOT NULL,
    languages            TEXT NOT NULL
);

CREATE INDEX stories_by_sources ON stories(independent_sources DESC, last_date DESC NULLS LAST, id);
CREATE INDEX stories_by_recency ON stories(last_date DESC NULLS LAST, independent_sources DESC, id);

-- Stories merged into another one, so that links to them still lead somewhere.
CREATE TABLE stories_merged (
    id          TEXT COLLATE "C" PRIMARY KEY,
    merged_into TEXT COLLATE "C" NOT NULL
);
