"""The records that travel through the stages, with one schema version and a JSON round-trip."""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field, fields
from typing import Any

SCHEMA_VERSION = 1


def content_hash(data: bytes | str) -> str:
    """Stable id of a piece of content: ingest is idempotent on it."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha256(data).hexdigest()[:32]


class _Record:
    """JSON round-trip shared by all records: nested records are rebuilt by field type."""

    _nested: dict[str, type] = {}
    _nested_lists: dict[str, type] = {}

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)  # type: ignore[call-overload]
        out["schema_version"] = SCHEMA_VERSION
        return out

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any]):
        version = data.get("schema_version", SCHEMA_VERSION)
        if version != SCHEMA_VERSION:
            raise ValueError(f"{cls.__name__}: schema version {version}, expected {SCHEMA_VERSION}")
        known = {f.name for f in fields(cls)}  # type: ignore[arg-type]
        kwargs = {k: v for k, v in data.items() if k in known}
        for name, typ in cls._nested.items():
            if kwargs.get(name) is not None:
                kwargs[name] = typ.from_dict(kwargs[name])
        for name, typ in cls._nested_lists.items():
            if kwargs.get(name) is not None:
                kwargs[name] = [typ.from_dict(x) for x in kwargs[name]]
        return cls(**kwargs)

    @classmethod
    def from_json(cls, text: str):
        return cls.from_dict(json.loads(text))


@dataclass
class Document(_Record):
    """Raw input as read: bytes of a page or a text dump, where it came from, and its kind."""

    source: str  # file path, or "file.warc.gz#record-id"
    content: bytes
    kind: str  # "html" | "text"
    url: str | None = None
    fetched: str | None = None  # crawl date (WARC-Date), ISO
    hints: dict[str, Any] = field(default_factory=dict)  # fields given by the input (JSONL title, published ...)

    @property
    def id(self) -> str:
        return content_hash(self.content)

    def to_dict(self) -> dict[str, Any]:
        out = super().to_dict()
        out["content"] = self.content.decode("utf-8", "replace")
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]):
        data = dict(data)
        if isinstance(data.get("content"), str):
            data["content"] = data["content"].encode("utf-8")
        return super().from_dict(data)


@dataclass
class Credits(_Record):
    source: str | None = None  # wire agency or issuing body ("Europa Press", "MINREX")
    photo: str | None = None


@dataclass
class Entity(_Record):
    """A mention in the article text, normalised: an actor, a place or a date."""

    kind: str  # "actor" | "place" | "date"
    text: str
    start: int
    end: int
    country: str | None = None  # ISO3
    sector: str | None = None  # GOV, COP, MIL, JUD ...
    value: Any = None  # dates: {"start", "end", "resolution"}; places: {"name", "lat", "lon"}


@dataclass
class Actor(_Record):
    text: str
    country: str | None = None
    sector: str | None = None


@dataclass
class Place(_Record):
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass
class When(_Record):
    """A date or range; resolution says how precise it is ("day", "weekend", "week", "month", "year", "after")."""

    start: str | None = None  # YYYY-MM-DD
    end: str | None = None
    resolution: str = "day"
    text: str = ""

    def label(self) -> str:
        if self.start is None:
            return "date unknown"
        if self.resolution == "after":
            return f"after {self.start}"
        if self.resolution == "year":
            return self.start[:4]
        if self.resolution == "decade":
            return self.start[:3] + "0s"
        if self.resolution == "month":
            return self.start[:7]
        if self.end and self.end != self.start:
            return f"{self.start}..{self.end}"
        return self.start


@dataclass
class Evidence(_Record):
    sentence: str
    start: int  # character offsets of the sentence in Article.text
    end: int


@dataclass
class Event(_Record):
    """A coded event (PLOVER type) with every derived field traceable to its evidence sentence."""

    id: str
    article_id: str
    type: str
    evidence: Evidence
    status: str = "reported"  # "reported" | "mentioned" (a past event referred to) | "planned" | "negated"
    mode: str | None = None
    topics: list[str] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    source: Actor | None = None
    target: Actor | None = None
    place: Place | None = None
    when: When | None = None
    round: int | None = None
    refers_to: dict[str, Any] | None = None  # back-reference: {"text", "when": {...}, "event_id"?}
    headline: bool = False  # the article's main event: the one its story's timeline shows

    _nested = {"evidence": Evidence, "source": Actor, "target": Actor, "place": Place, "when": When}
    _nested_lists = {"actors": Actor}

    @property
    def countries(self) -> list[str]:
        return sorted({a.country for a in self.actors if a.country})


@dataclass
class Article(_Record):
    """The extracted article with its metadata and, after enrichment, entities and events."""

    id: str  # content hash of the raw document
    source: str
    text: str  # body, paragraphs separated by "\n"
    url: str | None = None  # where it was fetched
    canonical_url: str | None = None  # the URL the page names as its own (<link rel="canonical">, og:url)
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None  # YYYY-MM-DD
    publisher: str | None = None
    language: str | None = None
    credits: Credits = field(default_factory=Credits)
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # why a field is empty ("no article body found" ...)

    _nested = {"credits": Credits}
    _nested_lists = {"entities": Entity, "events": Event}

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in self.text.split("\n") if p.strip()]

    def summary(self) -> dict[str, Any]:
        """The `storyline extract` record (DESIGN.md interface)."""
        return {
            "source": self.source,
            "url": self.url,
            "title": self.title,
            "authors": self.authors,
            "published": self.published,
            "publisher": self.publisher,
            "language": self.language,
            "text": self.text,
            "credits": asdict(self.credits),
            "notes": self.notes,  # why a body is empty or cut, a hint that was ignored
        }


@dataclass
class TimelineEntry(_Record):
    when: When
    label: str
    status: str  # "reported" | "mentioned"
    evidence: str
    event_id: str | None = None
    article_id: str | None = None
    story_id: int | None = None
    place: str | None = None
    refers_to: str | None = None  # event id this entry points back to

    _nested = {"when": When}


@dataclass
class Story(_Record):
    """Articles reporting the same real-world event; stories of one thread share `thread_id`."""

    id: int
    thread_id: int
    label: str
    article_ids: list[str] = field(default_factory=list)
    first_date: str | None = None
    last_date: str | None = None
    timeline: list[TimelineEntry] = field(default_factory=list)

    _nested_lists = {"timeline": TimelineEntry}
