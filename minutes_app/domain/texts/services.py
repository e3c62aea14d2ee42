"""Messages of the services: documents, backups, copies, corrections, reports, self-test."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "selftest.step": ("自检第{number}步（{what}）", "Self-test step {number} ({what})"),
    "selftest.title_missing": (
        "导出的纪要中没有会议标题“{title}”",
        "The exported minutes do not hold the meeting's title “{title}”",
    ),
    "selftest.step_failed": ("{step}失败：{reason}", "{step} failed: {reason}"),
    "selftest.qt_translations": (
        "{step}失败：中文翻译文件无法读取；安装不完整，请重新安装 minutes-app",
        "{step} failed: the Chinese translation files cannot be read; the installation is"
        " incomplete, please install minutes-app again",
    ),
}

TERMS: dict[str, str] = {
    "检查程序文件": "checking the program's files",
    "新建数据库": "creating a database",
    "导入演示归档": "importing the demo archive",
    "导出纪要": "exporting the minutes",
    "重新打开纪要": "opening the minutes again",
}
