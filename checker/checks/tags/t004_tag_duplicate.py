from checker.checks.base import Rule


class TagDuplicate(Rule):
    """The same tag appears twice on the TAGS line.

    ## What it does
    Reports each tag that repeats an earlier one on the same TAGS line (same code, and same person
    for person tags such as "OVIP (RICE, CONDOLEEZZA)"), pointing at the repeat.

    ## Why it matters
    A repeated tag adds nothing and usually means the line was edited or pasted twice; it is a
    sign the TAGS line deserves a second look (a tag may have been meant instead of the repeat).

    ## Example
    ```
    TAGS: KJUS FR KJUS PREL PGOV KCRM PTER
    ```
    Reports "tag KJUS repeated" at the second KJUS.
    """

    code = "T004"
    name = "tag-duplicate"
    severity = "info"

    def check(self, cable, ctx):
        tl = cable.tags
        if tl is None or len(tl.tags) < 2:
            return
        seen: dict = {}
        for i, t in enumerate(tl.tags):
            key = t.code if t.person is None else (t.code, " ".join(t.person.upper().split()))
            if key in seen:
                first = tl.tags[seen[key]]
                line, col = cable.position(first.span.start)
                yield self.finding(cable, t.span, f"tag {t.code} repeated (first at line {line}, column {col})",
                                   evidence={"tag": t.code, "first": [line, col]})
            else:
                seen[key] = i
