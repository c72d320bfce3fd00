"""Cookie-consent notices ("Wir verwenden Cookies, um ...", "This site uses cookies", "Nous utilisons des cookies
pour ...", "Cookie-Einstellungen"): the site's, never the article's. A rendered page often opens with one, and as
prose it can outweigh a one-paragraph article. On trafilatura-eval, 15 gold snippets that must stay out of the body
are such notices, none of those that must be in it; of the 181 scrapinghub gold bodies one line names a cookie, a
biscuit. Dropped from both extractors' bodies: trafilatura-eval dumps snippet F1 .857 -> .858 (recall .831 -> .833,
a one-paragraph article that a banner had outweighed); the HTML bodies lose 10 notices, their scores unchanged."""
from __future__ import annotations

import re

_COOKIE = re.compile(r"cookie", re.IGNORECASE)
# what only the site says about its cookies: who uses them (we, this site) and what for, asks for consent, or offers
# settings, in the languages of the benchmark pages; not "you": "baking them into cookies" stands in an article on
# your vitamins
_SITE_SPEAKS = re.compile(
    r"\b(?:we|our|this (?:web)?site|wir|uns|unser\w*|diese (?:web)?seite|diese website|"
    r"nous|notre|nos|ce site|usamos|utilizamos|nuestr[oa]s?|este sitio|utilizziamo|questo sito|"
    r"korzystamy|używamy|wij|onze|deze website|these cookies|diese cookies|ces cookies|estas cookies|questi cookie)\b"
    r"|accept|agree|consent|akzept|zustimm|einverstanden|einwillig|einstellung|zulassen|datenschutz|privacy|"
    r"préférences|preferences|settings|paramètres|\b(?:enable|disable)\b|acepta|consentimiento|accett|zgod|"
    r"zaakceptuj|"
    r"necessary|notwendig|erforderlich|nécessaires|necesarias|necessari|"
    r"\b(?:uses|verwende|nutzt|utilis|utiliz|paramétr|nasz|serwis)|analytics|tracking|tracker|installed by|set by|"
    r"kategori",
    re.IGNORECASE)
LABEL_WORDS = 4  # "Cookie-Einstellungen", "Cookies & Tracking", "Privacy & Cookies": a button or a heading
NEAR = 150  # characters around "cookie" in which the site speaks
NOTICE_WORDS = 200  # the longest notice on the benchmark pages has 167; a table row of a game's dialogue, 1,742


def asks_consent(line: str) -> bool:
    """Whether `line` is the site's notice about its cookies (a question about cookies, as a privacy policy's
    heading "Do we use 'cookies'?", is not)."""
    if "ookie" not in line and "OOKIE" not in line:  # "cookie", "Cookie", "COOKIE": 5 times cheaper than the search
        return False
    if _COOKIE.search(line) is None or line.rstrip().endswith("?"):
        return False
    words = len(line.split())
    if words <= LABEL_WORDS:
        return True
    # the site speaks of its cookies in the same breath: a chocolate chip cookie 700 characters after "enables us" is
    # an article's
    return words <= NOTICE_WORDS and any(_SITE_SPEAKS.search(line, max(0, m.start() - NEAR), m.end() + NEAR)
                                         for m in _COOKIE.finditer(line))
