import json

from checker.cli import main
from tests.conftest import EXAMPLE


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_text_lists_each_person_once_with_counts(capsys):
    code, out, _ = _run(capsys, "names", "--isolated", "-j", "1", str(EXAMPLE))
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith(str(EXAMPLE)) and "08GUATEMALA242" in lines[0]
    rows = {line.split("  (")[0].split(None, 1)[1]: int(line.split()[0]) for line in lines[1:]}
    # "Rivera" alone counts for "Claudia Rivera"; the organisation "Casa Alianza" is no person.
    assert rows["Claudia Rivera"] >= 2 and "Rivera" not in rows
    assert not any("Casa Alianza" in n for n in rows)
    assert all(line.rstrip().endswith(")") and "(confidence " in line for line in lines[1:])


def test_json_shape_and_only_r002(capsys, tmp_path):
    cfg = tmp_path / "cablecheck.toml"
    cfg.write_text('select = ["P001"]\n', encoding="utf-8")  # names ignores the config's selection
    code, out, _ = _run(capsys, "names", "--config", str(cfg), "--format", "json", "-j", "1", str(EXAMPLE))
    assert code == 0
    doc = json.loads(out)
    assert len(doc) == 1 and doc[0]["cable_id"] == "08GUATEMALA242" and doc[0]["path"] == str(EXAMPLE)
    names = doc[0]["names"]
    assert names and all(set(n) == {"name", "mentions", "confidence"} for n in names)
    assert [n["mentions"] for n in names] == sorted((n["mentions"] for n in names), reverse=True)
    assert any(n["name"] == "Barbara Fleck" for n in names)


def test_min_confidence_drops_names(capsys):
    _, out, _ = _run(capsys, "names", "--isolated", "--format", "json", "-j", "1", str(EXAMPLE))
    _, high, _ = _run(capsys, "names", "--isolated", "--format", "json", "-j", "1", "--min-confidence", "0.99",
                      str(EXAMPLE))
    assert len(json.loads(high)[0]["names"]) < len(json.loads(out)[0]["names"])


def test_cable_without_names_and_missing_input(capsys, tmp_path):
    p = tmp_path / "empty.txt"
    p.write_text("UNCLASSIFIED\n\n1. (U) THE WEATHER WAS FINE AND THE MEETING ENDED EARLY.\n", encoding="utf-8")
    code, out, _ = _run(capsys, "names", "--isolated", "-j", "1", str(p))
    assert code == 0 and out.splitlines() == [next(iter(out.splitlines()))] and out.startswith(str(p))
    assert _run(capsys, "names", "--isolated")[0] == 2
    assert _run(capsys, "names", "--isolated", "-j", "1", str(tmp_path / "nope.txt"))[0] == 2
