"""Extraction: a Document becomes an Article (body, title, authors, date, publisher, language, credits)."""
from __future__ import annotations

from storyline.extract.html import extract_html
from storyline.extract.metadata import input_date
from storyline.extract.site_lines import SiteLines
from storyline.extract.textdump import extract_textdump
from storyline.model import Article, Document


def extract_document(doc: Document, site_lines: frozenset[str] = frozenset()) -> Article:
    """`site_lines`: the lines of a text dump that other pages of its site have (site_lines.SiteLines)."""
    article = extract_html(doc) if doc.kind == "html" else extract_textdump(doc, site_lines)
    # fields given by the input itself (JSONL) win over what was guessed from the page
    for key in ("title", "publisher"):
        if doc.hints.get(key):
            setattr(article, key, doc.hints[key])
    if doc.hints.get("published"):
        if published := input_date(doc.hints["published"]):
            article.published = published
        else:
            article.notes.append(f"the input's published date {doc.hints['published']!r} is no date read here: "
                                 "the page's own date stands")
    if doc.hints.get("authors"):
        authors = doc.hints["authors"]
        article.authors = authors if isinstance(authors, list) else [authors]
    return article


__all__ = ["SiteLines", "extract_document", "extract_html", "extract_textdump"]
