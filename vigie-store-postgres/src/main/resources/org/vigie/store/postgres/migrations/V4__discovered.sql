-- Vigie store schema for PostgreSQL, version 4: discovered entities. Written for this project (Apache-2.0).
-- Names the knowledge base does not know are grouped across documents when they are listed (the entities tables
-- hold them, with ids vigie:<slug>); these tables keep what the user decided about the groups.
-- Mirrors vigie-store's V4__discovered.sql.

-- Entities the user confirmed: a stable id, the name, type and variants (one per line) they are known by from now
-- on, written to the data folder's user knowledge-base file so the analyses that follow link them.
CREATE TABLE user_entities (
    id           TEXT COLLATE "C" PRIMARY KEY,
    name         TEXT NOT NULL,
    type         TEXT NOT NULL,
    variants     TEXT NOT NULL,
    confirmed_at TEXT NOT NULL
);

-- The store names (entity ids vigie:<slug> of earlier analyses) a confirmed entity groups.
CREATE TABLE user_entity_members (
    member_id TEXT COLLATE "C" PRIMARY KEY,
    entity_id TEXT COLLATE "C" NOT NULL REFERENCES user_entities(id)
);

CREATE INDEX user_entity_members_by_entity ON user_entity_members(entity_id);

-- Names the user split off their discovered group: each stands on its own.
CREATE TABLE discovered_splits (
    member_id TEXT COLLATE "C" PRIMARY KEY,
    split_at  TEXT NOT NULL
);
