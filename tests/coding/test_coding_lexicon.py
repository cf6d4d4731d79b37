"""The trigger lexicon (data/coding/lexicon.toml) and its loader."""
from __future__ import annotations

import pytest

from eventwatch.coding import lexicon
from eventwatch.errors import ConfigError
from eventwatch.ontology import CAMEO_ROOTS, PLOVER_TYPES


def test_every_sense_names_a_known_type_mode_and_root():
    tables = (lexicon.VERBS, lexicon.NOUNS, lexicon.LIGHT_PAIRS, lexicon.PHRASAL, lexicon.OBJECT, lexicon.PREP_OBJECT)
    for table in tables:
        for entry in table.values():
            s = lexicon.sense(entry)
            assert s.type in PLOVER_TYPES and s.cameo in CAMEO_ROOTS
            assert s.mode is None or s.mode in PLOVER_TYPES[s.type].modes


def test_every_cameo_root_from_02_to_20_has_verbs_and_nouns():
    wanted = {f"{n:02d}" for n in range(2, 21)}
    assert {lexicon.sense(e).cameo for e in lexicon.VERBS.values()} == wanted
    assert {lexicon.sense(e).cameo for e in lexicon.NOUNS.values()} == wanted


def test_a_word_under_two_senses_is_refused(tmp_path):
    bad = tmp_path / "lexicon.toml"
    bad.write_text('[lists]\nlight = []\nneg_flip = []\ngovernors = []\nnot_event = []\n'
                   '[verbs]\n"ASSAULT 18" = ["hit"]\n"ACCUSE.disapprove 11" = ["hit"]\n'
                   '[nouns]\n[light_pairs]\n[phrasal]\n[object]\n[prep_object]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="hit"):
        lexicon.load_tables(bad)


def test_an_unknown_mode_is_refused(tmp_path):
    bad = tmp_path / "lexicon.toml"
    bad.write_text('[lists]\nlight = []\nneg_flip = []\ngovernors = []\nnot_event = []\n'
                   '[verbs]\n"ASSAULT.laser 18" = ["zap"]\n'
                   '[nouns]\n[light_pairs]\n[phrasal]\n[object]\n[prep_object]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown"):
        lexicon.load_tables(bad)
