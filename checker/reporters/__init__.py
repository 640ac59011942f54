"""Reporters render a ``RunResult``; each module exposes ``render(result, options) -> str``."""
