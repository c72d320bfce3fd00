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
