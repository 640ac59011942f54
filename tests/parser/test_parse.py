from pathlib import Path

from checker.parser import parse


def test_path_like_is_kept_as_its_string():
    cable = parse("UNCLAS GUATEMALA 000242\n\nSUBJECT: X\n", Path("cables") / "08GUATEMALA242.txt")
    assert cable.path == str(Path("cables") / "08GUATEMALA242.txt")
    assert cable.cable_id == "08GUATEMALA242"
