"""Our lexicons (JSON), loaded once per process. gazetteer.json is written by scripts/build_lexicons.py."""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

_DIR = Path(__file__).parent
# a part of a country named before it: "in western Cambodia", "in south Lebanon", "in north-eastern Syria"
COMPASS = r"(?i:(?:north|south)-?(?:east|west)(?:ern)?|(?:north|south|east|west)(?:ern)?|central)"
# words that put what follows on the map: "in Iraq", "near the Syrian border", "across Bosnia"
LOCATED = r"in|at|into|across|near|throughout|inside|outside|within|around"


@lru_cache(maxsize=None)
def load(name: str) -> dict:
    return json.loads((_DIR / f"{name}.json").read_text(encoding="utf-8"))


def alternation(names) -> str:
    """A regex alternation of literal names, longest first (so "South Korea" wins over "Korea")."""
    return "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))


@lru_cache(maxsize=None)
def demonyms() -> dict[str, str]:
    """Demonyms -> ISO3: countryinfo's (in gazetteer.json) and the forms it lacks (demonyms.json)."""
    words = {word: iso3 for iso3, info in load("gazetteer")["countries"].items() for word in info["demonyms"]}
    words.update({word: iso3 for iso3, forms in load("demonyms").items() for word in forms})
    return words


@lru_cache(maxsize=None)
def country_words() -> dict[str, str]:
    """Country names, short forms and demonyms -> ISO3."""
    words = {name: iso3 for iso3, info in load("gazetteer")["countries"].items() for name in info["names"]}
    words.update(demonyms())
    return words


@lru_cache(maxsize=None)
def _capital_or_people(iso3: str) -> re.Pattern:
    info = load("gazetteer")["countries"][iso3]
    return re.compile(r"\b(?:" + alternation([*info["demonyms"], *filter(None, [info.get("capital")])]) + r")\b")


@lru_cache(maxsize=16)  # asked at each mention of the name in a text: the text is read once
def region_is_the_country(name: str, text: str) -> bool:
    """A region named as a country ("Georgia", the US state) is the country where the text names its capital or its
    people ("Tbilisi", "Georgian"); else the region (every Georgia of ECB+'s texts is the state: its death-penalty
    law, Atlanta, Georgia Tech)."""
    country = load("gazetteer")["regions"].get(name, {}).get("or_country")
    return bool(country) and bool(_capital_or_people(country).search(text))
