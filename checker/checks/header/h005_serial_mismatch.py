from checker.checks.base import Rule
from checker.checks.header.common import main_banner


class SerialMismatch(Rule):
    """The DE line, the banner and the page breaks give different cable serials.

    ## What it does
    A cable's serial number appears three ways: on the ``DE`` line as its last four digits
    (``DE RUEHGT #0242``), in the banner (``UNCLAS GUATEMALA 000242``) and in the page-break
    lines (``GUATEMALA 00000242 002 OF 002``). The rule compares them as numbers (leading zeros do
    not count; the DE serial against the banner serial's last four digits, so ``#7438`` fits
    ``STATE 107438``) and reports each one that differs from the banner's. Without a banner
    serial, the page breaks are compared with the DE line.

    ## Why it matters
    The serial is half of the cable's identity (``08GUATEMALA242``); a mismatch means part of the
    record belongs to another cable or the number was mistyped, so references to it break.

    ## Example
    ```
    DE RUEHGT #0243/01 0581956
    ...
    UNCLAS GUATEMALA 000242
    ```
    Reported at ``0243``: "DE serial #0243 does not match the banner serial 000242".
    """

    code = "H005"
    name = "serial-mismatch"
    severity = "error"

    def check(self, cable, ctx):
        b = main_banner(cable)
        ref = b.serial if b is not None and b.serial is not None and b.serial.value.isdigit() else None
        de = cable.header.get("DE") if cable.header is not None else None
        de_serial = de.fields.get("serial") if de is not None else None
        if ref is not None:
            want = int(ref.value)
            if de_serial is not None:
                width = len(de_serial.value)
                if int(de_serial.value) != want % (10 ** width):
                    yield self.finding(
                        cable, de_serial.span,
                        f"DE serial #{de_serial.value} does not match the banner serial {ref.value}",
                        evidence={"de": de_serial.value, "banner": ref.value})
            for other in cable.banners:
                s = other.serial
                if other is not b and s is not None and s.value.isdigit() and int(s.value) != want:
                    yield self.finding(cable, s.span,
                                       f"banner serial {s.value} does not match the first banner's {ref.value}",
                                       evidence={"banner": s.value, "first": ref.value})
            label, want_text = "the banner serial", ref.value
        elif de_serial is not None:
            want, label, want_text = int(de_serial.value), "the DE serial", "#" + de_serial.value
        else:
            return
        width = None if ref is not None else len(de_serial.value)
        reported = set()
        good = None  # the serial text last seen to agree: page breaks repeat one value
        for pb in cable.page_breaks:
            v = pb.serial.value
            if v == good:
                continue
            got = int(v) if width is None else int(v) % (10 ** width)
            if got == want:
                good = v
            elif v not in reported:
                reported.add(v)  # one finding per distinct wrong serial
                yield self.finding(cable, pb.serial.span,
                                   f"page-break serial {v} does not match {label} {want_text}",
                                   evidence={"page_break": v, "expected": want_text})
