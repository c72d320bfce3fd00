"""Text dumps whose renderer wrapped the lines at a fixed width (lynx, w3m and html2text wrap at 72-80 columns):
each paragraph is rejoined into one line before the lines are classified, as the classifier reads a paragraph
per line (its length, where its sentence ends).

A renderer wraps greedily: a line ends where the next word would not have fit. So a line is joined with the
next when both sit at the same indent (or the next under a list item's text) and the next line's first word
would have made it longer than the widest line of words at its indent (the width it was wrapped at).
"""
from __future__ import annotations

from storyline.extract.line_features import BULLET

# columns: a page with a longer line of words was not wrapped, nor one whose widest line is short (a menu's lines
# may all be as wide as the widest; no renderer wraps at fewer than 60 columns)
MIN_WIDTH, MAX_WIDTH = 50, 120
MIN_JOINS = 5  # wrapped lines a page needs to count as wrapped (a few lines of the widest length are chance)


def unwrapped(lines: list[str]) -> list[str]:
    """A page's `lines` with each wrapped paragraph on one line; the same list unless they were wrapped."""
    lengths = list(map(len, lines))
    width = max(lengths, default=0)
    if width > MAX_WIDTH:
        # a word longer than the width (a URL in a list of links) stands alone on a line past it; the longest line
        # first: on a page that was not wrapped it is a paragraph
        if len(lines[lengths.index(width)].split(None, 2)) > 2 or any(
                len(line.split(None, 2)) > 2 for line, n in zip(lines, lengths) if n > MAX_WIDTH):
            return lines
        width = max((n for n in lengths if n <= MAX_WIDTH), default=0)
    if width < MIN_WIDTH:
        return lines
    widths = _indent_widths(lines, lengths, width)
    joins = [_wraps(line, following, widths) for line, following in zip(lines, lines[1:])]
    if sum(joins) < MIN_JOINS:
        return lines
    out = [lines[0]]
    for line, joined in zip(lines[1:], joins):
        if joined:
            previous = out[-1]
            # a word the renderer broke at its hyphen ("long-" / "term") is one word again
            glue = "" if previous.endswith("-") and previous[-2:-1].isalpha() else " "
            out[-1] = previous + glue + line.strip()
        else:
            out.append(line)
    return out


def _indent_widths(lines: list[str], lengths: list[int], width: int) -> dict[int, int]:
    """The width each indent's lines were wrapped at: its widest line of more than one word (lynx wraps the text
    at indent 3 narrower than its headings at 0; a word longer than the width stands alone past it); the page's
    `width` where that is under MIN_WIDTH (a menu's short lines were not wrapped)."""
    widest: dict[int, int] = {}
    for line, n in zip(lines, lengths):
        text = line.lstrip()
        if n <= width and " " in text.rstrip():
            indent = n - len(text)
            widest[indent] = max(widest.get(indent, 0), n)
    return {indent: n if n >= MIN_WIDTH else width for indent, n in widest.items()}


def _wraps(line: str, following: str, widths: dict[int, int]) -> bool:
    """Was `line` wrapped before `following`, given the width each indent was wrapped at?"""
    text, next_text = line.strip(), following.strip()
    if not text or not next_text or BULLET.match(next_text) or "  " in text or "  " in next_text:
        return False  # a blank, a new list item, or a table row (cells apart by runs of spaces, rows often as wide)
    indent = len(line) - len(line.lstrip())
    width = widths.get(indent, 0)
    if not width or len(line) > width:
        return False
    item = BULLET.match(text)  # a list item's text, wrapped, goes on under it
    under = {indent, indent + item.end()} if item else {indent}
    if len(following) - len(following.lstrip()) not in under:
        return False
    return len(line.rstrip()) + 1 + len(next_text.split(maxsplit=1)[0]) > width
