"""Bulk re-clustering: repairs the drift of the one-pass stream (early articles placed before their story
was clear, an order that merged two look-alike events).

The articles are streamed again in publication order, then each is moved to the story whose final centroid
(without itself) it fits best, a few passes; a story whose articles fall into two clearly different halves
(two look-alike events: two earthquakes on one island) is split in two; threads are found again at the end.
"""
from __future__ import annotations

from collections import Counter, defaultdict

from storyline.link.cluster import StoryIndex, StoryProfile, article_features, two_events
from storyline.link.stream import StreamLinker
from storyline.link.threads import find_thread
from storyline.model import Article

PASSES = 2  # a third pass moved almost nothing on the ECB+ tuning topics
# stories are purer after reassignment and split, so a lower text similarity links them into threads
# (best of 0.05-0.25 on the ECB+ tuning topics; the stream's is 0.2)
THREAD_SIMILARITY = 0.1
SPLIT_MIN = 4  # articles a story needs before it can be split (two on each side)


def recluster(articles: list[Article], previous: dict[str, int] | None = None, threshold: float | None = None,
              passes: int = PASSES) -> tuple[StreamLinker, dict[str, int]]:
    """A fresh linker over `articles` and the story id of each article id. Where `previous` (article id ->
    story id) is given, a story keeps the old id most of its articles had, so links to it stay valid."""
    ordered = sorted(articles, key=lambda a: a.published or "")  # stable: undated ones keep the given order
    # the stream's own splits, before reassignment, cost .006 event and .012 thread F1 on the held-out ECB+ topics
    linker = StreamLinker(StoryIndex() if threshold is None else StoryIndex(threshold=threshold), split=False)
    story_of = {a.id: linker.add(a).id for a in ordered}
    features = {a.id: article_features(a) for a in ordered}
    for _ in range(passes):
        if not _reassign(linker.index, features, story_of):
            break
    _split_mixed(linker.index, features, story_of)  # a second round split almost nothing more
    if previous:
        story_of = _keep_ids(story_of, previous)
    return _rebuilt(linker.index, ordered, features, story_of), story_of


def _keep_ids(story_of: dict[str, int], previous: dict[str, int]) -> dict[str, int]:
    """New story ids renamed to the old id shared by most of their articles (each old id used once)."""
    overlap = Counter((sid, previous[a]) for a, sid in story_of.items() if a in previous)
    renamed: dict[int, int] = {}
    used: set[int] = set()
    for (new, old), _ in overlap.most_common():
        if new not in renamed and old not in used:
            renamed[new] = old
            used.add(old)
    next_id = max([*previous.values(), *story_of.values()]) + 1
    for new in sorted(set(story_of.values()) - renamed.keys()):
        renamed[new], next_id = next_id, next_id + 1
    return {a: renamed[sid] for a, sid in story_of.items()}


def _reassign(index: StoryIndex, features: dict, story_of: dict[str, int]) -> int:
    """Move each article to its best story under the current centroids; returns how many moved."""
    centroids: dict[int, Counter] = {}
    for article_id, sid in story_of.items():
        centroids.setdefault(sid, Counter()).update(features[article_id][0])
    sizes = Counter(story_of.values())
    moved = 0
    for article_id, (terms, _, when) in features.items():
        current = story_of[article_id]
        best, best_score = None, index.threshold
        query = index.query(terms)
        for sid in set(index.candidates(query)) | {current}:
            centroid = centroids.get(sid)
            if not centroid or not index.in_window(index.stories[sid], when):
                continue
            others = centroid - terms if sid == current else centroid
            score = index.cosine(query, others) if others else 0.0
            if score >= best_score:
                best, best_score = sid, score
        if best is None and sizes[current] == 1:
            best = current  # alone in its story: it stays
        elif best is None:  # fits no story, not even its own without itself: a story of its own
            best = max(index.stories) + 1
            index.register(StoryProfile(best, best, Counter(terms)))
        if best != current:
            centroids[current] -= terms
            centroids.setdefault(best, Counter()).update(terms)
            sizes[current] -= 1
            sizes[best] += 1
            story_of[article_id] = best
            moved += 1
    return moved


def _split_mixed(index: StoryIndex, features: dict, story_of: dict[str, int]) -> None:
    """Bisect each story whose articles fall into two events (cluster.two_events)."""
    members: dict[int, list[str]] = defaultdict(list)
    for article_id, sid in story_of.items():
        members[sid].append(article_id)
    next_id = max(story_of.values(), default=0) + 1
    for sid, ids in members.items():
        if len(ids) < SPLIT_MIN:
            continue
        halves = two_events(index, [features[a][0] for a in ids])
        if halves is not None:
            for article_id, half in zip(ids, halves):
                if half == 1:
                    story_of[article_id] = next_id
            next_id += 1


def _rebuilt(index: StoryIndex, ordered: list[Article], features: dict, story_of: dict[str, int]) -> StreamLinker:
    """Story profiles and threads from the final assignment, under the stream's document frequencies."""
    fresh = StoryIndex(threshold=index.threshold, window_days=index.window_days, country_bonus=index.country_bonus)
    fresh.df, fresh.n_docs = index.df, index.n_docs
    linker = StreamLinker(fresh)
    for article in ordered:
        sid = story_of[article.id]
        story = fresh.stories.get(sid) or StoryProfile(sid, sid, Counter())
        fresh.register(story, story.add(*features[article.id]))
        linker.events_of_story.setdefault(sid, []).extend(article.events)
    for story in sorted(fresh.stories.values(), key=lambda s: (s.first_date or "", s.id)):
        thread = find_thread(fresh, story, linker.events_of_story[story.id], linker.events_of_story,
                             THREAD_SIMILARITY)
        if thread is not None and thread != story.thread_id:
            fresh.merge_threads(story.thread_id, thread)
    linker.changed = set(fresh.stories)
    return linker
