"""Translations: English source strings, Simplified Chinese by default."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from minutes_app.domain.errors import UserError
from minutes_app.domain.messages import Message

LANGUAGES = {"zh_CN": "简体中文", "en": "English"}
DEFAULT_LANGUAGE = "zh_CN"

_installed: list[QTranslator] = []
_shown = {"language": DEFAULT_LANGUAGE}  # the language errors are shown in


def error_text(exc: UserError) -> str:
    """A user error as the window shows it: in the window's language."""
    return exc.text(_shown["language"])


def said(text: Message | str) -> str:
    """A coded message from below the UI in the window's language (plain text as it is)."""
    return text.render(_shown["language"]) if isinstance(text, Message) else text


def failure_text(exc: BaseException) -> str:
    """What a failed job says: a user error in the window's language, else its text."""
    return error_text(exc) if isinstance(exc, UserError) else str(exc)


def current_language() -> str:
    return _shown["language"]


def chosen_language(settings: QSettings) -> str:
    value = str(settings.value("language", DEFAULT_LANGUAGE))
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def install(app: QCoreApplication, language: str) -> None:
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _shown["language"] = language
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English))
        return
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", qt_folder):
        app.installTranslator(qt)
        _installed.append(qt)
    ours = QTranslator(app)
    qm = resources.files("minutes_app") / "resources" / "i18n" / f"minutes_{language}.qm"
    with resources.as_file(qm) as path:
        if ours.load(str(path)):
            app.installTranslator(ours)
            _installed.append(ours)


def uninstall(app: QCoreApplication) -> None:
    """Back to no translation at all, errors in Chinese (what tests start from)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _shown["language"] = DEFAULT_LANGUAGE
    QLocale.setDefault(QLocale(QLocale.Language.English))
