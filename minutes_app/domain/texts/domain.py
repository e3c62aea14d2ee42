"""Messages of the pure rules: credit codes, program files."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "error.at": ("{path}: {text}", "{path}: {text}"),  # an error quoted with its path
    "credit_code.length": (
        "统一社会信用代码应为18位，实为{length}位，请核对",
        "The unified social credit code has 18 characters, this one {length}; please check it",
    ),
    "credit_code.char": (
        "统一社会信用代码第{position}位“{char}”不是有效字符"
        "（只用数字和除I、O、S、V、Z以外的大写字母），请核对",
        "Character {position} of the unified social credit code, “{char}”, is not allowed"
        " (only digits and capital letters other than I, O, S, V, Z); please check it",
    ),
    "credit_code.check": (
        "统一社会信用代码第18位校验码应为{expected}，实为{found}，请核对",
        "The check character (the 18th) of the unified social credit code should be"
        " {expected}, not {found}; please check it",
    ),
    "resource.missing": (
        "缺少程序文件：{label}（{path}）；安装不完整，请重新安装 minutes-app",
        "A file of the program is missing: {label} ({path}); the installation is incomplete,"
        " please install minutes-app again",
    ),
}
