"""Decoding and bounding raw HTML on real pages: declared and undeclared legacy charsets, mixed bytes,
compressed bodies, 20 MB pages."""
import gzip
import re

from storyline.extract import extract_html, html_input
from storyline.extract.html_input import bounded_markup, decode_page, json_ld_letters
from storyline.model import Document
from tests.conftest import trafilatura_eval_html

# a German ministry page whose windows-1252 bytes trafilatura's guess alone reads as another charset
PAGE = "trafilatura-eval/html/bmjv.de.konsum.html.gz"


def _page(shared_data, name=PAGE) -> bytes:
    return gzip.decompress((shared_data / name).read_bytes())


def _as_windows_1252(page: bytes, declare: bool, lang: bool = True) -> bytes:
    legacy = page.decode("utf-8").encode("cp1252").replace(b'<meta charset="UTF-8"/>', b"")
    legacy = legacy if lang else legacy.replace(b'<html lang="de">', b"<html>")
    return legacy.replace(b"<head>", b'<head><meta charset="windows-1252">', 1) if declare else legacy


def test_a_legacy_page_reads_as_its_utf8_original_declared_or_not(shared_data):
    original = _page(shared_data)
    want = extract_html(Document("utf8", original, "html"))
    assert "ä" in want.text
    # undeclared: the legacy charset of <html lang="de">, or without it uchardet's guess
    for declare, lang in ((True, True), (False, True), (False, False)):
        legacy = _as_windows_1252(original, declare, lang)
        assert decode_page(legacy)[0] == legacy.decode("cp1252")
        got = extract_html(Document("legacy", legacy, "html"))
        assert (got.text, got.title) == (want.text, want.title)


def test_the_http_header_charset_outranks_the_page_declaration(shared_data):
    legacy = _as_windows_1252(_page(shared_data), declare=False)
    russian = "Новости".encode("cp1251")
    page = legacy.replace(b"<head>", b'<head><meta charset="windows-1252"><title>' + russian + b"</title>", 1)
    assert "Новости" not in decode_page(page)[0]
    assert "Новости" in decode_page(page, "text/html; charset=windows-1251")[0]


def test_utf8_with_a_few_stray_bytes_stays_utf8_whatever_it_declares(shared_data):
    original = _page(shared_data)
    page = original.replace(b'<meta charset="UTF-8"/>', b'<meta charset="iso-8859-1"/>').replace(
        b"</body>", b"<p>Caf\xe9</p></body>")
    text, charset = decode_page(page)
    assert charset.startswith("utf-8") and "ä" in text and "Ã" not in text


def test_a_gzip_body_archived_as_sent_is_decompressed(shared_data):
    original = _page(shared_data)
    assert decode_page(gzip.compress(original))[0] == original.decode("utf-8")


def test_a_20_mb_page_of_inline_data_gives_the_article_of_the_page(shared_data):
    original = _page(shared_data)
    want = extract_html(Document("page", original, "html")).text
    data = b"<script>var data=[" + b"1234567890," * 2_000_000 + b"];</script>"
    big = original.replace(b"</head>", data + b"</head>", 1)
    assert len(big) > 20_000_000
    article = extract_html(Document("big", big, "html"))
    assert article.text == want and not article.notes  # libxml2 alone drops a text node of 10 MB or more


def test_a_page_past_the_markup_limit_is_cut_with_a_note(shared_data, monkeypatch):
    original = _page(shared_data).decode("utf-8")
    monkeypatch.setattr(html_input, "MAX_MARKUP", len(original) + 10_000)
    rows = "<table>" + "<tr><td>1</td><td>row</td></tr>" * 20_000 + "</table>"
    page, note = bounded_markup(original.replace("</body>", rows + "</body>"))
    assert len(page) <= html_input.MAX_MARKUP and page.startswith(original[:100])  # scripts go first
    assert note and "cut at" in note
    article = extract_html(Document("rows", original.replace("</body>", rows + "</body>").encode(), "html"))
    assert "Verbraucher" in article.text and any("cut at" in n for n in article.notes)


def test_a_page_past_the_tag_limit_is_cut_before_it_with_a_note(shared_data, monkeypatch):
    """Markup within the character bound can still hold half a million tags (a line break per word): parsing and
    pruning them took 41 CPU-s."""
    original = _page(shared_data).decode("utf-8")
    want = extract_html(Document("original", original.encode(), "html")).text
    tags = original.count("<")
    monkeypatch.setattr(html_input, "MAX_TAGS", tags + 100)
    broken = original.replace("</body>", "<div>" + "x<br>" * 5_000 + "</div></body>")
    article = extract_html(Document("breaks", broken.encode(), "html"))
    assert article.text == want
    assert article.notes == [f"page markup cut before its {tags + 100:,}th of {tags + 5_002:,} tags: the rest is not "
                             "read"]


def test_a_page_cut_both_in_characters_and_in_tags_says_both(shared_data, monkeypatch):
    """The note must say all that was left out: a character cut alone would hide the tags cut after it."""
    original = _page(shared_data).decode("utf-8")
    tags = original.count("<")
    monkeypatch.setattr(html_input, "MAX_MARKUP", len(original) + 10_000)
    monkeypatch.setattr(html_input, "MAX_TAGS", tags + 100)
    page, note = bounded_markup(original.replace("</body>", "<p>" + "x<br>" * 50_000 + "</p></body>"))
    assert page.count("<") == tags + 99
    assert note.startswith("page markup cut at ") and f"then before its {tags + 100:,}th of " in note


def test_canonical_url_from_the_link_element_made_absolute(shared_data):
    page = _page(shared_data, "scrapinghub/html/042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856.html.gz")
    article = extract_html(Document("wsj", page, "html", url="https://www.wsj.com/x?mod=rss"))
    assert article.canonical_url == ("https://www.wsj.com/articles/google-stadia-microsoft-xcloud-apple-arcade-"
                                     "so-many-ways-to-playand-pay-11574168580")
    relative = re.sub(rb'<link rel="canonical" href="https://www.wsj.com', b'<link rel="canonical" href="', page)
    assert extract_html(Document("wsj", relative, "html", url="https://www.wsj.com/x")).canonical_url == \
        article.canonical_url


def test_a_url_that_urllib_cannot_split_costs_its_hints_not_the_article(shared_data):
    page = _page(shared_data, "scrapinghub/html/042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856.html.gz")
    good = extract_html(Document("wsj", page, "html", url="https://www.wsj.com/x"))
    # an unclosed IPv6 bracket, in the crawl's URL and in the page's own canonical link
    broken = re.sub(rb'<link rel="canonical" href="[^"]*"', b'<link rel="canonical" href="http://[wsj/"', page)
    for article in (extract_html(Document("wsj", page, "html", url="http://[wsj/x")),
                    extract_html(Document("wsj", broken, "html", url="https://www.wsj.com/x"))):
        assert article.text == good.text and article.title == good.title
    assert extract_html(Document("wsj", broken, "html", url="https://www.wsj.com/x")).canonical_url is None


def test_markup_nested_past_libxml2s_limit_keeps_its_text(shared_data):
    # broken markup nests deep: an unclosed <font> or <div> per paragraph; past 256 levels libxml2 drops the rest
    original = _page(shared_data)
    want = extract_html(Document("page", original, "html")).text
    deep = re.sub(rb"(<body[^>]*>)", rb"\1" + b"<font>" * 300, original, count=1)
    article = extract_html(Document("deep", deep, "html"))
    assert article.text == want and not article.notes


def test_letters_written_as_entities_in_json_ld_are_decoded(shared_data):
    # a Bolivian paper's JSON-LD names its desk "Redacci&oacute;n ...": trafilatura split the name at the entity's
    # semicolons ("Redacci; Oacute; N Diario Pagina Siete")
    page = trafilatura_eval_html(shared_data, "paginasiete.bo-carabineros.html")
    assert extract_html(Document("paginasiete", page, "html")).authors == ["Redacción Diario Pagina Siete"]
    # what the JSON needs stays written as an entity; markup outside JSON-LD is left alone
    block = '<script type="application/ld+json">{"name": "Se&ntilde;or &quot;X&quot; &amp; Co"}</script>'
    assert json_ld_letters(block + "<p>Se&ntilde;or</p>") == (
        '<script type="application/ld+json">{"name": "Señor &quot;X&quot; &amp; Co"}</script><p>Se&ntilde;or</p>')
