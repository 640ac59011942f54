from checker.checks.base import Rule


class BannerMalformed(Rule):
    """A classification banner is misspelt, irregularly spaced or not in capitals.

    ## What it does
    Reports each banner line the parser could read only by tolerating a defect in its
    classification word: a doubled or lost letter (``SS E C R E T``, ``UUNCLAS``,
    ``E C R E T``), irregular spacing (``CO N F I D E N T I A L``) or lower case
    (``S e c r e t berlin 001068``). The message names the defect and gives the banner as it
    should read.

    ## Why it matters
    Indexes, redaction workflows and readers search banners literally; a misspelt banner hides
    a SECRET cable from a search for ``SECRET``, and a lower-case one suggests the text was
    re-typed or converted, so its other lines deserve a second look before release.

    ## Example
    ```
    SS E C R E T SECTION 01 OF 02 PARIS 001699
    ```
    Reported on the classification word: "classification word 'SS E C R E T' is misspelt
    (expected 'S E C R E T SECTION 01 OF 02 PARIS 001699')".
    """

    code = "M010"
    name = "banner-malformed"
    severity = "warning"

    def check(self, cable, ctx):
        for b in cable.banners:
            if b.problem is None:
                continue
            raw = cable.text[b.classification_span.start:b.classification_span.end]
            word = b.classification
            if word == "UNCLASSIFIED" and len(raw.replace(" ", "")) <= 8:
                word = "UNCLAS"  # the banner's usual short form
            parts = [" ".join(word) if b.spaced else word]  # "S E C R E T" stays spaced
            if b.section is not None:
                parts.append(f"SECTION {b.section[0]:02d} OF {b.section[1]:02d}")
            if b.station is not None:
                parts.append(b.station.value.upper())
            if b.serial is not None:
                parts.append(b.serial.value)
            yield self.finding(cable, b.classification_span, f"{b.problem} (expected {' '.join(parts)!r})",
                               text=raw)
