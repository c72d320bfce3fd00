"""The Ray Data executor gives what the local one gives: the same articles in the same order, the same errors by
name, the same store."""
import json
import shutil
import sys

import pytest

from storyline.cli import main
from storyline.run import Pipeline
from storyline.store import open_store
from tests.conftest import EXAMPLES

ray = pytest.importorskip("ray")


@pytest.fixture(scope="module")
def ray_instance():
    # two CPUs, as CI has; a small object store (Ray would take 30% of the machine's memory)
    ray.init(num_cpus=2, object_store_memory=100 << 20, include_dashboard=False, configure_logging=False,
             log_to_driver=False)
    yield
    ray.shutdown()


def _inputs(folder, shared_data):
    """Text dumps, a WARC archive of 15 pages (two batches and a bit), one with a truncated record, a JSONL file with
    a bad line, and a path that is not there, given as relative paths (the workers must read them wherever they
    run)."""
    pages = folder / "pages"
    shutil.copytree(EXAMPLES, pages / "examples", ignore=shutil.ignore_patterns("*.json"))
    for name in ("dolma-sample-0001.warc.gz", "resiliparse-clipped.warc.gz"):
        shutil.copy(shared_data / "warc" / name, pages)
    page = (EXAMPLES / "news360-us-cuba-2023.txt").read_text(encoding="utf-8")
    (pages / "feed.jsonl").write_text(json.dumps({"text": page.replace("Cuba", "Cuba's"), "url": "https://x.org/a"})
                                      + "\n{broken\n", encoding="utf-8")
    return ["pages", "missing.warc.gz"]


def test_ray_executor_extracts_what_the_local_executor_extracts(ray_instance, shared_data, tmp_path, monkeypatch):
    from storyline.run.ray import RayPipeline

    paths = _inputs(tmp_path, shared_data)
    monkeypatch.chdir(tmp_path)  # after Ray started: its workers run elsewhere
    local_errors, ray_errors = [], []
    local = [a.to_dict() for a in Pipeline().extract(paths, local_errors.append)]
    on_ray = [a.to_dict() for a in RayPipeline().extract(paths, ray_errors.append)]
    assert len(local) == 18 and on_ray == local  # 2 examples, 15 pages of the archive, 1 of the JSONL; input order
    assert "pages/examples/minrex-cuba-us-law-enforcement-2018.txt" in {a["source"] for a in on_ray}
    assert sorted(map(str, ray_errors)) == sorted(map(str, local_errors))
    reasons = " | ".join(map(str, ray_errors))
    assert "missing.warc.gz: no such file or directory" in reasons
    assert "pages/feed.jsonl:2: invalid JSON" in reasons
    assert "pages/resiliparse-clipped.warc.gz#<urn:uuid:" in reasons and "truncated record" in reasons


def test_cli_ingest_on_ray_stores_what_local_ingest_stores(ray_instance, tmp_path, capsys):
    counts = {}
    for executor in ("local", "ray"):
        db = str(tmp_path / f"{executor}.db")
        assert main(["ingest", str(EXAMPLES), "--db", db, "--executor", executor, "--format", "json"]) == 0
        summary = json.loads(capsys.readouterr().out)
        assert summary["added"] == 2 and summary["errors"] == 0
        with open_store(db) as store:
            counts[executor] = (store.counts(), [(s.label, len(s.article_ids)) for s in store.stories()])
    assert counts["ray"] == counts["local"]
    assert "United States and Cuba resume dialogue on security issues" in {t for t, _ in counts["ray"][1]}


def test_ray_executor_without_ray_says_how_to_install_it(tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)  # as if Ray were not installed
    assert main(["ingest", str(EXAMPLES), "--db", str(tmp_path / "s.db"), "--executor", "ray"]) == 1
    assert "pip install 'storyline[ray]'" in capsys.readouterr().err
    assert not (tmp_path / "s.db").exists() or open_store(tmp_path / "s.db").counts()["articles"] == 0
