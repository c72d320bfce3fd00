"""Dates in the text, resolved against the publication date (tense-aware), with their resolution.

Resolution is "day", "week", "month", "year" or "since" (an open interval starting then); a day may carry
the time of day ("time": "MO" for "Tuesday morning", "02:00Z" for "02:00 GMT"). Without a
publication date, dates that lack a year are placed after the latest full date of the text, the order
in which a news text tells events.
"""
from __future__ import annotations

import calendar
import math
import re
from bisect import bisect_right
from datetime import date, timedelta

from storyline.enrich.spans import Taken
from storyline.model import Entity

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
NUMBERS = "one two three four five six seven eight nine ten".split()
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_MON = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")(?:\s?\.)?"
_MON2 = _MON.replace("?P<mon>", "?P<mon2>")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_WD = "|".join(WEEKDAYS)
_COMMA = r"\s*,?\s+"  # "June 24, 2005" and the tokenised "June 24 , 2005"
_FULL_MONTHS = "|".join(calendar.month_name[1:])
_DATE_FOLLOWS = rf"(?!\s*,?\s*(?:\d{{1,2}}\s+(?:{_FULL_MONTHS})|(?:{_FULL_MONTHS})\s+\d))"

PATTERNS = [  # most specific first; a span taken by one is not matched again
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<m>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("mdy", re.compile(rf"\b{_MON}\s+{_DAY}{_COMMA}{_YEAR}\b", re.I)),
    ("dmy", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MON}{_COMMA}{_YEAR}\b", re.I)),
    ("dmyy", re.compile(rf"\b{_DAY}\s+{_MON}\s+(?P<yy>\d{{2}})\b(?!\s*[:.]\s*\d)", re.I)),  # "10 Nov 11", not "4 Nov 02:00"
    ("my", re.compile(rf"\b{_MON}\s*,?\s+(?:of\s+)?{_YEAR}\b", re.I)),
    ("month_rel", re.compile(rf"\b(?P<mon>{_FULL_MONTHS})\s+(?P<which>this|last|next)\s+year\b", re.I)),
    # "November 02" in "4 November 02:00 GMT" is a time, not a day
    ("md", re.compile(rf"(?<!\d\s)\b{_MON}\s+{_DAY}\b(?!\s*[:.]\s*\d)(?!\s*,?\s*(?:19|20)\d{{2}})", re.I)),
    ("dm", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MON}\b(?!\s*,?\s*(?:19|20)\d{{2}})", re.I)),
    # a month named alone after a cue ("in September", "late October"), capitalised: "may" is a verb too
    ("month", re.compile(rf"\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Dd]uring|[Ff]rom|[Ff]or|[Oo]f|[Ll]ate|[Ee]arly|[Mm]id|[Ll]ast|"
                         rf"[Nn]ext|[Tt]his)[\s-]+(?:(?:late|early|mid)[\s-]+)?(?P<mon>{_FULL_MONTHS})\b(?!\s*\.?\s*\d)")),
    ("decade", re.compile(r"\b(?:the\s+)?(?P<decade>(?:1[89]|20)\d0)'?s\b")),
    # "the '40s", "in 40s and 50s"; "in her 40s" is an age
    ("decade2", re.compile(r"(?<!\bhis )(?<!\bher )(?<!\bits )(?<!\bmy )(?<!\bearly )(?<!\bmid )(?<!\blate )(?<!\btheir )"
                           r"(?<!\byour )(?<![\w'’])['’]?(?P<d2>[1-9]0)['’]?s\b(?!\s*(?:degrees|°|percent|%|mph))")),
    # "last week Friday", "Friday last week": that day of the week before
    ("weekday_of_week", re.compile(rf"\b(?:(?P<which>last|next|this)\s+week\s+(?:on\s+)?(?P<wd1>{_WD})|(?P<wd2>{_WD})\s+"
                                   rf"(?P<which2>last|next|this)\s+week)\b", re.I)),
    ("weekday", re.compile(rf"\b(?P<wd1>{_WD})(?:\s+(?:and|to|through|until|-)\s+(?P<wd2>{_WD}))?\b{_DATE_FOLLOWS}", re.I)),
    ("day_before", re.compile(r"\b(?:an?|the)\s+(?:day\s+(?:before|earlier)|previous\s+day)\b", re.I)),
    # "this morning", "tonight", "during the course of the day": the day of publication, at that time
    ("today_part", re.compile(r"\b(?:this\s+(?P<part>morning|afternoon|evening)|(?P<tonight>tonight)|the course of the day)\b",
                              re.I)),
    ("relative", re.compile(r"\b(?P<rel>today|yesterday|tomorrow|(?:this|last|next|past)\s+(?:week|month|year))\b", re.I)),
    ("ago", re.compile(r"\b(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
                       r"(?P<unit>day|week|month|year)s?\s+ago\b", re.I)),
    ("weekend", re.compile(r"\b(?:(?P<which>this|last|next|the)\s+)weekend\b", re.I)),
    ("year", re.compile(rf"\b(?P<since>since\s+|after\s+|until\s+|before\s+)?{_YEAR}\b(?![-/]\d)", re.I)),
]
FUTURE = re.compile(r"\b(?:will|shall|to be held|scheduled|upcoming|plans? to|is to|are to|is expected to|would|"
                    r"due (?:in|on|at|for|back|to (?:appear|be|return|start|open))|deadline|set (?:to|for)|slated|"
                    r"pencill?ed in)\b", re.I)
# the time of a day, as TimeML writes it: "Tuesday morning" -> MO, "4 November 02:00 GMT" -> 02:00Z
PART_OF_DAY = re.compile(r"\s+(?P<part>morning|afternoon|evening|night)\b", re.I)
# a UTC clock told beside a day, before or after it in the same sentence: "4 November 02:00 GMT", "this morning
# 16th August from 06:31 GMT", "at 09:10 hours (0440 GMT) on Monday"
CLOCK_UTC = re.compile(r"(?<![\d:.])(?:(?P<h>[0-2]?\d)\s*[:.]\s*(?P<m>[0-5]\d)|(?P<h4>[0-2]\d)(?P<m4>[0-5]\d))\s*"
                       r"(?:GMT|UTC)\b", re.I)
CLOCK_REACH = 40  # characters
SENTENCE_STOP = re.compile(r"[;!?]|\.\s")
PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
# the past of regular verbs and of the irregular ones news tell with ("she said Tuesday"), but those whose past is
# also their present ("put", "set", "cut", "hit")
PAST = re.compile(r"\b(?:was|were|had|has|have|did|\w{3,}ed|said|told|met|held|took|made|went|came|gave|won|lost|began|"
                  r"saw|spoke|wrote|sent|found|got|paid|fell|rose|led|struck|fought|shot|thought|knew|brought|bought|"
                  r"ran|sold|sought|became|broke|chose|drew|drove|flew|grew|stood|stole|swore|taught|threw|withdrew|"
                  r"upheld|fled|sank|spent|built|heard|froze|swept|dealt|understood)\b", re.I)
# clauses: "restoration has continued throughout the weekend ... and SEACOM will continue" has two tenses; so have
# a quote and its speech verb ("... will give voters a demonstration,” she said Tuesday") and a relative clause
# ("voters approved an amendment on Tuesday that will grant billions")
CLAUSE_BREAK = re.compile(r"[,;:][”\"’']?\s|\s(?:and|but|while|whereas|after which|that|which|who)\s", re.I)


def _valid(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _near_year(month: int, day: int, anchor: date, future: bool) -> date | None:
    """The occurrence of month/day nearest to `anchor` in the direction the tense says."""
    for year in ((anchor.year, anchor.year + 1) if future else (anchor.year, anchor.year - 1)):
        d = _valid(year, month, day)
        if d and ((d >= anchor) if future else (d <= anchor)):
            return d
    return None


def _after_year(month: int, day: int, anchor: date) -> date | None:
    for year in (anchor.year, anchor.year + 1):
        d = _valid(year, month, day)
        if d and d > anchor:
            return d
    return None


def _weekday(wd: int, anchor: date, future: bool) -> date:
    delta = (wd - anchor.weekday()) % 7
    return anchor + timedelta(days=delta) if future else anchor - timedelta(days=(anchor.weekday() - wd) % 7)


def _value(start: date | None, end: date | None = None, resolution: str = "day") -> dict:
    return {"start": start.isoformat() if start else None, "end": (end or start).isoformat() if (end or start) else None,
            "resolution": resolution}


def _week_of(day: date) -> dict:
    monday = day - timedelta(days=day.weekday())
    return _value(monday, monday + timedelta(days=6), "week")


def _month_of(year: int, month: int, shift: int = 0) -> dict:
    """The month `shift` months after year-month, as a range."""
    y, m = divmod(year * 12 + month - 1 + shift, 12)
    first = date(y, m + 1, 1)
    return _value(first, first.replace(day=calendar.monthrange(y, m + 1)[1]), "month")


def _year_of(year: int) -> dict:
    return _value(date(year, 1, 1), date(year, 12, 31), "year")


def _decade_of(start: int) -> dict:
    return _value(date(start, 1, 1), date(start + 9, 12, 31), "decade")


def _resolve(kind: str, m: re.Match, published: date | None, anchor: date | None, future: bool) -> dict | None:
    g = m.groupdict()
    month = MONTHS.get((g.get("mon") or "").lower().rstrip("."))
    if kind == "iso":
        d = _valid(int(g["year"]), int(g["m"]), int(g["day"]))
        return _value(d) if d else None
    if kind in ("mdy", "dmy"):
        d = _valid(int(g["year"]), month, int(g["day"]))
        return _value(d) if d else None
    if kind == "dmyy":
        d = _valid(2000 + int(g["yy"]), month, int(g["day"]))
        return _value(d) if d else None
    if kind == "my":
        return _month_of(int(g["year"]), month)
    if kind == "month_rel":
        if not published:
            return None
        shift = {"this": 0, "last": -1, "next": 1}[g["which"].lower()]
        return _month_of(published.year + shift, month)
    if kind in ("md", "dm"):
        day = int(g["day"])
        if published:
            d = _near_year(month, day, published, future)
        elif anchor:
            d = _after_year(month, day, anchor)
        else:
            return {"start": None, "end": None, "resolution": "day", "month": month, "day": day}
        return _value(d) if d else None
    if kind == "month":
        if published:
            year = published.year + (1 if future and month < published.month else 0) - (
                1 if not future and month > published.month else 0)
        elif anchor:
            year = anchor.year + (1 if month <= anchor.month else 0)
        else:
            return None
        return _month_of(year, month)
    if kind == "decade":
        return _decade_of(int(g["decade"]))
    if kind == "decade2":  # the latest such decade that has begun: "the 40s" in 2013 are the 1940s
        if not published:
            return None
        return _decade_of(2000 + int(g["d2"]) if 2000 + int(g["d2"]) <= published.year else 1900 + int(g["d2"]))
    if kind == "weekday":
        if not published:
            return None
        first = _weekday(WEEKDAYS[g["wd1"].lower()], published, future)
        if g.get("wd2"):
            second = _weekday(WEEKDAYS[g["wd2"].lower()], published, future)
            return _value(min(first, second), max(first, second))
        return _value(first)
    if kind == "weekday_of_week":
        if not published:
            return None
        which = (g.get("which") or g.get("which2")).lower()
        wd = WEEKDAYS[(g.get("wd1") or g.get("wd2")).lower()]
        monday = published - timedelta(days=published.weekday()) + timedelta(weeks={"last": -1, "this": 0, "next": 1}[which])
        return _value(monday + timedelta(days=wd))
    if kind == "day_before":
        return _value(published - timedelta(days=1)) if published else None
    if kind == "today_part":
        if not published:
            return None
        value = _value(published)
        part = "night" if g.get("tonight") else (g.get("part") or "").lower()
        if part:
            value["time"] = PARTS[part]
        return value
    if kind == "relative":
        if not published:
            return None
        rel = " ".join(g["rel"].lower().split())
        if rel in ("today", "yesterday", "tomorrow"):
            return _value(published + timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[rel]))
        which, unit = rel.split()
        shift = {"this": 0, "last": -1, "past": -1, "next": 1}[which]
        if unit == "week":
            return _week_of(published + timedelta(weeks=shift))
        if unit == "month":
            return _month_of(published.year, published.month, shift)
        return _year_of(published.year + shift)
    if kind == "ago":
        if not published:
            return None
        n = g["n"].lower()
        n = int(n) if n.isdigit() else 1 if n in ("a", "an") else NUMBERS.index(n) + 1
        unit = g["unit"].lower()
        if unit == "day":
            return _value(published - timedelta(days=n))
        if unit == "week":
            return _week_of(published - timedelta(weeks=n))
        if unit == "month":
            return _month_of(published.year, published.month, -n)
        return _year_of(published.year - n)
    if kind == "weekend":
        if not published:
            return None
        if g["which"].lower() == "next" or future and g["which"].lower() != "last":
            saturday = published + timedelta(days=(5 - published.weekday()) % 7)
        else:  # the weekend just gone (or the one under way)
            saturday = published - timedelta(days=(published.weekday() - 5) % 7)
        return _value(saturday, saturday + timedelta(days=1), "weekend")
    if kind == "year":
        year = int(g["year"])
        relation = (g.get("since") or "").strip().lower()
        value = _year_of(year)
        if relation in ("since", "after"):
            value["resolution"] = "since"
            value["end"] = None
        return value
    return None


def find_dates(text: str, published: date | None, sentence_spans: list[tuple[int, int]]) -> list[Entity]:
    """Date mentions in `text`, each resolved against `published` and the tense of its sentence."""
    raw: list[tuple[str, re.Match]] = []
    taken = Taken(len(text))
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(text):
            if taken.free(*m.span()):
                raw.append((kind, m))
                taken.take(*m.span())
    raw.sort(key=lambda km: km[1].start())

    spans = sorted(sentence_spans)  # sentences do not overlap: the one that holds pos starts last at or before it
    span_starts = [s for s, _ in spans]

    def sentence_of(pos: int) -> tuple[int, str]:
        at = bisect_right(span_starts, pos) - 1
        if at >= 0 and pos < spans[at][1]:
            return spans[at][0], text[spans[at][0]:spans[at][1]]
        return 0, ""

    def is_future(m: re.Match, offset: int, sentence: str) -> bool:
        """The tense of the date's clause, else of its sentence when the clause has no verb that tells."""
        start, end = m.start() - offset, m.end() - offset
        breaks = list(CLAUSE_BREAK.finditer(sentence))
        left = max((b.end() for b in breaks if b.end() <= start), default=0)
        right = min((b.start() for b in breaks if b.start() >= end), default=len(sentence))
        before, after = sentence[left:start], sentence[end:right]
        clause = before + " " + after
        futures = [m.group().lower() for m in FUTURE.finditer(clause)]
        if futures and set(futures) == {"would"}:
            # "would" is also the future of a past told ("testified about a July 10 meeting when he told them they
            # would need to"): the past is read where a past verb stands nearer the date than any "would"
            return _distance(FUTURE, before, after) <= _distance(PAST, before, after)
        if futures:
            return True
        if PAST.search(clause):
            return False
        return bool(FUTURE.search(sentence))

    # the years of the full dates each sentence tells (by sentence start), for the yearless dates beside them
    told_years: dict[int, set[int]] = {}
    for kind, m in raw:
        if kind in ("mdy", "dmy", "my"):
            told_years.setdefault(sentence_of(m.start())[0], set()).add(int(m.group("year")))
    # the latest full date told so far anchors yearless dates when the publication date is unknown
    anchor = None
    found: list[Entity] = []
    for kind, m in raw:
        offset, sentence = sentence_of(m.start())
        value = _resolve(kind, m, published, anchor, is_future(m, offset, sentence))
        if kind in ("md", "dm") and value and value.get("start"):
            # "killed June 24, 2005 ... after a June 20 raid": the year of the full date in the same sentence
            years = told_years.get(offset, set())
            told = _valid(next(iter(years)), *date.fromisoformat(value["start"]).timetuple()[1:3]) \
                if len(years) == 1 else None
            value = _value(told) if told else value
        if value is None:
            continue
        if value.get("start") and value["resolution"] == "day":
            d = date.fromisoformat(value["end"])
            anchor = max(anchor, d) if anchor else d
            if clock := _utc_clock(text, m.start(), m.end()):
                value["time"] = clock
            elif part := PART_OF_DAY.match(text, m.end()):
                value["time"] = PARTS[part.group("part").lower()]
        found.append(Entity("date", m.group(), m.start(), m.end(), value=value))
    return found


def _distance(pattern: re.Pattern, before: str, after: str) -> float:
    """Characters between the date and the nearest match of `pattern` in its clause (`before` and `after` it)."""
    ends = [len(before) - m.end() for m in pattern.finditer(before)] + [m.start() for m in pattern.finditer(after)]
    return min(ends, default=math.inf)


def _utc_clock(text: str, start: int, end: int) -> str | None:
    """The UTC clock ("04:40Z") told within CLOCK_REACH characters of the date at text[start:end], after it
    first, in the same sentence."""
    after = text[end:end + CLOCK_REACH]
    after = after[:stop.start()] if (stop := SENTENCE_STOP.search(after)) else after
    before = text[max(0, start - CLOCK_REACH):start]
    before = before[stops[-1].end():] if (stops := list(SENTENCE_STOP.finditer(before))) else before
    clock = CLOCK_UTC.search(after) or next(reversed(list(CLOCK_UTC.finditer(before))), None)
    if clock is None:
        return None
    hour, minute = int(clock.group("h") or clock.group("h4")), clock.group("m") or clock.group("m4")
    return f"{hour:02d}:{minute}Z" if hour < 24 else None
