<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionsEditor</name>
    <message>
        <source>Add action item</source>
        <translation>添加督办事项</translation>
    </message>
    <message>
        <source>Remove action item</source>
        <translation>删除督办事项</translation>
    </message>
    <message>
        <source>Change the owner</source>
        <translation>更改责任单位/责任人</translation>
    </message>
    <message>
        <source>none yet, e.g. 2024-9-30</source>
        <translation>暂无，如 2024-9-30</translation>
    </message>
    <message>
        <source>Change the status</source>
        <translation>更改办理状态</translation>
    </message>
    <message>
        <source>Link the decision</source>
        <translation>关联决定事项</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>督办事项</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任单位/责任人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>办理状态</translation>
    </message>
    <message>
        <source>For decision</source>
        <translation>对应决定事项</translation>
    </message>
    <message>
        <source>An action item needs a title.</source>
        <translation>督办事项名称不能为空。</translation>
    </message>
    <message>
        <source>Rename the action item</source>
        <translation>修改督办事项</translation>
    </message>
    <message>
        <source>Change the deadline</source>
        <translation>更改完成时限</translation>
    </message>
    <message>
        <source>Add people or units to the registry first.</source>
        <translation>请先在名录中添加人员或单位。</translation>
    </message>
    <message>
        <source>New action item</source>
        <translation>新督办事项</translation>
    </message>
    <message>
        <source>Add an action item</source>
        <translation>添加督办事项</translation>
    </message>
    <message>
        <source>Remove an action item</source>
        <translation>删除督办事项</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>Action item</source>
        <translation>督办事项</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任单位/责任人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>办理状态</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定事项</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Add item</source>
        <translation>添加议题</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>新议题</translation>
    </message>
    <message>
        <source>Add an agenda item</source>
        <translation>添加议题</translation>
    </message>
    <message>
        <source>Remove an agenda item</source>
        <translation>删除议题</translation>
    </message>
    <message>
        <source>Move an agenda item</source>
        <translation>调整议题顺序</translation>
    </message>
</context>
<context>
    <name>ApprovalBar</name>
    <message>
        <source>Record a correction…</source>
        <translation>登记更正…</translation>
    </message>
    <message>
        <source>Change a field of the approved minutes, with the reason; it is recorded</source>
        <translation>更正已审定纪要的某一项内容，须说明理由，更正将留有记录</translation>
    </message>
    <message>
        <source>Minutes approved on %1; read-only</source>
        <translation>纪要已于 %1 审定，只读</translation>
    </message>
    <message>
        <source>Minutes approved; read-only</source>
        <translation>纪要已审定，只读</translation>
    </message>
    <message>
        <source>SHA-256 of the approved minutes:
%1</source>
        <translation>已审定纪要的 SHA-256 校验值：
%1</translation>
    </message>
    <message>
        <source>%1 correction(s) recorded, listed in the Minutes tab</source>
        <translation>已登记更正%1处，见“纪要”页</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Unit / title</source>
        <translation>单位／职务</translation>
    </message>
    <message>
        <source>Proxy holder</source>
        <translation>受托人</translation>
    </message>
    <message>
        <source>Note (reason for leave)</source>
        <translation>备注（请假事由）</translation>
    </message>
    <message>
        <source>Double-click or press F2 to choose who holds the proxy</source>
        <translation>双击或按 F2 选择受托人</translation>
    </message>
    <message>
        <source>Double-click or press F2 to write a note, e.g. the reason for leave</source>
        <translation>双击或按 F2 填写备注，如请假事由</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Mark the rest present</source>
        <translation>其余均为出席</translation>
    </message>
    <message>
        <source>Every seat not yet marked becomes present</source>
        <translation>尚未登记的组成人员全部记为出席</translation>
    </message>
    <message>
        <source>Observers (non-voting)</source>
        <translation>列席人员（无表决权）</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>备注（可不填）</translation>
    </message>
    <message>
        <source>Add observer</source>
        <translation>添加列席</translation>
    </message>
    <message>
        <source>Remove observer</source>
        <translation>移除列席</translation>
    </message>
    <message>
        <source>Click a column (or press Space) to set a seat's attendance.</source>
        <translation>单击相应的列（或按空格键）登记每位组成人员的出席情况。</translation>
    </message>
    <message>
        <source>This body has no seats for this term yet; add them in the registry.</source>
        <translation>该会议机构本届尚未设置组成人员；请先在名录中添加。</translation>
    </message>
    <message>
        <source>Mark attendance</source>
        <translation>登记出席情况</translation>
    </message>
    <message>
        <source>Change the proxy holder</source>
        <translation>更改受托人</translation>
    </message>
    <message>
        <source>Change the note</source>
        <translation>更改备注</translation>
    </message>
    <message>
        <source>Choose a person to add as an observer.</source>
        <translation>请先选择要添加的列席人员。</translation>
    </message>
    <message>
        <source>Add an observer</source>
        <translation>添加列席人员</translation>
    </message>
    <message>
        <source>Choose the observer to remove.</source>
        <translation>请先选择要移除的列席人员。</translation>
    </message>
    <message>
        <source>Remove an observer</source>
        <translation>移除列席人员</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>A checked copy of the whole database is written to this file:</source>
        <translation>整个数据库经完整性检查后复制到这个文件：</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>备份到</translation>
    </message>
    <message>
        <source>Database backups (*.db)</source>
        <translation>数据库备份 (*.db)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2 meetings).</source>
        <translation>已备份到 %1（%2次会议）。</translation>
    </message>
</context>
<context>
    <name>BackupMenu</name>
    <message>
        <source>&amp;Back up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Backup &amp;settings…</source>
        <translation>备份设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Opened read-only (%1): changes cannot be saved.</source>
        <translation>以只读方式打开（%1）：修改无法保存。</translation>
    </message>
</context>
<context>
    <name>BackupSettingsDialog</name>
    <message>
        <source>Backup settings</source>
        <translation>备份设置</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>备份文件夹：</translation>
    </message>
    <message>
        <source>Keep daily backups:</source>
        <translation>保留每日备份：</translation>
    </message>
    <message>
        <source>Keep weekly backups:</source>
        <translation>保留每周备份：</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
</context>
<context>
    <name>BallotsModel</name>
    <message>
        <source>Voter</source>
        <translation>表决人</translation>
    </message>
    <message>
        <source>For</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>反对</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>弃权</translation>
    </message>
</context>
<context>
    <name>BodiesModel</name>
    <message>
        <source>Body</source>
        <translation>会议机构</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>法定人数</translation>
    </message>
    <message>
        <source>To pass</source>
        <translation>表决通过</translation>
    </message>
    <message>
        <source>Seats this term</source>
        <translation>本届席位</translation>
    </message>
    <message>
        <source>None</source>
        <translation>不设</translation>
    </message>
    <message>
        <source>More than half</source>
        <translation>过半数</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1以上</translation>
    </message>
    <message>
        <source>More than %1</source>
        <translation>超过%1</translation>
    </message>
    <message>
        <source>of those present</source>
        <translation>到会人数</translation>
    </message>
    <message>
        <source>of all seats</source>
        <translation>全体成员</translation>
    </message>
    <message>
        <source>of votes cast</source>
        <translation>有效票</translation>
    </message>
</context>
<context>
    <name>BodiesTab</name>
    <message>
        <source>Start the next term…</source>
        <translation>换届…</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>届次</translation>
    </message>
    <message>
        <source>Term %1</source>
        <translation>第%1届</translation>
    </message>
    <message>
        <source>Select a body to see its seats</source>
        <translation>选中一个会议机构即可查看其席位</translation>
    </message>
    <message>
        <source>%1: %2 seats</source>
        <translation>%1：%2个席位</translation>
    </message>
</context>
<context>
    <name>BodyRulesModel</name>
    <message>
        <source>Body</source>
        <translation>会议机构</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>法定人数比例</translation>
    </message>
    <message>
        <source>Quorum counts the number itself (以上)</source>
        <translation>法定人数含本数（以上）</translation>
    </message>
    <message>
        <source>To pass</source>
        <translation>通过比例</translation>
    </message>
    <message>
        <source>Pass counts the number itself (以上)</source>
        <translation>表决含本数（以上）</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>基数</translation>
    </message>
    <message>
        <source>以上 (at least)</source>
        <translation>以上（含本数）</translation>
    </message>
    <message>
        <source>过半数 (more than)</source>
        <translation>过半数（不含本数）</translation>
    </message>
    <message>
        <source>of those present (present)</source>
        <translation>出席人数（present）</translation>
    </message>
    <message>
        <source>of all seats (seats)</source>
        <translation>应到人数（seats）</translation>
    </message>
    <message>
        <source>of votes cast (cast)</source>
        <translation>投票人数（cast）</translation>
    </message>
</context>
<context>
    <name>ChangeDialog</name>
    <message>
        <source>Change by hand: %1</source>
        <translation>手工调整：%1</translation>
    </message>
    <message>
        <source>Grant a role</source>
        <translation>增加会员类别</translation>
    </message>
    <message>
        <source>Appoint to a position</source>
        <translation>任职</translation>
    </message>
    <message>
        <source>End a role</source>
        <translation>结束会员类别</translation>
    </message>
    <message>
        <source>End a position</source>
        <translation>结束职务</translation>
    </message>
    <message>
        <source>Required: why this changes without a decision</source>
        <translation>必填：为什么不经会议决定而调整</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>会员类别</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>结束哪一项</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Ends on (not included)</source>
        <translation>结束日期（当日起不再担任）</translation>
    </message>
    <message>
        <source>Give the reason for this change: it has no decision.</source>
        <translation>请填写原因：这项调整没有会议决定作依据。</translation>
    </message>
    <message>
        <source>Choose what ends.</source>
        <translation>请选择要结束的一项。</translation>
    </message>
</context>
<context>
    <name>ChangeWatch</name>
    <message>
        <source>The database file was moved or deleted; nothing more is saved.</source>
        <translation>数据库文件已被移走或删除；不再保存任何修改。</translation>
    </message>
</context>
<context>
    <name>CloseActionDialog</name>
    <message>
        <source>Close action item</source>
        <translation>办结督办事项</translation>
    </message>
    <message>
        <source>What was done (required)</source>
        <translation>办理结果（必填）</translation>
    </message>
    <message>
        <source>Close as</source>
        <translation>办结方式</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Completion note</source>
        <translation>办结说明</translation>
    </message>
</context>
<context>
    <name>CommitteeDialog</name>
    <message>
        <source>Rename committee</source>
        <translation>重命名委员会</translation>
    </message>
    <message>
        <source>New committee</source>
        <translation>新建委员会</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
</context>
<context>
    <name>CommitteeEdits</name>
    <message>
        <source>Select a committee first.</source>
        <translation>请先选择一个委员会。</translation>
    </message>
    <message>
        <source>Rename committee</source>
        <translation>重命名委员会</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>添加委员</translation>
    </message>
    <message>
        <source>End membership</source>
        <translation>结束任职</translation>
    </message>
    <message>
        <source>No member of this committee is still in office.</source>
        <translation>这个委员会没有在任的委员。</translation>
    </message>
    <message>
        <source>Delete committee</source>
        <translation>删除委员会</translation>
    </message>
    <message>
        <source>Delete the committee “%1”? Nothing refers to it yet.</source>
        <translation>删除委员会“%1”？目前没有任何记录引用它。</translation>
    </message>
    <message>
        <source>Select a committee to see its members.</source>
        <translation>选择一个委员会，查看其委员。</translation>
    </message>
    <message>
        <source>Named by a decision that has not taken effect.</source>
        <translation>设立它的决定尚未生效。</translation>
    </message>
    <message>
        <source>Set up before the records begin.</source>
        <translation>在本系统记录之前已设立。</translation>
    </message>
    <message>
        <source>Set up by %1.</source>
        <translation>依据%1设立。</translation>
    </message>
    <message>
        <source>Dissolved by %1.</source>
        <translation>依据%1撤销。</translation>
    </message>
    <message>
        <source>%1 members over time.</source>
        <translation>历任委员%1人。</translation>
    </message>
</context>
<context>
    <name>Committees</name>
    <message>
        <source>Branch</source>
        <translation>分支机构</translation>
    </message>
    <message>
        <source>Expert committee</source>
        <translation>专家委员会</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>主任委员</translation>
    </message>
    <message>
        <source>Vice chair</source>
        <translation>副主任委员</translation>
    </message>
    <message>
        <source>Secretary-general</source>
        <translation>秘书长</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>委员</translation>
    </message>
</context>
<context>
    <name>CommitteesModel</name>
    <message>
        <source>Committee</source>
        <translation>委员会</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Set up by</source>
        <translation>设立依据</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>设立日期</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员人数</translation>
    </message>
    <message>
        <source>Expert committee</source>
        <translation>专家委员会</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>分支机构</translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation>未设立（决定未通过）</translation>
    </message>
    <message>
        <source>In being</source>
        <translation>存续</translation>
    </message>
    <message>
        <source>Dissolved</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Not yet set up</source>
        <translation>尚未设立</translation>
    </message>
    <message>
        <source>Before the records</source>
        <translation>记录之前已设立</translation>
    </message>
</context>
<context>
    <name>CommitteesTab</name>
    <message>
        <source>Search committees…</source>
        <translation>搜索委员会…</translation>
    </message>
    <message>
        <source>Also those not in being</source>
        <translation>也显示未存续的</translation>
    </message>
    <message>
        <source>Open meeting</source>
        <translation>打开设立会议</translation>
    </message>
    <message>
        <source>New committee…</source>
        <translation>新建委员会…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>添加委员…</translation>
    </message>
    <message>
        <source>End membership…</source>
        <translation>结束任职…</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Record a correction</source>
        <translation>登记更正</translation>
    </message>
    <message>
        <source>Required, e.g. a typing error noticed by the chair</source>
        <translation>必填，如：主持人指出的文字错误</translation>
    </message>
    <message>
        <source>Record correction</source>
        <translation>登记更正</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>更正内容</translation>
    </message>
    <message>
        <source>Now reads</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Correct to</source>
        <translation>更正为</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>更正理由</translation>
    </message>
    <message>
        <source>Corrected by</source>
        <translation>更正人</translation>
    </message>
    <message>
        <source>The minutes stay approved; the correction is listed with them.</source>
        <translation>纪要仍为已审定状态；本次更正将随纪要一并列出。</translation>
    </message>
</context>
<context>
    <name>CorrectionFields</name>
    <message>
        <source>Title of the meeting</source>
        <translation>会议名称</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>会议地点</translation>
    </message>
    <message>
        <source>Item %1, decision %2: text</source>
        <translation>议题%1 决定事项%2</translation>
    </message>
    <message>
        <source>Item %1: title</source>
        <translation>议题%1 标题</translation>
    </message>
    <message>
        <source>Item %1: notes</source>
        <translation>议题%1 内容</translation>
    </message>
    <message>
        <source>Item %1: presenter</source>
        <translation>议题%1 汇报人</translation>
    </message>
</context>
<context>
    <name>CorrectionsView</name>
    <message>
        <source>When</source>
        <translation>更正时间</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>更正内容</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>更正为</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>By</source>
        <translation>更正人</translation>
    </message>
</context>
<context>
    <name>DailyBackup</name>
    <message>
        <source>Backed up automatically to %1</source>
        <translation>已自动备份到 %1</translation>
    </message>
    <message>
        <source>Today's automatic backup failed: %1</source>
        <translation>今天的自动备份没有完成：%1</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Type a date such as 2024-9-30, 2024年9月30日 or 9月30日</source>
        <translation>请输入日期，如 2024-9-30、2024年9月30日 或 9月30日</translation>
    </message>
</context>
<context>
    <name>DecisionEditor</name>
    <message>
        <source>Remove decision</source>
        <translation>删除决定事项</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>表决方式</translation>
    </message>
    <message>
        <source>For</source>
        <translation>赞成</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>反对</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>弃权</translation>
    </message>
    <message>
        <source>The rest vote for</source>
        <translation>其余均同意</translation>
    </message>
    <message>
        <source>Decision %1</source>
        <translation>决定事项%1</translation>
    </message>
    <message>
        <source>Every person voting has a ballot.</source>
        <translation>表决人均已表决。</translation>
    </message>
    <message>
        <source>%1 of %2 have not voted yet.</source>
        <translation>%2人中尚有%1人未表决。</translation>
    </message>
    <message>
        <source>Change the voting rule</source>
        <translation>更改表决规则</translation>
    </message>
    <message>
        <source>Change the kind</source>
        <translation>更改决定事项类别</translation>
    </message>
    <message>
        <source>Edit the decision</source>
        <translation>编辑决定事项</translation>
    </message>
    <message>
        <source>Change the vote method</source>
        <translation>更改表决方式</translation>
    </message>
    <message>
        <source>Record the vote</source>
        <translation>登记表决票数</translation>
    </message>
    <message>
        <source>Record a ballot</source>
        <translation>登记表决票</translation>
    </message>
    <message>
        <source>Record the rest as for</source>
        <translation>其余记为同意</translation>
    </message>
    <message>
        <source>Remove a decision</source>
        <translation>删除决定事项</translation>
    </message>
</context>
<context>
    <name>DemoMode</name>
    <message>
        <source>Demo data: not kept after closing</source>
        <translation>演示数据：关闭后不保留</translation>
    </message>
    <message>
        <source>File → Save as… keeps a copy of it</source>
        <translation>文件 → 另存为… 可保留一份副本</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Save the demo data as</source>
        <translation>把演示数据另存为</translation>
    </message>
    <message>
        <source>Database (*.db)</source>
        <translation>数据库 (*.db)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>The demo data was saved as %1. Open that copy now?</source>
        <translation>演示数据已保存为 %1。现在打开这份副本吗？</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <source>Document</source>
        <translation>文件名称</translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation>通过日期</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>Search documents…</source>
        <translation>搜索制度文件…</translation>
    </message>
    <message>
        <source>Open meeting</source>
        <translation>打开会议</translation>
    </message>
</context>
<context>
    <name>EffectsEditor</name>
    <message>
        <source>Grant a member role</source>
        <translation>授予会员身份</translation>
    </message>
    <message>
        <source>Revoke a member role</source>
        <translation>撤销会员身份</translation>
    </message>
    <message>
        <source>Appoint to a position</source>
        <translation>聘任职务</translation>
    </message>
    <message>
        <source>Dismiss from a position</source>
        <translation>免去职务</translation>
    </message>
    <message>
        <source>Establish a committee</source>
        <translation>设立委员会</translation>
    </message>
    <message>
        <source>Dissolve a committee</source>
        <translation>撤销委员会</translation>
    </message>
    <message>
        <source>Adopt a document</source>
        <translation>通过制度文件</translation>
    </message>
    <message>
        <source>Remove effect</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Add effect</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Effects on the registry when passed</source>
        <translation>通过后名录的变更</translation>
    </message>
    <message>
        <source>Position, e.g. assistant secretary-general</source>
        <translation>职务，如秘书长助理</translation>
    </message>
    <message>
        <source>New committee…</source>
        <translation>新建委员会…</translation>
    </message>
    <message>
        <source>Title of the document, without 《》</source>
        <translation>文件名称（不含书名号）</translation>
    </message>
    <message>
        <source>They take effect only once the meeting is held and the decision passes (from %1, the meeting's day).</source>
        <translation>会议召开且决定通过后才生效（自会议当日%1起）。</translation>
    </message>
    <message>
        <source>They take effect from %1, the meeting's day, if the decision passes.</source>
        <translation>决定通过后，自会议当日%1起生效。</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>已生效</translation>
    </message>
    <message>
        <source>Not in force</source>
        <translation>未生效</translation>
    </message>
    <message>
        <source>Fill in every field of the effect first.</source>
        <translation>请先把这项变更填写完整。</translation>
    </message>
    <message>
        <source>Add an effect</source>
        <translation>添加名录变更</translation>
    </message>
    <message>
        <source>Choose the effect to remove.</source>
        <translation>请先选择要删除的变更。</translation>
    </message>
    <message>
        <source>Remove an effect</source>
        <translation>删除名录变更</translation>
    </message>
</context>
<context>
    <name>EndMemberDialog</name>
    <message>
        <source>End membership: %1</source>
        <translation>结束任职：%1</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>委员</translation>
    </message>
    <message>
        <source>Ends on (not included)</source>
        <translation>结束日期（当日起不再任职）</translation>
    </message>
    <message>
        <source>Choose the member whose term ends.</source>
        <translation>请选择要结束任职的委员。</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Minutes (纪要), Word…</source>
        <translation>会议纪要（Word）…</translation>
    </message>
    <message>
        <source>Record of the meeting (会议记录), Word…</source>
        <translation>会议记录（Word）…</translation>
    </message>
    <message>
        <source>Sign-in sheet (签到表), Word…</source>
        <translation>签到表（Word）…</translation>
    </message>
    <message>
        <source>Agenda (议程), Word…</source>
        <translation>议程（Word）…</translation>
    </message>
    <message>
        <source>Meeting notice (会议通知), Word…</source>
        <translation>会议通知（Word）…</translation>
    </message>
    <message>
        <source>Ballot for secret votes (表决票), Word…</source>
        <translation>无记名投票表决票（Word）…</translation>
    </message>
    <message>
        <source>Newsletter article (会议简报), Word…</source>
        <translation>会议简报（Word）…</translation>
    </message>
    <message>
        <source>Minutes (纪要), PDF…</source>
        <translation>会议纪要（PDF）…</translation>
    </message>
    <message>
        <source>Minutes (纪要), PDF — needs Word, WPS or LibreOffice</source>
        <translation>会议纪要（PDF）——需先安装 Word、WPS 或 LibreOffice</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未能导出</translation>
    </message>
</context>
<context>
    <name>ExtendDueDialog</name>
    <message>
        <source>Extend due date</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>%1 action items</source>
        <translation>共 %1 项督办事项</translation>
    </message>
    <message>
        <source>New due date</source>
        <translation>新的完成时限</translation>
    </message>
    <message>
        <source>Later by</source>
        <translation>顺延</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Why the date moves (required)</source>
        <translation>延期原因（必填）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>FollowUpArea</name>
    <message>
        <source>Reassign owner…</source>
        <translation>调整责任方…</translation>
    </message>
    <message>
        <source>Extend due dates…</source>
        <translation>延期…</translation>
    </message>
    <message>
        <source>%1 of %2 action items</source>
        <translation>显示 %1 项，共 %2 项督办事项</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>%1 action items are overdue</source>
        <translation>%1 项督办事项已逾期</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>Extend %1 due dates</source>
        <translation>延期 %1 项督办事项</translation>
    </message>
    <message>
        <source>Reassign %1 action items</source>
        <translation>调整 %1 项督办事项的责任方</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>FollowUpDetail</name>
    <message>
        <source>Choose an action item to see its progress.</source>
        <translation>在左侧选择一项督办事项，查看其办理进展。</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>调整…</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>延期…</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任方</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>办理进展</translation>
    </message>
    <message>
        <source>Add a progress note</source>
        <translation>添加进展</translation>
    </message>
    <message>
        <source>Keep status</source>
        <translation>状态不变</translation>
    </message>
    <message>
        <source>What happened, and when</source>
        <translation>办理了什么、进展如何</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>办结…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reassign owner…</source>
        <translation>调整责任方…</translation>
    </message>
    <message>
        <source>Extend due dates…</source>
        <translation>延期…</translation>
    </message>
    <message>
        <source>%1 action items selected</source>
        <translation>已选择 %1 项督办事项</translation>
    </message>
    <message>
        <source>From %1 on %2, item “%3”</source>
        <translation>来源：%1（%2），议题“%3”</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>决定事项：%1</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>（未指定）</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>未定完成时限</translation>
    </message>
    <message>
        <source>overdue by %1 days</source>
        <translation>已逾期 %1 天</translation>
    </message>
    <message>
        <source>Originally due %1; extended %2 times</source>
        <translation>原定 %1 完成；已延期 %2 次</translation>
    </message>
    <message>
        <source>No progress noted yet.</source>
        <translation>尚无办理进展。</translation>
    </message>
    <message>
        <source>Due date %1 → %2</source>
        <translation>完成时限 %1 → %2</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>FollowUpExporter</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)…</source>
        <translation>Excel 表格（.xlsx）…</translation>
    </message>
    <message>
        <source>CSV for Excel (.csv)…</source>
        <translation>CSV 文件（.csv）…</translation>
    </message>
    <message>
        <source>Due dates as calendar (.ics)…</source>
        <translation>完成时限日历（.ics）…</translation>
    </message>
    <message>
        <source>Action sheet 督办单 (.docx)…</source>
        <translation>督办单（.docx）…</translation>
    </message>
    <message>
        <source>Export action items</source>
        <translation>导出督办事项</translation>
    </message>
</context>
<context>
    <name>FollowUpFilters</name>
    <message>
        <source>Not finished</source>
        <translation>未办结</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>只看逾期</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>不限</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天内</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>全部责任方</translation>
    </message>
    <message>
        <source>All bodies</source>
        <translation>全部会议机构</translation>
    </message>
    <message>
        <source>All terms</source>
        <translation>全部届次</translation>
    </message>
    <message>
        <source>All meetings</source>
        <translation>全部会议</translation>
    </message>
    <message>
        <source>Search items, owners, meetings</source>
        <translation>搜索事项、责任方、会议</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due within</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任方</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>会议机构</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>届次</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Term %1</source>
        <translation>第 %1 届</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>Action item</source>
        <translation>督办事项</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任方</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Latest progress</source>
        <translation>最新进展</translation>
    </message>
    <message>
        <source>From meeting</source>
        <translation>来源会议</translation>
    </message>
    <message>
        <source>%1 (extended %2×)</source>
        <translation>%1（延期%2次）</translation>
    </message>
    <message>
        <source>Overdue by %1 days</source>
        <translation>已逾期 %1 天</translation>
    </message>
    <message>
        <source>Extended %1 times</source>
        <translation>已延期 %1 次</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>使用说明</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
</context>
<context>
    <name>GuideMenu</name>
    <message>
        <source>&amp;User guide</source>
        <translation>使用说明(&amp;U)</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变动</translation>
    </message>
    <message>
        <source>By</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Became %1</source>
        <translation>成为%1</translation>
    </message>
    <message>
        <source>No longer %1</source>
        <translation>不再是%1</translation>
    </message>
    <message>
        <source>Took office as %1</source>
        <translation>任%1</translation>
    </message>
    <message>
        <source>Left office as %1</source>
        <translation>不再任%1</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History</source>
        <translation>变动记录</translation>
    </message>
    <message>
        <source>Open meeting</source>
        <translation>打开会议</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>%1的变动记录</translation>
    </message>
</context>
<context>
    <name>HoldersModel</name>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>协会职务</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import member list</source>
        <translation>导入会员名单</translation>
    </message>
    <message>
        <source>An .xlsx or .csv file with a header row</source>
        <translation>带表头行的 .xlsx 或 .csv 文件</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Choose a file to see its rows.</source>
        <translation>选择文件后在这里预览各行。</translation>
    </message>
    <message>
        <source>Show only rows with problems</source>
        <translation>只看有问题的行</translation>
    </message>
    <message>
        <source>Leave out the rows with problems</source>
        <translation>跳过有问题的行</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Member list</source>
        <translation>会员名单</translation>
    </message>
    <message>
        <source>Member lists (*.xlsx *.csv)</source>
        <translation>会员名单 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>第%1列</translation>
    </message>
    <message>
        <source>Choose the column that holds the unit's name.</source>
        <translation>请指定哪一列是单位名称。</translation>
    </message>
    <message>
        <source>%1 rows: %2 good, %3 with problems.</source>
        <translation>共%1行：%2行可以导入，%3行有问题。</translation>
    </message>
    <message>
        <source>%1 units imported.</source>
        <translation>已导入%1家会员单位。</translation>
    </message>
    <message>
        <source>%1 rows left out.</source>
        <translation>跳过了%1行。</translation>
    </message>
    <message>
        <source>Member list imported</source>
        <translation>会员名单已导入</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>Change the presenter</source>
        <translation>更改汇报人</translation>
    </message>
    <message>
        <source>What was reported and discussed</source>
        <translation>汇报和讨论情况</translation>
    </message>
    <message>
        <source>Edit the notes</source>
        <translation>编辑议题内容</translation>
    </message>
    <message>
        <source>Add decision</source>
        <translation>添加决定事项</translation>
    </message>
    <message>
        <source>Choose or add an agenda item on the left.</source>
        <translation>请在左侧选择或添加议题。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>汇报人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>决定事项</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>督办事项</translation>
    </message>
    <message>
        <source>An agenda item needs a title.</source>
        <translation>议题名称不能为空。</translation>
    </message>
    <message>
        <source>Rename the agenda item</source>
        <translation>修改议题名称</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>新决定事项</translation>
    </message>
    <message>
        <source>Add a decision</source>
        <translation>添加决定事项</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>新建会议(&amp;N)…</translation>
    </message>
    <message>
        <source>Resolutions register (决议汇编)…</source>
        <translation>导出决议汇编…</translation>
    </message>
    <message>
        <source>Connect to a shared database…</source>
        <translation>连接共享数据库(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Minutes template…</source>
        <translation>纪要模板…</translation>
    </message>
    <message>
        <source>Use the built-in template</source>
        <translation>使用内置模板</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>Minutes template</source>
        <translation>选择纪要模板</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Minutes, record, sign-in sheet or agenda as Word</source>
        <translation>将纪要、会议记录、签到表或议程导出为 Word 文件</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <source>Agenda, decisions and actions</source>
        <translation>议题、决定事项与督办</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>纪要</translation>
    </message>
    <message>
        <source>Title, issue number, issuer, date of issue, copies</source>
        <translation>会议名称、期号、印发单位、印发日期、抄送</translation>
    </message>
    <message>
        <source>Follow-up recorded elsewhere was loaded; the undo history of this meeting was cleared.</source>
        <translation>已载入在督办中登记的落实情况；本次会议的撤销记录已清空。</translation>
    </message>
</context>
<context>
    <name>MeetingHeader</name>
    <message>
        <source>← Meetings</source>
        <translation>← 会议列表</translation>
    </message>
    <message>
        <source>Back to the list of meetings (Alt+Left)</source>
        <translation>返回会议列表（Alt+←）</translation>
    </message>
    <message>
        <source>Approve minutes…</source>
        <translation>审定纪要…</translation>
    </message>
    <message>
        <source>Mark as held</source>
        <translation>标为已召开</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>When the meeting ended, e.g. 11:30; empty for not recorded</source>
        <translation>会议结束的时间，如 11:30；不填表示未记录</translation>
    </message>
    <message>
        <source>Change the chair</source>
        <translation>更改主持人</translation>
    </message>
    <message>
        <source>Change the recorder</source>
        <translation>更改记录人</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Recorder</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Set the status to held or draft first</source>
        <translation>请先把会议状态改为“已召开”或“纪要起草中”</translation>
    </message>
    <message>
        <source>The meeting's start has passed: mark it as held. Its decisions change the registry, and the minutes can be approved, only once it is held.</source>
        <translation>会议开始时间已过，请标为“已召开”。会议召开后，决定才变更名录，纪要才能审定。</translation>
    </message>
    <message>
        <source>Planned: its decisions change the registry, and the minutes can be approved, only once the meeting is held.</source>
        <translation>筹备中：会议召开后，决定才变更名录，纪要才能审定。</translation>
    </message>
    <message>
        <source>Change the status</source>
        <translation>更改会议状态</translation>
    </message>
    <message>
        <source>Change the place</source>
        <translation>更改会议地点</translation>
    </message>
    <message>
        <source>Change the start</source>
        <translation>更改开始时间</translation>
    </message>
    <message>
        <source>Change the end</source>
        <translation>更改结束时间</translation>
    </message>
    <message>
        <source>Approve minutes</source>
        <translation>审定纪要</translation>
    </message>
    <message>
        <source>Approve the minutes of %1?

They will be locked: later changes only as recorded corrections.</source>
        <translation>确定审定%1的纪要吗？

审定后纪要即锁定，以后只能以登记更正的方式修改。</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>审定</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <source>Title</source>
        <translation>会议名称</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>会议机构</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Seats / present</source>
        <translation>应到 / 实到</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>决定（通过/全部）</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>未完成督办</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <source>Search titles</source>
        <translation>搜索会议名称</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>新建会议…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>会议机构</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>届次</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Term %1</source>
        <translation>第%1届</translation>
    </message>
    <message>
        <source>%1 of %2 meetings</source>
        <translation>显示 %1 次会议，共 %2 次</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Add member: %1</source>
        <translation>添加委员：%1</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Empty while the membership has no end</source>
        <translation>尚未结束任职的留空</translation>
    </message>
    <message>
        <source>Ends on (not included)</source>
        <translation>结束日期（当日起不再任职）</translation>
    </message>
    <message>
        <source>Choose the person first.</source>
        <translation>请先选择人员。</translation>
    </message>
</context>
<context>
    <name>MinutesPanel</name>
    <message>
        <source>Leave empty to use the title made from body, term and number</source>
        <translation>留空则按机构、届次和会次自动生成会议名称</translation>
    </message>
    <message>
        <source>e.g. No. 5</source>
        <translation>如：第5期</translation>
    </message>
    <message>
        <source>Change the issue number</source>
        <translation>更改期号</translation>
    </message>
    <message>
        <source>Change the issuer</source>
        <translation>更改印发单位</translation>
    </message>
    <message>
        <source>Type the date, e.g. 2024-8-15; empty for none</source>
        <translation>输入日期，如 2024-8-15；留空则不写印发日期</translation>
    </message>
    <message>
        <source>Names separated by ， or 、</source>
        <translation>多个单位用“，”或“、”分隔</translation>
    </message>
    <message>
        <source>Corrections recorded since approval</source>
        <translation>审定后登记的更正</translation>
    </message>
    <message>
        <source>These appear in the header and at the foot of the exported minutes.</source>
        <translation>以上信息用于导出纪要的版头和版记。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>会议名称</translation>
    </message>
    <message>
        <source>Issue number</source>
        <translation>期号</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>印发单位</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>印发日期</translation>
    </message>
    <message>
        <source>Copy to</source>
        <translation>抄送</translation>
    </message>
    <message>
        <source>Change the title</source>
        <translation>更改会议名称</translation>
    </message>
    <message>
        <source>Change the date of issue</source>
        <translation>更改印发日期</translation>
    </message>
    <message>
        <source>Change who receives a copy</source>
        <translation>更改抄送单位</translation>
    </message>
</context>
<context>
    <name>MomentField</name>
    <message>
        <source>Type a date and time such as 2024-8-11 9:00</source>
        <translation>请输入日期和时间，如 2024-8-11 9:00</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation>新建会议</translation>
    </message>
    <message>
        <source>Association meeting room</source>
        <translation>协会会议室</translation>
    </message>
    <message>
        <source>First item: progress on the last meetings' decisions</source>
        <translation>第一项议题：上次会议议定事项落实情况</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>会议机构</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>届</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>次</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>会议名称</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Recorder</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Choose the body that meets.</source>
        <translation>请选择召开会议的机构。</translation>
    </message>
</context>
<context>
    <name>Opener</name>
    <message>
        <source>already open in another window</source>
        <translation>已在另一个窗口中打开</translation>
    </message>
    <message>
        <source>open in process %1 on %2</source>
        <translation>已在计算机 %2 上的进程 %1 中打开</translation>
    </message>
    <message>
        <source>You can open it read-only to look things up.</source>
        <translation>可以以只读方式打开，只查看不修改。</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <source>No usable backup was found.</source>
        <translation>没有找到可用的备份。请联系技术支持；原文件未作任何改动。</translation>
    </message>
    <message>
        <source>The latest backup is from %1 (%2 meetings):
%3

Restore it? The damaged file is kept beside it under a new name.</source>
        <translation>最近的备份是 %1 的（%2次会议）：
%3

要恢复它吗？损坏的文件会改名后保留在原处。</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>恢复最近的备份</translation>
    </message>
    <message>
        <source>Restored from the backup %1; the damaged file is kept as %2.</source>
        <translation>已从备份 %1 恢复；损坏的文件保留为 %2。</translation>
    </message>
    <message>
        <source>Opened read-only (%1): changes cannot be saved.</source>
        <translation>以只读方式打开（%1）：修改无法保存。</translation>
    </message>
</context>
<context>
    <name>OwnerPicker</name>
    <message>
        <source>Person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>委员会</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Title in unit</source>
        <translation>单位职务</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>协会职务</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>By</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>Office holders only</source>
        <translation>只看担任协会职务的人</translation>
    </message>
    <message>
        <source>Search name, unit, position…</source>
        <translation>搜索姓名、单位、职务…</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>新增人员…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Change position…</source>
        <translation>调整职务…</translation>
    </message>
    <message>
        <source>%1 of %2 people</source>
        <translation>显示%1人，共%2人</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>编辑人员</translation>
    </message>
    <message>
        <source>Select a person first.</source>
        <translation>请先在列表中选中一个人。</translation>
    </message>
    <message>
        <source>Change position</source>
        <translation>调整职务</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation>编辑人员</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>新增人员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Title in unit</source>
        <translation>单位职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Member category</source>
        <translation>会员类别</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>入会日期</translation>
    </message>
</context>
<context>
    <name>QuorumBanner</name>
    <message>
        <source>Seats: %1, present in person: %2</source>
        <translation>应到%1人，实到%2人</translation>
    </message>
    <message>
        <source>, by proxy: %1</source>
        <translation>，委托%1人</translation>
    </message>
    <message>
        <source>; the constitution sets no quorum</source>
        <translation>，章程未规定法定人数</translation>
    </message>
    <message>
        <source>, quorum: %1</source>
        <translation>，须%1人</translation>
    </message>
    <message>
        <source>, quorate under the constitution</source>
        <translation>，符合章程规定</translation>
    </message>
    <message>
        <source>, not quorate: the meeting cannot decide</source>
        <translation>，不符合章程规定，不能作出决定</translation>
    </message>
</context>
<context>
    <name>ReassignOwnerDialog</name>
    <message>
        <source>Reassign owner</source>
        <translation>调整责任方</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>专家委员会</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>原因（可不填）</translation>
    </message>
    <message>
        <source>%1 action items</source>
        <translation>共 %1 项督办事项</translation>
    </message>
    <message>
        <source>Owner type</source>
        <translation>责任方类别</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>新的责任方</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Resolutions register (决议汇编)</source>
        <translation>决议汇编</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>会议机构</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>RegistryArea</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Bodies</source>
        <translation>会议机构</translation>
    </message>
    <message>
        <source>Committees</source>
        <translation>委员会</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>制度文件</translation>
    </message>
    <message>
        <source>Term %1</source>
        <translation>第%1届</translation>
    </message>
    <message>
        <source>No term yet</source>
        <translation>尚未设置届次</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>名录</translation>
    </message>
</context>
<context>
    <name>RegistryShared</name>
    <message>
        <source>Manual change</source>
        <translation>手工调整</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>自%1起</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Registered earlier</source>
        <translation>原有登记</translation>
    </message>
</context>
<context>
    <name>Removal</name>
    <message>
        <source>agenda item “%1”</source>
        <translation>议题“%1”</translation>
    </message>
    <message>
        <source>decision “%1”</source>
        <translation>决定“%1”</translation>
    </message>
    <message>
        <source>action item “%1”</source>
        <translation>督办事项“%1”</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>已删除%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>Export report</source>
        <translation>导出统计</translation>
    </message>
    <message>
        <source>Annex to the annual report, Word (.docx)…</source>
        <translation>年度工作报告附件，Word（.docx）…</translation>
    </message>
    <message>
        <source>Figures as Excel workbook (.xlsx)…</source>
        <translation>统计数据，Excel 工作簿（.xlsx）…</translation>
    </message>
    <message>
        <source>Statistics %1</source>
        <translation>会议统计 %1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Backups in %1 and beside the database:</source>
        <translation>%1 中以及数据库旁边的备份：</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议数</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <source>Only a database file can be restored from a backup.</source>
        <translation>只有数据库文件才能从备份恢复。</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>正在读取备份…</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>还没有备份。</translation>
    </message>
    <message>
        <source>Replace the current database with the backup of %1 (%2 meetings)?
The current database is backed up first, into %3.</source>
        <translation>用 %1 的备份（%2次会议）替换当前数据库吗？
当前数据库会先备份到 %3。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <source>Restored. The database as it was before is kept in %1.</source>
        <translation>已恢复。恢复前的数据库保存在 %1。</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>督办事项</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任单位/责任人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>办理状态</translation>
    </message>
    <message>
        <source>Latest progress</source>
        <translation>最新进展</translation>
    </message>
    <message>
        <source>Added to each note (optional)</source>
        <translation>补充说明（可不填，记入每项进展）</translation>
    </message>
    <message>
        <source>Record that the report was heard</source>
        <translation>记录已听取汇报</translation>
    </message>
    <message>
        <source>For the chosen items, or for all when none is chosen: a note dated the day of this meeting</source>
        <translation>为选中的事项（未选中则为全部事项）登记一条进展，日期为本次会议日期</translation>
    </message>
    <message>
        <source>%1 open action item(s) of this body from earlier meetings.</source>
        <translation>本机构此前会议尚未办结的督办事项共%1项。</translation>
    </message>
    <message>
        <source>No open action items of this body from earlier meetings.</source>
        <translation>本机构此前会议没有尚未办结的督办事项。</translation>
    </message>
    <message>
        <source>Recorded on %1 item(s).</source>
        <translation>已为%1项事项登记听取汇报。</translation>
    </message>
    <message>
        <source>Already recorded for these items.</source>
        <translation>这些事项已登记过本次会议听取汇报。</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>Special voting rule for this decision</source>
        <translation>本项适用特别表决规则</translation>
    </message>
    <message>
        <source>E.g. amending the constitution needs 2/3 where the body's rule is a simple majority</source>
        <translation>如修改章程须2/3以上通过，而本机构一般事项过半数即可</translation>
    </message>
    <message>
        <source>or more</source>
        <translation>以上（含本数）</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>超过（过半数）</translation>
    </message>
    <message>
        <source>of those present</source>
        <translation>到会</translation>
    </message>
    <message>
        <source>of all seats</source>
        <translation>全体</translation>
    </message>
    <message>
        <source>of votes cast</source>
        <translation>投票</translation>
    </message>
</context>
<context>
    <name>SaveRetry</name>
    <message>
        <source>{reason}. Your change is kept here and will be saved as soon as the server answers again.</source>
        <translation>{reason}。这次修改先保留在窗口中，服务器恢复后会自动保存。</translation>
    </message>
    <message>
        <source>Connected to the server again; your change was saved.</source>
        <translation>已重新连上服务器，刚才的修改已保存。</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定事项</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>督办事项</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>会员单位</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>专家委员会/分支机构</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>找到的内容</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>%1 (%2, first %3 shown)</source>
        <translation>%1（%2条，显示前%3条）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2条）</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Search meetings, decisions, actions, registry…</source>
        <translation>查找会议、议题、决定、督办事项、名录……</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>会议机构</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>届次</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Term %1</source>
        <translation>第%1届</translation>
    </message>
    <message>
        <source>All bodies</source>
        <translation>全部机构</translation>
    </message>
    <message>
        <source>All terms</source>
        <translation>全部届次</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在查找……</translation>
    </message>
    <message>
        <source>Nothing found for “%1”</source>
        <translation>没有找到“%1”</translation>
    </message>
    <message>
        <source>%1 found for “%2”</source>
        <translation>找到“%2”共%1条</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Set up the association</source>
        <translation>设置协会信息</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织名称</translation>
    </message>
    <message>
        <source>Current term</source>
        <translation>当前届次</translation>
    </message>
    <message>
        <source>Term began on</source>
        <translation>本届开始日期</translation>
    </message>
    <message>
        <source>The rules come from the model 章程; change them to match your association's 章程.</source>
        <translation>以下规则取自民政部章程示范文本，请按本会章程修改。</translation>
    </message>
</context>
<context>
    <name>SharedDatabaseDialog</name>
    <message>
        <source>Connect to a shared database</source>
        <translation>连接共享数据库</translation>
    </message>
    <message>
        <source>server name or address</source>
        <translation>服务器名称或地址</translation>
    </message>
    <message>
        <source>empty: from ~/.pgpass or the keyring</source>
        <translation>留空：从 ~/.pgpass 或系统钥匙串读取</translation>
    </message>
    <message>
        <source>Keep the password in the system keyring</source>
        <translation>把密码保存在系统钥匙串中</translation>
    </message>
    <message>
        <source>Install the keyring package to keep it there</source>
        <translation>需先安装 keyring 软件包才能保存到钥匙串</translation>
    </message>
    <message>
        <source>Default (prefer)</source>
        <translation>默认（能加密就加密）</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>不加密</translation>
    </message>
    <message>
        <source>If the server offers it</source>
        <translation>服务器支持时加密</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必须加密</translation>
    </message>
    <message>
        <source>Required, certificate checked</source>
        <translation>必须加密并校验证书</translation>
    </message>
    <message>
        <source>Required, certificate and name checked</source>
        <translation>必须加密并校验证书和服务器名称</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Encryption (SSL)</source>
        <translation>加密连接（SSL）</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Give the server's name or address.</source>
        <translation>请填写服务器名称或地址。</translation>
    </message>
    <message>
        <source>Give the database's name.</source>
        <translation>请填写数据库名称。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
</context>
<context>
    <name>StatsArea</name>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>届期</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>日期范围</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>统计期：</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>会议机构：</translation>
    </message>
    <message>
        <source>Click a bar to list the records behind it.</source>
        <translation>点击图中的柱形，查看其对应的记录。</translation>
    </message>
    <message>
        <source>All bodies</source>
        <translation>全部机构</translation>
    </message>
    <message>
        <source>Term %1 (%2 – %3)</source>
        <translation>第%1届（%2至%3）</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>%1: %2 meetings held, %3 decisions, %4 action items opened</source>
        <translation>%1：召开会议 %2 次，决定事项 %3 项，新增督办事项 %4 项</translation>
    </message>
    <message>
        <source>%1 records behind the bar</source>
        <translation>该柱形对应 %1 条记录</translation>
    </message>
</context>
<context>
    <name>StatsWords</name>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Inquorate</source>
        <translation>不足法定人数</translation>
    </message>
    <message>
        <source>Not voted</source>
        <translation>未表决</translation>
    </message>
    <message>
        <source>Meetings held each month</source>
        <translation>各月召开会议次数</translation>
    </message>
    <message>
        <source>Attendance rate of each meeting</source>
        <translation>各次会议出席率</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>法定人数</translation>
    </message>
    <message>
        <source>Members with the lowest attendance</source>
        <translation>出席率最低的成员</translation>
    </message>
    <message>
        <source>Decisions by kind</source>
        <translation>决定事项（按类别）</translation>
    </message>
    <message>
        <source>Member tier changes</source>
        <translation>会员层级变更</translation>
    </message>
    <message>
        <source>Action items by owner</source>
        <translation>督办事项（按责任方）</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议（次）</translation>
    </message>
    <message>
        <source>Attendance rate (%)</source>
        <translation>出席率（%）</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>决定事项</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位（家）</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>督办事项</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Quorate</source>
        <translation>符合法定人数</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>授予</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Closed on time</source>
        <translation>按时办结</translation>
    </message>
    <message>
        <source>Closed late</source>
        <translation>逾期办结</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期未办</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>会议机构</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>召开次数</translation>
    </message>
    <message>
        <source>Seats (sum)</source>
        <translation>应到人次</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>应到</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>出席率</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Meetings due</source>
        <translation>应出席次数</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Member tier</source>
        <translation>会员层级</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>机构名称</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任方</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>情况</translation>
    </message>
    <message>
        <source>Meetings per body and month</source>
        <translation>各机构各月召开会议次数</translation>
    </message>
    <message>
        <source>Meetings and attendance per body</source>
        <translation>各机构会议与出席情况</translation>
    </message>
    <message>
        <source>Attendance per meeting</source>
        <translation>各次会议出席情况</translation>
    </message>
    <message>
        <source>Attendance per member</source>
        <translation>成员出席情况</translation>
    </message>
    <message>
        <source>Committees set up and dissolved</source>
        <translation>专门委员会和分支机构变更</translation>
    </message>
    <message>
        <source>Action items opened</source>
        <translation>新增督办事项</translation>
    </message>
    <message>
        <source>of which on time</source>
        <translation>其中按时办结</translation>
    </message>
    <message>
        <source>of which late</source>
        <translation>其中逾期办结</translation>
    </message>
    <message>
        <source>of which without a due date</source>
        <translation>其中无办理时限</translation>
    </message>
    <message>
        <source>Closed, date not recorded</source>
        <translation>办结日期未记录</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Median days to close</source>
        <translation>办结用时中位数（天）</translation>
    </message>
    <message>
        <source>90th percentile of days to close</source>
        <translation>办结用时第90百分位（天）</translation>
    </message>
    <message>
        <source>Overdue as of {d}</source>
        <translation>截至{d}逾期未办</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>设立</translation>
    </message>
    <message>
        <source>Dissolved</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Meeting held</source>
        <translation>召开会议</translation>
    </message>
    <message>
        <source>{m}</source>
        <translation>{m}月</translation>
    </message>
    <message>
        <source>{y}-{m}</source>
        <translation>{y}年{m}月</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>（未指定）</translation>
    </message>
</context>
<context>
    <name>TermDialog</name>
    <message>
        <source>Start the next term</source>
        <translation>换届</translation>
    </message>
    <message>
        <source>No term is set up yet.</source>
        <translation>尚未设置届次。</translation>
    </message>
    <message>
        <source>Term %1 began on %2. The next term, %3, begins on the day below.</source>
        <translation>第%1届自%2开始。新的第%3届从下面选定的日期开始。</translation>
    </message>
    <message>
        <source>Term %1 ends the day before. Every body's seats are copied to the new term for you to review, and the positions still held end on that day (reason: the change of term). Appoint the new officers afterwards.</source>
        <translation>第%1届在前一天结束。各会议机构的席位将复制到新一届，请逐一核对；仍在任的职务在当天结束（原因：换届）。新一届的负责人请随后任命。</translation>
    </message>
    <message>
        <source>New term begins on</source>
        <translation>新一届开始日期</translation>
    </message>
    <message>
        <source>Term %1 begins on %2: %3 seats copied for review, %4 positions ended.</source>
        <translation>第%1届自%2开始：已复制%3个席位待核对，结束%4项职务。</translation>
    </message>
    <message>
        <source>New term started</source>
        <translation>已换届</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>Type a time such as 11:30 or 1130</source>
        <translation>请输入时间，如 11:30 或 1130</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>Edit unit</source>
        <translation>编辑单位</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>新增单位</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
</context>
<context>
    <name>UnitsModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Member roles</source>
        <translation>会员类别</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>By</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
</context>
<context>
    <name>UnitsTab</name>
    <message>
        <source>Members on that day</source>
        <translation>当日全部会员</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位（含非会员）</translation>
    </message>
    <message>
        <source>Search name, credit code, role, decision…</source>
        <translation>搜索名称、信用代码、会员类别、决定…</translation>
    </message>
    <message>
        <source>New unit…</source>
        <translation>新增单位…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>调整会员类别…</translation>
    </message>
    <message>
        <source>Import member list…</source>
        <translation>导入会员名单…</translation>
    </message>
    <message>
        <source>Export member list…</source>
        <translation>导出会员名单…</translation>
    </message>
    <message>
        <source>%1 of %2 units</source>
        <translation>显示%1家，共%2家</translation>
    </message>
    <message>
        <source>Edit unit</source>
        <translation>编辑单位</translation>
    </message>
    <message>
        <source>Select a unit first.</source>
        <translation>请先在列表中选中一家单位。</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>调整会员类别</translation>
    </message>
    <message>
        <source>Export member list</source>
        <translation>导出会员名单</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>%1 units written to %2</source>
        <translation>已把%1家会员单位写入 %2</translation>
    </message>
    <message>
        <source>Member list exported</source>
        <translation>会员名单已导出</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未能导出</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Something went wrong. Your earlier entries are saved. Send this log to support:</source>
        <translation>程序内部出错。此前录入的内容均已保存。请把以下日志文件发给技术支持：</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Planned</source>
        <translation>筹备中</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已召开</translation>
    </message>
    <message>
        <source>Minutes in draft</source>
        <translation>纪要起草中</translation>
    </message>
    <message>
        <source>Minutes approved</source>
        <translation>纪要已审定</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>委托</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>列席</translation>
    </message>
    <message>
        <source>No vote</source>
        <translation>无表决（会议决定）</translation>
    </message>
    <message>
        <source>Show of hands</source>
        <translation>举手表决</translation>
    </message>
    <message>
        <source>Secret ballot</source>
        <translation>无记名投票</translation>
    </message>
    <message>
        <source>Roll call</source>
        <translation>记名表决</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>一致同意</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Inquorate, no decision</source>
        <translation>不足法定人数，未能作出决定</translation>
    </message>
    <message>
        <source>Not voted</source>
        <translation>未表决</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般事项</translation>
    </message>
    <message>
        <source>Adopt a document</source>
        <translation>通过制度文件</translation>
    </message>
    <message>
        <source>Establish a committee</source>
        <translation>设立委员会</translation>
    </message>
    <message>
        <source>Grant a member role</source>
        <translation>授予会员身份</translation>
    </message>
    <message>
        <source>Revoke a member role</source>
        <translation>撤销会员身份</translation>
    </message>
    <message>
        <source>Appoint</source>
        <translation>聘任</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>免职</translation>
    </message>
    <message>
        <source>Approve a list</source>
        <translation>审定名单</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>工作任务</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>President unit</source>
        <translation>会长单位</translation>
    </message>
    <message>
        <source>Vice-president unit</source>
        <translation>副会长单位</translation>
    </message>
    <message>
        <source>Invited vice-president unit</source>
        <translation>特邀副会长单位</translation>
    </message>
    <message>
        <source>Executive director unit</source>
        <translation>常务理事单位</translation>
    </message>
    <message>
        <source>Director unit</source>
        <translation>理事单位</translation>
    </message>
    <message>
        <source>Supervisor unit</source>
        <translation>监事单位</translation>
    </message>
    <message>
        <source>Member unit</source>
        <translation>会员单位</translation>
    </message>
</context>
</TS>