from pathlib import Path

import pytest

from eventwatch.actors._bench import gum_docs
from eventwatch.actors.evaluate import _best, _norm, evaluate
from eventwatch.errors import ConfigError
from eventwatch.model import Actor, Mention

CONLLU = """# newdoc id = GUM_news_demo
# meta::dateCreated = 2023-02-01
1\tGeorgia\tGeorgia\tPROPN\tNNP\t_\t2\tnsubj\t_\tEntity=(1-place-new-sssss-cf1-1-coref-Georgia_%28country%29)
2\tprotested\tprotest\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No
3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

"""


def test_gum_reader_rebuilds_text_offsets_titles_and_splits(tmp_path: Path):
    (tmp_path / "dep").mkdir()
    (tmp_path / "dep" / "GUM_news_demo.conllu").write_text(CONLLU)
    (tmp_path / "splits.md").write_text("## dev\n\n## test\n  * GUM_news_demo\n## test2\n")
    [doc] = gum_docs(tmp_path)
    gold = doc.gold[0]
    assert doc.text.startswith("Georgia protested.") and doc.split == "held-out"
    assert doc.text[gold.start:gold.end] == "Georgia" and gold.title == "Georgia (country)"
    assert str(doc.published) == "2023-02-01"


def test_title_normalisation_and_best_overlap():
    assert _norm("Aleksandar_Vučić") == _norm("aleksandar vucic")
    a = Actor("Serbia", "state")
    wide, tight = Mention("Serbia's police", 0, 15, "NOMINAL", a), Mention("Serbia", 0, 6, "GPE", a)
    assert _best((wide, tight), 0, 8) is tight  # intersection over union, not raw overlap


def test_unknown_path_is_a_config_error(tmp_path, settings):
    with pytest.raises(ConfigError):
        evaluate(tmp_path, settings)
