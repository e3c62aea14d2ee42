"""The catalogue of user-error messages: code → (Chinese, English) templates.

The Chinese is what the command line has always printed (tests assert it byte for
byte); the English is the window's when it is set to English. Placeholders are
`str.format` fields; both templates of a code use the same ones.
"""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # PDF export
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
    # Meetings: find, save, approve, delete
    "meeting.not_found": (
        "找不到会议“{key}”；请检查会议编号（可用 minutes-app meetings 查看）",
        "No meeting “{key}”; check the meeting key (minutes-app meetings lists them)",
    ),
    "meeting.not_found_short": (
        "找不到会议“{key}”；请检查会议编号",
        "No meeting “{key}”; check the meeting key",
    ),
    "meeting.approved_locked": (
        "这次会议的纪要已审定，不能再修改；如需更正，请登记更正记录",
        "The minutes of this meeting are approved and cannot be changed; record a correction",
    ),
    "meeting.changed_elsewhere": (
        "这次会议刚被另一处修改过；已重新载入，请再做一次这个修改",
        "This meeting was just changed elsewhere; it was reloaded, please make the change again",
    ),
    "meeting.changed_by_others": (
        "这条记录已被他人修改，已重新载入；请核对后再修改",
        "This record was changed by someone else and has been reloaded; check it and edit again",
    ),
    "database.gone": (
        "数据库文件已被移走或删除；为免丢失，这个窗口不再保存修改，请重新打开数据库",
        "The database file was moved or deleted; this window saves nothing more."
        " Open the database again",
    ),
    "meeting.key_taken": (
        "会议编号“{key}”已被使用；请换一个",
        "The meeting key “{key}” is already used; choose another",
    ),
    "meeting.key_missing": ("会议缺少编号（key）", "The meeting has no key"),
    "meeting.save_approved": (
        "审定纪要请使用“审定”操作，不能直接保存为已审定",
        "Approve the minutes with “Approve”; a meeting cannot be saved as approved",
    ),
    "meeting.already_approved": (
        "这次会议的纪要已经审定过了",
        "The minutes of this meeting are already approved",
    ),
    "meeting.delete_approved": (
        "纪要已审定的会议不能删除",
        "A meeting whose minutes are approved cannot be deleted",
    ),
    "meeting.no_match": (
        "找不到会议“{text}”；可以写会议编号、完整名称或名称的一部分"
        "（如“第五届第五次理事长会议”），用 minutes-app meetings 查看全部会议",
        "No meeting “{text}”; give its key, its full title or a part of it"
        " (e.g. “第五届第五次理事长会议”); minutes-app meetings lists them all",
    ),
    "meeting.ambiguous": (
        "“{text}”对应多次会议：{listed}{more}；请写得更具体，或直接写会议编号",
        "“{text}” matches several meetings: {listed}{more}; be more specific or give the key",
    ),
    "body.no_match": (
        "找不到会议机构“{text}”；现有：{names}",
        "No meeting body “{text}”; there are: {names}",
    ),
    "body.ambiguous": (
        "“{text}”对应多个会议机构：{listed}；请写完整名称或编号",
        "“{text}” matches several meeting bodies: {listed}; give the full name or the key",
    ),
    "body.not_found": (
        "找不到会议机构“{key}”；请检查机构编号",
        "No meeting body “{key}”; check its key",
    ),
    # What a secretary types (domain.validation)
    "text.required": ("{what}不能为空，请填写", "{what} cannot be empty; please fill it in"),
    "text.too_long": (
        "{what}太长（{length}字），最多{limit}字，请删减",
        "{what} is too long ({length} characters, at most {limit}); please shorten it",
    ),
    "text.unsafe": (
        "{what}含有不能保存的{kind} U+{code}（第{index}个字符，{origin}）；"
        "请删除它（或改为回车换行）后再保存",
        "{what} holds a {kind} U+{code} that cannot be saved (character {index}, {origin});"
        " delete it (or use a line break) and save again",
    ),
    "text.surrogate": ("单独的代理码", "lone surrogate"),
    "text.control": ("控制字符", "control character"),
    "text.word_break": ("Word 的手动换行符", "Word's manual line break"),
    "text.pasted": ("可能是从别处复制来的", "probably pasted from elsewhere"),
    "vote.negative": (
        "{label}票数不能是负数（{n}），请改正",
        "The {label} votes cannot be negative ({n}); please correct them",
    ),
    "vote.too_many": (
        "赞成、反对、弃权合计{total}票，多于实到（含委托）的{attending}人；请核对票数或出席情况",
        "For, against and abstaining make {total} votes, more than the {attending} present"
        " (proxies included); check the votes or the attendance",
    ),
    "attendance.not_seated": (
        "{name}不是本届该会议的组成人员，只能登记为列席；或先把他加入席位",
        "{name} is not a member of this body in this term: record them as observer,"
        " or give them a seat first",
    ),
    "attendance.seated_observer": (
        "{name}是组成人员，不能登记为列席；请选择出席、委托、请假或缺席",
        "{name} is a member and cannot be an observer; choose present, proxy, excused or absent",
    ),
    "attendance.no_holder": (
        "{name}委托出席，但没有填写受托人；请选择受托人",
        "{name} is represented by proxy but no proxy holder is given; choose one",
    ),
    "attendance.self_holder": (
        "{name}不能委托本人，请选择另一位出席人员",
        "{name} cannot hold their own proxy; choose another member who is present",
    ),
    "attendance.holder_absent": (
        "{name}的受托人{holder}没有出席会议；受托人必须是出席人员",
        "{holder}, who holds {name}'s proxy, is not present; a proxy holder must be present",
    ),
    "attendance.holder_unwanted": (
        "{name}不是委托出席，不应填写受托人",
        "{name} is not represented by proxy; leave the proxy holder empty",
    ),
    "ballot.not_voter": (
        "{name}是{label}，不能参加记名表决；请删除这张表决票",
        "{name} is {label} and cannot vote by name; delete this ballot",
    ),
    "due.before_meeting": (
        "完成时限{due}早于会议日期{day}；请改为会后的日期",
        "The deadline {due} is before the meeting ({day}); choose a date after the meeting",
    ),
    "period.reversed": (
        "{what}的结束时间早于开始时间，请改正",
        "{what} ends before it starts; please correct it",
    ),
    "ratio.bad": (
        "比例“{text}”写法不对，应写成“2/3”“1/2”这样的分数",
        "The ratio “{text}” is not written right; write a fraction like “2/3” or “1/2”",
    ),
    "ratio.range": (
        "比例“{text}”应大于0且不超过1",
        "The ratio “{text}” must be above 0 and at most 1",
    ),
    # Archive fields (the path of the field comes before the message)
    "field.not_object": ("应是一个对象（{{…}}）", "should be an object ({{…}})"),
    "field.required": ("必须填写", "is required"),
    "field.not_text": ("应是文字，而不是 {type}", "should be text, not {type}"),
    "field.empty": ("不能为空", "cannot be empty"),
    "field.too_long": (
        "太长（{length}字），最多{limit}字",
        "is too long ({length} characters, at most {limit})",
    ),
    "field.ref_required": ("必须指明{what}", "must name {what}"),
    "field.ref_not_text": (
        "应是{what}的 key（文字），而不是 {type}",
        "should be the key of {what} (text), not {type}",
    ),
    "field.ref_dangling": (
        "找不到{what}“{value}”（dangling key）",
        "no {what} “{value}” (dangling key)",
    ),
    "field.int_required": ("必须填写一个整数", "must be a whole number"),
    "field.not_int": ("应是整数，而不是 {type}", "should be a whole number, not {type}"),
    "field.below": (
        "不能小于{minimum}（现为{value}）",
        "cannot be below {minimum} (it is {value})",
    ),
    "field.above": (
        "不能大于{maximum}（现为{value}）",
        "cannot be above {maximum} (it is {value})",
    ),
    "field.not_bool": ("应是 true 或 false，而不是 {type}", "should be true or false, not {type}"),
    "field.date_required": ("必须填写日期（如 2024-08-11）", "needs a date (like 2024-08-11)"),
    "field.date_not_text": (
        "日期应写成“2024-08-11”，而不是 {type}",
        "a date is written “2024-08-11”, not {type}",
    ),
    "field.date_bad": (
        "日期“{value}”无效，应写成“2024-08-11”",
        "the date “{value}” is not valid; write it “2024-08-11”",
    ),
    "field.time_required": (
        "必须填写时间（如 2024-08-11T09:00）",
        "needs a time (like 2024-08-11T09:00)",
    ),
    "field.time_not_text": (
        "时间应写成“2024-08-11T09:00”，而不是 {type}",
        "a time is written “2024-08-11T09:00”, not {type}",
    ),
    "field.time_bad": (
        "时间“{value}”无效，应写成“2024-08-11T09:00”",
        "the time “{value}” is not valid; write it “2024-08-11T09:00”",
    ),
    "field.time_zone": (
        "时间应是当地时间，不带时区（如 2024-08-11T09:00）",
        "a time is local time, without a time zone (like 2024-08-11T09:00)",
    ),
    "field.choice_required": ("必须填写，可选值：{allowed}", "is required; one of: {allowed}"),
    "field.choice_bad": (
        "“{value}”不是可用的值；可选值：{allowed}",
        "“{value}” is not allowed; one of: {allowed}",
    ),
    "field.list_required": ("必须是一个列表（[…]）", "must be a list ([…])"),
    "field.not_list": ("应是列表（[…]），而不是 {type}", "should be a list ([…]), not {type}"),
    "field.unknown": (
        "是本程序不认识的字段（unknown field）；请删除它，或用 --lenient 忽略",
        "is a field this app does not know; delete it, or ignore it with --lenient",
    ),
    "field.key_twice": (
        "{what}的 key“{key}”重复了；每个 key 只能用一次",
        "the key “{key}” of {what} is used twice; each key may be used once",
    ),
}

# Words of the app that appear inside messages (a field's name, a vote's label).
TERMS: dict[str, str] = {
    "会议机构名称": "The body's name",
    "决定事项的内容": "The decision's text",
    "单位名称": "The unit's name",
    "取消的原因": "The reason for cancelling",
    "姓名": "The name",
    "完成情况说明": "The account of completion",
    "延期的原因": "The reason for the extension",
    "更正人": "The person correcting",
    "更正理由": "The reason for the correction",
    "组织名称": "The organisation's name",
    "职务": "The position",
    "进展情况": "The progress note",
    "会议": "The meeting",
    "标题": "The title",
    "会议名称": "The meeting's title",
    "地点": "The place",
    "议题": "The agenda item",
    "议题名称": "The agenda item's title",
    "督办事项": "The action item",
    "赞成": "for",
    "反对": "against",
    "弃权": "abstaining",
    "列席人员": "an observer",
    "请假人员": "excused",
    "未出席人员": "not present",
    "数字": "a number",
    "文字": "text",
    "列表": "a list",
    "对象": "an object",
    "会议机构": "the body",
    "单位": "the unit",
    "人员": "the person",
    "委员会": "the committee",
    "决定": "the decision",
}
