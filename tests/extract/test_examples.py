"""`storyline extract examples/*.txt --format jsonl` gives what examples/expected.json says."""
import json

import pytest

from storyline.cli import main
from tests.conftest import EXAMPLES

NAMES = ["minrex-cuba-us-law-enforcement-2018.txt", "news360-us-cuba-2023.txt"]


@pytest.fixture(scope="module")
def extracted(capsys_module=None):
    import io
    import contextlib

    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        assert main(["extract", *[str(EXAMPLES / n) for n in NAMES], "--format", "jsonl"]) == 0
    records = [json.loads(line) for line in buffer.getvalue().splitlines()]
    return {r["source"].rsplit("/", 1)[-1]: r for r in records}


@pytest.mark.parametrize("name", NAMES)
def test_metadata_matches_expected(extracted, expected, name):
    got, want = extracted[name], expected[name]
    assert got["title"] == want["title"]
    assert got["authors"] == want["authors"]
    assert got["published"] == want["published"]
    assert got["publisher"] == want["publisher"]
    for key, value in want["credits"].items():
        assert got["credits"][key] == value
    assert got["language"] == "en"
    assert set(got) >= {"source", "url", "title", "authors", "published", "publisher", "language", "text", "credits"}


@pytest.mark.parametrize("name", NAMES)
def test_body_has_every_paragraph_and_no_chrome(extracted, expected, name):
    paragraphs = extracted[name]["text"].split("\n")
    assert paragraphs == expected[name]["body_paragraphs"]
    for line in expected[name]["not_body_examples"]:
        assert line not in extracted[name]["text"]


def test_a_crawls_published_field_is_read_in_the_forms_crawlers_write_it(tmp_path, expected):
    from storyline import extract

    name = "news360-us-cuba-2023.txt"
    text = (EXAMPLES / name).read_text(encoding="utf-8")
    given = {"2023-01-21T01:30:00+01:00": "2023-01-21",  # the day as written, in the publisher's time zone
             "2023-01-19T22:00:00Z": "2023-01-19", "Thu, 19 Jan 2023 22:00:00 GMT": "2023-01-19",
             "19 January 2023": "2023-01-19", "2023-01-19": "2023-01-19",
             "soon": expected[name]["published"]}  # no date: the page's own stands
    crawl = tmp_path / "crawl.jsonl"
    crawl.write_text("".join(json.dumps({"url": f"https://news360.example/{i}", "text": text, "published": value})
                             + "\n" for i, value in enumerate(given)))
    articles = extract(str(crawl), enrich=True)
    assert [a.published for a in articles] == list(given.values())
    assert ["no date" in note for a in articles for note in a.notes] == [True]
    assert all(a.events for a in articles)  # and each is enriched against its date


def test_the_python_api_names_the_document_whose_extraction_fails(tmp_path, monkeypatch):
    import importlib

    from storyline import extract
    from storyline.errors import UnreadableInput

    crawl = tmp_path / "crawl.jsonl"
    crawl.write_text("".join(json.dumps({"text": (EXAMPLES / name).read_text(encoding="utf-8")}) + "\n"
                             for name in NAMES))
    assert len(extract(str(crawl))) == 2
    extract_stage = importlib.import_module("storyline.extract")  # the package: storyline.extract is the function
    real = extract_stage.extract_textdump

    def failing(doc, site_lines):  # a bug met on the second page only
        if b"Daniel Stewart" in doc.content:
            raise KeyError("a bug")
        return real(doc, site_lines)

    monkeypatch.setattr(extract_stage, "extract_textdump", failing)
    with pytest.raises(UnreadableInput, match=r"crawl.jsonl:2: extraction failed: KeyError: 'a bug'"):
        extract(str(crawl), enrich=True)
