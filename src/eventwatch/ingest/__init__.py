"""Readers for every input format; each yields Articles or Failures."""
