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


def joined_drop_cap(line: str, page_text: str) -> str:
    """`line` with a drop cap joined to the rest of its word, if it opens with one; `page_text`, the whole page, tells
    words from fragments: a fragment ("ong", "hile") is found nowhere else in the page, the joined word ("while",
    "adam") elsewhere (a letter that is a word alone needs both: "W tym roku" stays)."""
    if len(line) < 4 or line[1] != " " or not line[0].isupper() or not line[2].islower():
        return line
    rest = _REST.match(line, 2).group(0)  # a lower-case letter starts it
    joined = _counted(line[0] + rest, page_text) > 0
    fragment = _counted(rest, page_text) > 1  # the line itself holds it once
    if joined and not fragment or line[0] in NEVER_ALONE and (joined or not fragment):
        return line[0] + line[2:]
    return line


def _counted(word: str, text: str) -> int:
    """How often `word` stands in `text` as a whole word, in any case."""
    return len(re.findall(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE))
