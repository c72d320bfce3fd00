"""Files and directories to Documents: html, html.gz, txt dumps, jsonl, WARC. Kind by content when the name lies."""
from __future__ import annotations

import codecs
import gzip
import json
import os
import re
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from storyline.errors import UnreadableInput
from storyline.model import Document
from storyline.read.utf8 import source_name, whole_characters
from storyline.read.warc import read_warc

Report = Callable[[UnreadableInput], None]

_HTML_MARKERS = (b"<html", b"<!doctype html", b"<head", b"<body", b"<div", b"<p>", b"<meta", b"<title")
_STARTS_WITH_TAG = re.compile(rb"(?:\xef\xbb\xbf)?\s*<(?:[a-z][a-z0-9]*[\s/>]|!--|!doctype\s|\?xml\s)", re.IGNORECASE)


def sniff(head: bytes) -> str:
    """Kind of a (decompressed) content from its first bytes: warc, jsonl, html or text."""
    start = head.lstrip()[:2048]
    if start.startswith(b"\xef\xbb\xbf"):
        start = start[3:].lstrip()
    if start.startswith(b"WARC/"):
        return "warc"
    if start.startswith(b"{"):
        first_line = start.split(b"\n", 1)[0]
        try:
            json.loads(first_line)
            return "jsonl"
        except ValueError:
            if b"\n" not in start:  # a first line longer than the sniffed head
                return "jsonl"
    lower = start.lower()
    if any(marker in lower for marker in _HTML_MARKERS):
        return "html"
    if b"\x00" in start:
        return "binary"
    return "text"


def content_kind(data: bytes) -> str:
    """Kind of a whole (decompressed) content: `sniff` of its head, but a content that opens with a tag and holds an
    HTML marker further on is a page. A page may open with a style sheet, a script or its server's PHP warnings
    ("<br /> <b>Deprecated</b>: ...") and show no marker in its first 2 KB (3 of trafilatura-eval's 1,033 pages were
    read as text dumps, their CSS as the article); a text dump may open with a tag too (a noscript pixel rendered
    as text: 2 of the 181 dumps) but holds no page markup after it."""
    kind = sniff(data[:4096])
    if kind == "text" and _STARTS_WITH_TAG.match(data, 0, 256):
        lower = data.lower()
        if any(marker in lower for marker in _HTML_MARKERS):
            return "html"
    return kind


# In a directory walk only these are read (and files without an extension); a file named
# explicitly is always read, its kind taken from its content.
READABLE_SUFFIXES = {".html", ".htm", ".xhtml", ".txt", ".text", ".jsonl", ".warc", ".gz", ".arc", ""}


def _iter_files(path: Path) -> Iterator[Path]:
    if path.is_dir():
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if not name.startswith(".") and Path(name).suffix.lower() in READABLE_SUFFIXES:
                    yield Path(root) / name
    else:
        yield path


# what gzip raises on a corrupt stream: a bad header, a cut end, a corrupt deflate block
BROKEN_GZIP = (gzip.BadGzipFile, EOFError, zlib.error)


def _wide_unicode(head: bytes) -> str | None:
    """"utf-16" or "utf-32" where the content starts with its byte-order mark (a browser reads such a page so,
    whatever it declares; Windows tools write text so), "utf-16-le" or "utf-16-be" where it has none but every other
    byte is NUL and the rest reads as text (a tool that wrote no mark); else None."""
    if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):  # before UTF-16: FF FE starts both
        return "utf-32"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    head = head[:len(head) // 2 * 2]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    half = len(head) // 2
    codec = "utf-16-le" if odd >= 0.7 * half > 0 and even <= 0.05 * half else \
        "utf-16-be" if even >= 0.7 * half > 0 and odd <= 0.05 * half else None
    if codec:
        text = head.decode(codec, "replace")
        if sum(c.isprintable() or c.isspace() for c in text) < 0.95 * len(text):
            return None  # binary data with zero bytes, not text
    return codec


def _is_gzip(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(2) == b"\x1f\x8b"


def read_file(path: Path, report: Report, name: str | None = None) -> Iterator[Document]:
    """Documents in one file; problems inside an archive are reported and the rest is read. `name`: the file's name
    in the documents' sources and in errors (default: `path`)."""
    name = name or source_name(path)
    if not path.exists():
        raise UnreadableInput(name, "no such file or directory")
    try:
        gz = _is_gzip(path)
        with (gzip.open(path, "rb") if gz else open(path, "rb")) as fh:
            head = fh.read(4096)
    except BROKEN_GZIP as exc:
        raise UnreadableInput(name, f"broken gzip data: {exc}") from exc
    except OSError as exc:
        raise UnreadableInput(name, f"cannot read: {exc}") from exc
    wide = _wide_unicode(head)
    kind = sniff(head.decode(wide, "replace").encode("utf-8") if wide else head)
    if kind == "warc":
        yield from read_warc(path, report, name)
        return
    try:
        data = gzip.decompress(path.read_bytes()) if gz else path.read_bytes()
    except (OSError, *BROKEN_GZIP) as exc:
        raise UnreadableInput(name, f"broken gzip data: {exc}") from exc
    if kind == "binary":
        raise UnreadableInput(name, "binary content, not HTML, text, JSONL or WARC")
    if wide:  # read on as UTF-8, as every page is
        data = data.decode(wide, "replace").encode("utf-8")
    if kind == "text":
        kind = content_kind(data)
    if kind == "jsonl":
        yield from _read_jsonl(name, data, report)
    elif not data.strip():
        raise UnreadableInput(name, "empty file")
    else:
        yield Document(source=name, content=data, kind=kind)


def _read_jsonl(name: str, data: bytes, report: Report) -> Iterator[Document]:
    """One document per line: {"html": ...} or {"text": ...}, with optional url, title, published ..."""
    for lineno, line in enumerate(data.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            obj = json.loads(line)
        except ValueError as exc:
            report(UnreadableInput(where, f"invalid JSON: {exc}"))
            continue
        if not isinstance(obj, dict):
            report(UnreadableInput(where, "a line must be a JSON object"))
            continue
        obj = {key: whole_characters(value) for key, value in obj.items()}
        body = obj.get("html") or obj.get("content") or obj.get("text")
        if not isinstance(body, str) or not body.strip():
            report(UnreadableInput(where, "no 'html', 'content' or 'text' field"))
            continue
        if wrong := _wrongly_typed(obj):
            report(UnreadableInput(where, wrong))
            continue
        kind = "html" if obj.get("html") else content_kind(body.encode("utf-8"))
        hints = {k: obj[k] for k in ("title", "published", "authors", "publisher") if obj.get(k)}
        yield Document(
            source=where, content=body.encode("utf-8"), kind="html" if kind == "html" else "text",
            url=obj.get("url"), hints=hints,
        )


def _wrongly_typed(obj: dict) -> str | None:
    """What is wrong with a JSONL record's optional fields, if anything: each is a string, the authors a list of
    them too (null stands for absent)."""
    for key in ("url", "title", "published", "publisher", "authors"):
        value = obj.get(key)
        if value is None or isinstance(value, str):
            continue
        if key == "authors" and isinstance(value, list) and all(isinstance(name, str) for name in value):
            continue
        wanted = "a string or a list of strings" if key == "authors" else "a string"
        return f"'{key}' must be {wanted}, not {type(value).__name__} {json.dumps(value)[:40]}"
    return None


def input_files(paths: Iterable[str | os.PathLike], report: Report) -> Iterator[Path]:
    """The files under the given files and directories (recursive); a path that does not exist goes to `report`."""
    for top in paths:
        top = Path(top)
        if not top.exists():
            report(UnreadableInput(source_name(top), "no such file or directory"))
            continue
        yield from _iter_files(top)


def documents_of(path: Path, report: Report, name: str | None = None) -> Iterator[Document]:
    """read_file, with an unreadable file passed to `report` too."""
    try:
        yield from read_file(path, report, name)
    except UnreadableInput as err:
        report(err)


def read_paths(paths: Iterable[str | os.PathLike], report: Report | None = None) -> Iterator[Document]:
    """All documents under the given files and directories (recursive).

    A bad file is passed to `report` (default: raise) and reading goes on with the next one.
    """
    def _raise(err: UnreadableInput) -> None:
        raise err

    report = report or _raise
    for path in input_files(paths, report):
        yield from documents_of(path, report)
