from storyline.extract.cross_references import is_cross_reference
from storyline.extract.html import extract_html
from storyline.model import Document
from tests.conftest import trafilatura_eval_html
from tests.extract.test_textdump import _dump_article


def test_labels_that_point_to_another_article():
    assert is_cross_reference("Read more: Looted colonial art: Germany to set up new contact office")
    assert is_cross_reference("Lea también: Impiden ingreso a Nicaragua a reportero y camarógrafo estadounidense")
    assert is_cross_reference("VEA TAMBIÉN: Entre heces y guaricha")
    assert is_cross_reference("Czytaj też:")
    assert is_cross_reference("Schon gelesen?")
    assert is_cross_reference("LE PUEDE INTERESAR: La ficha de Juan Orlando Hernández en el MDC de Nueva York")
    assert is_cross_reference("Noticias relacionadas:")
    # the words inside a sentence, or without the label's mark, are the article's own
    assert not is_cross_reference("Read more about the plan in the report the ministry published on Monday.")
    assert not is_cross_reference("Weiterlesen lohnt sich, sagt die Autorin.")
    assert not is_cross_reference("Leggi anche")  # a label alone, without its mark, stands in a gold body


def test_links_to_other_articles_inside_the_body_are_left_out(shared_data):
    html = extract_html(Document("dw", trafilatura_eval_html(shared_data, "dw.com.colonial.html"), "html")).text
    assert "Read more:" not in html and "Looted colonial art" not in html
    assert "colonial" in html and len(html) > 3000
    page = "360c732d1fdbfc6895d7096c0c0b8c0d581bb1af80160f4c6a0f1fd9ff85e469"
    dump = _dump_article(shared_data, page).text
    assert "Read more:" not in dump and "Alibaba" in dump
