from checker.checks.base import Rule
from checker.checks.crosscheck.stations import agree, fm_key, key
from checker.checks.header.common import redacted


_DELEGATIONS = ("USDEL", "SECDEL", "AMDEL", "USDELEGATION")


class OriginMismatch(Rule):
    """The FM line's sender and the banner's station name different posts.

    ## What it does
    Reduces the sender on the ``FM`` line to its place (``AMEMBASSY GUATEMALA`` -> GUATEMALA,
    ``AMCONSUL SAO PAULO`` -> SAO PAULO, ``SECSTATE WASHDC`` -> STATE, ``USMISSION USUN NEW YORK``
    -> USUN NEW YORK, ``USEU BRUSSELS`` -> BRUSSELS, ``IRAN RPO DUBAI`` -> RPO DUBAI) and compares it
    with the station of each banner (``UNCLAS GUATEMALA 000242``). Spaces and case do not count;
    one name may extend the other (``USEU BRUSSELS`` / ``BRUSSELS``); a station redacted to
    ``XXXXXXXXXXXX`` is not compared, nor are travelling delegations (``FM USDEL ...``), whose
    banners carry their own names. Reported at the banner's station.

    ## Why it matters
    The banner station and serial form the cable's identity; a banner naming another post than
    the sender means the banner (or the header) belongs to another cable or was mistyped.

    ## Example
    ```
    FM AMEMBASSY MEXICO
    ...
    S E C R E T SECTION 01 OF 04 ISLAMABAD 000416
    ```
    Reported at ``ISLAMABAD``: "banner station ISLAMABAD does not match the sender AMEMBASSY
    MEXICO on the FM line".
    """

    code = "H006"
    name = "origin-mismatch"
    severity = "error"

    def check(self, cable, ctx):
        if cable.header is None or not cable.banners:
            return
        fm = cable.header.get("FM")
        if fm is None or "station" not in fm.fields:
            return
        sender = " ".join(fm.fields["station"].value.split())
        up = sender.upper()
        if up.startswith(_DELEGATIONS):
            return  # travelling delegations file under their own banner names (SECTO, USDEL ...)
        want = None
        done = set()
        for b in cable.banners:
            st = b.station
            if st is None:
                continue
            name = " ".join(st.value.split()).upper()
            if up == name or up.endswith(" " + name):  # the usual "AMEMBASSY GUATEMALA" / "GUATEMALA"
                continue
            if want is None:
                want = fm_key(sender)
            if not want or redacted(sender) or redacted(name):
                continue
            got = key(name)
            if got in done or agree(want, got):
                continue
            done.add(got)
            yield self.finding(
                cable, st.span,
                f"banner station {' '.join(st.value.split())} does not match the sender {sender} on the FM line",
                evidence={"banner": st.value, "fm": sender})
