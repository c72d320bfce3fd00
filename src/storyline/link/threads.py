"""Threads: stories linked into a chain (successive rounds of one dialogue, a trial and its verdict).

Two stories share a thread when they involve the same countries and either one refers back to the other ("the
first such meeting since 2018") or their texts are alike. The kind of event may differ: a trial and its verdict,
an attack and the arrests after it (requiring the same kind lowered thread F1 on the ECB+ tuning topics, .915 to
.889).
"""
from __future__ import annotations

from storyline.link.cluster import StoryIndex, StoryProfile, wording
from storyline.model import Event, When

THREAD_SIMILARITY = 0.2  # best of 0.15-0.4 on the odd (tuning) ECB+ topics, with threads rechecked as stories grow


def when_matches(ref: When, event: When) -> bool:
    """Does an event dated `event` fit the back-reference `ref` (a year, a month or a day)?"""
    if not ref or not event or not ref.start:
        return False
    start = event.start or event.end
    if not start:
        return False
    ref_end = ref.end or ref.start
    return ref.start <= start <= ref_end or (event.resolution == "after" and start[:4] == ref.start[:4])


def is_referent(mentioned: Event, target: Event) -> bool:
    """Is `target` (another article's headline event) the earlier event that `mentioned` refers back to?"""
    return (target.headline and target.article_id != mentioned.article_id and target.type == mentioned.type
            and bool(set(target.countries) & set(mentioned.countries)) and when_matches(mentioned.when, target.when))


def refers_to(events: list[Event], targets: list[Event]) -> Event | None:
    """The target event that a mentioned (back-referenced) event among `events` points to."""
    for mentioned in (e for e in events if e.status == "mentioned"):
        for target in targets:
            if is_referent(mentioned, target):
                return target
    return None


def find_thread(index: StoryIndex, story: StoryProfile, events: list[Event],
                events_of_story: dict[int, list[Event]], similarity: float = THREAD_SIMILARITY) -> int | None:
    """Thread id of an existing story that the new `story` continues (or is continued by), if any."""
    countries = set().union(*(set(e.countries) for e in events)) if events else set()
    # two rounds of one dialogue, years apart, share their words, not their dates and figures
    query = index.query(wording(story.terms))
    best, best_score = None, 0.0
    ids, alike = index.related(story)
    for other in (index.stories[sid] for sid in ids):
        if other.thread_id == story.thread_id:
            continue
        theirs = events_of_story.get(other.id, [])
        if len(countries & other.countries) < min(2, len(countries)):  # other countries: another thread
            continue
        if refers_to(events, theirs) or refers_to(theirs, events):
            return other.thread_id
        if other.id not in alike:
            continue  # its countries, not its words: scoring them was a quarter of all similarities computed
        score = index.similarity(other, query, countries=set())  # text only: countries were checked
        if score >= max(similarity, best_score):
            best, best_score = other.thread_id, score
    return best
