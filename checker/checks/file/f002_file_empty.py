from checker.checks.base import Rule
from checker.model import Span


class FileEmpty(Rule):
    """The file holds no text (or only white space).

    ## What it does
    Reports a cable file that is empty or contains only blank lines.

    ## Why it matters
    An empty file in a release corpus is a lost cable: an export or conversion step failed and the
    record would be published blank.

    ## Example
    A zero-byte `09MOSCOW1234.txt` is reported at 1:1 as "file is empty".
    """

    code = "F002"
    name = "file-empty"
    severity = "error"

    def check(self, cable, ctx):
        if not cable.text.strip():
            yield self.finding(cable, Span(0, 0), "file is empty" if not cable.text else "file holds only white space",
                               text="")
