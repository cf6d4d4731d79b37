"""Country and actor codes: Kosovo handling, PLOVER sectors, CAMEO actor codes.

Internally the knowledge base uses ``XKX`` for Kosovo. Output uses the ``kosovo_code``
setting (default ``XKX``) for ``Actor.country``; CAMEO actor codes always use CAMEO's own
``KSV`` (``KSVGOV``), as the CAMEO codebook and Phoenix dictionaries do.
"""
from __future__ import annotations

__all__ = ["KOSOVO_INPUT", "cameo_code", "country_out", "normalize_country"]

KOSOVO_INPUT = frozenset({"XKX", "KOS", "KSV", "UNK", "XK"})
# PLOVER sectors whose CAMEO three-letter code differs (CAMEO MED = media, HLH = health).
_CAMEO_SECTOR = {"JRN": "MED", "MED": "HLH"}
# UN and EU bodies without a KB code of their own ("U.N. Secretary-General X") take the CAMEO IGO prefix
_IGO_BASE = {"UNO": "IGOUNO", "EUR": "IGOEUREEC"}
_NON_STATE = {"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC", "WST"}


def normalize_country(code: str | None) -> str | None:
    """Input code -> the KB's internal code (Kosovo's variants -> XKX)."""
    if not code:
        return None
    code = code.upper()
    return "XKX" if code in KOSOVO_INPUT else code


def country_out(code: str | None, kosovo_code: str = "XKX") -> str | None:
    """Internal code -> the code written in ``Actor.country``."""
    return kosovo_code if code == "XKX" else code


def cameo_code(country: str | None, sector: str | None, base: str | None = None) -> str | None:
    """CAMEO actor code: country (or an IGO code) followed by the sector block.

    ``base`` is a full CAMEO prefix from the KB (e.g. IGOWSTNAT for NATO); a sector that
    the base already ends with is not repeated.
    """
    head = base or _IGO_BASE.get(country or "") or ("KSV" if country == "XKX" else country)
    if not head:
        return None
    block = _CAMEO_SECTOR.get(sector or "", sector or "")
    if not block or head.endswith(block) or (len(head) > 3 and block == "GOV" and head.startswith("IGO")):
        return head
    return head + block
