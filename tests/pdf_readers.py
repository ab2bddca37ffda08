"""Read our PDFs back with poppler's own tools, as a reader's PDF viewer would."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

MM = 72 / 25.4


def _run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def fonts(pdf: Path) -> list[dict[str, str]]:
    """pdffonts rows: name, type, emb (yes/no)."""
    lines = _run("pdffonts", str(pdf)).splitlines()[2:]
    out = []
    for line in lines:
        parts = line.split()
        emb = parts[-5]
        out.append({"name": parts[0], "emb": emb})
    return out


def text(pdf: Path, *, page: int | None = None) -> str:
    """pdftotext in reading order (raw mode keeps each drawn line together)."""
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return _run("pdftotext", "-enc", "UTF-8", "-raw", *pages, str(pdf), "-")


def info(pdf: Path) -> dict[str, str]:
    return dict(line.split(":", 1) for line in _run("pdfinfo", str(pdf)).splitlines() if ":" in line)


def page_size(pdf: Path) -> tuple[float, float]:
    match = re.search(r"([\d.]+) x ([\d.]+) pts", info(pdf)["Page size"])
    assert match, info(pdf)
    return float(match.group(1)), float(match.group(2))


@dataclass(frozen=True)
class Word:
    page: int
    text: str
    x_min: float
    y_min: float
    x_max: float
    y_max: float


def words(pdf: Path) -> list[Word]:
    """Every word with its box in points from the top left (pdftotext -bbox)."""
    html = _run("pdftotext", "-bbox", str(pdf), "-")
    html = re.sub(r"<!DOCTYPE[^>]*>", "", html).replace("xmlns=", "x=")
    root = ElementTree.fromstring(html)
    out = []
    for number, page in enumerate(root.iter("page"), start=1):
        for word in page.iter("word"):
            out.append(Word(number, word.text or "", *(float(word.get(k, 0)) for k in ("xMin", "yMin", "xMax",
                                                                                         "yMax"))))
    return out


def body_text(pdf: Path) -> str:
    """The text of every page in order, without the page numbers of the top margin (pages 2 on)."""
    pages = []
    for number in range(1, int(info(pdf)["Pages"]) + 1):
        lines = text(pdf, page=number).strip("\f\n").splitlines()
        if number >= 2 and lines and lines[0].strip() == str(number):
            lines = lines[1:]
        pages.append("\n".join(lines))
    return "\n".join(pages)
