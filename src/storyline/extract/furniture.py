"""The site's lines inside an article's box, which both extractors leave out of the body: links and invitations that
send the reader elsewhere (elsewhere.py), cookie notices (consent.py), the time the article takes to read ("Tempo de
leitura: 2 minutos", "5 min read", "Lesezeit: 2 Minuten") and a blog post's footer of links ("Posted in Open thread |
Permalink | 10 Comments"). On the 181 scrapinghub dumps 3 such reading times and footers were kept, none in a gold
body; on trafilatura-eval rendered as text, one."""
from __future__ import annotations

import re

from storyline.extract.consent import asks_consent
from storyline.extract.elsewhere import sends_elsewhere

_MINUTES = r"(?:ca\.\s*)?\d+\s*(?:min\.?|minutes?|minuten|minutos?|minuti)"
_READING = r"(?:reading time|read time|lesezeit|lesedauer|tempo de leitura|temps de lecture|tiempo de lectura|" \
           r"tempo di lettura|czas czytania)"
_READING_TIME = re.compile(rf"(?:{_READING}\s*:?\s*{_MINUTES}\.?|{_MINUTES}\s*(?:read|lesezeit|lesedauer|de leitura|"
                           rf"de lecture|de lectura|di lettura|czytania))\s*", re.IGNORECASE)
_POST_FOOTER = re.compile(r"(?:posted|filed|published) in\b[^|]{1,80}\|", re.IGNORECASE)
FURNITURE_CHARS = 200  # a reading time or a footer is one short line


def the_sites(line: str) -> bool:
    """Whether `line` is the site's, not the article's."""
    if len(line) <= FURNITURE_CHARS and (_READING_TIME.fullmatch(line) or _POST_FOOTER.match(line) and (
            line.count("|") >= 2 or "omment" in line or "ermalink" in line)):
        return True
    return sends_elsewhere(line) or asks_consent(line)
