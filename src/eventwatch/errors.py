"""One exception tree for the whole library.

    EventwatchError
    ├── ConfigError        bad settings or unknown registered names
    ├── InputError         an article that cannot be read (empty, binary, too large ...)
    │   └── IngestError    a source (file, feed, corpus) that cannot be read
    ├── StageError         a stage failed on one article (carries stage and article id)
    └── StoreError         the database cannot be opened, written or read

The library raises; only the CLI and the HTTP API turn errors into messages.
"""
from __future__ import annotations

__all__ = ["ConfigError", "EventwatchError", "IngestError", "InputError", "StageError", "StoreError"]


class EventwatchError(Exception):
    """Root of every error eventwatch raises on purpose."""


class ConfigError(EventwatchError):
    pass


class InputError(EventwatchError):
    """An article that cannot be processed; ``reason`` is a short machine-readable tag."""

    def __init__(self, message: str, *, reason: str = "bad-input", article_id: str | None = None):
        super().__init__(message)
        self.reason = reason
        self.article_id = article_id


class IngestError(InputError):
    pass


class StageError(EventwatchError):
    def __init__(self, stage: str, article_id: str, cause: BaseException):
        super().__init__(f"stage {stage} failed on article {article_id}: {cause!r}")
        self.stage = stage
        self.article_id = article_id
        self.cause = cause


class StoreError(EventwatchError):
    pass
