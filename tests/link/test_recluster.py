import json
import random
from itertools import combinations

from storyline.enrich import enrich_article
from storyline.link.recluster import recluster
from storyline.link.stream import StreamLinker
from storyline.model import Article


def pairwise_pr(pred, gold):
    same_pred = same_gold = both = 0
    for i, j in combinations(range(len(gold)), 2):
        p, g = pred[i] == pred[j], gold[i] == gold[j]
        same_pred, same_gold, both = same_pred + p, same_gold + g, both + (p and g)
    return both / same_pred, both / same_gold


def test_recluster_gathers_what_the_stream_split_without_merging_events(shared_data):
    rows = [json.loads(line) for line in (shared_data / "ecbplus-dev.jsonl").read_text(encoding="utf-8").splitlines()]
    rows = [r for r in rows if r["topic"] in (6, 8)]
    articles = {r["id"]: enrich_article(Article(id=r["id"], source="ecbplus", text=r["text"])) for r in rows}
    for seed in (1, 2, 3):  # three stream orders
        random.Random(seed).shuffle(rows)
        ordered = [articles[r["id"]] for r in rows]
        gold = [r["event"] for r in rows]
        linker = StreamLinker()
        stream_p, stream_r = pairwise_pr([linker.add(a).id for a in ordered], gold)
        _, story_of = recluster(ordered)
        p, r = pairwise_pr([story_of[a.id] for a in ordered], gold)
        assert p >= stream_p - 0.02 and p >= 0.95
        assert r > stream_r + 0.03


def test_recluster_keeps_story_ids_where_stories_stay(shared_data):
    rows = [json.loads(line) for line in (shared_data / "ecbplus-dev.jsonl").read_text(encoding="utf-8").splitlines()]
    articles = [enrich_article(Article(id=r["id"], source="ecbplus", text=r["text"])) for r in rows if r["topic"] == 2]
    linker = StreamLinker()
    previous = {a.id: linker.add(a).id + 100 for a in articles}
    _, story_of = recluster(articles, previous)
    assert set(story_of) == set(previous)
    # the largest stories keep their ids, and no id names two stories
    biggest = max(set(previous.values()), key=list(previous.values()).count)
    assert biggest in story_of.values()
    groups = {}
    for article_id, sid in story_of.items():
        groups.setdefault(sid, set()).add(article_id)
    assert sum(len(g) for g in groups.values()) == len(articles)


def test_a_story_of_two_look_alike_events_is_split(shared_data, monkeypatch):
    import storyline.link.cluster as cluster_module

    rows = [json.loads(line) for line in (shared_data / "ecbplus-dev.jsonl").read_text(encoding="utf-8").splitlines()]
    for topic in (2, 3):  # two Oscars hosts; two prison escapes
        topic_rows = [r for r in rows if r["topic"] == topic]
        articles = [enrich_article(Article(id=r["id"], source="ecbplus", text=r["text"])) for r in topic_rows]
        gold = [r["event"] for r in topic_rows]
        # a threshold so low that the stream puts the whole topic in one story: the split must undo it
        monkeypatch.setattr(cluster_module, "SPLIT_COSINE", -1.0)
        _, merged = recluster(articles, threshold=0.05)
        assert pairwise_pr([merged[a.id] for a in articles], gold)[0] < 0.6
        monkeypatch.undo()
        _, story_of = recluster(articles, threshold=0.05)
        assert pairwise_pr([story_of[a.id] for a in articles], gold) == (1.0, 1.0)
