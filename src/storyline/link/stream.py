"""Linking one article at a time: story (same real-world event), then thread.

A one-pass stream merges two look-alike events (two earthquakes on one island) when an article of the second
arrives while the first story's terms are still few. Each time a story has doubled in size (12, 24, 48
articles) it is checked for two events and split in two; both halves stay in the story's thread.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from typing import NamedTuple

from storyline.link.cluster import StoryIndex, StoryProfile, article_features, two_events
from storyline.link.threads import find_thread
from storyline.model import Article, Event

# story sizes at which a story is checked for two events: stream event F1 on the ECB+ tuning topics .790 -> .848
# (from 4, 8 or 16 articles on, doubling: .839, .840, .829); a smaller story's halves are too thin to tell apart
SPLIT_AT = (12, 24, 48)


class Member(NamedTuple):
    """What a story needs of one of its articles to be split."""
    article_id: str
    features: tuple  # cluster.article_features
    events: list[Event]


def member(article: Article) -> Member:
    return Member(article.id, article_features(article), article.events)


def _rechecks_thread(n_articles: int) -> bool:
    """A story looks for its thread when it starts and each time it has grown fourfold: a young story's
    terms say little, and each look costs as much as placing an article."""
    return n_articles & (n_articles - 1) == 0 and n_articles.bit_length() % 2 == 1


class StreamLinker:
    """The incremental linker shared by the store, `storyline cluster` and the benchmarks.

    `changed` collects the ids of stories whose profile or thread changed since the caller last cleared it;
    `take_moved()` hands over the articles that a split put in another story (article id -> story id) since the
    last call. `members_of(story_id)` gives the articles of a story as `Member`s (the store reads them back);
    without it the linker keeps them itself while a story can still be split. `split=False`: stories are never
    split (`recluster` splits them itself, after reassigning their articles)."""

    def __init__(self, index: StoryIndex | None = None, events_of_story: dict[int, list[Event]] | None = None,
                 members_of: Callable[[int], list[Member]] | None = None, split: bool = True):
        self.index = index or StoryIndex()
        self.events_of_story = events_of_story if events_of_story is not None else {}
        self.changed: set[int] = set()
        self._moved: dict[str, int] = {}
        self._split_at = SPLIT_AT if split else ()
        self._keeps = split and members_of is None
        self._kept: dict[int, list[Member]] = defaultdict(list)
        self.members_of = members_of or self._kept.__getitem__

    def take_moved(self) -> dict[str, int]:
        moved, self._moved = self._moved, {}
        return moved

    def add(self, article: Article) -> StoryProfile:
        new = member(article)
        story, _ = self.index.assign(*new.features)
        self.events_of_story.setdefault(story.id, []).extend(article.events)
        self.changed.add(story.id)
        if story.n_articles in self._split_at:
            story = self._split(story, new) or story
        if _rechecks_thread(story.n_articles):
            thread = find_thread(self.index, story, self.events_of_story[story.id], self.events_of_story)
            if thread is not None and thread != story.thread_id:
                self.changed |= self.index.merge_threads(story.thread_id, thread)
        if self._keeps:
            self._kept[story.id].append(new)
            if story.n_articles >= SPLIT_AT[-1]:
                del self._kept[story.id]  # it will not be split again
        return story

    def _split(self, story: StoryProfile, new: Member) -> StoryProfile | None:
        """Split `story` (just joined by `new`) if its articles tell two events; returns the story `new` is
        then in, None if it stays whole. The half holding the story's first article keeps its id."""
        members = [*self.members_of(story.id), new]
        halves = two_events(self.index, [m.features[0] for m in members])
        if halves is None:
            return None
        kept = [m for m, half in zip(members, halves) if half == halves[0]]
        parted = [m for m, half in zip(members, halves) if half != halves[0]]
        self._rebuilt(story, kept)
        # look-alike events are one thread (two rounds of talks, two quakes on one island)
        other = self._rebuilt(StoryProfile(self.index.next_id, story.thread_id, Counter()), parted)
        if self._keeps:
            self._kept[story.id] = [m for m in kept if m is not new]
            self._kept[other.id] = [m for m in parted if m is not new]
        self._moved.update((m.article_id, other.id) for m in parted if m is not new)
        return self.index.stories[other.id if any(m is new for m in parted) else story.id]

    def _rebuilt(self, story: StoryProfile, part: list[Member]) -> StoryProfile:
        """`story`'s profile (or a new story's) from `part` of its articles alone, indexed in its place."""
        fresh = StoryProfile(story.id, story.thread_id, Counter())
        for m in part:
            fresh.add(*m.features)
        for country in story.countries - fresh.countries:
            self.index.by_country[country].discard(story.id)
        self.index.register(fresh, story.terms.keys() - fresh.terms.keys())
        self.events_of_story[fresh.id] = [e for m in part for e in m.events]
        self.changed.add(fresh.id)
        return fresh
