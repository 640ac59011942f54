from checker.checks.base import Rule
from checker.checks.crosscheck.stations import agree, key, parse_ref


class ReferenceIdMismatch(Rule):
    """The reference id's station or serial differs from the banner's.

    ## What it does
    For cables with a reference id in their metadata (``66BUENOSAIRES2481``: year, station,
    serial), compares the serial with the banner's serial (``BUENOS AIRES 2481``, leading zeros
    ignored; the DE line's ``#2481`` when the banner has none) and the station with the banner's
    station. Each disagreement is one finding at the banner's field.

    ## Why it matters
    The reference id is the key every other cable cites; when it does not match the banner, the
    text under that id is another cable's (a mix-up in the export) or the id was mistyped, and
    references to it lead to the wrong document.

    ## Example
    Reference id ``10MEXICO614`` with the banner ``S E C R E T SECTION 01 OF 04 ISLAMABAD 000416``:
    "reference id 10MEXICO614 but the banner's serial is 416" and "... the banner's station is
    ISLAMABAD".
    """

    code = "M009"
    name = "reference-id-mismatch"
    severity = "error"

    def check(self, cable, ctx):
        ref = cable.meta.get("reference_id")
        if not ref:
            return
        parsed = parse_ref(str(ref))
        if parsed is None:
            return
        _, station, serial = parsed
        b = cable.banner
        field, where, want = (b.serial if b is not None else None), "banner", serial
        if field is None and cable.header is not None:
            de = cable.header.get("DE")
            if de is not None and not de.problem and "serial" in de.fields:
                # The DE line carries the serial's last digits only (STATE 119085 -> #9085).
                field, where = de.fields["serial"], "DE line"
                want = serial % 10 ** len(field.value)
        if field is not None and field.value.isdigit() and int(field.value) != want:
            yield self.finding(
                cable, field.span, f"reference id {ref} but the {where}'s serial is {int(field.value)}",
                evidence={"reference_id": ref, "serial": int(field.value), "where": where},
            )
        if b is not None and b.station is not None and not agree(station, key(b.station.value)):
            yield self.finding(
                cable, b.station.span,
                f"reference id {ref} but the banner's station is {' '.join(b.station.value.split())}",
                evidence={"reference_id": ref, "station": b.station.value},
            )
