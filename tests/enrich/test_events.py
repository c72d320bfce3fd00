"""The examples' events, as examples/expected.json describes them."""
import pytest

from storyline import extract
from storyline.enrich.actors import SECTOR_NAMES
from storyline.enrich.events import find_events
from storyline.enrich import enrich_article
from storyline.extract import extract_html
from storyline.model import Article, Document
from tests.conftest import EXAMPLES, trafilatura_eval_html


@pytest.fixture(scope="module")
def articles():
    return {a.source.rsplit("/", 1)[-1]: a for a in extract([str(EXAMPLES)], enrich=True)}


def _main(article):
    (headline,) = [e for e in article.events if e.headline]
    assert headline.status == "reported"
    return headline


@pytest.mark.parametrize("name", ["minrex-cuba-us-law-enforcement-2018.txt", "news360-us-cuba-2023.txt"])
def test_main_event_matches_expected(articles, expected, name):
    article, want = articles[name], expected[name]["events"][0]
    event = _main(article)
    assert event.type == want["type"]
    assert sorted(event.countries) == sorted(want["actors"])
    assert sorted({SECTOR_NAMES[a.sector] for a in event.actors if a.sector}) == sorted(want["sectors"])
    assert f"{event.place.name}, {event.place.country}" == want["where"]
    assert sorted(event.topics) == sorted(want["topics"])
    assert event.refers_to is not None
    assert article.text[event.evidence.start:event.evidence.end] == event.evidence.sentence


def test_2023_event_dates_and_back_reference(articles):
    event = _main(articles["news360-us-cuba-2023.txt"])
    assert (event.when.start, event.when.end) == ("2023-01-18", "2023-01-19")
    assert "met on Wednesday and Thursday" in event.evidence.sentence
    assert event.refers_to["relation"] == "previous" and event.refers_to["when"]["start"].startswith("2018")


@pytest.mark.parametrize("first, refers", [
    ("It was the first such meeting since 2018.", True),
    ("It was the first visit by an American president since 1928.", True),
    ("It was the first visit by a U.S. president since 1928.", True),
    # from a crawl's pages: a first that is no meeting
    ("Kazakhstan clinched its first away Davis Cup win since 2011.", False),
    ("One station has seen no rain since mid-September, the first time that has happened since 1905.", False),
])
def test_a_first_since_refers_back_only_when_the_first_is_a_meeting(first, refers):
    text = f"The U.S. and Cuban delegations met in Havana on Monday to discuss migration. {first}"
    article = enrich_article(Article(id="p", source="test", text=text, published="2023-01-20", language="en"))
    event = _main(article)
    assert (event.refers_to is not None) == refers


@pytest.mark.parametrize("earlier", ["It followed the U.S.-Cuba talks held on September 15, 2017.",
                                     "It followed the talks held in D.C. on September 15, 2017."])
def test_an_earlier_meeting_is_referred_to_across_the_dots_of_an_initialism(earlier):
    text = f"The U.S. and Cuban delegations met in Havana on Monday to discuss migration. {earlier}"
    event = _main(enrich_article(Article(id="p", source="test", text=text, published="2018-06-10", language="en")))
    assert event.refers_to["relation"] == "earlier" and event.refers_to["when"]["start"] == "2017-09-15"


def test_2018_event_is_after_june_5_and_is_round_four(articles):
    article = articles["minrex-cuba-us-law-enforcement-2018.txt"]
    event = _main(article)
    assert (event.when.start, event.when.resolution) == ("2018-06-05", "after")
    assert event.round == 4
    (earlier,) = [e for e in article.events if e.status == "mentioned"]
    assert earlier.when.start == "2017-09-15" and event.refers_to["event_id"] == earlier.id


def test_planned_and_negated_meetings_are_not_reported_events():
    for text in ("The two governments plan to hold talks in Havana next month.",
                 "The ministers did not meet in Paris on Monday."):
        article = enrich_article(Article(id="x", source="s", text=text, published="2023-01-20"))
        assert [e for e in article.events if e.status == "reported"] == []
    assert find_events("x", "", [], [], None) == []


def test_other_plover_types_by_sentence_with_direction():
    article = enrich_article(Article(id="y", source="s", published="2023-01-20",
                                     text="The Cuban delegation urged the U.S. government to desist. "
                                          "Russian troops attacked Ukrainian positions on Monday."))
    request, assault = [e for e in article.events if e.status == "reported"]
    assert (request.type, request.source.country, request.target.country) == ("REQUEST", "CUB", "USA")
    assert (assault.type, assault.source.country, assault.target.country) == ("ASSAULT", "RUS", "UKR")
    assert assault.when.start == "2023-01-16" and request.headline and not assault.headline


def test_an_act_in_another_country_targets_that_country():
    from storyline.enrich import enrich_article
    from storyline.model import Article

    for text, source, target in [
        ("Israeli tanks fired four shell bombs at targets in Jericho, in a rare incident in the West Bank city.",
         "ISR", "PSE"),
        ("Iraqi President Saddam Hussein arrived in Amman on a previously unannounced visit on Wednesday.", "IRQ", "JOR"),
    ]:
        (event,) = enrich_article(Article(id="t", source="test", text=text)).events
        assert (event.source.country, event.target.country) == (source, target)


def _headline(text):
    """The one headline event of a one-sentence article published on 2023-01-20."""
    article = enrich_article(Article(id="p", source="test", text=text, published="2023-01-20"))
    (event,) = [e for e in article.events if e.headline]
    return event


def test_announced_acts_are_coded_as_the_promise_threat_or_demand():
    cases = {
        "Portugal will support Turkey's efforts to become a full member of the European Community.": "AGREE",
        "Nigeria announced that it will withdraw its force from Chad unless the fighting stops.": "THREATEN",
        "Gbagbo announced that he will extend the night-time curfew in Abidjan.": "THREATEN",
        "Russia said on Tuesday that Sudan must return a Mi-26 helicopter.": "REQUEST",
        "Syria says it will not accept any more refugees if war starts in Iraq.": "REJECT",
        "Pakistan today rejected a fresh offer from Afghanistan for direct talks.": "REJECT",
    }
    for text, kind in cases.items():
        headline = _headline(text)
        assert (headline.type, headline.status) == (kind, "reported"), text


@pytest.mark.parametrize("text, kind", [
    # the demand, the agreement and the failure are the acts; the talks are only where they happened
    ("Rwandan rebels demanded the removal of the president at the fourth round of talks.", "REQUEST"),
    ("Palestinians and Israelis failed to reach agreement despite hours of tense negotiations.", "REJECT"),
    ("The U.S. said it would not meet the hostage-takers' demands to release prisoners.", "REJECT"),
    # a sentence whose first act is the meeting still heads with it
    ("Security officials from the two countries met on Wednesday and agreed to cooperate.", "CONSULT"),
    # a declared ceasefire is a de-escalation (PLOVER RETREAT); torture is ASSAULT
    ("The Hizbollah group declared a unilateral ceasefire on Wednesday in south Lebanon.", "RETREAT"),
    ("Security forces in Guinea have tortured scores of Liberian refugees.", "ASSAULT"),
    # "Cooperation" in a name is no act; the forum's agreement is
    ("The Asia-Pacific Economic Cooperation forum has agreed to set up an energy research center.", "AGREE"),
    # help promised for a case is a promise; a demand "unless" is a threat
    ("Norway is willing to send material to help defend Saudi Arabia if it is attacked.", "AGREE"),
    # ending a mediation reduces relations; calling off a strike concedes
    ("Syrian officers today ended mediation efforts between rival militias in Tripoli.", "SANCTION"),
    # ... held out on a condition, ending it is a threat
    ("The European Union may halt mediation efforts if the parties do not cooperate, its envoy said.", "THREATEN"),
    ("The teachers' union announced that it has called off a four-day strike.", "CONCEDE"),
    # CAMEO 175 and 191: a state of siege and a blockade coerce; a suspension of links sanctions
    ("The military government declared a 30-day state of siege in Haiti on Saturday.", "COERCE"),
    ("Israel on Friday reimposed blockades in the West Bank.", "COERCE"),
    ("Italy announced a suspension of air links with Serbia on Wednesday.", "SANCTION"),
    # CAMEO 196, 203: a broken ceasefire and ethnic cleansing are fighting; 176: a cyber attack coerces
    ("Both armies violated the ceasefire signed in March, monitors said.", "ASSAULT"),
    ("Militias were engaged in ethnic cleansing in the north, the report said.", "ASSAULT"),
    ("Hackers defaced hundreds of government web sites in a cyber attack.", "COERCE"),
    # blocking roads protests (CAMEO 1453), even to demand; police dispersing a march coerce
    ("Thousands of farmers blocked roads around the capital to demand higher prices.", "PROTEST"),
    ("Police dispersed students who marched on the ministry.", "COERCE"),
    # an inspection or a hearing into something investigates (PLOVER INVESTIGATE, here ACCUSE)
    ("The agency sent inspectors to the plant on Monday.", "ACCUSE"),
    ("The court opened a hearing into the interrogation methods on Wednesday.", "ACCUSE"),
    ("The senate began public hearings on Monday into the sale of the port.", "ACCUSE"),
    # peacekeepers deployed (CAMEO 074) and relief goods handed over are aid; observers let in (086) a retreat
    ("Two hundred Fijian peacekeeping soldiers arrived in Lebanon on Sunday.", "AID"),
    ("Nepal began the deployment of 800 peacekeepers to Haiti.", "AID"),
    ("Volunteers handed over 40 tonnes of flour to the camp.", "AID"),
    ("The government admitted a team of election observers from the African Union.", "RETREAT"),
    ("Turkish troops lifted the siege of the town on Friday.", "RETREAT"),
    ("The government lifted the state of emergency in the north.", "CONCEDE"),
    # troops or money contributed are aid (CAMEO 07); ready to contribute them, the offer (AGREE)
    ("Japan contributed 500 troops to the peacekeeping force in Haiti.", "AID"),
    ("Canada is ready to contribute up to 300 troops to the force, its minister said.", "AGREE"),
    # a consensus reached at a conference is the agreement, not the meeting
    ("The delegates reached a consensus on sharing data at the meeting in Oslo.", "AGREE"),
    # a protest staged, a strike by workers, a deal struck, an attack by air
    ("Opposition supporters staged protests in Baku on Monday.", "PROTEST"),
    ("Striking workers blocked the port of Antwerp.", "PROTEST"),
    ("The United States and China struck a deal on tariffs.", "AGREE"),
    ("The drone strike killed five militants in Yemen.", "ASSAULT"),
    # "back" the verb, and a treaty signed somewhere
    ("The party will back the bill in the Senate.", "SUPPORT"),
    ("The treaty was signed in Paris on Monday.", "SUPPORT"),
    ("The government will free the prisoners on Monday.", "CONCEDE"),
    ("The rebels freed the hostages in Mali.", "CONCEDE"),
    # fire shot, and fire set
    ("Egyptian police opened fire on demonstrators in Cairo.", "ASSAULT"),
    ("Russian troops may fire protectively on militants in Azerbaijan.", "ASSAULT"),
    ("Youths set fire to a bank in Athens.", "ASSAULT"),
    # people released
    ("Iran released 15 British sailors on Wednesday.", "CONCEDE"),
    ("He was booked and later released on bail in Denver.", "CONCEDE"),
    # people who kill during a disaster still attack
    ("Rebels killed 5 civilians during the storm in Haiti.", "ASSAULT"),
    # what was seized, returned
    ("Sudan returned the Mi-26 helicopter it had captured to Russia.", "CONCEDE"),
    # an everyday verb codes an act where someone acts
    ("The government allowed the refugees to stay.", "CONCEDE"),
    ("Police asked residents to leave their homes.", "REQUEST"),
])
def test_the_act_that_heads_a_sentence(text, kind):
    assert _headline(text).type == kind


def test_the_speaker_of_a_trailing_attribution_is_no_party():
    text = "Libya has offered to hand over two suspects to Britain, a state-owned Egyptian newspaper said."
    event = _headline(text)
    assert (event.source.country, event.target.country) == ("LBY", "GBR")
    assert "EGY" not in {a.country for a in event.actors}


def test_a_demand_reported_by_its_speaker_goes_from_speaker_to_the_one_who_must():
    text = "Russia said on Tuesday that Sudan must return a Mi-26 helicopter."
    event = _headline(text)
    assert (event.type, event.source.country, event.target.country) == ("REQUEST", "RUS", "SDN")


def test_the_parties_are_source_target_and_those_coordinated_with_them():
    text = "Two weeks after Serbia's election, senior Hungarian and Romanian officials agreed on Wednesday to cooperate."
    event = _headline(text)
    assert {a.country for a in event.actors} == {"HUN", "ROU"}  # Serbia is context, not a party
    # a title's holder named between two coordinated actors
    event = _headline("Libyan leader Muammar Gaddafi and Bulgarian President Todor Zhivkov today signed a treaty of "
                      "friendship and cooperation, the BTA reported.")
    assert {a.country for a in event.actors} == {"LBY", "BGR"}


def test_a_country_that_qualifies_the_subject_is_no_source():
    # sentences of our own: Kosovo only says which province the sides are of
    event = _headline("The Serbian and Albanian sides of the disputed province of Kosovo agreed to talks.")
    assert {a.country for a in event.actors} == {"SRB", "ALB"}
    # after a title "of" names who acts
    assert _headline("The president of Armenia criticised the blockade.").source.country == "ARM"


@pytest.mark.parametrize("text, kind, source, target", [
    ("Turkey expelled two diplomats after Greek officials complained.", "SANCTION", "TUR", None),
    ("Jordan will not accept more refugees if fighting spreads to Syria.", "REJECT", "JOR", None),
    # what went on meanwhile, and who is expected to join later, are no parties either
    ("Chilean warships began joint exercises on Monday, expected to be joined by Bolivian ships.", "COOPERATE", "CHL",
     None),
    ("Greek warships began joint exercises on Monday during the fight against Turkish smugglers.", "COOPERATE", "GRC",
     None),
    # a threat's condition names whom it threatens
    ("Iran threatened to quit the talks if France imposes new sanctions.", "THREATEN", "IRN", "FRA"),
])
def test_a_side_clause_after_the_act_is_context(text, kind, source, target):
    event = _headline(text)
    assert (event.type, event.source.country, event.target and event.target.country) == (kind, source, target)
    assert {a.country for a in event.actors} == {source, target} - {None}


@pytest.mark.parametrize("text", [
    "A storm flooded the coast of Norway and closed roads for two days.",  # "storm" is no storming
    "Liverpool beat Chelsea 2-1 in London on Sunday.",  # a sports win is no assault
    "Low interest rates contributed to the housing boom in Spain.",  # contributing to a trend is no aid
    "Police handed over the suspects to the prosecutor.",  # only relief goods handed over are aid
    "The authorities in Hong Kong continue to pour fuel on the fire.",  # a figure of speech (a Guardian editorial)
    "The mayor abused his office for years, the report says.",  # a misuse of power, not an assault
    "The minister came under fire for his remarks about the budget.",  # criticism
    "Apple killed off the headphone jack in 2016.",  # a product dropped
    "The company shot down rumours of a merger.",  # a denial
    "Sales exploded after the launch of the new phone.",
    "Markets rallied after the central bank's decision.",
    # a stage is no protest staged, nor is a striking sight a strike or a thing demonstrated a demonstration (on
    # real pages, "stage" alone gave 71 of 156 PROTEST events)
    "Teams advance to the knockout stage along with the two best finishers.",
    "It is striking that growth slowed in China.",
    "Beijing is concerned about his behavior, as demonstrated by his abrupt departure.",
    # things named by a trigger's word, and "back" or "thanks" as adverbs (on real pages "back" alone gave about 200
    # SUPPORT events, nearly all wrong)
    "Sign up for our newsletter.",
    "He came back to Havana in 2018, thanks to his family.",
    "Fire crews battled the blaze in Athens.",
    "The minister spoke at a press conference in Lima.",
    "Tickets are free of charge.",
    "The company declined to comment.",
    "Mass testing began in Wuhan.",
    "This tool allows you to edit photos.",
    "Asked why she wrote the book, Scott laughed.",
    "Dubois had two goals and an assist.",
    "Find the best deals on laptops here.",
    "Feel free to write to us.",
    # a blaze, fame, a sports roster (on ECB+ news, "fire" alone gave about 200 ASSAULT events, nearly all blazes)
    "A fire destroyed the store in Wellington.",
    "The actress shot to fame in 1999.",
    "He was placed on injured reserve.",
    "Mozilla released Firefox 3.05 on Tuesday.",  # a product, a film, a name: nobody set free
    "The film will be released in May.",
    "Police released the names of the victims.",
    # deaths and injuries that a disaster or an accident caused
    "A powerful earthquake killed 612 people in Iran on Sunday.",
    "Two people were injured in the crash on the M5.",
    "The Black Death pandemic killed an estimated 25 million people in Europe.",  # and diseases (a plague story)
    # everyday verbs with nobody who acts (from the crawl's pages: a hotel's rules, a recipe, a tutorial)
    "Are animals or pets allowed?",
    "Sprinkle some chopped coriander leaves on top.",
    "In this guide I'm going to share a set of steps that you can follow.",
    "We welcome your feedback and thank you for reading.",
    "A magnitude 6 quake can cause severe damage.",  # "severe" is no severing of ties
    "Three patients were killed by the virus in Wuhan.",
    "She returned to host the Emmys in 2005.",  # someone coming back, a punt returned: nothing handed back
    "He returned three punts for touchdowns.",
    # a job lost and a game's shots and fights (ECB+'s coach fired, the crawl's hockey round-ups)
    "On Saturday, Cheeks was fired as head coach of the Philadelphia 76ers.",
    "He is the fifth NBA head coach fired this season.",
    "Joonas Korpisalo stopped 30 shots for his eighth win as Columbus improved to 8-8-4.",
    "He tipped Suter's shot in later, a dagger for the Sabres.",
    "The broadcast noted the all-time heavyweight records in title fights.",
    # the body's troubles, a price, a quantity, a market, a program (ECB+'s Bettie Page died after a heart attack;
    # the crawl's travel rules, exchange fees, football managers and tutorials)
    "Page suffered a heart attack on December 2.",
    "He went into cardiac arrest at the scene.",
    "Passengers may be charged for additional luggage.",
    "Here is how Coinbase charges fees based on account type.",
    "Mourinho won three titles over two spells in charge of Chelsea.",
    "While the family tried to deal with the loss, he appeared in court.",
    "There is no doubt the card is in high demand.",
    "He was given antibiotics to fight the disease.",
    "Execute commands for setup in the container.",
    # warnings and threats that nobody makes (ECB+'s endangered species and software flaws, the crawl's health pages)
    "Experts warned that it may be days before the fault is fixed.",
    "The threat is now Web-based and functions outside of Outlook.",
    "The Endangered Species Act has protected our most threatened wildlife.",
    "A bank employee suffered non-life threatening injuries.",
    "This will launch a Python shell in our command line.",  # a computer's shell
    "240 million people have yet to receive a single shot of COVID-19 vaccine.",  # a vaccine's shots
    "Pharmacies began giving booster shots on Monday.",
    "How would you summarize your career in a single sentence?",  # a sentence of words
    "And she trailed off at the end of that sentence.",
])
def test_words_that_only_look_like_acts_code_no_event(text):
    article = enrich_article(Article(id="p", source="test", text=text, published="2023-01-20"))
    assert [e.type for e in article.events] == []


@pytest.mark.parametrize("text", [
    "The officers then fired 11 shots, the police said.",  # shots fired stay an attack
    "He fired at the deputy and ran.",
    "Police said the man was shot and killed on Friday.",
    "Militants fired as many as 20 rockets at the town.",  # not a job lost, nor a game's shots
    "He was fired upon by gunmen in Kabul.",
    "Missiles shot down a plane over Syria.",
])
def test_shots_fired_are_an_attack(text):
    article = enrich_article(Article(id="p", source="test", text=text, published="2023-01-20"))
    assert [e.type for e in article.events] == ["ASSAULT"]


@pytest.mark.parametrize("text, kind, source, target", [
    ("Five Turkish soldiers were killed by Syrian forces on Monday.", "ASSAULT", "SYR", "TUR"),
    ("The Iranian tanker was seized by British marines off Gibraltar.", "COERCE", "GBR", "IRN"),
])
def test_a_passive_verb_acts_from_its_agent(text, kind, source, target):
    event = _headline(text)
    assert (event.type, event.source.country, event.target.country) == (kind, source, target)


@pytest.mark.parametrize("text, kind, source, target", [
    # an unnamed actor is coded by where it acts
    ("Demonstrators in Baghdad blocked a road to show their disapproval for the United States' military policies.",
     "PROTEST", "IRQ", "USA"),
    ("Hundreds of thousands of people blocked streets in Hong Kong in defiance of Chinese authorities.",
     "PROTEST", "HKG", "CHN"),
    # near a country is a place too
    ("Albanian rebels attacked villages near Macedonia's border with Greece.", "ASSAULT", "ALB", "MKD"),
    # a part of a country is a place; the target of an act done there
    ("Vietnamese-led forces attacked a strategic village in western Cambodia, Thai military sources said.",
     "ASSAULT", "VNM", "KHM"),
    # "out of" a country is a place; "the Albanian population" a people, so the place is the target
    ("Benin opened its borders to West Africans ordered out of Nigeria, but was still refusing admittance to "
     "Ghanaians.", "REJECT", "BEN", "GHA"),
    ("Serb forces were engaged in ethnic cleansing in Montenegro against the Albanian population of the province.",
     "ASSAULT", "SRB", "MNE"),
    # where a weapon was made is no party to the act
    ("Israel has strengthened its forces in Lebanon following the discovery of Russian-made rockets.",
     "MOBILIZE", "ISR", "LBN"),
])
def test_the_place_stands_for_an_unnamed_or_located_side(text, kind, source, target):
    event = _headline(text)
    assert (event.type, event.source.country, event.target.country) == (kind, source, target)


def test_a_text_in_another_language_codes_no_events_nor_english_sector_words(shared_data):
    # the English lexicons coded 27 events in this French essay, none of them an act its sentence tells, and read
    # "business" and "University" (of Oxford) as actors, and Paris as the French government
    url = "https://laviedesidees.fr/L-evaluation-et-les-listes-de.html"
    html = trafilatura_eval_html(shared_data, "laviedesidees.fr.evaluation.html")
    article = enrich_article(extract_html(Document(url, html, "html", url=url)))
    assert article.language == "fr" and article.events == []
    assert "no events coded: the event lexicon reads English, the text is in French" in article.notes
    actors = [(e.text, e.country) for e in article.entities if e.kind == "actor"]
    assert ("France", "FRA") in actors and all(country for _, country in actors)
    assert {"Paris", "Oxford"} <= {e.text for e in article.entities if e.kind == "place"}


def test_a_deal_with_a_country_stays_an_agreement():
    assert _headline("The president wants a bigger trade deal with China.").type == "AGREE"


@pytest.mark.parametrize("text", [
    "A man claims the gunman's brother threatened to kill him.",  # a threat that says what it threatens
    "The bank received a threatening phone call from an unknown person.",
    "Cairo's security chief has warned that police will no longer tolerate rallies.",  # someone warns (PLOVER)
])
def test_threats_someone_makes(text):
    article = enrich_article(Article(id="p", source="test", text=text, published="2023-01-20"))
    assert [e.type for e in article.events] == ["THREATEN"]
