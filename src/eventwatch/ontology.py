"""PLOVER and CAMEO facts the coder and the exports share (see docs/coding.md).

Sources: the public PLOVER manual (draft v0.8) and the CAMEO codebook v1.1b3, as summarised in
the project's reference notes. Everything here is plain data: no rules.
"""
from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "AUX_MODES", "CAMEO_ROOTS", "CameoRoot", "GSR_CROSSWALK", "KOSOVO_CODES", "PLOVER_TYPES",
    "PloverType", "cameo_quad", "default_cameo", "normalise_country", "plover_quad",
]


@dataclass(frozen=True)
class PloverType:
    name: str
    quad: int  # 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    score: float  # PLOVER conflict/cooperation score
    modes: tuple[str, ...] = ()
    recipient_required: bool = False


@dataclass(frozen=True)
class CameoRoot:
    code: str
    name: str
    goldstein: float


_T = PloverType
PLOVER_TYPES: dict[str, PloverType] = {t.name: t for t in (
    _T("AGREE", 1, 2.5),
    _T("CONSULT", 1, 2.5, ("visit", "third-party", "multilateral", "phone")),
    _T("SUPPORT", 1, 5.0),
    _T("CONCEDE", 1, 4.5),
    _T("COOPERATE", 2, 9.5, (), True),
    _T("AID", 2, 10.0, (), True),
    _T("RETREAT", 2, 6.5, ("withdraw", "release", "disarm", "ceasefire", "access", "resign")),
    _T("REQUEST", 3, 0.0, ("assist", "change", "yield", "meet")),
    _T("ACCUSE", 3, -2.5, ("disapprove", "investigate", "allege")),
    _T("REJECT", 3, -2.0, ("assist", "change", "yield", "meet")),
    _T("THREATEN", 3, -3.5, ("restrict", "arrest", "relations", "expel", "territory", "violence")),
    _T("PROTEST", 4, -5.0, ("demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize")),
    # The PLOVER manual puts SANCTION in quad 3 in one place and quad 4 in another. We use 4
    # (material conflict): sanctions, expulsions and cut links are acts, not words, and the
    # CAMEO root they export to (16, reduce relations) sits in the material-conflict band 14-20.
    _T("SANCTION", 4, -6.0, ("convict", "expel", "withdraw", "discontinue"), True),
    _T("MOBILIZE", 4, -5.5, ("troops", "weapons", "police", "militia")),
    _T("COERCE", 4, -7.0, ("seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport",
                           "withhold", "misinformation", "cyber")),
    _T("ASSAULT", 4, -9.0, ("abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive",
                            "firearms", "explosives", "suicide-attack", "aerial", "drone",
                            "heavy-weapons", "crowd-control", "unconventional")),
)}

AUX_MODES = ("negation", "hypothetical", "future", "historical")

CAMEO_ROOTS: dict[str, CameoRoot] = {r.code: r for r in (
    CameoRoot("01", "make public statement", 0.0),
    CameoRoot("02", "appeal", 3.0),
    CameoRoot("03", "express intent to cooperate", 4.0),
    CameoRoot("04", "consult", 1.0),
    CameoRoot("05", "engage in diplomatic cooperation", 3.5),
    CameoRoot("06", "engage in material cooperation", 6.0),
    CameoRoot("07", "provide aid", 7.0),
    CameoRoot("08", "yield", 5.0),
    CameoRoot("09", "investigate", -2.0),
    CameoRoot("10", "demand", -5.0),
    CameoRoot("11", "disapprove", -2.0),
    CameoRoot("12", "reject", -4.0),
    CameoRoot("13", "threaten", -6.0),
    CameoRoot("14", "protest", -6.5),
    CameoRoot("15", "exhibit force posture", -7.2),
    CameoRoot("16", "reduce relations", -4.0),
    CameoRoot("17", "coerce", -7.0),
    CameoRoot("18", "assault", -9.0),
    CameoRoot("19", "fight", -10.0),
    CameoRoot("20", "unconventional mass violence", -10.0),
)}

# The CAMEO root a PLOVER type exports to when the trigger says nothing more specific.
_DEFAULT_CAMEO = {
    "AGREE": "03", "CONSULT": "04", "SUPPORT": "05", "CONCEDE": "08", "COOPERATE": "06", "AID": "07",
    "RETREAT": "08", "REQUEST": "10", "REJECT": "12", "THREATEN": "13", "PROTEST": "14",
    "SANCTION": "16", "MOBILIZE": "15", "COERCE": "17", "ASSAULT": "18",
}
_MODE_CAMEO = {("ACCUSE", "investigate"): "09", ("ACCUSE", "disapprove"): "11",
               ("ACCUSE", "allege"): "11", ("ASSAULT", "unconventional"): "20"}


def default_cameo(event_type: str, mode: tuple[str, ...] = ()) -> str:
    for m in mode:
        if (event_type, m) in _MODE_CAMEO:
            return _MODE_CAMEO[(event_type, m)]
    return _DEFAULT_CAMEO.get(event_type, "11" if event_type == "ACCUSE" else "01")


def cameo_quad(root: str) -> int:
    """GDELT/ICEWS quad class of a CAMEO root code."""
    n = int(root)
    return 1 if n <= 5 else 2 if n <= 8 else 3 if n <= 13 else 4


def plover_quad(event_type: str) -> int:
    t = PLOVER_TYPES.get(event_type)
    return t.quad if t else 0


# Older PLOVER (v0.5) category names, as in the PLOVER gold-standard file -> (type, mode).
GSR_CROSSWALK: dict[str, tuple[str, str | None]] = {
    "DEMAND": ("REQUEST", None),
    "FIGHT": ("ASSAULT", None),
    "DISAPPROVE": ("ACCUSE", "disapprove"),
    "INVESTIGATE": ("ACCUSE", "investigate"),
    "YIELD": ("CONCEDE", None),
    "ENGAGE": ("COOPERATE", None),
}

KOSOVO_CODES = ("XKX", "KOS", "KSV")


def normalise_country(code: str | None, kosovo: str = "XKX") -> str | None:
    """One spelling per country: Kosovo's three codes map to ``kosovo``."""
    if code is None:
        return None
    code = code.upper()
    return kosovo if code in KOSOVO_CODES else code
