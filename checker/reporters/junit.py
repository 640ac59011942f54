"""JUnit XML: one test case per checked cable, one ``<failure>`` per finding, ``<error>`` per input error."""
from __future__ import annotations

import xml.etree.ElementTree as ET

from checker import __version__
from checker.reporters.common import relpath


def _xml_safe(s: str) -> str:
    """XML 1.0 cannot hold most control characters, even escaped."""
    return "".join(c if c in "\t\n\r" or (" " <= c <= "\ud7ff") or ("\ue000" <= c <= "\ufffd")
                   or c >= "\U00010000" else "\ufffd" for c in s)


def document(result, options=None) -> ET.Element:
    root_dir = (options or {}).get("root")
    cases = []
    failed = 0
    for cable in result.cables:
        path = relpath(cable.path, root_dir)
        case = ET.Element("testcase", {"classname": "cablecheck", "name": path, "file": path, "time": "0"})
        for f in cable.findings:
            message = _xml_safe(f"{f.rule} {f.name}: {f.message}")
            fail = ET.SubElement(case, "failure", {"type": f.rule, "message": message})
            fail.text = _xml_safe(f"{path}:{f.line}:{f.column}: {f.rule} [{f.severity}] {f.message}")
        failed += bool(cable.findings)
        cases.append(case)
    for e in result.errors:
        path = relpath(e.path, root_dir)
        case = ET.Element("testcase", {"classname": "cablecheck", "name": path, "file": path, "time": "0"})
        ET.SubElement(case, "error", {"type": "input-error", "message": _xml_safe(e.message)}).text = _xml_safe(str(e))
        cases.append(case)
    counts = {"tests": str(len(cases)), "failures": str(failed), "errors": str(len(result.errors)),
              "skipped": "0", "time": "0"}
    suites = ET.Element("testsuites", {"name": "cablecheck", **counts})
    suite = ET.SubElement(suites, "testsuite", {"name": "cablecheck", **counts})
    ET.SubElement(ET.SubElement(suite, "properties"), "property", {"name": "cablecheck.version", "value": __version__})
    suite.extend(cases)
    return suites


def render(result, options=None) -> str:
    tree = document(result, options)
    ET.indent(tree)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(tree, encoding="unicode") + "\n"
