import pytest

from storyline.extract.elsewhere import sends_elsewhere
from storyline.extract.html import extract_html
from storyline.model import Document
from tests.conftest import trafilatura_eval_html
from tests.extract.test_textdump import _dump_article, _rendered_article


def test_labels_that_point_to_another_article():
    assert sends_elsewhere("Read more: Looted colonial art: Germany to set up new contact office")
    assert sends_elsewhere("Lea también: Impiden ingreso a Nicaragua a reportero y camarógrafo estadounidense")
    assert sends_elsewhere("VEA TAMBIÉN: Entre heces y guaricha")
    assert sends_elsewhere("Czytaj też:")
    assert sends_elsewhere("Schon gelesen?")
    assert sends_elsewhere("LE PUEDE INTERESAR: La ficha de Juan Orlando Hernández en el MDC de Nueva York")
    assert sends_elsewhere("Noticias relacionadas:")
    # the words inside a sentence, or without the label's mark, are the article's own
    assert not sends_elsewhere("Read more about the plan in the report the ministry published on Monday.")
    assert not sends_elsewhere("Weiterlesen lohnt sich, sagt die Autorin.")
    assert not sends_elsewhere("Leggi anche")  # a label alone, without its mark, stands in a gold body
    # the heading of a list of other articles, alone on its line
    assert sends_elsewhere("You may also like...")
    assert sends_elsewhere("Das könnte dich auch interessieren …")
    assert sends_elsewhere("Beliebte Beiträge zum Thema:")
    assert not sends_elsewhere("You may also like the second season more than the first, the critic wrote.")
    assert sends_elsewhere("Das Thema könnte dich auch interessieren:")
    assert sends_elsewhere("weitere Inhalte zum Thema")
    # headings that the gold leaves out of trafilatura-eval's articles (HTML and rendered as text)
    for heading in ("Mehr zum Thema", "Lesen Sie auch", "Lesen Sie auch die folgenden Beiträge:", "Zum Weiterlesen:",
                    "Mehr Themen:", "weitere Inhalte zu »Preise«", "Weitere Beiträge aus der Kolumne:",
                    "Weitere Pressemitteilungen dieses Verbands", "Schlagwörter", "À lire aussi", "Weitere Themen",
                    "Mehr zum Thema auf UEPO.de", "Lesen Sie hier: Spielabbruch in der Kreisliga",
                    "Auch lesen: Diese 3 Sternzeichen", "À lire aussi » Ballonnements, lourdeurs",
                    "Never miss the latest news by signing up to our newsletter today!"):
        assert sends_elsewhere(heading), heading
    assert not sends_elsewhere("Mehr zum Thema Klima steht im Bericht des Ministeriums.")


def test_headlines_tagged_with_their_kind_link_to_other_articles():
    # express.co.uk's links inside the text
    for line in ("Plane passengers quarantined after BUBONIC PLAGUE outbreak [NEWS]",
                 "China furious at Macron for Hong Kong protest jibe [INSIGHT]|"):
        assert sends_elsewhere(line), line
    # a tag alone cites the source of a quote above it (digg's gold keeps "[ CNET ]"); brackets inside a sentence
    assert not sends_elsewhere("[CNET]")
    assert not sends_elsewhere("The law [SB 54] was signed by the governor in October [AP].")


def test_links_to_articles_under_the_sites_name_or_a_see_more_label():
    assert sends_elsewhere("Also on rt.com Journalists & politicians from Morales’ party threatened with arrests")
    assert sends_elsewhere("SEE MORE: Hong Kong protests: 800 students under siege in university")
    # linknaija's gold keeps the label over its photos; a sentence that names a network is the article's
    assert not sends_elsewhere("See more photos:")
    assert not sends_elsewhere("Also on Facebook, the group posted a video of the march.")


def test_links_to_the_previous_or_the_next_post():
    assert sends_elsewhere("← Aachen 1933 – 1945")
    assert sends_elsewhere("Daphni ist wieder da schreibt jetzt Uri Avnery und berichtet Weiterlesen →")
    # an arrow inside a line is the article's ("Menu → Settings")
    assert not sends_elsewhere("メニューから「その他」→「ファイルの場所を開く」")


def test_links_back_forward_or_to_the_top_alone_on_their_line(shared_data):
    for line in ("Zurück", "zurück zur Listenansicht", "Zurück zum Inhaltsverzeichnis", "Weiter »", "Next Page",
                 "Back to top", "« Older posts", "Nächster Artikel"):
        assert sends_elsewhere(line), line
    # the same words opening the article's own lines
    for line in ("Zurück in die Zukunft", "Next steps", "Weiter so!", "Back in 2018, the two sides met in Havana."):
        assert not sends_elsewhere(line), line
    # spektrum.de rendered as text: a link back to the contents under each section of the article
    dump = _rendered_article(shared_data, "spektrum.de.coronavirus.html").text
    assert "Zurück zum Inhaltsverzeichnis" not in dump and len(dump) > 5000


def test_prompts_to_register_or_subscribe_before_reading_on():
    assert sends_elsewhere("Kostenlos registrieren und weiterlesen")
    assert sends_elsewhere("Schon registriert? Hier einloggen")
    assert sends_elsewhere("To view the full story, please subscribe to The Haitian Times. You can choose a $60 Annual "
                           "Subscription or a $5 Weekly Pass.")
    assert sends_elsewhere("Continue Reading Below")
    # a page on how to take part says so at length; an article reports on registration
    assert not sends_elsewhere("Registrieren Sie sich jetzt und machen Sie mit: Bewerten Sie Ihre Lieblingsmarken "
                               "auf Foren und Blogs, teilen Sie Fotos und Videos, sprechen und diskutieren Sie mit "
                               "Freunden.")
    assert not sends_elsewhere("Wer sich kostenlos registrieren will, braucht nur eine E-Mail-Adresse, sagte sie.")


def test_the_mark_of_an_advertisement_alone_on_its_line():
    assert sends_elsewhere("- Anzeige -") and sends_elsewhere("REKLAMA") and sends_elsewhere("Advertisement")
    assert not sends_elsewhere("Die Anzeige erschien am Montag in drei Zeitungen.")


def test_appeals_for_the_sites_money():
    assert sends_elsewhere("Jetzt spenden!")
    assert sends_elsewhere("Deshalb unterstütze uns (monatlich oder auch einmalig) und wir sorgen weiterhin für "
                           "lesbischen Journalismus im Internet.")
    assert sends_elsewhere("Slate relies on advertising to support our journalism. If you value our work, please "
                           "disable your ad blocker.")
    # a product testers' page asks its readers to take part, an article quotes a plea
    assert not sends_elsewhere("Werden Sie ein Teil der großen Nestlé Produkttester-Community und unterstützen Sie "
                               "uns dabei, unsere Produkte noch besser zu machen.")
    assert not sends_elsewhere('"They should support our journalism," the editor said at the hearing.')


def test_invitations_to_the_sites_channels():
    assert sends_elsewhere("Follow The Gleaner on Twitter and Instagram @JamaicaGleaner")
    assert sends_elsewhere("Abonniere unseren Newsletter")
    assert sends_elsewhere("Siguenos en Telegram, Instagram, Facebook y Twitter para recibir en directo las noticias")
    assert sends_elsewhere("Zapraszamy też do subskrypcji tygodnika w Sieci Przyjaciół – www.siecprzyjaciol.pl i "
                           "oglądania ciekawych audycji telewizji wPolsce.pl.")
    # the newsletter's, its verb anywhere in the line
    assert sends_elsewhere("Newsletter abonnieren und 10€ Gutschein sichern!")
    assert sends_elsewhere("Keine Neuigkeiten aus der Medien-Branche mehr verpassen: Abonnieren Sie kostenlos die "
                           "MEEDIA-Newsletter und bleiben Sie über alle aktuellen Branchen-Entwicklungen informiert.")
    assert sends_elsewhere("There's plenty more where that came from. Sign up for The Water Coolest today to get the "
                           "free daily newsletter delivered to your inbox daily.")
    # the outlet's pages on the topic
    assert sends_elsewhere("Follow AP's full coverage of Brexit and British politics at https://www.apnews.com/Brexit")
    assert sends_elsewhere("Follow our coverage of the election here.")
    # the same words in the article's own sentences
    assert not sends_elsewhere("Subscribers to the newsletter rose by a third, the company said on Twitter.")
    assert not sends_elsewhere("Readers had to sign up before they could comment, and the newsletter lost a third.")
    assert not sends_elsewhere("Follow the road north for two miles and you reach the village.")
    assert not sends_elsewhere("Follow-up coverage of the trial was thin, and the verdict drew little notice.")
    assert not sends_elsewhere("Zapraszamy wszystkich mieszkańców na festyn w sobotę, mówi burmistrz.")


def test_invitations_inside_the_line_or_to_the_sites_own_channel():
    # the verb opening a later sentence, or after what the site offers
    assert sends_elsewhere("¿Ya sabías que en Guatemala.com tenemos canal de Telegram? Únete desde tu celular en este "
                           "enlace de invitación.")
    assert sends_elsewhere("For the latest stories and breaking news updates download the Nationnews apps for iOS and "
                           "Android.")
    assert sends_elsewhere("Mike Wall's book about the search for alien life is out now. Follow him on Twitter "
                           "@michaeldwall.")
    # the channel called the site's own
    assert sends_elsewhere("¡Mira lo que tiene nuestro canal de YouTube!")
    assert sends_elsewhere("Lust auf mehr? Lass dir die besten Storys jede Woche in deinen Posteingang liefern. "
                           "Melde dich hier für unseren Newsletter an!")
    assert sends_elsewhere("Puede escribirnos a nuno@esmateria.com o seguir a Materia en Facebook, Twitter, "
                           "Instagram o suscribirse aquí a nuestra newsletter.")
    # an article's own sentences: no channel, a channel that is not the site's, or a paragraph
    assert not sends_elsewhere("He paused. Follow the money, he said, and you will find the men who paid.")
    assert not sends_elsewhere("He said on Twitter that he would appeal. Join the queue, his critics replied.")
    assert not sends_elsewhere("Our app may use this permission to get your IMEI as your device ID.")
    assert not sends_elsewhere("For the latest figures the ministry asked Facebook and Google, who declined to "
                               "comment.")
    assert not sends_elsewhere("In our newsletter last week we asked readers what they make of the plan; " * 3)


def test_invitations_inside_the_line_leave_the_body(shared_data):
    for name, invitation in [("nationnews.com-tridents.html", "download the Nationnews apps"),
                             ("guetemala.com-nicole.html", "canal de Telegram")]:
        page = trafilatura_eval_html(shared_data, name)
        article = extract_html(Document(name, page, "html"))
        assert invitation not in article.text and len(article.text) > 1000
        assert invitation not in _rendered_article(shared_data, name).text


def test_links_to_other_articles_inside_the_body_are_left_out(shared_data):
    html = extract_html(Document("dw", trafilatura_eval_html(shared_data, "dw.com.colonial.html"), "html")).text
    assert "Read more:" not in html and "Looted colonial art" not in html
    assert "colonial" in html and len(html) > 3000
    page = "360c732d1fdbfc6895d7096c0c0b8c0d581bb1af80160f4c6a0f1fd9ff85e469"
    dump = _dump_article(shared_data, page).text
    assert "Read more:" not in dump and "Alibaba" in dump


def test_the_items_of_a_list_of_other_articles_leave_a_dumps_body(shared_data):
    # express.co.uk: "Related articles", then four headlines as list items, inside the article's box
    dump = _dump_article(shared_data, "ba4dfe2d3e817ff7b8b01172ccc307850fc5469bcdd26c3c48ca046cb88ab7cf").text
    assert "Horror as plague of killer mosquitos are headed to Britain" not in dump
    assert "Bible bombshell" not in dump and "bubonic plague" in dump


@pytest.mark.parametrize("name, line", [
    # rendered as text, the heading stood as the body's last line, its list of headlines already left out
    ("archive.peptalks.de.schulnoten.html", "Verwandte Artikel:"),
    ("knowtechie.com.rally.html", "Editors’ Recommendations:"),
    ("ok-magazin.de.einbetoniert.html", "Diese Artikel könnten dich auch interessieren:"),
    ("laestrella.com.pa-laboral.html", "Temas relacionados:"),
    ("uusisuomi.fi.angela.html", "Lue seuraavaksi:"),
    # the newsletter's offer with no verb to subscribe: its name, or what it sends and where
    ("pcgamer.com.skyrim.html", "PC Gamer Newsletter"),
    ("jobsnhire.com.health.html", "Get the Most Popular Jobs&Hire Stories in a Weekly Newsletter"),
    ("blog.amp.dev.axios.html", "Get the latest updates, event announcements, community discussions, and advanced "
                                "tutorials straight to your inbox with the AMP newsletter."),
    # a bare label ("Lea:", "Mire:"), then another article's headline
    ("100noticias.com-millones.html", "Lea: Consejo Permanente de OEA aborda este miércoles confiscación"),
    ("diaadia.com.pa-ulpiano.html", "Mire: El cantante Juan Luis Guerra da positivo a COVID-19"),
    ("soy502.com-capturan.html", "MIRA: Madre se acerca a conocer los motivos de captura de su hijo"),
    # the article's tags after their label
    ("haufe.de-ordnungsgeld.html", "Schlagworte zum Thema: Rechtsanwalt, Anwalt, Coronavirus, Bußgeld, Justiz"),
    ("she-works.de.sport.html", "Schlagwörter: Frauen aus der Sportwelt"),
    ("dbjr.de.bundespraesident.html", "Themen: Ehrenamt Jugendverbände"),
])
def test_the_sites_line_leaves_a_dumps_body(shared_data, name, line):
    body = _rendered_article(shared_data, name).text
    assert line not in body and len(body) > 500
    assert sends_elsewhere(line)


def test_a_sentence_that_opens_like_such_a_heading_stays():
    assert not sends_elsewhere("Verwandte Artikel zeigen, wie die Eltern Mozarts dachten.")


@pytest.mark.parametrize("line, elsewhere", [
    # the newsletter's offer
    ("Headlines Delivered to Your Inbox", True),
    ("Get The Times of Israel's Daily Edition by email and never miss our top stories", True),
    ("The newsletter", False),
    ("Get out, she wrote in an email to the board on Friday.", False),
    ("Phishing emails are often delivered to your inbox looking like invoices.", False),
    ("Inhalte für den nächsten Newsletter:", False),
    # the article's tags
    ("Filed Under:Eastern Equine Encephalitis , EEE , health , Michigan , mosquito-borne virus", True),
    ("• Tags:", True),
    ("Themen: Die Regierung hat den Haushalt beschlossen. Sie will sparen.", False),
    ("Tag: Samstag, 14 Uhr", False),
    ("Tagged as a terrorist, he fled the country in 2019.", False),
    # a bare label before a headline, and an interview's lines
    ("Read: Two disasters are exponentially worse than one", True),
    ("Siehe auch:", True),
    ("Lea: Ja, genau.", False),
    ("Mira: No lo sé, creo que sí.", False),
    ("Readers: send us your photos of the storm", False),
])
def test_the_sites_line_against_sentences_that_stay(line, elsewhere):
    assert sends_elsewhere(line) is elsewhere
