"""Text dumps written as Markdown (html2text, and the crawlers that hand pages to language models write them so):
link targets, images, emphasis and heading marks are markup, not text. Such a page is read into the plain lines
a text renderer would have written: a heading or paragraph a line (its wrapped lines joined), a list item a
"• " line indented by its depth, a table row its cells two spaces apart, a blank line after each block.

cmark-gfm (GitHub's Markdown, in C) parses it to HTML, and lxml walks that: a twentieth of the time that
markdown-it-py (in Python) takes to parse it.
"""
from __future__ import annotations

import re

import cmarkgfm
from lxml import etree

# a page is Markdown when it has links in Markdown's syntax, "[text](https://…)" or "[text](/path)"; a plain dump
# has none, a Markdown page of any length has more than a few (its menus alone)
LINK = re.compile(r"\]\((?:[a-z][a-z0-9+.-]*:|/|#)", re.IGNORECASE)
MIN_LINKS = 3
# a link's target that html2text wrapped onto the next line ("…/vw-id-space-" / "vizzion.jpg)"): one again
_TARGET = re.compile(r"\]\([^)]{0,2000}\)")
_BREAK = re.compile(r"\n[ \t]*")
# html2text writes an empty <i> or <em> (an icon font's glyph) as "__" or "**": a mark with nothing to mark
_EMPTY_EMPHASIS = re.compile(r"(?<!\S)(?:__|\*\*)+(?!\S)")
_LISTS = {"ul", "ol"}
_LINE_BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6"}
_BLOCKS = _LISTS | _LINE_BLOCKS | {"pre", "table", "blockquote", "div", "hr"}
_STRING = etree.XPath("string()")  # an element's text nodes, a comment's left out
_HARD_BREAK = "\u2028"  # LINE SEPARATOR: what a <br> stands for until the text is split into lines


def is_markdown(text: str) -> bool:
    return len(LINK.findall(text)) >= MIN_LINKS


def markdown_lines(text: str) -> list[str]:
    """The page's text as a renderer of plain text lays it out."""
    html = cmarkgfm.github_flavored_markdown_to_html(_TARGET.sub(lambda target: _BREAK.sub("", target[0]), text))
    document = etree.HTML(html) if html.strip() else None  # plain elements: no lookup of lxml.html's classes
    root = document.find("body") if document is not None else None
    if root is None:  # nothing but raw HTML's head elements, which cmark-gfm omits
        return []
    for hard_break in root.iter("br"):
        hard_break.tail = _HARD_BREAK + (hard_break.tail or "")
    lines: list[str] = []
    _blocks(root, 0, lines)
    return lines


def _blocks(parent: etree._Element, depth: int, lines: list[str]) -> None:
    for child in parent:
        _block(child, depth, lines)


def _block(block: etree._Element, depth: int, lines: list[str]) -> None:
    """The lines of a block; `depth`: how many lists deep it sits."""
    tag, indent = block.tag, "  " * depth
    if tag in _LISTS:
        for item in block.iterchildren("li"):
            _item(item, depth + 1, lines)
        if not depth:
            lines.append("")
    elif tag in _LINE_BLOCKS:
        lines.extend(indent + line for line in _inline(block))
        if not depth:
            lines.append("")
    elif tag == "pre":
        lines.extend(indent + line for line in _STRING(block).splitlines())
        lines.append("")
    elif tag == "table":
        for row in block.iter("tr"):
            lines.append(indent + "  ".join(filter(None, (" ".join(_inline(cell)) for cell in row))))
        lines.append("")
    elif tag != "hr":  # a block quote, or raw HTML's block
        _blocks(block, depth, lines)


def _item(item: etree._Element, depth: int, lines: list[str]) -> None:
    """A list item: its text after a bullet at its depth, its own lists one deeper."""
    start, indent = len(lines), "  " * depth
    parts = [item.text or ""]
    for child in item:
        if child.tag in _BLOCKS:
            lines.extend(indent + line for line in _pieces(parts))
            parts = []
            _block(child, depth, lines)
        else:
            parts.append(_text(child))
        parts.append(child.tail or "")
    lines.extend(indent + line for line in _pieces(parts))
    if len(lines) > start:  # the item's first line carries its bullet
        lines[start] = "  " * (depth - 1) + "• " + lines[start].lstrip()
    else:
        lines.append("  " * (depth - 1) + "•")


def _text(element: etree._Element) -> str:
    """An inline element's text (an image has none: its alt text is not the article's; nor has a comment, where
    cmark-gfm left out raw HTML). Not itertext: it drops the text after a comment, too."""
    if element.tag == "img" or not isinstance(element.tag, str):
        return ""
    return _STRING(element)


def _inline(element: etree._Element) -> list[str]:
    return _pieces([element.text or "", *(_text(child) + (child.tail or "") for child in element)])


def _pieces(parts: list[str]) -> list[str]:
    """Inline text as lines: one per hard break, spaces collapsed (a soft break is a line the writer wrapped)."""
    pieces = "".join(parts).split(_HARD_BREAK)
    return [line for line in (" ".join((_EMPTY_EMPHASIS.sub("", piece) if "__" in piece or "**" in piece else piece
                                         ).split()) for piece in pieces) if line]
