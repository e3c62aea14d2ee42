"""Messages of the file codecs (io/): archive files, member lists, action exports."""

from __future__ import annotations

_RESAVE_CSV = (
    "请在 Excel 中打开并重新保存为 csv 后再导入",
    "open it in Excel, save it as csv again and import it",
)

TEXTS: dict[str, tuple[str, str]] = {
    # The archive file (io.archive.file)
    "archive_file.missing": (
        "找不到归档文件 {path}；请检查路径",
        "No archive file {path}; check the path",
    ),
    "archive_file.unreadable": (
        "无法读取归档文件 {path}：{reason}",
        "The archive file {path} cannot be read: {reason}",
    ),
    "archive_file.not_utf8": (
        "{path} 不是 UTF-8 编码的 JSON 文件；请用本程序导出的归档",
        "{path} is not a UTF-8 JSON file; use an archive exported by this app",
    ),
    "archive_file.bad_json": (
        "{path} 不是有效的 JSON（第{line}行第{column}列：{reason}）；请检查文件是否完整",
        "{path} is not valid JSON (line {line}, column {column}: {reason}); check that the"
        " file is complete",
    ),
    "archive_file.too_deep": (
        "{path} 嵌套层次过深，不是本程序的归档",
        "{path} is nested too deeply to be an archive of this app",
    ),
    # Exporting the action items (io.actions)
    "actions_file.bad_kind": (
        "不能导出为“{kind}”；请用 .xlsx、.csv、.ics 或 .docx",
        "Cannot export as “{kind}”; use .xlsx, .csv, .ics or .docx",
    ),
    "actions_file.no_folder": (
        "文件夹“{folder}”不存在；请先建好文件夹，或换一个保存位置",
        "The folder “{folder}” does not exist; create it first, or save somewhere else",
    ),
    "actions_file.cannot_write": (
        "无法写入“{path}”（{reason}）；请检查文件是否正在 Excel 或 Word 中打开、"
        "文件夹是否可写，然后重试",
        "Cannot write “{path}” ({reason}); check whether the file is open in Excel or Word"
        " and the folder is writable, then try again",
    ),
    # Reading a member list (io.units)
    "units_file.empty": (
        "文件是空的：没有表头，也没有数据行；请检查是否选对了文件",
        "The file is empty: no header and no rows; check that it is the right file",
    ),
    "units_file.no_name_column": (
        "找不到“名称”列：表头中应有“名称”“单位名称”或“name”之一；请在第一行写上列名后再导入",
        "No “名称” column: the header needs “名称”, “单位名称” or “name”; write the column"
        " names in the first row and import again",
    ),
    "units_file.missing": ("找不到文件 {path}；请检查路径", "No file {path}; check the path"),
    "units_file.xls": (
        "{name} 是旧版 Excel 文件（.xls）；请在 Excel 中另存为 .xlsx 再导入",
        "{name} is an old Excel file (.xls); save it as .xlsx in Excel and import that",
    ),
    "units_file.bad_kind": (
        "{name} 不是 .xlsx 或 .csv 文件；请导出为这两种格式之一再导入",
        "{name} is not an .xlsx or .csv file; export it as one of them and import that",
    ),
    "units_file.broken": (
        "无法读取 {name}：不是有效的 .xlsx 文件，或文件已损坏（{reason}）；"
        "请在 Excel 中打开并另存为 .xlsx 后再导入",
        "Cannot read {name}: it is not a valid .xlsx file, or it is damaged ({reason});"
        " open it in Excel, save it as .xlsx and import that",
    ),
    "units_file.no_sheet": (
        "{name} 中没有可见的工作表；请在 Excel 中取消隐藏名单所在的表后再导入",
        "{name} has no visible sheet; unhide the sheet of the list in Excel and import again",
    ),
    "units_file.too_long": (
        "{name} 超过{limit}行，不像是会员名单；请检查是否选对了文件",
        "{name} has more than {limit} rows, not like a member list; check that it is the"
        " right file",
    ),
    "units_file.encoding": (
        "无法识别文件的编码（既不是 UTF-8 也不是 GBK）；请在 Excel 中另存为“CSV UTF-8”再导入",
        "The file's encoding is neither UTF-8 nor GBK; save it as “CSV UTF-8” in Excel and"
        " import that",
    ),
    "units_file.csv_unclosed": (
        "{name} 第{line}行的双引号没有配对（引号从这一行开始，直到文件末尾都没有结束）；"
        + _RESAVE_CSV[0],
        "{name}, line {line}: a double quote is not closed (it opens on this line and never"
        " ends); " + _RESAVE_CSV[1],
    ),
    "units_file.csv_quote": (
        "{name} 第{line}行的双引号用法不对（引号结束后紧跟着其他文字）；" + _RESAVE_CSV[0],
        "{name}, line {line}: a double quote is misused (text follows the closing quote); "
        + _RESAVE_CSV[1],
    ),
    "units_file.csv_other": (
        "{name} 第{line}行的格式有误（{reason}）；" + _RESAVE_CSV[0],
        "{name}, line {line} is malformed ({reason}); " + _RESAVE_CSV[1],
    ),
    "units_file.header_only": (
        "文件中只有表头，没有会员单位数据行；请填写后再导入",
        "The file has only a header and no member units; fill it in and import again",
    ),
    "units_file.row": ("第{number}行：{problem}", "Row {number}: {problem}"),
    # One row of a member list (io.units.parse); {label} is the column's name
    "unit_row.formula": (
        "{label}是公式（{cell}），名单中只能是文字；请在 Excel 中"
        "复制这一列并“选择性粘贴为数值”，保存后再导入",
        "{label} is a formula ({cell}); a list holds text only. In Excel copy the column,"
        " paste it as values, save and import again",
    ),
    "unit_row.line_break": (
        "名称“{name}”中有换行；一个单元格只写一个单位名称",
        "The name “{name}” holds a line break; write one unit's name per cell",
    ),
    "unit_row.no_name": (
        "名称为空；请填写单位名称，或删除这一行",
        "The name is empty; fill in the unit's name, or delete the row",
    ),
    "unit_row.name_too_long": (
        "名称太长（{length}字），最多{limit}字",
        "The name is too long ({length} characters, at most {limit})",
    ),
    "unit_row.too_long": (
        "{label}太长，最多{limit}字",
        "{label} is too long, at most {limit} characters",
    ),
    "unit_row.email": (
        "邮箱“{email}”格式不对（应含 @）；请改正或留空",
        "The email “{email}” is not right (it needs an @); correct it or leave it empty",
    ),
    "unit_row.category": (
        "会员类别“{part}”不认识；应为{known}之一",
        "The member category “{part}” is unknown; it must be one of {known}",
    ),
    "unit_row.date": (
        "入会日期“{cell}”无法识别；请写成 2024-08-11 这样的日期",
        "The joining date “{cell}” cannot be read; write a date like 2024-08-11",
    ),
    "unit_row.code_registered": (
        "统一社会信用代码与已有单位“{name}”相同，是重复登记",
        "The credit code is that of the registered unit “{name}”: a duplicate",
    ),
    "unit_row.name_registered": (
        "与已有单位“{name}”同名，是重复登记",
        "The registered unit “{name}” has the same name: a duplicate",
    ),
    "unit_row.code_repeated": (
        "统一社会信用代码与第{row}行相同，是重复的行",
        "The credit code is the same as in row {row}: a repeated row",
    ),
    "unit_row.name_repeated": (
        "名称与第{row}行相同，是重复的行",
        "The name is the same as in row {row}: a repeated row",
    ),
    # Writing a member list (io.units.write)
    "units_out.bad_kind": (
        "只能导出为 .xlsx 或 .csv（{name}）；请改用这两种扩展名",
        "A list is exported as .xlsx or .csv only ({name}); use one of these extensions",
    ),
    "units_out.no_folder": (
        "文件夹 {folder} 不存在；请先建立文件夹或换一个位置",
        "The folder {folder} does not exist; create it or choose another place",
    ),
    "units_out.folder_refused": (
        "无法在文件夹 {folder} 中写入文件（{reason}）；请换一个可以写入的位置再导出",
        "Cannot write a file in the folder {folder} ({reason}); choose a writable place and"
        " export again",
    ),
    "units_out.in_use": (
        "无法写入 {path}：文件可能正在 Excel 中打开；请关闭后再导出",
        "Cannot write {path}: the file may be open in Excel; close it and export again",
    ),
}

# Column names of a member list as rows name them (io.units.columns.LABELS).
TERMS: dict[str, str] = {
    "名称": "The name",
    "统一社会信用代码": "The credit code",
    "会员类别": "The member category",
    "联系人": "The contact",
    "电话": "The phone",
    "邮箱": "The email",
    "地址": "The address",
    "入会日期": "The joining date",
}
