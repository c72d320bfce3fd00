"""Given names of people in many languages, to tell a line that is only a person's name ("Ulrike Stockhausen") from a
menu's or a section's label of the same shape ("Neuestes Werk", "Install App", "Technischer Support").

The names are Faker's (MIT; the person providers of its 86 locales: about 31,000 given names, romanised Japanese and
Chinese ones among them), read once per process from the installed package, as nothing may be downloaded at run
time. A name written family name first ("Zhang Wei") is missed: the family names of those languages ("Long", "Song",
"Fan", "Ma") open many a section's label. So is an accent that a byline drops ("Nuno" for "Nuño"): folded, "Hồng"
would make "Hong Kong" a name.
"""
from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache

# what stands before a given name in a byline
_TITLES = frozenset("dr dr. prof prof. mag mag. ing ing. dipl dipl.-ing. mr mr. mrs mrs. ms ms. sir".split())


def _strings(found) -> list[str]:
    return [name for name in found if isinstance(name, str)] if isinstance(found, (tuple, list, dict, set)) else []


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Every locale's given names (its lists "first_names", "first_names_male", "first_romanized_names", ...),
    case-folded."""
    import faker.providers.person as person

    names: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = getattr(importlib.import_module(f"{person.__name__}.{module.name}"), "Provider", None)
        for attribute, found in vars(provider).items() if provider else ():
            if attribute.startswith("first_"):
                names.update(map(str.casefold, _strings(found)))  # a dict weighs each name
    return frozenset(names)


def starts_with_given_name(name: str) -> bool:
    """Whether a person's `name` ("Dr. Karin J. Schmitz", "Hans-Peter Müller", "TANJA KARRASCH") opens with a given
    name, after a title."""
    tokens = [token for token in name.split() if token.casefold() not in _TITLES]
    if not tokens:
        return False
    first = tokens[0].casefold()
    return first in given_names() or first.split("-", 1)[0] in given_names()
