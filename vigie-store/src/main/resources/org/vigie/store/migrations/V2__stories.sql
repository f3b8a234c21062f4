-- Vigie store schema, version 2: stories. Written for this project (Apache-2.0).
-- Kept by org.vigie.store.StoryStore, written in the same transaction as the document they concern.

-- One row per document placed in a story: its story, its place in its republication chain (relation: original,
-- copy, edit, translation or report; of_document: the document it repeats) and its fingerprint, so that reopening
-- the store restores the story index without analysing or clustering anything again. seq is the order the index
-- saw the documents in. Rows change when stories merge or split, or when a chain gets an earlier original.
CREATE TABLE story_members (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id TEXT NOT NULL UNIQUE REFERENCES documents(id),
    story_id    TEXT NOT NULL,
    relation    TEXT NOT NULL,
    of_document TEXT,
    similarity  REAL NOT NULL,
    fingerprint BLOB NOT NULL
);

CREATE INDEX story_members_by_story ON story_members(story_id, seq);

-- One row per story, as the index last saw it, for listing stories without reading their documents.
-- lead_document is the original of the story's largest republication group; its title names the story.
CREATE TABLE stories (
    id                   TEXT PRIMARY KEY,
    lead_document        TEXT,
    first_date           TEXT,
    last_date            TEXT,
    documents            INTEGER NOT NULL,
    republication_groups INTEGER NOT NULL,
    independent_sources  INTEGER NOT NULL,
    languages            TEXT NOT NULL
);

CREATE INDEX stories_by_sources ON stories(independent_sources DESC, last_date DESC, id);
CREATE INDEX stories_by_recency ON stories(last_date DESC, independent_sources DESC, id);

-- Stories merged into another one, so that links to them still lead somewhere.
CREATE TABLE stories_merged (
    id          TEXT PRIMARY KEY,
    merged_into TEXT NOT NULL
);
