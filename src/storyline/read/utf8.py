"""Text that UTF-8 can hold, as the store and the output are UTF-8: file names and JSON strings as they are read."""
from __future__ import annotations

import os
import re

# a lone surrogate, as a JSON escape ("\\ud83d", half an emoji that a scraper cut off) reads: no UTF-8 holds one
LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def source_name(path: str | os.PathLike) -> str:
    """The path as text: bytes of a name that are no UTF-8 (a crawl saved under Latin-1 names) are written as \\xNN
    escapes, where Python's surrogates for them would fail in SQLite and JSON."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def whole_characters(value):
    """A JSON string, or a list of them, with each lone surrogate as U+FFFD; any other value as it is."""
    if isinstance(value, str):
        return LONE_SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [whole_characters(item) for item in value]
    return value
