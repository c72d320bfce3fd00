"""Sentence spans with character offsets (rules: enough for news prose, keeps "U.S." and "Mr." intact)."""
from __future__ import annotations

import re

_BOUNDARY = re.compile(r"(?<=[.!?»”\"])\s+(?=[«“\"(]?[A-Z0-9À-Ý])|\n+")
_NO_BREAK_BEFORE = re.compile(
    r"(?:\b(?:[A-Z]\.){1,3}|\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Gov|Sen|Rep|St|Lt|Col|Sgt|Capt|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Nos|vs|etc|Inc|Corp|Co|Ltd|Jr|Sr)\.)$"
)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of each sentence of `text`."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        candidate = text[start:match.start()]
        if match.group().strip() == "" and "\n" not in match.group() and _NO_BREAK_BEFORE.search(candidate):
            continue
        if candidate.strip():
            spans.append((start, match.start()))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans
