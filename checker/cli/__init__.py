"""The ``cablecheck`` command. Sits on top of everything; nothing imports it."""
from __future__ import annotations

import argparse
import sys

from checker import __version__, buildinfo
from checker.cli import baseline, catalog, check, names, report, review

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
COMMANDS = [check, report, baseline, review, names, catalog]  # modules that add sub-commands via register(subparsers)


class Parser(argparse.ArgumentParser):
    """Usage errors in one line like every other error (the whole usage is in --help); exit 2."""

    def error(self, message: str):
        self.exit(EXIT_ERROR, f"{self.prog}: error: {message} (see `{self.prog} --help`)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="cablecheck",
        description="Data-quality and redaction checker for diplomatic cables.",
    )
    parser.add_argument("--version", action="version", version=f"cablecheck {__version__} ({buildinfo.describe()})")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMANDS:
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return EXIT_ERROR
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("cablecheck: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
