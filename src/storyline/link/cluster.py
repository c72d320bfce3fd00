"""Incremental story clustering: each new article joins the most similar story or starts one.

Similarity is TF-IDF cosine to the story's term centroid (IDF from the stream so far) plus a bonus for
shared actor countries; a story covers one real-world event, so articles whose event dates lie more
than `window_days` apart never share a story.
"""
from __future__ import annotations

import heapq
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from itertools import chain, filterfalse, repeat
from operator import itemgetter, mul
from typing import NamedTuple

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.cluster import KMeans
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS
from sklearn.preprocessing import normalize
from stop_words import StopWordError, get_stop_words

from storyline.model import Article

TOKEN = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
# numbers tell look-alike events apart (a 31-24 and a 20-13 win, a 6.1 and a 7.6 quake, 2008 and 2013);
# one digit alone says nothing
# (the digit before the look-behind lets the regex engine jump from digit to digit: same matches, 2.5x faster)
NUMBER = re.compile(r"\d(?<![\w.,]\d)(?:\d+|\d*[.,]\d+)(?:[.,]\d+)*(?!\w)")
NUMBER_MARK = "#"  # number terms start with it: threads link stories by their wording, not their numbers
CENTROID_TERMS = 300
# a story whose articles fall into two halves less alike than this holds two events (best of 0.2-0.8 for
# `recluster` on the ECB+ tuning topics; 0.45-0.55 for the stream)
SPLIT_COSINE = 0.5
DENSE_SPLIT = 64  # articles: a story this small is split over a dense matrix (a large one would fill memory)


def tokens(text: str, language: str | None = None) -> Counter:
    """The text's word terms without the stop words of English and of its `language` (ISO 639-1), and its numbers."""
    terms = Counter(filterfalse(stop_words(language).__contains__, TOKEN.findall(text.lower())))
    terms.update(NUMBER_MARK + n for n in NUMBER.findall(text))
    return terms


@lru_cache(maxsize=None)
def stop_words(language: str | None) -> frozenset[str]:
    """English stop words (scikit-learn's, which the ECB+ figures were tuned with) and those of `language` where the
    stop-words package has them. Without the second, the function words of another language (German "der", "und",
    "nicht") made all its articles alike: streamed at the store's threshold, the 990 trafilatura-eval pages (nearly
    all on subjects of their own) made 743 pairs in one story, the largest of 36 pages; 9 pairs and 2 with them
    (benchmarks/clustering.py). ECB+ (English) is unchanged."""
    try:
        words = get_stop_words(_STOP_WORD_CODES.get(language, language)) if language and language != "en" else ()
    except StopWordError:
        words = ()
    return ENGLISH_STOP_WORDS.union(words)


_STOP_WORD_CODES = {"no": "nb"}  # CLD2 calls Norwegian "no", the stop-words package "nb"


def wording(terms: Counter) -> Counter:
    """The word terms alone, without the numbers."""
    return Counter({t: c for t, c in terms.items() if not t.startswith(NUMBER_MARK)})


def _ranked(counts: Counter) -> list[tuple]:
    # Counter.most_common's order (ties first-seen), with a sort that runs in C rather than heapq's loop
    return sorted(counts.items(), key=itemgetter(1), reverse=True)


class Query(NamedTuple):
    """An article's (or a story's) terms weighted for the index: what `candidates` and `similarity` read."""
    terms: list[str]
    weights: np.ndarray  # TF-IDF, in the order of `terms`
    norm: float
    weighted: list[float]  # the weights times the IDF once more (the story side's IDF: centroids hold counts)


@dataclass
class StoryProfile:
    id: int
    thread_id: int
    terms: Counter
    countries: set[str] = field(default_factory=set)
    first_date: str | None = None
    last_date: str | None = None
    n_articles: int = 0

    def add(self, terms: Counter, countries: set[str], when: tuple[str | None, str | None]) -> list[str]:
        """Add an article's features; returns the terms that fell out of the centroid (StoryIndex.register's
        `dropped`)."""
        self.terms.update(terms)
        dropped = []
        if len(self.terms) > CENTROID_TERMS:
            ranked = _ranked(self.terms)
            self.terms = Counter(dict(ranked[:CENTROID_TERMS]))
            dropped = [term for term, _ in ranked[CENTROID_TERMS:]]
        self.countries |= countries
        start, end = when[0] or when[1], when[1] or when[0]
        if start:
            self.first_date = min(filter(None, [self.first_date, start]))
            self.last_date = max(filter(None, [self.last_date, end]))
        self.n_articles += 1
        return dropped


class StoryIndex:
    """Stories known so far, an inverted index from their highest-weighted terms, and the stream's document
    frequencies. A new article is scored only against the stories that share its most telling terms."""

    QUERY_TERMS = 15  # the article's highest-weighted terms used to find candidate stories
    # stories scored exactly (those sharing most query terms) and the most recently updated stories read from
    # each term's postings. 5/100 with 15 query terms finds the same ECB+ stories as 10/100 (which scored as 50/400
    # with 25; stream and recluster, t=.15 and .25), and with 100,000 stories known the most similar story is still
    # among the candidates for 397 of 400 articles (benchmarks/clustering.py, "candidate search recall"; 399 with 10
    # candidates, which cost 8-15% more time per article); 12 query terms lose ECB+ stories, 10 lose recall
    CANDIDATES = 5
    PER_TERM = 100
    # a story is posted under its 60 highest-weighted centroid terms, not all 300: an article joining a story moves
    # a third as many postings, the ECB+ stream's F1 moves by .001 at most, and the search recall with 100,000
    # stories is .98 (was .97, over 200 articles, 10 candidates). A term that drops out of the 60 stays posted until
    # it leaves the centroid.
    POSTED = 60

    def __init__(self, threshold: float = 0.35, window_days: int = 7, country_bonus: float = 0.1):
        self.threshold = threshold
        self.window_days = window_days
        self.country_bonus = country_bonus
        self.df: Counter = Counter()
        self.n_docs = 0
        self.stories: dict[int, StoryProfile] = {}
        # ordered, last updated last, and only the PER_TERM latest: the only ones `candidates` reads
        self.postings: dict[str, dict[int, None]] = defaultdict(dict)
        self.by_country: dict[str, set[int]] = defaultdict(set)
        self.thread_members: dict[int, set[int]] = defaultdict(set)
        self._norms: dict[int, tuple[float, int]] = {}  # story id -> (centroid norm, n_docs when computed)
        self.next_id = 1

    def _idf_array(self, terms: Counter) -> np.ndarray:
        # the logarithms in numpy, the lookups in C: this runs for every term of every article and story
        df = np.fromiter(map(self.df.get, terms, repeat(0)), np.float64, len(terms))
        return (math.log(self.n_docs + 1) + 1.0) - np.log(df + 1.0)

    def _weight_array(self, terms: Counter, idf: np.ndarray | None = None) -> np.ndarray:
        """TF-IDF weights of `terms`, in the order of its keys."""
        return np.fromiter(terms.values(), np.float64, len(terms)) * (self._idf_array(terms) if idf is None else idf)

    def query(self, terms: Counter) -> Query:
        """An article's (or story's) terms as `candidates` and `similarity` take them."""
        idf = self._idf_array(terms)
        weights = self._weight_array(terms, idf)
        return Query(list(terms), weights, math.sqrt(weights @ weights), (weights * idf).tolist())

    def cosine(self, query: Query, other: Counter) -> float:
        """TF-IDF cosine of an article's `query` (computed once for all the stories it is compared with) and `other`."""
        theirs = self.query(other)
        weights = dict(zip(theirs.terms, theirs.weights.tolist()))
        dot = sum(map(mul, query.weights.tolist(), map(weights.get, query.terms, repeat(0.0))))
        return dot / (query.norm * theirs.norm) if query.norm and theirs.norm else 0.0

    def register(self, story: StoryProfile, dropped: Iterable[str] = (), touched: set[str] | None = None) -> None:
        """Index a story (new, loaded or changed): its norm, and postings of its POSTED highest-weighted terms.
        `dropped`: terms it no longer holds, whose postings it leaves; `touched`: the terms an article just added,
        whose postings move to the end (the latest) while the others keep their place (a term new to the story is
        among them)."""
        self.stories[story.id] = story
        weights = self._weight_array(story.terms)
        self._norms[story.id] = self._fresh_norm(weights)  # computed now: stories are read more than written
        for term in dropped:
            posting = self.postings.get(term)  # most were never posted (not among the POSTED)
            if posting:
                posting.pop(story.id, None)
        posted = story.terms.keys()
        if len(posted) > self.POSTED:
            terms = list(posted)
            posted = set(map(terms.__getitem__, np.argpartition(-weights, self.POSTED)[:self.POSTED].tolist()))
        for term in posted if touched is None else posted & touched:
            posting = self.postings[term]
            posting.pop(story.id, None)
            posting[story.id] = None
            if len(posting) > self.PER_TERM:
                del posting[next(iter(posting))]  # the least recently updated
        for country in story.countries:
            self.by_country[country].add(story.id)
        self.thread_members[story.thread_id].add(story.id)
        self.next_id = max(self.next_id, story.id + 1)

    def merge_threads(self, a: int, b: int) -> set[int]:
        """One thread from two: every story of either takes the older (smaller) id; returns the relabelled."""
        keep, gone = min(a, b), max(a, b)
        moved = self.thread_members.pop(gone, set())
        for sid in moved:
            self.stories[sid].thread_id = keep
        self.thread_members[keep] |= moved
        return moved

    def candidates(self, query: Query) -> list[int]:
        # the highest-weighted terms by a stable sort: ties in the article's order, as sorted() would give them
        top = np.argsort(-query.weights, kind="stable")[:self.QUERY_TERMS].tolist()
        shared = Counter(chain.from_iterable(reversed(self.postings.get(query.terms[k], {})) for k in top))
        # _ranked's order (the most shared, ties first-seen: a stable sort) from the ids alone: numpy sorts the
        # ~700 counts in half the time sorted() takes over the items (for centroid terms, which need their counts
        # too, sorted() is the faster)
        top = np.argsort(-np.fromiter(shared.values(), np.int64, len(shared)), kind="stable")[:self.CANDIDATES]
        ids = list(shared)
        return [ids[k] for k in top.tolist()]

    def related(self, story: StoryProfile, limit: int = 200) -> tuple[list[int], set[int]]:
        """Stories that could continue or precede `story`, in id order: the candidates by its terms and the `limit`
        latest with all of its countries; and the set of the candidates (those whose wording is worth scoring)."""
        similar = set(self.candidates(self.query(story.terms)))
        found = set(similar)
        if story.countries:
            sets = [self.by_country.get(c, set()) for c in story.countries]
            same = sets[0] if len(sets) == 1 else set.intersection(*sets)  # one country's set is not copied
            found.update(heapq.nlargest(limit, same))  # the latest: no sort of every story of a country
        found.discard(story.id)
        return sorted(found), similar

    def in_window(self, story: StoryProfile, when: tuple[str | None, str | None]) -> bool:
        start, end = when[0] or when[1], when[1] or when[0]
        if not start or not story.first_date:
            return True
        return (date.fromisoformat(story.first_date) - date.fromisoformat(end)).days <= self.window_days and \
            (date.fromisoformat(start) - date.fromisoformat(story.last_date)).days <= self.window_days

    def _story_norm(self, story: StoryProfile) -> float:
        """The centroid's norm under the current IDF, recomputed once the stream has grown by 5% since."""
        cached = self._norms.get(story.id)
        if cached is None or cached[1] * 1.05 < self.n_docs:
            cached = self._norms[story.id] = self._fresh_norm(self._weight_array(story.terms))
        return cached[0]

    def _fresh_norm(self, weights: np.ndarray) -> tuple[float, int]:
        """The norm of a story's centroid `weights` (_weight_array), with the stream's size it holds for."""
        return math.sqrt(weights @ weights), self.n_docs

    def similarity(self, story: StoryProfile, query: Query, countries: set[str]) -> float:
        # one pass over the article's terms, in C: lookups in the centroid (0 where it lacks the term)
        dot = sum(map(mul, query.weighted, map(story.terms.get, query.terms, repeat(0))))
        story_norm = self._story_norm(story)
        cosine = dot / (query.norm * story_norm) if query.norm and story_norm else 0.0
        overlap = len(story.countries & countries) / len(story.countries | countries) if countries else 0.0
        return cosine + self.country_bonus * overlap

    def assign(self, terms: Counter, countries: set[str],
               when: tuple[str | None, str | None]) -> tuple[StoryProfile, bool]:
        """The story the article joins (and whether it is new); `when` is its event's (start, end)."""
        self.df.update(terms.keys())
        self.n_docs += 1
        query = self.query(terms)
        best, best_score = None, self.threshold
        for sid in self.candidates(query):
            story = self.stories[sid]
            if not self.in_window(story, when):
                continue
            score = self.similarity(story, query, countries)
            if score >= best_score:
                best, best_score = story, score
        is_new = best is None
        if best is None:
            best = StoryProfile(self.next_id, self.next_id, Counter())
        self.register(best, best.add(terms, countries, when), touched=terms.keys())
        return best, is_new


def two_events(index: StoryIndex, terms: list[Counter]) -> np.ndarray | None:
    """Which of two halves (0 or 1) each of a story's articles falls in, by 2-means over their TF-IDF, where the
    halves are two events (two earthquakes on one island): not alike, and two articles or more each."""
    # the sparse matrix built here, columns in first-seen order: DictVectorizer (a sorted vocabulary) took 4 of the
    # check's 10 ms, for the same halves
    columns: dict[str, int] = {}
    indices = [columns.setdefault(term, len(columns)) for t in terms for term in t]
    rows = np.cumsum([0, *map(len, terms)])
    weights = np.concatenate([index._weight_array(t) for t in terms])
    vectors = normalize(csr_matrix((weights, indices, rows), shape=(len(terms), len(columns))))
    if len(terms) <= DENSE_SPLIT:
        vectors = vectors.toarray()  # same halves; k-means on a small dense matrix costs a third less
    halves = KMeans(2, n_init=3, random_state=0).fit(vectors)
    centres = normalize(halves.cluster_centers_)
    if float(centres[0] @ centres[1]) < SPLIT_COSINE and np.bincount(halves.labels_).min() >= 2:
        return halves.labels_
    return None


def article_features(article: Article) -> tuple[Counter, set[str], tuple[str | None, str | None]]:
    """Terms, actor countries and event dates (else the publication date) that place an article in a story."""
    main = next((e for e in article.events if e.headline), None)
    # only a day or a week places an article in time; a year or "after X" would pull apart copies of one story
    precise = main and main.when and main.when.start and main.when.resolution in ("day", "weekend", "week")
    when = (main.when.start, main.when.end) if precise else (article.published, article.published)
    terms = tokens(f"{article.title or ''}\n{article.text}", article.language)
    return terms, set(main.countries) if main else set(), when
