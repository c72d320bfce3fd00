"""Wire-agency credits (in author fields, datelines, after a German text's last sentence) and photo credits (of a
page's pictures, of a dump's captions)."""
from storyline.extract import credits, extract_html
from storyline.extract.textdump import extract_textdump
from storyline.model import Document
from tests.conftest import trafilatura_eval_html
from tests.extract.test_html import _scrapinghub_article
from tests.extract.test_textdump import _dump, _rendered_article


def test_agencies_among_the_author_names_are_credits_not_persons():
    assert credits.split_agencies(["PAP", "Rafał Guz"]) == (["Rafał Guz"], "PAP")
    assert credits.split_agencies(["The Associated Press"]) == ([], "AP")
    assert credits.split_agencies(["dsw / DPA"]) == ([], "dpa")  # an editor's initials are no person
    assert credits.split_agencies(["Agencia EFE"]) == ([], "EFE")
    assert credits.split_agencies(["Staff and agencies"]) == ([], "agencies")
    assert credits.split_agencies(["Jane Doe, Reuters"]) == (["Jane Doe"], "Reuters")
    # names that only hold an agency's letters stay
    assert credits.split_agencies(["Rhys ap Gruffydd", "Michael Bloomberg"]) == (
        ["Rhys ap Gruffydd", "Michael Bloomberg"], None)


def test_agency_of_a_dateline_or_of_the_last_sentence():
    assert credits.body_agency("Hamburg (dpa/lno) – Trotz eines Gespräches ...") == "dpa"
    assert credits.body_agency("Frankfurt/Main (dpa) - Für einen Roman ...") == "dpa"
    assert credits.body_agency("(EFE).- Nicaragua cerró 2021 ...") == "EFE"
    assert credits.body_agency("Olaf Scholz hat sich dazu bisher skeptisch geäußert. (dpa)") == "dpa"
    assert credits.body_agency("Später kündigte er sein Erscheinen an.\n(dpa/gem)") == "dpa"
    # an agency named inside a sentence credits nothing
    assert credits.body_agency("Das sagte ein Sprecher der Deutschen Presse-Agentur (dpa)") is None
    assert credits.body_agency("Berlin (Reuters) says it will not comment.") is None


def test_wire_stories_credit_their_agency(shared_data):
    for name, agency in [("thelocal.se.tattooed.html", "AFP"), ("cooperativa.cl-presidente.html", "EFE"),
                         ("rnz.de.witzel.html", "dpa")]:
        article = extract_html(Document(name, trafilatura_eval_html(shared_data, name), "html"))
        assert article.credits.source == agency and agency not in article.authors, name
    article = _scrapinghub_article(shared_data, "82b6d780c792df78dcfb00484d50c86fbc7f324a9eb5835b7615f028edb9a574")
    assert article.authors == ["LISA MASCARO", "MARY CLARE JALONICK", "ERIC TUCKER"]
    assert article.credits.source == "AP"


def test_photo_credit_of_the_pages_pictures(shared_data):
    for name, credit in [("zeit.de.zugverkehr.html", "Ben Stansall/AFP/Getty Images"),  # "©" and zero-width spaces
                         ("faz.net.streaming.html", "dpa"), ("fr.de.nordkorea.html", "picture alliance/dpa"),
                         ("gazetadopovo.com.br-pacheco.html", "Nelson Jr./STF"),
                         # a caption in a credit element, and a credit element holding only its label
                         ("report24.news-Drohne.html", None), ("bmz.de-schulze.html", None)]:
        article = extract_html(Document(name, trafilatura_eval_html(shared_data, name), "html"))
        assert article.credits.photo == credit, name
    # a caption that ends with its credit in brackets
    article = _scrapinghub_article(shared_data, "14cc2a0ca59c62a8c9f205a171e9ccf4ef4cf69b0c642f51c8c65c051b39024f")
    assert article.credits.photo == "NASA's Goddard Space Flight Center/David Ladd"


def test_photo_credit_of_a_text_dump_under_a_list(shared_data):
    def photo(page_id):
        return extract_textdump(Document(page_id, _dump(shared_data, page_id).encode(), "text")).credits.photo

    # "Photo: Damian Dovarganes, AP", indented under the menu's items as the renderer nested it
    assert photo("05844573ca7e1fba714d715bb11ca08c26e25328999c74a1cb3bc8a0e4399f0f") == "Damian Dovarganes, AP"
    # "(Image: © TNG Collaboration)"
    assert photo("3c5bf8db4272925bf1dd5713fc325e179fd0d1cc6fb8c77aa2d917cfd2518a32") == "TNG Collaboration"
    # "By Tess Bonn - 11/19/19 06:56 AM EST" reads as a caption's credit, but names no one
    assert photo("156770d676ce79905198e1c8407f81e5ecfb617d9aa44712718707eb7e3b8e38") is None


def test_a_pictures_credit_under_a_compound_label_or_after_by(shared_data):
    assert credits.labelled_photo("Beitragsbild: Stefan Mang") == "Stefan Mang"
    assert credits.labelled_photo("Bildquelle: Peter Ferstl") == "Peter Ferstl"
    assert credits.labelled_photo("Illustration: Sarah Grillo/Axios") == "Sarah Grillo/Axios"
    assert credits.labelled_photo("Photo by David Dyer-Bennet") == "David Dyer-Bennet"
    assert credits.labelled_photo("Photograph by Jeremy Holden, Fauna & Flora International") == \
        "Jeremy Holden, Fauna & Flora International"
    # a sentence after "by" credits no one
    assert credits.labelled_photo("Picture by picture, he rebuilt the album.") is None
    assert credits.labelled_photo("Photos by the dozen were taken that day") is None
    # HTML: the credit under the article leaves the body for the credits
    article = extract_html(Document("spontis", trafilatura_eval_html(shared_data, "spontis.de.jahrzehnt.html"), "html"))
    assert article.credits.photo == "Fachy Marín on Unsplash"
    assert "Titelbild: Fachy Marín on Unsplash" not in article.text
    # a dump: the credits under the pictures leave the body, and the first is the article's
    article = _rendered_article(shared_data, "nationalgeographic.co.uk.goats.html")
    assert "Photograph by" not in article.text and len(article.text) > 2000
    assert article.credits.photo == "Ed Marshall, Redonda Restoration Programme"


def test_a_pictures_credit_without_a_label(shared_data):
    # the agency after the photographer, as a line of its own under the picture
    def photo(page_id):
        return extract_textdump(Document(page_id, _dump(shared_data, page_id).encode(), "text")).credits.photo

    assert photo("3f65af7b6b98b1c9ae9a3e0d8a09a85600cdc44e26e4b3a6db96a31f4b1767e3") == "Alex Wong | Getty Images"
    assert credits.agency_credit("AP Photo/Evan Vucci") == "AP Photo/Evan Vucci"
    assert credits.agency_credit("Evan Vucci/AP") == "Evan Vucci/AP"
    assert credits.credit_text("Image via Getty Images") == "Getty Images"
    # a byline that credits an agency, and a sentence that names one, are no picture's credit
    assert credits.agency_credit("Von: det/dpa") is None
    assert credits.agency_credit("Shares of Getty Images fell 5% on Monday after the report") is None
    # the HTML path drops such a paragraph from the body and keeps the credit
    article = extract_html(Document("amnesty", trafilatura_eval_html(shared_data, "amnesty.de-waffensysteme.html"),
                                    "html"))
    assert "© Oli Scarff/Getty Images" not in article.text.split("\n")

