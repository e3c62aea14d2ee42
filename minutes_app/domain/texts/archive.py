"""Messages of importing and merging an archive (services.archive*)."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "archive.not_empty": (
        "数据库中已有记录，导入已取消，未作任何改动；"
        "如要用归档整体替换现有数据，请加 --replace（会先自动备份）",
        "The database already holds records: the import was cancelled and nothing changed;"
        " to replace everything with the archive, add --replace (a backup is made first)",
    ),
    "archive.written_meanwhile": (
        "导入期间数据库被另一处写入；导入已取消，请重试",
        "Something else wrote to the database during the import; it was cancelled, try again",
    ),
    "archive.bad_format": (
        '不是会议归档文件（format 应为 "{format}"）',
        'not a meeting archive (format should be "{format}")',
    ),
    "archive.newer": (
        "归档版本 {version} 比本程序新（archive is newer than this app）；请升级 minutes-app",
        "archive version {version} is newer than this app; upgrade minutes-app",
    ),
    "archive.bad_version": ("归档版本应为 {version}", "the archive version should be {version}"),
    "archive.copy_to_not_text": ("抄送单位应是文字", "a unit copied in should be text"),
    "archive.not_list": ("应是一个列表（[…]）", "should be a list ([…])"),
    "archive.key_repeated": (
        "与 meetings[{index}] 的编号重复了",
        "the same key as meetings[{index}]",
    ),
    "archive.conflict": (
        "与数据库中已有的“{key}”冲突：{error}",
        "conflicts with “{key}” in the database: {error}",
    ),
    "archive.in_meeting": ("{where}：{error}", "{where}: {error}"),
    # One record of an archive (services.archive_load): the path comes first
    "archive.no_organisation": (
        "必须填写组织名称（organisation.name）",
        "the organisation's name is required (organisation.name)",
    ),
    "archive.term_twice": ("第{number}届重复了", "term {number} is given twice"),
    "archive.seat_twice": (
        "{name}在第{term}届已有席位，重复了",
        "{name} already has a seat in term {term}",
    ),
    "archive.sequence_twice": (
        "与会议“{key}”的届次重复了",
        "the same number in the term as the meeting “{key}”",
    ),
    "archive.end_early": (
        "会议结束时间早于开始时间，请改正",
        "the meeting ends before it starts; please correct it",
    ),
    "archive.attendance_twice": (
        "{name}的出席情况登记了两次",
        "the attendance of {name} is recorded twice",
    ),
    "archive.no_for_votes": ("必须填写赞成票数", "the votes for are required"),
    "archive.votes_too_many": (
        "{n}票多于实到（含委托）的{voting}人；请核对票数或出席情况",
        "{n} votes are more than the {voting} present (proxies included); check the votes"
        " or the attendance",
    ),
    "archive.roll_call_counts": (
        "记名表决的票数由表决票得出",
        "the counts of a roll-call vote come from its ballots",
    ),
    "archive.consensus_counts": (
        "一致同意无需填写票数",
        "a decision by consensus has no counts",
    ),
    "archive.count_differs": (
        "{why}（应为{value}），与填写的{given}不符；请删除或改正",
        "{why} ({value}), not the {given} given; delete it or correct it",
    ),
    "archive.ballot_twice": ("{name}投了两张表决票", "{name} cast two ballots"),
    "archive.no_owner": (
        "必须指明责任人、责任单位或委员会之一",
        "name the person, the unit or the committee responsible",
    ),
    "archive.one_owner": (
        "责任人、责任单位、委员会只能填写一个，且必须填写一个",
        "give exactly one of the person, the unit or the committee responsible",
    ),
}

# Names of the archive's records and periods inside its messages.
TERMS: dict[str, str] = {
    "责任单位": "the unit responsible",
    "责任人": "the person responsible",
    "记录人": "the recorder",
    "表决人": "the voter",
    "汇报人": "the presenter",
    "本次会议的决定事项": "a decision of this meeting",
    "受托人": "the proxy holder",
    "主持人": "the chair",
    "决定事项": "The decision",
    "任期": "The term of office",
    "届期": "The term",
}
