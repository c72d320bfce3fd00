"""Duplicates v1: the same body text (after normalising case, punctuation and spacing) is one article."""
from __future__ import annotations

import re

from storyline.model import content_hash

_NON_WORD = re.compile(r"\W+")


def body_fingerprint(text: str) -> str:
    """Hash of the normalised body: syndicated copies with other chrome or whitespace share it."""
    return content_hash(_NON_WORD.sub(" ", text.lower()).strip())
