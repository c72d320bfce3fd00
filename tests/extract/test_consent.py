import json

from storyline.extract.consent import asks_consent
from storyline.extract.html import extract_html
from storyline.model import Document
from tests.conftest import trafilatura_eval_html
from tests.extract.test_textdump import _rendered_article


def test_the_sites_cookie_notices():
    assert asks_consent("Nous utilisons des cookies pour améliorer l'offre que nous vous proposons. Vous trouverez "
                        "davantage d'informations dans la déclaration sur la protection des données.")
    assert asks_consent("Backen.de verwendet Cookies, um dir die bestmögliche Erfahrung zu bieten. Wenn du auf der "
                        "Seite weitersurfst, stimmst du der Cookie-Nutzung zu.")
    assert asks_consent("Please accept YouTube cookies to play this video.")
    assert asks_consent("Cookie-Einstellungen")
    assert asks_consent("Diese Cookies sind notwendig, damit die Basisfunktionen von oetker.de genutzt werden können.")


def test_cookies_in_the_articles_own_words():
    # a privacy policy's heading asks; a recipe, a joke and an article on vitamins speak of the biscuit
    assert not asks_consent("Do we use 'cookies'?")
    assert not asks_consent("Why did the cookie go to the hospital?")
    assert not asks_consent("With your hands, roll 1 tbsp (20 grams) of the mixture into a ball, then place it onto a "
                            "baking sheet (cookie sheet) or plate.")
    assert not asks_consent("So as long as your diet is checking most of the important boxes, your daily vitamin "
                            "will work in tandem with it. Nobody will start baking them into cookies anytime soon.")


def test_a_cookie_far_from_the_sites_words_is_the_articles(shared_data):
    # a scrapinghub gold paragraph: "enables us" and "causes" stand hundreds of characters before its chocolate chip
    # cookie
    gold = json.loads((shared_data / "scrapinghub" / "ground-truth.json").read_text(encoding="utf-8"))
    paragraph = next(line for page in gold.values() for line in page["articleBody"].splitlines()
                     if "chocolate chip cookie" in line)
    assert not asks_consent(paragraph)


def test_a_cookie_banner_does_not_outweigh_a_one_paragraph_article(shared_data):
    # Deutsche Welle's page renders its cookie notice first, then an article of one paragraph between menus
    article = _rendered_article(shared_data, "dw.com-elephants.html")
    assert "24 milliards de tonnes de terres fertiles" in article.text
    assert "cookies" not in article.text


def test_cookie_notices_leave_the_html_body(shared_data):
    page = trafilatura_eval_html(shared_data, "austria.info.radfahren.html")
    text = extract_html(Document("austria", page, "html")).text
    assert "Salzburg liebt seine Radfahrer." in text
    assert "Cookies" not in text
