"""The bundled dashboard is complete and self-contained (no browser needed)."""
from __future__ import annotations

import re

from eventwatch.httpapi.app import STATIC_DIR

SVG_NS = "http://www.w3.org/2000/svg"


def test_every_referenced_asset_is_bundled():
    for page in ("index.html", "docs.html"):
        html = (STATIC_DIR / page).read_text(encoding="utf-8")
        refs = re.findall(r'(?:src|href)="(/static/[^"]+)"', html)
        assert refs, page
        for ref in refs:
            assert (STATIC_DIR / ref.removeprefix("/static/")).is_file(), ref
    for js in (STATIC_DIR / "js").glob("*.js"):
        for module in re.findall(r'from "\./([^"]+)"', js.read_text(encoding="utf-8")):
            assert (STATIC_DIR / "js" / module).is_file(), f"{js.name} imports {module}"


def test_nothing_is_loaded_from_another_host():
    for path in STATIC_DIR.rglob("*"):
        if path.suffix not in {".html", ".js", ".css"} or "vendor" in path.parts:
            continue
        text = path.read_text(encoding="utf-8").replace(SVG_NS, "")
        assert not re.search(r"https?://|//cdn|@import", text), path.name


def test_vendor_files_keep_their_licences():
    for folder in (STATIC_DIR / "vendor").iterdir():
        assert (folder / "LICENSE").is_file(), folder.name
        assert "Permission to use, copy, modify" in (folder / "LICENSE").read_text(encoding="utf-8")
