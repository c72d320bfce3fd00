"""Lines inside an article's text that point to another article: "Read more: ...", "Lea también: ...", "Lesen Sie
auch:", "Czytaj też: ...". They are the site's links, not the article: both extractors drop them from the body.
On trafilatura-eval, 28 such lines that the HTML and text-dump extractors kept held a snippet the gold leaves out,
none one it keeps; the 181 scrapinghub dumps kept 8, none in the gold bodies (dumps F1 .948 -> .949, nested
cross-validation by site .940 -> .941; HTML snippet F1 .927 -> .928, scrapinghub unchanged at .975)."""
from __future__ import annotations

import re

# the label, then a colon (or "?", "!") and the linked headline, or nothing
CROSS_REFERENCE = re.compile(
    r"(?:read more|read also|see also|related|more on this|lea también|lea más|lee también|vea también|"
    r"ver también|puedes ver|mira también|weiterlesen|mehr zum thema|lesen sie auch|lesen sie mehr|"
    r"auch interessant|schon gelesen|lire aussi|à lire aussi|voir aussi|leggi anche|zobacz też|zobacz także|"
    r"czytaj też|czytaj także|leia também|veja também)\s*[:?!]", re.IGNORECASE)
_LABEL_END = 24  # characters: the longest label with its mark and spaces ends before this


def is_cross_reference(line: str) -> bool:
    head = line[:_LABEL_END]
    # the marks first: most lines have none near their start, and the test is far cheaper than the regex failing
    return (":" in head or "?" in head or "!" in head) and CROSS_REFERENCE.match(line) is not None
