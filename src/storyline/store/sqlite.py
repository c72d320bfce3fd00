"""The store: one SQLite file (WAL), FTS5 over title and body, one transaction per ingested batch.

Ingest is idempotent (documents are keyed by their content hash, copies of a body become mentions of
the stored article) and linking happens inside the batch's transaction, so a crash mid-batch leaves
the store as it was before the batch.
"""
from __future__ import annotations

import json
import os
import sqlite3
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from storyline.errors import StoreError
from storyline.link.cluster import StoryIndex, StoryProfile
from storyline.link.dedup import CONTAINMENT, band_keys, body_fingerprint, containment, signature
from storyline.link.recluster import recluster
from storyline.link.stream import Member, StreamLinker, member
from storyline.link.timeline import build_timeline
from storyline.model import SCHEMA_VERSION, Article, Event, Story

DEFAULT_DB = "storyline.db"
# private-use characters around search hits in snippets: no article text contains them
HIT_START, HIT_END = "\ue000", "\ue001"

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles(
    rowid INTEGER PRIMARY KEY,
    id TEXT UNIQUE NOT NULL,
    fingerprint TEXT NOT NULL,
    source TEXT NOT NULL, url TEXT, title TEXT, published TEXT, publisher TEXT, language TEXT,
    text TEXT NOT NULL,
    story_id INTEGER,
    record TEXT NOT NULL,
    ingested_at TEXT NOT NULL DEFAULT (datetime('now')));
CREATE INDEX IF NOT EXISTS articles_fingerprint ON articles(fingerprint);
CREATE INDEX IF NOT EXISTS articles_story ON articles(story_id);
CREATE TABLE IF NOT EXISTS mentions(
    article_id TEXT NOT NULL, document_id TEXT NOT NULL, source TEXT NOT NULL, url TEXT, publisher TEXT,
    PRIMARY KEY(article_id, document_id));
CREATE INDEX IF NOT EXISTS mentions_document ON mentions(document_id);
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(title, text, content='articles', content_rowid='rowid');
CREATE TRIGGER IF NOT EXISTS articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER IF NOT EXISTS articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TABLE IF NOT EXISTS events(
    id TEXT PRIMARY KEY, article_id TEXT NOT NULL, type TEXT NOT NULL, status TEXT NOT NULL,
    date_start TEXT, date_end TEXT, resolution TEXT, place TEXT, countries TEXT, record TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS events_article ON events(article_id);
CREATE TABLE IF NOT EXISTS stories(
    id INTEGER PRIMARY KEY, thread_id INTEGER NOT NULL, label TEXT NOT NULL, first_date TEXT, last_date TEXT,
    n_articles INTEGER NOT NULL, countries TEXT NOT NULL, terms TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS stories_thread ON stories(thread_id);
CREATE TABLE IF NOT EXISTS terms(term TEXT PRIMARY KEY, df INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS signatures(article_id TEXT PRIMARY KEY, shingles INTEGER NOT NULL, minhash BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS bands(band INTEGER NOT NULL, key BLOB NOT NULL, article_id TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS bands_key ON bands(band, key);
"""


@dataclass
class IngestResult:
    added: list[str] = field(default_factory=list)  # article ids
    duplicates: list[str] = field(default_factory=list)  # documents stored as mentions of an article
    unchanged: list[str] = field(default_factory=list)  # documents already in the store


def resolve_db_path(path: str | os.PathLike | None = None) -> Path:
    return Path(path or os.environ.get("STORYLINE_DB") or DEFAULT_DB)


class Store:
    def __init__(self, path: str | os.PathLike | None = None):
        self.path = resolve_db_path(path)
        try:
            self.conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA busy_timeout=10000")
            self.conn.executescript(SCHEMA)
            version = self._meta("schema_version")
            if version is None:
                self.conn.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
            elif int(version) != SCHEMA_VERSION:
                raise StoreError(f"{self.path}: schema version {version}, this storyline reads {SCHEMA_VERSION}")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: cannot open the store: {exc}") from exc
        # the story index kept between batches, and the file's data_version it was read at
        self._linker: StreamLinker | None = None
        self._linker_version: int | None = None

    def close(self) -> None:
        self.conn.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def _meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    # ---- writing -------------------------------------------------------------------------------------

    @contextmanager
    def _transaction(self, failure: str):
        """All of the block's writes land, or none: any exception (a crash, ^C) rolls back; an SQLite
        error is raised as a StoreError saying `failure`."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            yield
            self.conn.execute("COMMIT")
        except BaseException as exc:
            self._linker = None  # it holds the rolled-back batch: read it again next time
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise StoreError(f"{self.path}: {failure} (rolled back): {exc}") from exc
            raise

    def ingest(self, articles: list[Article]) -> IngestResult:
        """Store and link one batch in one transaction: all of it lands, or none of it."""
        result = IngestResult()
        with self._transaction("batch not stored"):
            linker = self._current_linker()
            df_before = dict(linker.index.df)
            linker.changed.clear()
            for article in articles:
                self._ingest_one(article, linker, result)
            self._save_index(linker.index, linker.changed, df_before)
        return result

    def _current_linker(self) -> StreamLinker:
        """The story index as stored: kept in memory between batches (loading it is the costly part of a
        batch once many stories are known) unless another connection has written since."""
        version = self.conn.execute("PRAGMA data_version").fetchone()[0]
        if self._linker is None or version != self._linker_version:
            self._linker, self._linker_version = self._load_linker(), version
        return self._linker

    def _ingest_one(self, article: Article, linker: StreamLinker, result: IngestResult) -> None:
        if self.conn.execute("SELECT 1 FROM mentions WHERE document_id=?", (article.id,)).fetchone():
            result.unchanged.append(article.id)
            return
        fingerprint = body_fingerprint(article.text) if article.text.strip() else article.id
        copy_of = self.conn.execute("SELECT id FROM articles WHERE fingerprint=?", (fingerprint,)).fetchone()
        sig = signature(article.text) if article.text.strip() else None
        copy_of = copy_of[0] if copy_of else (self._near_copy_of(sig) if sig else None)
        if copy_of:
            self.conn.execute("INSERT INTO mentions VALUES (?,?,?,?,?)",
                              (copy_of, article.id, article.source, article.url, article.publisher))
            result.duplicates.append(article.id)
            return
        story_id = None
        if article.text.strip():
            story = linker.add(article)
            story_id = story.id
            # a story split in two: its articles in the other half move (this one is not stored yet)
            self.conn.executemany("UPDATE articles SET story_id=? WHERE id=?",
                                  [(sid, moved) for moved, sid in linker.take_moved().items()])
        self.conn.execute(
            "INSERT INTO articles(id, fingerprint, source, url, title, published, publisher, language, text,"
            " story_id, record) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (article.id, fingerprint, article.source, article.url, article.title, article.published,
             article.publisher, article.language, article.text, story_id, article.to_json()))
        self.conn.execute("INSERT INTO mentions VALUES (?,?,?,?,?)",
                          (article.id, article.id, article.source, article.url, article.publisher))
        if sig:
            self.conn.execute("INSERT INTO signatures VALUES (?,?,?)", (article.id, sig[1], sig[0].tobytes()))
            self.conn.executemany("INSERT INTO bands VALUES (?,?,?)",
                                  [(band, key, article.id) for band, key in band_keys(sig[0])])
        for event in article.events:
            when = event.when
            self.conn.execute(
                "INSERT OR REPLACE INTO events VALUES (?,?,?,?,?,?,?,?,?,?)",
                (event.id, article.id, event.type, event.status, when.start if when else None,
                 when.end if when else None, when.resolution if when else None,
                 event.place.name if event.place else None, ",".join(event.countries), event.to_json()))
        result.added.append(article.id)

    def recluster(self) -> tuple[int, int]:
        """Re-link every stored article in bulk (see link/recluster.py), in one transaction; returns the
        number of stories before and after."""
        with self._transaction("not re-clustered"):
            before = self.conn.execute("SELECT count(*) FROM stories").fetchone()[0]
            rows = self.conn.execute("SELECT record, story_id FROM articles WHERE story_id IS NOT NULL ORDER BY rowid")
            articles, previous = [], {}
            for record, story_id in rows:
                articles.append(Article.from_json(record))
                previous[articles[-1].id] = story_id
            df_before = {r[0]: r[1] for r in self.conn.execute("SELECT term, df FROM terms")}
            linker, story_of = recluster(articles, previous)
            self.conn.execute("DELETE FROM stories")
            self.conn.executemany("UPDATE articles SET story_id=? WHERE id=?",
                                  [(sid, article_id) for article_id, sid in story_of.items()])
            self._save_index(linker.index, linker.changed, df_before)
            self._linker = None  # the next batch reads the new stories
        return before, len(linker.index.stories)

    def _near_copy_of(self, sig: tuple[np.ndarray, int]) -> str | None:
        """A stored article whose body this one nearly copies (MinHash containment), found through LSH bands."""
        candidates: set[str] = set()
        for band, key in band_keys(sig[0]):
            candidates.update(r[0] for r in self.conn.execute(
                "SELECT article_id FROM bands WHERE band=? AND key=?", (band, key)))
        best, best_score = None, CONTAINMENT
        for article_id in sorted(candidates):
            n, blob = self.conn.execute("SELECT shingles, minhash FROM signatures WHERE article_id=?",
                                        (article_id,)).fetchone()
            score = containment(sig, (np.frombuffer(blob, dtype=np.uint64), n))
            if score >= best_score:
                best, best_score = article_id, score
        return best

    def _load_linker(self) -> StreamLinker:
        index = StoryIndex()
        index.n_docs = int(self._meta("n_docs") or 0)
        index.df = Counter({r[0]: r[1] for r in self.conn.execute("SELECT term, df FROM terms")})
        for r in self.conn.execute("SELECT * FROM stories"):
            index.register(StoryProfile(
                r["id"], r["thread_id"], Counter(json.loads(r["terms"])), set(json.loads(r["countries"])),
                r["first_date"], r["last_date"], r["n_articles"]))
        events_of_story: dict[int, list[Event]] = {}
        for r in self.conn.execute("SELECT a.story_id, e.record FROM events e JOIN articles a ON a.id = e.article_id"):
            events_of_story.setdefault(r[0], []).append(Event.from_json(r[1]))
        return StreamLinker(index, events_of_story, members_of=self._story_members)

    def _story_members(self, story_id: int) -> list[Member]:
        """A story's stored articles, oldest first, as the linker reads them to split the story."""
        return [member(Article.from_json(r[0])) for r in self.conn.execute(
            "SELECT record FROM articles WHERE story_id=? ORDER BY rowid", (story_id,))]

    def _save_index(self, index: StoryIndex, touched: set[int], df_before: dict[str, int]) -> None:
        changed = [(t, n) for t, n in index.df.items() if df_before.get(t) != n]
        self.conn.executemany("INSERT OR REPLACE INTO terms VALUES (?,?)", changed)
        self.conn.execute("INSERT OR REPLACE INTO meta VALUES ('n_docs', ?)", (str(index.n_docs),))
        for sid in touched:
            s = index.stories[sid]
            self.conn.execute(
                "INSERT OR REPLACE INTO stories VALUES (?,?,?,?,?,?,?,?)",
                (s.id, s.thread_id, self._story_label(s.id), s.first_date, s.last_date, s.n_articles,
                 json.dumps(sorted(s.countries)), json.dumps(dict(s.terms))))

    def _story_label(self, story_id: int) -> str:
        row = self.conn.execute("SELECT title FROM articles WHERE story_id=? AND title IS NOT NULL "
                                "ORDER BY published LIMIT 1", (story_id,)).fetchone()
        return row[0] if row else f"Story {story_id}"

    # ---- reading -------------------------------------------------------------------------------------

    def article(self, article_id: str) -> Article | None:
        row = self.conn.execute("SELECT record FROM articles WHERE id=?", (article_id,)).fetchone()
        return Article.from_json(row[0]) if row else None

    def article_story(self, article_id: str) -> int | None:
        row = self.conn.execute("SELECT story_id FROM articles WHERE id=?", (article_id,)).fetchone()
        return row[0] if row else None

    def mentions(self, article_id: str) -> list[dict[str, Any]]:
        rows = self.conn.execute("SELECT source, url, publisher FROM mentions WHERE article_id=?", (article_id,))
        return [dict(r) for r in rows]

    def articles(self, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            "SELECT id, title, published, publisher, source, story_id FROM articles "
            "ORDER BY published DESC, rowid LIMIT ? OFFSET ?", (limit, offset))
        return [dict(r) for r in rows]

    def stories(self, limit: int = 100, offset: int = 0) -> list[Story]:
        rows = self.conn.execute("SELECT * FROM stories ORDER BY last_date DESC, id LIMIT ? OFFSET ?",
                                 (limit, offset)).fetchall()
        return [self._story(r, with_timeline=False) for r in rows]

    def story(self, story_id: int) -> Story | None:
        if not -2**63 <= story_id < 2**63:  # no SQLite integer: no story has it (sqlite3 raises OverflowError)
            return None
        row = self.conn.execute("SELECT * FROM stories WHERE id=?", (story_id,)).fetchone()
        return self._story(row, with_timeline=True) if row else None

    def _story(self, row: sqlite3.Row, with_timeline: bool) -> Story:
        ids = [r[0] for r in self.conn.execute("SELECT id FROM articles WHERE story_id=? ORDER BY published",
                                               (row["id"],))]
        story = Story(row["id"], row["thread_id"], row["label"], ids, row["first_date"], row["last_date"])
        if with_timeline:
            story.timeline = self.thread_timeline(row["thread_id"])
        return story

    def thread_stories(self, thread_id: int) -> list[Story]:
        rows = self.conn.execute("SELECT * FROM stories WHERE thread_id=? ORDER BY first_date", (thread_id,))
        return [self._story(r, with_timeline=False) for r in rows]

    def thread_timeline(self, thread_id: int):
        rows = self.conn.execute(
            "SELECT e.record, a.story_id FROM events e JOIN articles a ON a.id = e.article_id "
            "JOIN stories s ON s.id = a.story_id WHERE s.thread_id=?", (thread_id,)).fetchall()
        events = [Event.from_json(r[0]) for r in rows]
        story_of_article = {e.article_id: r[1] for e, r in zip(events, rows)}
        return build_timeline(events, story_of_article)

    def events(self, type: str | None = None, country: str | None = None, status: str | None = None,
               limit: int = 1000) -> list[Event]:
        sql, args = "SELECT record FROM events WHERE 1=1", []
        if type:
            sql, args = sql + " AND type=?", args + [type.upper()]
        if status:
            sql, args = sql + " AND status=?", args + [status]
        if country:
            sql, args = sql + " AND (',' || countries || ',') LIKE ?", args + [f"%,{country.upper()},%"]
        sql += " ORDER BY COALESCE(date_start, date_end) LIMIT ?"
        return [Event.from_json(r[0]) for r in self.conn.execute(sql, args + [limit])]

    def search(self, query: str, limit: int = 50) -> list[dict[str, Any]]:
        """Full-text search; the query is taken as plain words (FTS5 syntax characters are quoted)."""
        terms = [t.replace('"', '""') for t in query.split() if t.strip()]
        if not terms:
            return []
        match = " ".join(f'"{t}"' for t in terms)
        rows = self.conn.execute(
            "SELECT a.id, a.title, a.published, a.publisher, a.story_id, "
            "snippet(articles_fts, 1, ?, ?, ' … ', 12) AS snippet "
            "FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
            "WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?", (HIT_START, HIT_END, match, limit))
        return [dict(r) for r in rows]

    def counts(self) -> dict[str, int]:
        return {t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("articles", "mentions", "events", "stories")}


def open_store(path: str | os.PathLike | None = None) -> Store:
    """The store at `path`, `$STORYLINE_DB` or ./storyline.db; created if missing."""
    return Store(path)
