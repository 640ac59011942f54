"""cablecheck: data-quality and redaction checker for diplomatic cables."""

__version__ = "0.1.0"
