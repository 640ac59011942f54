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
         cls="UNCLASSIFIED//FOR OFFICIAL USE ONLY", origin="Embassy Guatemala") -> str:
    """A viewer page for a cable's header and body, written the way the viewer writes them."""
    def enc(text: str) -> str:
        out = html.escape(text, quote=True).replace("\n", "&#x000A;")
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
    rules = [r() for r in all_rules()]
    ctx = default_context()
    from_html = check_text(src.text, rules, ctx, path=str(hp), meta=src.meta)
    from_txt = check_text(plain, rules, ctx, path=str(tmp_path / "08GUATEMALA242.txt"))
    key = lambda fs: [(f.rule, f.line, f.column, f.end_line, f.end_column, f.message, f.cable_id) for f in fs]
    assert key(from_html) == key(from_txt)
    assert any(f.rule == "P001" for f in from_html)  # the comparison is not vacuous


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
