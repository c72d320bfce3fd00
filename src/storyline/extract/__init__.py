"""Extraction: a Document becomes an Article (body, title, authors, date, publisher, language, credits)."""
from __future__ import annotations

from storyline.extract.html import extract_html
from storyline.extract.textdump import extract_textdump
from storyline.model import Article, Document


def extract_document(doc: Document) -> Article:
    article = extract_html(doc) if doc.kind == "html" else extract_textdump(doc)
    # fields given by the input itself (JSONL) win over what was guessed from the page
    for key in ("title", "published", "publisher"):
        if doc.hints.get(key):
            setattr(article, key, doc.hints[key])
    if doc.hints.get("authors"):
        authors = doc.hints["authors"]
        article.authors = authors if isinstance(authors, list) else [authors]
    return article


__all__ = ["extract_document", "extract_html", "extract_textdump"]
