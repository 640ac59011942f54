from bisect import bisect_right

from checker.checks.base import Rule
from checker.checks.review.contacts import PRESCAN, scan
from checker.model import Span

_WHAT = {"email": "e-mail address", "phone": "phone number", "passport": "passport number", "id": "ID number"}


class ContactDetail(Rule):
    """Running text or a metadata line holds an e-mail address, phone or fax number, or ID number.

    ## What it does
    Scans the paragraphs, headings and metadata lines (addressees, SUBJECT, REF, Classified By)
    for e-mail addresses; phone and fax numbers written internationally ("+502 2326-4000",
    "011-58-212-907-8330"), North-American style ("(202) 647-1234", "202-647-1234"), or as a local
    number introduced by tel/phone/fax/cell/mobile ("Tel. 2326-4000") or next to other contact
    data ("point of contact ..., 647-5035", "x 4541"); passport and national ID numbers after their
    word (passport, cedula, DNI, ID number, national ID, SSN). Year ranges, dates, serials, REF and
    report numbers, money and page-break lines are not numbers of this kind and are left alone.
    Evidence names the recogniser and the context word; confidence is lower for bare local numbers.

    ## Why it matters
    A released cable with an official's direct line, a contact's e-mail or a passport number puts
    a real person within reach of anyone; these details are redacted before publication.

    ## Example
    ```
    information is Nicole Menkhoff, ISN/RA, 202-736-4277, MenkhoffN@state.sgov.gov
    ```
    Reports "phone number (north american) 202-736-4277" and "e-mail address MenkhoffN@state.sgov.gov".
    """

    code = "R003"
    name = "contact-detail"
    severity = "review"

    def check(self, cable, ctx):
        text, bs, be = cable.text, cable.body_start, cable.body_end
        marks = [m.start() for m in PRESCAN.finditer(text, bs, be)]
        k = text.find("@", bs, be)
        while k >= 0:
            marks.append(k)
            k = text.find("@", k + 1, be)
        lines = [ln for ln in _metadata_lines(cable) if "@" in ln.text or PRESCAN.search(ln.text)]
        if marks:
            proses = cable.prose
            todo: set[int] = set()
            for o in marks:
                i = bisect_right(proses, o, key=_start) - 1
                if i >= 0 and o < _end(proses[i]):
                    todo.add(i)
                elif cable.line_at(o).kind == "heading":
                    lines.append(cable.line_at(o))
            for i in sorted(todo):
                prose = proses[i]
                for s, e, rec, word, conf, form in scan(prose.text):
                    yield self._finding(cable, prose.source_span(s, e), rec, word, conf, form, prose.paragraph)
        seen = set()
        for line in lines:
            if line.number in seen or len(line.text) > 2000:
                continue
            seen.add(line.number)
            for s, e, rec, word, conf, form in scan(line.text):
                yield self._finding(cable, Span(line.start + s, line.start + e), rec, word, conf, form, None)

    def _finding(self, cable, span, rec, word, conf, form, para_index):
        what = _WHAT[rec]
        text = cable.text[span.start:span.end]
        detail = f" ({form}{', after ' + repr(word) if word else ''})" if rec == "phone" else (
            f" (after {word!r})" if word else "")
        number = cable.paragraphs[para_index].number if para_index is not None else None
        return self.finding(cable, span, f"{what} {text}{detail}: review before release",
                            paragraph=number, confidence=conf,
                            evidence={"recognizer": rec, "context": word, "form": form})


def _metadata_lines(cable):
    """Lines outside the prose runs that people write contact details into."""
    for b in (cable.subject, cable.classified_by, *cable.refs):
        if b is not None:
            yield from b.lines
    yield from cable.addressees


def _start(prose) -> int:
    return prose.segments[0].source if prose.segments else -1


def _end(prose) -> int:
    last = prose.segments[-1]
    return last.source + last.length
