"""What the extractor left out of an article body: its subheadings, and the boxes that continue it.

Precision mode drops an <h2>-<h6> that stands between two paragraphs it keeps ("Gibt es dabei eine
Altersgrenze für die Kinder?"); it is put back unless links or a list follow it (a "Lesen Sie auch" box) or
it is mostly links itself (a post's tags).

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
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def _key(text: str) -> str:
    return " ".join(text.split())[:MIN_PARAGRAPH]


def _text(el) -> str:
    """An element's text, its runs of white space one space each."""
    return " ".join(el.text_content().split())


def completed_body(paragraphs: list[str], page: str) -> list[str]:
    """`paragraphs` (the kept body) with the subheadings between them and the boxes that continue it in `page`."""
    if len(paragraphs) < 2:
        return paragraphs
    try:
        doc = lxml.html.fromstring(_XML_DECLARATION.sub("", page, count=1))  # lxml refuses str with one
    except (ParserError, ValueError):
        return paragraphs
    return continued_body(with_subheadings(paragraphs, doc), doc)


_SUBHEADINGS = ("h2", "h3", "h4", "h5", "h6")
MAX_SUBHEADING = 200  # characters
MIN_SUBHEADING_WORDS = 3


def with_subheadings(paragraphs: list[str], doc) -> list[str]:
    """The subheadings that stand between two consecutive paragraphs of the body in the page, put back."""
    at = {_key(p): k for k, p in enumerate(paragraphs)}
    # links or a list item between a heading and the next paragraph make it a box's heading ("Lesen Sie auch"):
    # looked for only on pages with a candidate, as links are many
    before = _sandwiched(doc, at, ()) and _sandwiched(doc, at, ("a", "li"))
    if not before:
        return paragraphs
    return [q for k, p in enumerate(paragraphs) for q in (*before.get(k, ()), p)]


def _sandwiched(doc, at: dict[str, int], breaking: tuple[str, ...]) -> dict[int, list[str]]:
    """Subheadings by the index (in `at`) of the body paragraph they stand before, with one just before them;
    an element of a `breaking` tag in between (outside the heading) drops them."""
    before: dict[int, list[str]] = {}
    previous, pending, heading = None, [], None
    for el in doc.iter("p", *breaking, *_SUBHEADINGS):
        if el.tag in breaking:
            if pending and heading not in el.iterancestors() and el.text_content().strip():
                pending = []
            continue
        text = _text(el)
        if el.tag == "p":
            k = at.get(_key(text)) if text else None
            if k is not None and pending and previous is not None and k == previous + 1:
                before[k] = pending
            if text:
                previous, pending = k, []
        elif (len(text.split()) >= MIN_SUBHEADING_WORDS and len(text) <= MAX_SUBHEADING and _key(text) not in at
              and not _links_most(el, text) and not _in_chrome(el)):
            pending.append(text)
            heading = el
    return before


def _links_most(el, text: str) -> bool:
    """Is most of the element's text link text (a list of tags, a teaser's title)?"""
    return 2 * sum(len(_text(a)) for a in el.iter("a")) > len(text)


def continued_body(paragraphs: list[str], doc) -> list[str]:
    """`paragraphs` (the kept body) followed by the paragraphs of the boxes that continue it in `doc`."""
    long = [p for p in paragraphs if len(p) >= MIN_PARAGRAPH]
    if len(long) < 2:
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
            text = _text(p)
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
