"""The full pipeline (real spaCy model, every stage) on short hostile texts: one result per article,
never an exception, evidence offsets inside the text. Few examples: each one runs every stage."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings

import fuzz_inputs as fz

from eventwatch.model import Analysis, Article, Failure


@settings(max_examples=max(10, fz.FUZZ_EXAMPLES // 4), deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(fz.analyze_inputs)
def test_analyze_survives_hostile_text(pipeline, text):
    out = list(pipeline.run([Article("fuzz-1", text), Article("fuzz-2", "Serbia accused Kosovo of provocations.")]))
    assert len(out) == 2 and all(isinstance(o, (Analysis, Failure)) for o in out)
    first = out[0]
    if isinstance(first, Failure):
        assert first.reason and first.message
        return
    for event in first.events:
        for ev in event.evidence:
            assert 0 <= ev.start <= ev.end <= len(text)
            assert text[ev.start:ev.end] == ev.sentence


def test_hostile_batch_does_not_sink_its_neighbours(pipeline):
    texts = ["\u202eKosovo police arrested two men\u202c in Pristina on Monday.", "", "\u200b" * 500,
             "Police met \ud800 protesters.", "(" * 300 + "Serbia accused Kosovo" + ")" * 300,
             "\u0627\u0644\u0633\u0644\u0627\u0645 Serbia accused Kosovo of provocations."]
    out = list(pipeline.run(Article(f"h{i}", t) for i, t in enumerate(texts)))
    assert [o.article_id if isinstance(o, Failure) else o.article.id for o in out] == [f"h{i}" for i in range(6)]
    reasons = {o.article_id: o.reason for o in out if isinstance(o, Failure)}
    assert reasons.get("h1") == "empty" and reasons.get("h3") == "encoding"
    # only zero-width spaces: str.strip() keeps them, so it is analysed (and yields nothing) or rejected
    assert "h2" in reasons or not out[2].events
    assert isinstance(out[5], Analysis)


def test_analyze_command_on_a_hostile_jsonl_file(tmp_path):
    """`eventwatch analyze --jsonl`: one output line per record, failures as JSON on stderr, no traceback."""
    import json
    import subprocess
    import sys

    from runs import env

    lines = [b'{"id": "ok1", "text": "Serbia accused Kosovo of provocations on Monday."}', b"[" * 50_000,
             b'{"id": "s1", "text": "Police met \\ud800 protesters."}', b'{"id": "b1", "text": "caf\xe9"}',
             b'{"id": "n1", "text": 5}', b'{"id": "d1", "text": "x", "published": "2023-02-30"}',
             b'{"id": "z1", "text": "\\u200b\\u202e Kosovo police arrested two men.\\u202c"}', b'{"text": ']
    path = tmp_path / "hostile.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    done = subprocess.run([sys.executable, "-m", "eventwatch", "--set", "today=2026-11-28", "analyze", "--jsonl",
                           str(path)], capture_output=True, text=True, timeout=300, env=env())
    assert done.returncode == 3 and "Traceback" not in done.stderr, done.stderr[-2000:]
    ok = [json.loads(line) for line in done.stdout.splitlines()]
    failed = [json.loads(line) for line in done.stderr.splitlines() if line.startswith("{")]
    assert len(ok) + len(failed) == len(lines)
    assert all(f["reason"] and f["message"] for f in failed)
    assert {f["reason"] for f in failed} == {"malformed", "encoding"}
