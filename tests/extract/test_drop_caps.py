from storyline.extract.drop_caps import joined_drop_caps
from tests.extract.test_textdump import _dump_article


def joined_drop_cap(line, page):
    return joined_drop_caps([line], page)[0]


def test_a_drop_cap_is_joined_to_the_rest_of_its_word():
    page = "Hong Kong is burning.\nH ong Kong is burning. The city of Hong Kong waits."
    assert joined_drop_cap("H ong Kong is burning. The city waits.", page) == "Hong Kong is burning. The city waits."
    # a letter that is a word alone is joined only when its rest is no word of the page and the joined one is
    page = "W hile they watched, Adam left. A dam holds the lake. While it rained, the dam held."
    assert joined_drop_cap("W hile they watched, Adam left.", page) == "While they watched, Adam left."
    assert joined_drop_cap("A dam holds the lake.", page) == "A dam holds the lake."
    assert joined_drop_cap("W tym roku w tym mieście", "W tym roku w tym mieście") == "W tym roku w tym mieście"
    assert joined_drop_cap("I think so.", "I think so. Ithink I think it works.") == "I think so."
    # a formula's legend: "ist" is a word of the page, "Pist" none
    legend = "P ist die Leistung, v ist die Geschwindigkeit"
    assert joined_drop_cap("P ist die Leistung", legend) == "P ist die Leistung"
    # a whole word in any case: "HILE" counts, "whiles" and "x_hile" do not
    assert joined_drop_cap("W hile here", "W hile here. While. HILE.") == "W hile here"
    assert joined_drop_cap("W hile here", "W hile here. WHILE. whiles x_hile") == "While here"


def test_each_line_of_the_body_is_joined_on_its_own():
    page = "D ie Angst ist groß. Die Stadt wartet.\nT he end is near."
    assert joined_drop_caps(["D ie Angst ist groß.", "Die Stadt wartet.", "T he end is near."], page) == [
        "Die Angst ist groß.", "Die Stadt wartet.", "The end is near."]


def test_the_article_under_a_drop_cap_starts_with_its_whole_word(shared_data):
    # telegraph's podcast page: the renderer wrote the large first letter of the article apart
    article = _dump_article(shared_data, "88c328b68b038a625b4b3f8c322215caa30b0e88af0754bd71056ffc15c7b4b7")
    assert "The Davis Cup Final began on Monday" in article.text
    assert "T he Davis" not in article.text
