from __future__ import annotations

import pytest

# pytest (prepend import mode) puts this folder on sys.path, so the helper module imports by name
from keyword_stage import STAGES, ensure_registered

# Our own sentences (fictional reports about real places), a few per article.
ARTICLES = {
    "lyon.txt": "Lyon, 4 March 2024. France accused Germany of blocking the rail agreement. "
                "The talks will resume next week.",
    "oslo.txt": "Oslo, 5 March 2024. Norway accused Russia of violating its airspace over the Barents Sea.",
    "quito.txt": "Ecuador accused Colombia of sheltering the gang leaders, a minister said on Friday.",
}


@pytest.fixture(scope="session")
def keyword_settings(settings):
    ensure_registered()
    return settings.with_(stages=STAGES, batch_size=8)


@pytest.fixture()
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder
