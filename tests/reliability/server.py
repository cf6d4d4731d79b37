"""Start `eventwatch serve` on 127.0.0.1 with a free port, wait for it, stop it (tests and scripts)."""
from __future__ import annotations

import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import httpx

from runs import env


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serving(db: Path, *, host: str = "127.0.0.1", extra: tuple[str, ...] = (), timeout: float = 60):
    """A running server over ``db``; yields (base URL, process)."""
    port = free_port()
    cmd = [sys.executable, "-m", "eventwatch", "serve", "--db", str(db), "--port", str(port), *extra]
    if host != "127.0.0.1":
        cmd += ["--host", host]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env())
    base = f"http://127.0.0.1:{port}"
    try:
        _wait(base, proc, timeout)
        yield base, proc
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _wait(base: str, proc: subprocess.Popen, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited ({proc.returncode}): {proc.stderr.read()}")
        try:
            if httpx.get(f"{base}/api/stats", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise RuntimeError(f"server did not answer on {base} within {timeout} s")


def raw_get(base: str, target: str, headers: str = "", timeout: float = 10) -> tuple[int, bytes]:
    """One request sent byte for byte (no client-side path normalisation); (status, body)."""
    host, port = base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=timeout) as s:
        s.sendall(f"GET {target} HTTP/1.1\r\nHost: {host}\r\n{headers}Connection: close\r\n\r\n".encode("latin-1"))
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split(b" ", 2)[1]), body
