"""Other articles' cards inside an article's box: a headline glued to its lede, a list's item with a headline and a
dateline. The lines are the 181 scrapinghub dumps' and trafilatura-eval's."""
import pytest

from storyline.extract.teasers import teaser_card
from tests.extract.test_textdump import _dump_article

CBSLOCAL = "c467d507551a836efa9cfe843ba5d7bafe519750e04d0c9ff0decf44f013f829"
INDIAPOST = "5f9c5ed5d64dfe682d9bde13b9b4f032a3ebdbf165c06ec49c0705bcbe106e3b"


def test_a_headline_glued_to_its_lede_is_a_card():
    for line in ("Customers Leave Without Paying $690 Bill At Troy SteakhouseA party of six left Ruth's Chris "
                 "Steakhouse in Troy without paying their bill after a fight broke out.",
                 "Is Violence In Sports On The Rise?Violence is part of the game in many sports but Myles Garrett "
                 "crossed a line that attracts the attention of authorities.",
                 "Michigan To Mail Redistricting Panel Applications To 250,000The state of Michigan will mail 250,000 "
                 "applications encouraging voters to apply to serve on a new redistricting commission."):
        assert teaser_card(line), line


def test_words_in_camel_case_and_glued_names_are_not_cards():
    for line in (
            # a politician's hover card glued inside a paragraph of the article: the name comes first
            "South Dakota Gov. Kristi NoemKristi Lynn NoemSouth Dakota governor doubles down on 'meth, we're on it' "
            "anti-drug campaign MORE (R) is defending the state's launch of an anti-drug campaign.",
            # German capitalises its nouns; a brand in camel case
            "Der Music Man StingRay gehört ins Pantheon der klassischen E-Bässe und steht nach wie vor auf dem "
            "Wunschzettel vieler Bassistinnen und Bassisten.",
            "Estados Unidos: TUDN App, Paramount+, TUDN USA, Univision NOW, SiriusXM FC, TUDNxtra, TUDN.com, CBS y "
            "Univision",
            "The new 16-inch MacBook Pro features a redesigned scissor switch keyboard, largely based on the "
            "standalone Magic Keyboard for the iMac."):
        assert not teaser_card(line), line


def test_a_list_item_with_a_headline_and_a_dateline_is_a_card():
    assert teaser_card("• UN ‘regrets’ new US position on legality of Israeli settlements UNITED NATIONS: United "
                       "Nations Secretary General Antonio Guterres has regretted the decision of the Trump "
                       "administration to no longer consider Israeli settlements illegal.")
    # an item of the article's own list: shorter, and what follows the colon is no lede
    assert not teaser_card("• If you want a working setup ASAP: A template, with best practices implemented for you")


@pytest.mark.parametrize("page, card, article", [
    (CBSLOCAL, "Customers Leave Without Paying $690 Bill At Troy SteakhouseA party",
     "Michigan health authorities are reporting a 6th fatality"),
    (INDIAPOST, "• UN ‘regrets’ new US position on legality of Israeli settlements UNITED NATIONS:",
     "NEW DELHI: Their American dream shattered and huge savings wasted")])
def test_cards_leave_a_dumps_body(shared_data, page, card, article):
    body = _dump_article(shared_data, page).text
    assert card not in body
    assert article in body
