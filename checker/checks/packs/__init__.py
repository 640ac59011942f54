"""Declarative pattern rules (the X family) defined by data files in ``rules/packs/``."""
