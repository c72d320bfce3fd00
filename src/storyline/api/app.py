"""JSON endpoints under /api/. Handlers are async so that all store access runs on one thread."""
from __future__ import annotations

import csv
import io
from pathlib import Path

from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import StreamingResponse
from fastapi.staticfiles import StaticFiles

from storyline.store import Store, export
from storyline.store.sqlite import HIT_END, HIT_START
from storyline.web.pages import add_pages

STATIC = Path(__file__).resolve().parents[1] / "web" / "static"


def create_app(store: Store) -> FastAPI:
    app = FastAPI(title="Storyline", description="Articles, coded events and story timelines from news pages.")
    app.state.store = store
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/api/stories")
    async def stories(limit: int = Query(100, ge=0, le=1000), offset: int = Query(0, ge=0)):
        return [s.to_dict() for s in store.stories(limit=limit, offset=offset)]

    @app.get("/api/stories/{story_id}")
    async def story(story_id: int):
        found = store.story(story_id)
        if found is None:
            raise HTTPException(404, f"no story {story_id}")
        return {**found.to_dict(), "thread": [s.to_dict() for s in store.thread_stories(found.thread_id)]}

    @app.get("/api/articles")
    async def articles(limit: int = Query(100, ge=0, le=1000), offset: int = Query(0, ge=0)):
        return store.articles(limit=limit, offset=offset)

    @app.get("/api/articles/{article_id}")
    async def article(article_id: str):
        found = store.article(article_id)
        if found is None:
            raise HTTPException(404, f"no article {article_id}")
        return {**found.to_dict(), "story_id": store.article_story(article_id), "mentions": store.mentions(article_id)}

    @app.get("/api/events")
    async def events(type: str | None = None, country: str | None = None, status: str | None = None,
                     limit: int = Query(1000, ge=0, le=10000)):
        return [e.to_dict() for e in store.events(type=type, country=country, status=status, limit=limit)]

    @app.get("/api/search")
    async def search(q: str, limit: int = Query(20, ge=0, le=200)):
        hits = store.search(q, limit=limit)
        for hit in hits:
            hit["snippet"] = hit["snippet"].replace(HIT_START, "[").replace(HIT_END, "]")
        return hits

    @app.get("/api/export/events.csv")
    async def events_csv():
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=export.EVENT_COLUMNS)
        writer.writeheader()
        writer.writerows(export.event_rows(store))
        return StreamingResponse(iter([buffer.getvalue()]), media_type="text/csv",
                                 headers={"Content-Disposition": "attachment; filename=events.csv"})

    add_pages(app, store)
    return app
