"""Exports of articles and events: CSV and JSONL here, Parquet in parquet.py. One flat row per record.

Event CSV columns: event_id, article_id, type, status, mode, date_start, date_end, date_resolution,
countries (";"-joined ISO3), sectors, source_country, source_sector, target_country, target_sector,
place, place_country, lat, lon, topics, round, evidence, evidence_start, evidence_end, title, url.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

from storyline.store.sqlite import Store

ARTICLE_COLUMNS = ["id", "title", "authors", "published", "publisher", "language", "url", "canonical_url",
                   "source", "story_id", "credit_source", "credit_photo", "text"]
EVENT_COLUMNS = ["event_id", "article_id", "type", "status", "mode", "date_start", "date_end", "date_resolution",
                 "countries", "sectors", "source_country", "source_sector", "target_country", "target_sector",
                 "place", "place_country", "lat", "lon", "topics", "round", "evidence", "evidence_start",
                 "evidence_end", "title", "url"]


def article_rows(store: Store) -> Iterator[dict]:
    for row in store.conn.execute("SELECT id, story_id FROM articles ORDER BY rowid"):
        a = store.article(row[0])
        yield {"id": a.id, "title": a.title, "authors": "; ".join(a.authors), "published": a.published,
               "publisher": a.publisher, "language": a.language, "url": a.url, "canonical_url": a.canonical_url,
               "source": a.source, "story_id": row[1], "credit_source": a.credits.source,
               "credit_photo": a.credits.photo, "text": a.text}


def event_rows(store: Store) -> Iterator[dict]:
    titles = {r[0]: (r[1], r[2]) for r in store.conn.execute("SELECT id, title, url FROM articles")}
    for e in store.events(limit=-1):
        title, url = titles.get(e.article_id, (None, None))
        yield {
            "event_id": e.id, "article_id": e.article_id, "type": e.type, "status": e.status, "mode": e.mode,
            "date_start": e.when.start if e.when else None, "date_end": e.when.end if e.when else None,
            "date_resolution": e.when.resolution if e.when else None,
            "countries": ";".join(e.countries), "sectors": ";".join(sorted({a.sector for a in e.actors if a.sector})),
            "source_country": e.source.country if e.source else None, "source_sector": e.source.sector if e.source else None,
            "target_country": e.target.country if e.target else None, "target_sector": e.target.sector if e.target else None,
            "place": e.place.name if e.place else None, "place_country": e.place.country if e.place else None,
            "lat": e.place.lat if e.place else None, "lon": e.place.lon if e.place else None,
            "topics": ";".join(e.topics), "round": e.round, "evidence": e.evidence.sentence,
            "evidence_start": e.evidence.start, "evidence_end": e.evidence.end, "title": title, "url": url,
        }


def write_csv(rows: Iterator[dict], columns: list[str], path: Path) -> int:
    n = 0
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns)
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
            n += 1
    return n


def write_jsonl(rows: Iterator[dict], path: Path) -> int:
    n = 0
    with open(path, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    return n
