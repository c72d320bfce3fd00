from datetime import date

from storyline.enrich.sentences import split_sentences
from storyline.enrich.timex import find_dates


def _dates(text, published):
    return {e.text: e.value for e in find_dates(text, published, split_sentences(text))}


def test_weekdays_resolve_into_the_past_for_past_tense():
    got = _dates("Officials met on Wednesday and Thursday in Havana.", date(2023, 1, 20))  # a Friday
    assert got["Wednesday and Thursday"] == {"start": "2023-01-18", "end": "2023-01-19", "resolution": "day"}


def test_future_tense_moves_forward():
    got = _dates("The ministers will meet on Monday.", date(2023, 1, 20))
    assert got["Monday"]["start"] == "2023-01-23"
    got = _dates("The summit is scheduled on 5 June.", date(2023, 1, 20))
    assert got["5 June"]["start"] == "2023-06-05"
    got = _dates("The summit took place on 5 June.", date(2023, 1, 20))
    assert got["5 June"]["start"] == "2022-06-05"


def test_yearless_dates_follow_the_latest_full_date_without_publication_date():
    got = _dates("It continued the one held on September 15, 2017. He stated on 5 June that it was over.", None)
    assert got["September 15, 2017"]["start"] == "2017-09-15"
    assert got["5 June"]["start"] == "2018-06-05"


def test_weeks_years_and_open_intervals():
    got = _dates("They met this week, the first meeting since 2018, and again in March 2019.", date(2023, 1, 20))
    assert got["this week"] == {"start": "2023-01-16", "end": "2023-01-22", "resolution": "week"}
    assert got["since 2018"] == {"start": "2018-01-01", "end": None, "resolution": "since"}
    assert got["March 2019"] == {"start": "2019-03-01", "end": "2019-03-31", "resolution": "month"}


def test_sentences_keep_abbreviations():
    text = "The U.S. delegation met Mr. Díaz. Talks ended."
    assert [text[s:e] for s, e in split_sentences(text)] == ["The U.S. delegation met Mr. Díaz.", "Talks ended."]


def test_bare_months_decades_and_weekday_before_a_full_date():
    got = _dates("Repairs are expected in late October; it broke in September. Stars of the 1950s.", date(2011, 10, 20))
    assert got["in late October"]["start"] == "2011-10-01"
    assert got["in September"] == {"start": "2011-09-01", "end": "2011-09-30", "resolution": "month"}
    assert got["the 1950s"] == {"start": "1950-01-01", "end": "1959-12-31", "resolution": "decade"}
    got = _dates("Problems began on Saturday , 8 October 2011 and June 24 , 2005 too.", date(2011, 10, 20))
    assert got["8 October 2011"]["start"] == "2011-10-08" and "Saturday" not in got
    assert got["June 24 , 2005"]["start"] == "2005-06-24"


def test_weekends_and_spans_ago():
    sunday = date(2013, 9, 15)
    assert _dates("Two men died at Mt Cook this weekend.", sunday)["this weekend"] == {
        "start": "2013-09-14", "end": "2013-09-15", "resolution": "weekend"}
    assert _dates("The match will be played next weekend.", date(2013, 9, 11))["next weekend"]["start"] == "2013-09-14"
    got = _dates("Charges were filed a month ago; he moved there 3 years ago.", date(2005, 7, 26))
    assert got["a month ago"] == {"start": "2005-06-01", "end": "2005-06-30", "resolution": "month"}
    assert got["3 years ago"]["start"] == "2002-01-01"


def test_deadlines_and_court_dates_lie_ahead():
    assert _dates("Jackson is due in court Feb. 17.", date(2009, 2, 4))["Feb. 17"]["start"] == "2009-02-17"
    assert _dates("The judge has given him a May 10 deadline.", date(2013, 5, 2))["May 10"]["start"] == "2013-05-10"


def test_short_years_month_of_this_year_and_day_of_last_week():
    published = date(2011, 10, 20)  # a Thursday
    assert _dates("Seen on 10 Nov 11 near Aden.", published)["10 Nov 11"]["start"] == "2011-11-10"
    assert _dates("It was the fifth since September this year.", published)["September this year"] == {
        "start": "2011-09-01", "end": "2011-09-30", "resolution": "month"}
    assert _dates("Last week Friday, Seacom restored services.", published)["Last week Friday"]["start"] == "2011-10-14"
    assert _dates("The earthquake a day before killed ten.", published)["a day before"]["start"] == "2011-10-19"


def test_the_tense_of_the_dates_clause_and_the_year_of_its_sentence():
    # "has continued" is past although the sentence goes on in the future tense
    got = _dates("Restoration has continued throughout the weekend and Seacom will continue to work.", date(2011, 10, 10))
    assert got["the weekend"]["start"] == "2011-10-08"
    # a yearless date takes the year of the full date its sentence tells
    got = _dates("He was killed June 24, 2005 after a raid on June 20.", date(2007, 3, 20))
    assert got["June 20"]["start"] == "2005-06-20"

    # "would" tells the future of a past: a past verb nearer the date decides (an AP story of 2019-11-20)
    got = _dates("He testified about a July 10 meeting at the White House when Sondland told visiting Ukraine "
                 "officials they would need to deliver before the administration would agree to a meeting.",
                 date(2019, 11, 20))
    assert got["July 10"]["start"] == "2019-07-10"
    got = _dates("The Tax Foundation projected in May that the tariffs would reduce GDP.", date(2019, 11, 18))
    assert got["in May"]["start"] == "2019-05-01"
    # nearer the date than any past verb, "would" still says the future
    got = _dates("The ministers said the talks would resume on July 10.", date(2019, 11, 20))
    assert got["July 10"]["start"] == "2020-07-10"


def test_a_quote_and_a_relative_clause_keep_their_own_tense_and_irregular_verbs_tell_the_past():
    # from the crawl's news pages (each a Wednesday): the "will" of a quote or of a relative clause is not the date's
    got = _dates("Bloomberg's presence will give voters “a live demonstration of how we take on an egomaniac "
                 "billionaire,” she said Tuesday.", date(2020, 2, 19))
    assert got["Tuesday"]["start"] == "2020-02-18"
    got = _dates("Texas voters approved an amendment to the state constitution on Tuesday that will grant billions "
                 "of dollars to the Teacher Retirement System.", date(2023, 11, 8))
    assert got["Tuesday"]["start"] == "2023-11-07"
    got = _dates("Blue Origin will offer NASA its Blue Moon lander that the company unveiled in May.",
                 date(2019, 11, 20))
    assert got["in May"]["start"] == "2019-05-01"
    # the relative clause's own future stays
    got = _dates("The meeting that will take place on Tuesday was announced.", date(2023, 11, 8))
    assert got["Tuesday"]["start"] == "2023-11-14"


def test_time_of_day_on_a_day():
    got = _dates("A fire broke out early Tuesday morning.", date(2012, 8, 7))
    assert got["Tuesday"]["time"] == "MO"
    got = _dates("All circuits were restored as of 4 November 02 : 00 GMT.", date(2011, 11, 4))
    assert (got["4 November"]["start"], got["4 November"]["time"]) == ("2011-11-04", "02:00Z")


def test_two_digit_decades_are_not_ages_and_clock_times_after_from():
    got = _dates("Champion swimmer turned top box-office draw in 40s and 50s.", date(2013, 6, 7))
    assert got["40s"] == {"start": "1940-01-01", "end": "1949-12-31", "resolution": "decade"}
    assert not _dates("She is in her 40s and lives in Paris.", date(2013, 6, 7))
    got = _dates("A fibre cut happened on 16th August from 06 : 31GMT.", date(2011, 8, 16))
    assert got["16th August"]["time"] == "06:31Z"


def test_this_morning_and_tonight_are_the_publication_day():
    got = _dates("Police said this morning that the road will reopen tonight.", date(2011, 8, 16))
    assert (got["this morning"]["start"], got["this morning"]["time"]) == ("2011-08-16", "MO")
    assert (got["tonight"]["start"], got["tonight"]["time"]) == ("2011-08-16", "NI")


def test_a_utc_clock_beside_a_day_before_or_after_it_beats_the_part_of_day():
    got = _dates("The station registered a quake at 09:10 hours (0440 GMT) on Monday.", date(2005, 11, 28))
    assert (got["Monday"]["start"], got["Monday"]["time"]) == ("2005-11-28", "04:40Z")
    got = _dates("The cable was cut this morning, 16th August, from 06:31 GMT.", date(2011, 8, 16))
    assert got["this morning"]["time"] == got["16th August"]["time"] == "06:31Z"
    # a local clock, or a UTC clock of another sentence, is no time of the day
    got = _dates("Voting closed on Sunday at 20:00 local time. At 0300 GMT counting began.", date(2023, 5, 15))
    assert "time" not in got["Sunday"]
