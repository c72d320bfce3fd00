"""Article bodies split into several boxes: the rest of the article after the box the extractor kept.

Some pages cut the body into sibling boxes of one class with ads between them (wired.com: five
`div.body__container`); trafilatura keeps the first. A box of the same tag and class that follows the kept one
continues the article, unless a headline stands between them (a blog's list of posts) or it sits in page
chrome (comments, related stories). Only long paragraphs are added, and only when there are several: a
continuation is more article, not a teaser or a notice.
"""
from __future__ import annotations

import re

import lxml.html
from lxml.etree import ParserError

MIN_PARAGRAPH = 80  # characters; also the length of the key that matches a paragraph to the kept body
MIN_ADDED = 3  # long paragraphs a continuation must bring
_CHROME = re.compile(r"comment|reply|respond|related|sidebar|footer|teaser|recirc", re.IGNORECASE)
_HEADLINES = ("h1", "h2", "h3", "article")


def _key(text: str) -> str:
    return " ".join(text.split())[:MIN_PARAGRAPH]


def continued_body(paragraphs: list[str], page: str) -> list[str]:
    """`paragraphs` (the kept body) followed by the paragraphs of the boxes that continue it in `page`."""
    long = [p for p in paragraphs if len(p) >= MIN_PARAGRAPH]
    if len(long) < 2:
        return paragraphs
    try:
        doc = lxml.html.fromstring(page)
    except (ParserError, ValueError):
        return paragraphs
    box = _box_of(doc, _key(long[0]))
    have = {_key(p) for p in paragraphs}
    if box is None or sum(_key(p.text_content()) in have for p in box.iter("p")) < 2:
        return paragraphs  # the box must hold the body, not one quote of it
    added = []
    order = {el: k for k, el in enumerate(doc.iter())}
    headlines = [order[h] for h in doc.iter(*_HEADLINES)]
    end = max(order[el] for el in box.iter())
    for other in (el for el in doc.iter(box.tag) if el.get("class") == box.get("class")):  # any tag name, "o:p" too
        if order[other] <= end or _in_chrome(other):
            continue
        if any(end < h < order[other] for h in headlines):
            break  # another article begins
        end = max(order[el] for el in other.iter())
        for p in other.iter("p"):
            text = " ".join(p.text_content().split())
            if len(text) >= MIN_PARAGRAPH and _key(text) not in have and not _in_figure(p):
                added.append(text)
                have.add(_key(text))
    return paragraphs + added if len(added) >= MIN_ADDED else paragraphs


def _box_of(doc, first_key: str):
    """The nearest element with a class around the <p> that starts the body."""
    anchor = next((p for p in doc.iter("p") if _key(p.text_content()) == first_key), None)
    box = anchor.getparent() if anchor is not None else None
    while box is not None and not box.get("class"):
        box = box.getparent()
    return box


def _in_chrome(el) -> bool:
    return any(_CHROME.search(f"{a.get('class') or ''} {a.get('id') or ''}") for a in (el, *el.iterancestors()))


def _in_figure(p) -> bool:
    return any(a.tag in ("figure", "figcaption") for a in p.iterancestors())
