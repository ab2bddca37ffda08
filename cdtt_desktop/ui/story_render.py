"""A story as one readable page (HTML for a QTextBrowser): the review step and the read-only view.

Everything the officer typed is escaped; empty fields show a dash, so what is
missing can be seen at a glance.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QUrl

from cdtt_desktop import formatting as fmt
from cdtt_desktop.domain.stories import ConsentScope, PracticeField, StoryContent, StoryKind
from cdtt_desktop.domain.values import parse_count
from cdtt_desktop.ui.story_labels import PRACTICE_FIELDS, SCOPES, STEPS, field_name, kind_name, label

_SUBJECT = {StoryKind.PRACTICE.value: ("practice_name", "implementing_unit", "started_on", "practice_field"),
            StoryKind.PERSON.value: ("person_name", "position", "workplace", "years_of_service"),
            StoryKind.COLLECTIVE.value: ("collective_name", "workplace", "member_count")}
_SECTIONS = ("context", "actions", "resources", "results", "novelty", "replication")
_FIGURES = ("cost", "beneficiaries", "money_raised", "members_recruited", "hours_saved")
_MONEY = {"cost", "money_raised"}
DASH = "—"


@dataclass(frozen=True)
class ShownFile:
    role: str  # "photo", "document" or "" when not known (an earlier revision lists names only)
    file_name: str
    caption: str = ""
    thumbnail: Path | None = None


def _text(value: str) -> str:
    return html.escape(value).replace("\n", "<br>") if value.strip() else DASH


def _figure(name: str, value: str) -> str:
    number, problem = parse_count(value, name)
    if number is None or problem:
        return _text(value)
    return fmt.money(number) if name in _MONEY else fmt.number(number)


class StoryRender(QObject):
    def page(self, content: StoryContent, *, unit_name: str = "", campaign_name: str = "",
             files: list[ShownFile] | None = None) -> str:
        """The whole submission as HTML."""
        files = files or []
        title = content.title().strip() or self.tr("(no name yet)")
        facts = [(field_name("kind"), kind_name(content.kind)),
                 (field_name("grassroots_unit_id"), unit_name or DASH),
                 (field_name("campaign_id"), campaign_name or DASH),
                 (self.tr("For publication"), self.tr("yes") if content.for_publication else self.tr("no"))]
        parts = [f"<h2>{html.escape(title)}</h2>", self._table(facts)]
        parts += [f"<h3>{label(STEPS['subject'])}</h3>", self._table(self._subject(content))]
        parts.append(f"<h3>{label(STEPS['story'])}</h3>")
        for name in _SECTIONS:
            parts.append(f"<p><b>{field_name(name)}</b><br>{_text(getattr(content, name))}</p>")
            if name == "results":  # the figures belong with the results
                figures = [(field_name(n), _figure(n, getattr(content, n))) for n in _FIGURES]
                parts.append(self._table(figures))
        parts += [f"<h3>{label(STEPS['evidence'])}</h3>", self._evidence(content, files)]
        parts += [f"<h3>{label(STEPS['consent'])}</h3>", self._consents(content)]
        return "\n".join(parts)

    @staticmethod
    def _table(rows: list[tuple[str, str]]) -> str:
        cells = "".join(f"<tr><td style='padding-right:12px; color:#555'>{html.escape(k)}</td>"
                        f"<td>{v}</td></tr>" for k, v in rows)
        return f"<table cellspacing='2'>{cells}</table>"

    def _subject(self, content: StoryContent) -> list[tuple[str, str]]:
        rows = []
        for name in _SUBJECT.get(content.kind, ()):
            value = getattr(content, name)
            if name == "started_on" and value:
                shown = html.escape(_date(value))
            elif name == "practice_field" and value in {f.value for f in PracticeField}:
                shown = html.escape(label(PRACTICE_FIELDS[PracticeField(value)]))
            else:
                shown = _text(value)
            rows.append((field_name(name), shown))
        return rows

    def _evidence(self, content: StoryContent, files: list[ShownFile]) -> str:
        if files and all(not f.role for f in files):  # an earlier revision keeps the names only
            names = ", ".join(html.escape(f.file_name) for f in files)
            heading = self.tr("Files")
            return f"<p><b>{heading}</b>: {names}</p>" + self._links(content)
        photos = [f for f in files if f.role != "document"]
        documents = [f for f in files if f.role == "document"]
        parts = [f"<p><b>{field_name('photos')}</b>: {fmt.number(len(photos))}</p>"]
        for photo in photos:
            image = ""
            if photo.thumbnail and photo.thumbnail.is_file():
                image = f"<img src='{QUrl.fromLocalFile(str(photo.thumbnail)).toString()}' height='72'> "
            caption = html.escape(photo.caption) if photo.caption.strip() else self.tr("(no caption)")
            parts.append(f"<p>{image}{html.escape(photo.file_name)} — {caption}</p>")
        parts.append(self._links(content))
        names = ", ".join(html.escape(d.file_name) for d in documents) or DASH
        parts.append(f"<p><b>{field_name('documents')}</b>: {names}</p>")
        return "\n".join(parts)

    @staticmethod
    def _links(content: StoryContent) -> str:
        links = "".join(f"<li>{html.escape(p.title or p.url)}<br>"
                        f"<span style='color:#555'>{html.escape(p.url)}</span></li>"
                        for p in content.press_links)
        heading = f"<p><b>{field_name('press_links')}</b>: {'' if links else DASH}</p>"
        return heading + (f"<ul>{links}</ul>" if links else "")

    def _consents(self, content: StoryContent) -> str:
        if not content.consents:
            return f"<p>{DASH}</p>"
        items = []
        for consent in content.consents:
            scope = (label(SCOPES[ConsentScope(consent.scope)])
                     if consent.scope in {s.value for s in ConsentScope} else consent.scope)
            given = _date(consent.given_on) or DASH
            line = self.tr("{name}, agreed on {date}: {scope}").format(
                name=html.escape(consent.person_name or DASH), date=html.escape(given),
                scope=html.escape(scope))
            if consent.withdrawn_on:
                withdrawn = html.escape(_date(consent.withdrawn_on))
                line += " " + self.tr("(withdrawn on {date})").format(date=withdrawn)
            items.append(f"<li>{line}</li>")
        return f"<ul>{''.join(items)}</ul>"


def _date(value: str) -> str:
    """An ISO date as dd/mm/yyyy; anything else as it was typed."""
    try:
        return fmt.date(value)
    except ValueError:
        return value
