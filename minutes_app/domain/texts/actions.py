"""Messages of the action items (督办事项, services.actions*)."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "action.due_or_days": (
        "请给出新的完成时限，或者顺延的天数（二者选一）",
        "Give a new deadline or a number of days to extend it by (one of the two)",
    ),
    "action.not_earlier": (
        "“{title}”不是此前会议的事项，不能在这次会议上登记落实情况",
        "“{title}” is not an item of an earlier meeting; its progress cannot be reported"
        " at this one",
    ),
    "action.none_chosen": (
        "没有选中督办事项；请先在列表中选择",
        "No action item is selected; choose one in the list first",
    ),
    "action.bad_status": (
        "状态“{status}”无效；应为 open、in_progress、done 或 cancelled",
        "The status “{status}” is not valid; use open, in_progress, done or cancelled",
    ),
    "action.update_early": (
        "进展日期{on}早于会议日期{day}；请改为会后的日期",
        "The progress date {on} is before the meeting ({day}); choose a date after the meeting",
    ),
    "action.no_due": (
        "“{title}”没有完成时限，不能顺延；请直接给出新的完成时限",
        "“{title}” has no deadline to extend; give a new deadline instead",
    ),
    "action.closed": (
        "“{title}”已完成或已取消，不能延期；请只选择未完成的事项",
        "“{title}” is done or cancelled and cannot be extended; choose open items only",
    ),
    "action.same_due": (
        "“{title}”的完成时限已是{due}；请给出不同的日期",
        "The deadline of “{title}” is already {due}; give a different date",
    ),
    "action.bad_owner_kind": (
        "责任方类型“{kind}”无效；应为单位、个人或专家委员会",
        "The kind of owner “{kind}” is not valid; it is a unit, a person or a committee",
    ),
    "action.no_owner": (
        "找不到责任方“{name}”；请从名录中选择",
        "No owner “{name}”; choose one from the registry",
    ),
    "action.not_found": (
        "找不到督办事项 {meeting}/{action}；它可能已被删除，请刷新列表",
        "No action item {meeting}/{action}; it may have been deleted, refresh the list",
    ),
}
