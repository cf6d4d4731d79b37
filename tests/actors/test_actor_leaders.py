"""Office holders on a day from the shipped knowledge base, including the hand-written terms."""
import datetime as dt

import pytest

from eventwatch.actors.resolve import holder_at

_CASES = [
    ("IRN", "HOS", dt.date(2026, 11, 1), "Ali Khamenei"),  # the 2022 snapshot listed the president as HOS
    ("IRN", "HOG", dt.date(2023, 1, 1), "Ebrahim Raisi"),
    ("VEN", "HOS", dt.date(2020, 6, 1), "Juan Guaidó"),
    ("VEN", "HOS", dt.date(2024, 6, 1), "Nicolás Maduro"),
    ("VEN", "HOS", dt.date(2026, 6, 1), "Delcy Rodríguez"),
    ("SYR", "HOG", dt.date(2026, 1, 1), "Ahmed al-Sharaa"),
    ("PSE", "HOG", dt.date(2025, 1, 1), "Mohammad Mustafa"),
    ("GEO", "HOS", dt.date(2025, 6, 1), "Mikheil Kavelashvili"),
    ("JPN", "HOG", dt.date(2026, 1, 1), "Sanae Takaichi"),
]


@pytest.mark.parametrize("country,role,day,name", _CASES)
def test_holder_on_the_day(country, role, day, name):
    holder = holder_at(country, role, day)
    assert holder is not None and holder.name == name


def test_newsworthy_countries_have_both_heads_in_2026():
    countries = ("USA GBR FRA DEU RUS UKR CHN IND JPN ISR PSE IRN IRQ SYR TUR SAU EGY SDN ETH NGA ZAF BRA MEX "
                 "VEN COL ARG PRK KOR PAK AFG SRB XKX").split()
    day = dt.date(2026, 11, 1)
    missing = [(c, r) for c in countries for r in ("HOS", "HOG") if holder_at(c, r, day) is None]
    assert missing == []
