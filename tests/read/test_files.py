import gzip
import os
import json

import pytest

from storyline.errors import UnreadableInput
from storyline.read import read_paths
from storyline.read.files import sniff

PAGE = b"<!DOCTYPE html><html><head><title>T</title></head><body><p>Hello</p></body></html>"


def test_kind_comes_from_the_content_when_the_extension_lies(tmp_path):
    (tmp_path / "page.txt").write_bytes(PAGE)
    (tmp_path / "dump.html").write_text("Title\n\nJust rendered text, no markup at all.\n")
    kinds = {d.source.rsplit("/", 1)[-1]: d.kind for d in read_paths([tmp_path])}
    assert kinds == {"page.txt": "html", "dump.html": "text"}


def test_directories_are_read_recursively_with_gzip_and_jsonl(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "page.html.gz").write_bytes(gzip.compress(PAGE))
    lines = [{"url": "http://x/1", "text": "Plain text one.", "title": "One"}, {"html": PAGE.decode()}]
    (tmp_path / "a" / "docs.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    (tmp_path / "notes.md").write_text("not a page, skipped in a directory walk")
    docs = list(read_paths([tmp_path]))
    assert sorted(d.kind for d in docs) == ["html", "html", "text"]
    assert next(d for d in docs if d.url == "http://x/1").hints == {"title": "One"}


def test_bad_lines_and_files_are_reported_by_name_and_reading_goes_on(tmp_path):
    (tmp_path / "docs.jsonl").write_text('{"text": "good one"}\n{not json\n{"url": "no body"}\n')
    (tmp_path / "empty.txt").write_text("   \n")
    (tmp_path / "blob.html").write_bytes(b"\x00\x01\x02binary")
    errors = []
    docs = list(read_paths([tmp_path, tmp_path / "missing.html"], errors.append))
    assert [d.content for d in docs] == [b"good one"]
    messages = sorted(str(e) for e in errors)
    assert any("docs.jsonl:2: invalid JSON" in m for m in messages)
    assert any("docs.jsonl:3: no 'html'" in m for m in messages)
    assert any("empty.txt: empty file" in m for m in messages)
    assert any("blob.html: binary content" in m for m in messages)
    assert any("missing.html: no such file" in m for m in messages)


def test_a_corrupt_gzip_stream_is_reported_by_name_and_reading_goes_on(tmp_path):
    page = gzip.compress(PAGE * 50)
    # deflate data garbled just after the gzip header (zlib.error, no OSError), and a stream cut short (EOFError)
    (tmp_path / "garbled.html.gz").write_bytes(page[:12] + bytes(b ^ 0xFF for b in page[12:40]) + page[40:])
    (tmp_path / "cut.html.gz").write_bytes(page[:len(page) // 2])
    (tmp_path / "good.html.gz").write_bytes(page)
    errors = []
    docs = list(read_paths([tmp_path], errors.append))
    assert [d.source.rsplit("/", 1)[-1] for d in docs] == ["good.html.gz"]
    assert sorted(str(e).rsplit("/", 1)[-1].split(":")[:2] for e in errors) == [
        ["cut.html.gz", " broken gzip data"], ["garbled.html.gz", " broken gzip data"]]


def test_jsonl_fields_of_the_wrong_type_are_reported_and_a_null_html_is_no_page(tmp_path):
    lines = [{"url": 7, "text": "Body one."}, {"text": "Body two.", "title": ["a", "b"]},
             {"text": "Body three.", "authors": ["Ann Lee", 3]}, {"text": "Body four.", "published": 20230120},
             {"html": None, "text": "Body five.", "authors": "Ann Lee", "url": None}]
    (tmp_path / "docs.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines))
    errors = []
    docs = list(read_paths([tmp_path / "docs.jsonl"], errors.append))
    assert [(d.content, d.kind, d.hints) for d in docs] == [(b"Body five.", "text", {"authors": "Ann Lee"})]
    assert [str(e).rsplit("/", 1)[-1] for e in errors] == [
        "docs.jsonl:1: 'url' must be a string, not int 7",
        "docs.jsonl:2: 'title' must be a string, not list [\"a\", \"b\"]",
        "docs.jsonl:3: 'authors' must be a string or a list of strings, not list [\"Ann Lee\", 3]",
        "docs.jsonl:4: 'published' must be a string, not int 20230120"]


def test_without_a_report_callback_a_bad_file_raises(tmp_path):
    with pytest.raises(UnreadableInput, match="nope.txt: no such file"):
        list(read_paths([tmp_path / "nope.txt"]))


@pytest.mark.parametrize("head,kind", [(b"WARC/1.0\r\n", "warc"), (b'{"text": "x"}\n', "jsonl"),
                                       (b"  <html>", "html"), (b"Plain words", "text")])
def test_sniff(head, kind):
    assert sniff(head) == kind


def test_utf16_and_utf32_files_with_a_byte_order_mark_are_read_as_utf8(tmp_path):
    dump = "Talks in Berlin\n\nThe ministers met in Berlin on Monday.\n"
    (tmp_path / "page.html").write_bytes(PAGE.decode().encode("utf-16"))  # the codec writes the mark
    (tmp_path / "dump.txt").write_bytes(dump.encode("utf-32"))
    (tmp_path / "docs.jsonl").write_bytes((json.dumps({"text": dump}) + "\n").encode("utf-16"))
    docs = {d.source.rsplit("/", 1)[-1]: d for d in read_paths([tmp_path])}
    assert {name: (d.kind, d.content) for name, d in docs.items()} == {
        "page.html": ("html", PAGE), "dump.txt": ("text", dump.encode()), "docs.jsonl:1": ("text", dump.encode())}


def test_utf16_files_without_a_byte_order_mark_are_read_and_binary_with_zero_bytes_is_refused(tmp_path):
    dump = "Talks in Berlin\n\nThe ministers met in Berlin on Monday.\n"
    (tmp_path / "page.html").write_bytes(PAGE.decode().encode("utf-16-le"))
    (tmp_path / "dump.txt").write_bytes(dump.encode("utf-16-be"))
    (tmp_path / "blob.txt").write_bytes(b"\x07\x00" * 500)  # a NUL every other byte, but no text
    errors = []
    docs = {d.source.rsplit("/", 1)[-1]: (d.kind, d.content) for d in read_paths([tmp_path], errors.append)}
    assert docs == {"page.html": ("html", PAGE), "dump.txt": ("text", dump.encode())}
    assert [str(e).rsplit("/", 1)[-1] for e in errors] == ["blob.txt: binary content, not HTML, text, JSONL or WARC"]


def test_names_and_json_strings_that_are_no_utf8_are_stored_with_their_documents(tmp_path, store):
    from storyline.run import Pipeline

    body = "The foreign ministers of France and Germany met in Berlin on Monday to discuss the crisis, officials said."
    (tmp_path / os.fsdecode(b"caf\xe9.txt")).write_text(f"Talks in Berlin\n\n{body}\n")  # a Latin-1 file name
    # a lone surrogate escape: half an emoji that a scraper cut off
    other = "Flooding closed roads along the coast of Norway for two days, and schools stayed shut on Tuesday."
    (tmp_path / "docs.jsonl").write_text(json.dumps({"text": "Emoji \ud83d cut. " + other,
                                                     "title": "Talks \ud83d", "authors": ["Ann \udc00 Lee"]}) + "\n")
    docs = sorted(read_paths([tmp_path]), key=lambda d: d.source)
    assert [d.source.rsplit("/", 1)[-1] for d in docs] == ["caf\\xe9.txt", "docs.jsonl:1"]
    assert docs[1].hints == {"title": "Talks \ufffd", "authors": ["Ann \ufffd Lee"]}
    assert docs[1].content.startswith("Emoji \ufffd cut.".encode())
    report = Pipeline(store).ingest([tmp_path])
    assert report.added == 2 and not report.errors
    assert {m["source"].rsplit("/", 1)[-1] for a in store.articles() for m in store.mentions(a["id"])} == {
        "caf\\xe9.txt", "docs.jsonl:1"}


def test_a_page_that_opens_with_a_style_sheet_is_html_and_a_dump_that_opens_with_a_tag_stays_text(
        tmp_path, shared_data):
    from tests.conftest import trafilatura_eval_html

    # LA Weekly's page opens with 9 KB of CSS before its doctype; read as a text dump, its CSS was the article
    (tmp_path / "page.html").write_bytes(trafilatura_eval_html(shared_data, "laweekly.com-Cultivation.html"))
    # a server's PHP warnings before the page ("<br /> <b>Deprecated</b>: ...")
    (tmp_path / "warned.html").write_bytes(b"<br />\n<b>Deprecated</b>:  Assigning the return value ... line 4<br />\n"
                                           * 40 + PAGE)
    # one of the 181 scrapinghub dumps opens with its page's noscript pixels, rendered as text
    dump = next((shared_data / "textdump" / "txt").glob("87bf60570e6e*.txt")).read_bytes()
    assert dump.startswith(b"<img ")
    (tmp_path / "dump.txt").write_bytes(dump)
    (tmp_path / "docs.jsonl").write_text(json.dumps({"text": (tmp_path / "warned.html").read_text()}) + "\n")
    docs = {d.source.rsplit("/", 1)[-1]: d.kind for d in read_paths([tmp_path])}
    assert docs == {"page.html": "html", "warned.html": "html", "dump.txt": "text", "docs.jsonl:1": "html"}
