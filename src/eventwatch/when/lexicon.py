"""Words the time grammar knows: months, weekdays, seasons, numbers, holidays.

Kept as plain tables so the grammar (regular expressions) and the normaliser
(values) read the same names.
"""
from __future__ import annotations

import datetime as dt

from dateutil.easter import EASTER_WESTERN, easter

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}

# TIMEX3 season codes
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}

NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "fifty": 50, "hundred": 100, "several": None, "few": None, "a few": None,
    "many": None,
}

# words that may stand before a capitalised month, season or year without making it part of a name
CUE_WORDS = {
    "in", "on", "at", "by", "of", "for", "from", "to", "until", "till", "since", "during", "through", "before",
    "after", "between", "and", "or", "the", "this", "that", "last", "next", "early", "late", "mid", "fiscal",
    "fy", "a", "an", "every", "each", "than", "around", "about", "over", "within", "throughout", "into",
}

# "Black Monday", "Super Tuesday": a capitalised word that makes a weekday a name
NAMED_DAY_PREFIXES = ("Black", "Cyber", "Easter", "Good", "Bloody", "Super", "Ash", "Holy", "Palm", "Maundy",
                      "Fat", "Giving", "Blue", "Manic")

# calendars whose new year is not January 1 ("Chinese New Year")
OTHER_NEW_YEARS = ("Chinese", "Lunar", "Jewish", "Persian", "Iranian", "Islamic", "Ethiopian", "Thai", "Khmer",
                   "Tamil", "Sikh", "Hindu", "Nepali", "Vietnamese", "Korean", "Tibetan", "Orthodox")

# word decades: "the nineties" -> 9
DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                "eighties": 8, "nineties": 9}

# ordinal words up to twenty-first, for centuries ("the nineteenth century")
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
}

ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "final": 4, "last": 4,
}

# TIMEX3 duration unit letters (weeks P2W, decades P2DE ...)
UNITS = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "DE", "century": "CE",
         "quarter": "Q", "hour": "H", "minute": "M", "weekend": "WE"}


def _fixed(month: int, day: int):
    return lambda year: dt.date(year, month, day)


def _nth_weekday(month: int, weekday: int, n: int):
    def day(year: int) -> dt.date:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    return day


# holiday name (lower case, normalised spaces) -> the date in a given year
HOLIDAYS = {
    "christmas": _fixed(12, 25),
    "christmas day": _fixed(12, 25),
    "christmas eve": _fixed(12, 24),
    "orthodox christmas": _fixed(1, 7),  # Julian-calendar churches (Serbia, Russia ...)
    "christian orthodox christmas": _fixed(1, 7),
    "orthodox christian christmas": _fixed(1, 7),
    "new year's day": _fixed(1, 1),
    "new year's eve": _fixed(12, 31),
    "new year": _fixed(1, 1),
    "valentine's day": _fixed(2, 14),
    "halloween": _fixed(10, 31),
    "boxing day": _fixed(12, 26),
    "thanksgiving": _nth_weekday(11, 3, 4),
    "labor day": _nth_weekday(9, 0, 1),  # US spelling; "Labour Day" differs by country and is left out
    "good friday": lambda year: easter(year, EASTER_WESTERN) - dt.timedelta(days=2),
    "easter": lambda year: easter(year, EASTER_WESTERN),
    "easter sunday": lambda year: easter(year, EASTER_WESTERN),
}


def holiday_date(name: str, year: int) -> dt.date | None:
    rule = HOLIDAYS.get(" ".join(name.lower().replace("’", "'").split()))
    return rule(year) if rule else None


def alternation(words) -> str:
    """A regex alternation, longest words first so 'sept' beats 'sep'."""
    return "|".join(sorted((w.replace(".", r"\.").replace(" ", r"\s+") for w in words), key=len, reverse=True))
