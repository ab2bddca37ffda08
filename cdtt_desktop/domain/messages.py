"""Problems found by domain rules, as translatable English source text.

The domain layer imports no Qt, so it marks its texts with a function of the same
name as Qt's marker; `pyside6-lupdate` picks them up, and the interface or the
command line translates them in the "Rules" context.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field as dataclass_field

CONTEXT = "Rules"
TranslateFn = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark `text` for translation in `context`; returns it unchanged."""
    return text


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one field: `message` is English source text with {placeholders}."""

    field: str
    message: str
    args: dict[str, object] = dataclass_field(default_factory=dict)
    warning: bool = False

    def render(self, translate: TranslateFn | None = None) -> str:
        """The message with its placeholders filled, translated when a function is given."""
        text = translate(CONTEXT, self.message) if translate else self.message
        return text.format(**self.args)


class ValidationError(ValueError):
    """Raised by services when a record breaks the rules; carries every problem at once."""

    def __init__(self, problems: list[Problem]):
        super().__init__("; ".join(p.render() for p in problems))
        self.problems = problems

    def for_field(self, name: str) -> list[Problem]:
        return [p for p in self.problems if p.field == name]


REQUIRED = QT_TRANSLATE_NOOP("Rules", "This field is required.")
TOO_LONG = QT_TRANSLATE_NOOP("Rules", "At most {limit} characters (now {length}).")
NOT_A_NUMBER = QT_TRANSLATE_NOOP("Rules", "Enter a whole number, for example 1.500.")
NEGATIVE = QT_TRANSLATE_NOOP("Rules", "The number cannot be negative.")
TOO_LARGE = QT_TRANSLATE_NOOP("Rules", "The number is too large (at most {limit}).")
BAD_DATE = QT_TRANSLATE_NOOP("Rules", "Enter a date as dd/mm/yyyy, for example 05/03/2026.")
DATE_TOO_EARLY = QT_TRANSLATE_NOOP("Rules", "The date cannot be before {limit}.")
DATE_TOO_LATE = QT_TRANSLATE_NOOP("Rules", "The date cannot be later than {limit}.")
BAD_URL = QT_TRANSLATE_NOOP("Rules", "A link must start with http:// or https://, for example https://laodong.vn/...")
BAD_ABBR = QT_TRANSLATE_NOOP(
    "Rules", "Use capital letters and digits, groups joined by '-', for example LĐLĐ or CĐ-KCN."
)
UNKNOWN_CHOICE = QT_TRANSLATE_NOOP("Rules", "'{value}' is not one of the known values.")
END_BEFORE_START = QT_TRANSLATE_NOOP("Rules", "The end date is before the start date.")
