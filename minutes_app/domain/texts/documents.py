"""Messages of the papers: Word templates, PDF conversion, writing a document or report."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # io.docx
    "docx.no_meeting": ("归档中没有会议“{key}”", "The archive holds no meeting “{key}”"),
    "docx.no_body": ("归档中没有会议机构“{key}”", "The archive holds no meeting body “{key}”"),
    "template.unreadable": (
        "无法读取模板文件“{path}”：{reason}",
        "The template file “{path}” cannot be read: {reason}",
    ),
    "template.not_docx": (
        "模板文件“{name}”不是 Word 文档（.docx），请选择 .docx 文件",
        "The template file “{name}” is not a Word document (.docx); choose a .docx file",
    ),
    "template.broken": (
        "模板文件“{name}”不是有效的 Word 文档（.docx）：{reason}",
        "The template file “{name}” is not a valid Word document (.docx): {reason}",
    ),
    "pdf.no_source": (
        "要转换的文件不存在：{path}",
        "The file to convert does not exist: {path}",
    ),
    "pdf.no_libreoffice": (
        "未找到 LibreOffice（soffice），无法导出 PDF。"
        "请安装 LibreOffice 后重试，或直接使用导出的 Word 文档。",
        "LibreOffice (soffice) was not found, so no PDF can be made. Install LibreOffice and"
        " try again, or use the exported Word document.",
    ),
    "pdf.failed": (
        "LibreOffice 未能生成 PDF（{reason}）",
        "LibreOffice made no PDF ({reason})",
    ),
    "pdf.no_output": ("没有输出", "no output"),
    "pdf.timeout": (
        "{engine} 转换 PDF 超时（超过 {seconds} 秒），已停止转换",
        "{engine} took more than {seconds} seconds to make the PDF; the conversion was stopped",
    ),
    "pdf.engine_failed": (
        "{engine} 未能生成 PDF（{reason}）",
        "{engine} made no PDF ({reason})",
    ),
    "pdf.no_converter": (
        "本机未找到 Microsoft Word、WPS Office 或 LibreOffice，无法导出 PDF；"
        "请用 Word 或 WPS 打开导出的 Word 文档并“另存为 PDF”，或安装 LibreOffice 后重试",
        "Neither Microsoft Word, WPS Office nor LibreOffice was found, so no PDF can be made;"
        " open the exported Word document in Word or WPS and save it as PDF,"
        " or install LibreOffice and try again",
    ),
    "pdf.fonts_missing": (
        "本机缺少字体{fonts}，PDF 中以相近字体代替；安装这些字体后重新导出，版式才与 Word 中一致",
        "This computer lacks the fonts {fonts}; the PDF uses similar fonts instead."
        " Install them and export again for the layout Word shows",
    ),
    # Warnings of a paper written (io.docx): said beside "Saved to …", in the window's language
    "template.missing_styles": (
        "模板缺少样式{styles}，已改用内置模板",
        "The template lacks the styles {styles}; the built-in template was used instead",
    ),
    "register.no_decisions": (
        "{year}年没有{body}的已编号决议",
        "{body} has no numbered decisions in {year}",
    ),
    "ballot.no_secret_vote": (
        "本次会议没有无记名投票的事项，表决票列出了全部决定事项",
        "No item of this meeting is voted by secret ballot; the ballot lists every decision",
    ),
    "agenda.empty": (
        "会议还没有议题，议程为空",
        "The meeting has no agenda items yet; the agenda is empty",
    ),
    "news.unapproved": (
        "会议纪要尚未审定，简报内容请以审定后的纪要为准",
        "The minutes are not approved yet; check the newsletter against the approved minutes",
    ),
    "signin.no_seats": (
        "该会议机构在本届没有席位，签到表只有列席栏",
        "The body has no seats in this term; the sign-in sheet has only the column for guests",
    ),
    "notice.no_phone": (
        "联系人没有登记电话，通知中的电话留空；请在人员或单位信息中补充",
        "The contact has no phone number, so the notice leaves it blank;"
        " add it to the person or the unit",
    ),
    "notice.held": (
        "会议已召开，通知日期留空，请手工填写",
        "The meeting has been held, so the notice's date is left blank; fill it in by hand",
    ),
    "docx.missing_glyphs": (
        "文稿字体中没有以下字符，已替换为“{geta}”，请核对后手工修改：{chars}",
        "The document's fonts lack these characters, written as “{geta}” instead;"
        " check them and correct them by hand: {chars}",
    ),
}
