"""Messages of the services: documents, backups, copies, corrections, reports, self-test."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # Writing a document, a report (services.documents, services.report_export)
    "out.folder_refused": (
        "无法在 {folder} 中写入文件：{reason}；请换一个位置",
        "Cannot write a file in {folder}: {reason}; choose another place",
    ),
    "out.cannot_write": (
        "无法写入 {path}：{reason}；请换一个位置",
        "Cannot write {path}: {reason}; choose another place",
    ),
    "document.bad_kind": (
        "文稿类型“{kind}”不存在；可选：{kinds}",
        "There is no kind of paper “{kind}”; one of: {kinds}",
    ),
    "document.bad_mark": (
        "草稿标识“{mark}”无效；可选：{marks}",
        "The draft mark “{mark}” is not valid; one of: {marks}",
    ),
    "document.in_use": (
        "无法覆盖 {name}：文件可能正被 Word 等程序打开；请关闭后重试",
        "Cannot overwrite {name}: it may be open in Word or another program; close it and"
        " try again",
    ),
    "document.program_file": (
        "缺少程序文件 {name}（{reason}）；安装不完整，请重新安装 minutes-app",
        "A file of the program is missing: {name} ({reason}); the installation is incomplete,"
        " please install minutes-app again",
    ),
    "report.no_term": ("没有第{number}届；请检查届次", "There is no term {number}; check the term"),
    "report.no_body": (
        "找不到会议机构“{text}”；可用的机构编号：{keys}",
        "No meeting body “{text}”; the keys of the bodies are: {keys}",
    ),
    "report.bad_kind": (
        "不能导出为“{name}”：文件名应以 .docx 或 .xlsx 结尾",
        "Cannot export as “{name}”: the file name must end in .docx or .xlsx",
    ),
    "report.in_use": (
        "无法覆盖 {name}：文件可能正被其他程序打开；请关闭后重试",
        "Cannot overwrite {name}: another program may have it open; close it and try again",
    ),
    # Backups and copies of the whole database (services.backups, copy, server_backup)
    "backups.sqlite_only": (
        "只有 SQLite 数据库文件可以这样备份；共享数据库请用服务器的备份工具",
        "Only a SQLite database file can be backed up this way; back up a shared database"
        " with the server's tools",
    ),
    "backups.unusable": (
        "{name} 不是可用的备份（无法读取）；请选另一个备份",
        "{name} is not a usable backup (it cannot be read); choose another one",
    ),
    "backups.newer": (
        "{name} 由更新版本的 minutes-app 写入；请先升级本程序",
        "A newer version of minutes-app wrote {name}; upgrade the app first",
    ),
    "backups.kept": (
        "{error}；恢复前的数据库已保存为 {safety}",
        "{error}; the database as it was before the restore is kept as {safety}",
    ),
    "backups.not_server": (
        "这是 SQLite 数据库文件；请用 backup 的文件备份",
        "This is a SQLite database file; back it up as a file with backup",
    ),
    "copy.same": (
        "复制的来源和目标是同一个数据库；请给出另一个数据库",
        "The source and the target of the copy are the same database; give another one",
    ),
    "copy.not_empty": (
        "目标数据库 {target} 中已有记录，复制已取消，未作任何改动；"
        "如要整体替换目标中的数据，请加 --replace",
        "The target database {target} already holds records: the copy was cancelled and"
        " nothing changed; to replace its data, add --replace",
    ),
    # Corrections of approved minutes (services.corrections)
    "correction.no_field": (
        "请指明要更正的字段（如 location 或 agenda[0].notes）",
        "Name the field to correct (like location or agenda[0].notes)",
    ),
    "correction.bad_field": (
        "字段“{field}”写法不对；应写成 agenda[0].notes 这样",
        "The field “{field}” is not written right; write it like agenda[0].notes",
    ),
    "correction.fixed": (
        "“{field}”不能通过更正修改",
        "“{field}” cannot be changed by a correction",
    ),
    "correction.no_such_field": (
        "会议记录中没有字段“{field}”；请检查字段路径",
        "The meeting's record has no field “{field}”; check the field's path",
    ),
    "correction.not_approved": (
        "这次会议的纪要还没有审定，可以直接修改，不需要登记更正",
        "The minutes of this meeting are not approved yet: change them directly, no"
        " correction is needed",
    ),
    "correction.changed": (
        "这个字段刚被另一处更正过；已重新载入，请核对后再更正",
        "This field was just corrected elsewhere; it was reloaded, check it and correct again",
    ),
    "correction.same": (
        "新值与原值相同，没有需要更正的内容",
        "The new value is the same as the old one: nothing to correct",
    ),
    "check.problem": (
        "数据库有问题：{problem}；请从备份恢复或联系技术支持",
        "The database has a problem: {problem}; restore a backup or ask for support",
    ),
    # Search, setup
    "search.empty": ("请输入要查找的文字", "Type the text to look for"),
    "search.bad_limit": (
        "显示条数应是正整数，例如 --limit 20",
        "The number of results shown is a positive whole number, e.g. --limit 20",
    ),
    "setup.bad_term": (
        "届次应是正整数（如 5 表示第五届）",
        "The term is a positive whole number (5 for the fifth term)",
    ),
    "setup.done": ("已经设置过组织信息", "The organisation is already set up"),
    # Self-test
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
