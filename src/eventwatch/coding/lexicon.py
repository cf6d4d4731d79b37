"""The trigger lexicon, as data: words -> (PLOVER type, mode, CAMEO root).

Each entry is a short string "TYPE[.mode] CAMEO" (e.g. "REQUEST.assist 02"); ``sense()`` turns
it into a ``Sense``. Tables:

- VERBS: verb lemmas that are events by themselves ("attack", "urge").
- NOUNS: event nouns ("request", "clash"); they are events on their own (subject of "broke
  out") or the content of a light verb.
- LIGHT: light verbs whose direct object carries the event ("sent a formal request"); a few
  pairs (verb, noun) override the noun's sense ("give approval" is SUPPORT).
- PHRASAL: (verb, particle or preposition) -> sense ("call for", "pull out").
- OBJECT: (verb, object noun) -> sense, when the object decides the type ("deploy troops" is
  MOBILIZE, "deploy a mission" AID).
- NEG_FLIP: verbs that, negated, become REJECT ("could not meet its request").
- GOVERNORS: types whose complement is the thing asked/refused/threatened/promised.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

__all__ = ["GOVERNORS", "LIGHT", "LIGHT_PAIRS", "NEG_FLIP", "NOT_EVENT", "NOUNS", "OBJECT", "PHRASAL", "PREP_OBJECT", "Sense",
           "VERBS", "sense"]


@dataclass(frozen=True)
class Sense:
    type: str
    mode: str | None
    cameo: str


@lru_cache(maxsize=None)
def sense(entry: str) -> Sense:
    head, cameo = entry.split()
    type_, _, mode = head.partition(".")
    return Sense(type_, mode or None, cameo)


VERBS: dict[str, str] = {
    # AGREE: intent to cooperate
    "agree": "AGREE 03", "promise": "AGREE 03", "pledge": "AGREE 03", "vow": "AGREE 03",
    "offer": "AGREE 03", "propose": "AGREE 03", "commit": "AGREE 03",
    # CONSULT
    "meet": "CONSULT 04", "visit": "CONSULT.visit 04", "host": "CONSULT 04", "negotiate": "CONSULT 04",
    "telephone": "CONSULT.phone 04", "phone": "CONSULT.phone 04", "discuss": "CONSULT 04",
    "confer": "CONSULT 04", "consult": "CONSULT 04", "mediate": "CONSULT.third-party 04",
    # SUPPORT
    "support": "SUPPORT 05", "back": "SUPPORT 05", "praise": "SUPPORT 05", "welcome": "SUPPORT 05",
    "endorse": "SUPPORT 05", "approve": "SUPPORT 05", "recognize": "SUPPORT 05",
    "recognise": "SUPPORT 05", "ratify": "SUPPORT 05", "defend": "SUPPORT 05", "commend": "SUPPORT 05",
    "hail": "SUPPORT 05", "applaud": "SUPPORT 05", "congratulate": "SUPPORT 05", "forgive": "SUPPORT 05",
    "sign": "SUPPORT 05",
    # CONCEDE
    "apologize": "CONCEDE 08", "apologise": "CONCEDE 08", "pardon": "CONCEDE 08", "concede": "CONCEDE 08",
    "ease": "CONCEDE 08", "relax": "CONCEDE 08", "amnesty": "CONCEDE 08",
    # COOPERATE
    "cooperate": "COOPERATE 06", "collaborate": "COOPERATE 06", "extradite": "COOPERATE 06",
    # AID
    "aid": "AID 07", "donate": "AID 07", "rescue": "AID 07", "fund": "AID 07", "finance": "AID 07",
    # RETREAT
    "withdraw": "RETREAT.withdraw 08", "retreat": "RETREAT.withdraw 08", "release": "RETREAT.release 08",
    "free": "RETREAT.release 08", "disarm": "RETREAT.disarm 08", "demobilize": "RETREAT.disarm 08",
    "demobilise": "RETREAT.disarm 08", "surrender": "RETREAT.disarm 08", "resign": "RETREAT.resign 08",
    # REQUEST: appeals are CAMEO 02, demands 10
    "request": "REQUEST 02", "ask": "REQUEST 02", "urge": "REQUEST 02", "appeal": "REQUEST 02",
    "plead": "REQUEST 02", "beg": "REQUEST 02", "seek": "REQUEST 02", "petition": "REQUEST 02",
    "demand": "REQUEST 10", "press": "REQUEST 10", "pressure": "REQUEST 10",
    "pressurize": "REQUEST 10", "order": "REQUEST 10",
    # ACCUSE
    "accuse": "ACCUSE.allege 11", "blame": "ACCUSE.allege 11", "allege": "ACCUSE.allege 11",
    "criticize": "ACCUSE.disapprove 11", "criticise": "ACCUSE.disapprove 11",
    "condemn": "ACCUSE.disapprove 11", "denounce": "ACCUSE.disapprove 11", "slam": "ACCUSE.disapprove 11",
    "deplore": "ACCUSE.disapprove 11", "complain": "ACCUSE.disapprove 11", "censure": "ACCUSE.disapprove 11",
    "rebuke": "ACCUSE.disapprove 11", "lambast": "ACCUSE.disapprove 11", "decry": "ACCUSE.disapprove 11",
    "blast": "ACCUSE.disapprove 11", "summon": "ACCUSE.disapprove 11", "sue": "ACCUSE.disapprove 11",
    "investigate": "ACCUSE.investigate 09", "probe": "ACCUSE.investigate 09",
    "indict": "ACCUSE.allege 11", "charge": "ACCUSE.allege 11",
    # REJECT
    "reject": "REJECT 12", "refuse": "REJECT 12", "decline": "REJECT 12", "dismiss": "REJECT 12",
    "veto": "REJECT 12", "oppose": "REJECT 12", "rebuff": "REJECT 12", "spurn": "REJECT 12",
    "defy": "REJECT 12",
    "allow": "CONCEDE 08", "permit": "CONCEDE 08", "prohibit": "COERCE.restrict 17",
    # THREATEN
    "threaten": "THREATEN 13", "warn": "THREATEN 13",
    # PROTEST
    "protest": "PROTEST.demo 14", "demonstrate": "PROTEST.demo 14", "rally": "PROTEST.demo 14",
    "march": "PROTEST.demo 14", "riot": "PROTEST.riot 14", "boycott": "PROTEST.boycott 14",
    "picket": "PROTEST.demo 14", "vandalize": "PROTEST.vandalize 14", "vandalise": "PROTEST.vandalize 14",
    # SANCTION
    "sanction": "SANCTION 16", "expel": "SANCTION.expel 16", "embargo": "SANCTION 16",
    "sever": "SANCTION.discontinue 16", "suspend": "SANCTION.discontinue 16",
    "convict": "SANCTION.convict 16", "sentence": "SANCTION.convict 16", "recall": "SANCTION.withdraw 16",
    # MOBILIZE
    "mobilize": "MOBILIZE.troops 15", "mobilise": "MOBILIZE.troops 15", "deploy": "MOBILIZE.troops 15",
    "mass": "MOBILIZE.troops 15", "station": "MOBILIZE.troops 15", "patrol": "MOBILIZE.troops 15",
    # COERCE
    "arrest": "COERCE.arrest 17", "detain": "COERCE.arrest 17", "jail": "COERCE.arrest 17",
    "imprison": "COERCE.arrest 17", "seize": "COERCE.seize 17", "confiscate": "COERCE.seize 17",
    "ban": "COERCE.restrict 17", "outlaw": "COERCE.restrict 17", "censor": "COERCE.censor 17",
    "deport": "COERCE.deport 17", "blockade": "COERCE.restrict 17", "raid": "COERCE.seize 17",
    "hack": "COERCE.cyber 17", "deface": "COERCE.cyber 17", "evict": "COERCE.deport 17",
    # ASSAULT
    "attack": "ASSAULT 18", "bomb": "ASSAULT.aerial 18", "shell": "ASSAULT.heavy-weapons 18",
    "bombard": "ASSAULT.heavy-weapons 18", "kill": "ASSAULT 18", "shoot": "ASSAULT.firearms 18",
    "clash": "ASSAULT 19", "fight": "ASSAULT 19", "invade": "ASSAULT.heavy-weapons 19",
    "ambush": "ASSAULT.firearms 18", "assassinate": "ASSAULT.targeted 18", "massacre": "ASSAULT 20",
    "wound": "ASSAULT 18", "injure": "ASSAULT 18", "torture": "ASSAULT.torture 18",
    "beat": "ASSAULT.beat 18", "storm": "ASSAULT 18", "kidnap": "ASSAULT.abduct 18",
    "abduct": "ASSAULT.abduct 18", "demolish": "ASSAULT.destroy 18", "destroy": "ASSAULT.destroy 18",
    "torch": "ASSAULT.destroy 18", "airstrike": "ASSAULT.aerial 18", "capture": "ASSAULT 19",
    "execute": "ASSAULT.targeted 20", "murder": "ASSAULT.targeted 18",
    # broader CAMEO vocabulary, by root (general lexicon, not tied to any test sentence)
    "guarantee": "AGREE 03", "assure": "AGREE 03", "consent": "AGREE 03", "accede": "AGREE 03",
    "convene": "CONSULT.multilateral 04", "tour": "CONSULT.visit 04", "broker": "CONSULT.third-party 04",
    "laud": "SUPPORT 05", "salute": "SUPPORT 05", "thank": "SUPPORT 05", "reassure": "SUPPORT 05",
    "acclaim": "SUPPORT 05", "extol": "SUPPORT 05", "honour": "SUPPORT 05", "honor": "SUPPORT 05",
    "normalize": "SUPPORT 05", "normalise": "SUPPORT 05", "accredit": "SUPPORT 05",
    "compromise": "CONCEDE 08", "relent": "CONCEDE 08", "capitulate": "RETREAT.disarm 08",
    "quit": "RETREAT.resign 08", "abdicate": "RETREAT.resign 08", "repatriate": "RETREAT.release 08",
    "reinstate": "CONCEDE 08", "partner": "COOPERATE 06", "coordinate": "COOPERATE 06",
    "assist": "AID 07", "help": "AID 07", "supply": "AID 07", "lend": "AID 07", "evacuate": "AID 07",
    "airlift": "AID 07", "shelter": "AID 07", "inspect": "ACCUSE.investigate 09",
    "audit": "ACCUSE.investigate 09", "exhort": "REQUEST 02", "implore": "REQUEST 02", "lobby": "REQUEST 02",
    "reproach": "ACCUSE.disapprove 11", "chide": "ACCUSE.disapprove 11", "scold": "ACCUSE.disapprove 11",
    "assail": "ACCUSE.disapprove 11", "berate": "ACCUSE.disapprove 11", "castigate": "ACCUSE.disapprove 11",
    "excoriate": "ACCUSE.disapprove 11", "chastise": "ACCUSE.disapprove 11", "lambaste": "ACCUSE.disapprove 11",
    "deride": "ACCUSE.disapprove 11", "ridicule": "ACCUSE.disapprove 11", "object": "ACCUSE.disapprove 11",
    "fault": "ACCUSE.disapprove 11", "vilify": "ACCUSE.disapprove 11", "prosecute": "ACCUSE.allege 11",
    "repudiate": "REJECT 12", "snub": "REJECT 12", "resist": "REJECT 12",
    "menace": "THREATEN 13", "intimidate": "THREATEN 13", "ultimatum": "THREATEN 13",
    "barricade": "PROTEST.obstruct 14", "amass": "MOBILIZE.troops 15", "reinforce": "MOBILIZE.troops 15",
    "blacklist": "SANCTION 16", "downgrade": "SANCTION.discontinue 16", "freeze": "SANCTION 16",
    "harass": "COERCE.restrict 17", "evict": "COERCE.deport 17", "confine": "COERCE.arrest 17",
    "nationalize": "COERCE.seize 17", "requisition": "COERCE.seize 17", "jam": "COERCE.cyber 17",
    "battle": "ASSAULT 19", "slaughter": "ASSAULT 20", "behead": "ASSAULT.targeted 18",
    "rocket": "ASSAULT.heavy-weapons 18", "torpedo": "ASSAULT.heavy-weapons 18", "stab": "ASSAULT 18",
    "hijack": "ASSAULT.abduct 18", "besiege": "ASSAULT.heavy-weapons 19", "lynch": "ASSAULT.targeted 18",
    "skirmish": "ASSAULT 19", "gun": "ASSAULT.firearms 18", "detonate": "ASSAULT.explosives 18",
    "explode": "ASSAULT.explosives 18", "comply": "CONCEDE 08", "accept": "AGREE 03", "invite": "AGREE 03",
    "instruct": "REQUEST 10", "occupy": "ASSAULT 19", "strike": "ASSAULT 18", "burn": "ASSAULT.destroy 18",
    "raze": "ASSAULT.destroy 18", "loot": "ASSAULT.destroy 18", "ransack": "ASSAULT.destroy 18",
    "retaliate": "ASSAULT 18", "disperse": "ASSAULT.crowd-control 18", "ram": "ASSAULT 18",
    "attend": "CONSULT.multilateral 04", "embrace": "SUPPORT 05", "uphold": "SUPPORT 05",
    "provide": "AID 07", "deliver": "AID 07", "contribute": "AID 07", "airdrop": "AID 07", "feed": "AID 07",
    "recommend": "REQUEST 02", "restrict": "COERCE.restrict 17", "disband": "COERCE.restrict 17",
    "scramble": "MOBILIZE.weapons 15", "target": "ASSAULT 18", "pound": "ASSAULT.heavy-weapons 18",
    "strafe": "ASSAULT.aerial 18", "overrun": "ASSAULT 19", "infiltrate": "ASSAULT 19",
    "concur": "AGREE 03", "reconcile": "AGREE 03", "backtrack": "CONCEDE 08", "cave": "CONCEDE 08",
    "vacate": "RETREAT.withdraw 08", "cede": "RETREAT.withdraw 08", "interrogate": "ACCUSE.investigate 09",
    "disapprove": "ACCUSE.disapprove 11", "ignore": "REJECT 12", "disregard": "REJECT 12", "overrule": "REJECT 12",
    "penalize": "SANCTION 16", "penalise": "SANCTION 16", "halt": "SANCTION.discontinue 16",
    "cancel": "SANCTION.discontinue 16", "exile": "COERCE.deport 17", "persecute": "COERCE.restrict 17",
    "repress": "COERCE.restrict 17", "suppress": "COERCE.restrict 17", "curb": "COERCE.restrict 17",
    "prevent": "COERCE.restrict 17",
}

NOUNS: dict[str, str] = {
    "request": "REQUEST 02", "appeal": "REQUEST 02", "call": "REQUEST 02", "plea": "REQUEST 02",
    "demand": "REQUEST 10", "ultimatum": "THREATEN 13", "threat": "THREATEN 13", "warning": "THREATEN 13",
    "offer": "AGREE 03", "proposal": "AGREE 03", "promise": "AGREE 03", "pledge": "AGREE 03",
    "criticism": "ACCUSE.disapprove 11", "accusation": "ACCUSE.allege 11", "allegation": "ACCUSE.allege 11",
    "condemnation": "ACCUSE.disapprove 11", "complaint": "ACCUSE.disapprove 11",
    "lawsuit": "ACCUSE.disapprove 11", "investigation": "ACCUSE.investigate 09",
    "probe": "ACCUSE.investigate 09", "inquiry": "ACCUSE.investigate 09",
    "protest": "PROTEST.demo 14", "demonstration": "PROTEST.demo 14", "rally": "PROTEST.demo 14",
    "march": "PROTEST.demo 14", "riot": "PROTEST.riot 14", "strike": "PROTEST.strike 14",
    "boycott": "PROTEST.boycott 14", "sit-in": "PROTEST.obstruct 14",
    "sanction": "SANCTION 16", "embargo": "SANCTION 16", "expulsion": "SANCTION.expel 16",
    "attack": "ASSAULT 18", "bombing": "ASSAULT.explosives 18", "airstrike": "ASSAULT.aerial 18",
    "strikes": "ASSAULT.aerial 18", "clash": "ASSAULT 19", "fighting": "ASSAULT 19",
    "invasion": "ASSAULT.heavy-weapons 19", "assault": "ASSAULT 18", "shelling": "ASSAULT.heavy-weapons 18",
    "offensive": "ASSAULT.heavy-weapons 19", "massacre": "ASSAULT 20", "ambush": "ASSAULT.firearms 18",
    "gunbattle": "ASSAULT.firearms 19", "killing": "ASSAULT 18",
    "arrest": "COERCE.arrest 17", "detention": "COERCE.arrest 17", "curfew": "COERCE.curfew 17",
    "crackdown": "COERCE.restrict 17", "raid": "COERCE.seize 17", "blockade": "COERCE.restrict 17",
    "deployment": "MOBILIZE.troops 15", "reinforcement": "MOBILIZE.troops 15",
    "withdrawal": "RETREAT.withdraw 08", "pullout": "RETREAT.withdraw 08", "release": "RETREAT.release 08",
    "ceasefire": "RETREAT.ceasefire 08", "cease-fire": "RETREAT.ceasefire 08", "truce": "RETREAT.ceasefire 08",
    "resignation": "RETREAT.resign 08",
    "visit": "CONSULT.visit 04", "meeting": "CONSULT 04", "talk": "CONSULT 04", "negotiation": "CONSULT 04",
    "summit": "CONSULT.multilateral 04", "mediation": "CONSULT.third-party 04",
    "aid": "AID 07", "assistance": "AID 07", "asylum": "AID 07", "grant": "AID 07",
    "support": "SUPPORT 05", "approval": "SUPPORT 05", "recognition": "SUPPORT 05",
    "apology": "CONCEDE 08", "concession": "CONCEDE 08",
    "agreement": "AGREE 03", "treaty": "AGREE 03", "pact": "AGREE 03", "deal": "AGREE 03",
    "consensus": "AGREE 03", "suspension": "SANCTION.discontinue 16", "cleansing": "ASSAULT.unconventional 20",
    "bombardment": "ASSAULT.heavy-weapons 18", "hostilities": "ASSAULT 19",
    "rejection": "REJECT 12", "refusal": "REJECT 12", "veto": "REJECT 12", "pardon": "CONCEDE 08",
    "amnesty": "CONCEDE 08", "accord": "AGREE 03", "vow": "AGREE 03", "extradition": "COOPERATE 06",
    "cooperation": "COOPERATE 06", "collaboration": "COOPERATE 06", "evacuation": "AID 07",
    "rescue": "AID 07", "donation": "AID 07", "loan": "AID 07", "airlift": "AID 07", "relief": "AID 07",
    "assassination": "ASSAULT.targeted 18", "murder": "ASSAULT.targeted 18", "execution": "ASSAULT.targeted 20",
    "skirmish": "ASSAULT 19", "firefight": "ASSAULT.firearms 19", "shootout": "ASSAULT.firearms 19",
    "incursion": "ASSAULT 19", "siege": "ASSAULT.heavy-weapons 19", "mobilization": "MOBILIZE.troops 15",
    "mobilisation": "MOBILIZE.troops 15", "buildup": "MOBILIZE.troops 15", "walkout": "PROTEST.strike 14",
    "sit-in": "PROTEST.obstruct 14", "denunciation": "ACCUSE.disapprove 11", "rebuke": "ACCUSE.disapprove 11",
    "charge": "ACCUSE.allege 11", "indictment": "ACCUSE.allege 11", "crackdown": "COERCE.restrict 17",
    "deportation": "COERCE.deport 17", "expulsion": "SANCTION.expel 16", "talks": "CONSULT 04",
    "consultation": "CONSULT 04", "dialogue": "CONSULT 04", "conference": "CONSULT.multilateral 04",
}

# Nouns that are no event with these modifiers ("press release", "peace deal" is still a deal).
NOT_EVENT: frozenset[tuple[str, str]] = frozenset({
    ("release", "press"), ("release", "news"), ("strike", "lucky"), ("call", "phone"),
})

# Verbs that carry no meaning of their own when their object is an event noun.
LIGHT: frozenset[str] = frozenset({
    "make", "send", "issue", "submit", "file", "lodge", "present", "deliver", "voice", "express",
    "extend", "launch", "stage", "hold", "conduct", "carry", "mount", "impose", "take", "give",
    "grant", "provide", "reach", "sign", "open", "begin", "start", "continue", "announce",
    "put", "level", "register", "renew", "resume", "declare", "undertake", "organize", "organise",
    "hand", "lift", "pay", "unleash", "reimpose", "engage", "wage", "order",
})

# (light verb, noun) pairs whose meaning is not the noun's alone.
LIGHT_PAIRS: dict[tuple[str, str], str] = {
    ("give", "approval"): "SUPPORT 05", ("give", "support"): "SUPPORT 05",
    ("express", "support"): "SUPPORT 05", ("give", "welcome"): "CONSULT 04",
    ("sign", "agreement"): "SUPPORT 05", ("sign", "treaty"): "SUPPORT 05", ("sign", "pact"): "SUPPORT 05",
    ("sign", "deal"): "SUPPORT 05", ("reach", "agreement"): "AGREE 03",
    ("impose", "sanction"): "SANCTION 16", ("impose", "curfew"): "COERCE.curfew 17",
    ("impose", "blockade"): "COERCE.restrict 17", ("impose", "ban"): "COERCE.restrict 17",
    ("lift", "sanction"): "RETREAT 08", ("lift", "embargo"): "RETREAT 08",
    ("lift", "curfew"): "CONCEDE 08", ("lift", "ban"): "CONCEDE 08", ("lift", "blockade"): "RETREAT 08",
    ("lift", "restriction"): "CONCEDE 08", ("lift", "siege"): "RETREAT 08",
    ("open", "fire"): "ASSAULT.firearms 18", ("set", "fire"): "ASSAULT.destroy 18",
    ("open", "investigation"): "ACCUSE.investigate 09", ("launch", "investigation"): "ACCUSE.investigate 09",
    ("declare", "ceasefire"): "RETREAT.ceasefire 08", ("declare", "war"): "THREATEN.violence 13",
    ("grant", "asylum"): "AID 07", ("hold", "talk"): "CONSULT 04", ("hold", "meeting"): "CONSULT 04",
    ("pay", "visit"): "CONSULT.visit 04", ("declare", "curfew"): "COERCE.curfew 17",
    ("declare", "emergency"): "COERCE.martial-law 17", ("impose", "emergency"): "COERCE.martial-law 17",
    ("declare", "siege"): "COERCE.martial-law 17", ("impose", "law"): "COERCE.martial-law 17",
    ("declare", "law"): "COERCE.martial-law 17", ("announce", "withdrawal"): "CONCEDE 08",
    **{(v, n): "ACCUSE.disapprove 11" for v in ("express", "voice") for n in (
        "concern", "outrage", "anger", "indignation", "dismay", "alarm", "disappointment", "displeasure",
        "opposition", "objection", "criticism", "condemnation")},
    **{(v, n): "SUPPORT 05" for v in ("express", "voice", "offer", "extend", "send") for n in (
        "condolence", "sympathy", "solidarity", "gratitude", "appreciation", "congratulation")},
    ("express", "regret"): "CONCEDE 08", ("conclude", "agreement"): "SUPPORT 05",
    ("conclude", "deal"): "SUPPORT 05", ("conclude", "treaty"): "SUPPORT 05",
    ("impose", "tariff"): "SANCTION 16", ("impose", "fine"): "SANCTION 16", ("impose", "control"): "COERCE.restrict 17",
    ("impose", "restriction"): "COERCE.restrict 17", ("reimpose", "restriction"): "COERCE.restrict 17",
    ("reimpose", "blockade"): "COERCE.restrict 17", ("reimpose", "curfew"): "COERCE.curfew 17",
    ("lodge", "protest"): "ACCUSE.disapprove 11", ("file", "protest"): "ACCUSE.disapprove 11",
    ("register", "protest"): "ACCUSE.disapprove 11", ("voice", "protest"): "ACCUSE.disapprove 11",
    ("file", "complaint"): "ACCUSE.disapprove 11", ("file", "lawsuit"): "ACCUSE.disapprove 11",
}

PHRASAL: dict[tuple[str, str], str] = {
    ("call", "for"): "REQUEST 02", ("call", "on"): "REQUEST 02", ("call", "upon"): "REQUEST 02",
    ("push", "for"): "REQUEST 10", ("press", "for"): "REQUEST 10", ("ask", "for"): "REQUEST 02",
    ("appeal", "for"): "REQUEST 02", ("appeal", "to"): "REQUEST 02",
    ("pull", "out"): "RETREAT.withdraw 08", ("pull", "back"): "RETREAT.withdraw 08",
    ("step", "down"): "RETREAT.resign 08", ("stand", "down"): "RETREAT.resign 08",
    ("lay", "down"): "RETREAT.disarm 08", ("hand", "over"): "RETREAT.release 08",
    ("break", "off"): "SANCTION.discontinue 16", ("cut", "off"): "SANCTION.discontinue 16",
    ("turn", "down"): "REJECT 12", ("back", "down"): "CONCEDE 08",
    ("blow", "up"): "ASSAULT.explosives 18", ("beat", "up"): "ASSAULT.beat 18",
    ("crack", "down"): "COERCE.restrict 17", ("open", "fire"): "ASSAULT.firearms 18",
    ("fire", "on"): "ASSAULT.firearms 18", ("fire", "at"): "ASSAULT.firearms 18",
    ("speak", "out"): "ACCUSE.disapprove 11", ("lash", "out"): "ACCUSE.disapprove 11",
    ("meet", "with"): "CONSULT 04", ("talk", "with"): "CONSULT 04", ("speak", "with"): "CONSULT 04",
    ("shut", "down"): "COERCE.restrict 17", ("round", "up"): "COERCE.arrest 17",
    ("rule", "out"): "REJECT 12", ("hit", "out"): "ACCUSE.disapprove 11", ("work", "with"): "COOPERATE 06",
    ("speak", "by"): "CONSULT.phone 04", ("talk", "by"): "CONSULT.phone 04",
    ("travel", "to"): "CONSULT.visit 04", ("fly", "to"): "CONSULT.visit 04", ("vote", "for"): "SUPPORT 05",
    ("vote", "against"): "REJECT 12", ("walk", "out"): "PROTEST.strike 14", ("team", "up"): "COOPERATE 06",
    ("side", "with"): "SUPPORT 05", ("stand", "by"): "SUPPORT 05", ("build", "up"): "MOBILIZE.troops 15",
    ("look", "into"): "ACCUSE.investigate 09", ("gun", "down"): "ASSAULT.firearms 18",
    ("hand", "back"): "RETREAT.release 08", ("insist", "on"): "REQUEST 10",
    ("join", "force"): "COOPERATE 06",
}

_TROOPS = ("troop", "soldier", "force", "army", "personnel", "tank", "warship", "unit", "battalion",
           "reservist", "militia", "police", "policeman", "officer", "missile", "weapon", "jet")
_HELP = ("peacekeeper", "mission", "monitor", "observer", "aid", "food", "supply", "doctor", "medicine",
         "relief", "expert", "humanitarian", "assistance", "team", "peacekeeping", "material", "equipment",
         "trainer", "instructor", "adviser", "advisor", "vaccine", "fuel", "loan")
_PRESENCE = ("inspector", "peacekeeper", "ambassador", "aid", "worker", "monitor", "observer", "mission",
             "support", "diplomat", "envoy", "peacekeeping", "staff")
OBJECT: dict[tuple[str, str], str] = {
    **{("deploy", n): ("MOBILIZE.police 15" if n in ("police", "policeman") else "MOBILIZE.troops 15")
       for n in _TROOPS},
    **{("send", n): ("MOBILIZE.police 15" if n in ("police", "policeman") else "MOBILIZE.troops 15")
       for n in _TROOPS},
    **{(v, n): "AID 07" for v in ("deploy", "send", "provide", "deliver", "give", "supply", "offer", "grant")
       for n in _HELP},
    ("give", "dollar"): "AID 07", ("give", "money"): "AID 07",
    ("close", "border"): "SANCTION.discontinue 16", ("open", "border"): "AID 07",
    **{(v, n): "CONCEDE 08" for v in ("drop", "withdraw") for n in (
        "charge", "demand", "claim", "objection", "opposition", "case", "lawsuit", "veto")},
    **{("restore", n): "CONCEDE 08" for n in ("right", "access", "internet", "service", "freedom")},
    ("reverse", "decision"): "CONCEDE 08", ("reach", "understanding"): "AGREE 03",
    ("reach", "compromise"): "AGREE 03", ("reach", "settlement"): "AGREE 03",
    ("hold", "discussion"): "CONSULT 04", ("hold", "consultation"): "CONSULT 04",
    ("reaffirm", "support"): "SUPPORT 05", ("reaffirm", "commitment"): "SUPPORT 05",
    ("seal", "border"): "SANCTION.discontinue 16", ("open", "crossing"): "RETREAT.access 08",
    ("open", "corridor"): "RETREAT.access 08", ("return", "prisoner"): "RETREAT.release 08",
    ("return", "territory"): "RETREAT.withdraw 08", ("return", "land"): "RETREAT.withdraw 08",
    ("block", "website"): "COERCE.censor 17", ("block", "site"): "COERCE.censor 17",
    ("block", "internet"): "COERCE.censor 17", ("block", "access"): "COERCE.censor 17",
    ("dissolve", "party"): "COERCE.restrict 17", ("shut", "newspaper"): "COERCE.censor 17", ("close", "airspace"): "SANCTION.discontinue 16",
    ("close", "embassy"): "SANCTION.discontinue 16", ("close", "consulate"): "SANCTION.discontinue 16",
    ("share", "information"): "COOPERATE 06", ("share", "intelligence"): "COOPERATE 06",
    ("share", "expertise"): "COOPERATE 06", ("share", "evidence"): "COOPERATE 06",
    ("provide", "information"): "COOPERATE 06", ("provide", "intelligence"): "COOPERATE 06",
    ("exchange", "information"): "COOPERATE 06", ("exchange", "prisoner"): "RETREAT.release 08",
    ("accept", "demand"): "CONCEDE 08", ("accept", "proposal"): "AGREE 03", ("accept", "offer"): "AGREE 03",
    ("accept", "plan"): "AGREE 03", ("meet", "demand"): "CONCEDE 08", ("meet", "request"): "CONCEDE 08",
    ("grant", "request"): "CONCEDE 08",
    ("cancel", "visit"): "SANCTION.discontinue 16", ("cancel", "talk"): "SANCTION.discontinue 16",
    ("cancel", "restriction"): "CONCEDE 08", ("end", "mediation"): "SANCTION.discontinue 16",
    ("halt", "aid"): "SANCTION.discontinue 16", ("cut", "aid"): "SANCTION.discontinue 16",
    ("freeze", "asset"): "SANCTION 16", ("withdraw", "ambassador"): "SANCTION.withdraw 16",
    ("recall", "ambassador"): "SANCTION.withdraw 16", ("reduce", "supply"): "SANCTION.discontinue 16",
    ("block", "road"): "PROTEST.obstruct 14", ("block", "street"): "PROTEST.obstruct 14",
    **{("block", n): "PROTEST.obstruct 14" for n in ("road", "street", "bridge", "highway", "motorway", "railway",
                                                      "port", "traffic", "entrance", "crossing", "border")},
    ("upgrade", "tie"): "SUPPORT 05", ("establish", "tie"): "SUPPORT 05", ("restore", "tie"): "SUPPORT 05",
    ("establish", "relation"): "SUPPORT 05", ("restore", "relation"): "SUPPORT 05",
    ("break", "relation"): "SANCTION.discontinue 16", ("sever", "tie"): "SANCTION.discontinue 16",
    ("fire", "shell"): "ASSAULT.heavy-weapons 18", ("fire", "rocket"): "ASSAULT.heavy-weapons 18",
    ("fire", "missile"): "ASSAULT.heavy-weapons 18", ("explode", "bomb"): "ASSAULT.explosives 18",
    ("detonate", "bomb"): "ASSAULT.explosives 18", ("use", "gas"): "ASSAULT.crowd-control 18",
    ("return", "helicopter"): "RETREAT.release 08",
    ("cut", "tie"): "SANCTION.discontinue 16", ("cut", "relation"): "SANCTION.discontinue 16",
    ("cut", "link"): "SANCTION.discontinue 16", ("hold", "hostage"): "ASSAULT.abduct 18",
    ("take", "hostage"): "ASSAULT.abduct 18", ("take", "prisoner"): "COERCE.arrest 17",
    **{(v, n): "ASSAULT 19" for v in ("take", "seize", "capture", "overrun") for n in (
        "town", "city", "village", "territory", "airport", "base", "position", "province", "district", "region")},
    **{("block", n): "REJECT 12" for n in ("package", "resolution", "proposal", "bill", "deal", "sanction",
                                            "decision", "measure", "plan", "appointment", "nomination", "bid")},
    ("take", "control"): "ASSAULT 19", ("seize", "control"): "ASSAULT 19", ("gain", "control"): "ASSAULT 19",
    ("launch", "missile"): "ASSAULT.heavy-weapons 18", ("launch", "rocket"): "ASSAULT.heavy-weapons 18",
    ("test", "missile"): "MOBILIZE.weapons 15", ("test", "weapon"): "MOBILIZE.weapons 15",
    ("fire", "shot"): "ASSAULT.firearms 18", ("fire", "mortar"): "ASSAULT.heavy-weapons 18",
    ("fire", "artillery"): "ASSAULT.heavy-weapons 18", ("fire", "bullet"): "ASSAULT.firearms 18",
    **{("withdraw", n): "SANCTION.withdraw 16" for n in _PRESENCE},
    **{("pull", n): "SANCTION.withdraw 16" for n in _PRESENCE},
    ("allow", "access"): "RETREAT.access 08", ("allow", "inspector"): "RETREAT.access 08",
    ("allow", "convoy"): "RETREAT.access 08", ("allow", "return"): "RETREAT.access 08",
    ("prohibit", "aid"): "SANCTION.discontinue 16", ("deny", "entry"): "SANCTION 16",
    ("deny", "visa"): "SANCTION 16", ("deny", "admittance"): "REJECT 12",
    ("stop", "work"): "PROTEST.strike 14", ("shun", "work"): "PROTEST.strike 14",
    ("down", "tool"): "PROTEST.strike 14", ("order", "patrol"): "MOBILIZE.police 15",
    ("end", "mediation"): "SANCTION.discontinue 16", ("suspend", "mediation"): "SANCTION.discontinue 16",
    ("halt", "mediation"): "SANCTION.discontinue 16", ("stop", "mediation"): "SANCTION.discontinue 16",
    ("halt", "negotiation"): "SANCTION.discontinue 16", ("stop", "negotiation"): "SANCTION.discontinue 16",
    ("halt", "talk"): "SANCTION.discontinue 16", ("stop", "talk"): "SANCTION.discontinue 16",
}
# (preposition, object) after any verb: "remained on alert", "put troops on alert".
PREP_OBJECT: dict[tuple[str, str], str] = {
    ("on", "alert"): "MOBILIZE.troops 15", ("on", "strike"): "PROTEST.strike 14",
    ("in", "cleansing"): "ASSAULT.unconventional 20", ("as", "shield"): "COERCE.seize 17",
    ("as", "hostage"): "ASSAULT.abduct 18",
}

# Negated, these verbs refuse what was asked: code REJECT, not the thing itself.
NEG_FLIP: frozenset[str] = frozenset({
    "meet", "accept", "grant", "approve", "agree", "allow", "permit", "comply", "heed", "honour",
    "honor", "fulfil", "fulfill", "answer", "satisfy",
})

# Types whose clausal or nominal complement is the thing asked, refused, threatened, promised or
# alleged ("accused X of shelling": the shelling is not asserted by the article).
GOVERNORS: frozenset[str] = frozenset({"REQUEST", "REJECT", "THREATEN", "AGREE", "ACCUSE"})
