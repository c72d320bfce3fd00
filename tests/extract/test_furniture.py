"""The site's lines inside an article's box: reading times, a blog post's footer, date lines, disclosures, what the
site's forms say, the comments' heading, the place-holders of embedded posts and the site's licence (elsewhere.py and
consent.py have their own tests). Each kind is tested with lines the gold leaves out and a sentence of an article that
holds the same words."""
import pytest

from storyline.extract.furniture import the_sites
from tests.extract.test_textdump import _dump_article, _rendered_article


def test_reading_times_and_post_footers_are_the_sites():
    for line in ("Tempo de leitura: 2 minutos", "5 min read", "Lesezeit: 2 Minuten", "Reading time: 4 minutes",
                 "Posted in Open thread | Permalink | 10 Comments", "Related post: Pickled Brussels Sprouts Recipe"):
        assert the_sites(line), line
    # the words inside the article's sentences
    assert not the_sites("Reading time is 5 minutes for most of the pupils, the study found.")
    assert not the_sites("Posted in 2019, the video | it was seen by millions")


def test_date_lines_and_disclosures_are_the_sites():
    for line in ("First published on November 19, 2019 / 8:16 AM", "Aktualisiert am 17.01.2021.",
                 "Letzte Änderung 14.02.2019", "Anzeige, enthält Affiliate Links",
                 "We may receive compensation if you visit partners we recommend. Read our advertiser disclosure.",
                 "Submit your letter to the editor via this form. Read more Letters to the Editor."):
        assert the_sites(line), line
    assert not the_sites("Published in 2019, the book sold well.")  # no day
    assert not the_sites("Stand der Dinge ist seit dem 3. Mai 2019, dass die Stadt nicht zahlt und der Verein wartet.")


def test_what_the_sites_forms_say_is_the_sites():
    for line in ("Thanks for signing up!", "There was an error processing your subscription.",
                 "Like this story? Share it with a friend!", "Media playback is unsupported on your device",
                 "This site is protected by recaptcha Privacy Policy | Terms of Service",
                 "Write to Al Root at allen.root@dowjones.com", "GET FOX BUSINESS ON THE GO BY CLICKING HERE",
                 "Have a tip? Amy Kuperinsky may be reached at akuperinsky@njadvancemedia.com. Follow her on Twitter.",
                 "To reach the reporter behind this story, contact Tatyana@citylimits.org.",
                 "Reach the writer at jdoe@example.com.",
                 "Email Tariq Malik at tmalik@space.com or follow him @tariqjmalik."):
        assert the_sites(line), line
    assert not the_sites("She wrote to her friend at home that the subscription had lapsed.")
    assert not the_sites("The summit can be reached at dawn from the hut; rangers can be reached at the station.")
    assert not the_sites("By clicking here and there, the cat reset the router.")
    assert not the_sites("Email traffic at the ministry fell by half, a spokesman told reporters at a briefing.")


def test_the_heading_of_the_comments_is_the_sites():
    for line in ("Comments", "comments", "3 Kommentare", "Comments (12)", "Leave a Reply", "No Comments",
                 "Schreibe einen Kommentar", "Join the Conversation"):
        assert the_sites(line), line
    for line in ("No comment.", "Comments from the minister were sharp.", "Replies came within the hour."):
        assert not the_sites(line), line


def test_place_holders_of_embedded_posts_and_videos_are_the_sites():
    for line in ("View this post on Instagram", "Ein Beitrag geteilt von ZEITmagazin (@zeitmagazin)",
                 "Sieh dir diesen Beitrag auf Instagram an", "Dein Browser kann dieses Video nicht abspielen.",
                 "Zum Vergrößern bitte anklicken", "Click to expand...", "Empfohlener redaktioneller Inhalt",
                 "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit können personenbezogene"
                 " Daten an Drittplattformen übermittelt werden."):
        assert the_sites(line), line
    # an article about them
    assert not the_sites("Kym Lino, a spokesperson for Instagram, confirmed that the post was shared by the company.")


@pytest.mark.parametrize("line, the_sites_licence", [
    ("Content of this site is licensed under a Creative Commons License", True),
    ("If not explicitly specified otherwise, this work is licensed under a Creative Commons Attribution 2.0 Generic "
     "License", True),
    ("Dieses Werk ist unter einer Creative Commons-Lizenz lizenziert. Es sei denn es sind andere Regeln im Beitrag "
     "erwähnt.", True),
    ("Die Bilder in diesem Blog stehen unter einer Creative Commons Namensnennung-NichtKommerziell-KeineBearbeitung "
     "3.0 Unported Lizenz.", True),
    ("Über diese Lizenz hinausgehende Erlaubnisse können Sie unter kulinariaathome.epost (a) gmx.de erhalten.", True),
    ("Permissions beyond the scope of this license may be available at example.org.", True),
    # an article about the licences, and a picture's credit
    ("Die Broschüre ist unter der Creative-Commons-Lizenz veröffentlicht CC BY-SA 4.0", False),
    ("All images of public-domain works in the Met's collection are openly available under Creative Commons Zero "
     "(CC0).", False),
    ("Die Textausschnitte stammen zum Teil aus der freien Enzyklopädie Wikipedia und sind unter der Creative Commons "
     "Attribution/Share Alike Lizenz verfügbar.", False),
    ("Nicht labern, ranklotzen! BrandenburgerInnen haben immer zu tun. Foto: Timur | flickr| CC BY 2.0", False),
    ("Creative Commons Lizenzen unterstützen eine Kultur des Teilens und der Weiterentwicklung.", False),
    ("Permissions beyond the scope of this licence are rare, she said.", False),
])
def test_the_sites_licence_against_sentences_about_licences(line, the_sites_licence):
    assert the_sites(line) == the_sites_licence


@pytest.mark.parametrize("name, line", [
    # trafilatura-eval pages rendered as text: the gold leaves the licence out
    ("jan-grosser.de.xum1541.html", "If not explicitly specified otherwise, this work is licensed under a Creative "
                                    "Commons Attribution 2.0 Generic License"),
    ("alexanderlasch.wordpress.com.sprachgeschichte.html", "Alle Artikel und Inhalte dieses Blogs stehen unter"),
])
def test_the_sites_licence_leaves_a_dumps_body(shared_data, name, line):
    body = _rendered_article(shared_data, name).text
    assert line not in body and len(body) > 500


@pytest.mark.parametrize("page, lines", [
    ("23aaecd14171f96cfd201a8a46666097e286ad71f74f29347a78c5ecba50da1e", ["Tempo de leitura: 1 minuto"]),
    ("ac3c035520461017a7c5b248d8e39ef063cad4c0c7d7b7ecd68aff8f15099485",
     ["Posted in Open thread | Permalink | 10 Comments"]),
    ("c7e39ac49fa1235f5d50f83bf2444248bd3aa4e6df044377916c812dd109ba23",
     ["Image copyright Reuters", "Media caption Julian Assange being dragged from the Ecuadorean embassy in London"])])
def test_the_sites_lines_leave_a_dumps_body(shared_data, page, lines):
    # kept by the classifier inside the article's box; none is in the gold body
    body = _dump_article(shared_data, page).text.splitlines()
    assert len(" ".join(body).split()) > 30  # the article stays
    for line in lines:
        assert line not in body


def test_the_densest_runs_prose_leaves_the_sites_lines_out(shared_data):
    # the classifier believes no line of this blog's page rendered as text, so the densest run's prose is read; the
    # site's licence in the sidebar is in that run
    body = _rendered_article(shared_data, "nurmeinstandpunkt.wordpress.com.blogposting.html").text
    assert "Dieses Werk ist unter einer Creative Commons-Lizenz lizenziert." not in body
