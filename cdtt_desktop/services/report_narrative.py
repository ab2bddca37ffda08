"""The narrative parts of the periodic report, prefilled with sentences computed from the figures.

The officer edits them before issuing; what is written here is a sound first draft in administrative
Vietnamese: the situation of the period, strengths and weaknesses named from the figures (channels and
content groups against their targets, grassroots unions without activities, stories, Mái ấm cases), the
usual causes, and what the next period will do and ask of the level above. Paragraphs are separated by
newlines; list-like lines start with "- ". Numbers are grouped the Vietnamese way whatever the interface
language, since the document is Vietnamese.
"""

from __future__ import annotations

from collections import Counter

from cdtt_desktop import formatting
from cdtt_desktop.domain.periods import ReportPeriod
from cdtt_desktop.services.doc_common import Letterhead
from cdtt_desktop.services.report_figures import CampaignFigures, PartFigures, ReportFigures

STORY_KIND_WORDS = {"practice": "mô hình hay, cách làm tốt", "person": "gương cá nhân điển hình",
                    "collective": "tập thể điển hình"}
STEP_WORDS = {"request": "Tiếp nhận đề nghị", "survey": "Khảo sát thực tế", "proposal": "Đã trình đề nghị hỗ trợ",
              "decision": "Đã có quyết định hỗ trợ", "construction": "Đang xây dựng, sửa chữa",
              "acceptance": "Đã nghiệm thu", "handover": "Đã bàn giao", "closed": "Đã hoàn thành, đóng hồ sơ",
              "returned": "Trả lại để bổ sung", "not_eligible": "Không đủ điều kiện"}
OPEN_STEPS = ("request", "survey", "proposal", "decision", "construction", "acceptance", "returned")
STORIES_IN_HAND = ("draft", "ready", "returned")  # still with the unit
STORIES_AWAITING = ("sent", "received")  # with the level above


def number(value: int) -> str:
    """1.500: a document's figures are grouped the Vietnamese way whatever the interface language."""
    return f"{value:,}".replace(",", ".")


def joined(items: list[str]) -> str:
    """'A, B và C'."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} và {items[-1]}"


def campaign_names(campaigns: tuple[CampaignFigures, ...]) -> list[str]:
    """“Tháng Công nhân”: quoted (names hold commas), with the window when a name comes twice (the same
    campaign in two years' plans)."""
    seen = Counter(c.name for c in campaigns)
    return [f"“{c.name}”" if seen[c.name] == 1 else
            f"“{c.name}” ({formatting.date(c.starts_on)} – {formatting.date(c.ends_on)})" for c in campaigns]


def _rated(parts: list[PartFigures]) -> str:
    return joined([f"{p.name} (đạt {number(p.percent or 0)}%)" for p in parts])


def _met(figures: ReportFigures) -> tuple[list[PartFigures], list[PartFigures]]:
    """Channels and content groups with a target: (met it, fell short)."""
    rows = [p for p in (*figures.channels, *figures.groups) if p.target]
    return [p for p in rows if (p.percent or 0) >= 100], [p for p in rows if (p.percent or 0) < 100]


def _situation(f: ReportFigures, period: ReportPeriod, head: Letterhead) -> list[str]:
    issuer, units = head.issuer_name, len(f.units)
    lines = []
    if units:
        members = f" với {number(f.members)} đoàn viên" if f.members else ""
        lines.append(f"{issuer} hiện có {number(units)} công đoàn cơ sở trực thuộc{members}.")
    basis = " và ".join(x for x in (f.plan_title, f"sự chỉ đạo của {head.parent_name}" if head.parent_name else "")
                        if x)
    opening = f"Thực hiện {basis}, trong {period.label}" if basis else f"Trong {period.label}"
    lines.append(f"{opening}, {issuer} tiếp tục đẩy mạnh công tác tuyên truyền, truyền thông về hoạt động "
                 "công đoàn, hướng mạnh về cơ sở, kịp thời thông tin đến đoàn viên, người lao động.")
    if period.campaign_id:
        lines.append(f"Đợt {period.campaign} diễn ra từ ngày {formatting.date(period.start)} đến ngày "
                     f"{formatting.date(period.end)}.")
    elif f.campaigns:
        lines.append(f"Trong kỳ diễn ra {number(len(f.campaigns))} đợt truyền thông cao điểm: "
                     f"{joined(campaign_names(f.campaigns))}.")
    t = f.totals
    if not t.activities:
        lines.append(f"Trong {period.label}, {issuer} chưa ghi nhận hoạt động truyền thông nào.")
        return lines
    online = (f"; tin, bài trên không gian mạng tiếp cận {number(t.reach)} lượt người xem, với "
              f"{number(t.interactions)} lượt tương tác") if t.reach else ""
    lines.append(f"Trong {period.label}, {issuer} đã thực hiện {number(t.activities)} hoạt động truyền thông, "
                 f"thu hút {number(t.participants)} lượt đoàn viên, người lao động tham gia{online}.")
    return lines


def _strengths(f: ReportFigures) -> list[str]:
    lines = []
    used = [c for c in f.channels if c.counts.activities]
    if used:
        top = max(used, key=lambda c: c.counts.activities)
        lines.append(f"- Công tác truyền thông được triển khai trên {number(len(used))}/{number(len(f.channels))} "
                     f"kênh, với {number(f.totals.activities)} hoạt động; nhiều nhất là kênh {top.name} "
                     f"({number(top.counts.activities)} hoạt động).")
    met, _short = _met(f)
    if met:
        lines.append(f"- Đạt và vượt chỉ tiêu kỳ: {_rated(met)}.")
    if f.grassroots_active:
        best = max(f.units, key=lambda u: u.counts.activities)
        lines.append(f"- {number(f.grassroots_active)}/{number(len(f.units))} công đoàn cơ sở có hoạt động "
                     f"truyền thông trong kỳ; tích cực nhất là {best.name} ({number(best.counts.activities)} "
                     "hoạt động).")
    named = zip(campaign_names(f.campaigns), f.campaigns, strict=True)
    busy = [(name, c) for name, c in named if c.counts.activities]
    if busy:
        lines.append("- Các đợt truyền thông cao điểm được triển khai kịp thời: "
                     f"{joined([f'{name} ({number(c.counts.activities)} hoạt động)' for name, c in busy])}.")
    sent, approved = sum(f.stories.sent.values()), sum(f.stories.approved.values())
    if sent or approved:
        lines.append(f"- Giới thiệu lên cấp trên {number(sent)} bài về mô hình hay, gương người tốt – việc tốt; "
                     f"{number(approved)} bài được cấp trên duyệt.")
    h = f.housing
    if h.handed_over:
        lines.append(f"- Bàn giao {number(h.handed_over)} Mái ấm Công đoàn cho đoàn viên có hoàn cảnh khó khăn, "
                     f"với tổng số tiền hỗ trợ {formatting.money_document(h.handed_over_amount)}.")
    return lines or ["- Công tác truyền thông được duy trì theo kế hoạch."]


def _weaknesses(f: ReportFigures) -> list[str]:
    lines = []
    _met_rows, short = _met(f)
    if short:
        lines.append(f"- Chưa đạt chỉ tiêu kỳ: {_rated(short)}.")
    idle = [c.name for c in f.channels if not c.counts.activities]
    if idle and f.totals.activities:
        lines.append(f"- Chưa có hoạt động trên kênh {joined(idle)}.")
    quiet = len(f.units) - f.grassroots_active
    if quiet:
        lines.append(f"- Còn {number(quiet)}/{number(len(f.units))} công đoàn cơ sở chưa có hoạt động truyền "
                     "thông trong kỳ.")
    if returned := f.stories.by_status.get("returned", 0):
        lines.append(f"- {number(returned)} bài giới thiệu mô hình hay, gương người tốt – việc tốt bị cấp trên "
                     "trả lại để bổ sung.")
    if returned := f.housing.by_step.get("returned", 0):
        lines.append(f"- {number(returned)} hồ sơ Mái ấm Công đoàn phải bổ sung theo yêu cầu.")
    return lines or ["- Hình thức một số tin, bài còn chưa phong phú; việc cập nhật số liệu hoạt động ở một số "
                     "công đoàn cơ sở đôi khi chưa kịp thời."]


def _causes(f: ReportFigures, head: Letterhead) -> list[str]:
    leaders = f"{head.parent_name} và Ban Thường vụ {head.issuer_name}" if head.parent_name else \
        f"Ban Thường vụ {head.issuer_name}"
    limits = ("cán bộ làm công tác truyền thông chủ yếu kiêm nhiệm, chưa được đào tạo chuyên sâu; kinh phí, "
              "trang thiết bị phục vụ công tác truyền thông còn hạn chế")
    if len(f.units) > f.grassroots_active:
        limits += "; một số công đoàn cơ sở chưa quan tâm đúng mức đến công tác truyền thông"
    return [f"- Nguyên nhân của ưu điểm: sự quan tâm, chỉ đạo sát sao của {leaders}; sự phối hợp của các công "
            "đoàn cơ sở; tinh thần trách nhiệm của cán bộ làm công tác truyền thông.",
            f"- Nguyên nhân của hạn chế: {limits}."]


def _next_steps(f: ReportFigures, period: ReportPeriod) -> list[str]:
    year = period.next_window()[0].year  # after December, Q4, H2 or a year the next steps are next year's
    if year > period.end.year:
        plan = f"Xây dựng và triển khai Kế hoạch truyền thông năm {year}"
    else:
        plan = f"Tiếp tục triển khai {f.plan_title}" if f.plan_title else "Tiếp tục triển khai kế hoạch truyền thông"
    lines = [f"- {plan}; bám sát chỉ tiêu kế hoạch, nâng cao chất lượng tin, bài trên các kênh truyền thông."]
    _met_rows, short = _met(f)
    if short:
        lines.append(f"- Tập trung đẩy mạnh {joined([p.name for p in short])} để bảo đảm hoàn thành chỉ tiêu "
                     f"năm {year}.")
    lines += [f"- Xây dựng kế hoạch, chuẩn bị nội dung truyền thông đợt “{c.name}” (từ ngày "
              f"{formatting.date(c.starts_on)} đến ngày {formatting.date(c.ends_on)})." for c in f.upcoming]
    if quiet := len(f.units) - f.grassroots_active:
        lines.append(f"- Hướng dẫn, đôn đốc {number(quiet)} công đoàn cơ sở chưa có hoạt động truyền thông "
                     "xây dựng kế hoạch, tổ chức tuyên truyền tại đơn vị.")
    in_hand = sum(f.stories.by_status.get(s, 0) for s in STORIES_IN_HAND)
    more = f"; hoàn thiện {number(in_hand)} bài đang soạn thảo" if in_hand else ""
    lines.append(f"- Tiếp tục phát hiện, xây dựng và giới thiệu mô hình hay, gương người tốt – việc tốt{more}.")
    if open_cases := sum(f.housing.by_step.get(s, 0) for s in OPEN_STEPS):
        lines.append(f"- Theo dõi, đôn đốc tiến độ {number(open_cases)} hồ sơ Mái ấm Công đoàn đang thực hiện.")
    return lines


def _proposals(f: ReportFigures, head: Letterhead) -> list[str]:
    upper = head.parent_name or "cấp trên"
    lines = [f"- Đề nghị {upper} tiếp tục quan tâm, hướng dẫn nghiệp vụ công tác truyền thông; tổ chức tập huấn "
             "kỹ năng viết tin, bài, chụp ảnh, sản xuất video cho cán bộ công đoàn cơ sở."]
    if waiting := sum(f.stories.by_status.get(s, 0) for s in STORIES_AWAITING):
        lines.append(f"- Đề nghị {upper} xem xét, cho ý kiến đối với {number(waiting)} bài giới thiệu mô hình hay, "
                     "gương người tốt – việc tốt đã gửi.")
    if proposed := f.housing.by_step.get("proposal", 0):
        lines.append(f"- Đề nghị {upper} xem xét, quyết định hỗ trợ {number(proposed)} hồ sơ Mái ấm Công đoàn "
                     "đã trình.")
    return lines


def default_narrative(figures: ReportFigures, period: ReportPeriod, letterhead: Letterhead) -> dict[str, str]:
    """The editable parts of the report, keyed situation, strengths, weaknesses, causes, next_steps, proposals."""
    parts = {
        "situation": _situation(figures, period, letterhead),
        "strengths": _strengths(figures),
        "weaknesses": _weaknesses(figures),
        "causes": _causes(figures, letterhead),
        "next_steps": _next_steps(figures, period),
        "proposals": _proposals(figures, letterhead),
    }
    return {key: "\n".join(lines) for key, lines in parts.items()}
