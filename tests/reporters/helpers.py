"""Small cables and hand-made results for the reporter tests."""
from __future__ import annotations

from checker.engine.session import CableResult, Checker, RunResult, Settings
from checker.findings import Finding
from checker.readers import InputError, Source

CABLE = """VZCZCXYZ0001
RR RUEHWEB

DE RUEHFR #{serial} 0011200
ZNY CCCCC ZZH
R {dtg}
FM {fm}
TO RUEHC/SECSTATE WASHDC 0001

{banner}

E.O. 12958: DECL: 01/01/2020
TAGS: PGOV FR
SUBJECT: TEST

{body}
"""


def cable(paras=(1, 2, 4), dtg="011200Z JAN 08", fm="AMEMBASSY PARIS", banner="C O N F I D E N T I A L PARIS 001234",
          serial="1234", extra_top: str = "") -> str:
    body = "\n\n".join(f"{n}. (C) Paragraph {n} text." for n in paras)
    return extra_top + CABLE.format(dtg=dtg, fm=fm, banner=banner, serial=serial, body=body)


def check(files: dict[str, str], select=("P001",)) -> RunResult:
    """Run the real checker over in-memory cables (path -> text)."""
    checker = Checker(Settings(select=list(select)))
    result = RunResult()
    for path, text in files.items():
        result.cables.append(checker.check_source(Source(path=path, text=text, meta={})))
    return result


def finding(path="a/08PARIS1.txt", rule="P001", name="paragraph-gap", severity="error",
            message="paragraph 3 is missing", line=5, column=2, end_line=5, end_column=3, text="4",
            start=10, end=11, **kw) -> Finding:
    return Finding(rule=rule, name=name, severity=severity, message=message, path=path, line=line, column=column,
                   end_line=end_line, end_column=end_column, text=text, start=start, end=end,
                   cable_id=path.rsplit("/", 1)[-1].split(".")[0], **kw)


def hand_result() -> RunResult:
    """Every severity, awkward characters, a rule the registry does not know, an input error."""
    a = "cables/08PARIS1.txt"
    b = "cables/odd, name: 100%.txt"
    return RunResult(
        cables=[
            CableResult(a, "08PARIS1", [
                finding(a),
                finding(a, severity="warning", message="50% sure: a, b\nsecond line\r", line=7, start=40, end=41),
                finding(a, rule="E900", name="rule-crashed", message="internal error", text=None, line=1, column=1,
                        end_line=1, end_column=1, start=0, end=0),
            ]),
            CableResult(b, "odd", [
                finding(b, severity="review", message="possible name", text="Smith", line=9, column=4, end_column=9),
                finding(b, severity="info", message="bad \x01 control", text="x", line=10),
            ]),
            CableResult("cables/09ROME2.txt", "09ROME2", []),
        ],
        errors=[InputError("cables/broken.txt", "binary file; skipped")],
    )
