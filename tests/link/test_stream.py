import json
from collections import Counter
from functools import partial

import pytest

from storyline.enrich import enrich_article
from storyline.link.cluster import StoryIndex
from storyline.link.stream import StreamLinker
from storyline.model import Article
from tests.conftest import SHARED_DATA
from tests.link.test_recluster import pairwise_pr


@pytest.fixture(scope="module")
def look_alikes():
    """ECB+ topics 2 and 3: two Oscars hosts announced; two prison escapes."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"benchmark data not found at {SHARED_DATA} (set STORYLINE_SHARED_DATA)")
    rows = [json.loads(line) for line in (SHARED_DATA / "ecbplus-dev.jsonl").read_text(encoding="utf-8").splitlines()]
    rows = [r for r in rows if r["topic"] in (2, 3)]
    return [enrich_article(Article(id=r["id"], source="ecbplus", text=r["text"])) for r in rows], {
        r["id"]: r["event"] for r in rows}


def _stream(articles, linker):
    story_of = {}
    for article in articles:
        story_of[article.id] = linker.add(article).id
        story_of.update(linker.take_moved())
    return story_of


def test_a_growing_story_of_two_look_alike_events_is_split(look_alikes):
    articles, event = look_alikes
    gold = [event[a.id] for a in articles]
    # a threshold so low that each topic streams into one story
    merged = _stream(articles, StreamLinker(StoryIndex(threshold=0.05), split=False))
    assert pairwise_pr([merged[a.id] for a in articles], gold)[0] < 0.6
    linker = StreamLinker(StoryIndex(threshold=0.05))
    story_of = _stream(articles, linker)
    precision, recall = pairwise_pr([story_of[a.id] for a in articles], gold)
    assert precision >= 0.9 and recall >= 0.5
    # the moved articles are where the index has them, and the halves of a topic stay one thread
    assert Counter(story_of.values()) == {sid: s.n_articles for sid, s in linker.index.stories.items()}
    thread_of = {a.id: linker.index.stories[story_of[a.id]].thread_id for a in articles}
    assert len({thread_of[a.id] for a in articles if event[a.id].startswith("2_")}) == 1


def test_the_store_moves_the_articles_of_a_split_story(look_alikes, store, monkeypatch):
    from storyline.store import sqlite as sqlite_store

    articles, event = look_alikes
    monkeypatch.setattr(sqlite_store, "StoryIndex", partial(StoryIndex, threshold=0.05))
    for start in range(0, len(articles), 7):  # batches: a story split in a later batch than it grew in
        store.ingest(articles[start:start + 7])
    stored = dict(store.conn.execute("SELECT id, story_id FROM articles").fetchall())  # near-copies are mentions
    assert pairwise_pr(list(stored.values()), [event[a] for a in stored])[0] >= 0.9
    sizes = dict(store.conn.execute("SELECT id, n_articles FROM stories").fetchall())
    assert Counter(stored.values()) == sizes


def test_storyline_cluster_prints_the_moved_articles_again(look_alikes, tmp_path, capsys, monkeypatch):
    from storyline import cli
    from storyline.link import stream

    articles, event = look_alikes
    path = tmp_path / "look-alikes.jsonl"
    path.write_text("\n".join(json.dumps({"id": a.id, "text": a.text}) for a in articles), encoding="utf-8")
    monkeypatch.setattr(stream, "StoryIndex", partial(StoryIndex, threshold=0.05))
    assert cli.main(["cluster", str(path)]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(lines) > len(articles)  # the articles of a split story's other half, once more
    final = {line["id"]: line["story"] for line in lines}  # a later line replaces an earlier one
    assert pairwise_pr([final[a.id] for a in articles], [event[a.id] for a in articles])[0] >= 0.9
