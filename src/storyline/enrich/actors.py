"""Mentions of actors: countries, demonyms, capitals used as metonyms, organisations, leaders, sector words -> ISO3 +
sector."""
from __future__ import annotations

import re
from functools import lru_cache

from storyline.enrich.lexicons import (COMPASS, LOCATED, alternation, country_words, demonyms, load,
                                       region_is_the_country)
from storyline.enrich.spans import Located, Taken
from storyline.model import Entity

SECTOR_NAMES = {
    "GOV": "government", "COP": "law enforcement", "MIL": "military", "JUD": "judiciary", "LEG": "legislature",
    "REB": "rebels",
    "OPP": "opposition", "CVL": "civilians", "BUS": "business", "IGO": "international organisation",
    "SPY": "intelligence",
    # the codes of the PLOVER gold data's codebook (CAMEO roles): MED is medical, the media are JRN
    "JRN": "media", "MED": "medical", "REF": "refugees", "EDU": "education", "LAB": "labour", "CRM": "criminals",
    "ELI": "elites", "PTY": "political party",
}
# "Washington said", "Moscow has warned": a capital as the subject of a speech or action verb
_METONYM_VERB = re.compile(r"^\s+(?:has\s+|had\s+|have\s+)?(?:said|says|stated|clarified|announced|warned|insisted|"
                           r"accused|demanded|rejected|responded|replied|urged|denied|confirmed|called|claimed|\w+ed)\b")

# "the Washington Post", "the Paris Agreement", "Paris Hilton", "Washington St", "the Washington Wizards": a capital
# before a capitalised word is part of a longer name, not its government (60 of 60 such capitals read as governments
# in the English crawl pages, ECB+ and PLOVER were no actor)
_NAME_AFTER = re.compile(r"[ \t]+[A-Z]")
# "in Iraq", "near the Syrian border", "its border with Israel": a country named as a location is a place, not an
# actor; so is a part of one ("in western Cambodia", but "the north Lebanese port" is no part of a country named)
_LOCATIVE_BEFORE = re.compile(rf"\b(?:{LOCATED}|out\s+of|borders?\s+with)\s+(?:the\s+)?(?:former\s+)?$", re.IGNORECASE)
# "in Bam, Iran, ...": the country of a town named before it (but "In Geneva, Iran said" names an actor)
_TOWN_BEFORE = re.compile(rf"\b(?:{LOCATED})\s+(?-i:[A-Z][\w'.-]+)(?:\s+(?-i:[A-Z][\w'.-]+))?,\s+$", re.IGNORECASE)
_TOWN_END = re.compile(r"\s*(?:[,.;:)]|$)")
_REGION_BEFORE = re.compile(rf"\b(?:{LOCATED})\s+(?:the\s+)?{COMPASS}\s+$", re.IGNORECASE)
# a capital after these is where something happens or goes ("talks in Havana", "flew to Moscow"); unlike a
# country, whose name after "to" or "from" is an actor ("arms sold to Iran")
_PLACE_BEFORE = re.compile(rf"\b(?:{LOCATED}|to|from|via|towards?|of)\s+(?:the\s+)?$", re.IGNORECASE)
# "ethnic Albanians in Macedonia", "the Albanian population of the province": a people, not the state of the
# same name
_ETHNIC_BEFORE = re.compile(r"\bethnic\s+$", re.IGNORECASE)
_ETHNIC_AFTER = re.compile(r"\s+(?:population|minority|majority|community|communities|diaspora)\b", re.IGNORECASE)
# "Russian-made rockets", "French-speaking", "Cuban-born", "the Syrian-backed Amal militia", "pro-Iranian
# Hizbollah": where a thing or a person comes from, or whom they side with, not who acts
_ORIGIN_AFTER = re.compile(r"-(?:made|built|designed|manufactured|supplied|produced|style|type|speaking|born|backed|"
                           r"sponsored|funded|supported|allied|aligned)\b", re.IGNORECASE)
_SIDING_BEFORE = re.compile(r"\b(?:pro|anti)-$", re.IGNORECASE)
# "Israel's militia ally", "Iran's proxies": another side, allied with the country named
_ALLY_AFTER = re.compile(r"['’]s\s+(?:[\w-]+\s+)?(?:ally|allies|proxy|proxies)\b", re.IGNORECASE)
# "US $50 million", "Canadian dollars": a currency
_CURRENCY_AFTER = re.compile(r"\s?\$|\s+dollars?\b", re.IGNORECASE)


# "robin.millar.mp@parliament.uk", "www.police.uk/news": a sector word inside an e-mail address or a web address
# (350 "parliament" actors in one table of MPs' addresses)
# (but "physician.Police arrested", a space left out, and "businesses/brands" are words)
_ADDRESS_BEFORE = re.compile(r"[@/]|\.(?=[a-z])")
_ADDRESS_AFTER = re.compile(r"@|\.[a-z]")


# between a country word and its sector word only "and", commas, "the" and capitalised words ("Interior")
_MODIFIER_GAP = re.compile(r"(?:\s*(?:and|,|the|[A-Z][\w.'-]*)\s*){0,4}|\s*|['’]s\s+(?:[\w-]+\s+){0,2}|-led\s+")
# after a demonym also one adjective ("Liberian riot police"), not a verb ("Palestinians attacked police")
_ADJECTIVE_GAP = re.compile(r"(?:-led)?\s+(?![a-z]+(?:ed|s)\s)[a-z][a-z-]+\s+")
_OF_GAP = re.compile(r"\s+of\s+(?:the\s+)?")
# between a title and the leader's name: the rest of the title ("President-elect")
_TITLE_GAP = re.compile(r"(?:-elect)?\s*")
# characters around a sector word within which its country may stand: the gaps above and an actor's own words
NEAR = 300


@lru_cache(maxsize=None)
def _patterns():
    gaz = load("gazetteer")
    orgs = load("organisations")
    country_of = country_words()
    org_of: dict[str, tuple[str | None, str]] = {}
    people = load("people")["people"]
    for org in orgs["organisations"] + people:  # a leader acts for the state, as a ministry does
        for name in org["names"]:
            org_of[name] = (org["country"], org["sector"])
    capital_of = {info["capital"]: iso3 for iso3, info in gaz["countries"].items() if info.get("capital")}
    sector_of = {w: code for code, words in orgs["sector_words"].items() for w in words}
    bound_l, bound_r = r"(?<![\w.])", r"(?![\w])"
    return {
        "org": (re.compile(bound_l + f"(?:{alternation(org_of)})" + bound_r), org_of),
        "country": (re.compile(bound_l + f"(?:{alternation(country_of)})" + bound_r), country_of),
        "capital": (re.compile(bound_l + f"(?:{alternation(capital_of)})" + bound_r), capital_of),
        "region": re.compile(bound_l + f"(?:{alternation(gaz['regions'])})" + bound_r),
        "sector": (re.compile(r"\b(?:" + alternation(sector_of) + r")\b", re.IGNORECASE), sector_of),
        "people": {name for person in people for name in person["names"]},
    }


_POLICE = re.compile(r"\b(?:police|policemen|sheriff|sheriff's|deputies|patrol|precinct|cops?)\b", re.IGNORECASE)


@lru_cache(maxsize=16)
def policed(text: str) -> bool:
    """Does the text tell of police work? (199 of ECB+'s 218 "officers" stand in such a text)"""
    return bool(_POLICE.search(text))


def is_sector_word(word: str) -> bool:
    """"president", "troops", "police": a word that names an actor by its sector."""
    return word.lower() in _patterns()["sector"][1]


def find_actors(text: str, english: bool = True) -> list[Entity]:
    """Actor mentions in `text`, with offsets; a country word right before a sector word makes one actor
    ("Cuban Interior Ministry" -> CUB/COP). `english=False`: the named actors and countries alone, as sector words
    and a capital that stands for its government ("Moscow has warned") are read in English."""
    pats = _patterns()
    taken = Taken(len(text))
    free, take = taken.free, taken.take
    found: list[Entity] = []

    org_re, org_of = pats["org"]
    for m in org_re.finditer(text):
        country, sector = org_of[m.group()]
        found.append(Entity("actor", m.group(), m.start(), m.end(), country=country, sector=sector))
        take(*m.span())
    for m in pats["region"].finditer(text):  # "New Mexico", "New South Wales": no Mexico nor Wales in them
        if free(*m.span()) and not region_is_the_country(m.group(), text):
            take(*m.span())
    country_re, country_of = pats["country"]
    sector_re, sector_of = pats["sector"]
    people = demonyms()
    countries = []
    for m in country_re.finditer(text):
        before = text[max(0, m.start() - 20):m.start()]
        demonym = m.group() in people
        # "in Israeli police custody": a demonym and its sector word after "in" are still an actor
        located = _LOCATIVE_BEFORE.search(before) and not (demonym and sector_re.match(text, m.end() + 1)) \
            or not demonym and (_REGION_BEFORE.search(before)
                                or _TOWN_BEFORE.search(before) and _TOWN_END.match(text, m.end()))
        if free(*m.span()) and not located and not _ETHNIC_BEFORE.search(before) \
                and not _ORIGIN_AFTER.match(text, m.end()) and not _SIDING_BEFORE.search(before) \
                and not _ALLY_AFTER.match(text, m.end()) \
                and not _CURRENCY_AFTER.match(text, m.end()) \
                and not (demonym and _ETHNIC_AFTER.match(text, m.end())):
            countries.append(Entity("actor", m.group(), m.start(), m.end(), country=country_of[m.group()]))
            take(*m.span())
    capital_re, capital_of = pats["capital"]
    for m in capital_re.finditer(text) if english else ():
        before = text[max(0, m.start() - 20):m.start()]
        # "Moscow has warned" is the government; "demonstrators in Baghdad blocked" a place, whatever verb follows
        if free(*m.span()) and not _LOCATIVE_BEFORE.search(before) and not _NAME_AFTER.match(text, m.end()) and (
                _METONYM_VERB.match(text[m.end():m.end() + 40]) or not _PLACE_BEFORE.search(before)):
            countries.append(Entity("actor", m.group(), m.start(), m.end(), country=capital_of[m.group()], sector="GOV"))
            take(*m.span())
    countries_at = Located(countries)  # to look only near each sector word
    # a leader's name by where it starts, to find the one right after a title
    leaders = {e.start: e for e in found if e.text in pats["people"]}
    for m in sector_re.finditer(text) if english else ():
        if not free(*m.span()) or m.start() and _ADDRESS_BEFORE.match(text, m.start() - 1) \
                or _ADDRESS_AFTER.match(text, m.end()):
            continue
        sector = sector_of[m.group().lower()]
        if sector == "MIL" and m.group().lower() == "officers" and policed(text):
            sector = "COP"  # officers in a story of police work are police ("pointed a gun at officers")
        near = countries_at.within(m.start() - NEAR, m.end() + NEAR)
        # "the U.S. and Cuban governments": the country words just before, joined by "and", share the sector
        owners = [c for c in near if c.end <= m.start() and (
            _MODIFIER_GAP.fullmatch(text, c.end, m.start())
            or c.text in people and _ADJECTIVE_GAP.fullmatch(text, c.end, m.start()))]
        # "the president of Armenia": the country right after "of"
        after = [c for c in near if c.start >= m.end() and _OF_GAP.fullmatch(text, m.end(), c.start)]
        # "President Bush", "Secretary-General Kofi Annan": the title is part of the leader's name
        gap_end = _TITLE_GAP.match(text, m.end()).end()
        named = leaders.pop(gap_end, None) if gap_end > m.end() else None  # a title takes its leader once
        if not owners and named is not None:
            named.start, named.text = m.start(), text[m.start():named.end]
            if sector == "ELI":  # "former president Carlos Menem" no longer acts for the state
                named.sector = sector
        elif not owners and after:
            after[0].sector = after[0].sector or sector
        elif owners:
            for owner in owners:
                owner.sector = owner.sector or sector
            owners[-1].end = m.end() if named is None else named.end  # "Russian President Vladimir Putin": one actor
            owners[-1].text = text[owners[-1].start:owners[-1].end]
            if named is not None:
                found.remove(named)
        else:
            found.append(Entity("actor", m.group(), m.start(), m.end(), sector=sector))
        take(*m.span())
    found.extend(countries)
    return sorted(found, key=lambda e: e.start)


# people, rebels, opposition and police "in Baghdad" are of that place; troops or officials there may be foreign
_OF_THE_PLACE = {"CVL", "REB", "OPP", "COP"}
_IN_PLACE = re.compile(r"\s+(?:in|from)\s+(?:the\s+)?")


def locate_actors(text: str, actors: list[Entity], places: list[Entity]) -> None:
    """A sector actor without a country takes the country of the place right after it ("Demonstrators in
    Baghdad" -> IRQ/CVL, "Rebels in the Ivory Coast" -> CIV/REB)."""
    starts = {p.start: p for p in places if p.country}
    for actor in actors:
        if actor.country is None and actor.sector in _OF_THE_PLACE:
            gap = _IN_PLACE.match(text, actor.end)
            place = starts.get(gap.end()) if gap else None
            if place is not None:
                actor.country = place.country
