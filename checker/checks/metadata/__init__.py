"""Metadata-block rules (M0xx): banner, E.O. line, subject and the section/page sequence."""
