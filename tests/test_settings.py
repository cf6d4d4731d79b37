import pytest

from eventwatch.errors import ConfigError
from eventwatch.settings import SETTINGS_TABLE, load_settings


def test_overrides_are_typed():
    s = load_settings(overrides=["max_chars=10", "today=2023-01-09"])
    assert s.max_chars == 10 and s.today_date().isoformat() == "2023-01-09"


def test_unknown_setting_is_an_error():
    with pytest.raises(ConfigError):
        load_settings(overrides=["nope=1"])


def test_every_setting_is_documented():
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[1] / "docs" / "settings.md").read_text()
    for s in SETTINGS_TABLE:
        assert f"`{s.name}`" in doc, f"docs/settings.md does not document {s.name}"
