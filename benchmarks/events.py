"""Event coding benchmark: ours beside the baselines we can run here, in one run.

Data (DESIGN.md): ../shared/data/plover-gsr-dev.json (200 sentences, gold PLOVER type, source/target actors
with ISO3 and sector) and ../shared/data/eventstoryline-dates-dev.json (news sentences with gold normalised
dates and the document creation date).
- event type: accuracy and macro-F1 over the gold types (old PLOVER names mapped: FIGHT -> ASSAULT,
  DISAPPROVE and INVESTIGATE -> ACCUSE, DEMAND -> REQUEST: TYPE_MAP); baseline: the majority type.
- actor countries: micro P/R of the set of ISO3 codes per sentence, from the actor mentions found and from the
  coded event (its actors, source and target) and from its source and target alone (gold IGO/NGO codes are no country and
  are left out; legacy CAMEO codes such as JAP are mapped to ISO3); sector accuracy over matched countries (the
  gold's role code: its first three letters, "CVLalb" adds an ethnic code to CVL; "***", unknown, is left out);
  direction accuracy over sentences with a distinct gold source and target country.
- dates: exact (same normalised value) and lenient (same year and month) accuracy per gold timex;
  baseline: dateparser on the gold expression with the document date as base.
- speed: full enrichment of the 772 ECB+ texts, articles per CPU-second, and characters per CPU-second beside
  those of the same texts enriched as one long article.
    python benchmarks/events.py
"""
from __future__ import annotations

import json
import re
import sys
import time
from collections import Counter
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import DATA, print_table  # noqa: E402

# PLOVER 0.5 names in the gold data -> the PLOVER 1.0 types of DESIGN.md
TYPE_MAP = {"FIGHT": "ASSAULT", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "DEMAND": "REQUEST"}


def gold_type(item) -> str:
    return TYPE_MAP.get(item["event"], item["event"])


def macro_f1(pred: list[str], gold: list[str]) -> float:
    scores = []
    for label in set(gold):
        tp = sum(p == g == label for p, g in zip(pred, gold))
        fp = sum(p == label != g for p, g in zip(pred, gold))
        fn = sum(g == label != p for p, g in zip(pred, gold))
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores)


# gold actor codes that are no country (scored under sector, not country) and legacy CAMEO country codes
NOT_COUNTRIES = {"IGO", "NGO", "MNC", "REB", "UIS", "IMG", "ISM"}
LEGACY_CODES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}


def _actors(item, key):
    actors = [dict(a) for a in item.get(key) or [] if isinstance(a, dict) and a.get("code")]
    for a in actors:
        a["code"] = LEGACY_CODES.get(a["code"], a["code"])
        a["sector"] = (a.get("sector") or "")[:3].strip("*") or None
    return [a for a in actors if a["code"] not in NOT_COUNTRIES]


def code_sentences(items):
    from storyline.enrich import enrich_article
    from storyline.model import Article

    out = []
    for item in items:
        article = enrich_article(Article(id=item["id"], source="plover", text=item["text"], published=item.get("date")))
        headline = next((e for e in article.events if e.headline), None) or next(iter(article.events), None)
        # a country's sector: the first of its mentions that says one
        actors = sorted((e for e in article.entities if e.kind == "actor" and e.country), key=lambda e: e.sector is None)
        out.append({"type": headline.type if headline else "NONE", "event": headline,
                    "countries": {a.country for a in actors},
                    "sectors": {a.country: a.sector for a in reversed(actors)}})
    return out


def event_rows(items, coded):
    gold = [gold_type(i) for i in items]
    majority = Counter(gold).most_common(1)[0][0]
    rows = []
    for name, pred in (("storyline", [c["type"] for c in coded]), (f"majority type ({majority})", [majority] * len(gold))):
        acc = sum(p == g for p, g in zip(pred, gold)) / len(gold)
        rows.append([name, f"{acc:.3f}", f"{macro_f1(pred, gold):.3f}"])
    return rows


def _source_target_countries(event) -> set[str]:
    if event is None:
        return set()
    return {x.country for x in (event.source, event.target) if x and x.country}


def _event_countries(event) -> set[str]:
    """Countries of the coded event: its actors, source and target (a target may be where it happened)."""
    if event is None:
        return set()
    return {a.country for a in event.actors if a.country} | _source_target_countries(event)


def _country_pr(items, predicted: list[set[str]]) -> tuple[float, float]:
    tp = fp = fn = 0
    for item, got in zip(items, predicted):
        gold = {a["code"] for a in _actors(item, "source") + _actors(item, "target")}
        tp, fp, fn = tp + len(gold & got), fp + len(got - gold), fn + len(gold - got)
    return tp / (tp + fp) if tp + fp else 0.0, tp / (tp + fn) if tp + fn else 0.0


def actor_rows(items, coded):
    sector_hits = sector_total = direction_hits = direction_total = 0
    for item, c in zip(items, coded):
        sources, targets = _actors(item, "source"), _actors(item, "target")
        for a in sources + targets:
            if a["code"] in c["sectors"] and a.get("sector"):
                sector_total += 1
                sector_hits += c["sectors"][a["code"]] == a["sector"]
        src, tgt = {a["code"] for a in sources}, {a["code"] for a in targets}
        if len(src) == 1 and len(tgt) == 1 and src != tgt:
            direction_total += 1
            e = c["event"]
            direction_hits += bool(e and e.source and e.target and e.source.country in src and e.target.country in tgt)
    p, r = _country_pr(items, [c["countries"] for c in coded])
    ep, er = _country_pr(items, [_event_countries(c["event"]) for c in coded])
    sp, sr = _country_pr(items, [_source_target_countries(c["event"]) for c in coded])
    return [["storyline (actor mentions)", f"{p:.3f}", f"{r:.3f}",
             f"{sector_hits / max(sector_total, 1):.3f} ({sector_total})",
             f"{direction_hits / max(direction_total, 1):.3f} ({direction_total})"],
            ["storyline (the coded event)", f"{ep:.3f}", f"{er:.3f}", "", ""],
            ["storyline (its source and target only)", f"{sp:.3f}", f"{sr:.3f}", "", ""]]


def _dct(doc) -> date:
    return date.fromisoformat(doc["dct"][:10])


def _normal(value: str) -> str:
    """TimeML values as one spelling: "1979-2" -> "1979-02", "2011W42" -> "2011-W42"."""
    value = re.sub(r"^(\d{4})W", r"\1-W", value)
    return re.sub(r"^(\d{4})-(\d)$", r"\1-0\2", value)


def _same(got: str | None, want: str, lenient: bool) -> bool:
    if not got:
        return False
    got, want = _normal(got), _normal(want)
    return got[:7] == want[:7] if lenient else got[:len(want)] == want and (len(want) < 10 or got == want)


def date_rows(docs):
    from storyline.enrich.sentences import split_sentences
    from storyline.enrich.timex import find_dates

    import dateparser

    ours_exact = ours_lenient = dp_exact = dp_lenient = total = 0
    for doc in docs:
        if not doc.get("dct"):
            continue  # no document date to resolve against: not scored
        dct = _dct(doc)
        for timex in doc["timexes"]:
            total += 1
            want = timex["value"]
            sentence = doc["sents"][str(timex["sent"])]
            found = {e.text.lower(): e.value for e in find_dates(sentence, dct, split_sentences(sentence))}
            value = next((v for t, v in found.items() if timex["text"].lower() in t or t in timex["text"].lower()), None)
            got = None
            if value and value.get("start"):
                start = date.fromisoformat(value["start"])
                got = {"year": value["start"][:4], "month": value["start"][:7], "decade": value["start"][:3] + "X",
                       "week": f"{start.isocalendar()[0]}-W{start.isocalendar()[1]:02d}",
                       "weekend": f"{start.isocalendar()[0]}-W{start.isocalendar()[1]:02d}-WE"}.get(value["resolution"],
                                                                                          value["start"])
                if value.get("time"):
                    got += "T" + value["time"]
            ours_exact += _same(got, want, False)
            ours_lenient += _same(got, want, True)
            parsed = dateparser.parse(timex["text"], settings={
                "RELATIVE_BASE": datetime(dct.year, dct.month, dct.day), "PREFER_DATES_FROM": "current_period"})
            dp = parsed.date().isoformat() if parsed else None
            dp_exact += _same(dp, want, False)
            dp_lenient += _same(dp, want, True)
    return [["storyline timex", f"{ours_exact / total:.3f}", f"{ours_lenient / total:.3f}"],
            ["dateparser (gold expression)", f"{dp_exact / total:.3f}", f"{dp_lenient / total:.3f}"]], total


def speed() -> tuple[float, float, float, int]:
    """Articles and characters per CPU-second over the ECB+ texts one by one, and characters per CPU-second with
    all of them as one article (a long transcript or live blog: the cost must stay linear in its length)."""
    from storyline.enrich import enrich_article
    from storyline.model import Article

    rows = [json.loads(x) for x in (DATA / "ecbplus-dev.jsonl").read_text(encoding="utf-8").splitlines()]
    enrich_article(Article(id="warm", source="x", text=rows[0]["text"]))
    start = time.process_time()
    for r in rows:
        enrich_article(Article(id=r["id"], source="ecbplus", text=r["text"]))
    seconds = time.process_time() - start
    whole = "\n".join(r["text"] for r in rows)
    start = time.process_time()
    enrich_article(Article(id="all", source="ecbplus", text=whole))
    return len(rows) / seconds, len(whole) / seconds, len(whole) / (time.process_time() - start), len(whole)


def main() -> None:
    items = json.loads((DATA / "plover-gsr-dev.json").read_text(encoding="utf-8"))
    docs = json.loads((DATA / "eventstoryline-dates-dev.json").read_text(encoding="utf-8"))
    coded = code_sentences(items)
    print_table(f"PLOVER event type: {len(items)} sentences", ["system", "accuracy", "macro-F1"], event_rows(items, coded))
    print_table("Actors", ["system", "country P", "country R", "sector acc (n)", "direction acc (n)"],
                actor_rows(items, coded))
    rows, total = date_rows(docs)
    print_table(f"Dates: {total} gold expressions", ["system", "exact", "lenient (year-month)"], rows)
    articles, chars, long_chars, length = speed()
    print(f"\nfull enrichment: {articles:,.0f} articles per CPU-second (772 ECB+ texts, {chars / 1000:,.0f} k characters "
          f"per CPU-second); the same texts as one article of {length / 1e6:.1f} M characters: "
          f"{long_chars / 1000:,.0f} k characters per CPU-second")


if __name__ == "__main__":
    main()
