import gzip
import shutil
import subprocess
import textwrap

import numpy as np
import pytest

from storyline.extract import credits, metadata
from storyline.extract.hard_wrap import unwrapped
from storyline.extract.html_input import decode_page
from storyline.extract.markdown_dump import is_markdown, markdown_lines
from storyline.extract.line_features import COUNTS, LABELS, NAMES, SECOND, count_lines, verdict_matrix
from storyline.extract.textdump import COMMENT_BYLINE, COMMENT_COUNT, extract_textdump, page_lines, read_page
from storyline.model import Document
from tests.conftest import EXAMPLES, trafilatura_eval_html


def test_line_labels_on_a_rendered_page():
    text = ("  • Home\n  • World\nA headline about the talks\n\nBy Jane Roe\n\n2021-03-04\n\n"
            "The ministers met in Paris on Monday and agreed to continue the talks next month, officials said.\n\n"
            "Photo: John Smith / AFP\nSource: (REUTERS)\nLeave a Reply\n  • Privacy Policy\n"
            "Published : Monday, January 12, 2023, at 10:30 am EST\n")
    page = read_page(text)
    labels = {line: LABELS[code] for line, code in zip(page.texts, page.codes) if line}
    assert labels["• Home"] == "list"
    assert labels["2021-03-04"] == "date"
    assert labels["Published : Monday, January 12, 2023, at 10:30 am EST"] == "date"  # the longest date line
    assert labels["Photo: John Smith / AFP"] == "caption"
    assert labels["Source: (REUTERS)"] == "credit"
    assert labels["Leave a Reply"] == "boilerplate"
    assert labels["The ministers met in Paris on Monday and agreed to continue the talks next month, officials said."] == "prose"
    article = extract_textdump(Document("x.txt", text.encode(), "text"))
    assert article.title == "A headline about the talks"
    assert article.authors == ["Jane Roe"]
    assert article.published == "2021-03-04"
    assert article.credits.source == "Reuters" and article.credits.photo == "John Smith / AFP"
    assert article.text.startswith("The ministers met") and "Leave a Reply" not in article.text


def test_page_without_running_text_gets_an_empty_body_and_a_reason():
    article = extract_textdump(Document("menu.txt", "  • Home\n  • News\n  • Sport\nContact\n".encode(), "text"))
    assert article.text == "" and "no article body" in article.notes[0]


def test_credit_and_metadata_rules():
    assert credits.source_credit("Source: (EUROPA PRESS)") == "Europa Press"
    assert credits.photo_credit("Archive – People walking in Havana – JOAQUIN HERNANDEZ / XINHUA NEWS") == \
        "JOAQUIN HERNANDEZ / XINHUA NEWS"
    assert credits.photo_credit("Peace talks – a long way to go") is None
    # white space as a table row pads it: read as one space, and a long run of it read in linear time (the
    # patterns tried each way of splitting a run among their white-space parts: minutes for these lines)
    assert credits.photo_credit("Photo:   John    Doe") == "John Doe"
    assert credits.photo_credit("In Havana –   JOAQUIN   HERNANDEZ / XINHUA") == "JOAQUIN HERNANDEZ / XINHUA"
    padded = " " * 20_000
    assert credits.source_credit(f"Source: {padded}(EFE)") == "EFE"
    assert credits.source_credit(f"Source: {padded}{'x' * 150}") is None
    assert credits.photo_credit(f"November 20, 2019 - 11:28 AMT{padded}Overview: World") is None
    assert credits.dateline_agency("WASHINGTON (Reuters) - The talks...") == "Reuters"
    assert metadata.publisher_from_copyright("© 2023 Copyright News 360 S.L.") == "News 360"
    assert metadata.publisher_from_copyright("Copyright 2020 Example Media Ltd. All rights reserved.") == "Example Media"
    # notices of the scrapinghub dumps: a menu before the mark, a link to a policy, a picture's credit, the words
    # around the holder
    notice = "Advertise with us Jobs @ Vox Media © 2019 Vox Media, LLC."
    assert metadata.publisher_from_copyright(notice) == "Vox Media"
    assert metadata.publisher_from_copyright("Copyright Policy") is None
    assert metadata.publisher_from_copyright("(Image: © TNG Collaboration)") is None
    assert metadata.publisher_from_copyright("© 1995 - 2019 by Snopes Media Group Inc.") == "Snopes Media Group"
    notice = "© 2019 Guardian News & Media Limited or its affiliated companies. All rights reserved."
    assert metadata.publisher_from_copyright(notice) == "Guardian News & Media"
    assert metadata.parse_date_line("January 20, 2023") == "2023-01-20"
    assert metadata.parse_date_line("The talks on January 20, 2023 went well") is None
    assert metadata.byline_authors("By Ann Lee and Bob Ray") == ["Ann Lee", "Bob Ray"]
    assert metadata.byline_authors("Terms and Conditions apply here") is None


def test_dates_and_bylines_inside_header_lines():
    assert metadata.date_in_line("Veröffentlicht am: 6. August 2009") == "2009-08-06"
    assert metadata.date_in_line("Par Nicolas Gutierrez C. le 14.09.2020 à 11h46") == "2020-09-14"
    assert metadata.date_in_line("5 de noviembre de 2021") == "2021-11-05"
    assert metadata.date_in_line("Blogposting 01/23/2020") == "2020-01-23"  # a month cannot be 23
    assert metadata.date_in_line("Ergebnisse der Saison 2019") is None
    assert metadata.parse_date_line("Erstellt am 01.11.2023") is None  # more than a date: no date line
    assert metadata.authors_in_line("Geschrieben von Cooper am 25.08.2015 22:30") == ["Cooper"]
    assert metadata.authors_in_line("By Daniel Stewart | Published: 23. Juli 2017") == ["Daniel Stewart"]
    assert metadata.authors_in_line("Von der Leyen will Kriegsland Ukraine in die EU holen") is None
    # bylines as trafilatura-eval's pages write them, rendered as text
    assert metadata.authors_in_line("Von : Adrian Padeanu") == ["Adrian Padeanu"]
    assert metadata.authors_in_line("Auteur: Anna Kubišta") == ["Anna Kubišta"]
    assert metadata.authors_in_line("Von Thilo / 6. November 2023 / Keine Kommentare") == ["Thilo"]
    assert metadata.authors_in_line("Von Katharina Schmidt Kategorien: Mode 6. November 2023") == ["Katharina Schmidt"]
    # a blog's user name after the post's date; no lower-case word elsewhere, nor a CMS's default account
    assert metadata.authors_in_line("Publiziert am 13. Januar 2014 von uriebe") == ["uriebe"]
    assert metadata.authors_in_line("Posted on 2015-04-05 by marc | Leave a comment") == ["marc"]
    assert metadata.authors_in_line("Posted on 2015-04-05 by admin") is None
    assert metadata.authors_in_line("killed by police on 12 May 2020") is None


def test_the_header_under_an_indented_menu_gives_title_byline_and_date():
    # a renderer that indents by box depth puts the headline below the menu's items, deeper than their bullets: it
    # goes on the list, and used to be passed over; the breadcrumb above repeats it
    prose = ("Immer wieder versperren Unbekannte die Waldwege bei Otterberg mit schweren Ästen und Baumstämmen, "
             "und nun sucht die Polizei nach Zeugen, die etwas gesehen haben.")
    text = "\n".join([
        "  • Startseite", "  • Politik", "  • Wirtschaft", "",
        "      Startseite » News » Waldwege gesperrt: Polizei ermittelt wegen Nötigung", "",
        "      Waldwege gesperrt: Polizei ermittelt wegen Nötigung", "",
        "      Von Kathrin Führes am Mittwoch, 26.01.2022 - 14:30", "",
        *(f"      {prose}\n" for _ in range(4)),
        "  • Impressum", "  • Datenschutz"])
    article = extract_textdump(Document("waldwege", text.encode("utf-8"), "text"))
    assert article.title == "Waldwege gesperrt: Polizei ermittelt wegen Nötigung"
    assert article.authors == ["Kathrin Führes"]
    assert article.published == "2022-01-26"
    assert "Immer wieder" in article.text and "Führes" not in article.text  # the byline is no body
    assert article.title not in article.text.split("\n")


@pytest.mark.parametrize("name, published", [("fincompare.de.firmenwagen.html", "2019-10-07"),
                                             ("bmas.de-anforderungen.html", "2022-01-26"),
                                             ("elle.de.sneaker.html", "2019-06-19"),
                                             # no date above the article: the one that opens its lead
                                             ("l-mag.de-Holocaust-Gedenken.html", "2022-01-27")])
def test_the_date_of_a_page_rendered_as_text(shared_data, name, published):
    # real pages rendered as text by inscriptis (benchmarks/textdump.py). "7. Oktober 2019" above the article reads
    # like an ordered list's seventh item: with the number taken off, "Oktober 2019" named no day
    assert _rendered_article(shared_data, name).published == published


@pytest.mark.parametrize("name, title, published, lead", [
    ("independent.co.uk.penalty.html", "Coronavirus: £1,000 fine for falsely reporting a contact to force them to "
     "self-isolate", "2020-09-28", "Anyone falsely naming an antagonist as a coronavirus contact"),
    ("mdr.de.autohaeuser.html", "Nach Corona-Lockerungen Autohäuser rechnen mit langsamem Anlaufen des Geschäfts",
     "2020-04-20", "Thüringens Autohäuser rechnen nach der Lockerung der Corona-Auflagen")])
def test_an_article_that_the_renderer_indented_under_a_menu_item_is_found(shared_data, name, title, published, lead):
    # every line below the menu's first item went on its list (no line of the page at the margin ends the list), so
    # no line read as running text and the page gave nothing; read by what each line says, the article is found
    article = _rendered_article(shared_data, name)
    assert article.text.startswith(lead) and len(article.text) > 2000
    assert (article.title, article.published) == (title, published)
    assert not article.notes


@pytest.mark.parametrize("name, lead, published", [
    ("datev-magazin.de-kommunikation.html", "Neu: Die WebAkte der e.Consult AG ist jetzt über eine Schnittstelle",
     "2022-02-15"),
    # the lead ends with a German closing quote („…“), and a byline, a date and two share buttons stand between
    ("handelsblatt.com.grenzschliessungen.html", "Grosbliederstroff Wenn Helmut Kohl emotional wurde,", "2020-04-27")])
def test_the_lead_that_went_on_the_menus_list_above_the_body_is_body(shared_data, name, lead, published):
    # the renderer put the article's first paragraph on the list of the menu above it, and the classifier dropped it
    # with the menu; the header is still read above the lines the classifier kept
    article = _rendered_article(shared_data, name)
    assert article.text.startswith(lead)
    assert article.published == published and lead not in article.title


def test_a_sentence_ends_before_the_closing_quote_of_other_languages():
    lines = ["Er sagte: „Ich muss jetzt weitergehen, denn die Grenze schließt bald und es wird spät.“",
             "Sie schrieb: »Wir kommen morgen wieder, wenn das Wetter hält und der Zug fährt.«",
             "「東京は晴れです。」", "Sie fragte nach dem „Weg zum Bahnhof“"]
    assert count_lines(lines)[:, COUNTS.index("ends_sentence")].tolist() == [1, 1, 1, 0]
    assert [LABELS[code] for code in read_page("\n".join(lines)).codes[:2]] == ["prose", "prose"]


def test_a_standfirst_or_a_caption_above_the_body_stays_out(shared_data):
    # express.co.uk: the standfirst under the headline is less indented than the article's box, which the gold
    # body leaves out as the HTML extractor does
    article = _dump_article(shared_data, "624fcd903d56fc7055fa7097b330629450c095ad6937318deb027be7803bbf35")
    assert "CHINA has sent troops to Hong Kong" not in article.text
    assert article.text.startswith("This comes after police said the demonstrators")
    # space.com: the lead picture's caption, with its credit below it, went on the list above the article
    article = _dump_article(shared_data, "686bb170effe273eaff1c0f88e412172e8d972518a6d1454c896f52aafaa9643")
    assert article.text.startswith("The Jupiter moon Europa's elusive and enigmatic water-vapor plumes")


def test_an_article_is_read_again_when_only_the_densest_runs_prose_was_kept(shared_data):
    # the article sits on the menu's list as on the pages above, but one line at the margin (the site's name) was
    # kept for want of any line the classifier believed in; read again, the article is found
    article = _rendered_article(shared_data, "archive.org.time4talks.com.kinos.html")
    assert "Die Umstellung auf Hightech-Beamer hat nämlich kein Kinosterben verursacht" in article.text
    assert "Auf 270 Leinwänden sind auch 3-D-Filme zu sehen." in article.text
    assert article.title == "Weitere Digitalisierung der Schweizer Kinos"


def test_a_menu_read_again_by_what_its_lines_say_is_still_no_article(shared_data):
    # a results page whose menu holds the only long line: the second reading (by each line's own label) finds no
    # sentence, so the page keeps its empty body and the reason
    from inscriptis import get_text

    from storyline.read.warc import read_warc

    warc = shared_data / "warc" / "resiliparse-warcfile.warc.gz"
    doc = next(d for d in read_warc(warc, lambda error: None) if d.url and "stats_140_petzi" in d.url)
    text = get_text(decode_page(doc.content)[0])
    article = extract_textdump(Document(doc.id, text.encode("utf-8"), "text"))
    assert article.text == "" and article.notes == ["no article body found: no line reads as running text"]


@pytest.mark.parametrize("name, words", [
    ("die-partei.net.luebeck.html", "Die GEMA dreht völlig am Zeiger!"),  # its one paragraph ends on a colon
    ("ukbdnews.com.23646.html", "সংসদ সদস্য (এমপি)")])  # a Bengali sentence ends with "।"
def test_a_long_line_that_ends_no_sentence_is_prose_when_the_page_is_read_again(shared_data, name, words):
    # the whole page went on a menu's list: read again, its long line is the article
    assert words in _rendered_article(shared_data, name).text[:200]


def _dump(shared_data, page_id: str) -> str:
    return (shared_data / "textdump" / "txt" / f"{page_id}.txt").read_text(encoding="utf-8")


def _dump_article(shared_data, page_id: str):
    return extract_textdump(Document(page_id, _dump(shared_data, page_id).encode("utf-8"), "text"))


def _rendered_article(shared_data, name: str, url: str | None = None):
    """A trafilatura-eval page rendered as text by inscriptis (as benchmarks/textdump.py renders them), extracted."""
    from inscriptis import get_text

    text = get_text(decode_page(trafilatura_eval_html(shared_data, name))[0])
    return extract_textdump(Document(name, text.encode("utf-8"), "text", url=url))


@pytest.mark.parametrize("name, url, title", [
    ("n-land.de-Simmelsdorf.html", "https://n-land.de/top-story/74-jaehriger-stirbt-nach-unfall-in-simmelsdorf",
     "74-Jähriger stirbt nach Unfall in Simmelsdorf"),
    ("theguardian.com.academics.html",
     "https://www.theguardian.com/education/2020/jan/20/thousands-of-uk-academics-treated-as-second-class-citizens",
     "Thousands of UK academics 'treated as second-class citizens'"),
    ("furche.at.achtsam.html", "https://www.furche.at/gesellschaft/achtsam-durch-die-krise-2497954",
     "Achtsam durch die Krise")])
def test_the_headline_is_the_line_that_the_pages_url_names(shared_data, name, url, title):
    # a crawl knows each page's address, which often spells out its headline ("jaehriger" for "Jähriger"); without
    # it, the title model took a subheading, a standfirst or a timeline's years above the article for the headline
    assert _rendered_article(shared_data, name, url).title == title


@pytest.mark.parametrize("name, url", [
    ("1hundetagebuch.wordpress.com.langer.html",
     "https://1hundetagebuch.wordpress.com/2019/10/31/nach-viel-zu-langer-zeit-mal-wieder/"),
    ("nurmeinstandpunkt.wordpress.com.blogposting.html",
     "https://nurmeinstandpunkt.wordpress.com/2020/01/23/blogposting-01-23-2020/")])
def test_the_day_in_a_posts_url_is_its_publication_date(shared_data, name, url):
    # none in the header, or a sidebar's older one above the post; the blog wrote the day of the post in its URL
    published = _rendered_article(shared_data, name, url).published
    assert published == metadata.date_in_url(url) == "-".join(url.split("/")[3:6])
    assert metadata.date_in_url("https://example.org/2019/13/01/a") is None  # no such day
    assert metadata.date_in_url("https://example.org/a?from=/2019/10/31/") is None  # not in the path


def test_a_date_that_runs_into_the_text_beside_it_is_read(shared_data):
    # a renderer writes adjacent elements (published, updated; a date and its time) without a space between them
    assert metadata.date_in_line("1. November 20161. November 2016 surfguard") == "2016-11-01"
    assert metadata.date_in_line("miércoles, 4 de mayo de 202207:59 hs") == "2022-05-04"
    assert metadata.date_in_line("17/11/201917/11/2019 ~ Cem Basman") == "2019-11-17"
    assert metadata.date_in_line("Ergebnisse der Saison 20191") is None
    # and a name that runs into the date before it ("Nicole Collignon22. Februar 2020")
    assert metadata.date_in_line("Nicole Collignon22. Februar 2020") == "2020-02-22"
    assert metadata.date_in_line("von Nadja Demel13.12.2022 - 08:13 Uhr") == "2022-12-13"
    assert metadata.date_in_line("A320 May 2020") is None
    page = "374ac9a59a85196cdacc1679fb8993521a7b7d9d6533720f102300be1c7face4"  # "Published Wed, Nov 20 20194:29 AM"
    assert _dump_article(shared_data, page).published == "2019-11-20"


@pytest.mark.parametrize("page, authors", [
    ("702d1da63b8e064cb70617620e45c2d116b4912c9bc9d518dcf5ce54bb8057ed", ["Ana Swanson"]),  # not "President Trump"
    ("ad9e9e596f21a6812fae27b5d9d622359826c368e471d7d5ff9ac4676eaac9cd", ["Olivia Larsen"])])  # not "Previous Post"
def test_a_byline_that_says_so_wins_over_a_line_of_names_alone(shared_data, page, authors):
    # a caption's or a link's first words read as a name; "By Ana Swanson" below them labels its names
    assert _dump_article(shared_data, page).authors == authors
    assert metadata.authors_in_line("20 km von Coburg", bare=False) is None
    assert metadata.authors_in_line("Posted by Alex Durán, AMP Project Marketing", bare=False) == ["Alex Durán"]


@pytest.mark.parametrize("name, authors", [("klaenge-des-verschweigens.de.geschichte.html", ["Klaus Stanjek"]),
                                           ("uniqz.de.katzendecke.html", ["Petra Ruland"]),
                                           ("topagrar.com.schnee.solat.html", ["Hinrich Neumann"]),
                                           ("galore.de.buch.html", ["Marina Mucha"])])
def test_a_byline_under_the_start_of_the_article(shared_data, name, authors):
    # none above the article: "von Klaus Stanjek", "Autor: Petra Ruland" or a name alone among its first short lines
    assert _rendered_article(shared_data, name).authors == authors
    assert metadata.names_alone("Leasing von Firmenfahrzeugen") is None  # a "von" inside a phrase labels no name


@pytest.mark.parametrize("name, authors", [
    ("tagesschau.de.rheinmetall.html", ["Volkmar Kabisch", "Jan Lukas Strozyk", "Benedikt Strunz"]),  # ", NDR"
    ("ebike-mtb.com-OFFROAD.html", ["Rudolf Fischer", "Simon Kohler"]),
    ("nymag.com.polarization.html", ["Eric Levitz"]),  # "By Eric Levitz @EricLevitz"
    ("reset.org.clickbait.html", ["Mark Newton"]),  # "Autor Mark Newton:"
    ("apolut.net-Sonja-Silberhorn.html", ["Eugen Zentner"]),  # "Ein Interview von Eugen Zentner mit Sonja ..."
    ("citylimits.org-Nycha.html", ["Tatyana Turner"]),  # "By Tatyana Turner."
    ("publishedreporter.com-Hottest.html", ["Alejandro Villamor"]),  # "By Alejandro Villamor Last updated Nov 8"
    ("fluter.de.vorbild.html", ["Julia Lauter"])])  # "Interview: Julia Lauter"
def test_a_bylines_names_end_where_its_list_of_people_ends(shared_data, name, authors):
    # past a comma, names go on while each opens with a given name; a handle, an e-mail address, "mit" and the
    # person interviewed, a full stop or an update's date end them
    assert _rendered_article(shared_data, name).authors == authors
    assert metadata.authors_in_line("By Perry Bacon Jr.") == ["Perry Bacon Jr."]  # a suffix keeps its full stop
    assert metadata.authors_in_line("Michael Rädel , Redaktion", bare=False) is None


@pytest.mark.parametrize("name, authors", [
    ("die-tagespost.de.Demut.html", ["Christoph von Ritter"]),  # "Christoph von Ritter 24. April 2020"
    ("tagesanzeiger.ch.umweltzerstoerung.html", ["Christoph von Eichhorn"]),
    ("0a29620f9c4347758c146ed06dab6f3e.html", ["Bettina Kugler"]),  # "Bettina Kugler 19.10.2019, 05:00 Uhr"
    ("eldeber.com.bo-autos.html", ["Ariel Melgar Cabrera"]),  # "Ariel Melgar Cabrera 3/5/2022 22:41"
    ("swim.de-ga2.html", ["Jule Radeck"])])  # "Von Jule Radeck Vom 3. Februar 2022"
def test_a_name_before_its_date_and_a_von_inside_a_name(shared_data, name, authors):
    # a "von" after a given name is a part of the name, no byline's label ("Ritter" was taken for the author); a
    # name followed by the post's date or time is a byline
    assert _rendered_article(shared_data, name).authors == authors
    assert metadata.authors_in_line("Bilder des Diktators von Nordkorea veröffentlicht") is None


@pytest.mark.parametrize("name, authors", [("gala.fr.surnom.html", ["Marie Merlet"]),
                                           ("d51e75d9e53a472bb7708191899aa6b4.html", ["Cosima Künzel"]),
                                           ("toptal.com.python.html", ["Martin Chikilian"]),  # not its translator
                                           ("awo.org-Menschenrechte.html", []),  # not "Krieg"
                                           ("spdfraktion.de-Vizepräsidentin.html", []),  # not "Saldern"
                                           ("lastampa.it.temperature.html", [])])  # not "Treviso"
def test_a_by_or_von_inside_a_sentence_labels_no_author(shared_data, name, authors):
    # before, a header line's "von" or "by" named an author wherever it stood in the line, once no labelled byline
    # was found; now only after a separator, a date or a word that says so ("Accueil | Par ...", "Gepostet von")
    assert _rendered_article(shared_data, name).authors == authors
    assert metadata.authors_in_line("Eine Analyse von Caspar Schwietering") == ["Caspar Schwietering"]
    assert metadata.authors_in_line("Tested by: John Milbank RRP: £23.99") is None


@pytest.mark.parametrize("name, authors", [("eawag.ch-elektron.html", ["Andri Bryner"]),  # "Erstellt von ..."
                                           ("francais.radio.cz-ministre.html", ["Anna Kubišta"]),  # "Auteur: ..."
                                           ("handwerksblatt.de-Friseurbesuch.html", ["Kirsten Freund"])])  # "Text:"
def test_a_post_signed_under_its_last_line(shared_data, name, authors):
    # no byline above the article: the line under it that says it signs the post names the author
    assert _rendered_article(shared_data, name).authors == authors


@pytest.mark.parametrize("page, credit", [
    ("5fa5679de56c43edf70685762c2d1f2de296432ae53aa46e075b552fee17cab8", "Photo: iFixit"),
    ("16c30add7e96315e9cc957d85aa876ccb6b70055f0ddab51547a586117cc1f56", "Sakib Ali/Hindustan Times/Getty Images")])
def test_a_line_that_only_credits_a_picture_is_no_body(shared_data, page, credit):
    # the classifier keeps a credit line inside the article's box; the gold body leaves it out, as the HTML path does
    article = _dump_article(shared_data, page)
    assert credit not in article.text.splitlines()
    assert article.text.count("\n") > 5
    assert credits.credit_only("(Bild: Dieter Stork)")
    assert credits.credit_only("Image caption Scooter Braun has managed Justin Bieber")  # the BBC's label
    # a gold line of a list of toys: a caption's shape ("... – UPPER CASE"), but no picture's credit alone
    assert not credits.credit_only("22) Hasbro Gaming – L’ALLEGRO CHIRURGO")


def test_the_article_ends_at_the_heading_of_other_articles(shared_data):
    # "Você pode gostar..." (You may also like) under the article, then other posts' excerpts in long sentences
    article = _dump_article(shared_data, "b3c19dd5f0612d098788fa5173e491b3280da6226b492f8fe110f4ab1896cca8")
    assert article.text.startswith("Viver uma verdadeira experiência amorosa")
    assert "A vida requer da gente otimismo" not in article.text
    # a box of "Related articles" inside an article: the article goes on below it
    article = _dump_article(shared_data, "624fcd903d56fc7055fa7097b330629450c095ad6937318deb027be7803bbf35")
    assert "This decision has been seen as “seriously weakening” the power" in article.text


def test_a_pictures_caption_with_its_credit_is_no_body(shared_data):
    # five captions "... (Image: GETTY )" inside the article's box: the gold body has none of them
    article = _dump_article(shared_data, "624fcd903d56fc7055fa7097b330629450c095ad6937318deb027be7803bbf35")
    assert "(Image:" not in article.text and "Hong Kong" in article.text and article.text.count("\n") > 15
    assert credits.captioned("Cowboyboots von Crocs – werden auch \"Croots\" genannt. Foto: Crocs")
    assert credits.captioned("Cristina Kirchner y Alberto Fernández (Foto: Natacha Pisarenko/Pool via REUTERS).")
    assert credits.captioned("Ein Artikel verunglimpfte den SPD-Politiker Martin Schulz © Ivo Mayr / Correctiv")
    # the wires' credit ("AP Photo/Name"), here under foxbusiness's picture; a date's slashes are no credit
    assert credits.captioned("Vicente Aguiar loads garage door trims into his pickup truck outside a Home Depot in "
                             "Hialeah, Fla. (AP Photo/Alan Diaz, File)")
    assert not credits.captioned("The rate rose to 4.1 per cent in the third quarter (from 3.9 per cent in 2019/20).")
    # the reporters who contributed, under the article
    assert credits.credit_line("Fox News’ Jessica Napoli contributed to this report.")
    assert not credits.credit_line("She contributed to the report's findings on air quality in Delhi and Lahore.")
    # a wire's credits of its reporters and editors (Reuters, under venturebeat's and reuters.com's articles)
    assert credits.credit_line("(Reporting by Greg Roumeliotis, Joshua Franklin; editing by Martin Howell)")
    assert credits.credit_line("Reporting by Rodrigo Campos; additional reporting by Stephanie Kelly; Editing by Nick")
    assert credits.credit_line("Additional reporting by Joseph Hudak")
    assert not credits.credit_line("Reporting by the Guardian showed that the company had paid no tax in 2018.")
    # a paragraph that names its source ends with no picture's credit; one of more than CAPTION_WORDS is no caption
    assert not credits.captioned("Die Ermittlungen zum Fall in Trittenheim gehen weiter. (Quelle: SWR)")
    assert not credits.captioned("Der Park wurde eröffnet. " * 10 + "Foto: Stadt")


def test_a_source_line_that_a_renderer_put_on_a_list_is_the_source_credit(shared_data):
    # "SOURCE: Al Jazeera News" closes the article under a list's item: a credit, as the HTML path makes it
    article = _dump_article(shared_data, "42aad16bde9288623543642a9ce1a396be83e2db44aa2ff8cbbfe46e14abd7cc")
    assert "SOURCE:" not in article.text and len(article.text) > 1000
    assert article.credits.source == "Al Jazeera News"


def test_a_byline_inside_the_article_is_no_body(shared_data):
    # PolitiFact's byline stands below the article's first lines; the gold body leaves it out
    article = _dump_article(shared_data, "9e8c9f082a8d77c58c17bda03b6b4bb6a1d6883fe196c252db4ca83b9991e0d3")
    assert not any(line.startswith("By Matthew Digby") for line in article.text.splitlines())
    assert len(article.text.split()) > 300
    assert metadata.is_byline("Par Bruno Gobin, le mercredi 15 mai 2019 à 08h07")  # a comment's
    assert not metadata.is_byline("Von Risiken und Nebenwirkungen")  # a heading: no given name after "Von"


def test_a_rendered_article_signed_by_its_last_line(shared_data):
    # no byline above or under the article's start: "Götz Warnke" closes it
    assert _rendered_article(shared_data, "sonnenernergie.de.Windrebell.html").authors == ["Götz Warnke"]


@pytest.mark.parametrize("name, authors", [("beige.de.suedfrankreich.html", ["Marie Jaster"]),
                                           ("blog.amp.dev.axios.html", ["Alex Durán"]),
                                           ("KATAPULT-Magazin.de-parteien.html", ["Tim Ehlers"])])
def test_a_sections_label_above_the_article_is_no_byline(shared_data, name, authors):
    # "Provence Travel Guide", "AMP Roadshow", "KATAPULT UKRAINE" have a name's shape; the name below opens with a
    # given name
    assert _rendered_article(shared_data, name).authors == authors


def test_an_agencys_byline_is_no_headline(shared_data):
    # "Greg Beacham, Ap Sports Writer" stands under the headline, and the title model took such lines for it
    article = _dump_article(shared_data, "eecd2575093b85933997521d6babddd397599419588d7096c5c19dc4ffe2ea72")
    assert article.title == "LeBron sets triple-double mark, Lakers hold off OKC 112-107"
    assert article.authors == ["Greg Beacham"]
    article = _dump_article(shared_data, "05844573ca7e1fba714d715bb11ca08c26e25328999c74a1cb3bc8a0e4399f0f")
    assert article.title == "New SUVs and electric vehicles highlight L.A. Auto Show"
    assert metadata.authors_in_line("Tom Krisher, Ap Auto Writer") == ["Tom Krisher"]
    assert metadata.authors_in_line("Meg Kinnard and Errin Haines, Associated Press") == ["Meg Kinnard", "Errin Haines",
                                                                                         "Associated Press"]


def test_a_title_in_a_tables_row_is_its_longest_cell(shared_data):
    # a page laid out in a table renders the headline's cell beside the menu's, apart by runs of spaces
    page = "d90bda7ed14df19574f4ca8b1ccde5752a78f40058af1393e81cc99adb3e8756"
    # not "...   Home"
    assert _dump_article(shared_data, page).title == "Amnesty. More than 100 protesters killed in Iran unrest"


def test_a_comment_section_after_the_article_is_not_body(shared_data):
    page_id = "b0cf2bbf0192315eec95ede9c59bbf4ae58699275739d590edc24b012e3e8800"  # pv-magazine.com, South Korea PV
    dump = _dump(shared_data, page_id)
    lines, features = page_lines(read_page(dump))
    after = features[:, NAMES.index("after_comments")] > 0
    assert any("By submitting this form" in line for line, flag in zip(lines.texts, after) if flag)
    text = extract_textdump(Document(page_id, dump.encode(), "text")).text
    assert text.startswith("South Korea’s Ministry of Trade, Industry and Energy (MOTIE) has unveiled a plan")
    assert text.endswith("announced by president Moon Jae-in a year ago.") and "By submitting this form" not in text


def test_a_comment_count_heads_the_comments_even_when_the_readers_thread_is_the_densest_text(shared_data):
    # macrumors.com: "[ 167 comments ]" and "Top Rated Comments" under a short post, then a long readers' thread
    page_id = "232a43fb15abde807427b2a7bf4f772e27b8760554370956d8291df4e8166dbf"
    dump = _dump(shared_data, page_id)
    text = extract_textdump(Document(page_id, dump.encode(), "text")).text
    assert text.startswith("Following the 16-inch MacBook Pro, Apple plans to release a new 13-inch MacBook Pro")
    assert text.endswith("while higher-end 13-inch models were refreshed in May.")
    assert all(COMMENT_COUNT.match(line) for line in ("[ 167 comments ]", "Top Rated Comments", "View Comments"))
    assert not COMMENT_COUNT.match("Comments")  # a bare menu entry heads nothing above the densest text


def test_a_count_of_no_comments_beside_the_byline_heads_nothing(shared_data):
    # rosa-mag.de: "6. Oktober 2022" / "By Celia Parbey" / "0 Comments" above the interview; read as the comments'
    # header, it left only a sidebar's blurb about the magazine as the body
    article = _rendered_article(shared_data, "rosa-mag.de.womanking.html")
    assert "Gerade ist der Hollywood Blockbuster „The Woman King“" in article.text
    assert "ROSA MAG ist ein" not in article.text and article.authors == ["Celia Parbey"]
    assert not COMMENT_COUNT.match("0 Comments") and COMMENT_COUNT.match("10 Comments")


def test_a_comment_list_without_a_header_starts_at_the_first_comments_byline(shared_data):
    # givewell.org's open thread: the readers' comments follow the post as list items "Name on <date> said:"
    page_id = "ac3c035520461017a7c5b248d8e39ef063cad4c0c7d7b7ecd68aff8f15099485"
    dump = _dump(shared_data, page_id)
    text = extract_textdump(Document(page_id, dump.encode(), "text")).text
    assert text.startswith("Our goal with hosting quarterly open threads is to give blog readers an opportunity")
    assert "said:" not in text and "Milan Griffes" not in text
    # an article's own "The minister said:" before a quote is prose, not a comment's byline
    assert not COMMENT_BYLINE.match("The minister said:") and COMMENT_BYLINE.match("3. margoadams says:")


def test_author_fields_as_lists_of_people():
    # latercera.com's field: two people joined by "y", and the reading-time label of the template
    assert metadata.clean_authors("Isabel Caro; Rocío Latorre y José Miguel Wilson Tiempo de lectura") == [
        "Isabel Caro", "Rocío Latorre", "José Miguel Wilson"]
    assert metadata.clean_authors("Benjamin Fischer und Marcus Theurer") == ["Benjamin Fischer", "Marcus Theurer"]
    # a name with "and" inside stays one ("Simon & Schuster"); so does a single name before a label
    assert metadata.clean_authors("Simon & Schuster") == ["Simon & Schuster"]
    assert metadata.clean_authors("Zeige alle Beiträge von Petra Ruland; admin") == ["Petra Ruland"]
    # byline templates: "Vom"/"Artikel von" before, "Stand" (as of) after, a stray quote; an interview's two sides
    assert metadata.clean_authors("Vom Krimiblogger") == ["Krimiblogger"]
    assert metadata.clean_authors("Artikel von hausinfo") == ["hausinfo"]
    assert metadata.clean_authors("Sara Zinnecker Stand: 12.01.2022") == ["Sara Zinnecker"]
    assert metadata.clean_authors("'Luana Patriolino; Raphael Felice") == ["Luana Patriolino", "Raphael Felice"]
    assert metadata.clean_authors("Richard David Precht im Gespräch mit Karin Fischer") == [
        "Richard David Precht", "Karin Fischer"]
    # a role run on after the name (scrapinghub's author fields), or a role with no person
    assert metadata.clean_authors("Phil Helsel is a reporter") == ["Phil Helsel"]
    assert metadata.clean_authors("Tom Gillespie News reporter") == ["Tom Gillespie"]
    assert metadata.clean_authors("Analysis by Chris Cillizza; CNN Editor-at-large") == ["Chris Cillizza"]
    assert metadata.clean_authors("STEVE PEOPLES; AP National Political Writer") == ["STEVE PEOPLES"]
    assert metadata.clean_authors("Thom Vaughan Thom is Principal Technologist") == ["Thom Vaughan"]
    assert metadata.clean_authors("Rasender Reporter") == ["Rasender Reporter"]  # a pen name


def test_header_lines_that_name_no_author():
    # a dump's buttons and section labels read like names; a date or a role after a name is no part of it
    for line in ("Share via Email", "Back to Gallery", "Watch CBSN Live", "GIRLS BASKETBALL", "Zurück zur Übersicht",
                 "Neuestes Werk", "Install App", "Technischer Support", "Springe zum Inhalt", "Editors Pick"):
        assert metadata.authors_in_line(line) is None, line
    assert metadata.authors_in_line("Ulrike Stockhausen") == ["Ulrike Stockhausen"]
    assert metadata.authors_in_line("Dr. Karin J. Schmitz") == ["Dr. Karin J. Schmitz"]
    assert metadata.authors_in_line("Hans-Peter Müller und Kazım Türkmen") == ["Hans-Peter Müller",
                                                                          "Kazım Türkmen"]
    assert metadata.authors_in_line("Umair Irfan Updated Nov") == ["Umair Irfan"]
    assert metadata.authors_in_line("Joseph Tsidulko November") == ["Joseph Tsidulko"]
    assert metadata.authors_in_line("Meg James Staff Writer") == ["Meg James"]
    assert metadata.authors_in_line("LISA MASCARO") == ["LISA MASCARO"]
    assert metadata.authors_in_line("By Theresa May") == ["Theresa May"]  # a month that is a name


def test_language_codes_of_several_scripts_and_of_text_cld2_would_refuse():
    assert metadata.detect_language("Der Bundestag hat am Donnerstag beschlossen, dass die neue Regel gilt.") == "de"
    assert metadata.detect_language("זה טקסט בעברית על החדשות של היום והממשלה") == "he"  # CLD2 says "iw"
    assert metadata.detect_language("這是一篇關於今天新聞的中文文章，政府宣布了新的政策。") == "zh"  # not "zh-Hant"
    # control characters, noncharacters and a lone surrogate, as broken dumps carry them: no error
    assert metadata.detect_language("\x00\x0b The ministers met in Paris \ufffe on Monday \ud800 and agreed.") == "en"
    # one above the BMP (plane 1), beside an emoji that CLD2 takes
    assert metadata.detect_language("The ministers met in Paris \U0001fffe on Monday \U0001f600 and agreed.") == "en"
    assert metadata.detect_language("too short") is None


def test_a_table_in_the_article_is_body(shared_data):
    # autoracing.com.br's NASCAR standings: the article is a table, its cells aligned by runs of spaces
    page_id = "11ea381ad92b5448cf66eae62f52ac565361a244c8881615fc6a7bb523cc0c32"
    dump = _dump(shared_data, page_id)
    rows = count_lines(["2     Martin Truex Jr.       5035         7", "Kyle Busch  won", "a sentence, no cells"])
    assert rows[:, COUNTS.index("gaps")].tolist() == [3, 1, 0]
    text = extract_textdump(Document(page_id, dump.encode(), "text")).text
    assert "2     Martin Truex Jr.       5035         7      0     15      24" in text
    assert "40    Casey Mears               1         0      0      0       0" in text
    assert "Clique na foto do Adauto" not in text


def test_line_counts_agree_with_each_lines_own_text(shared_data):
    # count_lines sums character classes over the whole page at once; each line's row must say what the line says
    paths = sorted((shared_data / "textdump" / "txt").glob("*.txt"))[:40] + sorted(EXAMPLES.glob("*.txt"))
    for dump in (path.read_text(encoding="utf-8") for path in paths):
        page = read_page(dump)
        expected = [[len(text), len(text.split()), sum(map("0123456789".__contains__, text)), text.count(","),
                     text.endswith(":")] for text in page.texts]
        columns = [COUNTS.index(name) for name in ("chars", "tokens", "digits", "commas", "ends_colon")]
        assert page.counts[:, columns].tolist() == expected


def test_the_second_stage_keeps_short_lines_among_kept_paragraphs(shared_data):
    # zdnet's round-up of gadgets: each product is a name line, a price line and a paragraph. The first stage alone
    # keeps none of it (the short lines read as menu entries, the paragraphs sit between them); read beside the
    # verdicts around them, they are the article
    page_id = "5fbc7ccb504c755ae23a85499a17518483d7862b74b4a5c34d86ede1a1a4448e"
    text = extract_textdump(Document(page_id, _dump(shared_data, page_id).encode(), "text")).text
    for line in ("Nintendo Switch Lite for $200", "Sonos Move for $400", "Apple iPhone 11 Pro Max for $999",
                 "The smaller, more portable Nintendo Switch gives up the ability to slide into a dock"):
        assert line in text


def test_verdict_columns_place_each_line_among_the_first_stages_verdicts():
    # lines 1 and 3 kept; line 4 sits in a box (indent 1) of its own
    probabilities = np.asarray([0.1, 0.9, 0.2, 0.8, 0.3], dtype=np.float32)
    rows = verdict_matrix(np.asarray([0, 0, 0, 0, 1], dtype=np.float32), np.asarray([2, 10, 3, 30, 5]),
                          probabilities)
    column = {name: rows[:, k] for k, name in enumerate(SECOND)}
    assert column["inside_kept"].tolist() == [0, 1, 1, 1, 0]
    assert np.allclose(column["log_distance_kept"], np.log1p([1, 0, 1, 0, 1]))
    assert np.allclose(column["neighbours_3"], [0.45, 0.15, 0.85, 0.25, 0.4])  # zero beyond the page's edges
    assert np.allclose(column["box_mean"], [0.5, 0.5, 0.5, 0.5, 0.3])
    assert np.allclose(column["box_kept_words"], [1, 1, 1, 1, 0])
    assert np.allclose(column["page_kept"], 0.4) and np.allclose(column["page_mean"], 0.46)
    assert np.allclose(column["logit"][1], np.log(9))
    assert verdict_matrix(np.zeros(0), np.zeros(0), np.zeros(0, dtype=np.float32)).shape == (0, len(SECOND))


@pytest.mark.parametrize("name", ["news360-us-cuba-2023.txt", "minrex-cuba-us-law-enforcement-2018.txt"])
def test_a_dump_rendered_without_indentation_gives_the_same_article(expected, name):
    # a renderer that indents nothing: the menus are no longer set off from the article by their indentation (the
    # model for indented pages kept news360's whole menu)
    text = (EXAMPLES / name).read_text(encoding="utf-8")
    flat = "\n".join(line.lstrip() for line in text.splitlines())
    article = extract_textdump(Document(name, flat.encode(), "text"))
    assert article.text.split("\n") == expected[name]["body_paragraphs"]
    assert (article.title, article.published) == (expected[name]["title"], expected[name]["published"])


def test_lines_wrapped_by_the_renderer_are_joined_into_paragraphs():
    wrapped = ["  • Home", "  • World news and", "    analysis", "",
               "The ministers met in Paris on Monday and agreed to continue the talks",
               "next month, officials said. The next round will be held in Rome, where",
               "the delegations will discuss trade, migration and energy, and the long-",
               "term plan for the region, which both sides called a first step towards",
               "a wider deal.", "",
               "  • A list item whose text is long enough to be wrapped by the renderer",
               "    under its own mark, as lynx and w3m do with every list item.",
               "Price  Qty  Total  Notes on the order and on its delivery to the office",
               "10.00  2    20.00  none"]
    assert unwrapped(wrapped) == [
        *wrapped[:4],  # short lines: nothing made them end
        "The ministers met in Paris on Monday and agreed to continue the talks next month, officials said. The next "
        "round will be held in Rome, where the delegations will discuss trade, migration and energy, and the long-term "
        "plan for the region, which both sides called a first step towards a wider deal.", "",
        "  • A list item whose text is long enough to be wrapped by the renderer under its own mark, as lynx and w3m "
        "do with every list item.",
        *wrapped[-2:]]  # table rows stay rows
    menu = ["A menu entry"] * 10  # as wide as the widest line, but no renderer wraps at 12 columns
    assert unwrapped(menu) == menu
    assert unwrapped([*wrapped, "x " * 61]) == [*wrapped, "x " * 61]  # a line of words longer than any wrap
    url = "  1. https://example.org/" + "a" * 120  # a word that fits no width stands alone past it
    assert unwrapped([*wrapped, url])[-2:] == [wrapped[-1], url] and len(unwrapped([*wrapped, url])) == 10


def test_each_indent_is_unwrapped_at_the_width_its_lines_were_wrapped_at():
    # lynx writes headings at the margin, wider than the text it wraps at indent 3; w3m lets a word longer than the
    # width (an image's file name) stand alone past it. Neither may hide where the text was wrapped
    paragraphs = ["The ministers met in Paris on Monday and agreed to continue the talks next month, officials said.",
                  "The next round will be held in Rome, where the delegations will discuss trade, migration and "
                  "energy, and the plan for the region, which both sides called a first step towards a wider deal.",
                  "Neither side said when a deal could be signed, but both said that the talks had gone well."]
    page = ["The headline of the article, which lynx writes at the left margin of the page", ""]
    for paragraph in paragraphs:
        page += [*textwrap.wrap(paragraph, 66, initial_indent="   ", subsequent_indent="   "), ""]
    page.append("   " + "ministers-meet-in-paris-to-continue-talks-on-trade-and-migration-1280x720.jpg")
    assert max(map(len, page[2:-1])) <= 66 < len(page[0]) < len(page[-1])
    assert unwrapped(page) == [page[0], "", *(line for paragraph in paragraphs for line in ("   " + paragraph, "")),
                               page[-1]]


@pytest.mark.parametrize("width", [72, 100])
def test_a_dump_wrapped_at_a_fixed_width_gives_the_same_article(expected, width):
    name = "news360-us-cuba-2023.txt"
    lines = (EXAMPLES / name).read_text(encoding="utf-8").splitlines()
    wrapped = "\n".join("\n".join(textwrap.wrap(line, width, subsequent_indent=" " * (len(line) - len(line.lstrip())),
                                                drop_whitespace=True) or [""]) for line in lines)
    article = extract_textdump(Document(name, wrapped.encode(), "text"))
    assert article.text.split("\n") == expected[name]["body_paragraphs"]


def test_markdown_reads_as_the_text_a_renderer_writes():
    page = ("# The talks resume\n\n[Home](https://example.org/) | [World](/world)\n\n"
            "The ministers met in **Paris** on Monday and agreed to [continue the\ntalks](https://example.org/talks-"
            "\nnext-month) next month. ![A photo of the ministers](https://example.org/a.jpg)  \nA second line.\n\n"
            "  * [__ Twitter](javascript:;)\n  * Sections <!-- raw HTML -->\n"
            "    * [Politics <b>and</b> law](/politics)\n\n"
            "| Team | Points |\n|---|---|\n| Ajax | 3 |\n\n```\nx = 1 <!-- not a comment in code -->\n```\n")
    assert markdown_lines(page) == [
        "The talks resume", "", "Home | World", "",
        "The ministers met in Paris on Monday and agreed to continue the talks next month.", "A second line.", "",
        "• Twitter", "• Sections", "  • Politics and law", "", "Team  Points", "Ajax  3", "",
        "x = 1 <!-- not a comment in code -->", ""]


@pytest.mark.parametrize("name", ["minrex-cuba-us-law-enforcement-2018.txt", "news360-us-cuba-2023.txt"])
def test_a_dump_written_as_markdown_gives_the_same_article(expected, name):
    # as html2text writes a page: list items as Markdown links, a link in each paragraph, lines wrapped at 78
    markdown = []
    for line in (EXAMPLES / name).read_text(encoding="utf-8").splitlines():
        text, indent = line.strip(), len(line) - len(line.lstrip())
        if text.startswith("• "):
            markdown.append(f"{' ' * indent}* [{text[2:]}](https://example.org/{len(markdown)})")
        elif text:
            first, _, rest = text.partition(" ")
            markdown += ["", *textwrap.wrap(f"[{first}](https://example.org/{len(markdown)}) {rest}", 78,
                                            break_long_words=False, break_on_hyphens=False), ""]
    assert is_markdown("\n".join(markdown))
    article = extract_textdump(Document(name, "\n".join(markdown).encode(), "text"))
    assert article.text.split("\n") == expected[name]["body_paragraphs"]
    assert article.title == expected[name]["title"]


def test_a_dump_past_the_bound_is_read_up_to_it_and_says_so(monkeypatch):
    from storyline.extract import textdump
    from storyline.extract.site_lines import SiteLines

    page = (EXAMPLES / "news360-us-cuba-2023.txt").read_bytes()
    whole = extract_textdump(Document("news360.txt", page, "text"))
    monkeypatch.setattr(textdump, "MAX_TEXT", len(page.decode()) + 1)  # the cut falls at the end of the page
    # a table run on below the page, as a dump of a data page or of many pages run together has it
    table = "".join(f"{k}   Havana   {k * 7} tonnes   {k % 13} vessels\n" for k in range(20_000)).encode()
    doc = Document("news360-and-table.txt", page + b"\n" + table, "text", url="https://www.news360.example/a")
    article = extract_textdump(doc)
    assert article.text == whole.text and article.title == whole.title
    assert article.notes == ["text cut at 0.0 M of 0.8 M characters: the rest is not read"]
    # the site memory reads the same lines: another page of the site with the same table below shares none of it
    other = Document("other.txt", page.replace(b"Cuba", b"CUBA", 1) + b"\n" + table, "text", url=doc.url)
    shared = SiteLines().shared([doc, other])[0]
    assert shared and not any("tonnes" in line for line in shared)


@pytest.mark.skipif(shutil.which("w3m") is None, reason="w3m renders the page (benchmarks/textdump.py); not installed")
def test_a_comment_thread_read_again_does_not_replace_the_post(shared_data, tmp_path):
    # w3m renders a blog post's one paragraph, then its comments on a list: the first reading keeps the paragraph
    # (the densest run's prose); the second reads the comments as prose, and believes in none of them either
    page = "ac3c035520461017a7c5b248d8e39ef063cad4c0c7d7b7ecd68aff8f15099485"
    html = gzip.decompress((shared_data / "scrapinghub" / "html" / f"{page}.html.gz").read_bytes())
    path = tmp_path / "page.html"
    path.write_bytes(b'<meta charset="utf-8">' + decode_page(html)[0].encode("utf-8"))
    text = subprocess.run(["w3m", "-dump", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8", str(path)],
                          capture_output=True, check=True).stdout
    article = extract_textdump(Document(page, text, "text"))
    assert article.text.startswith("Our goal with hosting quarterly open threads")
    assert len(article.text) < 1000  # the post, not its comments


@pytest.mark.parametrize("name, authors", [
    ("bloghaus.hypotheses.org.2320.html", ["Ulrike Stockhausen"]),  # "26. September 2019 Ulrike Stockhausen Schreibe"
    ("netzpolitik.org.abmahnungen.html", ["Markus Reuter"]),  # "23.06.2016 um 16:14 Uhr - Markus Reuter - 91 ..."
    ("tell-review.de.heimweh.html", ["Frank Hahn"]),  # "Frank Hahn am 18. September 2019"
    ("freshideen.com-Stollenfest.html", ["Julia Steinhoff"]),  # "Julia Steinhoff / Oktober 25 2023"
    ("biathlon-antholz.it-jubeln.html", []),  # "23.01.2022 - Dorothea Wierer darf ..." is the headline
    ("bahamaslocal.com-atlantis.html", [])])  # "• General Election 2021 Results": no date, no person
def test_a_posts_date_line_names_its_author(shared_data, name, authors):
    assert _rendered_article(shared_data, name).authors == authors


def test_a_name_before_its_labelled_or_run_on_date():
    # "Stand:" labels the day; a render may run the date on the name, as inscriptis does on litradio.net
    assert metadata.authors_in_line("Sara Zinnecker Stand: 05. Februar 2020") == ["Sara Zinnecker"]
    assert metadata.authors_in_line("Nicole Collignon22. Februar 2020") == ["Nicole Collignon"]
    assert metadata.authors_in_line("Romana von Mengershausen20. November 2018") == ["Romana von Mengershausen"]
    assert metadata.authors_in_line("Stand: 05. Februar 2020") is None


@pytest.mark.parametrize("name, url, authors, published", [
    # the headline is above the 20 lines nearest the body, past the summary's list ("Das Wichtigste in Kürze"); the
    # byline and the date are under it ("Sara Zinnecker Stand: 05. Februar 2020")
    ("finanztip.de.altersvorsorge.html", None, ["Sara Zinnecker"], "2020-02-05"),
    ("outdoor-magazin.com-vanlife.html", "https://www.outdoor-magazin.com/outdoor-szene/vanlife-in-schweden/", [],
     "2022-01-06")])
def test_the_byline_and_date_under_a_headline_far_above_the_body(shared_data, name, url, authors, published):
    article = _rendered_article(shared_data, name, url)
    assert (article.authors, article.published) == (authors, published)


@pytest.mark.parametrize("page, authors", [
    ("a6968f427cdb786531cfb326518e674bd8b48af94df7c5c6165cdf40e944357a", ["Meg Kinnard", "Errin Haines"]),
    ("05844573ca7e1fba714d715bb11ca08c26e25328999c74a1cb3bc8a0e4399f0f", ["Tom Krisher"])])
def test_the_byline_under_the_first_copy_of_a_headline_that_a_gallery_writes_again(shared_data, page, authors):
    # the headline, its byline ("Meg Kinnard and Errin Haines, Associated Press") and its date, then a gallery whose
    # captions end with the headline again, just above the body
    article = _dump_article(shared_data, page)
    assert (article.authors, article.published) == (authors, "2019-11-20")


@pytest.mark.parametrize("name, authors", [
    ("hss.de-Regierung.html", ["Uta Staschewski"]),  # "Autorin: Uta Staschewski, Projektleiterin ..." mid-page
    ("gartenjournal.net-Zaubernuss.html", ["Ursula Eggers"]),  # "Text: Ursula Eggers" before the tips that follow
    ("weinlachgummis.blogspot.com.rezi.html", ["Weinlachgummi"]),  # "Eingestellt von Weinlachgummi um 10:52"
    ("elavegan.com-Peanut.html", ["Ela"])])  # "By Ela on 31. October, 2023 | 18 Comments. This post may ..."
def test_a_signature_inside_the_article_and_a_byline_in_a_long_lines_first_cell(shared_data, name, authors):
    assert _rendered_article(shared_data, name).authors == authors


def test_names_alone_in_a_long_lines_first_cell_are_read_on_that_line():
    # the cell is no row of the header: it used to raise a KeyError when its names were weighed as a menu's entry
    body = "\n".join(["The council voted on Tuesday to close the old bridge for repairs, citing safety concerns "
                      "raised by engineers last year."] * 6)
    cells = " | ".join(["18 Comments", "Updated", "Share", "Tweet", "Email", "Print", "Follow", "More", "Tags",
                        "Bridge", "Council", "City", "Repairs", "Engineers", "Safety", "News", "Local"])
    page = f"• Home\n• News\n\nBridge to close for repairs\n\n• Maria Schneider | {cells}\n\n{body}\n"
    article = extract_textdump(Document("bridge", page.encode("utf-8"), "text"))
    assert article.title == "Bridge to close for repairs"
    assert "The council voted on Tuesday" in article.text


@pytest.mark.parametrize("name, authors", [
    ("taz.de.siemens.html", ["Ingo Arzt"]),  # under the commentary: "Kommentar von", then "Ingo Arzt"
    ("waldwiesen.net-holländerholzhandel.html", ["Joachim Hamberger"])])  # "Dokumenteninfos" / "Autoren" / the name
def test_a_signature_whose_label_stands_on_the_line_above_its_names(shared_data, name, authors):
    assert _rendered_article(shared_data, name).authors == authors


def test_a_byline_among_the_first_cells_of_a_long_line(shared_data):
    # "Veröffentlicht: 05.01.2020 | Autor: gnaddrig | Abgelegt unter: ... | Tags: ..." above the post: only its first
    # cell was read, the date alone
    assert _rendered_article(shared_data, "gnadlib.wordpress.com.scherenschnitt.html").authors == ["gnaddrig"]


def test_a_line_that_says_it_signs_the_post_before_names_alone_above_it(shared_data):
    # Blogger's "Posted by T. V. Raman at 2:33 PM" under the post, where the page's title above read as a name
    assert _rendered_article(shared_data, "emacspeak.blogspot.com.meta.html").authors == ["T. V. Raman"]
    body = "\n\n".join(["The council voted on Tuesday to close the old bridge for repairs, citing safety concerns "
                        "raised by engineers last year."] * 6)
    page = "• Home\n• News\n\nBridge to close for repairs\n\nMaria Schneider\n\n{}\n\n{}\n\n• About us\n"
    signed = extract_textdump(Document("bridge", page.format(body, "Posted by Tom Baker at 10:12 AM").encode(), "text"))
    assert signed.authors == ["Tom Baker"]
    unsigned = extract_textdump(Document("bridge", page.format(body, "Share this post").encode(), "text"))
    assert unsigned.authors == ["Maria Schneider"]
    # under the post, a signature that runs on with its tags ("Posted by Günter W. Kienitz at 18:52 Tagged with: ...")
    assert _rendered_article(shared_data, "archive.peptalks.de.schulnoten.html").authors == ["Günter W. Kienitz"]
    # a form's field label names no author ("Author Name" above a comment box)
    assert metadata.authors_in_line("Author Name", bare=False) is None


@pytest.mark.parametrize("name, author", [
    # WordPress's "Posted by Nesselsetzer under Just For Fun, Rebloggt | Schlagwörter: ..." above the post
    ("archive.org.nesselsetzer.wordpress.com.antipoden.html", "Nesselsetzer"),
    ("sibenlab.blogspot.com.privacy.html", "Unknown"),  # Blogger's "Publié par Unknown à 08:00" under the post
])
def test_a_byline_ends_at_the_word_before_its_category_or_time(shared_data, name, author):
    assert _rendered_article(shared_data, name).authors == [author]
    assert metadata.authors_in_line(f"Posted by {author} under Uncategorized", bare=False) == [author]


@pytest.mark.parametrize("name, authors", [
    ("rete-mirabile.net.15jahre.html", ["Andreas Kalt"]),  # "Posted on 28. Juli 2019... Author Andreas Kalt4 ..."
    ("swr.de-volleyball.html", ["Julius Richter"]),  # "STAND 21.4.2021 , 16:41 Uhr AUTOR/IN Julius Richter"
    ("wmn.de.krankheit.html", ["Nadja Demel"]),  # "von Nadja Demel13.12.2022 - 08:13 Uhr..."
    ("siegessaeule.de-Machtinstrument.html", ["Paula Balov"]),  # not the "Interview mit Autorin Katrin Kämpf"
    ("helge.at.mahu.html", ["Helge Fahrnberger"]),  # "Post author By Helge Fahrnberger"
    ("kleinegruenemonster.wordpress.com.start.html", ["KleineGrüneMonster"])])  # "... Ein Kommentar" after it
def test_an_author_label_after_the_date_and_the_counts_after_the_name(shared_data, name, authors):
    assert _rendered_article(shared_data, name).authors == authors


@pytest.mark.parametrize("name, authors", [
    ("edition.cnn.com-royal.html", ["Rob Picheta"]),  # "By Rob Picheta , CNN" 45 lines above, past a video box
    ("metrotimes.com-Mezcal.html", ["Jane Slaughter"]),  # "By Jane Slaughter on Thu, Nov 9, 2023 at 4:00 am"
    ("zdf.de.corona.html", ["Andreas Kürten"]),  # "von Andreas Kürten", past a picture's caption and share buttons
    ("sprechblase.wordpress.com.zapfsaeulen.html", ["Cem Basman"]),  # "Veröffentlicht von Cem Basman"
    ("nestle-family-com-chicken.html", []),  # the menu's "• By Course or Type", "• By Cuisine"
    ("demokratiewebstatt.at.luft.html", []),  # the menu's "• Von Wiener Walzer und Mozartkugeln"
    # a "von" in a sentence, far from the word that would make it a byline's ("Interview mit ... von Silkes Weinkeller")
    ("silkes-weinkeller.de-dekantieren.html", [])])
def test_a_byline_far_above_the_article_but_no_menu_item(shared_data, name, authors):
    assert _rendered_article(shared_data, name).authors == authors


@pytest.mark.parametrize("name, authors", [
    ("baumev.de.Transformationslabor.html", ["Jan Koch"]),  # not the menu's "• Green Event" between "• Partner"...
    ("eishockeynews.de-halbfinale.html", ["Stefan Wasmer"]),  # ... nor "• PENNY DEL" by "• Aktuell", "• DEL2"
    ("bos-fahrzeuge.info-haubenfahrzeuge.html", ["Klausmartin Friedrich"]),  # "• Beste Fotos"
    ("bmbf.de.energiewende.html", []),  # "• Green Economy"
    ("cbsnews.com.carolina.html", []),  # "• Green Room"
    # a listed byline beside its date ("• 25. Juli 2019") or its article's line
    ("management-circle.de.glasses.html", ["Isabella Beyer"]),
    ("bike-magazin.de-strava.html", ["Stefan Loibl"])])
def test_a_name_in_a_menu_is_no_byline(shared_data, name, authors):
    assert _rendered_article(shared_data, name).authors == authors


@pytest.mark.parametrize("name, authors", [
    ("mix1.de-clio.html", []),  # "Leslie Clio präsentiert das Album 'Brave New Woman'": whom the article is about
    ("laweekly.com-Cultivation.html", []),  # "Meet Cultural Cultivation Artist Alexandria Douziech"
    ("luxuryhaven.co.hyatt.html", [])])  # "Nam Nghi Phu Quoc, The Unbound Collection by Hyatt Officially Opens"
def test_a_name_that_the_headline_names_is_no_byline(shared_data, name, authors):
    assert _rendered_article(shared_data, name).authors == authors
