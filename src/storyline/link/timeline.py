"""Timelines: the events of a thread in date order, each with its evidence; back-references point
to the earlier event when the thread holds it, and stay as "mentioned" entries when it does not."""
from __future__ import annotations

from storyline.link.threads import is_referent
from storyline.model import Event, TimelineEntry


def _label(event: Event) -> str:
    parts = [event.type.title()]
    if event.round:
        parts.append(f"round {event.round}")
    if event.countries:
        parts.append("–".join(event.countries))
    if event.place:
        parts.append(f"in {event.place.name}")
    if event.status == "mentioned":
        parts.append("(mentioned)")
    return " ".join(parts)


def _sort_key(entry: TimelineEntry) -> str:
    return entry.when.start or entry.when.end or "9999"


def build_timeline(events: list[Event], story_of_article: dict[str, int]) -> list[TimelineEntry]:
    reported = [e for e in events if e.status == "reported" and e.headline]
    entries: list[TimelineEntry] = []
    resolved: dict[str, str] = {}  # mentioned event id -> reported event id it matches
    for mentioned in (e for e in events if e.status == "mentioned"):
        target = next((t for t in reported if is_referent(mentioned, t)), None)
        if target:
            resolved[mentioned.id] = target.id
    for event in events:
        # a timeline shows each article's headline event and the earlier events it mentions
        shown = (event.status == "reported" and event.headline) or event.status == "mentioned"
        if not shown or event.id in resolved:
            continue
        refers = event.refers_to or {}
        target = resolved.get(refers.get("event_id"), refers.get("event_id"))
        entries.append(TimelineEntry(
            when=event.when, label=_label(event), status=event.status, evidence=event.evidence.sentence,
            event_id=event.id, article_id=event.article_id, story_id=story_of_article.get(event.article_id),
            place=event.place.name if event.place else None, refers_to=target,
        ))
    return sorted(entries, key=_sort_key)
