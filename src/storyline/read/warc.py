"""WARC archives (fastwarc): HTML response records become Documents; broken records are reported."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from fastwarc.warc import ArchiveIterator, WarcRecordType

from storyline.errors import UnreadableInput
from storyline.model import Document
from storyline.read.utf8 import source_name


def _is_html(content_type: str, body: bytes) -> bool:
    if "html" in content_type.lower():
        return True
    if content_type:  # a declared non-HTML type (image, robots.txt, DNS)
        return False
    from storyline.read.files import content_kind  # late: files imports this module
    return content_kind(body) == "html"


def read_warc(path: Path, report: Callable[[UnreadableInput], None], name: str | None = None) -> Iterator[Document]:
    """HTML responses of a WARC file; a truncated record or archive is reported, not stored. `name`: the file's name
    in the documents' sources and in errors (default: `path`)."""
    name = name or source_name(path)
    n_records = 0
    try:
        with open(path, "rb") as fh:
            for record in ArchiveIterator(fh, record_types=WarcRecordType.response, parse_http=True):
                n_records += 1
                uri = record.headers.get("WARC-Target-URI")
                where = f"{name}#{record.record_id}"
                body = record.reader.read()
                # fastwarc's content_length counts the payload after the HTTP headers
                if len(body) < record.content_length:
                    report(UnreadableInput(where, f"truncated record ({uri}): "
                                                  f"{len(body)} of {record.content_length} bytes"))
                    continue
                content_type = record.http_headers.get("Content-Type", "") if record.http_headers else ""
                status = record.http_headers.status_code if record.http_headers else None
                # a redirect or an error answer is a server's notice ("301 Moved", "nginx"), not the page
                if not body.strip() or not _is_html(content_type, body) or status and not 200 <= status < 300:
                    continue
                # the header's charset outranks the page's own declaration (extract/html_input.py)
                yield Document(source=where, content=body, kind="html", url=uri,
                               fetched=record.headers.get("WARC-Date"),
                               hints={"content_type": content_type} if "charset" in content_type.lower() else {})
    except Exception as exc:  # fastwarc raises plain exceptions on corrupt streams
        raise UnreadableInput(name, f"corrupt WARC after {n_records} records: {exc}") from exc
    if n_records == 0:
        raise UnreadableInput(name, "no WARC response records")

