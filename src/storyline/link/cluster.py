"""Incremental story clustering: each new article joins the most similar story or starts one.

Similarity is TF-IDF cosine to the story's term centroid (IDF from the stream so far) plus a bonus for
shared actor countries; a story covers one real-world event, so articles whose event dates lie more
than `window_days` apart never share a story.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from storyline.model import Article

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

TOKEN = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
CENTROID_TERMS = 300


def tokens(text: str) -> Counter:
    return Counter(t for t in (w.lower() for w in TOKEN.findall(text)) if t not in ENGLISH_STOP_WORDS)


@dataclass
class StoryProfile:
    id: int
    thread_id: int
    terms: Counter
    countries: set[str] = field(default_factory=set)
    first_date: str | None = None
    last_date: str | None = None
    n_articles: int = 0

    def add(self, terms: Counter, countries: set[str], when: tuple[str | None, str | None]) -> None:
        self.terms.update(terms)
        self.terms = Counter(dict(self.terms.most_common(CENTROID_TERMS)))
        self.countries |= countries
        start, end = when[0] or when[1], when[1] or when[0]
        if start:
            self.first_date = min(filter(None, [self.first_date, start]))
            self.last_date = max(filter(None, [self.last_date, end]))
        self.n_articles += 1


class StoryIndex:
    """Stories known so far and the document frequencies of the stream."""

    def __init__(self, threshold: float = 0.35, window_days: int = 7, country_bonus: float = 0.1):
        self.threshold = threshold
        self.window_days = window_days
        self.country_bonus = country_bonus
        self.df: Counter = Counter()
        self.n_docs = 0
        self.stories: dict[int, StoryProfile] = {}
        self.next_id = 1

    def idf(self, term: str) -> float:
        return math.log((self.n_docs + 1) / (self.df.get(term, 0) + 1)) + 1.0

    def cosine(self, a: Counter, b: Counter) -> float:
        wa = {t: c * self.idf(t) for t, c in a.items()}
        wb = {t: c * self.idf(t) for t, c in b.items()}
        dot = sum(w * wb.get(t, 0.0) for t, w in wa.items())
        norm = math.sqrt(sum(w * w for w in wa.values())) * math.sqrt(sum(w * w for w in wb.values()))
        return dot / norm if norm else 0.0

    def _in_window(self, story: StoryProfile, when: tuple[str | None, str | None]) -> bool:
        start, end = when[0] or when[1], when[1] or when[0]
        if not start or not story.first_date:
            return True
        return (date.fromisoformat(story.first_date) - date.fromisoformat(end)).days <= self.window_days and \
            (date.fromisoformat(start) - date.fromisoformat(story.last_date)).days <= self.window_days

    def similarity(self, story: StoryProfile, terms: Counter, countries: set[str]) -> float:
        shared = len(story.countries & countries) / len(story.countries | countries) if countries else 0.0
        return self.cosine(terms, story.terms) + self.country_bonus * shared

    def assign(self, terms: Counter, countries: set[str],
               when: tuple[str | None, str | None]) -> tuple[StoryProfile, bool]:
        """The story the article joins (and whether it is new); `when` is its event's (start, end)."""
        self.df.update(terms.keys())
        self.n_docs += 1
        best, best_score = None, self.threshold
        for story in self.stories.values():
            if not self._in_window(story, when):
                continue
            score = self.similarity(story, terms, countries)
            if score >= best_score:
                best, best_score = story, score
        is_new = best is None
        if best is None:
            best = StoryProfile(self.next_id, self.next_id, Counter())
            self.stories[best.id] = best
            self.next_id += 1
        best.add(terms, countries, when)
        return best, is_new


def article_features(article: Article) -> tuple[Counter, set[str], tuple[str | None, str | None]]:
    """Terms, actor countries and event dates (else the publication date) that place an article in a story."""
    main = next((e for e in article.events if e.headline), None)
    when = (main.when.start, main.when.end) if main and main.when else (article.published, article.published)
    return tokens(f"{article.title or ''}\n{article.text}"), set(main.countries) if main else set(), when
