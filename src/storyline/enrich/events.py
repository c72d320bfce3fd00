"""Coded events with actors, place, date and the evidence sentence with its offsets.

Meetings and talks (PLOVER CONSULT) get the most care: mentions of the same meeting in one article are one
event with topics, round and back-references to earlier rounds; a planned meeting ("to hold technical
meetings") is not counted as one that happened; an earlier meeting the text refers back to ("a continuation
of the one held on September 15, 2017") becomes a "mentioned" event. Other sentences are typed by the first
PLOVER trigger word they hold (lexicons/plover_triggers.json), source before it and target after it. The
lexicon follows the codebook the PLOVER gold data uses: diplomatic cooperation (CAMEO 05: apologies, diplomatic
ties, signed agreements) is SUPPORT, a declared ceasefire RETREAT, torture ASSAULT, kidnapping COERCE.
"""
from __future__ import annotations

import re
from copy import copy
from datetime import date
from functools import lru_cache

from storyline.enrich.actors import is_sector_word
from storyline.enrich.lexicons import demonyms, load
from storyline.enrich.spans import Located
from storyline.model import Actor, Entity, Event, Evidence, Place, When

CONSULT = re.compile(
    r"\b(?:met|meet|meets|meeting|meetings|talks|talked|dialogue|discuss(?:ed|es|ing)?|consultations?|summit|"
    r"exchanges|negotiations?|negotiated|conferred|visit(?:ed|s)?|mediat(?:ion|ed|es|e|or|ors)|telephoned|phoned)\b"
    # "meet their demands", "met the deadline" is no meeting
    r"(?!\s+(?:[\w'-]+\s+){0,2}(?:demands?|deadlines?|targets?|requirements?|conditions|criteria|expectations|needs)\b)",
    re.I)
PLANNED_BEFORE = re.compile(r"\b(?:to|will|would|shall|plans?|planned|next|upcoming|future)\s+(?:\w+\s+){0,2}$", re.I)
NEGATED_BEFORE = re.compile(r"\b(?:not|no|never|cancel(?:l?ed)?|postponed)\s+(?:\w+\s+){0,2}$", re.I)
# "the first such meeting ... since 2018"
# PLOVER codes the promise, the threat or the demand that was made, not the act it announces:
# "will provide aid" is AGREE, "will impose a curfew" or "will withdraw unless ..." THREATEN, "must return" REQUEST
PROMISE_BEFORE = re.compile(r"\b(?:will|would|shall|willing to|ready to|prepared to|pledged? to|promised? to|"
                            r"vowed? to|sworn to|offered to)\s+(?:[\w'-]+\s+){0,4}$", re.I)
MUST_BEFORE = re.compile(r"\b(?:must|has to|have to|ought to)\s+(?:[\w'-]+\s+){0,3}$", re.I)
REFUSED_BEFORE = re.compile(r"\b(?:will|would|shall)\s+not\b|\bwon't\b|\brefuse[sd]?\s+to\b", re.I)
# "failed to reach agreement", "refused to cooperate": a cooperative act that did not come about is a REJECT
FAILED_BEFORE = re.compile(r"\b(?:fail(?:ed|s)?|refus(?:ed|es)|declin(?:ed|es))\s+to\s+(?:[\w'-]+\s+){0,2}$", re.I)
# "ended mediation efforts", "suspended the talks": relations reduced (CAMEO 16), not a meeting
ENDED_BEFORE = re.compile(r"\b(?:end(?:ed|s)?|halt(?:ed|s)?|suspend(?:ed|s)?|broke off|break off|call(?:ed|s)? off)\s+"
                          r"(?:[\w'-]+\s+){0,2}$", re.I)
# a passive verb and its agent: "was attacked by", "has been accused of misusing ... by"
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be|get|got)\s+(?:\w+ly\s+)?$", re.I)
BY_AGENT = re.compile(r"[^.;]{0,80}?\bby\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}", re.I)
COOPERATIVE = {"AGREE", "COOPERATE", "CONSULT", "SUPPORT", "AID", "CONCEDE", "RETREAT"}
ULTIMATUM = re.compile(r"\bunless\b", re.I)  # "will withdraw unless ...": a threat; "will help if attacked" is not
# "may halt mediation if cooperation founders": a hostile act held out on a condition is a threat (CAMEO 13)
MAY_BEFORE = re.compile(r"\b(?:may|might|could)\s+(?:[\w'-]+\s+){0,3}$", re.I)
CONDITION = re.compile(r"\b(?:if|unless)\b", re.I)
# a side clause after the act tells its context ("despite Israel's wish", "during the fight against Serb forces",
# "expected to be joined by Italian vessels"); a condition too, but for a threat
_CONTEXT_CLAUSE = re.compile(r"\b(?:despite|although|though|whereas|because|after|in the wake of|during|expected to)\b",
                            re.I)
_SIDE_CLAUSE = re.compile(CONDITION.pattern + "|" + _CONTEXT_CLAUSE.pattern, re.I)
HOSTILE = {"ASSAULT", "COERCE", "SANCTION", "THREATEN", "MOBILIZE", "PROTEST"}
# a character of the same clause: the dots of an initialism do not end it ("the first visit by a U.S. president
# since 1928", "the talks held in Washington, D.C. on")
_CLAUSE_CHAR = r"(?:[^.;]|(?<=\b[A-Z])\.)"
SINCE_REF = re.compile(rf"\bfirst\b{_CLAUSE_CHAR}{{0,80}}\bsince\s*$", re.I)
_SUCH = re.compile(r"\bfirst\s+such\b", re.I)
# "a continuation of the one held on", "following the talks held in", "the previous round in"
EARLIER_REF = re.compile(
    r"\b(?:continuation of|follow(?:s|ed|ing|-up to| up on)?|previous|last|prior|preceding|earlier)\b"
    rf"{_CLAUSE_CHAR}{{0,50}}?\b(?:held|took place|met|meeting|round|talks|one|session)\b{_CLAUSE_CHAR}{{0,15}}?"
    r"\b(?:on|in)\s*$", re.I)
ORDINALS = {w: i for i, w in enumerate("first second third fourth fifth sixth seventh eighth ninth tenth".split(), 1)}
ROUND = re.compile(r"\b(" + "|".join(ORDINALS) + r"|\d{1,2}(?:st|nd|rd|th))\s+round\b", re.I)
BOTH_SIDES = re.compile(r"\b(?:the two|both)\s+(?:countries|nations|sides|governments|delegations)\b", re.I)
STATE_SECTORS = {"GOV", "COP", "MIL", "JUD", "LEG"}
_COORDINATED = re.compile(r"\s*(?:,|and|or|&|as well as|along with|together with)?\s*(?:,\s*)?(?:and\s+)?(?:the\s+)?"
                          # "Libyan leader Muammar Gaddafi and Bulgarian President ...": a title's name between
                          r"|(?:\s+(?-i:[A-Z])[\w'.-]*){1,4}\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:the\s+)?", re.I)
# the trailing attribution: ", a state-owned Egyptian newspaper said." / ", according to the Swiss Agency ..."
# names the speaker, who is no party to the event
ATTRIBUTION = re.compile(
    r"(?:,|\bas)\s+(?:[^,;]{0,90}?\s)?(?:said|says|reported|reports|told|announced|quoted|stated|claimed|added)\b[^,;]*$"
    r"|,?\s+according to\b[^;]*$", re.I)
_PRECISION = {"day": 0, "weekend": 1, "week": 1, "month": 2, "year": 3}


# acts a word list cannot tell, as the gold codebook (CAMEO) codes them: peacekeepers deployed (074) are AID,
# goods handed over AID, observers let in (086) and a blockade or siege lifted (0872) a RETREAT, a hearing or
# inquiry into something ACCUSE
_AID_GOODS = r"(?:medicines?|medical|food|aid|supplies|relief|grain|flour|blankets|tents|vaccines|water)\b"
_AS_VERB = r"\b(?:to|will|would|could|should|must|may|might|can|cannot|not|also|who|which|that)\s+"
_OBJECT = r"(?:the|a|an|his|her|their|its|our|this|these|those|(?-i:[A-Z]))"
# each with the words it cannot match without (lower case): a test for them skips most sentences' searches
PATTERN_TRIGGERS = (
    (re.compile(r"\bpeace-?keep\w*(?:\s+[\w-]+){0,2}?\s+(?:have\s+|has\s+)?(?:arrived|deployed|landed)\b"
                r"|\b(?:deploy\w*|arriv\w*|dispatch\w*)\s+(?:of\s+)?(?:[\w-]+\s+){0,3}peace-?keep\w*", re.I),
     "AID", ("peace",)),
    (re.compile(r"\bhand(?:ed|s|ing)?\s+over\s+(?:[\w,.-]+\s+){0,4}" + _AID_GOODS, re.I), "AID", ("hand",)),
    (re.compile(r"\b(?:receiv|accept|admit|allow)\w*\s+(?:[\w-]+\s+){0,4}(?:observers|inspectors|monitors)\b", re.I),
     "RETREAT", ("observers", "inspectors", "monitors")),
    (re.compile(r"\b(?:lift|eas|end)\w*\s+(?:[\w'-]+\s+){0,3}?(?:blockades?|sieges?)\b", re.I),
     "RETREAT", ("blockade", "siege")),
    (re.compile(r"\b(?:hearings?|inquiry|inquiries)\b(?:\s+[\w-]+){0,2}?\s+into\b", re.I),
     "ACCUSE", ("hearing", "inquir")),
    # "staged a sit-in", "stage protests": the verb alone is mostly the noun ("the group stage", "on stage")
    (re.compile(r"\bstag(?:e|es|ed|ing)\s+(?:[\w-]+\s+){0,2}?(?:protests?|rall(?:y|ies)|strikes?|walk-?outs?|sit-ins?|"
                r"demonstrations?|march(?:es)?|boycotts?|vigils?)\b", re.I), "PROTEST", ("stag",)),
    # "struck a deal" (before "striking", a strike, is read); "a drone strike" is an attack
    (re.compile(r"\bstr(?:ike|ikes|uck|iking)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:deal|agreement|bargain|compromise)\b",
                re.I), "AGREE", ("strik", "struck")),
    (re.compile(r"\b(?:air|drone|missile|rocket|military|artillery|nuclear|retaliatory|pre-?emptive)[\s-]+strikes?\b",
                re.I), "ASSAULT", ("strike",)),
    # "back" and "free" the verbs, where a modal or "to" says so ("will back the plan", "agreed to free the
    # hostages"): the bare words are no triggers (NOT_TRIGGERS)
    (re.compile(_AS_VERB + r"back\s+" + _OBJECT, re.I), "SUPPORT", ("back",)),
    (re.compile(_AS_VERB + r"free\s+" + _OBJECT, re.I), "CONCEDE", ("free",)),
    # people released ("released 30 prisoners", "will release Prime Minister Chaudhry", "was released on bail"), not
    # a film, a report or software (the words alone are not in the lexicon)
    (re.compile(r"\breleas(?:e|es|ed|ing)\s+(?:of\s+)?(?:[\w,-]+\s+){0,3}?(?:prisoners?|hostages?|detainees?|captives?|"
                r"inmates?|suspects?|activists?|dissidents?|journalists?|soldiers?|sailors?|crew|members)\b"
                r"|\breleas(?:e|es|ed|ing)\s+(?-i:(?:[A-Z][a-z]+\s+)+[A-Z][a-z]+)\b"  # a person's names
                r"|\breleas(?:e|ed)\s+(?:on\s+(?:bail|parole)|from\s+(?:[\w-]+\s+)?(?:prison|jail|custody|detention|"
                r"captivity)|without\s+charge)\b", re.I), "CONCEDE", ("releas",)),
    # what was seized or held, returned ("will return weapons", "must return a Mi-26 helicopter", "the return of
    # property"), not a person coming back ("returned to host the Emmys") or a punt (the words alone are not in the
    # lexicon)
    (re.compile(r"\breturn(?:s|ed|ing)?\s+(?:of\s+)?(?:[\w,-]+\s+){0,3}?(?:weapons?|arms|equipment|property|properties|"
                r"land|lands|territor(?:y|ies)|helicopters?|aircraft|planes?|ships?|vessels?|bodies|remains|prisoners?|"
                r"hostages?|detainees?|refugees|control|islands?|assets|artifacts|artefacts)\b", re.I),
     "CONCEDE", ("return",)),
    # fire shot, not a blaze ("fire" and "fires" alone are no triggers): "opened fire", "fire on", "rocket fire",
    # "set fire to"
    (re.compile(r"\bopen(?:s|ed|ing)?\s+fire\b|\bfir(?:e|es)\s+(?:\w+ly\s+)?(?:at|on|upon|into|against|shots?|"
                r"rounds?|bullets?|missiles?|rockets?|shells?|mortars?|tear\s+gas|warning\s+shots?|live\s+ammunition|"
                r"(?:a|the|his|her|their)\s+(?:guns?|weapons?|rifles?|pistols?))\b"
                r"|\b(?:artillery|mortar|rocket|machine-?gun|gun|sniper|tank|cannon|small-arms|heavy|enemy)\s+fire\b"
                r"|\bset\s+(?:the\s+|a\s+)?fires?\b|\bset\s+(?:[\w-]+\s+){1,3}?on\s+fire\b", re.I),
     "ASSAULT", ("fire",)),
)
# words that share a trigger's stem but report, not act: "according to" is no accord; "thanks to" no thanks; "back"
# and "free" are adverbs, nouns or adjectives far more often than verbs ("backed", "freed" still count); "mass" as an
# adjective ("mass testing") no massing of troops; "fire" mostly a blaze (its acts are PATTERN_TRIGGERS, as are those of
# "release" and "return", which the lexicon no longer lists: a film's or a report's release, someone coming back)
NOT_TRIGGERS = {"according", "accordingly", "accordance", "thanks", "back", "free", "mass", "fire", "fires", "severe",
                "severely"}
_DISASTER = (r"(?:earthquakes?|quakes?|tremors?|aftershocks?|storms?|hurricanes?|typhoons?|cyclones?|tornado(?:e?s)?|"
             r"floods?|flooding|tsunamis?|avalanches?|landslides?|mudslides?|blazes?|wildfires?|fires?|heat\s*waves?|"
             r"eruptions?|outbreaks?|epidemics?|pandemics?|plagues?|diseases?|virus(?:es)?|illness(?:es)?|"
             r"infections?|flu|influenza|cancers?|famines?|droughts?|overdoses?|Black\s+Death|"
             r"crash(?:es)?|accidents?|collisions?|derailments?)")
# after "fired": a shot, not a job lost ("he was fired upon", "the director fired at the crowd")
_NOT_SHOOTING = r"(?!\s+(?:at|on|upon|into|shots?|rounds?|bullets?|a\s+(?:gun|shot|warning|weapon)))"
# a cause, not a gift: "factors that contributed to the crash" (but "contributed troops to the force" is aid)
_CAUSED = re.compile(r"contribut\w*\s+to\b", re.I)
# figures of speech that name no act: "abused his office" (a charge, not an assault), "killed off the headphone jack",
# "shot down the rumours", "deliver on his vow", "sales exploded" ("pour fuel on the fire", "came under fire for":
# "fire" alone is no trigger)
_FIGURATIVE = re.compile(
    r"\babus\w*\s+(?:his|her|their|its|the)\s+(?:office|power|powers|position|authority|trust|privileges?)\b"
    r"|\bkill(?:s|ed|ing)?\s+off\b|\bdeliver(?:s|ed|ing)?\s+on\b"
    r"|\bsh(?:oot|oots|ot|ooting)\s+down\s+(?:the\s+|a\s+|an\s+|any\s+)?"
    r"(?:rumou?rs?|reports?|claims?|ideas?|suggestions?|speculation|proposals?|notion|hopes?)\b"
    r"|\b(?:sales|prices|shares|stocks|markets?|demand|costs|popularity|interest|traffic|downloads)\s+"
    r"(?:have\s+|has\s+)?(?:been\s+)?(?:explod|skyrocket|rall)\w*"
    # "a striking design", "as demonstrated by", "demonstrated that": not a strike, not a demonstration
    r"|\bstriking\b(?!\s+(?:workers|employees|teachers|miners|doctors|nurses|staff|drivers|dockers|pilots|members))"
    r"|\bstrike\s+a\s+(?:balance|chord|note|tone|pose)\b|\bas\s+demonstrated\b"
    r"|\bdemonstrat(?:e|es|ed|ing)\s+(?:that|how|what|why|the|its|his|her|their|our|a|an|this|these|those)\b"
    # compounds and phrases whose trigger word names a thing: "press conference", "free of charge", "sign up", "a
    # sign", "declined to comment", "charging case", "visit our website", "a share"
    r"|\bpress\s+(?:conferences?|secretar(?:y|ies)|releases?|office|briefings?|statements?|freedom|room|corps|agency)\b"
    r"|\bfree\s+of\s+charge\b|\bsign(?:s|ing)?\s+up\b|\bsign\s+in\b"  # ("signed in Paris", "signed up to" are news)
    r"|\b(?:a|the|no|any|one|first|clear|early|positive|good|warning|telltale)\s+signs?\b"
    r"|\bdeclin\w*\s+to\s+comment\b|\bdeclin\w*\s+(?:by\s+)?[\d.,]+\s*(?:%|percent|per\s+cent|points?)"
    r"|\bcharg(?:e|es|ed|ing)\s+(?:case|cable|port|station|time|speed|pad)s?\b|\b(?:fast|wireless|quick)[- ]charg\w*"
    r"|\bvisit\s+(?:https?:|www\.|our\s+(?:web)?site|the\s+(?:web)?site)"
    r"|\b(?:a|per|market|largest|biggest|fair|lion['’]s)\s+share\b"
    # "allows you to", "when asked about", "assistance dogs", "an assist", "the best deals": a tool, a question, a
    # service, a pass, a bargain
    r"|\ballow(?:s|ed|ing)?\s+(?:you|me|us|users|for|yourself|customers|readers|visitors|players|developers)\b"
    r"|\basked\s+(?:about|why|what|how|whether|if|where|who|when)\b"
    r"|\bassist(?:ance|ed)\s+(?:dogs?|animals?|travel|living|suicide|dying)\b|\b(?:an|one|two|three|\d+)\s+assists?\b"
    r"|\b(?:daily|best|great|gaming|holiday|early|top|hot|latest|more|friday|monday|amazon)\s+deals\b"
    # "shot to fame", "shot the film", "a photo shoot", "injured reserve": fame, filming, sport
    r"|\bshot\s+to\s+(?:fame|stardom|prominence|the\s+top|number)\b|\bshoot(?:s|ing)?\s+for\b"
    r"|\b(?:shot|shoot|shoots|shooting|filmed)\s+(?:the|a|an|his|her|their|its)\s+(?:new\s+)?(?:film|movie|video|"
    r"scenes?|series|pilot|episode|documentary|commercial|footage|photos?|pictures?)\b"
    r"|\b(?:photo|film|video)\s+shoots?\b"
    r"|\binjured\s+(?:reserve|list)\b"
    # deaths and injuries by a disaster or an accident, which nobody did: "a powerful earthquake killed 612 people",
    # "two were injured in the crash"
    r"|\b" + _DISASTER + r"\b[^.;:,]{0,40}?\b(?:kill|injur|wound)\w*"
    r"|\b(?:were|was|been|being)\s+(?:\w+\s+)?(?:killed|injured|wounded)\s+(?:in|by|when|during)\s+(?:[\w-]+\s+){0,3}?"
    + _DISASTER, re.I)
# senses of trigger words in everyday use, read only in a sentence with one of the words (a regex of all figures
# read on every sentence with a trigger cost 12% of the enrichment)
_SENSE_WORDS = ("fir", "shot", "sentence", "fight", "threat", "shell", "attack", "arrest", "seizure", "charg", "deal",
                "demand", "execut", "support")
_EVERYDAY_SENSES = re.compile(
    # a job lost, not a shot ("Cheeks was fired as head coach", "the fifth coach fired this season", "fired up"), and
    # sport: a game's shots ("stopped 30 shots", "a three-point shot", "shots on goal"), a boxer's fights
    r"\bfir(?:ed|ing)\s+(?:as\b(?!\s+many)|up\b)|\bfired\s+from\s+(?:(?:his|her|their|a|the)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:job|post|position|team|club|company|firm|show|network|paper|role)\b"
    r"|\b(?:coach|manager|ceo|employees?|workers?|accountant|staffers?|editor|host|anchor|director)\s+"
    r"(?:(?:was|were|has\s+been|had\s+been)\s+)?fired\b" + _NOT_SHOOTING +
    r"|\bfired\s+(?:(?:head\s+)?coach|manager|ceo|(?:his|her|their|its)\s+(?:head\s+)?(?:coach|manager|boss|assistant|"
    r"lawyer|agent|staff|employees?|workers?|editor|ceo))\b"
    r"|\b(?:get|gets|got|getting|gotten)\s+fired\b|\b(?:recently|newly)[- ]fired\b|\b(?:his|her|their)\s+firing\b"
    r"|\b(?:he|she|i|they|we|you|who)\s+(?:was|were|had\s+been|has\s+been|have\s+been|is|are|be|being)\s+fired\b"
    + _NOT_SHOOTING +
    r"|\b(?:stopped|stopping|stops|saved|saves|saving|blocked|blocks|blocking|faced|faces|facing|missed|misses|missing|"
    r"attempted|attempts|sank|sunk|made|makes|took|takes|taking)\s+(?:\d+\s+|all\s+|both\s+|a\s+|the\s+|his\s+|her\s+|"
    r"their\s+)?(?:[\w-]+\s+)?shots?\b"
    r"|\b(?:jump|three-point|3-point|penalty|free|slap|wrist|tee|drop|chip|layup|game-winning|winning|long-range|"
    r"parting)\s+shots?\b|\bshots?\s+(?:on|at)\s+(?:goal|net|target)\b|\bshot\s+clock\b|['’]s\s+shot\b"
    r"|\bshot\s+\d+(?:-for-|\s+(?:of|for)\s+)\d+"
    # a vaccine's shots ("a single shot of COVID-19 vaccine", "booster shots", "a shot in the arm")
    r"|\bshots?\s+of\s+(?:[\w-]+\s+){0,2}?vaccines?\b|\b(?:vaccine|booster|flu|covid|covid-19)\s+shots?\b"
    r"|\bshots?\s+in\s+the\s+arm\b"
    # a sentence of words, not of a court ("in a single sentence", "the end of that sentence")
    r"|\b(?:single|one|two|three|few|short|opening|following|that|each|every|complete|whole|first|last|next)\s+"
    r"sentences?\b(?!\s+(?:of|for|to)\b)"
    r"|\b(?:title|prize|cage|ufc|boxing|heavyweight|rematch|undercard)\s+fights?\b|\bfight\s+(?:night|card|purse)\b"
    # what is at risk, not threatened by anyone ("threatened species", "non-life threatening injuries")
    r"|\b(?:life|non-life)[- ]threatening\b"
    r"|\bthreatened\s+(?:and\s+endangered\s+)?(?:species|wildlife|animals|plants)\b"
    r"|\blisted\s+as\s+(?:a\s+)?threatened\b"
    r"|\b(?:python|bash|command|unix|linux|interactive|login|new)\s+shell\b"  # a computer's shell
    r"|\bshell\s+(?:process|script|command|session|prompt)s?\b"
    # the body's troubles and a fight against them ("a heart attack", "cardiac arrest", "her fight against cancer")
    r"|\b(?:heart|panic|anxiety|asthma|gout|migraine)\s+attacks?\b|\b(?:cardiac|heart|respiratory)\s+arrest\b"
    r"|\b(?:had|has|have|suffered|suffers|epileptic)\s+(?:a\s+)?seizures?\b"
    r"|\bfight\w*\s+(?:against\s+|with\s+)?(?:(?:his|her|their|the)\s+)?(?:cancer|disease|illness|covid|coronavirus|"
    r"virus|obesity|poverty|hunger|inflation|climate\s+change|corruption|crime|fraud|misinformation|disinformation)\b"
    # a price, a quantity, a market, a computer's work: "charged for luggage", "no extra charge", "in charge of", "a
    # great deal of", "to deal with" (not "a deal with"), the market's demand ("strong demand"), "execute the
    # command", "life support"
    r"|\bcharg(?:e|es|ed|ing)\s+(?:for|fees?|a\s+fee|interest|customers|users|you|nothing|extra|per|\$|€|£|\d)"
    r"|\b(?:extra|additional|small|service|delivery|shipping|late|cover|flat|monthly|annual)\s+charges?\b"
    r"|\bin\s+charge\b|\b(?:a\s+)?(?:good|great)\s+deal\b"
    r"|\b(?:to|will|would|can|could|must|should|cannot|can't)\s+deal\s+with\b|\bdealt\s+with\b|\bdealing\s+with\b"
    r"|\b(?:on|in|high|strong|weak|low|rising|growing|falling|global|consumer|market|energy|oil|peak|domestic|"
    r"weaker|stronger)\s+demand\b|\bsupply\s+and\s+demand\b"
    r"|\bexecut\w*\s+(?:the\s+|a\s+|this\s+|your\s+)?(?:commands?|programs?|scripts?|quer(?:y|ies)|functions?|"
    r"trades?|tasks?|instructions?)\b|\blife\s+support\b", re.I)
_WORD = re.compile(r"[A-Za-z][A-Za-z-]+")
_SUFFIXES = (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""), ("e", ""))


def stem(word: str) -> str:
    """A crude English stem so that one lexicon entry covers its inflections (provide/provided/providing)."""
    word = word.lower()
    for suffix, replacement in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[:-len(suffix)] + replacement
            break
    if len(word) > 4 and word[-1] == word[-2] and word[-1] not in "lsz":
        word = word[:-1]  # stopped -> stopp -> stop
    return word


@lru_cache(maxsize=1)
def _triggers() -> tuple[re.Pattern, dict[str, str], dict[str, str]]:
    lexicon = load("plover_triggers")
    phrase_type = {p: kind for kind, entry in lexicon.items() for p in entry["phrases"]}
    stem_type: dict[str, str] = {}
    for kind, entry in lexicon.items():
        for verb in entry["verbs"]:
            stem_type.setdefault(stem(verb), kind)  # the first type that lists a word keeps it
    phrases = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in sorted(phrase_type, key=len, reverse=True))
                         + r")\b", re.IGNORECASE)
    return phrases, phrase_type, stem_type


def sentence_type(sentence: str) -> tuple[str, re.Match] | None:
    """PLOVER type of a sentence from its first trigger (meetings included), with the trigger match.
    (The trigger nearest the root of a dependency parse was tried instead: +.01 accuracy for 4x the cost.)"""
    phrases, phrase_type, stem_type = _triggers()
    found = []
    if m := CONSULT.search(sentence):
        found.append((m.start(), "CONSULT", m))
    if m := phrases.search(sentence):
        found.append((m.start(), phrase_type[m.group().lower()], m))
    lower = sentence.lower()
    for pattern, kind, needles in PATTERN_TRIGGERS:
        if any(needle in lower for needle in needles) and (m := pattern.search(sentence)):
            found.append((m.start(), kind, m))
    figures = None  # the figures of speech, read once a trigger word is found (most sentences have none)
    for m in _WORD.finditer(sentence):
        if m.group().lower() in NOT_TRIGGERS or m.start() > 0 and m.group()[0].isupper():
            continue  # a capitalised word inside the sentence names something ("Economic Cooperation", "Relief Coordinator")
        if _CAUSED.match(sentence, m.start()):
            continue
        kind = stem_type.get(stem(m.group()))
        if not kind:
            continue
        if figures is None:
            figures = [f.span() for f in _FIGURATIVE.finditer(sentence)]
            if any(word in lower for word in _SENSE_WORDS):
                figures += [f.span() for f in _EVERYDAY_SENSES.finditer(sentence)]
        if not any(start <= m.start() < end for start, end in figures):
            found.append((m.start(), kind, m))
            break
    if not found:
        return None
    # the earliest wins; on a tie the longer reading listed first ("lifted the siege" over "lifted")
    _, kind, match = min(found, key=lambda f: f[0])
    return kind, match


def coded_type(kind: str, before: str, sentence: str) -> tuple[str, str]:
    """The type and status of a sentence's event: an announced act becomes the promise, threat or demand."""
    if kind in COOPERATIVE and FAILED_BEFORE.search(before):
        return "REJECT", "reported"
    ending = kind == "CONSULT" and ENDED_BEFORE.search(before)
    if (kind in HOSTILE or ending) and MAY_BEFORE.search(before) and CONDITION.search(sentence, len(before)):
        return "THREATEN", "reported"
    if ending:
        return "SANCTION", "reported"
    if kind != "CONSULT":  # a planned meeting stays a planned meeting
        if MUST_BEFORE.search(before):
            return "REQUEST", "reported"
        if PROMISE_BEFORE.search(before):
            if REFUSED_BEFORE.search(before):
                return "REJECT", "reported"
            return ("THREATEN" if kind in HOSTILE or ULTIMATUM.search(sentence) else "AGREE"), "reported"
    return kind, _status(before)


def _status(before: str) -> str:
    if NEGATED_BEFORE.search(before):
        return "negated"
    if PLANNED_BEFORE.search(before):
        return "planned"
    return "reported"


@lru_cache(maxsize=1)
def _topic_patterns() -> list[tuple[str, re.Pattern]]:
    return [(topic, re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b", re.I))
            for topic, phrases in load("topics").items()]


def _in(entity: Entity, span: tuple[int, int]) -> bool:
    return span[0] <= entity.start < span[1]


def _when(entity: Entity) -> When:
    v = entity.value
    return When(start=v["start"], end=v.get("end"), resolution=v["resolution"], text=entity.text)


def find_events(article_id: str, text: str, sentences: list[tuple[int, int]], entities: list[Entity],
                published: date | None) -> list[Event]:
    actors = Located(e for e in entities if e.kind == "actor")
    places = Located(e for e in entities if e.kind == "place")
    dates = Located(e for e in entities if e.kind == "date" and e.value.get("start"))
    mention_spans: list[tuple[int, int]] = []
    back_refs: list[tuple[Entity, str, tuple[int, int]]] = []  # (date, relation, sentence)
    typed = []  # (span, (first trigger's type, its match), (coded type, status)) of sentences with a trigger
    for span in sentences:
        sentence = text[span[0]:span[1]]
        for d in dates.within(*span):
            before = text[span[0]:d.start]
            since = SINCE_REF.search(before + d.text[:6])
            # the first meeting since, not "its first away win since 2011" nor "the first time that's happened
            # since 1905" (a rainless month), which a crawl's pages beside a meeting made back-references
            if since and (_SUCH.search(since.group()) or CONSULT.search(since.group())):
                back_refs.append((d, "previous", span))
            elif EARLIER_REF.search(before):
                back_refs.append((d, "earlier", span))
        trigger = sentence_type(sentence)
        if trigger is None:
            continue
        coded = coded_type(trigger[0], sentence[:trigger[1].start()], sentence)
        typed.append((span, trigger, coded))
        # a meeting the sentence tells of, not one that is the object of a hostile act ("rejected an offer of talks")
        if coded[0] not in HOSTILE | {"REJECT", "ACCUSE"} and \
                any(_status(sentence[:m.start()]) == "reported" for m in CONSULT.finditer(sentence)):
            mention_spans.append(span)
    others = _sentence_events(article_id, text, typed, actors, places, dates, published, skip=mention_spans)
    ref_dates = {id(d) for d, _, _ in back_refs}
    main = _build_main(article_id, text, mention_spans, actors, places, dates, ref_dates, published) \
        if mention_spans else None
    # the meeting heads the article when a sentence's first act is the meeting; "demanded ... at the fourth
    # round of talks" and "agreed at the meeting to ..." tell of the demand and the agreement first
    meeting_first = main is not None and any(t[0] == "CONSULT" for span, t, _ in typed if span in mention_spans)
    lead = main if meeting_first else next((e for e in others if e.status == "reported"), main)
    if lead is not None:
        lead.headline = True
    if main is None:
        return others
    events = [main] + others
    for i, (d, relation, span) in enumerate(back_refs, 1):
        when = _when(d)
        if relation == "previous" and when.resolution == "since":
            when = When(start=d.value["start"], end=d.value["start"][:4] + "-12-31", resolution="year", text=d.text)
        earlier = Event(
            id=f"{article_id[:12]}-m{i}", article_id=article_id, type=main.type, status="mentioned",
            evidence=Evidence(text[span[0]:span[1]], span[0], span[1]), actors=list(main.actors),
            source=main.source, target=main.target, when=when, topics=[],
        )
        events.append(earlier)
        main.refers_to = main.refers_to or {"text": text[span[0]:span[1]], "relation": relation,
                                            "when": when.to_dict(), "event_id": earlier.id}
    return events


def _build_main(article_id, text, spans, actors, places, dates, ref_dates, published) -> Event:
    # the most precise date told in a mention sentence (not a back-reference) dates the event
    in_spans = {id(e) for s in spans for e in (*dates.within(*s), *places.within(*s))}
    candidates = [d for d in dates if id(d) not in ref_dates and d.value["resolution"] in _PRECISION
                  and id(d) in in_spans]
    best = min(candidates, key=lambda d: (_PRECISION[d.value["resolution"]], d.start), default=None)
    # the evidence is the sentence that dates the event, else the one that places it, else the first
    told = [p for p in places if id(p) in in_spans]
    if best is not None:
        when = _when(best)
        evidence_span = next(s for s in spans if _in(best, s))
    else:
        when = _undated(dates, published)
        evidence_span = next((s for s in spans if places.within(*s)), spans[0])
    # a city or capital beats a country; the first told wins among equals
    best_place = min(told, key=lambda p: (p.value.get("lat") is None, p.start), default=None)
    place = (Place(best_place.value["name"], best_place.country, best_place.value.get("lat"), best_place.value.get("lon"))
             if best_place else None)
    event_actors: list[Actor] = []
    seen = set()
    countries_in_doc = []
    for a in actors:
        if a.country and a.country not in countries_in_doc:
            countries_in_doc.append(a.country)
    for span in spans:
        sentence = text[span[0]:span[1]]
        for a in actors.within(*span):
            # a bare sector word ("security officials") counts only when the sentence says whose
            owners = [a.country] if a.country else (
                countries_in_doc[:2] if BOTH_SIDES.search(sentence) and a.sector in STATE_SECTORS else [])
            for country in owners:
                key = (country, a.sector)
                if key not in seen:
                    seen.add(key)
                    event_actors.append(Actor(a.text, country, a.sector))
    with_sector = {a.country for a in event_actors if a.sector}
    event_actors = [a for a in event_actors if a.sector or a.country not in with_sector]
    countries = []
    for a in event_actors:
        if a.country and a.country not in countries:
            countries.append(a.country)
    first_actor = {c: next(a for a in event_actors if a.country == c) for c in countries}
    topics: list[str] = []
    for topic, pattern in _topic_patterns():
        if any(pattern.search(text[s:e]) for s, e in spans) and topic not in topics:
            topics.append(topic)
    round_no = None
    for s, e in spans:
        m = ROUND.search(text[s:e])
        if m:
            word = m.group(1).lower()
            round_no = ORDINALS.get(word) or int(re.sub(r"\D", "", word))
            break
    target = first_actor[countries[1]] if len(countries) > 1 else None
    if target is None and countries and place and place.country and place.country != countries[0]:
        target = Actor(place.name, place.country, None)  # a visit to Amman targets Jordan
    return Event(
        id=f"{article_id[:12]}-e1", article_id=article_id, type="CONSULT", status="reported",
        evidence=Evidence(text[evidence_span[0]:evidence_span[1]], evidence_span[0], evidence_span[1]),
        topics=topics, actors=event_actors,
        source=first_actor[countries[0]] if countries else None,
        target=target, place=place, when=when, round=round_no,
    )


# a threat that says what it threatens, whoever makes it ("threatened to kill him", "a threatening phone call")
_PLAIN_THREAT = re.compile(r"threat\w*\s+(?:to|with)\b|threatening\s+(?:phone\s+)?(?:calls?|messages?|letters?|notes?|"
                           r"e-?mails?)\b", re.IGNORECASE)
# everyday verbs that code an act only where someone acts: "Are bicycles allowed?", "the compiler provides useful
# errors", "I'm going to share a set of steps", "experts warned that ...", "the threat is now Web-based" tell nothing
# a state or a group did ("charged with murder" stays: a suspect is seldom a known actor, and crime news tell of
# charges)
_WEAK_STEMS = {stem(w) for w in ("allow", "allowed", "support", "ask", "asked", "provide", "offer", "share", "leave",
                                 "deal", "request", "send", "thank", "welcome", "recognize", "accept", "grant", "fund",
                                 "deliver", "visit", "warn", "warned", "warning", "threat", "threaten")}


def _sentence_events(article_id, text, typed_sentences, actors, places, dates, published, skip) -> list[Event]:
    """One event per sentence that has a trigger of another type than the meeting already coded;
    `typed_sentences`: (span, sentence_type, coded_type) of the sentences with a trigger."""
    events = []
    undated = _undated(dates, published)  # once: it reads all the dates
    for span, (first, trigger), (kind, status) in typed_sentences:
        sentence = text[span[0]:span[1]]
        if first == "CONSULT" and skip:  # meetings are coded above, merged
            continue
        if stem(trigger.group()) in _WEAK_STEMS and not actors.within(*span) \
                and not _PLAIN_THREAT.match(text, span[0] + trigger.start()):
            continue
        at = span[0] + trigger.start()
        said = ATTRIBUTION.search(sentence)
        speaker_from = span[0] + said.start() if said and said.start() > trigger.end() else span[1]
        in_sentence = [a for a in actors.within(span[0], speaker_from) if a.country]
        before = [a for a in in_sentence if a.end <= at]
        # "... if war starts in Iraq", "... despite Israel's wish": a side clause after the act tells its context
        # (a threat's condition names its target: "threatened to stop talks if the United States goes ahead")
        acted = at + len(trigger.group())
        side = (_CONTEXT_CLAUSE if kind == "THREATEN" else _SIDE_CLAUSE).search(text, acted, speaker_from)
        context_from = side.start() if side else speaker_from
        after = [a for a in in_sentence if acted <= a.start < context_from]
        # "the Turkish and Greek sides of the island of Cyprus agreed": a country that qualifies the subject is no
        # source (after the trigger it often is the target: "the withdrawal of Serbian forces")
        before = [a for a in before if not _qualifies(text, a)] or before
        source = before[-1] if before else None
        target = next((a for a in after if not source or a.country != source.country), None)
        agent = _passive_agent(text, trigger, span, at, after)
        if agent is not None:  # "X was attacked by Y": Y acted on X
            source, target = agent, before[-1] if before and before[-1].country != agent.country else None
        elif kind == "REQUEST" and MUST_BEFORE.search(sentence[:trigger.start()]) and len(before) >= 2 \
                and before[-2].country != before[-1].country:
            # "Russia said that Sudan must return ...": the speaker asks, the one who must is asked
            source, target = before[-2], before[-1]
        located = [p for p in places.within(span[0], speaker_from) if p.country]
        if source is None and target is not None:
            # an unnamed actor is coded by where it acts: "Demonstrators in Baghdad blocked a road to show their
            # disapproval for the United States", "a roadside bombing near Samarra killed one U.S. soldier"
            source = next((p for p in located if p.country != target.country), None)
        if target is None:  # PLOVER: an act done in another country targets that country ("troops in Liberia")
            target = next((p for p in located if p.start < context_from
                           and (not source or p.country != source.country)), None)
        told = [d for d in dates.within(*span) if d.value["resolution"] in _PRECISION]
        place = next(iter(places.within(*span)), None)
        # with no side named at all, the context's actors are the best guess ("despite pressure by the Kenya ...")
        in_clause = [a for a in in_sentence if a.start < context_from] if source or target else in_sentence
        parties = _parties(text, in_clause, [x for x in (source, target) if x in in_clause])
        events.append(Event(
            id=f"{article_id[:12]}-s{len(events) + 1}", article_id=article_id, type=kind,
            status=status, evidence=Evidence(sentence, span[0], span[1]),
            actors=[Actor(a.text, a.country, a.sector) for a in parties],
            source=Actor(source.text, source.country, source.sector) if source else None,
            target=Actor(target.text, target.country, target.sector) if target else None,
            place=Place(place.value["name"], place.country, place.value.get("lat"), place.value.get("lon"))
            if place else None,
            when=_when(told[0]) if told else copy(undated),
        ))
    return events


# "... of (the) (divided island) of" before an actor; group 1 is the noun before "of"
_OF_NOUN = re.compile(r"\b([\w-]+)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$")
_OF_PARTIES = {"members", "representatives", "supporters", "envoys", "delegates"}


def _qualifies(text: str, actor: Entity) -> bool:
    """The actor is the complement of a noun that is no actor ("sides of the island of Cyprus"),
    not of a title or a people ("the president of Armenia" is Armenia acting, "the Albanians of Serbia" Serbia's)."""
    m = _OF_NOUN.search(text, max(0, actor.start - 60), actor.start)
    return bool(m) and not is_sector_word(m.group(1)) and m.group(1) not in demonyms() \
        and m.group(1).lower() not in _OF_PARTIES


def _passive_agent(text: str, trigger: re.Match, span: tuple[int, int], at: int, after: list[Entity]) -> Entity | None:
    """The actor after "by" when the trigger is a passive verb ("has been accused ... by Haitian officials")."""
    if not PASSIVE_BEFORE.search(text[span[0]:at]):
        return None
    end = at + len(trigger.group())
    return next((a for a in after if BY_AGENT.fullmatch(text[end:a.start])), None)


def _parties(text: str, in_sentence: list[Entity], core: list[Entity]) -> list[Entity]:
    """The source and the target with the actors coordinated with them ("Hungarian and Romanian officials",
    "Israel and the Palestinians"); other countries the sentence names are context, not parties. Without a
    source or target, every actor of the sentence."""
    if not core:
        return in_sentence
    chosen = list(core)
    grew = True
    while grew:
        grew = False
        for a in in_sentence:
            if a not in chosen and any(_COORDINATED.fullmatch(text[min(a.end, c.end):max(a.start, c.start)])
                                       for c in chosen):
                chosen.append(a)
                grew = True
    return sorted(chosen, key=lambda e: e.start)


def _undated(dates: list[Entity], published: date | None) -> When:
    """No date in the event's sentences: it happened before publication, or after the latest date told."""
    if published:
        return When(start=None, end=published.isoformat(), resolution="before", text="before publication")
    days = [d for d in dates if d.value["resolution"] == "day"]
    if days:
        latest = max(days, key=lambda d: d.value["end"])
        return When(start=latest.value["end"], end=None, resolution="after", text=f"after {latest.text}")
    return When(resolution="unknown")
