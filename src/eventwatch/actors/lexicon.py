"""Words that name actors generically: role nouns, titles, pronouns (ours, English).

Keys are lower-case lemmas. ``ROLE_NOUNS`` gives the PLOVER sector of a head noun
("police" -> COP); ``TITLES`` gives the sector and the office of a person's title.
"""
from __future__ import annotations

ROLE_NOUNS: dict[str, str] = {
    # police and protective agencies
    "police": "COP", "policeman": "COP", "policemen": "COP", "gendarmerie": "COP", "gendarme": "COP",
    "officer": "COP", "guard": "COP", "border guard": "COP", "riot police": "COP",
    # military
    "troop": "MIL", "army": "MIL", "military": "MIL", "soldier": "MIL", "armed forces": "MIL",
    "navy": "MIL", "air force": "MIL", "marine": "MIL", "paratrooper": "MIL", "peacekeeper": "MIL",
    "personnel": "MIL", "force": "MIL", "forces": "MIL", "security forces": "COP", "military personnel": "MIL",
    "peacekeeping force": "MIL", "mission": "MIL", "general": "MIL", "commander": "MIL",
    # government
    "government": "GOV", "ministry": "GOV", "cabinet": "GOV", "administration": "GOV",
    "authority": "GOV", "authorities": "GOV", "official": "GOV", "regime": "GOV", "diplomat": "GOV",
    "ambassador": "GOV", "embassy": "GOV", "envoy": "GOV", "spokesperson": "GOV", "spokesman": "GOV",
    "spokeswoman": "GOV", "leader": "GOV", "chief": "GOV", "police chief": "COP", "army chief": "MIL",
    "leadership": "GOV", "president": "GOV", "minister": "GOV",
    "premier": "GOV", "prime minister": "GOV", "foreign minister": "GOV", "defence minister": "GOV",
    "defense minister": "GOV", "interior minister": "GOV", "presidency": "GOV",
    # legislature
    "parliament": "LEG", "legislature": "LEG", "lawmaker": "LEG", "legislator": "LEG", "senate": "LEG",
    "senator": "LEG", "congress": "LEG", "mp": "LEG", "deputy": "LEG", "assembly": "LEG",
    # judiciary
    "court": "JUD", "judge": "JUD", "prosecutor": "JUD", "judiciary": "JUD", "tribunal": "JUD",
    # civilians
    "protester": "CVL", "demonstrator": "CVL", "activist": "CVL", "civilian": "CVL", "resident": "CVL",
    "villager": "CVL", "crowd": "CVL", "citizen": "CVL",
    # armed opposition and others
    "rebel": "REB", "insurgent": "REB", "militant": "REB", "guerrilla": "REB", "separatist": "REB",
    "jihadist": "REB", "fighter": "REB", "militia": "PRM", "militiaman": "PRM", "paramilitary": "PRM",
    "opposition": "OPP", "intelligence": "SPY", "spy": "SPY", "gunman": "UAF", "assailant": "UAF",
    "attacker": "UAF", "journalist": "JRN", "reporter": "JRN", "media": "JRN", "refugee": "REF",
    "migrant": "REF", "worker": "LAB", "union": "LAB", "student": "EDU", "teacher": "EDU", "doctor": "MED",
    "clergy": "REL", "priest": "REL", "church": "REL", "cleric": "REL", "criminal": "CRM", "gang": "CRM",
    "smuggler": "CRM", "trafficker": "CRM", "farmer": "AGR", "party": "PTY", "company": "BUS",
    "business": "BUS", "businessman": "BUS",
}

# people nouns after an ethnonym/demonym ("Serb boys", "Albanian villagers"): the group itself
PEOPLE_NOUNS = frozenset({"boy", "girl", "man", "men", "woman", "women", "child", "children", "people",
                          "community", "minority", "majority", "population", "family", "youth", "pilgrim",
                          "resident", "villager", "civilian", "citizen", "national"})

# title (lower case, as it appears before a name) -> (sector, office word used in the title)
TITLES: dict[str, tuple[str, str]] = {
    "president": ("GOV", "President"), "prime minister": ("GOV", "Prime Minister"),
    "premier": ("GOV", "Prime Minister"), "pm": ("GOV", "Prime Minister"),
    "chancellor": ("GOV", "Chancellor"), "king": ("GOV", "King"), "queen": ("GOV", "Queen"),
    "emir": ("GOV", "Emir"), "vice president": ("GOV", "Vice President"),
    "deputy prime minister": ("GOV", "Deputy Prime Minister"),
    "foreign minister": ("GOV", "Minister of Foreign Affairs"),
    "foreign secretary": ("GOV", "Foreign Secretary"), "secretary of state": ("GOV", "Secretary of State"),
    "defence minister": ("GOV", "Minister of Defence"), "defense minister": ("GOV", "Minister of Defense"),
    "defense secretary": ("GOV", "Secretary of Defense"), "interior minister": ("GOV", "Minister of the Interior"),
    "finance minister": ("GOV", "Minister of Finance"), "justice minister": ("GOV", "Minister of Justice"),
    "minister": ("GOV", "Minister"), "ambassador": ("GOV", "Ambassador"), "envoy": ("GOV", "Envoy"),
    "spokesman": ("GOV", "Spokesperson"), "spokeswoman": ("GOV", "Spokesperson"),
    "spokesperson": ("GOV", "Spokesperson"), "mayor": ("GOV", "Mayor"), "governor": ("GOV", "Governor"),
    "general": ("MIL", "General"), "gen": ("MIL", "General"), "army chief": ("MIL", "Army Chief"),
    "commander": ("MIL", "Commander"), "admiral": ("MIL", "Admiral"), "colonel": ("MIL", "Colonel"),
    "police chief": ("COP", "Police Chief"), "judge": ("JUD", "Judge"), "prosecutor": ("JUD", "Prosecutor"),
    "chief justice": ("JUD", "Chief Justice"), "senator": ("LEG", "Senator"), "lawmaker": ("LEG", "Lawmaker"),
    "speaker": ("LEG", "Speaker"), "majority leader": ("LEG", "Majority Leader"),
    "minority leader": ("LEG", "Minority Leader"), "mp": ("LEG", "Member of Parliament"),
    "opposition leader": ("OPP", "Opposition Leader"), "rebel leader": ("REB", "Rebel Leader"),
    "former president": ("ELI", "Former President"), "former prime minister": ("ELI", "Former Prime Minister"),
    "secretary general": ("GOV", "Secretary General"), "secretary-general": ("GOV", "Secretary General"),
    # titles news gives before a name with a country word ("Palestinian leader X", "U.S. negotiator X")
    "leader": ("GOV", "Leader"), "negotiator": ("GOV", "Negotiator"), "chief negotiator": ("GOV", "Chief Negotiator"),
    "mediator": ("GOV", "Mediator"), "defence secretary": ("GOV", "Secretary of Defence"),
    "home secretary": ("GOV", "Home Secretary"), "foreign affairs minister": ("GOV", "Minister of Foreign Affairs"),
    "crown prince": ("GOV", "Crown Prince"), "sultan": ("GOV", "Sultan"),
}
TITLE_WORDS = frozenset(w for t in TITLES for w in t.replace("-", " ").split())

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
THING_PRONOUNS = frozenset({"it", "its", "itself"})
LOCATIVE_PREPS = frozenset({"in", "at", "to", "from", "near", "into", "across", "around", "outside", "inside", "via"})
HYPHEN_MODIFIERS = frozenset({"led", "backed", "run", "brokered", "sponsored", "based", "allied", "linked",
                              "controlled", "held", "born", "made", "owned", "funded", "supported", "style"})
# verbs whose subject is an actor when it is a capital city ("Moscow warned", not "Paris hosted")
POLITICAL_VERBS = frozenset({"say", "tell", "announce", "accuse", "reject", "demand", "warn", "deny", "insist",
                             "urge", "respond", "reply", "agree", "sign", "call", "condemn", "threaten",
                             "refuse", "want", "seek", "ask", "claim", "criticize", "criticise", "welcome",
                             "deploy", "send", "impose", "recognize", "recognise", "expel", "summon",
                             "protest", "veto", "approve", "order", "declare", "vow", "pledge", "offer",
                             "blame", "retaliate", "negotiate", "accept", "dismiss", "slam", "back", "support",
                             "oppose", "sanction", "invite", "meet"})
