from checker.checks.base import Rule
from checker.checks.crosscheck.stations import agree, fm_key, key, origin_key


class OriginColumnMismatch(Rule):
    """The metadata origin names another post than the FM line and the banner.

    ## What it does
    For cables with an origin in their metadata (CSV column 4, the viewer's Origin cell),
    reduces it to the place (``Embassy Guatemala`` -> GUATEMALA, ``Secretary of State`` ->
    STATE, ``Mission USUN New York`` -> USUN NEW YORK, ``Consulate Sao Paulo`` -> SAO PAULO) and
    compares it with the sender on the FM line (``AMEMBASSY GUATEMALA``, ``SECSTATE WASHDC``) and
    the banner's station. Reported when it agrees with neither; silent when the text names no
    station. Spaces and punctuation are ignored and a known second name counts (Holy See /
    VATICAN, Kyiv / KIEV).

    ## Why it matters
    The origin column is how a corpus is browsed and attributed ("cables from Embassy X"); a
    row whose text was sent by another post is mis-filed, or its text belongs to another row.

    ## Example
    Row origin ``Embassy Madrid`` with ``FM AMEMBASSY PARIS`` and banner ``... PARIS 000123``:
    reported at the FM line as "origin column says Embassy Madrid but the cable is from PARIS".
    """

    code = "M007"
    name = "origin-column-mismatch"
    severity = "warning"

    def check(self, cable, ctx):
        origin = cable.meta.get("origin")
        if not origin:
            return
        want = origin_key(str(origin))
        if not want:
            return
        seen = []  # (key, field) of the text's stations
        fm = cable.header.get("FM") if cable.header is not None else None
        if fm is not None and "station" in fm.fields:
            seen.append((fm_key(fm.fields["station"].value), fm.fields["station"]))
        b = cable.banner
        if b is not None and b.station is not None:
            seen.append((key(b.station.value), b.station))
        seen = [(k, f) for k, f in seen if k]
        if not seen or any(agree(want, k) for k, _ in seen):
            return
        where = seen[0][1]
        yield self.finding(
            cable, where.span,
            f"origin column says {origin} but the cable is from {' '.join(where.value.split())}",
            evidence={"column": origin, "text": [f.value for _, f in seen]},
        )
