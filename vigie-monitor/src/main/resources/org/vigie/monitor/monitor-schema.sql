-- The monitor's own database (monitor.db in the data folder), schema version 1.
-- Times are milliseconds since the epoch (UTC). Statements are separated by lines holding only ';'.
CREATE TABLE IF NOT EXISTS monitor_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)
;
CREATE TABLE IF NOT EXISTS sources (id TEXT PRIMARY KEY, json TEXT NOT NULL, added_ms INTEGER NOT NULL)
;
CREATE TABLE IF NOT EXISTS source_state (
  source_id TEXT PRIMARY KEY,
  etag TEXT, last_modified TEXT,
  next_poll_ms INTEGER NOT NULL DEFAULT 0,
  failures INTEGER NOT NULL DEFAULT 0,
  polls INTEGER NOT NULL DEFAULT 0,
  not_modified INTEGER NOT NULL DEFAULT 0,
  last_poll_ms INTEGER, last_success_ms INTEGER,
  last_error TEXT, last_error_ms INTEGER,
  articles INTEGER NOT NULL DEFAULT 0,
  article_errors INTEGER NOT NULL DEFAULT 0)
;
-- Every article URL met (by its UrlKey), with what became of it; an URL is fetched again only while its
-- outcome is 'retry' and its attempts are below the limit.
CREATE TABLE IF NOT EXISTS seen_urls (
  url TEXT PRIMARY KEY, source_id TEXT, first_ms INTEGER NOT NULL, outcome TEXT NOT NULL,
  document_id TEXT, attempts INTEGER NOT NULL DEFAULT 0, detail TEXT)
;
-- SHA-256 of fetched bodies and of extracted texts already ingested.
CREATE TABLE IF NOT EXISTS seen_contents (hash TEXT PRIMARY KEY, document_id TEXT, first_ms INTEGER NOT NULL)
;
CREATE TABLE IF NOT EXISTS source_items (source_id TEXT NOT NULL, at_ms INTEGER NOT NULL, document_id TEXT NOT NULL)
;
CREATE INDEX IF NOT EXISTS source_items_by_source ON source_items (source_id, at_ms)
;
CREATE TABLE IF NOT EXISTS folder_files (
  path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ms INTEGER NOT NULL, outcome TEXT NOT NULL, at_ms INTEGER NOT NULL)
;
CREATE TABLE IF NOT EXISTS imports (
  path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ms INTEGER NOT NULL, position INTEGER NOT NULL,
  records INTEGER NOT NULL, stored INTEGER NOT NULL, duplicates INTEGER NOT NULL, failed INTEGER NOT NULL,
  done INTEGER NOT NULL, updated_ms INTEGER NOT NULL)
;
CREATE TABLE IF NOT EXISTS watchlists (id TEXT PRIMARY KEY, json TEXT NOT NULL, added_ms INTEGER NOT NULL)
;
CREATE TABLE IF NOT EXISTS alerts (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, watchlist_id TEXT NOT NULL,
  story_id TEXT, dedupe TEXT NOT NULL UNIQUE, at_ms INTEGER NOT NULL, json TEXT NOT NULL,
  delivery TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0)
;
CREATE INDEX IF NOT EXISTS alerts_by_watchlist ON alerts (watchlist_id, seq)
;
CREATE INDEX IF NOT EXISTS alerts_by_story ON alerts (watchlist_id, story_id, at_ms)
;
-- Figures a "not seen before" watchlist has met.
CREATE TABLE IF NOT EXISTS seen_figures (watchlist_id TEXT NOT NULL, figure TEXT NOT NULL, PRIMARY KEY (watchlist_id, figure))
;
-- The independent sources of each story, with when each was first seen reporting it.
CREATE TABLE IF NOT EXISTS story_sources (
  story_id TEXT NOT NULL, source_key TEXT NOT NULL, first_ms INTEGER NOT NULL, document_id TEXT NOT NULL,
  PRIMARY KEY (story_id, source_key))
;
