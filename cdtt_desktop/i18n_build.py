"""Keep the translations in step with the code: `python -m cdtt_desktop.i18n_build`.

    python -m cdtt_desktop.i18n_build            # update i18n/cdtt_vi.ts from the sources, compile .qm
    python -m cdtt_desktop.i18n_build --merge F  # also fill translations from a TSV (context, source, text)
    python -m cdtt_desktop.i18n_build --check    # list strings without a finished translation; exit 1 if any

The .ts files are the source of truth; the .qm beside them are compiled from them and committed, so that
a checkout, an installed package and a frozen bundle all find them.
"""

from __future__ import annotations

import argparse
import csv
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "cdtt_desktop"
I18N = ROOT / "i18n"
APP_TS = I18N / "cdtt_vi.ts"
QT_TS = I18N / "qtbase_vi.ts"


def _tool(name: str) -> str:
    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "bin" / name):
        if candidate.exists():
            return str(candidate)
    return f"pyside6-{name}"


def source_files() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if p.name != "i18n_build.py")


def run_lupdate(target: Path) -> None:
    """Extract every source string into `target`, keeping translations already there."""
    files = [str(p.relative_to(ROOT)) for p in source_files()]
    subprocess.run([_tool("lupdate"), "-locations", "none", "-no-obsolete", *files, "-ts", str(target)],
                   cwd=ROOT, check=True, capture_output=True)


def compile_qm(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True)


def messages(ts: Path) -> dict[tuple[str, str], tuple[str, bool]]:
    """{(context, source): (translation, finished)} of a .ts file."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            text = node.text if node is not None and node.text else ""
            finished = node is not None and node.get("type") not in ("unfinished", "vanished", "obsolete")
            found[(name, message.findtext("source") or "")] = (text, finished and bool(text))
    return found


def missing_translations() -> list[tuple[str, str]]:
    """Source strings in the code that lack a finished Vietnamese translation in cdtt_vi.ts."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.ts"
        run_lupdate(fresh)
        wanted = messages(fresh)
    have = messages(APP_TS) if APP_TS.exists() else {}
    return sorted(key for key in wanted if not have.get(key, ("", False))[1])


def merge_tsv(paths: list[Path]) -> int:
    """Fill translations of cdtt_vi.ts from TSV lines `context<TAB>source<TAB>translation`."""
    table: dict[tuple[str, str], str] = {}
    for path in paths:
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
                if len(row) >= 3 and row[2].strip():
                    table[(row[0], _unescape(row[1]))] = _unescape(row[2])
    tree = ET.parse(APP_TS)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "")
            node = message.find("translation")
            if key in table and node is not None:
                node.text = table[key]
                node.attrib.pop("type", None)
                filled += 1
    tree.write(APP_TS, encoding="utf-8", xml_declaration=True)
    return filled


def _unescape(text: str) -> str:
    return text.replace("\\n", "\n").replace("\\t", "\t")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m cdtt_desktop.i18n_build")
    parser.add_argument("--merge", nargs="*", type=Path, default=[])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    if args.check:
        missing = missing_translations()
        for context, source in missing:
            print(f"{context}\t{source!r}")
        return 1 if missing else 0
    run_lupdate(APP_TS)
    if args.merge:
        print(f"filled {merge_tsv(args.merge)} translations")
        run_lupdate(APP_TS)  # normalise the file's layout after the XML rewrite
    for ts in (APP_TS, QT_TS):
        compile_qm(ts, ts.with_suffix(".qm"))
    missing = missing_translations()
    print(f"{len(missing)} strings still need a Vietnamese translation")
    return 0


if __name__ == "__main__":
    sys.exit(main())
