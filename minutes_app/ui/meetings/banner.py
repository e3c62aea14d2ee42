"""The quorum banner: 应到/实到 and whether the meeting may decide, always in view."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from minutes_app.domain.records import Figures

QUORATE_STYLE = (
    "QLabel { background: #e3f4e6; color: #1b5e20; border: 1px solid #81c784;"
    " border-radius: 4px; padding: 6px 10px; font-weight: bold; }"
)
INQUORATE_STYLE = (
    "QLabel { background: #fdecea; color: #b71c1c; border: 1px solid #e57373;"
    " border-radius: 4px; padding: 6px 10px; font-weight: bold; }"
)


class QuorumBanner(QLabel):
    """Green while the quorum holds, red when it does not."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quorumBanner")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.quorate = True

    def sizeHint(self) -> QSize:
        """As tall as the text wraps at a usual width: a wrapped label's own hint is for a
        narrow one, and the banner's fixed height would keep those extra lines."""
        usual = self.fontMetrics().horizontalAdvance("x") * 70
        return QSize(usual, self.heightForWidth(usual))

    def show_meeting(self, figures: Figures | None) -> None:
        computed = figures or Figures(title="")
        self.quorate = computed.quorate
        self.setText(self.describe(computed))
        self.setStyleSheet(QUORATE_STYLE if self.quorate else INQUORATE_STYLE)

    def describe(self, computed: Figures) -> str:
        """应到9人，实到6人，委托1人，须6人，符合章程规定 (as the minutes put it)."""
        text = (
            self.tr("Seats: %1, present in person: %2")
            .replace("%1", str(computed.seats))
            .replace("%2", str(computed.voting_attendance - computed.proxies))
        )
        if computed.proxies:
            text += self.tr(", by proxy: %1").replace("%1", str(computed.proxies))
        required = computed.quorum_required
        if required is None:
            return text + self.tr("; the constitution sets no quorum")
        text += self.tr(", quorum: %1").replace("%1", str(required))
        if self.quorate:
            return text + self.tr(", quorate under the constitution")
        return text + self.tr(", not quorate: the meeting cannot decide")
