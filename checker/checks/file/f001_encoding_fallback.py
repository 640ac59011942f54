from checker.checks.base import Rule
from checker.model import Span


class EncodingFallback(Rule):
    """The file is not UTF-8; it was read as cp1252 (or Latin-1).

    ## What it does
    Reports, once per file, that the bytes were not valid UTF-8 and were decoded with the cp1252
    (Windows Western) code page instead, or Latin-1 when even cp1252 failed.

    ## Why it matters
    A wrongly guessed encoding turns accented names and quotation marks into mojibake; a reviewer
    should confirm the characters before the cable is published, and the corpus should be
    re-encoded as UTF-8.

    ## Example
    A file saved by a Windows tool with `Bogotá` as the byte `0xE1`: reported at 1:1 as
    "not valid UTF-8; read as cp1252".
    """

    code = "F001"
    name = "encoding-fallback"
    severity = "info"

    def check(self, cable, ctx):
        enc = cable.meta.get("encoding")
        if enc in ("cp1252", "latin-1"):
            yield self.finding(cable, Span(0, 0), f"not valid UTF-8; read as {enc}", text="",
                               evidence={"encoding": enc})
