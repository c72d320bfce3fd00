"""How a file is named in sources and error messages."""
from __future__ import annotations

import os


def source_name(path: str | os.PathLike) -> str:
    """The path as text that can be stored and printed: bytes of a name that are no UTF-8 (a crawl saved under
    Latin-1 names) are written as \\xNN escapes, where Python's surrogates would fail in SQLite and JSON."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")
