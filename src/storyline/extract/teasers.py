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
# written in camel case seldom has. A capital right after one of these marks is searched first: 5 times cheaper
_CAPITAL_AFTER = re.compile(r"[a-z0-9?!’'”][A-Z]")
_GLUE_BEFORE = re.compile(r"(?:[a-z]{3}|[0-9]{3})[?!’'”]?$|[a-z][?!]$")
HEADLINE_WORDS = (6, 20)  # a headline before the glue (a name is shorter), in words that open with a letter
HEADLINE_CHARS = 250  # and the glue within this many characters, as 20 words are: the search stops there (a line of
# prose has no glue, and the search cost most on the longest lines)
HEADLINE_CAPITALS = .85  # written in title case ("Is Violence In Sports On The Rise?"); German prose has less
LEDE_WORDS = 6  # and the lede is prose: half of its first twelve words in lower case (a list of names is not)
# a list's item: a headline of four words or more, then an upper-case dateline and a colon ("NEW DELHI: All ...")
_DATELINE_CARD = re.compile(r"[•\-*] (?:\S+ ){4,}[A-Z][A-Z.]{2,}(?: [A-Z][A-Z.]+)*: [A-Z]")
CARD_WORDS = 25  # a headline and a lede; the item of a list in the article is shorter


def teaser_card(line: str) -> bool:
    """Whether `line` is another article's card: its headline and the start of its lede."""
    words = len(line.split(None, CARD_WORDS))  # CARD_WORDS + 1 for a longer line: cheaper than splitting it all
    if words < HEADLINE_WORDS[0] + LEDE_WORDS:
        return False
    if words >= CARD_WORDS and line[:1] in "•-*" and _DATELINE_CARD.match(line) is not None:
        return True
    # the first glue: where a name glued to its hover card stands inside a paragraph, the name comes first ("Kristi
    # NoemKristi Lynn Noem...")
    for candidate in _CAPITAL_AFTER.finditer(line, 0, HEADLINE_CHARS):
        capital = candidate.end() - 1
        if _GLUE_BEFORE.search(line, max(0, capital - 4), capital) is not None:
            return _glued_headline(line, capital)
    return False


def _glued_headline(line: str, lede_start: int) -> bool:
    headline = [word for word in line[:lede_start].split() if word[0].isalpha()]
    lede = line[lede_start:].split(None, 12)[:12]
    if not HEADLINE_WORDS[0] <= len(headline) <= HEADLINE_WORDS[1] or len(lede) < LEDE_WORDS:
        return False
    return (sum(word[0].isupper() for word in headline) >= HEADLINE_CAPITALS * len(headline)
            and 2 * sum(word[0].islower() for word in lede) >= len(lede))
