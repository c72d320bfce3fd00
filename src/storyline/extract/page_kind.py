"""Whether the text an extractor kept is an article at all: a page that has no sentence, only a menu, a list
of links or products, or a server's one-line notice, gets an empty body and the reason, not an invented one."""
from __future__ import annotations

import re
import statistics

from storyline.extract.line_features import count_lines, word_counts

SENTENCE = re.compile(r"[.!?。！？…][\"'”»)\]]?(?:\s|$)")
MIN_SENTENCE_WORDS = 8
# the thresholds reject none of the 1,171 pages of the two HTML benchmarks that show an article (recipes, lyrics and
# poems included); they reject the one whose article the page loads by script (its slogan alone is left)
MIN_WORDS = 10
LIST_LINES, LIST_LINE_WORDS = 15, 3


def not_an_article(paragraphs: list[str]) -> str | None:
    """Why `paragraphs` are not an article, or None if one of them reads as a sentence or they could be one.
    A line said twice (a slogan in the header and the footer) adds no words."""
    words = word_counts(count_lines(paragraphs)).astype(int).tolist()
    if any(w >= MIN_SENTENCE_WORDS and SENTENCE.search(p) for p, w in zip(paragraphs, words)):
        return None
    said = sum(dict(zip(paragraphs, words)).values())
    if said < MIN_WORDS:
        return f"not an article: {said} words and no sentence"
    if len(paragraphs) >= LIST_LINES and statistics.median(words) <= LIST_LINE_WORDS:
        return (f"not an article: a list of {len(paragraphs)} short lines (a menu, links, products or a table) "
                "and no sentence")
    return None
