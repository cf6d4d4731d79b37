"""Our own sentences (real-world-like people and bodies), parsed by the shipped spaCy model."""
import datetime as dt

def by_text(mentions, text: str):
    found = [m for m in mentions if m.text == text]
    assert found, f"no mention {text!r} in {[m.text for m in mentions]}"
    return found[0]


def test_title_before_name_gives_country_and_sector(mentions_of):
    ms = mentions_of("Georgia's Prime Minister Irakli Kobakhidze said on Monday that talks would resume.")
    pm = by_text(ms, "Irakli Kobakhidze")
    assert (pm.actor.kind, pm.actor.country, pm.actor.sector, pm.actor.code) == ("person", "GEO", "GOV", "GEOGOV")
    assert pm.actor.title == "Prime Minister of Georgia" and pm.actor.wikidata
    assert by_text(ms, "Georgia").actor.kind == "state"  # the nested country stays a mention


def test_apposition_after_name(mentions_of):
    ms = mentions_of("Rustem Umerov, the defence minister of Ukraine, arrived in Brussels on Tuesday.",
                     dt.date(2024, 2, 13))
    umerov = by_text(ms, "Rustem Umerov")
    assert (umerov.actor.country, umerov.actor.sector, umerov.actor.source) == ("UKR", "GOV", "text+kb:leaders")
    assert "Defence" in umerov.actor.title


def test_text_role_overrides_the_knowledge_base(mentions_of):
    # the knowledge base says head of state on this day; the text says former
    ms = mentions_of("Former Serbian president Boris Tadic criticised the decision.", dt.date(2023, 3, 1))
    tadic = by_text(ms, "Boris Tadic")
    assert (tadic.actor.country, tadic.actor.sector) == ("SRB", "ELI")


def test_kb_role_on_the_reference_day_without_a_title(mentions_of):
    early = by_text(mentions_of("Albin Kurti addressed supporters in Pristina.", dt.date(2019, 6, 1)), "Albin Kurti")
    late = by_text(mentions_of("Albin Kurti addressed supporters in Pristina.", dt.date(2023, 6, 1)), "Albin Kurti")
    assert early.actor.sector is None and late.actor.sector == "GOV"
    assert late.actor.title == "Prime Minister of Kosovo"


def test_demonym_and_role_noun_make_one_nominal_actor(mentions_of):
    ms = mentions_of("Hungarian police detained dozens of protesters near the border.")
    police = by_text(ms, "Hungarian police")
    assert (police.label, police.actor.country, police.actor.sector, police.actor.code) == ("NOMINAL", "HUN", "COP", "HUNCOP")
    nested = by_text(ms, "Hungarian")  # the demonym stays a nested mention of the state
    assert (nested.label, nested.actor.kind) == ("NORP", "state")
    assert ms.index(police) < ms.index(nested) or police.start == nested.start
    assert by_text(ms, "protesters").actor.sector == "CVL"


def test_conjoined_role_nouns_share_the_country(mentions_of):
    ms = mentions_of("Belgrade sent Serbian troops and police to the border on Friday.")
    assert by_text(ms, "police").actor.country == "SRB"
    assert by_text(ms, "Belgrade").actor.country == "SRB"  # a capital as subject of a political verb


def test_ethnic_groups_are_not_states(mentions_of):
    ms = mentions_of("Ethnic Albanians in North Macedonia protested against the new law.")
    group = [m for m in ms if "Albanians" in m.text][0]
    assert group.actor.kind == "ethnic"
    assert by_text(ms, "North Macedonia").actor.kind == "state"


def test_demonym_tagged_as_organisation_is_corrected(mentions_of):
    ms = mentions_of("Kosovar President Vjosa Osmani met the envoy on Monday.", dt.date(2023, 5, 2),
                     kosovo_code="KOS")
    osmani = by_text(ms, "Vjosa Osmani")
    assert (osmani.actor.country, osmani.actor.code) == ("KOS", "KSVGOV")
    demonym = by_text(ms, "Kosovar")  # spaCy tends to tag it ORG; it is the state's adjective
    assert (demonym.label, demonym.actor.kind, demonym.actor.country) == ("NORP", "state", "KOS")


def test_surname_and_pronoun_coreference(mentions_of):
    ms = mentions_of("Turkish President Recep Tayyip Erdogan spoke in Ankara. Erdogan said the talks had failed. "
                     "He added that new sanctions were likely.")
    full = by_text(ms, "Recep Tayyip Erdogan")
    short, he = by_text(ms, "Erdogan"), by_text(ms, "He")
    assert short.label == "COREF" and ms[short.antecedent] is full
    assert he.label == "PRON" and he.actor.name == full.actor.name and he.actor.country == "TUR"


def test_bracketed_short_form_and_organisation_pronoun(mentions_of):
    ms = mentions_of("The UN force in southern Lebanon (UNIFIL) said it had moved its patrols.")
    it = by_text(ms, "it")
    assert it.actor.name.startswith("United Nations Interim Force")
    assert it.actor.sector == "MIL"


def test_the_latter(mentions_of):
    ms = mentions_of("Talks between Armenia and Azerbaijan stalled after the latter rejected the draft.")
    latter = by_text(ms, "the latter")
    assert latter.actor.country == "AZE" and ms[latter.antecedent].text == "Azerbaijan"


def test_led_compounds_are_not_mentions_of_the_leader(mentions_of):
    ms = mentions_of("The NATO-led mission will stay.")
    assert not [m for m in ms if m.text == "NATO"]


def test_unknown_below_the_threshold(mentions_of):
    ms = mentions_of("Officials said the road would reopen.")
    assert by_text(ms, "Officials").actor.kind == "unknown"
    ms = mentions_of("Officials said the road would reopen.", min_confidence=0.3)
    assert by_text(ms, "Officials").actor.kind != "unknown"


def test_office_without_a_name_is_resolved_on_the_day(mentions_of):
    ms = mentions_of("The French prime minister spoke to reporters.", dt.date(2024, 10, 1))
    pm = [m for m in ms if m.text.endswith("prime minister")][0]
    assert pm.actor.name == "Michel Barnier" and pm.actor.country == "FRA"


def test_office_of_country_before_the_name(mentions_of):
    ms = mentions_of("President of the United States Joe Biden signed the bill.", dt.date(2023, 3, 1))
    biden = by_text(ms, "Joe Biden")
    assert (biden.actor.country, biden.actor.sector) == ("USA", "GOV") and "President" in biden.actor.title


def test_government_metonyms(mentions_of):
    ms = mentions_of("The Kremlin rejected the proposal, and the Pentagon declined to comment.")
    assert (by_text(ms, "Kremlin").actor.country, by_text(ms, "Kremlin").actor.code) == ("RUS", "RUSGOV")
    assert by_text(ms, "Pentagon").actor.code == "USAMIL"


def test_role_noun_takes_the_articles_main_country(mentions_of):
    ms = mentions_of("Chile held elections. Chile counted votes overnight. Turnout was high. "
                     "Observers were pleased. Later the police cleared the square.")
    assert by_text(ms, "police").actor.country == "CHL"


def test_organisation_pronoun_prefers_the_company_over_a_country(mentions_of):
    ms = mentions_of("In Japan, Toyota Motor said it would raise wages.")
    it = by_text(ms, "it")
    assert ms[it.antecedent].text == "Toyota Motor" and it.actor.kind == "unknown"


def test_country_inside_another_name_is_nested_not_the_head(mentions_of):
    from eventwatch.model import Analysis, Article

    text = "The Medical Journal of Australia published the study."
    ms = mentions_of(text)
    journal, country = by_text(ms, "Medical Journal of Australia"), by_text(ms, "Australia")
    assert journal.actor.kind == "unknown" and country.actor.country == "AUS"
    head = text.index("Journal")
    assert Analysis(Article("t", text), mentions=ms).mention_at(head, head + 7) is journal


def test_relative_pronoun_takes_the_noun_it_follows(mentions_of):
    ms = mentions_of("Germany welcomed the OSCE, which monitors the ceasefire.")
    which = by_text(ms, "which")
    assert which.label == "PRON" and ms[which.antecedent].text == "OSCE"


def test_definite_office_refers_to_the_holder_the_article_named(mentions_of):
    # a holder the knowledge base does not know: the text's person wins over the KB's holder
    ms = mentions_of("Moldovan Prime Minister Ion Rusu met unions. Later the prime minister left.",
                     dt.date(2024, 5, 1))
    pm = [m for m in ms if m.text.endswith("prime minister")][0]
    assert pm.actor.name == "Ion Rusu" and ms[pm.antecedent].text == "Ion Rusu"
    # a past holder the text recalls does not replace the holder on the day
    ms = mentions_of("Former Prime Minister Mario Draghi spoke. Later the Italian prime minister left.",
                     dt.date(2024, 5, 1))
    pm = [m for m in ms if m.text.endswith("prime minister")][0]
    assert pm.actor.name == "Giorgia Meloni"
