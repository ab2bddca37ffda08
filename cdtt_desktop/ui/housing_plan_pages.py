"""The eligibility and funding steps of the Mái ấm wizard.

Eligibility lists each rule of the case's year as met or not, in plain words; a rule
whose data comes in a later step says so instead of failing early. Going on with a
rule not met needs a written justification, which is kept with the case.
The funding plan is whole đồng: a live line says whether the parts add up to the
total cost, and by how much they do not; the union support is read out in words.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFormLayout, QLabel, QListWidget, QListWidgetItem

from cdtt_desktop import formatting as fmt
from cdtt_desktop.domain.housing import FUNDING_PARTS, CaseContent
from cdtt_desktop.domain.housing_checks import NEEDS_JUSTIFICATION
from cdtt_desktop.domain.messages import Problem
from cdtt_desktop.ui.housing_labels import build_kind_name, problem_text, rule_name
from cdtt_desktop.ui.housing_pages import text_box
from cdtt_desktop.ui.housing_step import (
    ELIGIBILITY,
    HINT_STYLE,
    HousingState,
    HousingStepPage,
    rule_step,
)
from cdtt_desktop.ui.money_edit import AmountWordsLabel, MoneyEdit
from cdtt_desktop.ui.story_step import note

MET, NOT_MET, LATER = "#1d6b25", "#b3261e", "#5f6368"
SUM_OK_STYLE = "color: #1d6b25; font-weight: bold;"
SUM_WRONG_STYLE = "color: #b3261e; font-weight: bold;"
_RULE_ROLE = Qt.ItemDataRole.UserRole


class EligibilityPage(HousingStepPage):
    FIELDS = ("eligibility_justification",)

    def __init__(self, state: HousingState):
        super().__init__(state)
        self.setTitle(self.tr("Eligibility"))
        self.intro.setText(self.tr("The rules of {year} for this case. A rule not met does not stop the "
                                   "case, but going on needs a justification, written below and kept in the "
                                   "case file.").format(year=state.rules.year))
        self.rules_list = QListWidget()
        self.rules_list.setObjectName("rules")
        self.rules_list.setWordWrap(True)
        self.rules_list.setSpacing(2)
        self.rules_list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.rules_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.justification_edit = text_box(4)
        self.justification_edit.setPlaceholderText(self.tr("Why the case should go on although a rule is not "
                                                           "met, e.g. membership interrupted by a lay-off."))
        form = QFormLayout()
        self.add_field(form, "eligibility_justification", self.justification_edit)
        self.body.addWidget(self.rules_list, 1)
        self.body.addLayout(form)
        self.justification_edit.textChanged.connect(lambda: self.touch("eligibility_justification"))

    def load(self, content: CaseContent) -> None:
        self.justification_edit.setPlainText(content.eligibility_justification)

    def store(self, content: CaseContent) -> None:
        content.eligibility_justification = self.justification_edit.toPlainText()

    def blocking(self) -> list[Problem]:
        failed = self.state.failed_rules(up_to=ELIGIBILITY)
        if failed and not self.justification_edit.toPlainText().strip():
            return [Problem("eligibility_justification", NEEDS_JUSTIFICATION)]
        return []

    def check(self) -> None:
        self.show_rules()
        super().check()

    def show_rules(self) -> None:
        """Each rule: ✔ met, ✘ not met (with why), ○ to be completed in a later step."""
        content = self.state.current()
        limit = self.state.rules.amount_for(content.build_kind)
        titles = {page_id: self.wizard().page(page_id).title() for page_id in self.wizard().pageIds()} \
            if self.wizard() else {}
        self.rules_list.clear()
        for rule, problem in self.state.eligibility():
            name = rule_name(rule, self.state.rules, limit)
            later = rule_step(rule) > ELIGIBILITY
            if problem is None:
                text, colour = f"✔  {name}", MET
            elif later:
                text = self.tr("○  {rule}\n      To be completed in step {number}: {step}.").format(
                    rule=name, number=rule_step(rule) + 1, step=titles.get(rule_step(rule), ""))
                colour = LATER
            else:
                text, colour = f"✘  {name}\n      {problem_text(problem)}", NOT_MET
            item = QListWidgetItem(text)
            item.setForeground(QColor(colour))
            item.setData(_RULE_ROLE, rule)
            self.rules_list.addItem(item)

    def rule_texts(self) -> list[str]:
        return [self.rules_list.item(i).text() for i in range(self.rules_list.count())]


class FundingPage(HousingStepPage):
    FIELDS = FUNDING_PARTS

    def __init__(self, state: HousingState):
        super().__init__(state)
        self.setTitle(self.tr("Funding plan"))
        self.intro.setText(self.tr("The total cost of the house and who pays which part, in whole đồng (type "
                                   "60.000.000 or 60000000). The parts must add up to the total cost."))
        self.money: dict[str, MoneyEdit] = {name: MoneyEdit() for name in FUNDING_PARTS}
        for name, hint in (("total_cost", "150.000.000"), ("sponsors", "0"), ("family", "0"), ("loans", "0")):
            self.money[name].setPlaceholderText(hint)  # a sample, never mistaken for a value typed
        self.words_label = AmountWordsLabel()
        self.words_label.setObjectName("words")
        self.limit_label = note(style=HINT_STYLE)
        self.sum_label = QLabel()
        self.sum_label.setObjectName("sum")
        self.sum_label.setWordWrap(True)
        form = QFormLayout()
        for name in FUNDING_PARTS:
            required = name in ("total_cost", "union_support")
            extra = self.words_label if name == "union_support" else None
            self.add_field(form, name, self.money[name], required=required, extra=extra)
            self.money[name].textEdited.connect(lambda _t, n=name: self.touch(n))
            self.money[name].editingFinished.connect(self.show_sum)
        self.body.addLayout(form)
        self.body.addWidget(self.sum_label)
        self.body.addWidget(self.limit_label)
        self.body.addStretch(1)

    def load(self, content: CaseContent) -> None:
        for name, edit in self.money.items():
            edit.setText(content.funding.get(name, ""))
        self.mark_filled(content)

    def mark_filled(self, content: CaseContent) -> None:
        self._touched.update(name for name in FUNDING_PARTS if content.funding.get(name))

    def store(self, content: CaseContent) -> None:
        # Only what is typed: an untouched plan stays empty.
        content.funding = {name: edit.text() for name, edit in self.money.items() if edit.text().strip()}

    def check(self) -> None:
        self.show_sum()
        super().check()

    def show_sum(self) -> None:
        """The live line under the plan: the parts against the total, and the difference."""
        amounts = {name: edit.amount() for name, edit in self.money.items()}
        self.words_label.show_amount(amounts["union_support"])
        content = self.state.current()
        self.limit_label.setText(self.tr("The rules of {year} allow up to {limit} for a {kind}.").format(
            year=self.state.rules.year, limit=fmt.money(self.state.rules.amount_for(content.build_kind)),
            kind=build_kind_name(content.build_kind).lower()))
        if any(amount is None for name, amount in amounts.items() if self.money[name].text().strip()):
            self.sum_label.setText("")
            return
        total = amounts["total_cost"] or 0
        parts = sum(amounts[name] or 0 for name in FUNDING_PARTS if name != "total_cost")
        if total and parts == total:
            self.sum_label.setText(self.tr("The parts add up to the total cost: {total}.").format(
                total=fmt.money(total)))
            self.sum_label.setStyleSheet(SUM_OK_STYLE)
        elif total or parts:
            text = self.tr("Parts {parts} · total cost {total} · difference {difference}")
            self.sum_label.setText(text.format(parts=fmt.money(parts), total=fmt.money(total),
                                               difference=fmt.money(total - parts)))
            self.sum_label.setStyleSheet(SUM_WRONG_STYLE)
        else:
            self.sum_label.setText("")
