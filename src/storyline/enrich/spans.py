"""Where mentions lie in a text, looked up in time that does not grow with their number: a long article (a
transcript, a live blog, a page of 2 M characters) has thousands of mentions and sentences, and a scan of all of
them per mention or per sentence would cost their product (benchmarks/events.py enriches a 1.4 M-character one)."""
from __future__ import annotations

from bisect import bisect_left

from storyline.model import Entity


class Taken:
    """The characters of a text already read as a mention."""

    def __init__(self, length: int):
        self._mask = bytearray(length)

    def free(self, start: int, end: int) -> bool:
        """No character of [start, end) is taken."""
        return self._mask.find(1, start, end) < 0

    def take(self, start: int, end: int) -> None:
        self._mask[start:end] = b"\x01" * (end - start)


class Located(list):
    """Entities, in their order, that can be looked up by where they start."""

    def __init__(self, entities):
        super().__init__(entities)
        self._order = sorted(range(len(self)), key=lambda i: self[i].start)
        self._starts = [self[i].start for i in self._order]

    def within(self, start: int, end: int) -> list[Entity]:
        """Those that start in [start, end), in their order."""
        found = self._order[bisect_left(self._starts, start):bisect_left(self._starts, end)]
        return [self[i] for i in sorted(found)]
