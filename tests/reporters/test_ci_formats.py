"""github workflow commands, JUnit XML, GitLab Code Quality and the JSON report, parsed back."""
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import regex
from jsonschema import Draft202012Validator

from checker.reporters import github, gitlab, junit
from checker.reporters import json as json_reporter
from tests.reporters.helpers import cable, check, hand_result

ROOT = Path(__file__).resolve().parents[2]
COMMAND = regex.compile(r"::(?P<cmd>error|warning|notice) (?P<props>[^:]*+)::(?P<msg>.*+)")


def unescape(s: str, prop: bool) -> str:
    if prop:
        s = s.replace("%2C", ",").replace("%3A", ":")
    return s.replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%")


def parse_github(out: str) -> list[tuple[str, dict, str]]:
    parsed = []
    for line in out.splitlines():
        m = COMMAND.fullmatch(line)
        assert m, line
        props = dict(p.split("=", 1) for p in m["props"].split(","))
        parsed.append((m["cmd"], {k: unescape(v, True) for k, v in props.items()}, unescape(m["msg"], False)))
    return parsed


def test_github_one_line_per_finding_round_trips():
    result = hand_result()
    parsed = parse_github(github.render(result))
    assert len(parsed) == len(result.findings) + len(result.errors)
    for (cmd, props, msg), f in zip(parsed, result.findings, strict=False):
        assert cmd == {"error": "error", "warning": "warning", "review": "warning", "info": "notice"}[f.severity]
        assert props == {"file": f.path, "line": str(f.line), "col": str(f.column), "endLine": str(f.end_line),
                         "endColumn": str(f.end_column), "title": f"{f.rule} {f.name}"}
        assert msg == f.message
    assert parsed[-1][1]["file"] == "cables/broken.txt" and parsed[-1][0] == "error"


def test_github_escapes():
    assert github.escape_data("a%b\r\nc") == "a%25b%0D%0Ac"
    assert github.escape_property("x:y,z%") == "x%3Ay%2Cz%25"
    out = github.render(hand_result())
    assert "file=cables/odd%2C name%3A 100%25.txt," in out
    assert "50%25 sure: a, b%0Asecond line%0D" in out  # ':' and ',' are fine in the message


def test_junit_parses_one_case_per_cable_and_failure_per_finding():
    result = hand_result()
    root = ET.fromstring(junit.render(result))
    assert root.tag == "testsuites"
    (suite,) = root.findall("testsuite")
    cases = suite.findall("testcase")
    assert len(cases) == len(result.cables) + len(result.errors)
    for case, cr in zip(cases, result.cables, strict=False):
        assert case.get("name") == cr.path
        fails = case.findall("failure")
        assert [x.get("type") for x in fails] == [f.rule for f in cr.findings]
        assert [x.get("message") for x in fails] == [f"{f.rule} {f.name}: {f.message}".replace("\x01", "\ufffd")
                                                     for f in cr.findings]
    assert cases[-1].find("error") is not None
    failing = sum(1 for c in cases if c.find("failure") is not None)
    for el in (root, suite):
        assert int(el.get("tests")) == len(cases)
        assert int(el.get("failures")) == failing == 2
        assert int(el.get("errors")) == 1
    assert "\ufffd" in ET.tostring(root, encoding="unicode")  # the control character was replaced


def test_junit_clean_run_has_passing_cases(tmp_path):
    root = ET.fromstring(junit.render(check({str(tmp_path / "a.txt"): cable(paras=(1, 2, 3))})))
    (case,) = root.iter("testcase")
    assert list(case) == [] and root.get("failures") == "0"


def test_gitlab_fields_and_fingerprints():
    result = hand_result()
    issues = json.loads(gitlab.render(result))
    assert len(issues) == len(result.findings)
    for issue, f in zip(issues, sorted(result.findings, key=lambda f: f.sort_key()), strict=True):
        assert set(issue) >= {"description", "check_name", "fingerprint", "severity", "location"}
        assert issue["check_name"] == f"{f.rule} {f.name}" and f.message in issue["description"]
        assert issue["severity"] == {"error": "critical", "warning": "major", "review": "minor",
                                     "info": "info"}[f.severity]
        assert issue["location"] == {"path": f.path, "lines": {"begin": f.line, "end": f.end_line}}
        assert regex.fullmatch(r"[0-9a-f]{32}", issue["fingerprint"])
    assert len({i["fingerprint"] for i in issues}) == len(issues)


def test_gitlab_fingerprint_stable_and_path_specific(tmp_path):
    def fps(files):
        return [i["fingerprint"] for i in json.loads(gitlab.render(check(files), {"root": str(tmp_path)}))]
    a, b = str(tmp_path / "a" / "08PARIS1.txt"), str(tmp_path / "b" / "08PARIS1.txt")
    assert fps({a: cable()}) == fps({a: cable(extra_top="\n\n")})
    two = fps({a: cable(), b: cable()})
    assert len(two) == 2 and two[0] != two[1]


def test_json_report_matches_its_schema():
    schema = json.loads((ROOT / "schemas" / "report.schema.json").read_text("utf-8"))
    result = hand_result()
    doc = json.loads(json_reporter.render(result))
    assert list(Draft202012Validator(schema).iter_errors(doc)) == []
    assert doc["summary"]["findings"] == len(result.findings) == sum(doc["summary"]["by_rule"].values())
