"""Lines inside an article's text that send the reader elsewhere: to another article ("Read more: ...", "Lea también:
...", "Lesen Sie auch:", "Czytaj też: ...", a list's heading "You may also like", the next post "... →"), to the
site's channels ("Follow us on Twitter", "Subscribe to our newsletter", "Síguenos en Telegram"), to its registration
("Kostenlos registrieren und weiterlesen"), its donations ("Jetzt spenden!") or an advertiser ("- Anzeige -").
They are the site's, not the article's: both extractors drop them from the body. What each kind did
(benchmarks/extraction.py, benchmarks/textdump.py):
- links to articles: on trafilatura-eval, 28 such lines that the HTML and text-dump extractors kept held a snippet the
  gold leaves out, none one it keeps; the 181 scrapinghub dumps kept 8, none in the gold bodies (dumps F1 .948 ->
  .949, nested cross-validation by site .940 -> .941; HTML snippet F1 .927 -> .928, scrapinghub unchanged at .975;
  the Spanish "(le) puede interesar:" and "noticias relacionadas:" labels then took HTML snippet precision .926 ->
  .927);
- invitations: trafilatura-eval snippet precision .927 -> .928 (HTML), .883 -> .885 (dumps); none held a snippet the
  gold keeps; of 5 on the 181 dumps, one stands in a gold body ("Follow NBC Latino on Facebook, ..."), F1 unchanged;
- newsletter invitations with the verb inside the line: scrapinghub HTML F1 .9753 -> .9757, dumps .9487 -> .9490;
  trafilatura-eval snippet F1 HTML .9291 -> .9293, dumps .8588 -> .8592 (precision); none in a gold body;
- headings of lists of other articles alone on their line: scrapinghub HTML .9757 -> .9758, dumps .9490 -> .9491;
  trafilatura-eval dumps .8592 -> .8600 (precision), HTML the same (2 headings dropped);
- prompts to register or subscribe: dumps .9491 -> .9492; trafilatura-eval HTML .9293 -> .9294, dumps .8600 ->
  .8607;
- marks of an advertisement alone on their line: trafilatura-eval dumps .8607 -> .8609 (14 HTML and 13 dump bodies
  lose one);
- appeals for money: trafilatura-eval HTML .9294 -> .9296, dumps .8609 -> .8610 (precision); the 181 dumps and
  scrapinghub HTML the same (F1 to three places);
- more list headings ("Das Thema könnte dich auch interessieren:", "weitere Inhalte zu ...") and links to the previous
  or the next post ("← Aachen 1933 – 1945", "... Weiterlesen →"): trafilatura-eval dumps .8610 -> .8613, HTML
  .9296 -> .9297 (precision); the 181 dumps and scrapinghub HTML the same;
- headings "Mehr zum Thema", "Lesen Sie auch", "Zum Weiterlesen:", "Weitere Beiträge aus ...", "Schlagwörter":
  trafilatura-eval dumps .8621 -> .8633, HTML .9301 -> .9305 (precision; 13 and 4 lines dropped, none with a gold
  snippet); the 181 dumps and scrapinghub HTML the same;
- links back, forward or to the top alone on their line ("Zurück zur Übersicht", "Weiter »", "Back to top"):
  trafilatura-eval dumps .8659 -> .8665 (precision); the 181 dumps the same (4 such lines dropped from the flat ones,
  none in a gold body), HTML unchanged;
- invitations whose verb opens a later sentence of the line, and the site's channel called its own ("nuestro canal de
  YouTube", "unseren Newsletter"): trafilatura-eval HTML .9339 -> .9349, dumps .8747 -> .8756 (precision; 8 and 11
  lines dropped, 6 of each holding a snippet the gold leaves out, none one it keeps); scrapinghub HTML .9777 -> .9779 and
  the 181 dumps each alone .9548 -> .9549 (an author's "Follow him on Twitter", none in a gold body);
- headings of other articles in more words ("Verwandte Artikel:", "Editors' Recommendations:", "Temas relacionados:",
  "Lue seuraavaksi:", "Diese Artikel könnten euch auch interessieren"): trafilatura-eval dumps .8756 -> .8758
  (precision; 10 headings left the ends of 7 bodies, one of them ending the article above a teaser, none in a gold
  body), HTML .9349 unchanged (6 headings), the 181 dumps unchanged;
- the Polish invitation ("Zapraszamy też do subskrypcji tygodnika ..."): trafilatura-eval HTML .9349 -> .9350, dumps
  .8758 -> .8759 (one line the gold leaves out), the 181 dumps and the 107 WARC records unchanged;
- a newsletter's offer with no verb to subscribe ("Get ... in a Weekly Newsletter", "Headlines Delivered to Your
  Inbox") and its name alone ("PC Gamer Newsletter"): trafilatura-eval dumps .8759 -> .8766, HTML .9350 -> .9353
  (precision; 5 and 3 lines, none in a gold snippet); one line ("Pick Six Newsletter") leaves the 181 dumps, not in
  the gold body; the 107 WARC records unchanged;
- the article's tags after their label ("Tags: ...", "Schlagworte zum Thema: ...", "Filed Under: ...", "Themen: ..."):
  trafilatura-eval dumps .8766 -> .8772 (precision; 11 lines, none in a gold snippet), HTML .9353 unchanged (4 lines,
  unscored); 2 lines leave each form of the 181 dumps, none in a gold body (F1 to three places the same); the 107
  WARC records unchanged;
- a bare label that is also a name or a verb ("Lea:", "Mire:", "Read:", "Siehe auch:") before a headline with no stop:
  trafilatura-eval dumps .8772 -> .8776 (precision; 6 lines, none in a gold snippet), HTML .9353 unchanged (one
  heading, unscored); the 181 dumps and the 107 WARC records unchanged."""
from __future__ import annotations

import re

_LABELS = (r"(?:read more|read also|see also|see more|related(?: posts?| articles?| stor(?:y|ies)| reading| coverage)?|"
           r"more on this|lea también|lea más|lee también|vea también|"
           r"ver también|puedes ver|mira también|(?:también )?(?:le|te) puede interesar|notas relacionadas|"
           r"noticias relacionadas|weiterlesen|mehr zum thema|lesen sie auch|lesen sie mehr|lesen sie hier|auch lesen|"
           r"auch interessant|"
           r"schon gelesen|lire aussi|à lire aussi|voir aussi|leggi anche|zobacz też|zobacz także|czytaj też|"
           r"czytaj także|leia também|veja também)")
# the label, then a colon (or "?", "!") and the linked headline, or nothing (the label alone, without its mark, is
# left: "Leggi anche" stands in a scrapinghub gold body)
CROSS_REFERENCE = re.compile(rf"{_LABELS}\s*[:?!»]", re.IGNORECASE)
# a bare label that is also a name or a verb of a sentence ("Lea: ...", "Mira: ...", "Read: ..."), then another
# article's headline: a headline ends in no stop, where a line of an interview ("Lea: Ja, genau.") ends in one
_BARE_LABEL = re.compile(r"\W*(?:read|watch|lea|mire|mira|vea|siehe(?: auch)?)\s*:(?:\s*\S.*[^.!?…\s])?\s*",
                         re.IGNORECASE)
BARE_LABEL_WORDS = 20
# another article of the site, after its domain ("Also on rt.com Journalists & politicians from ...")
_ALSO_ON_SITE = re.compile(r"also on [\w-]+(?:\.[\w-]+)+\s", re.IGNORECASE)
_LABEL_END = 32  # characters: the longest label with its mark and spaces ends before this


# an invitation to the site's channels: "Follow us on Twitter", "Subscribe to our newsletter", "Abonniere unseren
# Newsletter", "Síguenos en Telegram", "Download the ... app"
_INVITING = (r"(?:follow|síguenos|siguenos|folgen sie|folge uns|abonniere|abonnieren sie|subscribe|sign up|únete|join|"
             r"download|descarga|suscríbete|zapraszamy)\b")
_INVITATION = re.compile(_INVITING, re.IGNORECASE)
# ... or to the outlet's pages on the topic ("Follow AP's full coverage of Brexit at https://...", "Follow our
# coverage")
_CHANNEL_WORDS = ("twitter", "facebook", "instagram", "telegram", "youtube", "newsletter", "whatsapp", "linkedin",
                  "tiktok", "edition", "subscri", "suscri", "subskryp", "podcast")
_CHANNELS = (rf"(?:{'|'.join(_CHANNEL_WORDS)}|\bapps?\b|"
             r"(?:['’]s|\bour) (?:(?:full|complete|continuing|ongoing|latest) )?coverage\b)")
_CHANNEL = re.compile(_CHANNELS, re.IGNORECASE)
_CHANNEL_STEMS = (*_CHANNEL_WORDS, "app", "coverage")  # a channel's pattern matches only where one of them stands
INVITATION_WORDS = 40  # words: an invitation is a line, not a paragraph
# ... or opening a later sentence of the line, or after what it offers, with the channel in that sentence or in a
# question just before ("... is out now. Follow him on Twitter", "For the latest stories and breaking news updates
# download the Nationnews apps", "¿Ya sabías que en Guatemala.com tenemos canal de Telegram? Únete desde tu celular";
# not "He said on Twitter that he would appeal. Join the queue, his critics replied.")
_LATER_INVITATION = re.compile(rf"(?:[.!?]\s+|[¿¡]|^for (?:the )?(?:latest|more|all|breaking)\b.{{0,80}}?\b){_INVITING}"
                               rf"[^.!?]{{0,80}}?{_CHANNELS}|{_CHANNELS}[^.!?]{{0,80}}\?\s+{_INVITING}", re.IGNORECASE)
# the site's own channel, called its own ("¡Mira lo que tiene nuestro canal de YouTube!", "Melde dich hier für unseren
# Newsletter an!", "Mit unserem Newsletter erhalten Sie ..."); not "our app": a privacy policy says what its apps do
_OWN_CHANNEL = re.compile(r"\b(?:our|nuestr[oa]|unser(?:e[mnrs]?)?|notre|nos)\s+(?:official\s+|canal de\s+)?"
                          r"(?:youtube|telegram|newsletter|whatsapp)\b", re.IGNORECASE)
_OWN_CHANNEL_STEMS = ("youtube", "telegram", "newsletter", "whatsapp")
OWN_CHANNEL_WORDS = 25
# an invitation to the newsletter, its verb anywhere in the line: an imperative that opens a sentence ("... inbox.
# Subscribe to NJ.com's newsletters", "Then sign up for our email newsletter"), or that only a request can be
# ("Dann abonnieren Sie unseren Newsletter!", "Suscríbete"), or the infinitive after the word ("Newsletter abonnieren
# und 10€ Gutschein sichern!"); not "Subscribers to the newsletter rose", "Readers had to sign up before ..."
_SIGN_UP = re.compile(r"(?:^|[.!?:]\s+|\b(?:then|just|and)\s+)(?:subscribe|sign up)\b"
                      r"|\b(?:abonniere|abonnieren sie|melden sie sich|inscrivez-vous|suscr[ií]bete|iscriviti)\b"
                      r"|newsletter\S*\s+(?:abonnieren|anmelden)\b|\bby signing up (?:to|for) our\b", re.IGNORECASE)
# the newsletter's offer, with no verb to subscribe: "Get the Most Popular Jobs&Hire Stories in a Weekly Newsletter",
# "Get The Times of Israel's Daily Edition by email ...", "Headlines Delivered to Your Inbox"; not "Get out, she said
# in an email", nor a story of malware "delivered to your inbox" in a longer line
_OFFER = re.compile(r"^(?:get|receive)\b[^.!?]{0,120}?\b(?:newsletters?|inbox|by e-?mail)\b"
                    r"|^.{0,60}\bdelivered (?:straight |right |directly )?(?:to|in|into) your (?:e-?mail )?inbox\W*$",
                    re.IGNORECASE)
_OFFER_STEMS = ("newsletter", "inbox", "mail")
# ... or its name alone as a heading over the form ("PC Gamer Newsletter", "Pick Six Newsletter")
_NEWSLETTER_NAME = re.compile(r"(?!(?:the|a|an)\s)(?:[A-Z0-9][\w&'’.-]*\s+){1,3}newsletter", re.IGNORECASE)
NEWSLETTER_NAME_CHARS = 40


# the heading of a list of other articles that stands only after the article ("You may also like", "Você pode
# gostar...", "Das könnte Sie auch interessieren"); "Related articles" and "Most read" (below) also head boxes inside
# it (on the 181 dumps, 4 articles go on below a "Related ..." heading; on trafilatura-eval one below "Most Read")
_ENDING_HEADINGS = (r"you (?:may|might) also like|você (?:também )?pode gostar|(?:também )?te pode interessar|"
                    r"(?:también )?te puede gustar|vous aimerez (?:peut-être )?aussi|"
                    r"(?:(?:das|diese)(?: thema| artikel| beiträge)? )?könnten? (?:dich|sie|euch) auch interessieren")
ARTICLE_END = re.compile(rf"[•*-]?\s*(?:{_ENDING_HEADINGS})[\s:….]*", re.IGNORECASE)
ARTICLE_END_WORDS = 7
# the heading of a list of other articles, alone on its line ("You may also like", "Das könnte dich auch interessieren
# …", "Beliebte Beiträge zum Thema:")
_LIST_HEADING = re.compile(
    rf"(?:{_ENDING_HEADINGS}|related (?:articles|stories|posts|news|content)|more (?:stories|articles|news)"
    r"(?: from [\w .]+)?|recommended(?: for you| stories| articles)?|most (?:read|popular|viewed)|"
    r"beliebte beiträge(?: zum thema)?|"
    r"letzte artikel|neueste (?:beiträge|artikel)|"
    r"weitere (?:artikel|nachrichten|beiträge|inhalte|pressemitteilungen)"
    r"(?: (?:zum|zu|aus|dieses|dieser)(?: [^.:]{1,40})?)?|"
    r"mehr zum thema(?: auf [\w.-]+)?|(?:weitere|mehr) themen|lesen sie auch(?: die folgenden beiträge)?|"
    r"zum weiterlesen|"
    r"(?:die )?meistgelesenen? (?:artikel|beiträge|nachrichten)|schlagw(?:ö|o)rte?r?(?: zum thema)?|getaggt mit|"
    r"ähnliche (?:artikel|beiträge)|verwandte (?:artikel|beiträge|themen)|abgelegt unter|filed under|"
    r"editors?['’] (?:recommendations|picks)|lue (?:myös|seuraavaksi)|"
    r"(?:artículos|temas|noticias) relacionad[oa]s|sur le même sujet|articles similaires|à lire aussi)"
    r"\s*[:….]*", re.IGNORECASE)
LIST_HEADING_CHARS = 60


# another article's headline with its kind in brackets, as a link inside the text ("Plane passengers quarantined
# after BUBONIC PLAGUE outbreak [NEWS]", "... [VIDEO]"); on the 181 dumps and scrapinghub HTML 12 kept, none in a gold
# body; on trafilatura-eval rendered as text 5 ("... [WYWIAD]"), none holding a snippet. A tag alone ("[CNET]") cites
# the source of a quote above it: digg's gold keeps it
_TAGGED_LINK = re.compile(r"\s\[[A-Z][A-Z ]{2,}\][\s|]*$")
TAGGED_LINK_WORDS = (4, 30)

# a prompt to register, log in or subscribe before reading on ("Kostenlos registrieren und weiterlesen", "Schon
# registriert? Hier einloggen", "To view the full story, please subscribe ...", "Continue Reading Below")
_PROMPT = re.compile(r"(?:^|[.!?:]\s+|\bbitte\s+)(?:kostenlos registrieren|jetzt registrieren|registrieren sie sich|"
                     r"(?:schon|bereits) registriert\?|sie möchten (?:gerne )?weiterlesen|already a subscriber|"
                     r"to view the full story|continue reading below|this is a preview of subscription content|"
                     r"regístrate|inicia sesión para)", re.IGNORECASE)
_PROMPT_STEMS = ("registri", "weiterlesen", "subscri", "full story", "continue reading", "regístr", "inicia sesi")
PROMPT_WORDS = 25  # a prompt is a line or two; "Registrieren Sie sich jetzt und machen Sie mit: ..." (27) instructs
# an appeal for the site's money, opening a sentence ("Jetzt spenden!", "Deshalb unterstütze uns ...", "Slate relies on
# advertising to support our journalism. ... please disable your ad blocker", "HAZTE MIEMBRO ...")
_APPEAL = re.compile(r"(?:^|[.!?:]\s+|\b(?:bitte|deshalb|darum|jetzt|please)\s+)(?:unterstütze uns|"
                     r"unterstütze unser|unterstützen sie uns|unterstützen sie unabhängigen|jetzt spenden|"
                     r"spende jetzt|"
                     r"donate to|donate now|support our journalism|help us continue|hazte miembro|hazte socio|"
                     r"disable your ad ?blocker|thank you for your support)", re.IGNORECASE)
_APPEAL_STEMS = ("unterstütz", "spende", "donate", "support our", "help us", "hazte", "blocker", "for your support")
APPEAL_WORDS = 40
# the mark of an advertisement, alone on its line ("Anzeige", "- Anzeige -", "REKLAMA", "Advertisement"): the ad sends
# the reader to the advertiser
_AD_MARK = re.compile(r"[\W_]*(?:anzeige|werbung|advertisement|ad|publicidad|publicité|pubblicità|reklama)[\W_]*",
                      re.IGNORECASE)


# a link to the previous or the next post, as a blog writes it ("← Aachen 1933 – 1945", "Newer post →")
NAVIGATION_WORDS = 15
# a link back, forward or to the top, alone on its line ("Zurück zur Übersicht", "Weiter »", "Next Page", "Back to
# top"); on trafilatura-eval rendered as text 24 such lines kept, 5 holding a snippet the gold leaves out, none one it
# keeps (see the module's notes)
_BACK_OR_NEXT = re.compile(
    r"[«‹<←↑\s]*(?:zurück|weiter|back|next|previous|retour|suivant|précédent|volver|siguiente|anterior|indietro|"
    r"avanti|wstecz|dalej|(?:vorherige|nächste)[rs]?(?: (?:artikel|beitrag|seite))?|"
    r"(?:older|newer|next|previous) (?:posts?|articles?|entries|entry|page|story)|back to top|nach oben|"
    r"zum seitenanfang|retour en haut)(?: (?:zur|zum|to the|to|à la|au) [\w ]{1,30})?[\s»›>→↑]*", re.IGNORECASE)
BACK_OR_NEXT_CHARS = 48
# the article's tags, after their label ("Tags: ads, awareness, meth", "Schlagworte zum Thema: Anwalt, Bußgeld",
# "Filed Under: Arts, Visual Art", "Themen: Ehrenamt Jugendverbände"): links to the site's other articles on each; a
# sentence after the label ("Themen: Die Regierung hat ... beschlossen. Sie ...") is the article's and stays
_TAGS = re.compile(r"[•*\-\s]*(?:tags|tagged(?: with)?|getaggt mit|schlagw(?:ö|o)rte?r?(?: zum thema)?|"
                   r"stichw(?:ö|o)rte?r?|themen|filed under|abgelegt unter|mots[- ]clés|etiquetas)\s*:", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-ZÄÖÜ]")
TAGS_WORDS = 40


def sends_elsewhere(line: str) -> bool:
    head = line[:_LABEL_END]
    # the marks first: most lines have none near their start, and the test is far cheaper than the regex failing
    if (":" in head or "?" in head or "!" in head or "»" in head) and CROSS_REFERENCE.match(line) is not None:
        return True
    if heads_other_articles(line) or len(line) < LIST_HEADING_CHARS and _AD_MARK.fullmatch(line) is not None:
        return True
    if line[:8].lower() == "also on " and _ALSO_ON_SITE.match(line) is not None:
        return True
    most = max(PROMPT_WORDS, APPEAL_WORDS, INVITATION_WORDS)
    words = len(line.split(None, most))  # most + 1 for a longer line: cheaper than splitting all of it
    if words > most:
        return False  # a paragraph: the searches below cost most on the longest lines, where none may match
    if words and words <= NAVIGATION_WORDS and (line[0] == "←" or line[-1] == "→"):
        return True
    if len(line) <= BACK_OR_NEXT_CHARS and _BACK_OR_NEXT.fullmatch(line) is not None:
        return True
    if words <= BARE_LABEL_WORDS and ":" in head and _BARE_LABEL.fullmatch(line) is not None:
        return True
    if words <= TAGS_WORDS and ":" in head and _TAGS.match(line) is not None and not _SENTENCE_BREAK.search(line):
        return True
    if TAGGED_LINK_WORDS[0] <= words <= TAGGED_LINK_WORDS[1] and "]" in line[-4:] and _TAGGED_LINK.search(line):
        return True
    if words <= INVITATION_WORDS and _INVITATION.match(line) is not None and _CHANNEL.search(line) is not None:
        return True
    # the searches only where a word they need stands: a search for a pattern that opens with a choice of contexts
    # tries every position of the line (the 181 dumps: 400 µs a page without these tests, 80 with them)
    low = line.lower()
    if words <= INVITATION_WORDS and _has(low, _CHANNEL_STEMS) and _LATER_INVITATION.search(line) is not None:
        return True
    if words <= OWN_CHANNEL_WORDS and _has(low, _OWN_CHANNEL_STEMS) and _OWN_CHANNEL.search(line) is not None:
        return True
    if words <= PROMPT_WORDS and _has(low, _PROMPT_STEMS) and _PROMPT.search(line) is not None:
        return True
    if words <= APPEAL_WORDS and _has(low, _APPEAL_STEMS) and _APPEAL.search(line) is not None:
        return True
    if words <= INVITATION_WORDS and _has(low, _OFFER_STEMS) and _OFFER.search(line) is not None:
        return True
    if len(line) <= NEWSLETTER_NAME_CHARS and low.endswith("newsletter") and _NEWSLETTER_NAME.fullmatch(line):
        return True
    return words <= INVITATION_WORDS and "newsletter" in low and _SIGN_UP.search(line) is not None


def heads_other_articles(line: str) -> bool:
    """Whether `line` is the heading of a list of other articles ("Related Stories", "Mehr zum Thema")."""
    return len(line) < LIST_HEADING_CHARS and _LIST_HEADING.fullmatch(line.strip()) is not None


def _has(low: str, stems: tuple[str, ...]) -> bool:
    for stem in stems:
        if stem in low:
            return True
    return False
