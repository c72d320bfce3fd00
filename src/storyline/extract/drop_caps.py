"""Drop caps in text dumps: an article's first letter, set large in a box of its own, which a renderer writes apart
from the rest of its word ("H ong Kong is burning.", "T he Davis Cup Final began ...", "D ie Angst ist ..."). The
line is the article's, but its first word is broken for the reader and for every match against other copies of the
article. On the 181 scrapinghub dumps 4 articles open so; on trafilatura-eval rendered as text 6, and the one other
line joined there is a heading written letter by letter ("R e lated", now "Re lated")."""
from __future__ import annotations

import re

# letters that are no word alone in the languages of the sets (Polish "W" and "Z", Spanish "Y", English "A" and "I"
# are): here a lone letter before lower case is a drop cap unless its rest is a word of the page and the joined one
# is not ("P ist die Leistung" in a formula's legend)
NEVER_ALONE = frozenset("BCDFGHJLMNPQRTX")
_REST = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")


def joined_drop_caps(lines: list[str], page_text: str) -> list[str]:
    """`lines` with each drop cap joined to the rest of its word; `page_text`, the whole page, tells words from
    fragments: a fragment ("ong", "hile") is found nowhere else in the page, the joined word ("while", "adam")
    elsewhere (a letter that is a word alone needs both: "W tym roku" stays)."""
    lowered = None  # the page in lower case, made once and only for a page with a line that opens so
    joined = []
    for line in lines:
        if len(line) >= 4 and line[1] == " " and line[0].isupper() and line[2].islower():
            lowered = page_text.lower() if lowered is None else lowered
            line = _joined(line, lowered)
        joined.append(line)
    return joined


def _joined(line: str, lowered: str) -> str:
    rest = _REST.match(line, 2).group(0)  # a lower-case letter starts it
    joined = _counted((line[0] + rest).lower(), lowered) > 0
    fragment = _counted(rest.lower(), lowered) > 1  # the line itself holds it once
    if joined and not fragment or line[0] in NEVER_ALONE and (joined or not fragment):
        return line[0] + line[2:]
    return line


def _counted(word: str, text: str) -> int:
    """How often `word` stands in `text` as a whole word; a search for the string and a look at its two neighbours
    is five times faster than a regex that looks behind."""
    count, at = 0, text.find(word)
    while at >= 0:
        end = at + len(word)
        if not (at and _WORD_CHAR.match(text, at - 1)) and not _WORD_CHAR.match(text, end):
            count += 1
        at = text.find(word, end)
    return count
