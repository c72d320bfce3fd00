"""HTML pages. Jinja2 autoescaping is on: article text is always escaped, evidence marked with <mark>."""
from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from storyline.enrich.actors import SECTOR_NAMES
from storyline.model import Article
from storyline.store import Store
from storyline.store.sqlite import HIT_END, HIT_START

TEMPLATES = Jinja2Templates(directory=Path(__file__).parent / "templates")


def highlighted_paragraphs(article: Article) -> list[list[tuple[str, str | None]]]:
    """Paragraphs as (text, event id or None) pieces: the evidence sentences are the marked pieces."""
    marks = sorted({(e.evidence.start, e.evidence.end, e.id) for e in article.events}, key=lambda m: m[0])
    paragraphs, offset = [], 0
    for para in article.text.split("\n"):
        start, end = offset, offset + len(para)
        pieces, pos = [], start
        for m_start, m_end, event_id in marks:
            if m_end <= pos or m_start >= end:
                continue
            s, e = max(m_start, pos), min(m_end, end)
            if s > pos:
                pieces.append((article.text[pos:s], None))
            pieces.append((article.text[s:e], event_id))
            pos = e
        if pos < end:
            pieces.append((article.text[pos:end], None))
        if para.strip():
            paragraphs.append(pieces)
        offset = end + 1
    return paragraphs


def snippet_pieces(snippet: str) -> list[tuple[str, bool]]:
    """A search snippet as (text, is_hit) pieces, for escaping-safe highlighting."""
    pieces = []
    for i, part in enumerate(snippet.replace(HIT_END, HIT_START).split(HIT_START)):
        if part:
            pieces.append((part, i % 2 == 1))
    return pieces


def add_pages(app: FastAPI, store: Store) -> None:
    def render(request: Request, name: str, **context) -> HTMLResponse:
        return TEMPLATES.TemplateResponse(request, name, {"sectors": SECTOR_NAMES, **context})

    @app.get("/", response_class=HTMLResponse)
    async def home(request: Request):
        stories = store.stories(limit=200)
        threads: dict[int, list] = {}
        for s in stories:
            threads.setdefault(s.thread_id, []).append(s)
        return render(request, "index.html", threads=threads, counts=store.counts())

    @app.get("/stories/{story_id}", response_class=HTMLResponse)
    async def story_page(request: Request, story_id: int):
        story = store.story(story_id)
        if story is None:
            raise HTTPException(404, f"no story {story_id}")
        thread = store.thread_stories(story.thread_id)
        articles = {aid: store.article(aid) for s in thread for aid in s.article_ids}
        return render(request, "story.html", story=story, thread=thread, articles=articles)

    @app.get("/articles/{article_id}", response_class=HTMLResponse)
    async def article_page(request: Request, article_id: str):
        article = store.article(article_id)
        if article is None:
            raise HTTPException(404, f"no article {article_id}")
        return render(request, "article.html", article=article, paragraphs=highlighted_paragraphs(article),
                      story_id=store.article_story(article_id), mentions=store.mentions(article_id))

    @app.get("/events", response_class=HTMLResponse)
    async def events_page(request: Request, type: str | None = None, country: str | None = None):
        return render(request, "events.html", events=store.events(type=type, country=country, limit=2000),
                      type=type or "", country=country or "")

    @app.get("/search", response_class=HTMLResponse)
    async def search_page(request: Request, q: str = ""):
        hits = store.search(q) if q.strip() else []
        for hit in hits:
            hit["pieces"] = snippet_pieces(hit["snippet"])
        return render(request, "search.html", q=q, hits=hits)
