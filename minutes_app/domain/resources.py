"""Files the program itself needs at run time (package data, libraries' own data)."""

from __future__ import annotations

from dataclasses import dataclass

from minutes_app.domain.messages import Message, msg


@dataclass(frozen=True)
class Resource:
    """One file the program cannot work without: what it is, and where it must be."""

    label: str  # for the user, in Chinese: "python-docx 的页脚部件模板"
    path: str


class MissingResourceError(Exception):
    """A file of the program itself is absent: the installation is incomplete."""

    def __init__(self, resource: Resource) -> None:
        super().__init__(f"缺少程序文件：{resource.label}（{resource.path}）")
        self.resource = resource


def missing_message(resource: Resource) -> Message:
    """One line saying which file is missing and what to do."""
    return msg("resource.missing", label=resource.label, path=resource.path)
