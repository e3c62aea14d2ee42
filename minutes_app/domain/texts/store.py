"""Messages of the database and the disk (store/)."""

from __future__ import annotations

_NOT_SAVED = (
    "这次修改没有保存，之前保存的数据完好",
    "this change was not saved, earlier data is intact",
)
_CHECK_SERVER = (
    "请检查服务器是否已启动、网络是否连通，以及地址和端口是否正确",
    "check that the server is running, the network is up and the address and port are right",
)
_PASSWORD_PLACES = "~/.pgpass、PGPASSWORD 或系统钥匙串"


def _both(zh: str, en: str, *parts: tuple[str, str]) -> tuple[str, str]:
    """A template whose {0}, {1} … are shared phrases (filled in here, once)."""
    return zh.format(*(p[0] for p in parts)), en.format(*(p[1] for p in parts))


TEXTS: dict[str, tuple[str, str]] = {
    # A write refused by SQLite (store.errors.storage_error)
    "sqlite.disk_full": _both(
        "磁盘空间不足，{0}；请清理磁盘空间后重试",
        "The disk is full, {0}; free some space and try again",
        _NOT_SAVED,
    ),
    "sqlite.read_only": _both(
        "数据库文件是只读的，{0}；请把它复制到可以写入的文件夹再打开",
        "The database file is read-only, {0}; copy it to a folder you can write to and open it",
        _NOT_SAVED,
    ),
    "sqlite.locked": _both(
        "数据库正被另一个程序写入，{0}；请稍后重试",
        "Another program is writing to the database, {0}; try again in a moment",
        _NOT_SAVED,
    ),
    "sqlite.io": _both(
        "读写磁盘出错（disk I/O error），{0}；请检查磁盘或移动硬盘是否还连着，然后重试",
        "The disk failed (disk I/O error), {0}; check that the disk is still connected and"
        " try again",
        _NOT_SAVED,
    ),
    "sqlite.malformed": (
        "数据库文件已损坏（database disk image is malformed）；请关闭本程序，"
        "重新打开时选择从最近的备份恢复",
        "The database file is damaged (database disk image is malformed); close the app and"
        " restore the latest backup when opening it again",
    ),
    "sqlite.cannot_open": _both(
        "无法打开数据库文件（文件或文件夹可能已被移走），{0}；请检查后重启本程序",
        "The database file cannot be opened (it or its folder may have been moved), {0};"
        " check and restart the app",
        _NOT_SAVED,
    ),
    # A file the app writes (store.errors.file_error); {action} is the app's own words
    "file.disk_full": (
        "磁盘空间不足，无法{action} {path}；请清理磁盘空间或换一个位置",
        "The disk is full: cannot {action} {path}; free some space or choose another place",
    ),
    "file.io": (
        "{action} {path} 时磁盘出错（I/O 错误）；请检查磁盘或移动硬盘是否还连着，然后重试",
        "The disk failed (I/O error) trying to {action} {path}; check that the disk is still"
        " connected and try again",
    ),
    "file.in_use": (
        "{path} 正被其他程序打开，无法{action}；请先在那个程序里关闭它再试",
        "{path} is open in another program: cannot {action} it; close it there and try again",
    ),
    "file.denied": (
        "没有权限{action} {path}（文件夹不可写，或文件正被其他程序打开）；"
        "请换一个位置，或关闭占用它的程序",
        "No permission to {action} {path} (the folder is not writable, or another program"
        " has the file open); choose another place or close that program",
    ),
    "file.read_only_disk": (
        "{path} 所在的磁盘是只读的，无法{action}；请换一个位置",
        "The disk of {path} is read-only: cannot {action}; choose another place",
    ),
    "file.no_folder": (
        "{path} 所在的文件夹不存在，无法{action}；请先创建它或换一个位置",
        "The folder of {path} does not exist: cannot {action}; create it or choose another place",
    ),
    "file.failed": (
        "无法{action} {path}：{reason}；请换一个位置后重试",
        "Cannot {action} {path}: {reason}; choose another place and try again",
    ),
    "folder.missing": (
        "文件夹 {folder} 不存在；请先创建它或换一个位置",
        "The folder {folder} does not exist; create it or choose another place",
    ),
    # Opening a database (store.database, store.sqlite_file, store.lock)
    "db.read_only": (
        "数据库是以只读方式打开的（{reason}），不能保存修改；"
        "如需修改，请把文件复制到可以写入的文件夹，或关闭另一个窗口后重新打开",
        "The database was opened read-only ({reason}) and cannot save changes; to change it,"
        " copy the file to a folder you can write to, or close the other window and reopen it",
    ),
    "db.stale": (
        "这条记录已被他人修改，这次修改没有保存；已重新载入，请再做一次这个修改",
        "Someone else changed this record; this change was not saved. It was reloaded:"
        " please make the change again",
    ),
    "db.surrogate": (
        "文字中含有无效字符（单独的代理码 U+{code}），无法保存或查找；请删除这个字符",
        "The text holds an invalid character (a lone surrogate U+{code}) that cannot be saved"
        " or searched; delete it",
    ),
    "db.no_file": (
        "找不到数据库文件 {path}；请检查路径，或先用 import 导入归档",
        "No database file {path}; check the path, or import an archive first",
    ),
    "db.cannot_create": (
        "{reason}，不能在这里新建数据库；请换一个文件夹",
        "{reason}: a database cannot be created here; choose another folder",
    ),
    "db.no_driver": (
        "缺少 PostgreSQL 驱动 psycopg，无法连接共享数据库；"
        "请重新安装本程序，或运行 pip install 'psycopg[binary]'",
        "The PostgreSQL driver psycopg is missing, so a shared database cannot be reached;"
        " install the app again, or run pip install 'psycopg[binary]'",
    ),
    "db.bad_url": (
        "数据库地址 {url} 写法不对（{kind}）；应写成 postgresql://用户名@服务器:5432/数据库名",
        "The database address {url} is not written right ({kind}); write it"
        " postgresql://user@server:5432/database",
    ),
    "db.stray_wal": (
        "数据库文件 {name} 本身完好，但旁边的日志文件 {wal} 与它不符"
        "（可能是从别处复制来的另一个数据库的日志）；请关闭所有使用它的程序，把"
        " {wal} 移到别处后再打开（日志中若有本库尚未写入主文件的修改，将会丢失）",
        "The database file {name} is sound, but the log file {wal} beside it does not belong"
        " to it (perhaps another database's log copied from elsewhere); close every program"
        " using it, move {wal} away and open it again (changes only in the log are lost)",
    ),
    "db.unreadable": (
        "无法读取数据库：{reason}；原文件未作任何改动",
        "The database cannot be read: {reason}; the file was not changed",
    ),
    "db.unreadable_file": (
        "无法读取数据库 {path}：{reason}；原文件未作任何改动",
        "The database {path} cannot be read: {reason}; the file was not changed",
    ),
    "db.newer": (
        "这个数据库由更新版本的 minutes-app 写入（database is newer than this app）；"
        "请先升级本程序再打开，原文件未作任何改动",
        "A newer version of minutes-app wrote this database (database is newer than this"
        " app); upgrade the app first. The file was not changed",
    ),
    "db.foreign_server": (
        "服务器上的这个数据库已有其他程序的表，不是 minutes-app 的数据库；"
        "请换一个新建的空数据库（createdb），原数据未作任何改动",
        "This database on the server holds another program's tables and is not a"
        " minutes-app database; use a new empty one (createdb). Nothing was changed",
    ),
    "db.foreign_file": (
        "这个 SQLite 文件不是 minutes-app 的数据库；请选择正确的文件，原文件未作任何改动",
        "This SQLite file is not a minutes-app database; choose the right file."
        " The file was not changed",
    ),
    "db.upgrade_read_only": (
        "这个数据库需要升级到新版本的格式，但它只能读取（{reason}）；"
        "请把它复制到可以写入的文件夹再打开",
        "This database needs an upgrade to the new format but can only be read ({reason});"
        " copy it to a folder you can write to and open it",
    ),
    "db.damaged_check": (
        "{path} 已损坏（quick_check: {result}）；请从最近的备份恢复，原文件未作任何改动",
        "{path} is damaged (quick_check: {result}); restore the latest backup."
        " The file was not changed",
    ),
    "db.cannot_open_file": (
        "无法打开 {path}：{reason}；请检查文件权限",
        "Cannot open {path}: {reason}; check the file's permissions",
    ),
    "db.open_disk_full": (
        "磁盘空间不足，无法打开 {path}；请清理磁盘空间后重试。"
        "数据库文件本身没有损坏，也未作任何改动",
        "The disk is full: cannot open {path}; free some space and try again. The database"
        " file is not damaged and was not changed",
    ),
    "db.open_io": (
        "无法读取（I/O 错误）{path}：磁盘可能已满、已断开或出了故障，文件本身未必损坏；"
        "请检查磁盘（清理空间、重新连接移动硬盘）后重试，不要急于从备份恢复",
        "Cannot read (I/O error) {path}: the disk may be full, disconnected or failing, the"
        " file itself may be fine; check the disk (free space, reconnect it) and try again"
        " before restoring a backup",
    ),
    "db.not_database": (
        "{path} 不是本程序的数据库文件（file is not a database）；"
        "请选择正确的文件，原文件未作任何改动",
        "{path} is not a database of this app (file is not a database); choose the right"
        " file. The file was not changed",
    ),
    "db.open_denied": (
        "无法打开 {path}（{reason}）；请检查文件和文件夹的权限",
        "Cannot open {path} ({reason}); check the permissions of the file and its folder",
    ),
    "db.damaged": (
        "{path} 已损坏（{reason}）；请从最近的备份恢复，原文件未作任何改动",
        "{path} is damaged ({reason}); restore the latest backup. The file was not changed",
    ),
    "db.open_failed": (
        "无法读取 {path}（{reason}）；原文件未作任何改动，请检查磁盘和文件权限后重试",
        "Cannot read {path} ({reason}); the file was not changed. Check the disk and the"
        " file's permissions and try again",
    ),
    "db.in_use": (
        "数据库正被另一个窗口或程序使用（{who}{when}）；请先关闭它再重试",
        "The database is in use by another window or program ({who}{when}); close it first"
        " and try again",
    ),
    "db.open_elsewhere": (
        "数据库 {name} 已在{who}中打开；请先关闭那个窗口，或以只读方式打开查看",
        "The database {name} is open in {who}; close that window first, or open it"
        " read-only to look",
    ),
    "lock.process_on": ("计算机 {host} 上的进程 {pid}", "process {pid} on the computer {host}"),
    "lock.other_program": ("另一个程序", "another program"),
    "lock.holder": ("主机 {host}，进程 {pid}", "host {host}, process {pid}"),
    "lock.holder_unknown": ("未知的进程", "an unknown process"),
    "lock.since": ("，自 {time} 起", ", since {time}"),
    # Backups of a file (store.backup) and of a server (store.pg_dump)
    "backup.no_folder": (
        "备份文件夹 {folder} 不存在；请先创建它或换一个位置",
        "The backup folder {folder} does not exist; create it or choose another place",
    ),
    "backup.is_folder": (
        "{out} 是一个文件夹；请给出备份文件的名字，如 {example}",
        "{out} is a folder; give the backup file's name, like {example}",
    ),
    "backup.no_source": (
        "找不到数据库文件 {path}；请检查路径",
        "No database file {path}; check the path",
    ),
    "backup.onto_itself": (
        "备份文件不能是数据库文件本身；请换一个文件名",
        "The backup cannot be the database file itself; choose another file name",
    ),
    "backup.unreadable": (
        "无法读取数据库 {path}：{reason}；请检查文件权限",
        "Cannot read the database {path}: {reason}; check the file's permissions",
    ),
    "backup.check_failed": (
        "备份副本未通过完整性检查；原数据库未改动，请重试",
        "The backup copy failed the integrity check; the database was not changed, try again",
    ),
    "backup.failed": (
        "备份失败：{reason}；原数据库未改动。如果数据库已损坏，请从更早的备份恢复",
        "The backup failed: {reason}; the database was not changed. If it is damaged,"
        " restore an earlier backup",
    ),
    "restore.cannot_open": (
        "无法打开 {backup} 或 {target}：{reason}；数据库未改动",
        "Cannot open {backup} or {target}: {reason}; the database was not changed",
    ),
    "restore.check_failed": (
        "恢复后的数据库未通过完整性检查；请换一个备份（{name}）",
        "The restored database failed the integrity check; choose another backup ({name})",
    ),
    "restore.failed": (
        "恢复失败：{reason}；数据库未改动，请换一个备份",
        "The restore failed: {reason}; the database was not changed, choose another backup",
    ),
    "pg_dump.cannot_run": ("pg_dump 无法运行（{kind}）", "pg_dump cannot run ({kind})"),
    "pg_dump.failed": ("pg_dump 失败：{reason}", "pg_dump failed: {reason}"),
    # A database server (store.errors.server_error); {who} is a quoted user name
    "server.test_foreign": (
        "已连接 {where}，但其中已有其他程序的表；请换一个空数据库",
        "Connected to {where}, but it holds another program's tables; use an empty database",
    ),
    "server.test_empty": (
        "已连接 {where}：这是一个空数据库，连接后会建好表",
        "Connected to {where}: an empty database, its tables are made on connecting",
    ),
    "server.test_newer": (
        "已连接 {where}，但它由更新版本的 minutes-app 写入；请先升级",
        "Connected to {where}, but a newer minutes-app wrote it; upgrade first",
    ),
    "server.test_ours": (
        "已连接 {where}：minutes-app 数据库{upgrade}",
        "Connected to {where}: a minutes-app database{upgrade}",
    ),
    "server.test_upgrade": (
        "（连接后会升级到新版本的格式）",
        " (upgraded to the new format on connecting)",
    ),
    "server.unavailable": (
        "无法连接到数据库服务器 {server}：{reason}",
        "Cannot reach the database server {server}: {reason}",
    ),
    "server.too_long": _both(
        "有一项文字太长，超出了数据库允许的长度，{0}；请删减",
        "A text is longer than the database allows, {0}; please shorten it",
        _NOT_SAVED,
    ),
    "server.password": (
        f"用户{{who}}的密码不对；请检查 {_PASSWORD_PLACES}中的密码",
        "Wrong password for the user{who}; check it in ~/.pgpass, PGPASSWORD or the system keyring",
    ),
    "server.no_password": (
        "服务器要求密码，但没有找到密码；请把密码写入 ~/.pgpass，或设置 PGPASSWORD，"
        "或在“连接共享数据库”中保存到系统钥匙串",
        "The server wants a password and none was found; write it in ~/.pgpass, set"
        " PGPASSWORD, or keep it in the system keyring from “Connect to a shared database”",
    ),
    "server.missing": (
        "{thing}不存在；请检查名称，或请服务器管理员先创建（createuser / createdb）",
        "{thing} does not exist; check the name, or ask the server's administrator to create"
        " it (createuser / createdb)",
    ),
    "server.who": ("“{name}”", " “{name}”"),
    "server.missing_database": ("数据库“{name}”", "The database “{name}”"),
    "server.missing_user": ("用户“{name}”", "The user “{name}”"),
    "server.missing_either": ("要连接的数据库或用户", "The database or user"),
    "server.refused": _both(
        "服务器拒绝连接（服务器没有运行，或端口不对）；{0}",
        "The server refused the connection (it is not running, or the port is wrong); {0}",
        _CHECK_SERVER,
    ),
    "server.timeout": _both(
        "连接超时，服务器没有回应；{0}", "The server did not answer in time; {0}", _CHECK_SERVER
    ),
    "server.unknown_host": (
        "找不到这个服务器名称；请检查服务器地址是否写对",
        "No server by this name; check the server's address",
    ),
    "server.no_route": _both(
        "网络不通，到不了服务器；{0}", "The network does not reach the server; {0}", _CHECK_SERVER
    ),
    "server.hba": (
        "服务器不允许从这台计算机以这个用户连接（pg_hba.conf）；请联系服务器管理员",
        "The server does not let this user connect from this computer (pg_hba.conf); ask the"
        " server's administrator",
    ),
    "server.no_ssl": (
        "服务器不支持加密连接（SSL）；请把 sslmode 改为 prefer 或 disable，或请管理员开启 SSL",
        "The server does not support encrypted connections (SSL); set sslmode to prefer or"
        " disable, or ask the administrator to enable SSL",
    ),
    "server.ssl": (
        "加密连接（SSL）建立失败；请检查 sslmode 设置和服务器证书",
        "The encrypted connection (SSL) failed; check sslmode and the server's certificate",
    ),
    "server.full": (
        "服务器的连接数已满；请稍后重试，或请管理员调大 max_connections",
        "The server has no free connections; try again later, or ask the administrator to"
        " raise max_connections",
    ),
    "server.denied": (
        "没有权限读写这个数据库；请服务器管理员授予权限（GRANT）",
        "No permission to use this database; ask the server's administrator to grant it (GRANT)",
    ),
    "server.conflict": _both(
        "另一处正同时修改同样的记录，{0}；请重试",
        "Someone else is changing the same records at the same time, {0}; try again",
        _NOT_SAVED,
    ),
    "server.cancelled": _both(
        "服务器取消了这次操作（超时），{0}；请稍后重试",
        "The server cancelled the operation (timeout), {0}; try again later",
        _NOT_SAVED,
    ),
    "server.starting": (
        "服务器正在启动；请稍等片刻后重试",
        "The server is starting; wait a moment and try again",
    ),
    "server.stopping": _both(
        "服务器正在关闭；{0}", "The server is shutting down; {0}", _CHECK_SERVER
    ),
    "server.lost": _both(
        "与服务器的连接中断了，{0}（未完成的修改已撤回）；{1}，然后重试",
        "The connection to the server broke, {0} (unfinished changes were undone); {1},"
        " then try again",
        _NOT_SAVED,
        _CHECK_SERVER,
    ),
    "server.other": _both(
        "服务器报告“{{first}}”；{0}", "The server reports “{{first}}”; {0}", _CHECK_SERVER
    ),
    # Why a database opens read-only, and where it should not be (store.location)
    "db.file_read_only": ("数据库文件 {name} 是只读的", "the database file {name} is read-only"),
    "db.folder_read_only": (
        "数据库所在的文件夹 {folder} 不允许写入",
        "the folder {folder} of the database does not allow writing",
    ),
    "db.read_only_asked": ("按要求以只读方式打开", "opened read-only as asked"),
    "db.synced_folder": (
        "数据库位于同步文件夹“{client}”中。同步软件可能在写入途中复制它，造成数据损坏或"
        "“冲突副本”；建议把数据库放在本机文件夹，用“备份”功能保存副本",
        "The database is in the synced folder “{client}”. The sync software may copy it while"
        " it is written, damaging it or making “conflicted copies”; keep the database in a"
        " folder of this computer and use Backup for copies",
    ),
    "db.network_folder": (
        "数据库位于网络文件夹（{fs_type}）中。网络文件系统的文件锁不可靠，断网时可能损坏"
        "数据库；建议把数据库放在本机文件夹",
        "The database is in a network folder ({fs_type}). File locks on network file systems"
        " are unreliable and a lost connection may damage the database; keep the database in"
        " a folder of this computer",
    ),
}

# The app's own words for what it was doing with a file (store.errors.file_error).
TERMS: dict[str, str] = {
    "写入": "write",
    "写入备份": "write the backup",
    "创建备份文件夹": "create the backup folder",
    "创建数据库": "create the database",
    "创建文件夹": "create the folder",
    "移动损坏的数据库": "move the damaged database",
    "按要求以只读方式打开": "opened read-only as asked",
}
