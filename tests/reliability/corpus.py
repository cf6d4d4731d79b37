"""A small deterministic corpus of our own made-up news sentences, plus a few broken files.

Used by the kill-and-resume test and scripts/reliability: real country and city names, invented
happenings. ``write_corpus`` writes a JSONL file of dated articles, some plain-text files and
some files that must be rejected (empty, binary, Latin-1), so every store table gets rows.
"""
from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

ACTORS = [("Serbia", "Belgrade"), ("Kosovo", "Pristina"), ("France", "Paris"), ("Germany", "Berlin"),
          ("Turkey", "Ankara"), ("Greece", "Athens"), ("Poland", "Warsaw"), ("Ukraine", "Kyiv"),
          ("Armenia", "Yerevan"), ("Azerbaijan", "Baku"), ("Chile", "Santiago"), ("Peru", "Lima")]
CLAUSES = [
    "{a} accused {b} of violating the ceasefire near the border",
    "the foreign minister of {a} met her counterpart from {b} in {city}",
    "police in {city} arrested twelve protesters who had marched against the government of {b}",
    "{a} pledged to send humanitarian aid to {b} before the winter",
    "{a} threatened {b} with new sanctions over the disputed dam",
    "the president of {a} praised {b} for releasing the detained journalists",
    "{a} urged {b} to reopen the main crossing for trucks",
    "soldiers from {a} shelled positions held by fighters from {b}",
]
TAILS = ["officials said on {day}.", "a spokesman told reporters on {day}.", "the agency reported on {day}."]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def article_text(rng: random.Random, sentences: int = 3) -> str:
    out = []
    for _ in range(sentences):
        (a, city), (b, _) = rng.sample(ACTORS, 2)
        clause = rng.choice(CLAUSES).format(a=a, b=b, city=city)
        out.append(f"{clause[0].upper()}{clause[1:]}, {rng.choice(TAILS).format(day=rng.choice(DAYS))}")
    return " ".join(out)


def write_corpus(folder: Path, n_jsonl: int = 40, n_text: int = 6, seed: int = 5) -> Path:
    """The corpus folder: corpus.jsonl (dated articles, one duplicate, one bad line), text files, bad files."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    start = dt.date(2024, 3, 1)
    lines = []
    for i in range(n_jsonl):
        lines.append(json.dumps({"id": f"r{i:04d}", "text": article_text(rng), "title": f"Report {i}",
                                 "published": (start + dt.timedelta(days=i % 20)).isoformat(),
                                 "source": f"Wire {i % 4}"}))
    lines.insert(n_jsonl // 2, lines[3].replace('"r0003"', '"r0003-copy"'))  # the same text again
    lines.insert(n_jsonl // 3, '{"id": "broken", "text": ')  # a truncated record
    (folder / "corpus.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for i in range(n_text):
        (folder / f"note{i:02d}.txt").write_text(article_text(rng, 2), encoding="utf-8")
    (folder / "empty.txt").write_text("   \n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "latin1.txt").write_bytes("Caf\u00e9 owners in Lyon protested on Monday.".encode("latin-1"))
    return folder
