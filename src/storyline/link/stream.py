"""Linking one article at a time: story (same real-world event), then thread."""
from __future__ import annotations

from storyline.link.cluster import StoryIndex, StoryProfile, article_features
from storyline.link.threads import find_thread
from storyline.model import Article, Event


def _rechecks_thread(n_articles: int) -> bool:
    """A story looks for its thread when it starts and each time it has grown fourfold: a young story's
    terms say little, and each look costs as much as placing an article."""
    return n_articles & (n_articles - 1) == 0 and n_articles.bit_length() % 2 == 1


class StreamLinker:
    """The incremental linker shared by the store, `storyline cluster` and the benchmarks.

    `changed` collects the ids of stories whose profile or thread changed since the caller last cleared it."""

    def __init__(self, index: StoryIndex | None = None, events_of_story: dict[int, list[Event]] | None = None):
        self.index = index or StoryIndex()
        self.events_of_story = events_of_story if events_of_story is not None else {}
        self.changed: set[int] = set()

    def add(self, article: Article) -> StoryProfile:
        story, _ = self.index.assign(*article_features(article))
        self.events_of_story.setdefault(story.id, []).extend(article.events)
        self.changed.add(story.id)
        if _rechecks_thread(story.n_articles):
            thread = find_thread(self.index, story, self.events_of_story[story.id], self.events_of_story)
            if thread is not None and thread != story.thread_id:
                self.changed |= self.index.merge_threads(story.thread_id, thread)
        return story
