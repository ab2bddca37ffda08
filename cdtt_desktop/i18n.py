"""Loading translations: ours (cdtt_<lang>.qm) and our Vietnamese for Qt's own buttons.

Qt ships no Vietnamese for its standard buttons, so i18n/qtbase_vi.ts carries
the texts of the QPlatformTheme, QWizard and QDialogButtonBox contexts, and the
standard buttons then show in Vietnamese everywhere.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from cdtt_desktop.paths import translations_dir

LANGUAGES = ("vi", "en")
_installed: list[QTranslator] = []


def load_translators(language: str) -> list[QTranslator]:
    """Translators for `language` ('en' needs none: the source strings are English)."""
    if language == "en":
        return []
    folder = translations_dir()
    loaded = []
    for name in (f"cdtt_{language}.qm", f"qtbase_{language}.qm"):
        translator = QTranslator()
        if translator.load(str(folder / name)):
            loaded.append(translator)
    return loaded


def install(language: str) -> None:
    """Switch the running application to `language`; widgets retranslate on LanguageChange."""
    app = QCoreApplication.instance()
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if language == "vi" else QLocale.Language.English,
                               QLocale.Country.Vietnam if language == "vi" else QLocale.Country.UnitedStates))
    if app is None:
        return
    for translator in load_translators(language):
        QCoreApplication.installTranslator(translator)
        _installed.append(translator)


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class PlainTranslator:
    """Translation without a QCoreApplication, for the command line."""

    def __init__(self, language: str):
        self._translators = load_translators(language)

    def __call__(self, context: str, text: str) -> str:
        for translator in self._translators:
            found = translator.translate(context, text)
            if found:
                return found
        return text
