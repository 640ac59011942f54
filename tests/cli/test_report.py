"""``cablecheck report``: summary tables with totals, --details, groupings taken from the cables."""
import csv
import io
import json
import os

import pytest

from checker.cli import main
from checker.engine.cable_facts import fm_origin, full_year
from checker.reporters import table
from tests.conftest import DEV_CORPUS, EXAMPLE
from tests.reporters.helpers import cable, check

SEV = ["error", "warning", "review", "info"]


def report(capsys, *args, select=("P001",)):
    sel = [a for s in select for a in ("--select", s)]
    code = main(["report", "--isolated", *sel, "--table-format", "tsv", *map(str, args)])
    out, err = capsys.readouterr()
    rows = list(csv.reader(io.StringIO(out), delimiter="\t"))
    return code, [[c.strip() for c in r] for r in rows], err


def findings_count(capsys, *paths, select=("P001",)):
    sel = [a for s in select for a in ("--select", s)]
    main(["check", "--isolated", *sel, "--format", "json", *map(str, paths)])
    return json.loads(capsys.readouterr()[0])["summary"]["findings"]


def assert_totals(headers, rows, n_findings, n_cables=None):
    """The last row is the totals row: sums of the rows above, and the number of findings."""
    *body, total = rows
    assert total[0] == "total"
    for col in SEV + ["total"]:
        i = headers.index(col)
        assert int(total[i]) == sum(int(r[i]) for r in body), col
    assert int(total[headers.index("total")]) == n_findings
    for r in body:
        assert int(r[headers.index("total")]) == sum(int(r[headers.index(s)]) for s in SEV)
    if n_cables is not None:
        assert int(total[headers.index("cables")]) == sum(int(r[headers.index("cables")]) for r in body) == n_cables


@pytest.fixture
def cables(tmp_path):
    files = {
        "08PARIS1234.txt": cable(),  # 1 finding, DTG 2008, FM PARIS, CONFIDENTIAL
        "75PARIS900.txt": cable(paras=(1, 3, 5), dtg="011200Z JAN 75"),  # 2 findings, 1975
        "09STATE42.txt": cable(paras=(1, 2), fm="SECSTATE WASHDC", banner="SECRET STATE 000042", dtg="011200Z JAN 09"),
        "06TELAVIV12.txt": "UNCLASSIFIED\n\n1. (U) One.\n\n3. (U) Three.\n",  # no header: id gives year, origin
        "07TELAVIV3.txt": cable(paras=(2, 4), fm="AMEMBASSY TEL AVIV", banner="UNCLAS TEL AVIV 000003",
                                dtg="011200Z JAN 07"),
        "notes.txt": "1. (U) One.\n\n2. (U) Two.\n",  # nothing to tell its year or origin
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_default_is_rule_by_severity_with_totals(capsys, cables):
    code, (headers, *rows), _ = report(capsys, cables, EXAMPLE, select=("P001", "F002"))
    assert code == 0
    assert headers == ["code", "name", "flagged", *SEV, "total"]
    assert [r[0] for r in rows] == ["P001", "total"]
    assert_totals(headers, rows, findings_count(capsys, cables, EXAMPLE, select=("P001", "F002")))
    assert rows[0][headers.index("flagged")] == "5"  # cables with a P001 finding


def test_details_has_one_row_per_finding(capsys, cables):
    code, (headers, *rows), _ = report(capsys, "--details", cables, EXAMPLE)
    assert headers == table.DETAIL_HEADERS
    n = findings_count(capsys, cables, EXAMPLE)
    assert len(rows) == n == 6
    assert {r[headers.index("code")] for r in rows} == {"P001"}
    assert [r[0] for r in rows].count(str(cables / "75PARIS900.txt")) == 2


def test_by_year_reads_the_dtg_then_the_reference_id(capsys, cables):
    _, (headers, *rows), _ = report(capsys, "--by", "year", cables, EXAMPLE)
    assert headers == ["year", "cables", "flagged", *SEV, "total"]
    got = {r[0]: (int(r[1]), int(r[-1])) for r in rows}
    # 1975 from a DTG; 2006 from the id 06TELAVIV12 (no header); 2008: example + 08PARIS1234 (DTG 08)
    assert got == {"1975": (1, 2), "2006": (1, 1), "2007": (1, 1), "2008": (2, 2), "2009": (1, 0),
                   "(unknown)": (1, 0), "total": (7, 6)}
    assert [r[0] for r in rows][:-2] == sorted(r[0] for r in rows[:-2])  # years in order, unknown last
    assert_totals(headers, rows, findings_count(capsys, cables, EXAMPLE), n_cables=7)


def test_by_origin_uses_fm_banner_and_id(capsys, cables):
    _, (headers, *rows), _ = report(capsys, "--by", "origin", cables, EXAMPLE)
    got = {r[0]: int(r[1]) for r in rows}
    # "TEL AVIV" (FM) and "TELAVIV" (reference id) are one station, named by its usual spelling
    assert got == {"GUATEMALA": 1, "PARIS": 2, "STATE": 1, "TEL AVIV": 2, "(unknown)": 1, "total": 7}
    assert_totals(headers, rows, findings_count(capsys, cables, EXAMPLE), n_cables=7)


def test_by_classification_in_level_order(capsys, cables):
    _, (headers, *rows), _ = report(capsys, "--by", "classification", cables, EXAMPLE)
    assert [r[0] for r in rows] == ["UNCLASSIFIED", "CONFIDENTIAL", "SECRET", "(unknown)", "total"]
    assert [int(r[1]) for r in rows] == [3, 2, 1, 1, 7]
    assert_totals(headers, rows, findings_count(capsys, cables, EXAMPLE), n_cables=7)


def test_by_file_and_sort_by_count(capsys, cables):
    _, (headers, *rows), _ = report(capsys, "--by", "file", "--sort", "count", cables)
    assert headers[0] == "file" and len(rows) == 7
    totals = [int(r[-1]) for r in rows[:-1]]
    assert totals == sorted(totals, reverse=True) and rows[0][0].endswith("75PARIS900.txt")
    assert_totals(headers, rows, findings_count(capsys, cables), n_cables=6)


def test_table_formats_and_output_file(capsys, cables, tmp_path):
    for fmt, mark in (("html", "<table>"), ("latex", "\\begin{tabular}"), ("github", "| code "), ("grid", "+====")):
        assert main(["report", "--isolated", "--select", "P001", "--table-format", fmt, str(cables)]) == 0
        assert mark in capsys.readouterr()[0], fmt
    target = tmp_path / "out" / "report.md"
    target.parent.mkdir()
    args = ["report", "--isolated", "--select", "P001", "--table-format", "pipe", "-o", str(target), str(cables)]
    assert main(args) == 0
    assert capsys.readouterr()[0] == ""
    text = target.read_text("utf-8")
    assert text.splitlines()[-1].startswith("| total") and os.listdir(target.parent) == ["report.md"]


def test_bad_table_format_and_missing_paths(capsys, cables):
    assert main(["report", "--table-format", "nope", str(cables)]) == 2
    assert "unknown table format" in capsys.readouterr()[1]
    assert main(["report", "--isolated"]) == 2
    assert main(["report", "--isolated", str(cables / "missing.txt")]) == 2
    assert "no such file" in capsys.readouterr()[1]


def test_cable_facts_helpers():
    assert [full_year(y) for y in (66, 99, 0, 10)] == [1966, 1999, 2000, 2010]
    assert fm_origin("AMEMBASSY  LA PAZ") == "LA PAZ"
    assert fm_origin("SECSTATE WASHDC") == "STATE"
    assert fm_origin("USMISSION USUN NEW YORK") == "USUN NEW YORK"
    assert fm_origin("AMEMBASSY") == "AMEMBASSY"


def test_reader_metadata_wins(tmp_path):
    from checker.engine.session import Checker, Settings
    from checker.readers import Source

    src = Source(path=str(tmp_path / "x.txt"), text=cable(), meta={"origin": "OSLO", "date": "1999-05-01"})
    meta = Checker(Settings(select=["P001"])).check_source(src).meta
    assert (meta["origin"], meta["year"], meta["classification"]) == ("OSLO", 1999, "CONFIDENTIAL")


def test_summary_function_on_a_run_without_findings(tmp_path):
    headers, rows = table.summary(check({str(tmp_path / "a.txt"): cable(paras=(1, 2))}), "rule")
    assert rows == [["total", "", 0, 0, 0, 0, 0, 0]]


@pytest.mark.skipif(not DEV_CORPUS.exists(), reason="dev corpus not present (../shared/corpus/dev)")
def test_dev_corpus_by_year_and_origin():
    from checker.engine.session import Checker, Settings

    n_cables = sum(1 for p in DEV_CORPUS.iterdir() if p.suffix == ".txt")
    result = Checker(Settings(select=["P", "T"])).run([str(DEV_CORPUS)])  # grouping, not rules, is tested
    n = len(result.findings)
    headers, rows = table.summary(result, "year")
    rows = [[str(c) for c in r] for r in rows]
    assert_totals(headers, rows, n, n_cables=n_cables)
    years = [r[0] for r in rows[:-1]]
    assert "(unknown)" not in years  # every dev cable has a DTG or a reference id
    assert min(map(int, years)) >= 1966 and max(map(int, years)) <= 2010
    headers, rows = table.summary(result, "origin")
    rows = [[str(c) for c in r] for r in rows]
    assert_totals(headers, rows, n, n_cables=n_cables)
    origins = {r[0]: int(r[1]) for r in rows[:-1]}
    assert "(unknown)" not in origins and origins["STATE"] > 10 and len(origins) > 50
    # the origin agrees with the reference id's letters for every dev cable
    ids = {}
    for p in DEV_CORPUS.iterdir():
        letters = p.stem[2:].rstrip("0123456789")
        ids[letters] = ids.get(letters, 0) + 1
    assert {k.replace(" ", ""): v for k, v in origins.items()} == ids
