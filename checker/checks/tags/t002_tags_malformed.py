from checker.checks.base import Rule
from checker.checks.tags.lexicon import NAME_WORD, read_tags
from checker.model import Span

# Defects that change how the line reads (warning) and house-style ones (info).
_STYLE = ("no colon after TAGS", "tags separated by commas")


class TagsMalformed(Rule):
    """The TAGS line is not written "TAGS: CODE CODE ..." (markdown links, commas, lower case ...).

    ## What it does
    Reads the TAGS line and lists what departs from the handbook form "TAGS: ELAB PHUM KCRM GT":
    tags written as markdown links ("[ELAB](#)"), the keyword misspelt or in lower case
    ("Tags:", "TAG"), no colon, commas between tags, lower-case codes, the line run into the E.O.
    line, a person's name without its parentheses ("OVIP CLINTON HILLARY"). The message gives the
    line as it should read. Markdown, lower case, a run-in line and a bare name are warnings;
    a missing colon or commas alone (a house style of some posts and decades) are info.

    ## Why it matters
    Tools that index released cables split the TAGS line on spaces after "TAGS:"; links, commas
    and lower case make them file the cable under codes that do not exist. A normalised line can
    be pasted back as it stands.

    ## Example
    ```
    TAGS: [ELAB](#) [PHUM](#) [KCRM](#) [KFRD](#) [KWMN](#) [PREF](#) [SMIG](#) [PGOV](#) [GT](#)
    ```
    Reports "TAGS line malformed (markdown links): should read 'TAGS: ELAB PHUM KCRM KFRD KWMN
    PREF SMIG PGOV GT'".
    """

    code = "T002"
    name = "tags-malformed"
    severity = "warning"

    def check(self, cable, ctx):
        tl = cable.tags
        if tl is None or not tl.tags:
            return
        readings = read_tags(cable, ctx)
        problems = []
        if tl.uses_markdown:
            problems.append("markdown links")
        kw = cable.slice(tl.keyword_span)
        if kw != "TAGS":
            problems.append(f"keyword written {kw!r}")
        if not tl.has_colon:
            problems.append("no colon after TAGS")
        if tl.uses_commas:
            problems.append("tags separated by commas")
        if tl.has_lowercase and any(not (t.text if t.person is None else t.text.split("(")[0]).isupper()
                                    for t in tl.tags if any(c.isalpha() for c in t.text)):
            problems.append("lower-case tags")
        if tl.lines[0].kind != "tags":
            eo = cable.eo is not None and cable.eo.line is tl.lines[0]
            problems.append(f"run into the {'E.O.' if eo else 'preceding'} line")
        if any(r.kind == NAME_WORD for r in readings):
            problems.append("person name without parentheses")
        if not problems:
            return
        line = _normalised(readings)
        severity = "info" if all(p in _STYLE for p in problems) else None
        span = Span(tl.keyword_span.start, tl.span.end)
        yield self.finding(cable, span, f"TAGS line malformed ({', '.join(problems)}): should read {line!r}",
                           severity=severity, evidence={"problems": problems, "normalised": line})


def _normalised(readings) -> str:
    """The line as it should read (repeats dropped: T004 reports them)."""
    out: list[str] = []
    last_name = None
    for r in readings:
        t = r.tag
        if r.kind == NAME_WORD:
            if r.person != last_name:
                out[-1:] = [f"{out[-1]} ({r.person})"] if out else [f"({r.person})"]
                last_name = r.person
            continue
        last_name = None
        if t.person is not None:
            out.append(f"{t.code} ({' '.join(t.person.upper().split())})")
        else:
            out.append(t.code)
    return "TAGS: " + " ".join(dict.fromkeys(out))
