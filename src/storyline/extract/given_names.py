"""Given names of people in many languages, to tell a line that is only a person's name ("Ulrike Stockhausen") from a
menu's or a section's label of the same shape ("Neuestes Werk", "Install App", "Technischer Support").

The names are Faker's (MIT; its person providers of 86 locales: about 31,000 given names), read once per process
from the installed package, as nothing may be downloaded at run time.
"""
from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache

_GIVEN = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")
# what stands before a given name in a byline
_TITLES = frozenset("dr dr. prof prof. mag mag. ing ing. dipl dipl.-ing. mr mr. mrs mrs. ms ms. sir".split())


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Every locale's given names, case-folded."""
    import faker.providers.person as person

    names: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = getattr(importlib.import_module(f"{person.__name__}.{module.name}"), "Provider", None)
        for attribute in _GIVEN:
            found = getattr(provider, attribute, None)
            if isinstance(found, (tuple, list, dict, set, frozenset)):  # a dict weighs each name
                names.update(name.casefold() for name in found if isinstance(name, str))
    return frozenset(names)


def starts_with_given_name(name: str) -> bool:
    """Whether a person's `name` ("Dr. Karin J. Schmitz", "Hans-Peter Müller", "TANJA KARRASCH") opens with a given
    name, after a title."""
    tokens = [token for token in name.split() if token.casefold() not in _TITLES]
    if not tokens:
        return False
    first = tokens[0].casefold()
    return first in given_names() or first.split("-", 1)[0] in given_names()
