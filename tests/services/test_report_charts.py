"""Charts in documents: the Chart block's data, the weekly series, the periodic report's option and the drawing."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from cdtt_desktop.domain.document_model import Chart, OfficialDocument, Paragraph, all_text
from cdtt_desktop.domain.official import FormatProfile
from cdtt_desktop.domain.periods import campaign_period
from cdtt_desktop.services.doc_periodic import build_periodic_report
from cdtt_desktop.services.pdf_charts import nice_scale
from cdtt_desktop.services.pdf_fonts import printable
from cdtt_desktop.services.pdf_render import render_pdf
from cdtt_desktop.services.report_figures import report_figures
from cdtt_desktop.services.report_series import period_series, week_starts
from cdtt_desktop.services.workspace import Workspace
from tests import pdf_readers
from tests.pdf_readers import MM
from tests.services.test_pdf_render import sample
from tests.services.test_report_figures import APRIL, add, campaign_id, fill_april

TODAY = dt.date(2026, 5, 6)
FACES = {"LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic", "LiberationSerif-BoldItalic"}
BARS = Chart("Biểu đồ 1. Số hoạt động theo tuần", "bars", ("01/04", "06/04", "13/04"),
             (("Báo chí Công đoàn", (1, 0, 2)), ("Mạng xã hội", (0, 3, 1))), stacked=True, value_label="Số hoạt động")


@pytest.fixture
def april_ws(ready_ws: Workspace) -> Workspace:
    fill_april(ready_ws)
    return ready_ws


def _charts(doc: OfficialDocument) -> list[Chart]:
    return [b for b in (*doc.blocks, *doc.appendix) if isinstance(b, Chart)]


def test_a_chart_block_round_trips_through_its_data() -> None:
    """to_data → JSON → from_data gives the same chart (tuples back) and the same digest."""
    doc = sample(blocks=(Paragraph("Mở đầu."), BARS))
    again = OfficialDocument.from_data(json.loads(doc.to_json()))
    assert again == doc and again.blocks[1] == BARS
    assert again.digest() == doc.digest()


def test_the_font_check_sees_the_chart_text() -> None:
    """all_text holds the chart's title, axis label, categories and series names; printable cleans them."""
    texts = all_text(sample(blocks=(BARS,)), TODAY)
    for text in ("Biểu đồ 1. Số hoạt động theo tuần", "Số hoạt động", "06/04", "Báo chí Công đoàn", "Mạng xã hội"):
        assert text in texts
    dirty = Chart("Tiêu đề 📊", "lines", ("a\u200b",), (("Kênh 🙂", (1,)),))
    fixed, removed = printable(sample(blocks=(dirty,)))
    assert fixed.blocks[0] == Chart("Tiêu đề ", "lines", ("a",), (("Kênh ", (1,)),))
    assert set(removed) == {"📊", "\u200b", "🙂"}


def test_value_axis_steps_are_whole_and_few() -> None:
    """0 → one step of 1; otherwise steps of 1, 2 or 5 × 10ⁿ, at most five, reaching the highest value."""
    assert nice_scale(0) == (1, 1)
    assert nice_scale(3) == (3, 1)
    assert nice_scale(9) == (10, 2)
    assert nice_scale(23) == (25, 5)
    assert nice_scale(1870) == (2000, 500)


def test_weeks_start_on_monday_and_are_cut_to_the_period() -> None:
    """April 2026 starts on a Wednesday: its weeks start 01, 06, 13, 20 and 27 April."""
    assert [d.day for d in week_starts(APRIL)] == [1, 6, 13, 20, 27]


def test_weekly_series_count_live_activities_by_channel(april_ws: Workspace) -> None:
    """Activities land in their week and channel, plan order first; the trashed one and other months are out."""
    series = period_series(april_ws, APRIL, ("union_press", "social_media", "direct"))
    assert series.channels == (("union_press", (1, 0, 1, 0, 0)), ("social_media", (0, 0, 0, 0, 1)),
                               ("direct", (0, 1, 0, 1, 0)))


def test_the_lines_end_on_the_totals_of_the_targets_table(april_ws: Workspace) -> None:
    """Cumulative lines grow week by week and end on the sums of 'Chỉ tiêu kỳ' and 'Thực hiện' of the report."""
    figures = report_figures(april_ws, APRIL)
    series = period_series(april_ws, APRIL)
    assert series.target[-1] == sum(t.target for t in figures.targets)
    assert series.actual[-1] == sum(t.actual for t in figures.targets)
    assert list(series.target) == sorted(series.target) and list(series.actual) == sorted(series.actual)
    assert series.target[0] == round(series.target[-1] * 5 / 30)  # 1–5 April: 5 of the 30 days


def test_a_campaigns_early_activity_falls_in_its_first_week(april_ws: Workspace) -> None:
    """A campaign's report counts its linked activities; one dated before the window goes to the first week."""
    campaign = campaign_id(april_ws, "Tháng Công nhân")
    add(april_ws, "2026-04-20", "direct", None, campaign_id=campaign)
    period = campaign_period(campaign, "Tháng Công nhân", dt.date(2026, 5, 1), dt.date(2026, 5, 30))
    series = period_series(april_ws, period)
    assert [d.day for d in series.weeks[:2]] == [1, 4]  # Friday 1 May, then Monday 4 May
    assert dict(series.channels)["direct"][:2] == (1, 1)  # 20 April in the first week; 5 May in the second
    assert sum(sum(values) for _code, values in series.channels) == 2


def test_without_charts_the_report_is_what_it_was(april_ws: Workspace) -> None:
    """charts=False is the default and adds nothing: same data, same digest, no chart block, reloads the same."""
    plain = build_periodic_report(april_ws, APRIL)
    assert build_periodic_report(april_ws, APRIL, charts=False) == plain
    assert not _charts(plain) and '"chart"' not in plain.to_json()
    assert OfficialDocument.from_data(json.loads(plain.to_json())).digest() == plain.digest()


def test_with_charts_the_results_by_channel_are_followed_by_two_charts(april_ws: Workspace) -> None:
    """The weekly stacked bars by channel (names of the plan) and the target lines follow the channel table."""
    plain = build_periodic_report(april_ws, APRIL)
    doc = build_periodic_report(april_ws, APRIL, charts=True)
    bars, lines = _charts(doc)
    assert (bars.chart_type, bars.stacked, lines.chart_type) == ("bars", True, "lines")
    assert bars.categories == ("01/04", "06/04", "13/04", "20/04", "27/04") == lines.categories
    assert [name for name, _v in bars.series] == ["Báo chí Công đoàn", "Mạng xã hội",
                                                  "Truyền thông trực tiếp tại cơ sở"]
    assert [name for name, _v in lines.series] == ["Thực hiện", "Chỉ tiêu kế hoạch"]
    where = doc.blocks.index(bars)
    assert doc.blocks[where - 1] == plain.blocks[where - 1]  # right after the channel table
    assert [b for b in doc.blocks if not isinstance(b, Chart)] == list(plain.blocks)


def test_a_period_without_activities_or_plan_gets_no_empty_chart(ready_ws: Workspace) -> None:
    """No activity: no bar chart; a year without plan: no target lines either."""
    doc = build_periodic_report(ready_ws, APRIL, charts=True)
    assert [c.chart_type for c in _charts(doc)] == ["lines"]
    assert _charts(build_periodic_report(ready_ws, campaign_period("x", "Đợt thử", dt.date(2031, 1, 1),
                                                                   dt.date(2031, 1, 31)), charts=True)) == []


@pytest.mark.parametrize("profile", [FormatProfile(), FormatProfile(margin_left=35, margin_right=20, margin_top=25,
                                                                   margin_bottom=25, body_size=13)])
def test_charts_are_drawn_in_the_serif_inside_the_margins(tmp_path: Path, april_ws: Workspace,
                                                          profile: FormatProfile) -> None:
    """The report with charts: only embedded Liberation Serif, every word inside the margins, titles in the text."""
    doc, _removed = printable(build_periodic_report(april_ws, APRIL, charts=True))
    path = tmp_path / "report.pdf"
    path.write_bytes(render_pdf(doc, profile, today=TODAY).data)
    found = pdf_readers.fonts(path)
    assert found and all(f["emb"] == "yes" for f in found)
    assert {f["name"].split("+")[-1] for f in found} <= FACES
    width, height = pdf_readers.page_size(path)
    left, right = profile.margin_left * MM, width - profile.margin_right * MM
    top, bottom = profile.margin_top * MM, height - profile.margin_bottom * MM
    for word in pdf_readers.words(path):
        if word.y_max < top:
            assert word.text == str(word.page), word  # the page number
            continue
        assert left - 0.5 <= word.x_min and word.x_max <= right + 0.5, word
        assert word.y_max <= bottom + 0.5, word
    text = " ".join(pdf_readers.body_text(path).split())
    for chart in _charts(doc):
        assert chart.title in text
    assert "Chỉ tiêu kế hoạch" in text and "Mạng xã hội" in text and "27/04" in text
