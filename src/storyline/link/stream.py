"""Linking one article at a time: story (same real-world event), then thread for a new story."""
from __future__ import annotations

from storyline.link.cluster import StoryIndex, StoryProfile, article_features
from storyline.link.threads import find_thread
from storyline.model import Article, Event


class StreamLinker:
    """The incremental linker shared by the store, `storyline cluster` and the benchmarks."""

    def __init__(self, index: StoryIndex | None = None, events_of_story: dict[int, list[Event]] | None = None):
        self.index = index or StoryIndex()
        self.events_of_story = events_of_story if events_of_story is not None else {}

    def add(self, article: Article) -> StoryProfile:
        story, is_new = self.index.assign(*article_features(article))
        self.events_of_story.setdefault(story.id, []).extend(article.events)
        if is_new:
            thread = find_thread(self.index, story, article.events, self.events_of_story)
            if thread is not None:
                story.thread_id = thread
        return story
