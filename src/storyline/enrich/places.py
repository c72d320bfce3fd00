"""Places: cities and capitals from the gazetteer (with coordinates), regions (US states, provinces), "the U.S.
capital", "in <country>"."""
from __future__ import annotations

import calendar
import re
from functools import lru_cache

from storyline.enrich.lexicons import (COMPASS, LOCATED, alternation, country_words, demonyms, load,
                                       region_is_the_country)
from storyline.enrich.spans import Located, Taken
from storyline.model import Entity, Place


@lru_cache(maxsize=None)
def _patterns():
    gaz = load("gazetteer")
    people = demonyms()
    cities = gaz["cities"]
    words = country_words()
    # cities and regions in one alternation, longest first: "Kansas City" is the city, "South Carolina" the state
    city_re = re.compile(r"(?<![\w.])(?:" + alternation([*cities, *gaz["regions"]]) + r")(?![\w])")
    capital_re = re.compile(r"\bthe\s+(" + alternation(words) + r")\s+capital\b")
    in_country_re = re.compile(r"\b(?:" + LOCATED + r")\s+(?:the\s+)?(?:" + COMPASS + r"\s+)?(" + alternation(
        n for n in words if n[0].isupper() and n not in people) + r")(?![\w])")
    return gaz, cities, words, city_re, capital_re, in_country_re


def place_of_capital(iso3: str) -> Place | None:
    gaz, cities, *_ = _patterns()
    capital = gaz["countries"].get(iso3, {}).get("capital")
    if not capital:
        return None
    info = cities.get(capital, {})
    return Place(capital, iso3, info.get("lat"), info.get("lon"))


# "President Omar Hassan al-Bashir", "singer Whitney Houston": a city's name inside a longer name is no place.
# The name before it: capitalised words, two of them or one inside the sentence, none a function or time word
_NAME_BEFORE = re.compile(r"(?:^|(?P<start>[.!?:\n]\s*)|\s)(?P<run>(?:[A-Z][a-z]+(?:-[A-Za-z]+)?\s+){1,3})$")
_NOT_NAMES = frozenset("The A An In At On Of From To For And Or By With Near Into After Before Since During".split()) | {
    *calendar.day_name, *calendar.month_name[1:]}
_WORD = re.compile(r"[A-Za-z]{4,}")
LINE_READ = 1000  # characters on each side of a city name
_COMPASS = re.compile(COMPASS)


def _inside_a_name(text: str, start: int) -> bool:
    m = _NAME_BEFORE.search(text, max(0, start - 60), start)
    if not m:
        return False
    words = m.group("run").split()
    while words and words[0] in _NOT_NAMES:
        words = words[1:]
    if not words or any(w in _NOT_NAMES or _COMPASS.fullmatch(w) for w in words):
        return False  # "in Northeast Philadelphia" names a part of the city
    at_sentence_start = m.start("run") == 0 or m.group("start") is not None and words == m.group("run").split()
    if len(words) < 2 and at_sentence_start:
        return False
    # a headline in title case capitalises every word (a line of LINE_READ characters is no headline: a text
    # written on one line would be read whole at each city)
    return not _title_case_line(text, start)


# "Rep. Alexandria Ocasio-Cortez", "the New York Times", "Vladimir Putin": in English, a city's name before another
# capitalised word is part of a longer name, unless that word names a part of the place or something in it ("New
# York State", "Gaza Strip", "Cork University Hospital"), or the line is a headline in title case
_NAME_AFTER = re.compile(r"[ \t]+([A-Z](?:\.[A-Z]\.|[\w-]*))")  # "D.C." whole; "University’s" without its "’s"
_PART_OF_PLACE = frozenset(
    "State County City Bay Strip Island Islands Beach Valley Province Region Area District Harbour Harbor Airport "
    "International University College School High Hospital Infirmary Police P.D. Port Station Park Square Street "
    "Road Avenue Bridge Court Crown Magistrates Council Mayor Prison Museum Stadium Arena Hall Centre Center Tower "
    "Exchange Festival Show Zoo D.C. DC North South East West Central Downtown".split())


def _before_a_name(text: str, end: int) -> bool:
    m = _NAME_AFTER.match(text, end)
    return bool(m) and m.group(1) not in _PART_OF_PLACE and not _title_case_line(text, end)


# German writes its nouns capitalised and with an article: "die Corona-Krise", "in den Bergen", "das Essen", "vor der
# Pest", "der Santa Fe" (a car), "der New York Times"; a city's name takes none (103 such places in the crawl's German
# pages, all but 3 a noun or inside a name; the 3 after a relative pronoun: "die Dresden zeigten")
_ARTICLE_BEFORE = {"de": re.compile(r"(?<!\w)(?i:der|die|das|den|dem|des|ein|eine|einem|einen|einer|eines|kein|keine|"
                                    r"keinem|keinen|keiner)\s+$")}


def _after_an_article(text: str, start: int, language: str | None) -> bool:
    article = _ARTICLE_BEFORE.get(language)
    return bool(article and article.search(text, max(0, start - 12), start))


def _title_case_line(text: str, at: int) -> bool:
    """Whether the line around `at` capitalises nearly every word (a headline)."""
    end = text.find("\n", at, at + LINE_READ)
    line = text[max(text.rfind("\n", max(0, at - LINE_READ), at) + 1, at - LINE_READ):
                end if end >= 0 else at + LINE_READ]
    words = _WORD.findall(line)
    lower = sum(w[0].islower() for w in words)
    return not (lower >= 2 and lower >= 0.25 * len(words))


CONTEXT = 200  # characters around a city name searched for the country that picks one of its homonyms


def _homonym(info: dict, at: int, actors: Located) -> dict:
    """Of a city and its homonyms in other countries, the one whose country the text names nearby ("Tripoli
    ... the north Lebanese port" is in Lebanon); else the largest."""
    if "others" not in info:
        return info  # most cities have no homonym: no need to look at the actors
    named = {a.country for a in actors.within(at - CONTEXT, at + CONTEXT + 1) if a.country}
    return next((c for c in [info, *info["others"]] if c["country"] in named), info)


def find_places(text: str, skip: list[tuple[int, int]] = (), actors: list[Entity] = (),
                english: bool = True, language: str | None = None) -> list[Entity]:
    """Place mentions; spans in `skip` (capitals already read as actors) are left out; `actors` (with their
    countries) choose between homonyms. `english=False`: a capitalised word after a city says nothing (German
    capitalises its nouns); `language` "de": a city's name after an article is a noun or part of a name."""
    gaz, cities, country_words, city_re, capital_re, in_country_re = _patterns()
    found: list[Entity] = []
    taken = Taken(len(text))  # the skipped spans and the places found
    for start, end in skip:
        taken.take(start, end)
    free = taken.free

    def add(place: Entity) -> None:
        found.append(place)
        taken.take(place.start, place.end)

    actors = Located(actors)
    for m in capital_re.finditer(text):
        place = place_of_capital(country_words[m.group(1)])
        if place:
            add(Entity("place", m.group(), m.start(), m.end(), country=place.country,
                       value={"name": place.name, "lat": place.lat, "lon": place.lon}))
    for m in city_re.finditer(text):
        if free(*m.span()) and not _inside_a_name(text, m.start()) and not (english and _before_a_name(text, m.end())) \
                and not _after_an_article(text, m.start(), language):
            if m.group() not in cities and region_is_the_country(m.group(), text):
                continue  # "Georgia" beside "Tbilisi": the country, read below or as an actor
            info = _homonym(cities.get(m.group()) or gaz["regions"][m.group()], m.start(), actors)
            add(Entity("place", m.group(), m.start(), m.end(), country=info["country"],
                       value={"name": m.group(), "lat": info.get("lat"), "lon": info.get("lon")}))
    for m in in_country_re.finditer(text):
        if free(*m.span(1)):
            iso3 = country_words[m.group(1)]
            add(Entity("place", m.group(1), m.start(1), m.end(1), country=iso3,
                       value={"name": gaz["countries"][iso3]["name"], "lat": None, "lon": None}))
    return sorted(found, key=lambda e: e.start)
