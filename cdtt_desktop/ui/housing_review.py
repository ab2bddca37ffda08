"""The last step of the Mái ấm wizard: the whole request, readable, and plainly what is still missing.

Each missing item names its step, and a double-click goes back to it. A rule of the
year not met counts as missing until a justification is written on the eligibility step.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QTextBrowser

from cdtt_desktop import formatting as fmt
from cdtt_desktop.domain import values as v
from cdtt_desktop.domain.housing import FUNDING_PARTS, CaseConsent, CaseContent
from cdtt_desktop.domain.housing_checks import NEEDS_JUSTIFICATION
from cdtt_desktop.domain.messages import Problem
from cdtt_desktop.ui.housing_labels import (
    build_kind_name,
    consent_use_name,
    document_name,
    field_name,
    problem_text,
)
from cdtt_desktop.ui.housing_pages import BeneficiaryPage, FamilyPage
from cdtt_desktop.ui.housing_step import ELIGIBILITY, REVIEW, HousingState, HousingStepPage
from cdtt_desktop.ui.money_edit import amount_words
from cdtt_desktop.ui.story_step import note

MISSING_STYLE = "color: #b3261e; font-weight: bold;"
COMPLETE_STYLE = "color: #1d6b25; font-weight: bold;"
_STEP = Qt.ItemDataRole.UserRole


class HousingReviewPage(HousingStepPage):
    step_requested = Signal(int)  # the wizard page of a missing item that was double-clicked

    def __init__(self, state: HousingState, beneficiary_page: BeneficiaryPage):
        super().__init__(state)
        self.beneficiary_page = beneficiary_page
        self.setTitle(self.tr("Review"))
        self.intro.setText(self.tr("Read the request once more. Everything is saved already; “Finish” closes "
                                   "the wizard and opens the case file, where the steps are recorded."))
        self.browser = QTextBrowser()
        self.missing_heading = note()
        self.missing_list = QListWidget()
        self.missing_list.setObjectName("missing")
        self.missing_list.setMaximumHeight(130)
        self.body.addWidget(self.browser, 1)
        self.body.addWidget(self.missing_heading)
        self.body.addWidget(self.missing_list)
        self.missing_list.itemDoubleClicked.connect(lambda item: self.step_requested.emit(item.data(_STEP)))
        self._missing: list[tuple[int, Problem]] = []

    def missing(self) -> list[tuple[int, Problem]]:
        """(step, problem) of everything that keeps the request from being complete."""
        pages = enumerate(self.state.pages[:REVIEW])
        found = [(page_id, p) for page_id, page in pages for p in page.blocking()]
        justified = bool(self.state.current().eligibility_justification.strip())
        if self.state.failed_rules() and not justified and not any(page == ELIGIBILITY for page, _ in found):
            found.append((ELIGIBILITY, Problem("eligibility_justification", NEEDS_JUSTIFICATION)))
        return found

    def check(self) -> None:
        missing = self.missing()
        if missing != self._missing:
            self._missing = missing
            self._show_missing()
            self.completeChanged.emit()

    def _show_missing(self) -> None:
        self.missing_list.clear()
        for page_id, problem in self._missing:
            step = self.wizard().page(page_id).title() if self.wizard() else ""
            where = self.tr("Step {number} · {step}").format(number=page_id + 1, step=step)
            item = QListWidgetItem(f"{where} — {problem_text(problem, with_field=True)}")
            item.setData(_STEP, page_id)
            self.missing_list.addItem(item)
        if self._missing:
            self.missing_heading.setText(self.tr("Still missing (double-click an item to go to its step):"))
            self.missing_heading.setStyleSheet(MISSING_STYLE)
        else:
            self.missing_heading.setText(self.tr("Nothing is missing: the request is complete."))
            self.missing_heading.setStyleSheet(COMPLETE_STYLE)
        self.missing_list.setVisible(bool(self._missing))

    def missing_texts(self) -> list[str]:
        return [self.missing_list.item(i).text() for i in range(self.missing_list.count())]

    def initializePage(self) -> None:
        self._missing = []
        self.check()
        self._show_missing()
        self.browser.setHtml(self.render(self.state.current()))

    def isComplete(self) -> bool:
        return not self._missing

    # --- the request, readable ------------------------------------------------------------------

    def render(self, content: CaseContent) -> str:
        """The request as one table, section by section (empty fields left out)."""
        def fields(names: tuple[str, ...]) -> list[tuple[str, str]]:
            return [(field_name(n), getattr(content, n)) for n in names]

        house = [(field_name("build_kind"), build_kind_name(content.build_kind)),
                 *fields(("house_condition", "land_papers"))]
        consents = [(consent_use_name(c.use), self._consent(c)) for c in content.consents]
        papers = [(document_name(d.kind), d.file_name) for d in self.state.documents]
        sections = [(self.tr("The beneficiary"), self._person(content)),
                    (self.tr("The family"), fields(FamilyPage.FIELDS)), (self.tr("The house"), house),
                    (self.tr("Funding plan"), self._money(content)), (self.tr("Consent"), consents),
                    (self.tr("Documents"), papers)]
        rows = []
        for title, lines in sections:
            rows.append(f"<tr><td colspan='2'><h3>{html.escape(title)}</h3></td></tr>")
            shown = [(name, value) for name, value in lines if value] or [("—", "")]
            rows += [f"<tr><td width='32%' style='color:#5f6368; padding-right:14px'>{html.escape(name)}</td>"
                     f"<td>{html.escape(value).replace(chr(10), '<br>')}</td></tr>" for name, value in shown]
        return f"<table width='100%'>{''.join(rows)}</table>"

    def _person(self, content: CaseContent) -> list[tuple[str, str]]:
        sex = {"male": self.tr("Male"), "female": self.tr("Female")}.get(content.sex, "")
        address = ", ".join(x for x in (content.street, content.commune, content.province) if x)
        old = ", ".join(x for x in (content.old_commune, content.old_district, content.old_province) if x)
        unit = self.beneficiary_page.unit_combo.currentText() if content.grassroots_unit_id else ""
        values = {"full_name": content.full_name, "birth_date": fmt.date(content.birth_date), "sex": sex,
                  "cccd": content.cccd, "phone": content.phone, "job": content.job, "address": address}
        since = fmt.date(content.member_since)
        return [*((field_name(k), value) for k, value in values.items()), (self.tr("Old address"), old),
                (field_name("grassroots_unit_id"), unit), (field_name("member_since"), since)]

    def _money(self, content: CaseContent) -> list[tuple[str, str]]:
        lines = []
        for name in FUNDING_PARTS:
            amount, _problem = v.parse_count(content.funding.get(name, ""), name)
            lines.append((field_name(name), fmt.money(amount) if amount is not None else
                          content.funding.get(name, "")))
        support, _problem = v.parse_count(content.funding.get("union_support", ""), "union_support")
        lines.append((self.tr("Union support in words"), amount_words(support) if support else ""))
        return lines

    def _consent(self, consent: CaseConsent) -> str:
        if consent.withdrawn_on:
            text = self.tr("given {date}, recorded by {who}; withdrawn {withdrawn}")
            return text.format(date=fmt.date(consent.given_on), who=consent.recorded_by,
                               withdrawn=fmt.date(consent.withdrawn_on))
        return self.tr("given {date}, recorded by {who}").format(date=fmt.date(consent.given_on),
                                                                  who=consent.recorded_by)
