"""Generate a deterministic minutes archive: years of an active association.

    python benchmarks/generate_archive.py OUT.json [--years 10] [--seed 1] [--check]

The archive follows the minutes-archive format, version 1 (see the archive format
document of the project). With the defaults it holds ten years (2015–2024) of 天津市工程咨询协会:
about 500 meetings, 5,000 decisions, 15,000 action items, 1,500 member units and
2,500 people over terms 3 to 5, with elections, 章程 amendments under their own 2/3 rule,
failing and inquorate decisions, proxies, observers and registry effects that stay
consistent (a role is revoked only while it is held, a committee is dissolved only once
it exists).

The same seed gives the same file, byte for byte. `--check` validates the result with
the rules the importer enforces (keys, pointers, attendance, tallies, dates, known
fields) and with the registry consistency the generator promises.

No import from minutes_app: the benchmark must be able to build its input even while
the app is broken.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import random
import sys
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Any

Json = dict[str, Any]

ORG_NAME = "天津市工程咨询协会"
ORG_SHORT = "市工程咨询协会"
END_YEAR = 2024  # the last year of meetings; the span runs back `--years` from here
CURRENT_TERM = 5  # elected in December of END_YEAR - 3; earlier terms alternate 4 and 5 years
N_UNITS = 1500  # including the association itself (u-assoc, the secretariat's unit)
N_PEOPLE = 2500
N_STAFF = 16  # secretariat staff, unit u-assoc
SPECIAL_AGENDA = 14  # see pick_special_meeting

# ---------------------------------------------------------------------------------------
# Vocabulary

SURNAMES = (
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁"
    "魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹"
    "黎易常武乔贺赖龚文庞樊兰殷施陶洪翟安颜倪严牛温芦季俞章鲁葛伍韦申尤毕聂焦向柳邢骆岳齐"
)
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "慕容", "东方")
GIVEN = (
    "伟刚勇毅俊峰强军平保东文辉力明永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发武新利清飞"
    "彬富顺信子杰涛昌成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪心邦承乐绍功松善厚庆"
    "磊民友裕河哲江超浩亮政谦亨奇固之轮翰朗伯宏言若鸣朋斌梁栋维启克伦翔旭鹏泽晨辰士以建家致树炎德"
    "行时泰盛秀娟英华慧巧美娜静淑惠珠翠雅芝玉萍红娥玲芬芳燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹霞香"
    "月莺媛艳瑞凡佳嘉琼勤珍贞莉桂娣叶璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓仪荷丹蓉眉"
    "君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希欣滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊"
)
# Rare characters people really have in their names: the app must keep them exactly
# (𠮷 is outside the Basic Multilingual Plane).
RARE_GIVEN = ("𠮷", "䶮", "龑", "堃", "喆", "犇", "淼", "昇", "玥", "珺", "垚", "燚", "赟", "旻")
BRANDS = (
    "华泰宏信联达恒通建安诚正和美中天海河滨城津港北方东南新开元鑫源博远睿智卓越国泰瑞祥隆兴盛康汇"
    "金鼎昌晟永大成广厦九州华夏渤海津南津北宝坻武清静海蓟州宁河西青东丽北辰红桥和平河西河东南开"
)
INDUSTRIES = (
    "工程咨询",
    "建设监理",
    "工程造价咨询",
    "建筑设计",
    "工程项目管理",
    "招标代理",
    "规划设计",
    "工程技术",
    "环境工程咨询",
    "投资咨询",
    "勘察设计",
    "全过程工程咨询",
    "建设工程咨询",
)
COMPANY_SUFFIXES = ("有限公司", "有限公司", "有限责任公司", "股份有限公司", "集团有限公司")
INSTITUTES = ("研究院", "设计研究院", "规划设计研究院", "咨询中心", "工程技术研究院")
REP_TITLES = ("董事长", "总经理", "院长", "副院长", "副总经理", "总工程师", "主任", "执行董事")
OTHER_TITLES = (
    "经理",
    "部门经理",
    "总工程师",
    "高级工程师",
    "造价工程师",
    "副总经理",
    "项目负责人",
)
STAFF_TITLES = ("办公室主任", "会员部主任", "培训部主任", "财务主管", "业务主管", "干事", "科员")
EXCUSE_NOTES = (
    "出差",
    "因公出差",
    "因公出国",
    "身体原因",
    "另有公务",
    "参加市里会议",
    "外地出差",
    "病假",
    "家中有事",
    "参加其他会议",
    "单位有紧急任务",
)
LOCATIONS = (
    "协会会议室",
    "协会会议室",
    "协会第一会议室",
    "协会第二会议室",
    "天津市建设大厦三楼会议中心",
    "天津宾馆",
    "线上（腾讯会议）",
    "滨海新区会员单位会议室",
)
CONGRESS_LOCATIONS = ("天津宾馆大礼堂", "天津礼堂", "天津市建设大厦报告厅", "天津大学会议中心")
DOCUMENTS = (
    "会员管理办法",
    "分支机构管理办法",
    "专家委员会工作规则",
    "财务管理制度",
    "会费收缴管理办法",
    "团体标准管理办法",
    "行业自律公约",
    "会员信用评价办法",
    "秘书处内部管理制度",
    "档案管理办法",
    "印章管理规定",
    "会议管理办法",
    "工程咨询成果质量评价规则",
    "优秀工程咨询成果评选办法",
    "继续教育管理办法",
    "监事会工作规则",
    "信息公开办法",
    "表彰奖励办法",
    "捐赠和资助管理办法",
    "重大事项报告制度",
    "薪酬管理办法",
    "差旅费管理办法",
    "合同管理办法",
    "专家库管理办法",
)
PARTY_DOCUMENTS = (
    "党支部工作制度",
    "“三会一课”制度",
    "党员发展工作细则",
    "党费收缴使用管理办法",
    "党支部议事规则",
)
REPORTS = (
    "秘书处{y}年上半年工作情况",
    "秘书处{y}年度工作总结和{n}年工作计划",
    "{y}年度财务收支情况",
    "会员发展和服务工作情况",
    "行业调研工作情况",
    "团体标准编制工作进展",
    "从业人员继续教育培训工作情况",
    "优秀工程咨询成果评选工作情况",
    "专家委员会工作情况",
    "分支机构工作情况",
    "承接政府购买服务项目进展",
    "行业信用评价工作情况",
    "协会网站和公众号运营情况",
    "{y}年度审计情况",
)
TOPICS = (
    "举办{y}年度工程咨询行业发展论坛",
    "开展会员单位走访调研",
    "组织赴外省市协会学习考察",
    "编制《天津市工程咨询行业发展报告（{y}）》",
    "开展工程咨询从业人员继续教育",
    "推进团体标准《全过程工程咨询服务规程》编制",
    "协会网站和微信公众号改版",
    "办公场所租赁续签",
    "{y}年度优秀会员单位评选表彰",
    "会员单位信用评价",
    "承接市发展改革委委托课题",
    "与京冀两地协会签署合作协议",
    "组织工程咨询成果交流会",
    "建立专家库并开展专家入库审核",
    "举办青年咨询工程师技能竞赛",
    "开展行业薪酬调查",
    "推进会员服务数字化平台建设",
    "组织会员单位参加公益活动",
)
PARTY_ITEMS = (
    "学习贯彻党的二十大精神",
    "开展主题党日活动",
    "召开组织生活会",
    "开展党员民主评议",
    "学习习近平新时代中国特色社会主义思想",
    "研究发展党员工作",
    "研究党费收缴情况",
    "开展党风廉政建设专题学习",
    "部署“三会一课”年度计划",
)
ACTION_TITLES = (
    "印发《{doc}》",
    "将会议决定通知各会员单位",
    "整理会议纪要并报会长签发",
    "向市民政局社会组织管理局报送{subject}",
    "在协会网站和公众号发布{subject}",
    "起草{topic}实施方案",
    "联系有关会员单位落实{topic}",
    "做好{topic}的经费预算",
    "征求会员单位对《{doc}》的意见",
    "完成{topic}的筹备工作",
    "将{subject}材料整理归档",
    "跟踪{topic}进展并向理事长会议报告",
    "组织专家对{topic}进行论证",
    "提出{topic}的工作分工",
    "修改完善《{doc}》并提交下次会议审议",
    "编写{subject}简报",
)
UPDATE_NOTES = (
    "已布置，正在推进",
    "已与有关单位沟通",
    "初稿已完成，正在征求意见",
    "已召开专题会研究",
    "已上报",
    "已印发各会员单位",
    "已完成 ✅",
    "已办结",
    "方案已报会长审定",
    "进度滞后，已督促",
    "已在协会网站公布",
    "经费已落实",
)
CANCEL_NOTES = ("因政策调整取消", "经理事长会议研究，不再实施", "与其他事项合并办理")
COMMITTEES = (
    ("咨询成果智能化专家委员会", "expert_committee"),
    ("工程造价专家委员会", "expert_committee"),
    ("全过程工程咨询专家委员会", "expert_committee"),
    ("投资决策咨询专家委员会", "expert_committee"),
    ("绿色低碳发展专家委员会", "expert_committee"),
    ("城市更新专家委员会", "expert_committee"),
    ("法律事务专家委员会", "expert_committee"),
    ("团体标准化技术委员会", "expert_committee"),
    ("信用评价委员会", "expert_committee"),
    ("学术委员会", "expert_committee"),
    ("生态环境咨询专家委员会", "expert_committee"),
    ("工程监理分会", "branch"),
    ("造价咨询分会", "branch"),
    ("招标代理分会", "branch"),
    ("勘察设计分会", "branch"),
    ("项目管理分会", "branch"),
    ("滨海新区工作委员会", "branch"),
    ("青年咨询工程师工作委员会", "branch"),
    ("数字化发展分会", "branch"),
    ("女企业家工作委员会", "branch"),
)
COPY_TO = {
    "b-congress": (["市民政局社会组织管理局", "全体会员单位"], ["市民政局", "各会员单位"]),
    "b-council": (["各理事单位", "各监事"], ["各理事", "各监事", "各分支机构"]),
    "b-standing": (["各常务理事单位", "各监事"], ["各常务理事"]),
    "b-presidents": (["各会长、副会长单位"], ["各理事长单位", "监事长"]),
    "b-supervisors": (["会长", "秘书长"], ["理事长会议成员"]),
    "b-party": (["全体党员"], ["上级党委"]),
}
ZH_DIGITS = "零一二三四五六七八九"


def zh_number(n: int) -> str:
    """1..99 in Chinese numerals (五, 十二, 二十)."""
    if n < 10:
        return ZH_DIGITS[n]
    tens, ones = divmod(n, 10)
    head = "" if tens == 1 else ZH_DIGITS[tens]
    return head + "十" + (ZH_DIGITS[ones] if ones else "")


# ---------------------------------------------------------------------------------------
# Bodies and their rules


@dataclass(frozen=True)
class BodySpec:
    key: str
    name: str
    short: str
    code: str  # for meeting keys
    seats: int
    quorum: tuple[str, bool] | None
    pass_rule: tuple[str, bool, str]
    per_year: int
    times: tuple[str, ...]
    hours: tuple[float, float]


BODY_SPECS = (
    BodySpec(
        "b-congress",
        "会员代表大会",
        "代表大会",
        "cong",
        150,
        ("2/3", True),
        ("1/2", False, "present"),
        1,
        ("09:00",),
        (3.0, 4.5),
    ),
    BodySpec(
        "b-council",
        "理事会",
        "理事会",
        "coun",
        45,
        ("2/3", True),
        ("2/3", True, "present"),
        3,
        ("09:30", "14:00"),
        (2.0, 3.0),
    ),
    BodySpec(
        "b-standing",
        "常务理事会",
        "常务理事会",
        "stan",
        15,
        ("2/3", True),
        ("2/3", True, "present"),
        6,
        ("09:30", "14:30"),
        (1.5, 2.5),
    ),
    BodySpec(
        "b-presidents",
        "理事长会议",
        "理事长会",
        "pres",
        9,
        ("2/3", True),
        ("2/3", True, "present"),
        20,
        ("09:00", "14:30", "15:00"),
        (1.5, 3.0),
    ),
    BodySpec(
        "b-supervisors",
        "监事会",
        "监事会",
        "supv",
        5,
        ("2/3", True),
        ("1/2", False, "seats"),
        4,
        ("10:00", "15:00"),
        (1.0, 2.0),
    ),
    BodySpec(
        "b-party",
        "党支部",
        "党支部",
        "party",
        12,
        ("1/2", False),
        ("1/2", False, "present"),
        16,
        ("14:00", "15:30", "16:00"),
        (1.0, 2.0),
    ),
)
SPECS = {spec.key: spec for spec in BODY_SPECS}
CHARTER_RULE = {"fraction": "2/3", "inclusive": True, "of": "present"}  # 章程 and 会费
CAST_RULE = {"fraction": "1/2", "inclusive": False, "of": "cast"}


def required_votes(fraction: str, inclusive: bool, base: int) -> int:
    """The smallest whole number that reaches the fraction (以上 inclusive, 过半数 not)."""
    exact = Fraction(fraction) * base
    return math.ceil(exact) if inclusive else math.floor(exact) + 1


def quorum_needed(spec_quorum: Any, seats: int) -> int | None:
    if spec_quorum is None:
        return None
    return required_votes(spec_quorum["fraction"], spec_quorum.get("inclusive", True), seats)


def outcome(
    vote: Json | None, rule: Json, seats: int, voting: int, quorum: int | None
) -> tuple[str, int | None]:
    """(passed|failed|inquorate|no_vote, votes for) as the app computes it."""
    if vote is None:
        return "no_vote", None
    method = vote["method"]
    if method == "consensus":
        f, a = voting, 0
    elif method == "roll_call":
        choices = [b["choice"] for b in vote["ballots"]]
        f, a = choices.count("for"), choices.count("against")
    else:
        f, a = vote["for"], vote["against"]
    base = {"present": voting, "seats": seats, "cast": f + a}[rule.get("of", "present")]
    need = max(1, required_votes(rule["fraction"], rule.get("inclusive", True), base))
    if quorum is not None and voting < quorum:
        return "inquorate", f
    return ("passed" if f >= need else "failed"), f


# ---------------------------------------------------------------------------------------
# Registry state while the meetings are generated (mirrors what the importer derives)


@dataclass
class State:
    roles: dict[tuple[str, str], dt.date] = field(default_factory=dict)  # open (unit, role)
    positions: dict[tuple[str, str], dt.date] = field(default_factory=dict)  # (person, title)
    committees: dict[str, dt.date] = field(default_factory=dict)  # established, not dissolved
    dissolved: set[str] = field(default_factory=set)

    def holders(self, title: str) -> list[str]:
        return sorted(p for (p, t) in self.positions if t == title)

    def role_units(self, role: str) -> list[str]:
        return sorted(u for (u, r) in self.roles if r == role)

    def apply(self, effect: Json, day: dt.date) -> None:
        kind = effect["type"]
        if kind == "grant_role":
            self.roles[(effect["unit"], effect["role"])] = day
        elif kind == "revoke_role":
            del self.roles[(effect["unit"], effect["role"])]
        elif kind == "appoint":
            self.positions[(effect["person"], effect["title"])] = day
        elif kind == "dismiss":
            del self.positions[(effect["person"], effect["title"])]
        elif kind == "establish_committee":
            self.committees[effect["committee"]] = day
        elif kind == "dissolve_committee":
            del self.committees[effect["committee"]]
            self.dissolved.add(effect["committee"])

    def problem(self, effect: Json, day: dt.date) -> str | None:
        """Why the effect would be inconsistent on `day`, or None."""
        kind = effect["type"]
        if kind == "grant_role":
            if (effect["unit"], effect["role"]) in self.roles:
                return "grants a role the unit already holds"
        elif kind == "revoke_role":
            start = self.roles.get((effect["unit"], effect["role"]))
            if start is None or start >= day:
                return "revokes a role not held since before the meeting"
        elif kind == "appoint":
            if (effect["person"], effect["title"]) in self.positions:
                return "appoints to a position already held"
        elif kind == "dismiss":
            start = self.positions.get((effect["person"], effect["title"]))
            if start is None or start >= day:
                return "dismisses from a position not held since before the meeting"
        elif kind == "establish_committee":
            c = effect["committee"]
            if c in self.committees or c in self.dissolved:
                return "establishes a committee twice"
        elif kind == "dissolve_committee":
            start = self.committees.get(effect["committee"])
            if start is None or start >= day:
                return "dissolves a committee that does not exist yet"
        return None


# ---------------------------------------------------------------------------------------
# Terms and the people who sit on the bodies


@dataclass
class TermPlan:
    number: int
    start: dt.date
    end: dt.date | None
    council: list[str]  # unit keys by rank: president, 7 vice presidents, 6 executive, 30
    supervisors: list[str]  # unit keys, the first is 监事长's unit
    extras: list[str]  # further congress representatives' units
    secretary_general: str  # person
    party: list[str]  # persons
    seats: dict[str, list[str]] = field(default_factory=dict)

    def tier(self, unit: str) -> str | None:
        if unit in self.council:
            rank = self.council.index(unit)
            if rank == 0:
                return "president_unit"
            if rank < 8:
                return "vice_president_unit"
            if rank < 14:
                return "executive_director_unit"
            return "director_unit"
        if unit in self.supervisors:
            return "supervisor_unit"
        return None


def election_day(year: int) -> dt.date:
    """The second Thursday of December: the 换届 congress."""
    day = dt.date(year, 12, 8)
    while day.weekday() != 3:
        day += dt.timedelta(days=1)
    return day


def plan_term_dates(first_year: int) -> list[tuple[int, dt.date]]:
    """(number, start) oldest first, reaching back to the term in force on 1 January."""
    number, year = CURRENT_TERM, END_YEAR - 3
    found = [(number, election_day(year))]
    lengths = (4, 5)
    while found[-1][1] > dt.date(first_year, 1, 1) and number > 1:
        year -= lengths[(CURRENT_TERM - number) % 2]
        number -= 1
        found.append((number, election_day(year)))
    return found[::-1]


# ---------------------------------------------------------------------------------------
# The generator


@dataclass
class Context:
    """What texts of one agenda item talk about."""

    doc: str
    topic: str
    subject: str


class Generator:
    def __init__(self, years: int, seed: int) -> None:
        self.rng = random.Random(seed)
        self.years = years
        self.first_day = dt.date(END_YEAR - years + 1, 1, 1)
        self.last_day = dt.date(END_YEAR, 12, 31)
        self.state = State()
        self.names: dict[str, str] = {}
        self.person_unit: dict[str, str] = {}
        self.unit_rep: dict[str, str] = {}
        self.units: list[Json] = []
        self.people: list[Json] = []
        self.committees: list[Json] = []
        self.meetings: list[Json] = []
        self.events: list[Event] = []
        self.issue_numbers: Counter[tuple[str, int]] = Counter()
        self.special_meeting: str | None = None
        self.established_by: dict[str, str] = {}  # committee -> MEETING/DECISION
        self.dissolved_by: dict[str, str] = {}
        self.staff: list[str] = []
        self.unit_index: dict[str, Json] = {}
        self.person_index: dict[str, Json] = {}
        self.joining: list[str] = []
        self.quitting: list[str] = []
        self.terms: list[TermPlan] = []

    # -- helpers -----------------------------------------------------------------------

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def pick(self, seq: Iterable[Any]) -> Any:
        items = list(seq)
        return items[self.rng.randrange(len(items))]

    def person_name(self) -> str:
        rng = self.rng
        surname = rng.choice(COMPOUND_SURNAMES) if self.chance(0.01) else rng.choice(SURNAMES)
        given = rng.choice(GIVEN)
        if self.chance(0.65):
            given += rng.choice(GIVEN)
        if self.chance(0.006):
            given = given[:-1] + rng.choice(RARE_GIVEN)
        return surname + given

    def credit_code(self) -> str:
        """A unified social credit code (GB 32100-2015) with a valid check character."""
        chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
        weights = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
        area = self.pick(("120101", "120103", "120104", "120105", "120106", "120116", "120113"))
        body = "91" + area + "".join(self.rng.choice(chars[:10] + "MA") for _ in range(9))
        total = sum(chars.index(c) * w for c, w in zip(body, weights, strict=True))
        return body + chars[(31 - total % 31) % 31]

    def random_date(self, start: dt.date, end: dt.date) -> dt.date:
        return start + dt.timedelta(days=self.rng.randint(0, max(0, (end - start).days)))

    # -- registry ----------------------------------------------------------------------

    def make_units_and_people(self) -> None:
        rng = self.rng
        self.units.append(
            {"key": "u-assoc", "name": ORG_NAME, "credit_code": None, "roles": []}
        )  # the association itself: the secretariat's staff belong here
        seen = {ORG_NAME}
        for i in range(1, N_UNITS):
            while True:
                brand = rng.choice(BRANDS) + rng.choice(BRANDS)
                if self.chance(0.8):
                    name = f"天津{brand}{rng.choice(INDUSTRIES)}{rng.choice(COMPANY_SUFFIXES)}"
                else:
                    name = f"天津市{brand}{rng.choice(INSTITUTES)}"
                if name not in seen:
                    break
            seen.add(name)
            code = self.credit_code() if self.chance(0.6) else None
            self.units.append({"key": f"u-{i:04d}", "name": name, "credit_code": code, "roles": []})
        regular = [u["key"] for u in self.units[1:]]
        for i in range(N_PEOPLE):
            key = f"p-{i + 1:04d}"
            if i < N_STAFF:
                unit, title = "u-assoc", STAFF_TITLES[i % len(STAFF_TITLES)]
            elif i < N_STAFF + len(regular):
                unit, title = regular[i - N_STAFF], rng.choice(REP_TITLES)
                self.unit_rep[unit] = key
            else:
                unit, title = rng.choice(regular), rng.choice(OTHER_TITLES)
            name = self.person_name()
            self.names[key] = name
            self.person_unit[key] = unit
            phone = f"1{rng.choice('3589')}{rng.randrange(10**9):09d}" if self.chance(0.5) else None
            email = f"{key.replace('-', '')}@tjgczx.org.cn" if unit == "u-assoc" else None
            self.people.append(
                {
                    "key": key,
                    "name": name,
                    "unit": unit,
                    "title_in_unit": title,
                    "positions": [],
                    "phone": phone,
                    "email": email,
                }
            )
        self.staff = [p["key"] for p in self.people[:N_STAFF]]
        self.unit_index = {u["key"]: u for u in self.units}
        self.person_index = {p["key"]: p for p in self.people}

    def plan_terms(self) -> None:
        rng = self.rng
        dates = plan_term_dates(self.first_day.year)
        if dates[0][1] > self.first_day:  # terms cannot reach back that far
            self.first_day = dates[0][1]
        regular = [u["key"] for u in self.units[1:]]
        shuffled = regular[:]
        rng.shuffle(shuffled)
        n_join = 15 * self.years
        n_quit = 4 * self.years
        self.joining = sorted(shuffled[:n_join])
        self.quitting = sorted(shuffled[n_join : n_join + n_quit])
        pool = sorted(set(regular) - set(self.joining) - set(self.quitting))
        prev: TermPlan | None = None
        for index, (number, start) in enumerate(dates):
            end = dates[index + 1][1] - dt.timedelta(days=1) if index + 1 < len(dates) else None
            if prev is None:
                picks = rng.sample(pool, 44 + 5 + 100)
                council, supervisors, extras = picks[:44], picks[44:49], picks[49:]
                sg = self.staff[0]
                party = self.staff[:12]
            else:
                council = [u for u in prev.council if not self.chance(0.25)]
                for i in range(len(council) - 1):  # a little reshuffling of the ranks
                    if self.chance(0.15):
                        council[i], council[i + 1] = council[i + 1], council[i]
                taken = set(council)
                fresh = [u for u in pool if u not in taken]
                council += rng.sample(fresh, 44 - len(council))
                taken = set(council)
                supervisors = [u for u in prev.supervisors if u not in taken and self.chance(0.6)]
                fresh = [u for u in pool if u not in taken and u not in supervisors]
                supervisors += rng.sample(fresh, 5 - len(supervisors))
                taken |= set(supervisors)
                extras = [u for u in prev.extras if u not in taken and self.chance(0.7)]
                fresh = [u for u in pool if u not in taken and u not in extras]
                extras += rng.sample(fresh, 100 - len(extras))
                sg = prev.secretary_general if self.chance(0.5) else rng.choice(self.staff[1:6])
                party = [p for p in prev.party if self.chance(0.85)]
                others = [p for p in self.staff if p not in party]
                party += rng.sample(others, 12 - len(party))
            plan = TermPlan(number, start, end, council, supervisors, extras, sg, party)
            reps = [self.unit_rep[u] for u in council]
            plan.seats = {
                "b-congress": [*reps, sg, *(self.unit_rep[u] for u in supervisors + extras)],
                "b-council": [*reps, sg],
                "b-standing": [*reps[:14], sg],
                "b-presidents": [*reps[:8], sg],
                "b-supervisors": [self.unit_rep[u] for u in supervisors],
                "b-party": party,
            }
            for body, seats in plan.seats.items():
                assert len(seats) == len(set(seats)) == SPECS[body].seats, body
            self.terms.append(plan)
            prev = plan

    def prehistory(self) -> None:
        """Registry entries no recorded decision made: the state before the first meeting."""
        first = self.terms[0]
        rng = self.rng
        for unit in self.units[1:]:
            key = unit["key"]
            if key in self.joining:
                continue
            joined = self.random_date(first.start - dt.timedelta(days=365 * 12), first.start)
            self.add_role(key, "member_unit", joined, None)
        for key in [*first.council, *first.supervisors]:
            role = first.tier(key)
            assert role is not None
            self.add_role(key, role, first.start, None)
        # roles that ended before the record starts (an earlier term's directors)
        earlier = first.start - dt.timedelta(days=365 * 5)
        for key in rng.sample([u for u in first.extras], 20):
            self.add_role(key, "director_unit", earlier, first.start - dt.timedelta(days=1))
        reps = [self.unit_rep[u] for u in first.council]
        self.add_position(reps[0], "会长", first.start, None)
        for person in reps[1:8]:
            self.add_position(person, "副会长", first.start, None)
        self.add_position(first.secretary_general, "秘书长", first.start, None)
        self.add_position(self.unit_rep[first.supervisors[0]], "监事长", first.start, None)
        self.add_position(first.party[0], "党支部书记", first.start, None)
        for person in self.staff[1:3]:
            if person != first.secretary_general:
                self.add_position(person, "副秘书长", first.start, None)
        old_president = self.unit_rep[first.extras[0]]
        self.add_position(old_president, "会长", earlier, first.start - dt.timedelta(days=1))
        # committees that existed before the record starts
        for index in range(6):
            name, kind = COMMITTEES[index]
            established = self.random_date(earlier, first.start)
            self.committees.append(self.new_committee(index, name, kind, established, None))
            self.state.committees[self.committees[-1]["key"]] = established

    def add_role(self, unit: str, role: str, start: dt.date, end: dt.date | None) -> None:
        self.unit_index[unit]["roles"].append(
            {"role": role, "from": start.isoformat(), "to": end and end.isoformat(), "by": None}
        )
        if end is None:
            self.state.roles[(unit, role)] = start

    def add_position(self, person: str, title: str, start: dt.date, end: dt.date | None) -> None:
        self.person_index[person]["positions"].append(
            {"title": title, "from": start.isoformat(), "to": end and end.isoformat(), "by": None}
        )
        if end is None:
            self.state.positions[(person, title)] = start

    def new_committee(
        self, index: int, name: str, kind: str, start: dt.date, by: str | None
    ) -> Json:
        rng = self.rng
        size = rng.randint(5, 13)
        pool = rng.sample(self.people[N_STAFF:], size + 3)
        members = []
        for position, person in enumerate(pool[:size]):
            if position == 0:
                role = "主任委员" if kind == "expert_committee" else "会长"
            elif position <= 2:
                role = "副主任委员" if kind == "expert_committee" else "副会长"
            elif position == 3:
                role = "秘书长"
            else:
                role = "委员"
            end = None
            if self.chance(0.12):
                end = self.random_date(start + dt.timedelta(days=200), self.last_day)
            members.append(
                {
                    "person": person["key"],
                    "role": role,
                    "from": start.isoformat(),
                    "to": end and end.isoformat(),
                }
            )
            if end is not None:  # a successor takes the place
                members.append(
                    {
                        "person": pool[size + len(members) % 3]["key"],
                        "role": role,
                        "from": end.isoformat(),
                        "to": None,
                    }
                )
        # one person sits once per role
        seen: set[tuple[str, str]] = set()
        unique = []
        for m in members:
            if (m["person"], m["role"]) not in seen:
                seen.add((m["person"], m["role"]))
                unique.append(m)
        return {
            "key": f"c-{index + 1:02d}",
            "name": f"{ORG_NAME}{name}",
            "kind": kind,
            "established_by": by,
            "dissolved_by": None,
            "members": unique,
        }

    # -- the schedule ------------------------------------------------------------------

    def term_of(self, day: dt.date) -> TermPlan:
        for plan in reversed(self.terms):
            if plan.start <= day:
                return plan
        raise AssertionError(day)

    def schedule(self) -> list[tuple[dt.datetime, str, str]]:
        """(start, body, flavour) of every meeting, oldest first."""
        rng = self.rng
        slots: list[tuple[dt.datetime, str, str]] = []
        used: set[tuple[str, dt.date]] = set()
        elections = {p.start for p in self.terms if p.start >= self.first_day}
        for day in sorted(elections):
            for body, at in (
                ("b-congress", "09:00"),
                ("b-council", "14:00"),
                ("b-supervisors", "16:30"),
            ):
                slots.append((dt.datetime.fromisoformat(f"{day}T{at}"), body, "election"))
                used.add((body, day))
        for year in range(self.first_day.year, END_YEAR + 1):
            start = max(dt.date(year, 1, 1), self.first_day)
            end = dt.date(year, 12, 31)
            for spec in BODY_SPECS:
                count = spec.per_year
                if spec.key == "b-congress" and any(d.year == year for d in elections):
                    count = 0  # the 换届 congress is that year's congress
                elif spec.key != "b-congress":
                    count += rng.choice((-1, 0, 0, 1)) if count > 2 else 0
                made = tries = 0
                while made < count and tries < 1000:
                    tries += 1
                    if spec.key == "b-congress":  # spring, after the annual accounts
                        day = self.random_date(dt.date(year, 3, 1), dt.date(year, 5, 31))
                    else:
                        day = self.random_date(start, end)
                    while day.weekday() >= 5:
                        day += dt.timedelta(days=1)
                    if day > end or day < start or (spec.key, day) in used:
                        continue
                    used.add((spec.key, day))
                    at = rng.choice(spec.times)
                    slots.append((dt.datetime.fromisoformat(f"{day}T{at}"), spec.key, "normal"))
                    made += 1
        order = {spec.key: i for i, spec in enumerate(BODY_SPECS)}
        slots.sort(key=lambda s: (s[0], order[s[1]]))
        return slots

    def pick_special_meeting(self, slots: list[tuple[dt.datetime, str, str]]) -> dt.datetime:
        """The UI benchmark needs one meeting with exactly 14 agenda items (no other has 14):
        the first ordinary 理事会 meeting of the last year."""
        for start, body, flavour in slots:
            if body == "b-council" and flavour == "normal" and start.year == END_YEAR:
                return start
        for start, body, flavour in slots:  # very short spans: any ordinary 理事会 meeting
            if body == "b-council" and flavour == "normal":
                return start
        return slots[0][0]

    # -- events: registry changes placed into the first fitting meeting -----------------

    def plan_events(self) -> None:
        rng = self.rng
        span = (self.last_day - self.first_day).days

        def spread(n: int, i: int) -> dt.date:
            return self.first_day + dt.timedelta(days=int(span * (i + 0.3) / max(n, 1)))

        joining = self.joining[:]
        batches = []
        while joining:
            size = rng.randint(3, 8)
            batches.append(joining[:size])
            joining = joining[size:]
        for i, batch in enumerate(batches):
            self.events.append(
                Event(spread(len(batches), i), ("b-standing", "b-council"), "join", batch)
            )
        quitting = self.quitting[:]
        quits = []
        while quitting:
            size = rng.randint(1, 3)
            quits.append(quitting[:size])
            quitting = quitting[size:]
        for i, batch in enumerate(quits):
            self.events.append(
                Event(spread(len(quits), i) + dt.timedelta(days=40), ("b-standing",), "quit", batch)
            )
        n_invite = max(1, self.years * 6 // 10)
        for i in range(n_invite):
            self.events.append(Event(spread(n_invite, i), ("b-council",), "invite", None))
        for i in range(max(1, self.years // 4)):
            self.events.append(
                Event(
                    spread(max(1, self.years // 4), i) + dt.timedelta(days=200),
                    ("b-council",),
                    "uninvite",
                    None,
                )
            )
        n_new = min(len(COMMITTEES) - 6, max(1, self.years * 14 // 10))
        for i in range(n_new):
            name, kind = COMMITTEES[6 + i]
            self.events.append(
                Event(
                    spread(n_new, i), ("b-council", "b-standing"), "establish", (6 + i, name, kind)
                )
            )
        for i in range(max(1, self.years // 5)):
            self.events.append(
                Event(
                    spread(max(1, self.years // 5), i) + dt.timedelta(days=300),
                    ("b-council",),
                    "dissolve",
                    None,
                )
            )
        n_staff = max(2, self.years)
        for i in range(n_staff):
            kind = ("assistant", "deputy", "dismiss")[i % 3]
            self.events.append(
                Event(
                    spread(n_staff, i) + dt.timedelta(days=20),
                    ("b-presidents", "b-council"),
                    kind,
                    None,
                )
            )
        self.events.append(Event(spread(2, 1), ("b-party",), "party_secretary", None))
        self.events.sort(key=lambda e: e.day)

    def take_events(self, body: str, day: dt.date, limit: int) -> list[Event]:
        taken = []
        for event in self.events:
            if len(taken) >= limit or event.day > day:
                break
            if body in event.bodies:
                taken.append(event)
        for event in taken:
            self.events.remove(event)
        return taken

    # -- meetings ----------------------------------------------------------------------

    def make_meetings(self) -> None:
        slots = self.schedule()
        special = self.pick_special_meeting(slots)
        sequence: Counter[tuple[str, int]] = Counter()
        n = len(slots)
        rng = self.rng
        for index, (start, body, flavour) in enumerate(slots):
            day = start.date()
            plan = self.term_of(day)
            sequence[(body, plan.number)] += 1
            seq = sequence[(body, plan.number)]
            is_special = flavour == "normal" and start == special and body == "b-council"
            status = "approved"
            if index >= n - 4:
                status = ("held", "draft", "draft", "held")[index - (n - 4)]
            inquorate = flavour == "normal" and not is_special and self.chance(0.025)
            meeting = Meeting(self, plan, body, seq, start, status, inquorate)
            if flavour == "election":
                meeting.election()
            else:
                n_items = SPECIAL_AGENDA if is_special else rng.randint(7, 13)
                events = [] if inquorate or is_special else self.take_events(body, day, 2)
                meeting.ordinary(n_items, events)
            if is_special:
                self.special_meeting = meeting.key
            self.meetings.append(meeting.finish())

    def build(self) -> Json:
        self.make_units_and_people()
        self.plan_terms()
        self.prehistory()
        self.plan_events()
        self.make_meetings()
        terms = [
            {"number": p.number, "start": p.start.isoformat(), "end": p.end and p.end.isoformat()}
            for p in self.terms
        ]
        bodies = []
        for spec in BODY_SPECS:
            seats = [
                {"person": person, "term": plan.number}
                for plan in self.terms
                for person in plan.seats[spec.key]
            ]
            quorum = spec.quorum and {"fraction": spec.quorum[0], "inclusive": spec.quorum[1]}
            fraction, inclusive, of = spec.pass_rule
            bodies.append(
                {
                    "key": spec.key,
                    "name": spec.name,
                    "short_name": spec.short,
                    "quorum": quorum,
                    "pass_rule": {"fraction": fraction, "inclusive": inclusive, "of": of},
                    "seats": seats,
                }
            )
        return {
            "format": "minutes-archive",
            "version": 1,
            "organisation": {"name": ORG_NAME, "short_name": ORG_SHORT},
            "terms": terms,
            "units": self.units,
            "people": self.people,
            "bodies": bodies,
            "committees": sorted(self.committees, key=lambda c: c["key"]),
            "meetings": self.meetings,
        }


@dataclass
class Event:
    day: dt.date  # not before
    bodies: tuple[str, ...]
    kind: str
    payload: Any


class Meeting:
    """One meeting being written: attendance first, then agenda, decisions and actions."""

    def __init__(
        self,
        gen: Generator,
        plan: TermPlan,
        body: str,
        seq: int,
        start: dt.datetime,
        status: str,
        inquorate: bool,
    ) -> None:
        self.gen = gen
        self.rng = gen.rng
        self.plan = plan
        self.spec = SPECS[body]
        self.body = body
        self.seq = seq
        self.start = start
        self.day = start.date()
        self.status = status
        self.key = f"m-{self.spec.code}-{plan.number}-{seq}"
        self.seats = plan.seats[body]
        self.agenda: list[Json] = []
        self.n_decisions = 0
        self.n_actions = 0
        self.quorum = quorum_needed(
            self.spec.quorum
            and {"fraction": self.spec.quorum[0], "inclusive": self.spec.quorum[1]},
            len(self.seats),
        )
        self.title: str | None = None
        self.chair = self.pick_chair()
        self.attendance = self.make_attendance(inquorate)
        statuses = {a["person"]: a["status"] for a in self.attendance}
        self.voters = [a["person"] for a in self.attendance if a["status"] in ("present", "proxy")]
        self.present = [p for p in self.voters if statuses[p] == "present"]
        self.observers = [a["person"] for a in self.attendance if a["status"] == "observer"]
        self.quorate = self.quorum is None or len(self.voters) >= self.quorum

    # -- people in the room ------------------------------------------------------------

    def pick_chair(self) -> str:
        state = self.gen.state
        wanted = {
            "b-supervisors": "监事长",
            "b-party": "党支部书记",
        }.get(self.body, "会长")
        for person in state.holders(wanted):
            if person in self.seats:
                return person
        return self.seats[0]

    def make_attendance(self, inquorate: bool) -> list[Json]:
        rng = self.rng
        statuses: dict[str, str] = {}
        for person in self.seats:
            r = rng.random()
            if person == self.chair or r < 0.86:
                statuses[person] = "present"
            elif r < 0.90:
                statuses[person] = "proxy"
            elif r < 0.97:
                statuses[person] = "excused"
            else:
                statuses[person] = "absent"
        voting = [p for p in self.seats if statuses[p] in ("present", "proxy")]
        if inquorate and self.quorum is not None:
            target = max(1, self.quorum - 1 - rng.randint(0, 2))
            keep = {self.chair, *rng.sample([p for p in voting if p != self.chair], target - 1)}
            for person in voting:
                if person not in keep:
                    statuses[person] = "excused" if self.gen.chance(0.6) else "absent"
        elif self.quorum is not None and len(voting) < self.quorum:
            missing = [p for p in self.seats if statuses[p] not in ("present", "proxy")]
            for person in missing[: self.quorum - len(voting)]:
                statuses[person] = "present"
        present = [p for p in self.seats if statuses[p] == "present"]
        entries = []
        for person in self.seats:
            entry: Json = {"person": person, "status": statuses[person]}
            if statuses[person] == "proxy":
                entry["proxy_holder"] = rng.choice([p for p in present if p != person])
            elif statuses[person] == "excused":
                entry["note"] = rng.choice(EXCUSE_NOTES)
            entries.append(entry)
        seat_set = set(self.seats)
        n_obs = rng.choice((0, 0, 1, 1, 2, 3))
        candidates = [*self.gen.staff, *(self.gen.unit_rep[u] for u in self.plan.supervisors)]
        observers: list[str] = []
        for _ in range(n_obs):
            pool = candidates if self.gen.chance(0.7) else [p["key"] for p in self.gen.people]
            person = rng.choice(pool)
            if person not in seat_set and person not in observers:
                observers.append(person)
        entries += [{"person": p, "status": "observer"} for p in observers]
        return entries

    def presenter(self) -> str:
        if self.gen.chance(0.5):
            return self.rng.choice(self.gen.staff)
        return self.rng.choice(self.present)

    # -- votes -------------------------------------------------------------------------

    def rule_of(self, rule: Json | None) -> Json:
        if rule is not None:
            return rule
        fraction, inclusive, of = self.spec.pass_rule
        return {"fraction": fraction, "inclusive": inclusive, "of": of}

    def vote(self, method: str | None, rule: Json | None, want_pass: bool) -> Json | None:
        rng = self.rng
        if method is None:
            return None
        if method == "consensus":
            return {"method": "consensus"}
        rule = self.rule_of(rule)
        v = len(self.voters)
        if want_pass:
            against = rng.choice((0, 0, 0, 0, 1, 1, 2))
            abstain = rng.choice((0, 0, 0, 1, 1, 2))
            missing = rng.choice((0, 0, 0, 0, 1))
            if against + abstain + missing >= v:
                against = abstain = missing = 0
            counts = [v - against - abstain - missing, against, abstain]
            if (
                outcome(self.tally_vote(method, counts), rule, len(self.seats), v, None)[0]
                != "passed"
            ):
                counts = [v, 0, 0]
        else:
            base = {"present": v, "seats": len(self.seats), "cast": v}[rule["of"]]
            need = max(1, required_votes(rule["fraction"], rule["inclusive"], base))
            if rule["of"] == "cast":  # fails while against >= for
                f = rng.randint(0, v // 2)
                counts = [f, rng.randint(f, v - f), 0]
            else:
                f = max(0, min(v, need - 1 - rng.randint(0, 2)))
                against = rng.randint(0, v - f)
                abstain = rng.randint(0, v - f - against)
                counts = [f, against, abstain]
        return self.tally_vote(method, counts)

    def tally_vote(self, method: str, counts: list[int]) -> Json:
        if method == "roll_call":
            choices = ["for"] * counts[0] + ["against"] * counts[1] + ["abstain"] * counts[2]
            self.rng.shuffle(choices)
            ballots = [
                {"person": p, "choice": c} for p, c in zip(self.voters, choices, strict=False)
            ]
            return {"method": "roll_call", "ballots": ballots}
        return {"method": method, "for": counts[0], "against": counts[1], "abstain": counts[2]}

    def method(self, kind: str) -> str | None:
        weights = {
            "show_of_hands": 45,
            "secret_ballot": 12 if kind != "task" else 2,
            "roll_call": 13 if self.body != "b-congress" else 3,
            "consensus": 18,
            None: 12 if kind in ("general", "task") else 0,
        }
        names = list(weights)
        return self.rng.choices(names, weights=[weights[n] for n in names])[0]

    def decision(
        self,
        item: Json,
        text: str,
        kind: str,
        effects: list[Json] | None = None,
        *,
        method: str | bool | None = False,
        rule: Json | None = None,
        must_pass: bool = False,
    ) -> Json:
        """Add a decision to `item`; effects are applied to the state when it passes."""
        if method is False:
            method = "consensus" if must_pass and self.gen.chance(0.5) else self.method(kind)
            if must_pass and method is None:
                method = "show_of_hands"
        want_pass = must_pass or not self.gen.chance(0.06)
        vote = self.vote(method, rule, want_pass)  # type: ignore[arg-type]
        self.n_decisions += 1
        record = {
            "key": f"d-{self.n_decisions}",
            "text": text,
            "kind": kind,
            "vote": vote,
            "rule": rule,
            "effects": effects or [],
        }
        result, _ = outcome(
            vote, self.rule_of(rule), len(self.seats), len(self.voters), self.quorum
        )
        if result == "passed":
            for effect in record["effects"]:
                problem = self.gen.state.problem(effect, self.day)
                assert problem is None, (self.key, effect, problem)
                self.gen.state.apply(effect, self.day)
                if effect["type"] == "establish_committee":
                    self.gen.established_by[effect["committee"]] = f"{self.key}/{record['key']}"
                if effect["type"] == "dissolve_committee":
                    self.gen.dissolved_by[effect["committee"]] = f"{self.key}/{record['key']}"
        item["decisions"].append(record)
        return record

    # -- agenda ------------------------------------------------------------------------

    def item(self, title: str, ctx: Context, notes: str | None = None) -> Json:
        presenter = self.presenter()
        if notes is None:
            notes = self.rng.choice(
                (
                    f"{self.gen.names[presenter]}就{ctx.topic}作了说明，与会人员进行了认真讨论。",
                    f"{self.gen.names[presenter]}作了汇报。与会人员一致认为，{ctx.subject}总体较好，"
                    f"同时提出了进一步完善的意见和建议。",
                    "会议进行了讨论。",
                    None,
                )
            )
        record: Json = {
            "key": f"a-{len(self.agenda) + 1}",
            "title": title,
            "presenter": presenter,
            "notes": notes,
            "decisions": [],
            "actions": [],
        }
        record["_ctx"] = ctx
        self.agenda.append(record)
        return record

    def context(self) -> Context:
        y = self.day.year
        fmt = {"y": y, "n": y + 1}
        docs = PARTY_DOCUMENTS if self.body == "b-party" else DOCUMENTS
        return Context(
            doc=f"{ORG_NAME}{self.rng.choice(docs)}",
            topic=self.rng.choice(TOPICS).format(**fmt),
            subject=self.rng.choice(REPORTS).format(**fmt),
        )

    def generic_item(self) -> None:
        rng = self.rng
        ctx = self.context()
        y = self.day.year
        if self.body == "b-party":
            what = rng.choice(PARTY_ITEMS)
            r = rng.random()
            if r < 0.2:
                self.item(what, ctx)
            elif r < 0.8:
                item = self.item(f"审议《{ctx.doc}》", ctx)
                self.decision(
                    item,
                    f"审议通过《{ctx.doc}》。",
                    "adopt_document",
                    [{"type": "adopt_document", "title": ctx.doc}],
                )
            else:
                item = self.item(what, ctx)
                self.decision(item, f"同意{what}的安排。", "task")
            return
        r = rng.random()
        if self.body == "b-congress" and r < 0.12:
            title = f"{ORG_NAME}章程（{y}年修订）"
            ctx.doc = title
            item = self.item(f"审议《{ORG_NAME}章程》修正案", ctx)
            self.decision(
                item,
                f"审议通过《{title}》，报登记管理机关核准。",
                "adopt_document",
                [{"type": "adopt_document", "title": title}],
                rule=CHARTER_RULE,
            )
        elif self.body == "b-congress" and r < 0.22:
            item = self.item("审议会费标准调整方案", ctx)
            self.decision(
                item,
                "审议通过会费标准调整方案。",
                "general",
                method="secret_ballot",
                rule=CHARTER_RULE,
            )
        elif r < 0.35:
            item = self.item(f"审议《{ctx.doc}》", ctx)
            self.decision(
                item,
                f"审议通过《{ctx.doc}》。",
                "adopt_document",
                [{"type": "adopt_document", "title": ctx.doc}],
            )
        elif r < 0.62:
            item = self.item(f"听取{ctx.subject}的汇报", ctx)
            if self.gen.chance(0.85):
                self.decision(item, f"同意{ctx.subject}的汇报。", "general")
        elif r < 0.9:
            item = self.item(f"研究{ctx.topic}事宜", ctx)
            rule = CAST_RULE if self.body == "b-presidents" and self.gen.chance(0.05) else None
            self.decision(item, f"原则同意{ctx.topic}的方案，由秘书处负责落实。", "task", rule=rule)
            if self.gen.chance(0.55):
                amount = rng.randint(2, 30) * 5000
                self.decision(item, f"同意列支{ctx.topic}经费{amount}元。", "general")
        else:
            item = self.item("其他事项", ctx)
            if self.gen.chance(0.8):
                self.decision(item, "会议决定：下次会议时间另行通知。", "general", method=None)

    def ordinary(self, n_items: int, events: list[Event]) -> None:
        for event in events:
            self.event_item(event)
        while len(self.agenda) < n_items:
            self.generic_item()
        for item in self.agenda:
            self.actions(item)

    # -- registry events ---------------------------------------------------------------

    def event_item(self, event: Event) -> None:
        gen, state, rng, day = self.gen, self.gen.state, self.rng, self.day
        ctx = self.context()
        if event.kind == "join":
            units = [u for u in event.payload if (u, "member_unit") not in state.roles]
            names = "、".join(gen.unit_index[u]["name"] for u in units)
            item = self.item("审议新会员入会申请", ctx)
            self.decision(
                item,
                f"同意{names}等{len(units)}家单位入会。",
                "approve_list",
                [{"type": "grant_role", "unit": u, "role": "member_unit"} for u in units],
                must_pass=True,
            )
        elif event.kind == "quit":
            units = [
                u
                for u in event.payload
                if (u, "member_unit") in state.roles and state.roles[(u, "member_unit")] < day
            ]
            if not units:
                return
            names = "、".join(gen.unit_index[u]["name"] for u in units)
            item = self.item("审议会员单位退会事宜", ctx)
            self.decision(
                item,
                f"同意{names}退会。",
                "revoke_role",
                [{"type": "revoke_role", "unit": u, "role": "member_unit"} for u in units],
                must_pass=True,
            )
        elif event.kind == "invite":
            held = set(state.role_units("invited_vice_president_unit"))
            candidates = [u for u in self.plan.council[8:] if u not in held]
            unit = rng.choice(candidates)
            item = self.item("审议特邀副会长单位事宜", ctx)
            self.decision(
                item,
                f"同意{gen.unit_index[unit]['name']}为特邀副会长单位。",
                "grant_role",
                [{"type": "grant_role", "unit": unit, "role": "invited_vice_president_unit"}],
                must_pass=True,
            )
        elif event.kind == "uninvite":
            held = [
                u
                for u in state.role_units("invited_vice_president_unit")
                if state.roles[(u, "invited_vice_president_unit")] < day
            ]
            if not held:
                return
            unit = rng.choice(held)
            item = self.item("审议调整特邀副会长单位事宜", ctx)
            self.decision(
                item,
                f"{gen.unit_index[unit]['name']}不再担任特邀副会长单位。",
                "revoke_role",
                [{"type": "revoke_role", "unit": unit, "role": "invited_vice_president_unit"}],
                must_pass=True,
            )
        elif event.kind == "establish":
            index, name, kind = event.payload
            committee = gen.new_committee(index, name, kind, day, None)
            gen.committees.append(committee)
            item = self.item(f"审议设立{ORG_NAME}{name}", ctx)
            self.decision(
                item,
                f"同意设立{ORG_NAME}{name}，通过委员会组成人员名单。",
                "establish_committee",
                [{"type": "establish_committee", "committee": committee["key"]}],
                must_pass=True,
            )
        elif event.kind == "dissolve":
            active = [c for c, start in state.committees.items() if start < day]
            if not active:
                return
            key = rng.choice(sorted(active))
            name = next(c["name"] for c in gen.committees if c["key"] == key)
            item = self.item(f"审议撤销{name}", ctx)
            self.decision(
                item,
                f"同意撤销{name}。",
                "general",
                [{"type": "dissolve_committee", "committee": key}],
                must_pass=True,
            )
        elif event.kind in ("assistant", "deputy"):
            title = "秘书长助理" if event.kind == "assistant" else "副秘书长"
            candidates = [
                p
                for p in gen.staff
                if (p, title) not in state.positions and (p, "秘书长") not in state.positions
            ]
            person = rng.choice(candidates)
            item = self.item("研究秘书处人员聘任事宜", ctx)
            effects = [{"type": "appoint", "person": person, "title": title}]
            old = (person, "秘书长助理")
            if title == "副秘书长" and old in state.positions and state.positions[old] < day:
                effects.append({"type": "dismiss", "person": person, "title": "秘书长助理"})
            self.decision(
                item, f"聘任{gen.names[person]}为{title}。", "appoint", effects, must_pass=True
            )
        elif event.kind == "dismiss":
            held = [
                (p, t)
                for (p, t), start in state.positions.items()
                if t in ("秘书长助理", "副秘书长") and start < day
            ]
            if not held:
                return
            person, title = rng.choice(sorted(held))
            item = self.item("研究秘书处人员调整事宜", ctx)
            self.decision(
                item,
                f"{gen.names[person]}不再担任{title}。",
                "dismiss",
                [{"type": "dismiss", "person": person, "title": title}],
                must_pass=True,
            )
        elif event.kind == "party_secretary":
            old = [
                p for p in state.holders("党支部书记") if state.positions[(p, "党支部书记")] < day
            ]
            new = rng.choice([p for p in self.seats if p not in old])
            effects = [{"type": "dismiss", "person": p, "title": "党支部书记"} for p in old]
            effects.append({"type": "appoint", "person": new, "title": "党支部书记"})
            item = self.item("支部委员会换届选举", ctx)
            self.decision(
                item,
                f"选举{gen.names[new]}为党支部书记。",
                "appoint",
                effects,
                method="secret_ballot",
                must_pass=True,
            )

    # -- the 换届 meetings --------------------------------------------------------------

    def tier_changes(self, roles: Iterable[str]) -> list[Json]:
        state, day = self.gen.state, self.day
        effects: list[Json] = []
        for role in roles:
            for unit in state.role_units(role):
                if self.plan.tier(unit) != role and state.roles[(unit, role)] < day:
                    effects.append({"type": "revoke_role", "unit": unit, "role": role})
            for unit in [*self.plan.council, *self.plan.supervisors]:
                if self.plan.tier(unit) == role and (unit, role) not in state.roles:
                    effects.append({"type": "grant_role", "unit": unit, "role": role})
        return effects

    def position_changes(self, title: str, wanted: list[str]) -> list[Json]:
        state, day = self.gen.state, self.day
        effects: list[Json] = [
            {"type": "dismiss", "person": p, "title": title}
            for p in state.holders(title)
            if p not in wanted and state.positions[(p, title)] < day
        ]
        effects += [
            {"type": "appoint", "person": p, "title": title}
            for p in wanted
            if (p, title) not in state.positions
        ]
        return effects

    def election(self) -> None:
        t = self.plan.number
        prev, this = zh_number(t - 1), zh_number(t)
        ctx = self.context()
        reps = [self.gen.unit_rep[u] for u in self.plan.council]
        names = self.gen.names
        if self.body == "b-congress":
            self.title = f"{ORG_NAME}第{this}届会员代表大会第一次会议暨换届大会"
            for title, text in (
                (f"听取并审议第{prev}届理事会工作报告", f"审议通过第{prev}届理事会工作报告。"),
                (f"审议第{prev}届理事会财务工作报告", f"审议通过第{prev}届理事会财务工作报告。"),
                (f"听取并审议第{prev}届监事会工作报告", f"审议通过第{prev}届监事会工作报告。"),
            ):
                self.decision(self.item(title, ctx), text, "general", must_pass=True)
            charter = f"{ORG_NAME}章程（{self.day.year}年修订）"
            item = self.item(f"审议《{ORG_NAME}章程》修正案", ctx)
            self.decision(
                item,
                f"审议通过《{charter}》。",
                "adopt_document",
                [{"type": "adopt_document", "title": charter}],
                method="show_of_hands",
                rule=CHARTER_RULE,
                must_pass=True,
            )
            item = self.item(f"选举产生第{this}届理事会", ctx)
            seats = len(self.plan.council) + 1
            self.decision(
                item,
                f"选举产生第{this}届理事会理事{seats}名（名单附后）。",
                "approve_list",
                self.tier_changes(["director_unit"]),
                method="secret_ballot",
                must_pass=True,
            )
            item = self.item(f"选举产生第{this}届监事会", ctx)
            self.decision(
                item,
                f"选举产生第{this}届监事会监事{len(self.plan.supervisors)}名。",
                "approve_list",
                self.tier_changes(["supervisor_unit"]),
                method="secret_ballot",
                must_pass=True,
            )
            item = self.item("审议会费标准", ctx)
            self.decision(
                item,
                "审议通过会费标准。",
                "general",
                method="secret_ballot",
                rule=CHARTER_RULE,
                must_pass=True,
            )
            item = self.item("审议大会决议", ctx)
            self.decision(
                item,
                f"通过{ORG_NAME}第{this}届会员代表大会决议。",
                "general",
                method="consensus",
                must_pass=True,
            )
            total = 9
        elif self.body == "b-council":
            self.title = f"{ORG_NAME}第{this}届理事会第一次会议"
            item = self.item("选举会长、副会长", ctx)
            self.decision(
                item,
                f"选举{names[reps[0]]}为会长。",
                "appoint",
                self.position_changes("会长", reps[:1]),
                method="secret_ballot",
                must_pass=True,
            )
            vps = "、".join(names[p] for p in reps[1:8])
            self.decision(
                item,
                f"选举{vps}为副会长。",
                "appoint",
                self.position_changes("副会长", reps[1:8]),
                method="secret_ballot",
                must_pass=True,
            )
            item = self.item("选举常务理事", ctx)
            self.decision(
                item,
                "选举产生常务理事15名（名单附后）。",
                "approve_list",
                self.tier_changes(["executive_director_unit"]),
                method="secret_ballot",
                must_pass=True,
            )
            item = self.item("聘任秘书长", ctx)
            sg = self.plan.secretary_general
            self.decision(
                item,
                f"聘任{names[sg]}为秘书长。",
                "appoint",
                self.position_changes("秘书长", [sg]),
                method="secret_ballot",
                must_pass=True,
            )
            item = self.item("确定会长单位、副会长单位和特邀副会长单位", ctx)
            self.decision(
                item,
                "确定会长单位1家、副会长单位7家（名单附后）。",
                "grant_role",
                self.tier_changes(["president_unit", "vice_president_unit"]),
                method="show_of_hands",
                must_pass=True,
            )
            state = self.gen.state
            held = state.role_units("invited_vice_president_unit")
            effects: list[Json] = [
                {"type": "revoke_role", "unit": u, "role": "invited_vice_president_unit"}
                for u in held
                if state.roles[(u, "invited_vice_president_unit")] < self.day
            ]
            for unit in self.rng.sample(self.plan.council[14:], 2):
                if unit not in held:
                    effects.append(
                        {"type": "grant_role", "unit": unit, "role": "invited_vice_president_unit"}
                    )
            self.decision(
                item,
                "重新确定特邀副会长单位（名单附后）。",
                "grant_role",
                effects,
                method="show_of_hands",
                must_pass=True,
            )
            total = 8
        else:
            self.title = f"{ORG_NAME}第{this}届监事会第一次会议"
            chief = self.gen.unit_rep[self.plan.supervisors[0]]
            item = self.item("选举监事长", ctx)
            self.decision(
                item,
                f"选举{names[chief]}为监事长。",
                "appoint",
                self.position_changes("监事长", [chief]),
                method="secret_ballot",
                must_pass=True,
            )
            total = 4
        while len(self.agenda) < total:
            self.generic_item()
        for item in self.agenda:
            self.actions(item)

    # -- action items ------------------------------------------------------------------

    def actions(self, item: Json) -> None:
        rng, gen = self.rng, self.gen
        ctx: Context = item.pop("_ctx")
        for _ in range(rng.randint(1, 5)):
            self.n_actions += 1
            title = rng.choice(ACTION_TITLES).format(
                doc=ctx.doc, topic=ctx.topic, subject=ctx.subject
            )
            r = rng.random()
            active = [c for c, start in gen.state.committees.items() if start <= self.day]
            if r < 0.45:
                pool = gen.staff if gen.chance(0.6) else self.present
                owner = {"person": rng.choice(pool)}
            elif r < 0.85 or not active:
                if gen.chance(0.5):
                    owner = {"unit": "u-assoc"}
                else:
                    owner = {"unit": gen.person_unit[rng.choice(self.voters)]}
            else:
                owner = {"committee": rng.choice(sorted(active))}
            due = self.day + dt.timedelta(
                days=rng.choice((0, 7, 10, 14, 15, 30, 30, 45, 60, 90, 120))
            )
            decision = None
            if item["decisions"] and gen.chance(0.5):
                decision = rng.choice(item["decisions"])["key"]
            status, updates = self.progress(due)
            item["actions"].append(
                {
                    "key": f"t-{self.n_actions}",
                    "title": title,
                    "owner": owner,
                    "due": due.isoformat(),
                    "status": status,
                    "decision": decision,
                    "updates": updates,
                }
            )

    def progress(self, due: dt.date) -> tuple[str, list[Json]]:
        rng, gen = self.rng, self.gen
        as_of = gen.last_day
        age = (as_of - self.day).days
        r = rng.random()
        if age > 120:
            status = (
                "done"
                if r < 0.86
                else "cancelled"
                if r < 0.91
                else "in_progress"
                if r < 0.96
                else "open"
            )
        else:
            status = (
                "done"
                if r < 0.4
                else "in_progress"
                if r < 0.7
                else "open"
                if r < 0.95
                else "cancelled"
            )
        if self.status in ("held", "draft") and status == "done":
            status = "open"
        n = {
            "open": rng.choice((0, 0, 1)),
            "in_progress": rng.randint(1, 2),
            "done": rng.randint(1, 3),
            "cancelled": 1,
        }[status]
        n = min(n, 3)
        latest = min(as_of, max(due + dt.timedelta(days=20), self.day))
        days = sorted(gen.random_date(self.day, latest) for _ in range(n))
        updates = []
        for i, on in enumerate(days):
            last = i == n - 1
            if status == "open":
                step = None
            elif status == "cancelled":
                step = "cancelled"
            elif last:
                step = status
            else:
                step = "in_progress"
            note = rng.choice(CANCEL_NOTES) if step == "cancelled" else rng.choice(UPDATE_NOTES)
            if step == "done" and "完成" not in note and "办结" not in note:
                note = "已完成"
            if step is None:
                note = "已布置，尚未开始"
            updates.append({"on": on.isoformat(), "note": note, "status": step})
        return status, updates

    # -- the record --------------------------------------------------------------------

    def finish(self) -> Json:
        rng = self.rng
        hours = rng.uniform(*self.spec.hours)
        end = self.start + dt.timedelta(minutes=int(hours * 4) * 15)
        if self.body == "b-congress":
            location = rng.choice(CONGRESS_LOCATIONS)
        else:
            location = rng.choice(LOCATIONS)
        title = self.title
        if title is None and self.body == "b-party" and self.gen.chance(0.5):
            title = f"中共{ORG_NAME}支部{self.day.year}年第{self.seq}次支部委员会"
        minutes = None
        if self.status == "approved":
            issue = self.gen.issue_numbers
            issue[(self.body, self.day.year)] += 1
            issued_by = {
                "b-party": f"中共{ORG_NAME}支部委员会",
                "b-supervisors": f"{ORG_NAME}监事会",
            }.get(self.body, f"{ORG_NAME}秘书处")
            minutes = {
                "issue_no": f"第{issue[(self.body, self.day.year)]}期",
                "issued_by": issued_by,
                "issued_on": (self.day + dt.timedelta(days=rng.randint(1, 10))).isoformat(),
                "copy_to": rng.choice(COPY_TO[self.body]),
            }
        recorder = rng.choice(self.gen.staff[3:])
        return {
            "key": self.key,
            "body": self.body,
            "term": self.plan.number,
            "sequence": self.seq,
            "title": title,
            "start": self.start.isoformat(timespec="minutes"),
            "end": end.isoformat(timespec="minutes"),
            "location": location,
            "chair": self.chair,
            "recorder": recorder,
            "status": self.status,
            "attendance": self.attendance,
            "agenda": self.agenda,
            "minutes": minutes,
        }


# ---------------------------------------------------------------------------------------
# Checking an archive against the importer's rules


FIELDS: dict[str, set[str]] = {
    "top": {
        "format",
        "version",
        "organisation",
        "terms",
        "units",
        "people",
        "bodies",
        "committees",
        "meetings",
    },
    "organisation": {"name", "short_name"},
    "term": {"number", "start", "end"},
    "unit": {"key", "name", "credit_code", "roles"},
    "role": {"role", "from", "to", "by", "ended_by", "reason"},
    "person": {"key", "name", "unit", "title_in_unit", "positions", "phone", "email"},
    "position": {"title", "from", "to", "by", "ended_by", "reason"},
    "body": {"key", "name", "short_name", "quorum", "pass_rule", "seats"},
    "quorum": {"fraction", "inclusive"},
    "pass_rule": {"fraction", "inclusive", "of"},
    "seat": {"person", "term"},
    "committee": {"key", "name", "kind", "established_by", "dissolved_by", "members"},
    "member": {"person", "role", "from", "to"},
    "meeting": {
        "key",
        "body",
        "term",
        "sequence",
        "title",
        "start",
        "end",
        "location",
        "chair",
        "recorder",
        "status",
        "attendance",
        "agenda",
        "minutes",
    },
    "attendance": {"person", "status", "proxy_holder", "note"},
    "minutes": {"issue_no", "issued_by", "issued_on", "copy_to"},
    "agenda": {"key", "title", "presenter", "notes", "decisions", "actions"},
    "decision": {"key", "text", "kind", "vote", "rule", "effects"},
    "vote": {"method", "for", "against", "abstain", "ballots"},
    "ballot": {"person", "choice"},
    "effect": {"type", "unit", "role", "person", "title", "committee", "from"},
    "action": {"key", "title", "owner", "due", "status", "decision", "updates"},
    "owner": {"person", "unit", "committee"},
    "update": {"on", "note", "status"},
}
UNIT_ROLES = {
    "president_unit",
    "vice_president_unit",
    "invited_vice_president_unit",
    "executive_director_unit",
    "director_unit",
    "supervisor_unit",
    "member_unit",
}
KINDS = {
    "general",
    "adopt_document",
    "establish_committee",
    "grant_role",
    "revoke_role",
    "appoint",
    "dismiss",
    "approve_list",
    "task",
}


class CheckError(Exception):
    pass


def check_archive(archive: Json) -> Counter[str]:
    """Raise CheckError naming the record path; return counts of what was checked."""
    stats: Counter[str] = Counter()

    def fail(path: str, message: str) -> None:
        raise CheckError(f"{path}: {message}")

    def fields(record: Any, kind: str, path: str) -> None:
        if not isinstance(record, dict):
            fail(path, "not an object")
        for name in record:
            if name not in FIELDS[kind]:
                fail(f"{path}.{name}", "unknown field")

    def keys(records: list[Json], path: str) -> dict[str, Json]:
        seen: dict[str, Json] = {}
        for i, record in enumerate(records):
            key = record.get("key")
            if not isinstance(key, str) or not key:
                fail(f"{path}[{i}].key", "missing")
            if key in seen:
                fail(f"{path}[{i}].key", f"duplicate {key}")
            seen[key] = record
        return seen

    def ref(value: Any, targets: dict[str, Any], path: str, optional: bool = False) -> None:
        if value is None and optional:
            return
        if value not in targets:
            fail(path, f"dangling key {value!r}")

    def day(value: Any, path: str, optional: bool = False) -> dt.date | None:
        if value is None and optional:
            return None
        try:
            assert isinstance(value, str) and len(value) == 10
            return dt.date.fromisoformat(value)
        except (AssertionError, ValueError):
            fail(path, f"bad date {value!r}")
        raise AssertionError

    def count(value: Any, path: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            fail(path, f"not a non-negative integer: {value!r}")
        return int(value)

    fields(archive, "top", "")
    if archive.get("format") != "minutes-archive" or archive.get("version") != 1:
        fail("format", "not a version 1 minutes archive")
    fields(archive["organisation"], "organisation", "organisation")
    terms = {}
    for i, term in enumerate(archive["terms"]):
        fields(term, "term", f"terms[{i}]")
        terms[term["number"]] = term
    units = keys(archive["units"], "units")
    people = keys(archive["people"], "people")
    bodies = keys(archive["bodies"], "bodies")
    committees = keys(archive["committees"], "committees")
    keys(archive["meetings"], "meetings")
    state = State()
    for i, unit in enumerate(archive["units"]):
        fields(unit, "unit", f"units[{i}]")
        for j, role in enumerate(unit["roles"]):
            path = f"units[{i}].roles[{j}]"
            fields(role, "role", path)
            if role["role"] not in UNIT_ROLES:
                fail(f"{path}.role", "unknown role")
            start, end = day(role["from"], f"{path}.from"), day(role["to"], f"{path}.to", True)
            if end is not None and start is not None and end < start:
                fail(f"{path}.to", "ends before it starts")
            if role["by"] is None and end is None:
                if (unit["key"], role["role"]) in state.roles:
                    fail(path, "the unit holds this role twice")
                state.roles[(unit["key"], role["role"])] = start  # type: ignore[assignment]
    for i, person in enumerate(archive["people"]):
        path = f"people[{i}]"
        fields(person, "person", path)
        ref(person["unit"], units, f"{path}.unit", optional=True)
        for j, pos in enumerate(person["positions"]):
            fields(pos, "position", f"{path}.positions[{j}]")
            if pos["by"] is None and pos["to"] is None:
                state.positions[(person["key"], pos["title"])] = day(pos["from"], path)  # type: ignore[assignment]
    seats: dict[tuple[str, int], set[str]] = {}
    for i, body in enumerate(archive["bodies"]):
        path = f"bodies[{i}]"
        fields(body, "body", path)
        if body["quorum"] is not None:
            fields(body["quorum"], "quorum", f"{path}.quorum")
        fields(body["pass_rule"], "pass_rule", f"{path}.pass_rule")
        for j, seat in enumerate(body["seats"]):
            fields(seat, "seat", f"{path}.seats[{j}]")
            ref(seat["person"], people, f"{path}.seats[{j}].person")
            if seat["term"] not in terms:
                fail(f"{path}.seats[{j}].term", "unknown term")
            holders = seats.setdefault((body["key"], seat["term"]), set())
            if seat["person"] in holders:
                fail(f"{path}.seats[{j}]", "seat twice")
            holders.add(seat["person"])
    for i, committee in enumerate(archive["committees"]):
        path = f"committees[{i}]"
        fields(committee, "committee", path)
        for j, member in enumerate(committee["members"]):
            fields(member, "member", f"{path}.members[{j}]")
            ref(member["person"], people, f"{path}.members[{j}].person")
        if committee["established_by"] is None:
            state.committees[committee["key"]] = dt.date.min
    numbers: set[tuple[str, int, int]] = set()
    previous_start = ""
    for i, meeting in enumerate(archive["meetings"]):
        path = f"meetings[{i}]"
        fields(meeting, "meeting", path)
        stats["meetings"] += 1
        body = bodies.get(meeting["body"])
        if body is None:
            fail(f"{path}.body", "dangling key")
        ref(meeting["chair"], people, f"{path}.chair", optional=True)
        ref(meeting["recorder"], people, f"{path}.recorder", optional=True)
        number = (meeting["body"], meeting["term"], meeting["sequence"])
        if number in numbers:
            fail(f"{path}.sequence", f"(body, term, sequence) {number} twice")
        numbers.add(number)
        if meeting["term"] not in terms:
            fail(f"{path}.term", "unknown term")
        if meeting["start"] < previous_start:
            fail(f"{path}.start", "meetings are not oldest first")
        previous_start = meeting["start"]
        start = dt.datetime.fromisoformat(meeting["start"])
        if dt.datetime.fromisoformat(meeting["end"]) < start:
            fail(f"{path}.end", "ends before it starts")
        meeting_day = start.date()
        term = terms[meeting["term"]]
        if not (term["start"] <= meeting_day.isoformat() <= (term["end"] or "9999")):
            fail(f"{path}.term", "the meeting is not within its term")
        if meeting["minutes"] is not None:
            fields(meeting["minutes"], "minutes", f"{path}.minutes")
        seat_set = seats.get((meeting["body"], meeting["term"]), set())
        statuses: dict[str, str] = {}
        for j, entry in enumerate(meeting["attendance"]):
            apath = f"{path}.attendance[{j}]"
            fields(entry, "attendance", apath)
            ref(entry["person"], people, f"{apath}.person")
            if entry["person"] in statuses:
                fail(f"{apath}.person", "listed twice")
            statuses[entry["person"]] = entry["status"]
            if entry["status"] == "observer":
                if entry["person"] in seat_set:
                    fail(f"{apath}.status", "a seat cannot be an observer")
            elif entry["status"] in ("present", "proxy", "excused", "absent"):
                if entry["person"] not in seat_set:
                    fail(f"{apath}.person", "not a seat of this body and term")
            else:
                fail(f"{apath}.status", f"unknown status {entry['status']!r}")
        for j, entry in enumerate(meeting["attendance"]):
            apath = f"{path}.attendance[{j}]"
            holder = entry.get("proxy_holder")
            if entry["status"] == "proxy":
                if holder == entry["person"] or statuses.get(holder) != "present":
                    fail(f"{apath}.proxy_holder", "the proxy holder must be present")
            elif holder is not None:
                fail(f"{apath}.proxy_holder", "only a proxy has a holder")
        voting = sum(1 for s in statuses.values() if s in ("present", "proxy"))
        quorum = quorum_needed(body["quorum"], len(seat_set))
        stats["inquorate meetings"] += quorum is not None and voting < quorum
        agenda_keys: set[str] = set()
        decision_keys: set[str] = set()
        action_keys: set[str] = set()
        decisions_here = [d for item in meeting["agenda"] for d in item["decisions"]]
        all_decisions = {d["key"] for d in decisions_here}
        stats["agenda items"] += len(meeting["agenda"])
        stats[f"meetings with {len(meeting['agenda'])} agenda items"] += 1
        for j, item in enumerate(meeting["agenda"]):
            ipath = f"{path}.agenda[{j}]"
            fields(item, "agenda", ipath)
            if item["key"] in agenda_keys:
                fail(f"{ipath}.key", "duplicate within the meeting")
            agenda_keys.add(item["key"])
            ref(item["presenter"], people, f"{ipath}.presenter", optional=True)
            for k, decision in enumerate(item["decisions"]):
                dpath = f"{ipath}.decisions[{k}]"
                fields(decision, "decision", dpath)
                stats["decisions"] += 1
                if decision["key"] in decision_keys:
                    fail(f"{dpath}.key", "duplicate within the meeting")
                decision_keys.add(decision["key"])
                if decision["kind"] not in KINDS:
                    fail(f"{dpath}.kind", "unknown kind")
                vote = decision["vote"]
                if vote is not None:
                    fields(vote, "vote", f"{dpath}.vote")
                    method = vote["method"]
                    stats[f"votes {method}"] += 1
                    if method in ("show_of_hands", "secret_ballot"):
                        total = sum(
                            count(vote.get(n), f"{dpath}.vote.{n}")
                            for n in ("for", "against", "abstain")
                        )
                        if total > voting:
                            fail(f"{dpath}.vote.for", f"{total} votes, {voting} voting")
                        if "ballots" in vote:
                            fail(f"{dpath}.vote.ballots", "ballots only for roll_call")
                    elif method == "roll_call":
                        if any(n in vote for n in ("for", "against", "abstain")):
                            fail(f"{dpath}.vote", "roll_call has ballots, not tallies")
                        voters: set[str] = set()
                        for b, ballot in enumerate(vote["ballots"]):
                            bpath = f"{dpath}.vote.ballots[{b}]"
                            fields(ballot, "ballot", bpath)
                            if statuses.get(ballot["person"]) not in ("present", "proxy"):
                                fail(f"{bpath}.person", "only present or proxy seats vote")
                            if ballot["person"] in voters:
                                fail(f"{bpath}.person", "votes twice")
                            voters.add(ballot["person"])
                            if ballot["choice"] not in ("for", "against", "abstain"):
                                fail(f"{bpath}.choice", "unknown choice")
                        stats["ballots"] += len(vote["ballots"])
                    elif method == "consensus":
                        if set(vote) != {"method"}:
                            fail(f"{dpath}.vote", "consensus has no tallies")
                    else:
                        fail(f"{dpath}.vote.method", f"unknown method {method!r}")
                else:
                    stats["votes null"] += 1
                rule = decision["rule"] or body["pass_rule"]
                if decision["rule"] is not None:
                    fields(decision["rule"], "pass_rule", f"{dpath}.rule")
                    stats["decisions with their own rule"] += 1
                result, _ = outcome(vote, rule, len(seat_set), voting, quorum)
                stats[f"outcome {result}"] += 1
                for e, effect in enumerate(decision["effects"]):
                    epath = f"{dpath}.effects[{e}]"
                    fields(effect, "effect", epath)
                    stats[f"effects {effect['type']}"] += 1
                    if "unit" in effect:
                        ref(effect["unit"], units, f"{epath}.unit")
                    if "person" in effect:
                        ref(effect["person"], people, f"{epath}.person")
                    if "committee" in effect:
                        ref(effect["committee"], committees, f"{epath}.committee")
                    if effect.get("role") is not None and effect["role"] not in UNIT_ROLES:
                        fail(f"{epath}.role", "unknown role")
                    if result == "passed":
                        problem = state.problem(effect, meeting_day)
                        if problem:
                            fail(epath, problem)
                        state.apply(effect, meeting_day)
            for k, action in enumerate(item["actions"]):
                tpath = f"{ipath}.actions[{k}]"
                fields(action, "action", tpath)
                stats["actions"] += 1
                if action["key"] in action_keys:
                    fail(f"{tpath}.key", "duplicate within the meeting")
                action_keys.add(action["key"])
                owner = action["owner"]
                fields(owner, "owner", f"{tpath}.owner")
                if len(owner) != 1:
                    fail(f"{tpath}.owner", "exactly one of person, unit, committee")
                target = {"person": people, "unit": units, "committee": committees}
                for name, value in owner.items():
                    ref(value, target[name], f"{tpath}.owner.{name}")
                due = day(action["due"], f"{tpath}.due", optional=True)
                if due is not None and due < meeting_day:
                    fail(f"{tpath}.due", "before the meeting")
                ref(action["decision"], dict.fromkeys(all_decisions), f"{tpath}.decision", True)
                if action["status"] not in ("open", "in_progress", "done", "cancelled"):
                    fail(f"{tpath}.status", "unknown status")
                for u, update in enumerate(action["updates"]):
                    fields(update, "update", f"{tpath}.updates[{u}]")
                    on = day(update["on"], f"{tpath}.updates[{u}].on")
                    if on is not None and on < meeting_day:
                        fail(f"{tpath}.updates[{u}].on", "before the meeting")
                    stats["action updates"] += 1
    return stats


# ---------------------------------------------------------------------------------------


def generate(years: int = 10, seed: int = 1) -> tuple[Json, str | None]:
    gen = Generator(years, seed)
    archive = gen.build()
    for committee in archive["committees"]:  # derived on import, written as export does
        committee["established_by"] = gen.established_by.get(committee["key"])
        committee["dissolved_by"] = gen.dissolved_by.get(committee["key"])
    return archive, gen.special_meeting


def summary(archive: Json) -> dict[str, int]:
    meetings = archive["meetings"]
    items = [item for m in meetings for item in m["agenda"]]
    return {
        "meetings": len(meetings),
        "agenda_items": len(items),
        "decisions": sum(len(i["decisions"]) for i in items),
        "actions": sum(len(i["actions"]) for i in items),
        "units": len(archive["units"]),
        "people": len(archive["people"]),
        "committees": len(archive["committees"]),
        "terms": len(archive["terms"]),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path, help="where to write the archive (JSON)")
    parser.add_argument("--years", type=int, default=10, help="years of meetings (default 10)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--check", action="store_true", help="validate the archive after writing")
    parser.add_argument("--indent", type=int, default=None, help="pretty-print with this indent")
    args = parser.parse_args(argv)
    if args.years < 1:
        parser.error("--years must be at least 1")
    began = time.perf_counter()
    archive, special = generate(args.years, args.seed)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as f:
        json.dump(archive, f, ensure_ascii=False, indent=args.indent)
        f.write("\n")
    took = time.perf_counter() - began
    counts = summary(archive)
    size = args.out.stat().st_size / 1e6
    print(f"wrote {args.out} ({size:.1f} MB) in {took:.1f} s")
    print("  " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    print(f"  meeting with {SPECIAL_AGENDA} agenda items: {special}")
    if args.check:
        try:
            stats = check_archive(archive)
        except CheckError as exc:
            print(f"check FAILED: {exc}", file=sys.stderr)
            return 1
        if stats[f"meetings with {SPECIAL_AGENDA} agenda items"] != 1:
            print(
                f"check FAILED: not exactly one meeting with {SPECIAL_AGENDA} agenda items",
                file=sys.stderr,
            )
            return 1
        print("check OK")
        for name in sorted(stats):
            if not name.startswith("meetings with"):
                print(f"  {name}: {stats[name]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
