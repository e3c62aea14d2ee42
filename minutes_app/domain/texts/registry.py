"""Messages of the registry: units, people, positions, committees, terms, member lists."""

from __future__ import annotations

_REFRESH = ("请刷新名录后再试", "refresh the registry and try again")

TEXTS: dict[str, tuple[str, str]] = {
    "date.day": ("{year}年{month}月{day}日", "{year}-{month:0>2}-{day:0>2}"),
    "registry.no_unit": (
        "找不到单位“{key}”；" + _REFRESH[0],
        "No unit “{key}”; " + _REFRESH[1],
    ),
    "registry.no_person": (
        "找不到人员“{key}”；" + _REFRESH[0],
        "No person “{key}”; " + _REFRESH[1],
    ),
    "registry.no_committee": (
        "找不到委员会“{key}”；" + _REFRESH[0],
        "No committee “{key}”; " + _REFRESH[1],
    ),
    "registry.no_meeting": (
        "找不到会议“{key}”；请刷新会议列表后再试",
        "No meeting “{key}”; refresh the list of meetings and try again",
    ),
    "registry.reason_required": (
        "手工调整必须填写原因（例如：会员单位来函申请退会），请填写后再保存",
        "A change by hand needs a reason (e.g. the unit wrote to leave the association);"
        " fill it in and save again",
    ),
    "registry.bad_role": (
        "会员类别“{role}”不存在，请从列表中选择",
        "There is no member category “{role}”; choose one from the list",
    ),
    "registry.holds_role": ("{name}已是{what}", "{name} is already {what}"),
    "registry.holds_position": ("{name}已任{title}", "{name} already holds the position {title}"),
    "registry.overlap": (
        "{held}（自{since}起），不能重复；如需改变日期，请先结束原有记录",
        "{held} (since {since}), so not twice; to change the dates, end the existing entry first",
    ),
    "registry.no_entry": (
        "找不到这条{what}记录（可能已被修改）；" + _REFRESH[0],
        "No such entry of {what} (it may have been changed); " + _REFRESH[1],
    ),
    "registry.already_ended": (
        "这条{what}记录已于{end}结束，无需再结束",
        "This entry of {what} already ended on {end}",
    ),
    "registry.end_early": (
        "结束日期必须晚于开始日期（{start}），请改正",
        "The end must be after the start ({start}); please correct it",
    ),
    "registry.unit_twice": (
        "已有单位“{name}”的{what}与此相同；请核对，不要重复登记",
        "{what} is the same as that of the unit “{name}”; check it, do not register it twice",
    ),
    "committee.decided": (
        "“{name}”已被会议决定引用，不能删除；如需撤销，请在会议中通过“撤销委员会”的决定",
        "“{name}” is named by a meeting's decision and cannot be deleted; to end it, pass a"
        " decision to dissolve the committee at a meeting",
    ),
    "committee.owns_actions": (
        "“{name}”是督办事项的责任方，不能删除",
        "“{name}” owns action items and cannot be deleted",
    ),
    "committee.has_members": (
        "“{name}”已登记委员，不能删除；请先删去其委员",
        "“{name}” has members and cannot be deleted; remove its members first",
    ),
    "committee.member_reversed": (
        "任职结束日期必须晚于开始日期，请改正",
        "The membership must end after it starts; please correct it",
    ),
    "committee.no_membership": (
        "找不到这条委员任职记录（可能已被修改）；" + _REFRESH[0],
        "No such membership (it may have been changed); " + _REFRESH[1],
    ),
    "committee.already_ended": (
        "这条任职已于{end}结束，无需再结束",
        "This membership already ended on {end}",
    ),
    "committee.end_early": (
        "结束日期必须晚于任职开始日期（{start}），请改正",
        "The end must be after the membership's start ({start}); please correct it",
    ),
    "committee.bad_kind": (
        "委员会类别“{kind}”不存在，请选择专家委员会或分支机构",
        "There is no kind of committee “{kind}”; choose expert committee or branch",
    ),
    "committee.bad_role": (
        "委员会职务“{role}”不存在，请选择主任委员、副主任委员、秘书长或委员",
        "There is no committee role “{role}”; choose chair, vice-chair, secretary-general"
        " or member",
    ),
    "committee.name_taken": (
        "已有委员会“{name}”，名称不能重复",
        "There is already a committee “{name}”; names must differ",
    ),
    "committee.overlap": (
        "{person}已是“{committee}”的委员（任期重叠），不能重复添加；如需改变职务，请先结束原有任职",
        "{person} is already a member of “{committee}” (the terms overlap); to change the"
        " role, end the existing membership first",
    ),
    "term.not_set": (
        "还没有设置届次；请先在初始设置中填写当前是第几届",
        "No term is set yet; give the current term's number in the setup first",
    ),
    "term.start_early": (
        "新一届的开始日期必须晚于第{n!c}届的开始日期（{start}），请改正",
        "The new term must start after term {n} started ({start}); please correct it",
    ),
    "units_import.no_name_column": (
        "请指定哪一列是“名称”（单位名称必须导入）",
        "Say which column holds the name (a unit's name must be imported)",
    ),
    "units_import.refused": (
        "{problem}；没有导入任何单位，请改正后重新导入",
        "{problem}; no unit was imported, correct it and import again",
    ),
    "units_import.no_good_row": (
        "没有一行可以导入（每一行都有问题）；请改正后重新导入",
        "No row can be imported (each has a problem); correct them and import again",
    ),
    "units_import.added_meanwhile": (
        "第{number}行：单位“{name}”在预览之后已被登记；没有导入任何单位，请重新预览",
        "Row {number}: the unit “{name}” was registered after the preview; no unit was"
        " imported, preview again",
    ),
}

# Words of the registry inside its messages (roles, kinds of entry, what is the same).
TERMS: dict[str, str] = {
    "会长单位": "a president unit",
    "副会长单位": "a vice-president unit",
    "特邀副会长单位": "an invited vice-president unit",
    "常务理事单位": "an executive director unit",
    "理事单位": "a director unit",
    "监事单位": "a supervisor unit",
    "会员单位": "a member unit",
    "身份": "The membership",
}
