"""The first lines of an NĐ 30 document, drawn to the rule: two columns, rules drawn as lines.

Left: the parent body (regular), the issuing body (bold), a short centred rule, the number.
Right: the national title (bold), the motto (bold, one size larger) with a rule exactly as long as the
motto (a drawn line, not underlined text), then the italic place-and-date line on the number's baseline.
"""

from __future__ import annotations

from itertools import combinations

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from cdtt_desktop.domain.official import FormatProfile
from cdtt_desktop.services.pdf_fonts import BOLD, ITALIC, REGULAR

NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
RULE_WIDTH = 0.6  # pt
NUMBER_SIZE = 13  # "Số" and the symbol: 13 pt
GAP = 4  # pt between the columns


def balanced_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """`text` in as few lines as fit `width`, broken where the lines come out most even.

    "LIÊN ĐOÀN LAO ĐỘNG / THÀNH PHỐ HÀ NỘI" rather than "LIÊN ĐOÀN LAO ĐỘNG THÀNH / PHỐ HÀ NỘI",
    as a typist would break it.
    """
    greedy = simpleSplit(text, font, size, width)
    words = text.split()
    if len(greedy) < 2 or len(words) > 24:
        return list(greedy)

    def widest(lines: list[str]) -> float:
        return max(stringWidth(line, font, size) for line in lines)

    best, best_width = list(greedy), widest(greedy)
    for cuts in combinations(range(1, len(words)), len(greedy) - 1):
        bounds = (0, *cuts, len(words))
        lines = [" ".join(words[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)]
        if (w := widest(lines)) <= width and w < best_width:
            best, best_width = lines, w
    return best


class LetterheadFlowable(Flowable):  # type: ignore[misc]
    """Both header columns; wraps long body names inside the left column."""

    def __init__(self, *, parent_body: str, issuer: str, number: str, date_line: str, profile: FormatProfile):
        super().__init__()
        self.parent_body = parent_body
        self.issuer = issuer
        self.number = number
        self.date_line = date_line
        self.profile = profile
        self.size = profile.header_size
        self.leading = self.size * 1.2

    def _right_width(self) -> float:
        p = self.profile
        return max(stringWidth(NATIONAL_TITLE, BOLD, p.header_size), stringWidth(MOTTO, BOLD, p.motto_size),
                   stringWidth(self.date_line, ITALIC, p.body_size)) + 2

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.right_width = min(self._right_width(), avail_width * 0.62)
        self.left_width = avail_width - self.right_width - GAP
        self.parent_lines = balanced_lines(self.parent_body, REGULAR, self.size, self.left_width)
        self.issuer_lines = balanced_lines(self.issuer, BOLD, self.size, self.left_width)
        left_names = self.leading * (len(self.parent_lines) + len(self.issuer_lines))
        right_names = self.leading + self.profile.motto_size * 1.2
        # The number and the date share a baseline below the taller of the two columns.
        self.names_height = max(left_names, right_names) + 10
        self.height = self.names_height + self.profile.body_size * 1.4
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        top = self.height
        left_centre = self.left_width / 2
        right_centre = self.width - self.right_width / 2
        y = top - self.size
        for line in self.parent_lines:
            canvas.setFont(REGULAR, self.size)
            canvas.drawCentredString(left_centre, y, line)
            y -= self.leading
        widest = 0.0
        for line in self.issuer_lines:
            canvas.setFont(BOLD, self.size)
            canvas.drawCentredString(left_centre, y, line)
            widest = max(widest, stringWidth(line, BOLD, self.size))
            y -= self.leading
        self._rule(left_centre, y + self.leading - self.size * 0.45, widest * 0.4)
        self._draw_right(right_centre, top)
        baseline = top - self.names_height - self.profile.body_size
        canvas.setFont(REGULAR, NUMBER_SIZE)
        canvas.drawCentredString(left_centre, baseline, self.number)
        canvas.setFont(ITALIC, self.profile.body_size)
        canvas.drawCentredString(right_centre, baseline, self.date_line)

    def _draw_right(self, centre: float, top: float) -> None:
        canvas = self.canv
        p = self.profile
        y = top - p.header_size
        canvas.setFont(BOLD, p.header_size)
        canvas.drawCentredString(centre, y, NATIONAL_TITLE)
        y -= p.motto_size * 1.2
        canvas.setFont(BOLD, p.motto_size)
        canvas.drawCentredString(centre, y, MOTTO)
        self._rule(centre, y - p.motto_size * 0.4, stringWidth(MOTTO, BOLD, p.motto_size))

    def _rule(self, centre: float, y: float, length: float) -> None:
        self.canv.setLineWidth(RULE_WIDTH)
        self.canv.line(centre - length / 2, y, centre + length / 2, y)


class CentredRule(Flowable):  # type: ignore[misc]
    """A short drawn rule under the subject line, `fraction` of the text width above it."""

    def __init__(self, length: float):
        super().__init__()
        self.length = length

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, 2

    def draw(self) -> None:
        self.canv.setLineWidth(RULE_WIDTH)
        centre = self.width / 2
        self.canv.line(centre - self.length / 2, 1, centre + self.length / 2, 1)
