import gzip
import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
# The shared benchmark data sits beside the repository (CI clones it so); tests that need it say so.
SHARED_DATA = Path(os.environ.get("STORYLINE_SHARED_DATA", ROOT.parent / "shared" / "data"))


@pytest.fixture(scope="session")
def expected():
    return json.loads((EXAMPLES / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture
def shared_data():
    if not SHARED_DATA.is_dir():
        pytest.skip(f"benchmark data not found at {SHARED_DATA} (set STORYLINE_SHARED_DATA)")
    return SHARED_DATA


def trafilatura_eval_html(shared_data: Path, name: str) -> bytes:
    """A trafilatura-eval page's HTML by its file name (some are stored gzipped)."""
    path = shared_data / "trafilatura-eval" / "html" / name
    return path.read_bytes() if path.exists() else gzip.decompress(path.with_name(f"{name}.gz").read_bytes())


@pytest.fixture
def store(tmp_path):
    from storyline.store import open_store

    with open_store(tmp_path / "test.db") as s:
        yield s


@pytest.fixture(scope="session")
def example_store(tmp_path_factory):
    """A store with the two example pages ingested (shared by read-only tests)."""
    from storyline.run import Pipeline
    from storyline.store import open_store

    path = tmp_path_factory.mktemp("examples") / "examples.db"
    with open_store(path) as s:
        report = Pipeline(s).ingest([EXAMPLES])
        assert report.added == 2 and not report.errors
    s = open_store(path)
    yield s
    s.close()
