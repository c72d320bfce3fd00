"""Cards of other articles that a page renders inside an article's box: a headline glued to its lede where the markup
set them side by side with no space ("Customers Leave Without Paying $690 Bill At Troy SteakhouseA party of six
left ..."), or a list's item holding a headline and the lede that opens with its dateline ("• UN 'regrets' new US
position on ... settlements UNITED NATIONS: United Nations Secretary General ..."). Both extractors leave them out.
On the 181 scrapinghub dumps 27 such lines were kept (a mega-menu of detroit.cbslocal, thehill's cards of
politicians, indiapost's list of other stories), none in a gold body; on trafilatura-eval (HTML and rendered as
text) 17, none holding a gold snippet."""
from __future__ import annotations

import re

# a headline's last word, then the lede's first with no space between: three lower-case letters or digits, or a
# sentence mark, before the capital ("Student-AthleteA 24-year-old", "To 250,000The", "Rise?Violence"), which a word
# written in camel case seldom has
_GLUE = re.compile(r"(?:[a-z]{3}|[0-9]{3})[?!’'”]?[A-Z]|[a-z][?!][A-Z]")
HEADLINE_WORDS = (6, 20)  # a headline before the glue (a name is shorter), in words that open with a letter
HEADLINE_CAPITALS = .85  # written in title case ("Is Violence In Sports On The Rise?"); German prose has less
LEDE_WORDS = 6  # and the lede is prose: half of its first twelve words in lower case (a list of names is not)
# a list's item: a headline of four words or more, then an upper-case dateline and a colon ("NEW DELHI: All ...")
_DATELINE_CARD = re.compile(r"[•\-*] (?:\S+ ){4,}[A-Z][A-Z.]{2,}(?: [A-Z][A-Z.]+)*: [A-Z]")
CARD_WORDS = 25  # a headline and a lede; the item of a list in the article is shorter


def teaser_card(line: str) -> bool:
    """Whether `line` is another article's card: its headline and the start of its lede."""
    words = len(line.split())
    if words >= CARD_WORDS and _DATELINE_CARD.match(line) is not None:
        return True
    if words < HEADLINE_WORDS[0] + LEDE_WORDS:
        return False
    glue = _GLUE.search(line)  # the first: where a name glued to its hover card stands inside a paragraph, the
    return glue is not None and _glued_headline(line, glue.end() - 1)  # name comes first ("Kristi NoemKristi Lynn")


def _glued_headline(line: str, lede_start: int) -> bool:
    headline = [word for word in line[:lede_start].split() if word[0].isalpha()]
    lede = line[lede_start:].split(None, 12)[:12]
    if not HEADLINE_WORDS[0] <= len(headline) <= HEADLINE_WORDS[1] or len(lede) < LEDE_WORDS:
        return False
    return (sum(word[0].isupper() for word in headline) >= HEADLINE_CAPITALS * len(headline)
            and 2 * sum(word[0].islower() for word in lede) >= len(lede))
