import sqlite3

import pytest

from storyline.errors import StoreError
from storyline.run import Pipeline
from storyline.store import open_store
from tests.conftest import EXAMPLES


def test_ingesting_twice_stores_nothing_new(store):
    first = Pipeline(store).ingest([EXAMPLES])
    counts = store.counts()
    second = Pipeline(store).ingest([EXAMPLES])
    assert (first.added, second.added, second.unchanged) == (2, 0, 2)
    assert store.counts() == counts


def test_syndicated_copy_becomes_a_mention(store, tmp_path):
    original = (EXAMPLES / "news360-us-cuba-2023.txt").read_text()
    copy = tmp_path / "copy.txt"
    copy.write_text("  • Other Site Menu\n" + original.replace("News 360", "Other Site"))
    report = Pipeline(store).ingest([EXAMPLES / "news360-us-cuba-2023.txt", copy])
    assert (report.added, report.duplicates) == (1, 1)
    (article,) = store.articles()
    assert len(store.mentions(article["id"])) == 2


def test_a_crash_mid_batch_leaves_the_store_as_before(store, monkeypatch, tmp_path):
    Pipeline(store).ingest([EXAMPLES / "minrex-cuba-us-law-enforcement-2018.txt"])
    before = store.counts()
    terms_before = store.conn.execute("SELECT count(*), sum(df) FROM terms").fetchone()[:]
    from storyline.store import sqlite as sqlite_store

    calls = {"n": 0}
    real = sqlite_store.Store._ingest_one

    def crash_on_second(self, *args):
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt("power cut")
        return real(self, *args)

    monkeypatch.setattr(sqlite_store.Store, "_ingest_one", crash_on_second)
    other = tmp_path / "other.txt"
    other.write_text("Another page\n\nThe finance ministers of France and Germany met in Berlin on Monday to "
                     "discuss the budget rules of the euro area, officials said.\n")
    with pytest.raises(KeyboardInterrupt):
        Pipeline(store, batch_size=10).ingest([EXAMPLES / "news360-us-cuba-2023.txt", other])
    assert store.counts() == before
    assert store.conn.execute("SELECT count(*), sum(df) FROM terms").fetchone()[:] == terms_before
    assert not store.conn.in_transaction
    monkeypatch.undo()
    assert Pipeline(store).ingest([EXAMPLES, other]).added == 2


def test_search_takes_plain_words_even_with_fts_syntax(example_store):
    hits = example_store.search("Havana security")
    assert [h["title"] for h in hits] == ["United States and Cuba resume dialogue on security issues"]
    assert example_store.search('"unbalanced AND (') == []


def test_unreadable_store_file_is_a_store_error(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(StoreError, match="bad.db"):
        open_store(bad)


def test_store_is_in_wal_mode_with_schema_version(store):
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store._meta("schema_version") == "1"
    assert isinstance(store.conn, sqlite3.Connection)


def test_db_path_from_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("STORYLINE_DB", str(tmp_path / "env.db"))
    with open_store() as s:
        assert s.path == tmp_path / "env.db"


def test_text_dump_of_a_stored_html_page_is_a_mention(store, shared_data, tmp_path):
    import gzip

    page_id = "042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856"
    html = tmp_path / "page.html"
    html.write_bytes(gzip.decompress((shared_data / "scrapinghub" / "html" / f"{page_id}.html.gz").read_bytes()))
    dump = shared_data / "textdump" / "txt" / f"{page_id}.txt"
    report = Pipeline(store).ingest([html, dump])
    assert (report.added, report.duplicates) == (1, 1)
    (article,) = store.articles()
    assert {m["source"] for m in store.mentions(article["id"])} == {str(html), str(dump)}


def test_recluster_keeps_the_example_thread_and_story_ids(store):
    Pipeline(store).ingest([EXAMPLES])
    before = [(s.id, s.thread_id, s.article_ids) for s in store.stories()]
    timeline = [(e.when.label(), e.story_id) for e in store.story(before[0][0]).timeline]
    counts = store.counts()
    assert store.recluster() == (len(before), len(before))
    assert [(s.id, s.thread_id, s.article_ids) for s in store.stories()] == before
    assert [(e.when.label(), e.story_id) for e in store.story(before[0][0]).timeline] == timeline
    assert store.counts() == counts


def test_the_story_index_kept_between_batches_sees_another_writer(tmp_path):
    path = tmp_path / "shared.db"
    with open_store(path) as a, open_store(path) as b:
        Pipeline(a).ingest([EXAMPLES / "minrex-cuba-us-law-enforcement-2018.txt"])
        kept = a._current_linker()
        assert a._current_linker() is kept  # nothing written since: the same index, not read again
        Pipeline(b).ingest([EXAMPLES / "news360-us-cuba-2023.txt"])
        seen = a._current_linker()
        assert seen is not kept and set(seen.index.stories) == {s.id for s in b.stories()}
        (thread,) = {s.thread_id for s in a.stories()}  # b linked its story to a's 2018 one
