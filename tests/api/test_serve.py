"""`eventwatch serve` starts a real server bound to 127.0.0.1 that answers the API and the page."""
from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.request


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_serve_command_answers_on_loopback(api_store):
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "eventwatch", "serve", "--db", str(api_store), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline, stats = time.monotonic() + 30, None
        while stats is None and time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/stats", timeout=2) as r:
                    stats = json.loads(r.read())
            except OSError:
                assert proc.poll() is None, proc.stderr.read().decode()
                time.sleep(0.2)
        assert stats and stats["events"] == 801
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as r:
            assert b"<title>eventwatch</title>" in r.read()
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=10)
    assert f"http://127.0.0.1:{port}/" in err.decode()


def test_serve_warns_when_bound_beyond_loopback(api_store, monkeypatch, capsys):
    import uvicorn

    from eventwatch.cli import main

    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.update(kw))
    assert main(["serve", "--db", str(api_store), "--host", "0.0.0.0", "--port", "9"]) == 0
    assert seen["host"] == "0.0.0.0" and "reachable from other machines" in capsys.readouterr().err
    assert main(["serve", "--db", str(api_store)]) == 0
    assert seen["host"] == "127.0.0.1" and seen["port"] == 8000
    assert "warning" not in capsys.readouterr().err
