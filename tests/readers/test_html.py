"""WikiLeaks cable-viewer pages: metadata table, header and body <pre> blocks, links, entities."""
import html

import regex as re

from checker.cli import main
from checker.engine.registry import all_rules
from checker.engine.runner import check_text, default_context
from checker.readers import iter_sources
from checker.readers.formats import sniff
from checker.readers.html import parse_page

PAGE = """<?xml version='1.0' encoding='utf-8' ?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html lang='en' xml:lang='en' xmlns='http://www.w3.org/1999/xhtml'>
<head><title>Cable Viewer</title></head>
<body><div class='pane big'>
<h3>Viewing cable {ref}, SUBJECT</h3>
<table class='cable'>
<tr><th>Reference ID</th><th>Created</th><th>Released</th><th>Classification</th><th>Origin</th></tr>
<tr>
<td>
<a href='/cable/2008/02/{ref}.html'>{ref}</a>
</td>
<td>
<a href='/date/2008-02_0.html'>{created}</a>
</td>
<td>
<a href='/reldate/2011-08-30_0.html'>2011-08-30 01:44</a>
</td>
<td>
<a href='/classification/5_0.html' title='unclassified'>{cls}</a>
</td>
<td>
<a href='/origin/71_0.html'>{origin}</a>
</td>
</tr>
</table>
<code><pre>{header}</pre></code>
<code><pre>{body}</pre></code>
</div></body></html>
"""


def page(header: str, body: str, ref="08GUATEMALA242", created="2008-02-27 19:56",
         cls="UNCLASSIFIED//FOR OFFICIAL USE ONLY", origin="Embassy Guatemala", newlines=False) -> str:
    """A viewer page for a cable's header and body, written the way the viewer writes them.

    ``newlines``: each ``&#x000A;`` is followed by a real new line (else a block is one line).
    """
    def enc(text: str) -> str:
        out = html.escape(text, quote=True).replace("\n", "&#x000A;\n" if newlines else "&#x000A;")
        # TAGS as links, paragraph marks as anchors
        out = re.sub(r"(?m)(?<=TAGS: )(.{1,300}?)(?=&#x000A;)", lambda m: " ".join(
            f"<a href='/tag/{t}_0.html'>{t}</a>" for t in m.group(1).split()), out)
        return re.sub(r"¶(\d{1,3})", lambda m: f"<a id='par{m[1]}' href='#par{m[1]}'>¶</a>{m[1]}", out)
    return PAGE.format(ref=ref, created=created, cls=cls, origin=origin, header=enc(header), body=enc(body))


def split_cable(text: str) -> tuple[str, str]:
    """Header and body of a .txt cable: the body starts at the first banner line."""
    from checker.parser import parse

    cable = parse(text)
    start = cable.banner.line.start
    assert text[start - 2:start] == "\n\n"
    return text[:start - 2], text[start:]


def test_page_to_text_and_metadata():
    p = page("R 271956Z FEB 08\nFM AMEMBASSY GUATEMALA", "UNCLAS GUATEMALA 000242\n\nTAGS: PGOV GT\n"
             "SUBJECT: A & B <test>\n\n¶1. (U) He said \"no\".")
    text, meta = parse_page(p)
    assert text == ("R 271956Z FEB 08\nFM AMEMBASSY GUATEMALA\n\nUNCLAS GUATEMALA 000242\n\nTAGS: PGOV GT\n"
                    "SUBJECT: A & B <test>\n\n¶1. (U) He said \"no\".")
    assert meta["reference_id"] == "08GUATEMALA242" and meta["origin"] == "Embassy Guatemala"
    assert meta["date"] == "2008-02-27 19:56" and meta["released"] == "2011-08-30 01:44"
    assert meta["classification"] == "UNCLASSIFIED//FOR OFFICIAL USE ONLY" and meta["header_lines"] == 2


def test_single_pre_block_is_the_body():
    text, _ = parse_page("<html><body><pre>UNCLAS STATE 000001&#x000A;&#x000A;1. (U) One.</pre></body></html>")
    assert text == "UNCLAS STATE 000001\n\n1. (U) One."


def test_round_trip_findings_equal_those_of_the_txt(seed_text, tmp_path):
    # The seed cable with its TAGS as plain words (the HTML has links, not markdown).
    plain = re.sub(r"\[([A-Z]{2,8})\]\(#\)", r"\1", seed_text)
    header, body = split_cable(plain)
    hp = tmp_path / "08GUATEMALA242.html"
    hp.write_text(page(header, body), encoding="utf-8")
    (src,) = list(iter_sources([str(hp)]))
    assert src.meta["format"] == "html" and src.text == plain
    # Blocks written on one line cannot be lined up with the page: lines count within the cable,
    # and the source is named like a CSV row so no location passes for a line of the page.
    assert src.meta["positions"] == "cable" and src.path == f"{hp}:08GUATEMALA242"
    rules = [r() for r in all_rules()]
    ctx = default_context()
    from_html = check_text(src.text, rules, ctx, path=str(hp), meta=src.meta)
    from_txt = check_text(plain, rules, ctx, path=str(tmp_path / "08GUATEMALA242.txt"))
    key = lambda fs: [(f.rule, f.line, f.column, f.end_line, f.end_column, f.message, f.cable_id) for f in fs]
    assert key(from_html) == key(from_txt)
    assert any(f.rule == "P001" for f in from_html)  # the comparison is not vacuous


def _page_text(line: str) -> str:
    """What a line of a viewer page shows: tags dropped, entities decoded, no line break."""
    return html.unescape(re.sub(r"<[^<>]*>", "", line.replace("&#x000A;", "")))


def test_findings_point_at_their_line_and_column_in_the_page(seed_text, tmp_path, capsys):
    # The review's case: a page whose blocks break lines for real (entity, then a new line)
    # and whose body starts with a line break, as the dump's bodies do.
    plain = re.sub(r"\[([A-Z]{2,8})\]\(#\)", r"\1", seed_text)
    header, body = split_cable(plain)
    hp = tmp_path / "page.html"
    hp.write_text(page(header, "\n" + body, newlines=True), encoding="utf-8")
    page_lines = hp.read_text(encoding="utf-8").split("\n")
    par10 = next(i for i, line in enumerate(page_lines, 1) if "id='par10'" in line)
    main(["check", "--isolated", "--select", "P001", "--jobs", "1", str(hp)])
    out = capsys.readouterr().out
    assert f"{hp}:{par10}:2: P001 [error] paragraph 9 is missing" in out  # ¶10's line, not 61

    (src,) = list(iter_sources([str(hp)]))
    assert src.path == str(hp) and src.meta["positions"] == "file" and src.meta["header_lines"] == 13
    rules = [r() for r in all_rules()]
    found = check_text(src.text, rules, default_context(), path=str(hp), meta=src.meta)
    single = [f for f in found if f.text and f.line == f.end_line]
    assert len(single) > 20
    plain_lines = 0
    for f in single:
        raw = page_lines[f.line - 1]
        assert f.text in _page_text(raw), (f.rule, f.line, f.text)
        if "<" not in raw and "&" not in raw[:f.column]:  # no markup before it: same column
            assert raw[f.column - 1:f.end_column - 1] == f.text, (f.rule, f.line, f.column, f.text)
            plain_lines += 1
    assert plain_lines > 5
    # Same findings as the .txt, each moved to where its line is in the page.
    shift = par10 - 63
    from_txt = check_text(plain, rules, default_context(), path="c.txt")
    moved = lambda m: re.sub(r"line (\d+)", lambda n: f"line {int(n[1]) + shift}", m)
    assert [(f.rule, f.line + shift, f.column, f.end_line + shift, f.end_column, moved(f.message)) for f in from_txt] == \
        [(f.rule, f.line, f.column, f.end_line, f.end_column, f.message) for f in found]


def test_pages_that_cannot_be_lined_up_count_lines_within_the_cable():
    cable = "UNCLAS STATE 000001\n\n1. (U) One."
    for pre in ("UNCLAS STATE 000001&#x000A;&#x000A;1. (U) One.",  # entities only
                "UNCLAS STATE 000001&#x000A;\n&#x000A;\n1. (U) <a\nhref='#x'>One</a>."):  # tag over lines
        text, meta = parse_page(f"<html><body>\n<pre>{pre}</pre></body></html>")
        assert meta["positions"] == "cable" and text == cable
    # Header and body on adjacent lines: the .txt layout's blank line between them is kept.
    text, meta = parse_page("<pre>FM X&#x000A;\nTO Y</pre>\n<pre>UNCLAS STATE 000001</pre>")
    assert meta["positions"] == "cable" and text == "FM X\nTO Y\n\nUNCLAS STATE 000001"
    # Lined up: blank lines stand for the page above and between the blocks; CRLF counts once.
    text, meta = parse_page("<html>\r\n<pre>FM X&#x000A;\r\nTO Y</pre>\r\n<pre>&#x000A;\r\nUNCLAS</pre>")
    assert meta["positions"] == "file" and text == "\nFM X\nTO Y\n\nUNCLAS"


def test_html_metadata_feeds_the_crosscheck_rules(seed_text, tmp_path, capsys):
    header, body = split_cable(seed_text)
    hp = tmp_path / "cable.html"
    hp.write_text(page(header, body, cls="SECRET//NOFORN", origin="Embassy Madrid"), encoding="utf-8")
    main(["check", "--isolated", "--select", "M006,M007", "--jobs", "1", str(hp)])
    out = capsys.readouterr().out
    assert "M006 [warning] classification column says SECRET//NOFORN but the banner is UNCLASSIFIED" in out
    assert "M007 [warning] origin column says Embassy Madrid but the cable is from AMEMBASSY GUATEMALA" in out


def test_sniffing():
    assert sniff(b"<?xml version='1.0'?>\n<!DOCTYPE html PUBLIC ...>\n<html>") == "html"
    assert sniff(b"  <html><body><pre>x</pre>") == "html"
    assert sniff(b"UNCLAS GUATEMALA 000242\n\n<pre>quoted</pre>") == "html"
    assert sniff(b"UNCLAS GUATEMALA 000242\n\nE.O. 12958: N/A\n") == "txt"
    assert sniff(b'"1","2/27/2008 19:56","08GUATEMALA242","Embassy Guatemala","UNCLASSIFIED","","H","B"\n') == "csv"
    assert sniff(b'1,"2/27/2008 19:56",08GUATEMALA242,"Embassy",UNCLASSIFIED,,"H","B"\n') == "csv"
    assert sniff(b'"1","2","3"\n') == "txt"


def test_html_named_txt_is_read_as_html_and_explicit_paths_whatever_the_extension(tmp_path):
    p = tmp_path / "saved-page.dat"
    p.write_text(page("FM AMEMBASSY GUATEMALA", "UNCLAS GUATEMALA 000242"), encoding="utf-8")
    (src,) = list(iter_sources([str(p)]))
    assert src.meta["format"] == "html" and src.text.startswith("FM AMEMBASSY GUATEMALA\n\nUNCLAS")
