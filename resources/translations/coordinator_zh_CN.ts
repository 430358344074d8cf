<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>About</source>
      <translation>关于</translation>
    </message>
    <message>
      <source>&lt;h2&gt;Party-building coordinator's workbench&lt;/h2&gt;</source>
      <translation>&lt;h2&gt;街道党建协调工作台&lt;/h2&gt;</translation>
    </message>
    <message>
      <source>Station hubs, co-building units, brand projects and councils, led by Party building.</source>
      <translation>党建引领下的阵地建设、共建单位、一社区一特色与社区议事。</translation>
    </message>
    <message>
      <source>Version:</source>
      <translation>版本：</translation>
    </message>
    <message>
      <source>Data folder:</source>
      <translation>数据文件夹：</translation>
    </message>
    <message>
      <source>Database:</source>
      <translation>数据库：</translation>
    </message>
    <message>
      <source>Log file:</source>
      <translation>日志文件：</translation>
    </message>
  </context>
  <context>
    <name>AgreementDialog</name>
    <message>
      <source>Edit agreement</source>
      <translation>编辑共建协议</translation>
    </message>
    <message>
      <source>New agreement</source>
      <translation>新增共建协议</translation>
    </message>
    <message>
      <source>Party-building co-operation agreement</source>
      <translation>党建共建协议</translation>
    </message>
    <message>
      <source>Street</source>
      <translation>街道</translation>
    </message>
    <message>
      <source>Community</source>
      <translation>社区</translation>
    </message>
    <message>
      <source>Site</source>
      <translation>阵地</translation>
    </message>
    <message>
      <source>(choose)</source>
      <translation>（请选择）</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>有效期至</translation>
    </message>
    <message>
      <source>Attach scanned copy…</source>
      <translation>附加扫描件…</translation>
    </message>
    <message>
      <source>Open scanned copy</source>
      <translation>打开扫描件</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>协议名称</translation>
    </message>
    <message>
      <source>Our side</source>
      <translation>我方</translation>
    </message>
    <message>
      <source>Signed on</source>
      <translation>签订日期</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Content</source>
      <translation>协议内容</translation>
    </message>
    <message>
      <source>Scanned copy</source>
      <translation>扫描件</translation>
    </message>
    <message>
      <source>The end date has passed: it shows as “%1”.</source>
      <translation>有效期已过，显示为“%1”。</translation>
    </message>
    <message>
      <source>Save the agreement first; then a scan can be attached.</source>
      <translation>请先保存协议，然后才能附加扫描件。</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>（无）</translation>
    </message>
    <message>
      <source>Choose the scanned agreement</source>
      <translation>选择协议扫描件</translation>
    </message>
    <message>
      <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
      <translation>扫描件 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;所有文件 (*)</translation>
    </message>
  </context>
  <context>
    <name>AppealForm</name>
    <message>
      <source>Appeal</source>
      <translation>诉求</translation>
    </message>
    <message>
      <source>New appeal</source>
      <translation>受理诉求</translation>
    </message>
    <message>
      <source>Resident:</source>
      <translation>诉求人：</translation>
    </message>
    <message>
      <source>Phone:</source>
      <translation>联系电话：</translation>
    </message>
    <message>
      <source>Channel:</source>
      <translation>诉求渠道：</translation>
    </message>
    <message>
      <source>Category:</source>
      <translation>诉求类别：</translation>
    </message>
    <message>
      <source>Content:</source>
      <translation>诉求内容：</translation>
    </message>
    <message>
      <source>Received on:</source>
      <translation>受理日期：</translation>
    </message>
    <message>
      <source>(choose a street)</source>
      <translation>（请选择街道）</translation>
    </message>
    <message>
      <source>(no community)</source>
      <translation>（不指定社区）</translation>
    </message>
    <message>
      <source>Street and community:</source>
      <translation>所属街道和社区：</translation>
    </message>
    <message>
      <source>Person in charge:</source>
      <translation>责任人：</translation>
    </message>
    <message>
      <source>Due date:</source>
      <translation>办理期限：</translation>
    </message>
    <message>
      <source>Source:</source>
      <translation>来源：</translation>
    </message>
    <message>
      <source>Handling</source>
      <translation>办理</translation>
    </message>
    <message>
      <source>Status:</source>
      <translation>当前状态：</translation>
    </message>
    <message>
      <source>(keep the status)</source>
      <translation>（不改变状态）</translation>
    </message>
    <message>
      <source>Change to:</source>
      <translation>改为：</translation>
    </message>
    <message>
      <source>Transferred to:</source>
      <translation>转办单位：</translation>
    </message>
    <message>
      <source>Result:</source>
      <translation>办理结果：</translation>
    </message>
    <message>
      <source>(not asked yet)</source>
      <translation>（尚未回访）</translation>
    </message>
    <message>
      <source>Resident's satisfaction:</source>
      <translation>群众满意度：</translation>
    </message>
    <message>
      <source>Followed up by:</source>
      <translation>跟进情况：</translation>
    </message>
    <message>
      <source>History…</source>
      <translation>修改记录…</translation>
    </message>
    <message>
      <source>the appeal received on %1</source>
      <translation>%1受理的诉求</translation>
    </message>
    <message>
      <source>Raised at a reception</source>
      <translation>来自群众接访</translation>
    </message>
    <message>
      <source>Agenda item “%1” at %2 (%3)</source>
      <translation>%2（%3）议题“%1”</translation>
    </message>
    <message>
      <source>Action “%1”: %2, due %3</source>
      <translation>落实事项“%1”：%2，期限%3</translation>
    </message>
    <message>
      <source>No meeting has discussed it yet.</source>
      <translation>尚未提交会议讨论。</translation>
    </message>
  </context>
  <context>
    <name>AppealsView</name>
    <message>
      <source>Search content, resident or phone</source>
      <translation>搜索诉求内容、诉求人或电话</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>全部状态</translation>
    </message>
    <message>
      <source>Overdue only</source>
      <translation>只看逾期</translation>
    </message>
    <message>
      <source>Show full names</source>
      <translation>显示完整姓名和电话</translation>
    </message>
    <message>
      <source>New appeal…</source>
      <translation>受理诉求…</translation>
    </message>
    <message>
      <source>Open…</source>
      <translation>打开…</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>History…</source>
      <translation>修改记录…</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>逾期</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>受理日期</translation>
    </message>
    <message>
      <source>Resident</source>
      <translation>诉求人</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>渠道</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Content</source>
      <translation>诉求内容</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>办理期限</translation>
    </message>
    <message>
      <source>Street</source>
      <translation>街道</translation>
    </message>
    <message>
      <source>Community</source>
      <translation>社区</translation>
    </message>
    <message>
      <source>Person in charge</source>
      <translation>责任人</translation>
    </message>
    <message>
      <source>%1 appeals</source>
      <translation>共%1件诉求</translation>
    </message>
    <message>
      <source>History of the appeal received on %1</source>
      <translation>修改记录：%1受理的诉求</translation>
    </message>
    <message>
      <source>Delete appeal</source>
      <translation>删除诉求</translation>
    </message>
    <message>
      <source>Delete this appeal? It can be restored from the recycle bin.</source>
      <translation>删除该诉求？删除后可在回收站中恢复。</translation>
    </message>
  </context>
  <context>
    <name>AssignDialog</name>
    <message>
      <source>Dock to a site</source>
      <translation>对接站点</translation>
    </message>
    <message>
      <source>Person:</source>
      <translation>人员：</translation>
    </message>
    <message>
      <source>Social worker:</source>
      <translation>社工：</translation>
    </message>
    <message>
      <source>Site:</source>
      <translation>站点：</translation>
    </message>
    <message>
      <source>Docked as:</source>
      <translation>对接身份：</translation>
    </message>
    <message>
      <source>From:</source>
      <translation>开始日期：</translation>
    </message>
    <message>
      <source>Please choose a social worker from the list.</source>
      <translation>请在列表中选择一名社工。</translation>
    </message>
    <message>
      <source>Please choose a site from the list.</source>
      <translation>请从下拉列表中选择站点。</translation>
    </message>
  </context>
  <context>
    <name>ClosureView</name>
    <message>
      <source>All streets (one row per street)</source>
      <translation>全区（按街道统计）</translation>
    </message>
    <message>
      <source>Show:</source>
      <translation>统计范围：</translation>
    </message>
    <message>
      <source>Street or community</source>
      <translation>街道/社区</translation>
    </message>
    <message>
      <source>Appeals</source>
      <translation>诉求数</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>已办结</translation>
    </message>
    <message>
      <source>Closure rate</source>
      <translation>办结率</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>逾期</translation>
    </message>
    <message>
      <source>Satisfied</source>
      <translation>满意率</translation>
    </message>
    <message>
      <source>Rows in red: more than one in ten appeals overdue.</source>
      <translation>红色行：逾期诉求超过一成。</translation>
    </message>
    <message>
      <source>%1 appeals, %2 closed: closure rate %3</source>
      <translation>诉求%1件，已办结%2件，办结率%3</translation>
    </message>
  </context>
  <context>
    <name>ContactDialog</name>
    <message>
      <source>Edit contact record</source>
      <translation>编辑对接记录</translation>
    </message>
    <message>
      <source>New contact record</source>
      <translation>新增对接记录</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>对接日期</translation>
    </message>
    <message>
      <source>Our person</source>
      <translation>我方人员</translation>
    </message>
    <message>
      <source>Their person</source>
      <translation>对方联系人</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>对接方式</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>对接内容</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <translation>后续跟进</translation>
    </message>
    <message>
      <source>“%1” is not chosen from the people directory: type part of the name and pick the person from the list, or leave the field empty.</source>
      <translation>“%1”不是从人员名录中选择的：请输入姓名的一部分，再从列表中选择人员，或将此栏留空。</translation>
    </message>
  </context>
  <context>
    <name>CouncilForm</name>
    <message>
      <source>Edit council</source>
      <translation>编辑议事会</translation>
    </message>
    <message>
      <source>New council</source>
      <translation>新建议事会</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>名称：</translation>
    </message>
    <message>
      <source>Kind:</source>
      <translation>类型：</translation>
    </message>
    <message>
      <source>(choose a street)</source>
      <translation>（请选择街道）</translation>
    </message>
    <message>
      <source>(the whole street)</source>
      <translation>（全街道）</translation>
    </message>
    <message>
      <source>Street and community:</source>
      <translation>所属街道和社区：</translation>
    </message>
    <message>
      <source>Rules</source>
      <translation>议事规则</translation>
    </message>
    <message>
      <source>Quorum:</source>
      <translation>法定人数：</translation>
    </message>
    <message>
      <source>of all members present (at least)</source>
      <translation>全体成员出席（不少于）</translation>
    </message>
    <message>
      <source>Passes with:</source>
      <translation>表决通过：</translation>
    </message>
    <message>
      <source>of all members in favour (more than)</source>
      <translation>全体成员赞成（超过）</translation>
    </message>
    <message>
      <source> days ahead</source>
      <translation>天前</translation>
    </message>
    <message>
      <source>Notice:</source>
      <translation>提前通知：</translation>
    </message>
    <message>
      <source> days</source>
      <translation>天</translation>
    </message>
    <message>
      <source>Meets at least every:</source>
      <translation>开会周期：</translation>
    </message>
    <message>
      <source>Members</source>
      <translation>成员</translation>
    </message>
    <message>
      <source>Add member</source>
      <translation>添加成员</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>移除</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Seat</source>
      <translation>席位</translation>
    </message>
    <message>
      <source>%1 members</source>
      <translation>共%1名成员</translation>
    </message>
    <message>
      <source>Type a name and choose the person from the list first.</source>
      <translation>请先输入姓名并从列表中选择人员。</translation>
    </message>
    <message>
      <source>A council named “%1” (%2) is already in the directory. Save this one as well?</source>
      <translation>已有名为“%1”（%2）的议事会。仍要再保存这一个吗？</translation>
    </message>
    <message>
      <source>%1 councils of that name in all.</source>
      <translation>同名议事会共%1个。</translation>
    </message>
    <message>
      <source>Possible duplicate</source>
      <translation>可能重复</translation>
    </message>
  </context>
  <context>
    <name>CouncilsPanel</name>
    <message>
      <source>Appeals</source>
      <translation>群众诉求</translation>
    </message>
    <message>
      <source>Councils</source>
      <translation>议事会</translation>
    </message>
    <message>
      <source>Meetings</source>
      <translation>会议</translation>
    </message>
    <message>
      <source>Closure rate</source>
      <translation>办结率</translation>
    </message>
  </context>
  <context>
    <name>CouncilsView</name>
    <message>
      <source>Search council names</source>
      <extracomment>a deleted or restored person takes their seats along: the member counts change the user wants to see a council's meetings</extracomment>
      <translation>搜索议事会名称</translation>
    </message>
    <message>
      <source>Overdue for a meeting only</source>
      <translation>只看逾期未开会</translation>
    </message>
    <message>
      <source>New council…</source>
      <translation>新建议事会…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <source>Meetings</source>
      <translation>会议</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>History…</source>
      <translation>修改记录…</translation>
    </message>
    <message>
      <source>Import or export the members of the councils</source>
      <translation>导入或导出各议事会的成员名单</translation>
    </message>
    <message>
      <source>Overdue for a meeting</source>
      <translation>逾期未开会</translation>
    </message>
    <message>
      <source>Council</source>
      <translation>议事会</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Street</source>
      <translation>街道</translation>
    </message>
    <message>
      <source>Community</source>
      <translation>社区</translation>
    </message>
    <message>
      <source>Members</source>
      <translation>成员数</translation>
    </message>
    <message>
      <source>Last meeting</source>
      <translation>最近会议</translation>
    </message>
    <message>
      <source>Meets every</source>
      <translation>开会周期</translation>
    </message>
    <message>
      <source>%1 days</source>
      <translation>%1天</translation>
    </message>
    <message>
      <source>%1 councils, %2 overdue for a meeting</source>
      <translation>共%1个议事会，%2个逾期未开会</translation>
    </message>
    <message>
      <source>History of “%1”</source>
      <translation>修改记录：%1</translation>
    </message>
    <message>
      <source>Delete council</source>
      <translation>删除议事会</translation>
    </message>
    <message>
      <source>Delete %1? It can be restored from the recycle bin.</source>
      <translation>删除“%1”？删除后可在回收站中恢复。</translation>
    </message>
  </context>
  <context>
    <name>DockingView</name>
    <message>
      <source>All streets</source>
      <translation>全部街道</translation>
    </message>
    <message>
      <source>Street:</source>
      <translation>街道：</translation>
    </message>
    <message>
      <source>Site</source>
      <translation>阵地</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Street</source>
      <translation>街道</translation>
    </message>
    <message>
      <source>Dock a social worker…</source>
      <translation>对接社工…</translation>
    </message>
    <message>
      <source>Dock a social worker to the chosen site</source>
      <translation>为选中的阵地对接一名社工</translation>
    </message>
    <message>
      <source>Sites without a social worker</source>
      <translation>未对接社工的阵地</translation>
    </message>
    <message>
      <source>Social worker</source>
      <translation>社工</translation>
    </message>
    <message>
      <source>Number of sites</source>
      <translation>站点数</translation>
    </message>
    <message>
      <source>Sites</source>
      <translation>对接站点</translation>
    </message>
    <message>
      <source>Social workers docked to several sites</source>
      <translation>对接多个站点的社工</translation>
    </message>
    <message>
      <source>As of %1: %2 sites, %3 of them without a social worker; %4 social workers docked to several sites.</source>
      <translation>截至%1：共 %2 个阵地，其中 %3 个未对接社工；%4 名社工对接多个站点。</translation>
    </message>
  </context>
  <context>
    <name>EndDockingDialog</name>
    <message>
      <source>End docking</source>
      <translation>结束对接</translation>
    </message>
    <message>
      <source>%1 has been docked to %2 since %3.</source>
      <translation>%1自%3起对接%2。</translation>
    </message>
    <message>
      <source>Last day:</source>
      <translation>结束日期：</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>Sorry, something went wrong. Your data has not been changed.</source>
      <translation>抱歉，程序出现了意外错误。您的数据没有被改动。</translation>
    </message>
    <message>
      <source>Details were written to the log file:
%1</source>
      <translation>详细信息已记录在日志文件：
%1</translation>
    </message>
    <message>
      <source>Unexpected error</source>
      <translation>意外错误</translation>
    </message>
  </context>
  <context>
    <name>ExchangeButtons</name>
    <message>
      <source>Import…</source>
      <translation>导入…</translation>
    </message>
    <message>
      <source>Import rows from an Excel workbook (.xlsx)</source>
      <translation>从 Excel 表格导入</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>导出…</translation>
    </message>
    <message>
      <source>Save the list as an Excel workbook (.xlsx)</source>
      <translation>把名录保存为 Excel 表格</translation>
    </message>
    <message>
      <source>Template…</source>
      <translation>模板…</translation>
    </message>
    <message>
      <source>Save a blank Excel template with an example row</source>
      <translation>保存带示例行的空白 Excel 导入模板</translation>
    </message>
    <message>
      <source>Export to Excel</source>
      <translation>导出到 Excel</translation>
    </message>
    <message>
      <source>Finding the rows of the list…</source>
      <translation>正在查找列表中的记录…</translation>
    </message>
    <message>
      <source>%1 rows saved to %2.</source>
      <translation>已导出 %1 条，保存在 %2。</translation>
    </message>
    <message>
      <source>Exporting…</source>
      <translation>正在导出…</translation>
    </message>
    <message>
      <source>Save template</source>
      <translation>保存导入模板</translation>
    </message>
  </context>
  <context>
    <name>ExportOptions</name>
    <message>
      <source>Export to Excel</source>
      <translation>导出到 Excel</translation>
    </message>
    <message>
      <source>The rows of the current list (filters applied)</source>
      <translation>当前列表中筛选出的记录</translation>
    </message>
    <message>
      <source>The whole directory</source>
      <translation>整个名录</translation>
    </message>
    <message>
      <source>Full names and phone numbers (recorded in the change log)</source>
      <translation>导出完整姓名和电话号码（将记入修改记录）</translation>
    </message>
    <message>
      <source>Full phone numbers (recorded in the change log)</source>
      <translation>导出完整电话号码（将记入修改记录）</translation>
    </message>
  </context>
  <context>
    <name>Fields</name>
    <message>
      <source>d MMM yyyy</source>
      <translation>yyyy年M月d日</translation>
    </message>
    <message>
      <source>d MMM yyyy HH:mm</source>
      <translation>yyyy年M月d日 HH:mm</translation>
    </message>
  </context>
  <context>
    <name>FontsSection</name>
    <message>
      <source>Fonts for printing</source>
      <translation>打印字体</translation>
    </message>
    <message>
      <source>Font folder:</source>
      <translation>字体文件夹：</translation>
    </message>
    <message>
      <source>None: the fonts installed on this computer</source>
      <translation>不指定：使用本机已安装的字体</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>选择…</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>用途</translation>
    </message>
    <message>
      <source>Font</source>
      <translation>字体</translation>
    </message>
    <message>
      <source>Choose the font folder</source>
      <translation>选择字体文件夹</translation>
    </message>
    <message>
      <source>The font folder does not exist.</source>
      <translation>字体文件夹不存在。</translation>
    </message>
    <message>
      <source>%1 (stands in for the missing font)</source>
      <translation>%1（代替缺少的字体）</translation>
    </message>
    <message>
      <source>None</source>
      <translation>无</translation>
    </message>
  </context>
  <context>
    <name>FormDialog</name>
    <message>
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
  </context>
  <context>
    <name>HistoryDialog</name>
    <message>
      <source>History: %1</source>
      <extracomment>per record type, the vocabularies that take precedence over the shared ones</extracomment>
      <translation>修改记录：%1</translation>
    </message>
    <message>
      <source>(restored)</source>
      <translation>（已恢复）</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>User</source>
      <translation>操作人</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>操作</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>项目</translation>
    </message>
    <message>
      <source>Old value</source>
      <translation>原值</translation>
    </message>
    <message>
      <source>New value</source>
      <translation>新值</translation>
    </message>
    <message>
      <source>%1 changes</source>
      <translation>共 %1 条修改记录</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <source>This record was loaded in bulk with the demo data and has not been changed since.</source>
      <translation>此记录随演示数据批量载入，尚无修改记录。</translation>
    </message>
    <message>
      <source>No changes have been recorded for this record yet.</source>
      <translation>尚无修改记录。</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <source>Import from Excel</source>
      <extracomment>rows shown in the preview (the counts cover them all)</extracomment>
      <translation>从 Excel 导入</translation>
    </message>
    <message>
      <source>Column in the file</source>
      <translation>表格中的列</translation>
    </message>
    <message>
      <source>Imported as</source>
      <translation>导入为</translation>
    </message>
    <message>
      <source>Check again with this mapping</source>
      <translation>按此对应重新检查</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>行号</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>结果</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>导入</translation>
    </message>
    <message>
      <source>Save rejected rows…</source>
      <translation>保存未导入的行…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <source>Columns (correct what was not recognised; it is remembered):</source>
      <translation>列的对应（未识别的列可在此更正，会被记住）：</translation>
    </message>
    <message>
      <source>File: %1</source>
      <translation>文件：%1</translation>
    </message>
    <message>
      <source>Reading the workbook…</source>
      <translation>正在读取表格…</translation>
    </message>
    <message>
      <source>(no name)</source>
      <translation>（无列名）</translation>
    </message>
    <message>
      <source>(ignore)</source>
      <translation>（不导入）</translation>
    </message>
    <message>
      <source>New</source>
      <translation>新增</translation>
    </message>
    <message>
      <source>Update</source>
      <translation>更新</translation>
    </message>
    <message>
      <source>Unchanged</source>
      <translation>无变化</translation>
    </message>
    <message>
      <source>Not imported</source>
      <translation>不导入</translation>
    </message>
    <message>
      <source>Skipped</source>
      <translation>跳过</translation>
    </message>
    <message>
      <source>%1 new, %2 to update, %3 unchanged, %4 not imported, %5 skipped (合计, notes).</source>
      <translation>新增 %1 条，更新 %2 条，无变化 %3 条，不导入 %4 条，跳过 %5 行（合计行、说明行）。</translation>
    </message>
    <message>
      <source>Imported: %1 new, %2 updated. %3 rows were not imported.</source>
      <translation>已导入：新增 %1 条，更新 %2 条。另有 %3 行未导入。</translation>
    </message>
    <message>
      <source>Importing…</source>
      <translation>正在导入…</translation>
    </message>
    <message>
      <source>Save rejected rows</source>
      <translation>保存未导入的行</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx);;All files (*)</source>
      <translation>Excel 工作簿 (*.xlsx);;所有文件 (*)</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <source>Social-work station</source>
      <translation>社工服务站</translation>
    </message>
    <message>
      <source>Street Party-masses service centre</source>
      <translation>街道党群服务中心</translation>
    </message>
    <message>
      <source>Community Party-masses service centre</source>
      <translation>社区党群服务中心</translation>
    </message>
    <message>
      <source>Deputies' studio</source>
      <translation>两代表一委员工作室</translation>
    </message>
    <message>
      <source>NPC deputies' community liaison station</source>
      <translation>人大代表社区联络站</translation>
    </message>
    <message>
      <source>Party-masses function room</source>
      <translation>党群服务功能室</translation>
    </message>
    <message>
      <source>Party-masses charity shop</source>
      <translation>党群爱心超市/爱心屋</translation>
    </message>
    <message>
      <source>Social worker</source>
      <translation>社工</translation>
    </message>
    <message>
      <source>Party-member social worker</source>
      <translation>党员社工</translation>
    </message>
    <message>
      <source>Party-member volunteer</source>
      <translation>党员义工</translation>
    </message>
    <message>
      <source>NPC deputy</source>
      <translation>人大代表</translation>
    </message>
    <message>
      <source>Party congress deputy</source>
      <translation>党代表</translation>
    </message>
    <message>
      <source>CPPCC member</source>
      <translation>政协委员</translation>
    </message>
    <message>
      <source>Trade union representative</source>
      <translation>工会代表</translation>
    </message>
    <message>
      <source>Legal adviser</source>
      <translation>法律顾问</translation>
    </message>
    <message>
      <source>Residents' representative</source>
      <translation>居民代表</translation>
    </message>
    <message>
      <source>Residents' committee cadre</source>
      <translation>居委干部</translation>
    </message>
    <message>
      <source>Party-building coordinator</source>
      <translation>党建指导员</translation>
    </message>
    <message>
      <source>Party committee</source>
      <translation>党委</translation>
    </message>
    <message>
      <source>General Party branch</source>
      <translation>党总支</translation>
    </message>
    <message>
      <source>Party branch</source>
      <translation>党支部</translation>
    </message>
    <message>
      <source>Street</source>
      <translation>街道</translation>
    </message>
    <message>
      <source>Community</source>
      <translation>社区</translation>
    </message>
    <message>
      <source>Site</source>
      <translation>阵地</translation>
    </message>
    <message>
      <source>Function room</source>
      <translation>功能室</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>人员</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <source>Docking</source>
      <translation>站点对接</translation>
    </message>
    <message>
      <source>Party organisation</source>
      <translation>党组织</translation>
    </message>
    <message>
      <source>Reception</source>
      <translation>接访</translation>
    </message>
    <message>
      <source>Reception host</source>
      <translation>接访人员</translation>
    </message>
    <message>
      <source>Council member</source>
      <translation>议事会成员</translation>
    </message>
    <message>
      <source>Attendance</source>
      <translation>出席记录</translation>
    </message>
    <message>
      <source>Agenda item</source>
      <translation>议题</translation>
    </message>
    <message>
      <source>Action item</source>
      <translation>落实事项</translation>
    </message>
    <message>
      <source>Appeal</source>
      <translation>诉求</translation>
    </message>
    <message>
      <source>Created</source>
      <translation>新建</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Parent site</source>
      <translation>上级阵地</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <source>Opening hours</source>
      <translation>开放时间</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>联系电话</translation>
    </message>
    <message>
      <source>Operating organisation</source>
      <translation>运营机构</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Deleted</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>Party member</source>
      <translation>党员</translation>
    </message>
    <message>
      <source>Skills</source>
      <translation>特长</translation>
    </message>
    <message>
      <source>Start date</source>
      <translation>开始日期</translation>
    </message>
    <message>
      <source>End date</source>
      <translation>结束日期</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>Visitors</source>
      <translation>来访人数</translation>
    </message>
    <message>
      <source>Topics raised</source>
      <translation>反映问题</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <translation>跟进情况</translation>
    </message>
    <message>
      <source>Capacity</source>
      <translation>容纳人数</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>用途</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>层级</translation>
    </message>
    <message>
      <source>Secretary</source>
      <translation>书记</translation>
    </message>
    <message>
      <source>Members</source>
      <translation>党员人数</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <source>No</source>
      <translation>否</translation>
    </message>
    <message>
      <source>Community Party organisation</source>
      <translation>社区党组织</translation>
    </message>
    <message>
      <source>Government body or public institution</source>
      <translation>机关事业单位</translation>
    </message>
    <message>
      <source>State-owned enterprise</source>
      <translation>国有企业</translation>
    </message>
    <message>
      <source>Private enterprise</source>
      <translation>非公企业</translation>
    </message>
    <message>
      <source>Social organisation</source>
      <translation>社会组织</translation>
    </message>
    <message>
      <source>Office building</source>
      <translation>商务楼宇</translation>
    </message>
    <message>
      <source>Business district or market</source>
      <translation>商圈市场</translation>
    </message>
    <message>
      <source>Internet company</source>
      <translation>互联网企业</translation>
    </message>
    <message>
      <source>School</source>
      <translation>学校</translation>
    </message>
    <message>
      <source>Hospital</source>
      <translation>医院</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <source>New economic and social organisations</source>
      <translation>两新组织</translation>
    </message>
    <message>
      <source>Manpower</source>
      <translation>人力</translation>
    </message>
    <message>
      <source>Materials</source>
      <translation>物质</translation>
    </message>
    <message>
      <source>Connections</source>
      <translation>关系</translation>
    </message>
    <message>
      <source>Funds</source>
      <translation>资金</translation>
    </message>
    <message>
      <source>Venue</source>
      <translation>场地</translation>
    </message>
    <message>
      <source>Professional services</source>
      <translation>专业服务</translation>
    </message>
    <message>
      <source>Available</source>
      <translation>可提供</translation>
    </message>
    <message>
      <source>In use</source>
      <translation>使用中</translation>
    </message>
    <message>
      <source>Withdrawn</source>
      <translation>已停止</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>拟签</translation>
    </message>
    <message>
      <source>In force</source>
      <translation>有效</translation>
    </message>
    <message>
      <source>Expired</source>
      <translation>已到期</translation>
    </message>
    <message>
      <source>Terminated</source>
      <translation>已终止</translation>
    </message>
    <message>
      <source>Visit</source>
      <translation>走访</translation>
    </message>
    <message>
      <source>Meeting name</source>
      <translation>会议名称</translation>
    </message>
    <message>
      <source>Agenda item title</source>
      <translation>议题名称</translation>
    </message>
    <message>
      <source>Vote outcome</source>
      <translation>表决结果</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>督办事项</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>进展</translation>
    </message>
    <message>
      <source>Appeal content</source>
      <translation>诉求内容</translation>
    </message>
    <message>
      <source>Quorum (numerator)</source>
      <translation>到会要求（分子）</translation>
    </message>
    <message>
      <source>Quorum (denominator)</source>
      <translation>到会要求（分母）</translation>
    </message>
    <message>
      <source>Majority to pass (numerator)</source>
      <translation>通过票数（分子）</translation>
    </message>
    <message>
      <source>Majority to pass (denominator)</source>
      <translation>通过票数（分母）</translation>
    </message>
    <message>
      <source>Notice days</source>
      <translation>提前通知天数</translation>
    </message>
    <message>
      <source>Meets every (days)</source>
      <translation>开会周期（天）</translation>
    </message>
    <message>
      <source>Seat</source>
      <translation>席位</translation>
    </message>
    <message>
      <source>Meeting time</source>
      <translation>会议时间</translation>
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
      <source>Notice posted at</source>
      <translation>通知张贴时间</translation>
    </message>
    <message>
      <source>Warnings</source>
      <translation>提醒</translation>
    </message>
    <message>
      <source>Minutes</source>
      <translation>会议纪要</translation>
    </message>
    <message>
      <source>Previous meeting</source>
      <translation>上次会议</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>顺序</translation>
    </message>
    <message>
      <source>Proposed by</source>
      <translation>提出人</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>来源</translation>
    </message>
    <message>
      <source>Recurring item</source>
      <translation>常设议题</translation>
    </message>
    <message>
      <source>Discussion</source>
      <translation>讨论情况</translation>
    </message>
    <message>
      <source>Votes for</source>
      <translation>赞成票</translation>
    </message>
    <message>
      <source>Votes against</source>
      <translation>反对票</translation>
    </message>
    <message>
      <source>Abstentions</source>
      <translation>弃权票</translation>
    </message>
    <message>
      <source>Present at the vote</source>
      <translation>表决时到会人数</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Resolution</source>
      <translation>决议</translation>
    </message>
    <message>
      <source>Person responsible</source>
      <translation>责任人</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>办理时限</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>办理结果</translation>
    </message>
    <message>
      <source>Done on</source>
      <translation>完成日期</translation>
    </message>
    <message>
      <source>Resident</source>
      <translation>群众姓名</translation>
    </message>
    <message>
      <source>Resident's phone</source>
      <translation>群众电话</translation>
    </message>
    <message>
      <source>Received on</source>
      <translation>受理日期</translation>
    </message>
    <message>
      <source>Person in charge</source>
      <translation>责任人</translation>
    </message>
    <message>
      <source>Transferred to</source>
      <translation>转办单位</translation>
    </message>
    <message>
      <source>Satisfaction</source>
      <translation>满意度</translation>
    </message>
    <message>
      <source>Closed on</source>
      <translation>办结日期</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation>会议</translation>
    </message>
    <message>
      <source>Phone call</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>WeChat</source>
      <translation>微信</translation>
    </message>
    <message>
      <source>Joint activity</source>
      <translation>共建活动</translation>
    </message>
    <message>
      <source>Waiting for a match</source>
      <translation>待对接</translation>
    </message>
    <message>
      <source>Matched</source>
      <translation>已对接</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>已完成</translation>
    </message>
    <message>
      <source>Following up</source>
      <translation>跟进中</translation>
    </message>
    <message>
      <source>Delivered</source>
      <translation>已落实</translation>
    </message>
    <message>
      <source>Not delivered</source>
      <translation>未落实</translation>
    </message>
    <message>
      <source>same community</source>
      <translation>同社区</translation>
    </message>
    <message>
      <source>same street</source>
      <translation>同街道</translation>
    </message>
    <message>
      <source>contacted within 30 days</source>
      <translation>30天内有对接</translation>
    </message>
    <message>
      <source>contacted within 90 days</source>
      <translation>90天内有对接</translation>
    </message>
    <message>
      <source>resource available</source>
      <translation>资源可提供</translation>
    </message>
    <message>
      <source>charity alliance member</source>
      <translation>慈善联盟成员</translation>
    </message>
    <message>
      <source>Co-building unit</source>
      <translation>共建单位</translation>
    </message>
    <message>
      <source>Resource</source>
      <translation>资源</translation>
    </message>
    <message>
      <source>Co-building agreement</source>
      <translation>共建协议</translation>
    </message>
    <message>
      <source>Contact record</source>
      <translation>对接记录</translation>
    </message>
    <message>
      <source>Community need</source>
      <translation>社区需求</translation>
    </message>
    <message>
      <source>Need match</source>
      <translation>需求对接</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Unified social credit code</source>
      <translation>统一社会信用代码</translation>
    </message>
    <message>
      <source>Contact person</source>
      <translation>联系人</translation>
    </message>
    <message>
      <source>Contact phone</source>
      <translation>联系电话</translation>
    </message>
    <message>
      <source>Charity alliance member</source>
      <translation>慈善联盟成员</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>标签</translation>
    </message>
    <message>
      <source>Merged into</source>
      <translation>合并到</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>说明</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>数量</translation>
    </message>
    <message>
      <source>Measure</source>
      <translation>计量单位</translation>
    </message>
    <message>
      <source>Available when</source>
      <translation>可提供时间</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Signed on</source>
      <translation>签订日期</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>有效期至</translation>
    </message>
    <message>
      <source>Content</source>
      <translation>内容</translation>
    </message>
    <message>
      <source>Scanned copy</source>
      <translation>扫描件</translation>
    </message>
    <message>
      <source>Stored file</source>
      <translation>存储文件</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Our person</source>
      <translation>我方人员</translation>
    </message>
    <message>
      <source>Their person</source>
      <translation>对方联系人</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>对接方式</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>对接内容</translation>
    </message>
    <message>
      <source>Resource type wanted</source>
      <translation>所需资源类型</translation>
    </message>
    <message>
      <source>Needed by</source>
      <translation>需要日期</translation>
    </message>
    <message>
      <source>Need</source>
      <translation>社区需求</translation>
    </message>
    <message>
      <source>Matched on</source>
      <translation>对接日期</translation>
    </message>
    <message>
      <source>Reasons</source>
      <translation>推荐理由</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>对接结果</translation>
    </message>
    <message>
      <source>Outcome notes</source>
      <translation>结果说明</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>匹配分</translation>
    </message>
    <message>
      <source>Community council</source>
      <translation>社区议事会</translation>
    </message>
    <message>
      <source>Co-governance council</source>
      <translation>共治议事会</translation>
    </message>
    <message>
      <source>Joint meeting</source>
      <translation>联席会议</translation>
    </message>
    <message>
      <source>Residents' committee</source>
      <translation>居委</translation>
    </message>
    <message>
      <source>Department</source>
      <translation>部门</translation>
    </message>
    <message>
      <source>Co-building unit representative</source>
      <translation>共建单位代表</translation>
    </message>
    <message>
      <source>Planned</source>
      <translation>计划中</translation>
    </message>
    <message>
      <source>Notice posted</source>
      <translation>已发通知</translation>
    </message>
    <message>
      <source>Held</source>
      <translation>已召开</translation>
    </message>
    <message>
      <source>Minutes approved</source>
      <translation>纪要已通过</translation>
    </message>
    <message>
      <source>Archived</source>
      <translation>已归档</translation>
    </message>
    <message>
      <source>Present</source>
      <translation>出席</translation>
    </message>
    <message>
      <source>On leave</source>
      <translation>请假</translation>
    </message>
    <message>
      <source>Absent</source>
      <translation>缺席</translation>
    </message>
    <message>
      <source>Non-voting attendee</source>
      <translation>列席</translation>
    </message>
    <message>
      <source>Residents' appeal</source>
      <translation>群众诉求</translation>
    </message>
    <message>
      <source>Member's proposal</source>
      <translation>成员提议</translation>
    </message>
    <message>
      <source>Brand project</source>
      <translation>品牌项目</translation>
    </message>
    <message>
      <source>Passed</source>
      <translation>通过</translation>
    </message>
    <message>
      <source>Not passed (votes)</source>
      <translation>未通过（票数不足）</translation>
    </message>
    <message>
      <source>Not passed (no quorum)</source>
      <translation>未通过（未达法定人数）</translation>
    </message>
    <message>
      <source>Not started</source>
      <translation>未开始</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>进行中</translation>
    </message>
    <message>
      <source>Council</source>
      <translation>议事会</translation>
    </message>
    <message>
      <source>Hotline</source>
      <translation>热线</translation>
    </message>
    <message>
      <source>Online</source>
      <translation>线上</translation>
    </message>
    <message>
      <source>Home visit</source>
      <translation>走访</translation>
    </message>
    <message>
      <source>Environment and sanitation</source>
      <translation>环境卫生</translation>
    </message>
    <message>
      <source>Old estate renovation</source>
      <translation>老旧小区改造</translation>
    </message>
    <message>
      <source>Lift installation</source>
      <translation>加装电梯</translation>
    </message>
    <message>
      <source>Parking and traffic</source>
      <translation>停车交通</translation>
    </message>
    <message>
      <source>Public safety and fire</source>
      <translation>治安消防</translation>
    </message>
    <message>
      <source>Neighbour disputes</source>
      <translation>邻里纠纷</translation>
    </message>
    <message>
      <source>Elderly care</source>
      <translation>养老助老</translation>
    </message>
    <message>
      <source>Hardship relief</source>
      <translation>困难帮扶</translation>
    </message>
    <message>
      <source>Property management</source>
      <translation>物业管理</translation>
    </message>
    <message>
      <source>Accepted</source>
      <translation>受理</translation>
    </message>
    <message>
      <source>Transferred</source>
      <translation>转办</translation>
    </message>
    <message>
      <source>Being handled</source>
      <translation>办理中</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>办结</translation>
    </message>
    <message>
      <source>Satisfied</source>
      <translation>满意</translation>
    </message>
    <message>
      <source>Basically satisfied</source>
      <translation>基本满意</translation>
    </message>
    <message>
      <source>Dissatisfied</source>
      <translation>不满意</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Party-building coordinator's workbench</source>
      <translation>街道党建协调工作台</translation>
    </message>
    <message>
      <source>Station hubs</source>
      <translation>阵地建设</translation>
    </message>
    <message>
      <source>Data folder: %1</source>
      <translation>数据文件夹：%1</translation>
    </message>
    <message>
      <source>Opening the database…</source>
      <translation>正在打开数据库…</translation>
    </message>
    <message>
      <source>The database could not be opened.</source>
      <translation>数据库未能打开。</translation>
    </message>
    <message>
      <source>Cannot open the database</source>
      <translation>无法打开数据库</translation>
    </message>
    <message>
      <source>Co-building units</source>
      <translation>共建单位</translation>
    </message>
    <message>
      <source>Councils</source>
      <translation>议事会</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <extracomment>panels built on first use: attribute name -&gt; row in the navigation</extracomment>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <source>Load &amp;demo data…</source>
      <translation>载入演示数据(&amp;D)…</translation>
    </message>
    <message>
      <source>&amp;Settings…</source>
      <translation>设置(&amp;S)…</translation>
    </message>
    <message>
      <source>E&amp;xit</source>
      <translation>退出(&amp;X)</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>编辑(&amp;E)</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>撤销(&amp;U)</translation>
    </message>
    <message>
      <source>&amp;Recycle bin…</source>
      <translation>回收站(&amp;R)…</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <source>&amp;About</source>
      <translation>关于(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Undo: %1</source>
      <translation>撤销(&amp;U)：%1</translation>
    </message>
    <message>
      <source>Undone: %1</source>
      <translation>已撤销：%1</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>撤销</translation>
    </message>
    <message>
      <source>Empty database</source>
      <translation>数据库为空</translation>
    </message>
    <message>
      <source>The database is empty. Load demo data (18 streets with their communities, sites, people and receptions) to try the program?</source>
      <translation>数据库中还没有数据。要载入演示数据（18个街道及其社区、阵地、人员和接访记录）试用本软件吗？</translation>
    </message>
    <message>
      <source>Demo data</source>
      <translation>演示数据</translation>
    </message>
    <message>
      <source>Demo data can only be loaded into an empty database.</source>
      <translation>只能在空数据库中载入演示数据。</translation>
    </message>
    <message>
      <source>Demo data loaded.</source>
      <translation>演示数据已载入。</translation>
    </message>
    <message>
      <source>Loading demo data…</source>
      <translation>正在载入演示数据…</translation>
    </message>
  </context>
  <context>
    <name>MeetingDialog</name>
    <message>
      <source>Meeting</source>
      <translation>会议</translation>
    </message>
    <message>
      <source>Council:</source>
      <translation>议事会：</translation>
    </message>
    <message>
      <source>Meeting:</source>
      <translation>会议名称：</translation>
    </message>
    <message>
      <source>Time:</source>
      <translation>会议时间：</translation>
    </message>
    <message>
      <source>Place:</source>
      <translation>地点：</translation>
    </message>
    <message>
      <source>Chair:</source>
      <translation>主持人：</translation>
    </message>
    <message>
      <source>Recorder:</source>
      <translation>记录人：</translation>
    </message>
    <message>
      <source>Notice posted</source>
      <translation>已张贴通知</translation>
    </message>
    <message>
      <source>Meeting held</source>
      <translation>会议已召开</translation>
    </message>
    <message>
      <source>Minutes approved</source>
      <translation>纪要已通过</translation>
    </message>
    <message>
      <source>Archive</source>
      <translation>归档</translation>
    </message>
    <message>
      <source>Attendance</source>
      <translation>出席情况</translation>
    </message>
    <message>
      <source>Agenda and votes</source>
      <translation>议题与表决</translation>
    </message>
    <message>
      <source>Action items</source>
      <translation>落实事项</translation>
    </message>
    <message>
      <source>Minutes</source>
      <translation>会议纪要</translation>
    </message>
    <message>
      <source>History…</source>
      <translation>修改记录…</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Seat</source>
      <translation>席位</translation>
    </message>
    <message>
      <source>Add non-voting attendee</source>
      <translation>添加列席人员</translation>
    </message>
    <message>
      <source>New agenda item</source>
      <translation>新增议题</translation>
    </message>
    <message>
      <source>Remove agenda item</source>
      <translation>删除议题</translation>
    </message>
    <message>
      <source>Topic:</source>
      <translation>议题：</translation>
    </message>
    <message>
      <source>Proposer:</source>
      <translation>提议人：</translation>
    </message>
    <message>
      <source>Source:</source>
      <translation>来源：</translation>
    </message>
    <message>
      <source>(no appeal)</source>
      <translation>（无）</translation>
    </message>
    <message>
      <source>Appeal:</source>
      <translation>对应诉求：</translation>
    </message>
    <message>
      <source>Materials:</source>
      <translation>会议材料：</translation>
    </message>
    <message>
      <source>On every meeting's agenda</source>
      <translation>每次会议的固定议题</translation>
    </message>
    <message>
      <source>Discussion:</source>
      <translation>讨论情况：</translation>
    </message>
    <message>
      <source>Save agenda item</source>
      <translation>保存议题</translation>
    </message>
    <message>
      <source>Vote by show of hands</source>
      <translation>举手表决</translation>
    </message>
    <message>
      <source>Members present at the vote:</source>
      <translation>表决时出席成员：</translation>
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
      <source>Resolution:</source>
      <translation>决议：</translation>
    </message>
    <message>
      <source>Record the vote</source>
      <translation>记录表决</translation>
    </message>
    <message>
      <source>Outcome:</source>
      <translation>表决结果：</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>落实事项</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>责任人</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>期限</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>落实结果</translation>
    </message>
    <message>
      <source>New action item</source>
      <translation>新增落实事项</translation>
    </message>
    <message>
      <source>Action:</source>
      <translation>落实事项：</translation>
    </message>
    <message>
      <source>(not tied to an agenda item)</source>
      <translation>（不对应议题）</translation>
    </message>
    <message>
      <source>Agenda item:</source>
      <translation>对应议题：</translation>
    </message>
    <message>
      <source>Owner:</source>
      <translation>责任人：</translation>
    </message>
    <message>
      <source>Due date:</source>
      <translation>完成期限：</translation>
    </message>
    <message>
      <source>Add action item</source>
      <translation>添加落实事项</translation>
    </message>
    <message>
      <source>Close the selected action item</source>
      <translation>完成所选落实事项</translation>
    </message>
    <message>
      <source>Result:</source>
      <translation>落实结果：</translation>
    </message>
    <message>
      <source>Resident's satisfaction (if it closes the appeal):</source>
      <translation>群众满意度（办结诉求时）：</translation>
    </message>
    <message>
      <source>Mark done</source>
      <translation>标记完成</translation>
    </message>
    <message>
      <source>Status: %1</source>
      <translation>状态：%1</translation>
    </message>
    <message>
      <source>%1 of %2 members present; quorum %3; a motion needs %4 votes for</source>
      <translation>出席成员%1人（共%2人），法定人数%3人，表决通过需赞成%4票</translation>
    </message>
    <message>
      <source> — no quorum: nothing can pass</source>
      <translation>——未达法定人数，任何议题都不能通过</translation>
    </message>
    <message>
      <source>Not voted yet</source>
      <translation>尚未表决</translation>
    </message>
    <message>
      <source>History of the meeting “%1”</source>
      <translation>修改记录：会议“%1”</translation>
    </message>
    <message>
      <source>Recorded with a warning</source>
      <translation>已记录（请注意）</translation>
    </message>
    <message>
      <source>Type a name and choose the person from the list first.</source>
      <translation>请先输入姓名并从列表中选择人员。</translation>
    </message>
    <message>
      <source>Select an action item in the table first.</source>
      <translation>请先在表格中选择一项落实事项。</translation>
    </message>
    <message>
      <source>Close the appeal?</source>
      <translation>办结诉求？</translation>
    </message>
    <message>
      <source>Every action item for this appeal is done. Close the appeal (办结) with their results?</source>
      <translation>该诉求的落实事项已全部完成。是否以落实结果办结该诉求？</translation>
    </message>
  </context>
  <context>
    <name>MeetingsView</name>
    <message>
      <source>All councils</source>
      <translation>全部议事会</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>全部状态</translation>
    </message>
    <message>
      <source>Plan a meeting…</source>
      <translation>新建会议…</translation>
    </message>
    <message>
      <source>Next meeting…</source>
      <translation>由此会议新建下次会议…</translation>
    </message>
    <message>
      <source>Plan the council's next meeting from the chosen one: same place, chair and recorder, the members, and its recurring topics</source>
      <translation>以所选会议为底稿新建该议事会的下次会议：地点、主持人、记录人、成员和常设议题沿用</translation>
    </message>
    <message>
      <source>Open…</source>
      <translation>打开…</translation>
    </message>
    <message>
      <source>History…</source>
      <translation>修改记录…</translation>
    </message>
    <message>
      <source>Council:</source>
      <translation>议事会：</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>Council</source>
      <translation>议事会</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation>会议</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>地点</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Present</source>
      <translation>出席/成员</translation>
    </message>
    <message>
      <source>Agenda items</source>
      <translation>议题数</translation>
    </message>
    <message>
      <source>%1 meetings</source>
      <translation>共%1次会议</translation>
    </message>
    <message>
      <source>History of the meeting “%1”</source>
      <translation>修改记录：会议“%1”</translation>
    </message>
    <message>
      <source>Choose the council first.</source>
      <translation>请先选择议事会。</translation>
    </message>
  </context>
  <context>
    <name>MergeDialog</name>
    <message>
      <source>Merge duplicate units</source>
      <translation>合并重复单位</translation>
    </message>
    <message>
      <source>Merging moves the other unit's resources, agreements, contact log, matches and Party organisations to the unit kept, fills its empty fields, and moves the other unit to the recycle bin. The history of both stays readable; Edit → Undo reverses it, and so does restoring the other unit from the recycle bin later.</source>
      <translation>合并后，另一个单位的资源、共建协议、对接记录、需求对接和党组织都归入保留的单位，保留单位空白的栏目用另一个单位的内容补齐，另一个单位移入回收站。两个单位的修改记录都可以查看；“编辑 → 撤销”可以撤回合并，以后从回收站恢复另一个单位也会撤回合并。</translation>
    </message>
    <message>
      <source>Search another unit by name or credit code</source>
      <translation>按名称或信用代码查找其他单位</translation>
    </message>
    <message>
      <source>Merge</source>
      <translation>合并</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>Unit: %1</source>
      <translation>单位：%1</translation>
    </message>
    <message>
      <source>Duplicate of it:</source>
      <translation>与之重复的单位：</translation>
    </message>
    <message>
      <source>Keep:</source>
      <translation>保留：</translation>
    </message>
    <message>
      <source>(no duplicate found: search for one above)</source>
      <translation>（未发现重复单位，可在上方查找）</translation>
    </message>
    <message>
      <source>Merge “%1” into the unit kept and move it to the recycle bin?</source>
      <translation>将“%1”合并到保留的单位，并移入回收站吗？</translation>
    </message>
  </context>
  <context>
    <name>NeedForm</name>
    <message>
      <source>Edit need</source>
      <translation>编辑社区需求</translation>
    </message>
    <message>
      <source>New need</source>
      <translation>新增社区需求</translation>
    </message>
    <message>
      <source>(choose a street)</source>
      <translation>（请选择街道）</translation>
    </message>
    <message>
      <source>(choose a community)</source>
      <translation>（请选择社区）</translation>
    </message>
    <message>
      <source>e.g. volunteers for the seniors' canteen</source>
      <translation>如：长者饭堂志愿者</translation>
    </message>
    <message>
      <source>(choose)</source>
      <translation>（请选择）</translation>
    </message>
    <message>
      <source>Needed by</source>
      <translation>需要日期</translation>
    </message>
    <message>
      <source>Community</source>
      <translation>提出需求的社区</translation>
    </message>
    <message>
      <source>What is needed</source>
      <translation>需求内容</translation>
    </message>
    <message>
      <source>Resource type wanted</source>
      <translation>所需资源类型</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>需求说明</translation>
    </message>
  </context>
  <context>
    <name>NeedsView</name>
    <message>
      <source>Search needs</source>
      <translation>搜索需求</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>全部状态</translation>
    </message>
    <message>
      <source>All resource types</source>
      <translation>全部资源类型</translation>
    </message>
    <message>
      <source>Need</source>
      <translation>需求</translation>
    </message>
    <message>
      <source>Resource type</source>
      <translation>所需资源</translation>
    </message>
    <message>
      <source>Street</source>
      <translation>街道</translation>
    </message>
    <message>
      <source>Community</source>
      <translation>社区</translation>
    </message>
    <message>
      <source>Needed by</source>
      <translation>需要日期</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Units matched</source>
      <translation>已对接单位</translation>
    </message>
    <message>
      <source>New need</source>
      <translation>新增需求</translation>
    </message>
    <message>
      <source>Edit</source>
      <translation>编辑</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Resource offered</source>
      <translation>可提供的资源</translation>
    </message>
    <message>
      <source>Why proposed</source>
      <translation>推荐理由</translation>
    </message>
    <message>
      <source>Last contact</source>
      <translation>最近对接</translation>
    </message>
    <message>
      <source>Record match</source>
      <translation>记录对接</translation>
    </message>
    <message>
      <source>Open unit</source>
      <translation>打开单位</translation>
    </message>
    <message>
      <source>Matched on</source>
      <translation>对接日期</translation>
    </message>
    <message>
      <source>Resource</source>
      <translation>资源</translation>
    </message>
    <message>
      <source>Reasons</source>
      <translation>推荐理由</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>对接结果</translation>
    </message>
    <message>
      <source>Outcome notes</source>
      <translation>结果说明</translation>
    </message>
    <message>
      <source>Matches recorded for this need</source>
      <translation>该需求已记录的对接</translation>
    </message>
    <message>
      <source>Record outcome…</source>
      <translation>记录结果…</translation>
    </message>
    <message>
      <source>%1 needs</source>
      <translation>共 %1 项需求</translation>
    </message>
    <message>
      <source>Select a need to see the units proposed for it.</source>
      <translation>选择一项需求，查看推荐的共建单位。</translation>
    </message>
    <message>
      <source>%1 units proposed, best first</source>
      <translation>推荐 %1 个单位，按匹配程度排序</translation>
    </message>
    <message>
      <source>Delete need</source>
      <translation>删除需求</translation>
    </message>
    <message>
      <source>Move the need “%1” to the recycle bin?</source>
      <translation>将需求“%1”移入回收站吗？</translation>
    </message>
    <message>
      <source>Delete match</source>
      <translation>删除对接</translation>
    </message>
    <message>
      <source>Move the match with “%1” to the recycle bin?</source>
      <translation>将与“%1”的对接移入回收站吗？</translation>
    </message>
  </context>
  <context>
    <name>NetworkView</name>
    <message>
      <source>All streets</source>
      <extracomment>the node's id, and its kind ("street", "room" or a site kind)</extracomment>
      <translation>全部街道</translation>
    </message>
    <message>
      <source>Expand all</source>
      <translation>全部展开</translation>
    </message>
    <message>
      <source>Collapse all</source>
      <translation>全部收起</translation>
    </message>
    <message>
      <source>Street:</source>
      <translation>街道：</translation>
    </message>
    <message>
      <source>Double-click a site to open it. The network follows each site's “Parent site”.</source>
      <translation>双击阵地可打开查看。网络层级依据各阵地的“上级阵地”。</translation>
    </message>
    <message>
      <source>Street</source>
      <translation>街道</translation>
    </message>
    <message>
      <source>Function room</source>
      <translation>功能室</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Sites and rooms below</source>
      <translation>下属阵地和功能室</translation>
    </message>
    <message>
      <source>%1 sites, %2 function rooms</source>
      <translation>共 %1 个阵地、%2 个功能室</translation>
    </message>
  </context>
  <context>
    <name>Operations</name>
    <message>
      <source>Cannot save</source>
      <translation>无法保存</translation>
    </message>
    <message>
      <source>Notice</source>
      <translation>提示</translation>
    </message>
  </context>
  <context>
    <name>OutcomeDialog</name>
    <message>
      <source>Outcome of the match with “%1”</source>
      <translation>与“%1”对接的结果</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>对接结果</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>结果说明</translation>
    </message>
  </context>
  <context>
    <name>PartyOrgDialog</name>
    <message>
      <source>Edit Party organisation</source>
      <extracomment>the owner is a co-building unit instead of a site</extracomment>
      <translation>编辑党组织</translation>
    </message>
    <message>
      <source>New Party organisation</source>
      <translation>新建党组织</translation>
    </message>
    <message>
      <source>e.g. Party branch of the Beijing Street social-work station</source>
      <translation>如：北京街社工服务站党支部</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>党组织名称</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>组织层级</translation>
    </message>
    <message>
      <source>Secretary</source>
      <translation>书记</translation>
    </message>
    <message>
      <source>Party members</source>
      <translation>党员人数</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Cannot save</source>
      <translation>无法保存</translation>
    </message>
    <message>
      <source>“%1” is not chosen from the people directory: type part of the name and pick the secretary from the list, or leave the field empty.</source>
      <translation>“%1”不是从人员名录中选出的：请输入姓名的一部分，再从弹出的列表中点选书记；也可以不填。</translation>
    </message>
  </context>
  <context>
    <name>PeopleView</name>
    <message>
      <source>Search by name, phone or skills</source>
      <translation>搜索姓名、电话或特长</translation>
    </message>
    <message>
      <source>All roles</source>
      <translation>全部角色</translation>
    </message>
    <message>
      <source>Party members and others</source>
      <translation>党员和非党员</translation>
    </message>
    <message>
      <source>Party members</source>
      <translation>党员</translation>
    </message>
    <message>
      <source>Not Party members</source>
      <translation>非党员</translation>
    </message>
    <message>
      <source>All sites</source>
      <translation>全部站点</translation>
    </message>
    <message>
      <source>Only people docked to this site</source>
      <translation>只显示对接该站点的人员</translation>
    </message>
    <message>
      <source>Docked to:</source>
      <translation>对接站点：</translation>
    </message>
    <message>
      <source>New person…</source>
      <translation>新建人员…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>Dock to a site…</source>
      <translation>对接站点…</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>联系电话</translation>
    </message>
    <message>
      <source>Party member</source>
      <translation>党员</translation>
    </message>
    <message>
      <source>Roles</source>
      <translation>角色</translation>
    </message>
    <message>
      <source>Docked sites</source>
      <translation>对接站点</translation>
    </message>
    <message>
      <source>Skills</source>
      <translation>特长</translation>
    </message>
    <message>
      <source>History…</source>
      <translation>修改记录…</translation>
    </message>
    <message>
      <source>%1 people</source>
      <translation>共 %1 人</translation>
    </message>
    <message>
      <source>Delete %1? Their %2 docking(s) to sites and %3 council seat(s) go to the recycle bin with them and come back when the person is restored.</source>
      <translation>确定删除“%1”吗？其 %2 个站点对接和 %3 个议事会席位将一并移入回收站，恢复此人时一并恢复。</translation>
    </message>
    <message>
      <source>Delete person</source>
      <translation>删除人员</translation>
    </message>
    <message>
      <source>Delete %1? The person can be restored from the recycle bin.</source>
      <translation>确定删除“%1”吗？删除后可在回收站中恢复。</translation>
    </message>
  </context>
  <context>
    <name>PersonChooser</name>
    <message>
      <source>Type a name or phone number to search</source>
      <translation>输入姓名或电话查找</translation>
    </message>
  </context>
  <context>
    <name>PersonForm</name>
    <message>
      <source>Edit person</source>
      <extracomment>name and phone as loaded: unchanged, they are not checked for a person entered twice</extracomment>
      <translation>编辑人员</translation>
    </message>
    <message>
      <source>New person</source>
      <translation>新建人员</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>姓名：</translation>
    </message>
    <message>
      <source>Mobile 13812345678 or landline 020-83001234</source>
      <translation>手机号如 13812345678，固定电话如 020-83001234</translation>
    </message>
    <message>
      <source>Phone:</source>
      <translation>联系电话：</translation>
    </message>
    <message>
      <source>Member of the Communist Party of China</source>
      <translation>中共党员</translation>
    </message>
    <message>
      <source>Party member:</source>
      <translation>政治面貌：</translation>
    </message>
    <message>
      <source>Skills and specialities, e.g. medical care, haircuts, repairs</source>
      <translation>能人专才，如义诊、义剪、义修</translation>
    </message>
    <message>
      <source>Skills:</source>
      <translation>特长：</translation>
    </message>
    <message>
      <source>Notes:</source>
      <translation>备注：</translation>
    </message>
    <message>
      <source>Roles</source>
      <translation>角色（可多选）</translation>
    </message>
    <message>
      <source>Docked sites</source>
      <translation>对接站点</translation>
    </message>
    <message>
      <source>Site</source>
      <translation>站点</translation>
    </message>
    <message>
      <source>Docked as</source>
      <translation>对接身份</translation>
    </message>
    <message>
      <source>From</source>
      <translation>开始日期</translation>
    </message>
    <message>
      <source>Until</source>
      <translation>结束日期</translation>
    </message>
    <message>
      <source>Dock to a site…</source>
      <translation>对接站点…</translation>
    </message>
    <message>
      <source>End docking…</source>
      <translation>结束对接…</translation>
    </message>
    <message>
      <source>Docking changes are saved at once.</source>
      <translation>对接和结束对接会立即保存。</translation>
    </message>
    <message>
      <source>Save the person first, then dock them to sites.</source>
      <translation>请先保存人员，再对接站点。</translation>
    </message>
    <message>
      <source>ongoing</source>
      <translation>至今</translation>
    </message>
    <message>
      <source>“%1” (%2) is already in the roster and may be the same person. Save this one as well?</source>
      <translation>人员名录中已有“%1”（%2），可能是同一个人。仍然保存吗？</translation>
    </message>
    <message>
      <source>no phone</source>
      <translation>未填电话</translation>
    </message>
    <message>
      <source>%1 people of that name in all.</source>
      <translation>共有%1位同名人员。</translation>
    </message>
    <message>
      <source>Possible duplicate</source>
      <translation>可能重复</translation>
    </message>
  </context>
  <context>
    <name>PersonSearch</name>
    <message>
      <source>Search by name, phone or skills</source>
      <translation>搜索姓名、电话或特长</translation>
    </message>
  </context>
  <context>
    <name>PreviewDialog</name>
    <message>
      <source>Print preview: %1</source>
      <extracomment>pages go to the printer as images of at most this resolution (a 1200 dpi A4 image would take 550 MB)</extracomment>
      <translation>打印预览：%1</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>打印…</translation>
    </message>
    <message>
      <source>Save as PDF…</source>
      <translation>另存为 PDF…</translation>
    </message>
    <message>
      <source>Zoom out</source>
      <translation>缩小</translation>
    </message>
    <message>
      <source>Zoom in</source>
      <translation>放大</translation>
    </message>
    <message>
      <source>Fit width</source>
      <translation>适合宽度</translation>
    </message>
    <message>
      <source>%1 pages</source>
      <translation>共 %1 页</translation>
    </message>
    <message>
      <source>Save as PDF</source>
      <translation>另存为 PDF</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
      <source>The file could not be saved: %1</source>
      <translation>无法保存文件：%1</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>打印</translation>
    </message>
    <message>
      <source>The printer could not be started.</source>
      <translation>无法启动打印机。</translation>
    </message>
  </context>
  <context>
    <name>PrintMenus</name>
    <message>
      <source>Meeting notice</source>
      <translation>会议通知</translation>
    </message>
    <message>
      <source>Agenda</source>
      <translation>会议议程</translation>
    </message>
    <message>
      <source>Sign-in sheet</source>
      <translation>签到表</translation>
    </message>
    <message>
      <source>Minutes</source>
      <translation>会议纪要</translation>
    </message>
    <message>
      <source>Resolutions for posting</source>
      <translation>决议公示</translation>
    </message>
    <message>
      <source>Meeting packet for the archive (all of the above)</source>
      <translation>会议台账（以上全部合订）</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>打印…</translation>
    </message>
  </context>
  <context>
    <name>PrintOptionsDialog</name>
    <message>
      <source>Print for:</source>
      <translation>打印范围：</translation>
    </message>
    <message>
      <source>Date of issue:</source>
      <translation>落款日期：</translation>
    </message>
    <message>
      <source>From:</source>
      <translation>起始日期：</translation>
    </message>
    <message>
      <source>To:</source>
      <translation>截止日期：</translation>
    </message>
    <message>
      <source>Show full phone numbers (only for internal use)</source>
      <translation>显示完整电话号码（仅供内部使用）</translation>
    </message>
    <message>
      <source>Personal mobile numbers are masked (138****1234) on anything posted publicly; office landlines are printed in full.</source>
      <translation>对外张贴的文档中，个人手机号码隐去中间四位（如 138****1234）；办公固定电话完整显示。</translation>
    </message>
    <message>
      <source>Preview…</source>
      <translation>预览…</translation>
    </message>
  </context>
  <context>
    <name>Printing</name>
    <message>
      <source>Preparing the document…</source>
      <translation>正在生成文档…</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>打印</translation>
    </message>
  </context>
  <context>
    <name>QAbstractFileIconProvider</name>
    <message>
      <source>Drive</source>
      <translation>驱动器</translation>
    </message>
    <message>
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <source>Folder</source>
      <comment>All other platforms</comment>
      <extracomment>columns of the file list that Qt sizes for English ("mp3Folder", "10/29/81 02:02PM"): too narrow for Chinese</extracomment>
      <translation>文件夹</translation>
    </message>
    <message>
      <source>File Folder</source>
      <comment>Match Windows Explorer</comment>
      <translation>文件夹</translation>
    </message>
    <message>
      <source>Shortcut</source>
      <comment>All other platforms</comment>
      <translation>快捷方式</translation>
    </message>
    <message>
      <source>Alias</source>
      <comment>macOS Finder</comment>
      <translation>替身</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>未知</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>&amp;Look in:</source>
      <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
      <source>Files of &amp;type:</source>
      <translation>文件类型(&amp;T)：</translation>
    </message>
    <message>
      <source>%1 File</source>
      <translation>%1 文件</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <source>Size</source>
      <translation>大小</translation>
    </message>
  </context>
  <context>
    <name>ReceptionForm</name>
    <message>
      <source>Edit reception</source>
      <translation>编辑接访</translation>
    </message>
    <message>
      <source>Record a reception</source>
      <translation>登记接访</translation>
    </message>
    <message>
      <source>Site:</source>
      <translation>接访阵地：</translation>
    </message>
    <message>
      <source>Time:</source>
      <translation>接访时间：</translation>
    </message>
    <message>
      <source> visitors</source>
      <translation> 人</translation>
    </message>
    <message>
      <source>Visitors:</source>
      <translation>来访人数：</translation>
    </message>
    <message>
      <source>Hosts</source>
      <translation>接访人员</translation>
    </message>
    <message>
      <source>Name, phone or skills (empty: people docked to the site)</source>
      <translation>输入姓名、电话或特长；不输入时列出对接本阵地的人员</translation>
    </message>
    <message>
      <source>Add →</source>
      <translation>添加 →</translation>
    </message>
    <message>
      <source>← Remove</source>
      <translation>← 移除</translation>
    </message>
    <message>
      <source>Find people:</source>
      <translation>查找人员：</translation>
    </message>
    <message>
      <source>Hosts of this reception:</source>
      <translation>本次接访人员：</translation>
    </message>
    <message>
      <source>Topics raised:</source>
      <translation>反映问题：</translation>
    </message>
    <message>
      <source>Follow-up:</source>
      <translation>跟进情况：</translation>
    </message>
    <message>
      <source>Notes:</source>
      <translation>备注：</translation>
    </message>
    <message>
      <source>Choose a person in the search results first.</source>
      <translation>请先在查找结果中选择一名人员。</translation>
    </message>
  </context>
  <context>
    <name>ReceptionsView</name>
    <message>
      <source>Record a reception…</source>
      <translation>登记接访…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>History…</source>
      <translation>修改记录…</translation>
    </message>
    <message>
      <source>Raise an appeal…</source>
      <translation>登记诉求…</translation>
    </message>
    <message>
      <source>Print notice…</source>
      <translation>打印接待公告…</translation>
    </message>
    <message>
      <source>All streets</source>
      <translation>全部街道</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>接访时间</translation>
    </message>
    <message>
      <source>Site</source>
      <translation>阵地</translation>
    </message>
    <message>
      <source>Street</source>
      <translation>街道</translation>
    </message>
    <message>
      <source>Hosts</source>
      <translation>接访人员</translation>
    </message>
    <message>
      <source>Topics raised</source>
      <translation>反映问题</translation>
    </message>
    <message>
      <source>Upcoming receptions</source>
      <translation>近期接访安排</translation>
    </message>
    <message>
      <source>Street:</source>
      <translation>街道：</translation>
    </message>
    <message>
      <source>Visitors</source>
      <translation>来访人数</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <translation>跟进情况</translation>
    </message>
    <message>
      <source>Reception log of a site</source>
      <translation>阵地接访台账</translation>
    </message>
    <message>
      <source>Site:</source>
      <translation>阵地：</translation>
    </message>
    <message>
      <source>%1 upcoming</source>
      <translation>共 %1 场</translation>
    </message>
    <message>
      <source>%1 receptions</source>
      <translation>共 %1 次接访</translation>
    </message>
    <message>
      <source>Delete reception</source>
      <translation>删除接访</translation>
    </message>
    <message>
      <source>Delete the reception at %1 on %2? It can be restored from the recycle bin.</source>
      <translation>确定删除%2在“%1”的接访记录吗？删除后可在回收站中恢复。</translation>
    </message>
    <message>
      <source>the reception at %1 on %2</source>
      <translation>%1 %2 接访</translation>
    </message>
    <message>
      <source>Print the reception notice</source>
      <translation>打印代表接待公告</translation>
    </message>
  </context>
  <context>
    <name>RecordForm</name>
    <message>
      <source>Unsaved changes</source>
      <translation>未保存的修改</translation>
    </message>
  </context>
  <context>
    <name>RecycleBinDialog</name>
    <message>
      <source>Recycle bin</source>
      <translation>回收站</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Deleted</source>
      <translation>删除时间</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>说明</translation>
    </message>
    <message>
      <source>Deleted records stay here until restored. Restoring brings a record back with everything it had. A co-building unit merged into another is listed here too: restoring it takes back the merge, and its resources, agreements and contacts return to it.</source>
      <translation>删除的记录会保留在这里，直到被恢复。恢复后，记录连同原有内容一并回来。合并到其他单位的共建单位也在这里：恢复它会撤销合并，它的资源、共建协议和对接记录回到它名下。</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>恢复</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <source>Merged into "%1"; restoring takes back the merge</source>
      <translation>已合并到“%1”，恢复时将撤销合并</translation>
    </message>
    <message>
      <source>%1 deleted records</source>
      <translation>共 %1 条已删除记录</translation>
    </message>
  </context>
  <context>
    <name>RemindersView</name>
    <message>
      <source>Valid until</source>
      <translation>有效期至</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>共建单位</translation>
    </message>
    <message>
      <source>Agreement</source>
      <translation>协议</translation>
    </message>
    <message>
      <source>Our side</source>
      <translation>我方</translation>
    </message>
    <message>
      <source>Signed on</source>
      <translation>签订日期</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Open the unit's agreements</source>
      <translation>打开该单位的共建协议</translation>
    </message>
    <message>
      <source> days</source>
      <translation> 天</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>单位名称</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Street</source>
      <translation>街道</translation>
    </message>
    <message>
      <source>Community</source>
      <translation>社区</translation>
    </message>
    <message>
      <source>Contact person</source>
      <translation>联系人</translation>
    </message>
    <message>
      <source>Last contact</source>
      <translation>最近对接</translation>
    </message>
    <message>
      <source>never</source>
      <translation>从未对接</translation>
    </message>
    <message>
      <source>Open the unit's contact log</source>
      <translation>打开该单位的对接记录</translation>
    </message>
    <message>
      <source>Units not contacted for</source>
      <translation>超过以下天数未对接的单位：</translation>
    </message>
    <message>
      <source>Units not contacted for a long time</source>
      <translation>久未对接的共建单位</translation>
    </message>
    <message>
      <source>Agreements expiring soon or lately expired</source>
      <translation>即将到期和近期已到期的共建协议</translation>
    </message>
    <message>
      <source>%1 agreements expire within 30 days, %2 expired in the last 30 days</source>
      <translation>30天内到期的协议 %1 份，近30天已到期 %2 份</translation>
    </message>
    <message>
      <source>%1 units</source>
      <translation>共 %1 个单位</translation>
    </message>
  </context>
  <context>
    <name>ResourceDialog</name>
    <message>
      <source>Edit resource</source>
      <translation>编辑资源</translation>
    </message>
    <message>
      <source>New resource</source>
      <translation>新增资源</translation>
    </message>
    <message>
      <source>(choose)</source>
      <translation>（请选择）</translation>
    </message>
    <message>
      <source>e.g. Party-member volunteers, meeting room</source>
      <translation>如：党员志愿者、会议室</translation>
    </message>
    <message>
      <source>e.g. people, yuan, m²</source>
      <translation>如：人、元、平方米</translation>
    </message>
    <message>
      <source>e.g. Saturday mornings</source>
      <translation>如：每周六上午</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>资源类型</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>资源说明</translation>
    </message>
    <message>
      <source>Amount and measure</source>
      <translation>数量和单位</translation>
    </message>
    <message>
      <source>Available when</source>
      <translation>可提供时间</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <source>Your name:</source>
      <extracomment>the running program's configuration (by default the main window's)</extracomment>
      <translation>您的姓名：</translation>
    </message>
    <message>
      <source>Language:</source>
      <translation>界面语言：</translation>
    </message>
    <message>
      <source>Data folder in use:</source>
      <translation>正在使用的数据文件夹：</translation>
    </message>
    <message>
      <source>Default: %1</source>
      <translation>默认：%1</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>浏览…</translation>
    </message>
    <message>
      <source>Data folder from the next start:</source>
      <translation>下次启动时的数据文件夹：</translation>
    </message>
    <message>
      <source>Changes to the language and the data folder take effect the next time the program starts.</source>
      <translation>界面语言和数据文件夹的更改将在下次启动软件时生效。</translation>
    </message>
    <message>
      <source>This start uses the folder given by --data-dir on the command line; the folder above is used when the program starts without --data-dir.</source>
      <translation>本次启动使用的是命令行参数 --data-dir 指定的文件夹；不带 --data-dir 启动时才使用上面选择的文件夹。</translation>
    </message>
    <message>
      <source>This start uses the folder given by the environment variable COORDINATOR_DATA_DIR; the folder above is used when that variable is not set.</source>
      <translation>本次启动使用的是环境变量 COORDINATOR_DATA_DIR 指定的文件夹；未设置该变量时才使用上面选择的文件夹。</translation>
    </message>
    <message>
      <source>The data already recorded is not moved to a newly chosen folder.</source>
      <translation>已有的数据不会搬到新选择的文件夹中。</translation>
    </message>
    <message>
      <source>Choose the data folder</source>
      <translation>选择数据文件夹</translation>
    </message>
    <message>
      <source>Please enter your name.</source>
      <translation>请填写您的姓名。</translation>
    </message>
    <message>
      <source>The settings could not be saved: %1</source>
      <translation>设置无法保存：%1</translation>
    </message>
  </context>
  <context>
    <name>SiteChooser</name>
    <message>
      <source>Type part of a site's name</source>
      <extracomment>the person's id and name on items of a PersonSearch's result list</extracomment>
      <translation>输入站点名称中的字词</translation>
    </message>
  </context>
  <context>
    <name>SiteForm</name>
    <message>
      <source>Edit site</source>
      <extracomment>kinds that can stand above another site in the network (centres and social-work stations)</extracomment>
      <translation>编辑阵地</translation>
    </message>
    <message>
      <source>New site</source>
      <translation>新建阵地</translation>
    </message>
    <message>
      <source>(choose)</source>
      <translation>（请选择）</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>（无）</translation>
    </message>
    <message>
      <source>The centre or station this site belongs to in the service network</source>
      <translation>该阵地在党群服务网络中的上级中心或站点</translation>
    </message>
    <message>
      <source>e.g. Mon–Fri 9:00–12:00, 14:30–17:30</source>
      <translation>如：周一至周五 9:00–12:00、14:30–17:30</translation>
    </message>
    <message>
      <source>e.g. 020-83001234 or 13812345678</source>
      <translation>如：020-83001234 或 13812345678</translation>
    </message>
    <message>
      <source>Social-work organisation running the site under contract</source>
      <translation>承接运营的社工机构</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>阵地名称</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>阵地类型</translation>
    </message>
    <message>
      <source>Street</source>
      <translation>所属街道</translation>
    </message>
    <message>
      <source>Community</source>
      <translation>所属社区</translation>
    </message>
    <message>
      <source>Parent site</source>
      <translation>上级阵地</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <source>Opening hours</source>
      <translation>开放时间</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>联系电话</translation>
    </message>
    <message>
      <source>Operating organisation</source>
      <translation>运营机构</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Fields marked * are required.</source>
      <translation>带 * 的为必填项。</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>基本信息</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>Function rooms</source>
      <translation>功能室</translation>
    </message>
    <message>
      <source>Party organisations</source>
      <translation>党组织</translation>
    </message>
    <message>
      <source>Save the changes to this site?</source>
      <translation>保存对该阵地的修改吗？</translation>
    </message>
  </context>
  <context>
    <name>SitePartyOrgsEditor</name>
    <message>
      <source>Name</source>
      <extracomment>list and add the Party organisations of this co-building unit instead of a site's</extracomment>
      <translation>党组织名称</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>组织层级</translation>
    </message>
    <message>
      <source>Secretary</source>
      <translation>书记</translation>
    </message>
    <message>
      <source>Party members</source>
      <translation>党员人数</translation>
    </message>
    <message>
      <source>Add Party organisation</source>
      <translation>新增党组织</translation>
    </message>
    <message>
      <source>Edit</source>
      <translation>编辑</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>Changes here are saved at once.</source>
      <translation>此处的修改会立即保存。</translation>
    </message>
    <message>
      <source>Save the site first; then its Party organisations can be added here.</source>
      <translation>请先保存阵地，之后可在此添加党组织。</translation>
    </message>
    <message>
      <source>Delete Party organisation</source>
      <translation>删除党组织</translation>
    </message>
    <message>
      <source>Move “%1” to the recycle bin?</source>
      <translation>把“%1”移到回收站吗？</translation>
    </message>
  </context>
  <context>
    <name>SiteRoomsEditor</name>
    <message>
      <source>Name</source>
      <translation>功能室名称</translation>
    </message>
    <message>
      <source>Capacity</source>
      <translation>容纳人数</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>用途</translation>
    </message>
    <message>
      <source>Room name, e.g. reading room</source>
      <translation>功能室名称，如：党员阅览室</translation>
    </message>
    <message>
      <source>Add room</source>
      <translation>添加功能室</translation>
    </message>
    <message>
      <source>Delete room</source>
      <translation>删除功能室</translation>
    </message>
    <message>
      <source>Rooms are saved as soon as they are added or deleted.</source>
      <translation>功能室的添加和删除会立即保存。</translation>
    </message>
    <message>
      <source>Save the site first; then its function rooms can be added here.</source>
      <translation>请先保存阵地，之后可在此添加功能室。</translation>
    </message>
    <message>
      <source>Move the room “%1” to the recycle bin?</source>
      <translation>把功能室“%1”移到回收站吗？</translation>
    </message>
  </context>
  <context>
    <name>SitesView</name>
    <message>
      <source>Search name, address, phone or operator</source>
      <extracomment>record types whose changes can alter the list (the docking filter depends on site_assignment) 接访记录 asked for a site: the panel shows its reception log</extracomment>
      <translation>搜索名称、地址、电话或运营机构</translation>
    </message>
    <message>
      <source>All kinds</source>
      <translation>全部类型</translation>
    </message>
    <message>
      <source>No social worker docked</source>
      <translation>未对接社工</translation>
    </message>
    <message>
      <source>Sites without an active social worker (one social worker per site)</source>
      <translation>只显示目前没有对接社工的阵地（一社工一站点）</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>阵地名称</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Street</source>
      <translation>街道</translation>
    </message>
    <message>
      <source>Community</source>
      <translation>社区</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>联系电话</translation>
    </message>
    <message>
      <source>Operating organisation</source>
      <translation>运营机构</translation>
    </message>
    <message>
      <source>New</source>
      <translation>新建</translation>
    </message>
    <message>
      <source>Edit</source>
      <translation>编辑</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>History…</source>
      <translation>修改记录…</translation>
    </message>
    <message>
      <source>Receptions</source>
      <translation>接访记录</translation>
    </message>
    <message>
      <source>Show the reception log of the chosen site</source>
      <translation>查看所选阵地的接访记录</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>打印…</translation>
    </message>
    <message>
      <source>%1 sites</source>
      <translation>共 %1 个阵地</translation>
    </message>
    <message>
      <source>Delete site</source>
      <translation>删除阵地</translation>
    </message>
    <message>
      <source>Move the site “%1” to the recycle bin? It can be restored from Edit → Recycle bin.</source>
      <translation>把阵地“%1”移到回收站吗？之后可在“编辑 → 回收站”中恢复。</translation>
    </message>
    <message>
      <source>The whole district</source>
      <translation>全区</translation>
    </message>
    <message>
      <source>Print the site directory</source>
      <translation>打印阵地一览表</translation>
    </message>
  </context>
  <context>
    <name>StationHubPanel</name>
    <message>
      <source>Sites</source>
      <translation>阵地</translation>
    </message>
    <message>
      <source>Network</source>
      <translation>阵地网络</translation>
    </message>
    <message>
      <source>People</source>
      <translation>人员</translation>
    </message>
    <message>
      <source>One social worker per site</source>
      <translation>一社工一站点</translation>
    </message>
    <message>
      <source>Receptions</source>
      <translation>接访</translation>
    </message>
  </context>
  <context>
    <name>StreetCommunityFilter</name>
    <message>
      <source>All streets</source>
      <extracomment>street or community changed</extracomment>
      <translation>全部街道</translation>
    </message>
    <message>
      <source>All communities</source>
      <translation>全部社区</translation>
    </message>
  </context>
  <context>
    <name>Tasks</name>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
  </context>
  <context>
    <name>UnitForm</name>
    <message>
      <source>Edit co-building unit</source>
      <extracomment>the existing unit the user chose to open instead of saving a duplicate</extracomment>
      <translation>编辑共建单位</translation>
    </message>
    <message>
      <source>New co-building unit</source>
      <translation>新建共建单位</translation>
    </message>
    <message>
      <source>(choose)</source>
      <translation>（请选择）</translation>
    </message>
    <message>
      <source>18 characters, as on the business licence or registration certificate</source>
      <translation>18位，见营业执照或登记证书</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>（无）</translation>
    </message>
    <message>
      <source>e.g. 020-83001234 or 13812345678</source>
      <translation>如：020-83001234 或 13812345678</translation>
    </message>
    <message>
      <source>Member of the street's Party-masses charity alliance</source>
      <translation>街道党群慈善联盟成员</translation>
    </message>
    <message>
      <source>Separated by commas, e.g. volunteering, donations</source>
      <translation>用顿号或逗号分隔，如：志愿服务、慈善捐赠</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>单位名称</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>单位类别</translation>
    </message>
    <message>
      <source>Unified social credit code</source>
      <translation>统一社会信用代码</translation>
    </message>
    <message>
      <source>Street</source>
      <translation>所属街道</translation>
    </message>
    <message>
      <source>Community</source>
      <translation>所属社区</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <source>Contact person</source>
      <translation>联系人</translation>
    </message>
    <message>
      <source>Contact phone</source>
      <translation>联系电话</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>标签</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Fields marked * are required.</source>
      <translation>标有 * 的为必填项。</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>the same unified social credit code</source>
      <translation>相同的统一社会信用代码</translation>
    </message>
    <message>
      <source>a nearly identical name</source>
      <translation>几乎相同的名称</translation>
    </message>
    <message>
      <source>“%1” (%2) is already in the directory with %3. Open the existing unit instead?

Open: show the existing unit; Save: save this one as well; Cancel: go back to the form.</source>
      <translation>名录中已有“%1”（%2），与本单位有%3。要打开已有的单位吗？

打开：查看已有单位；保存：仍然保存本单位；取消：返回表单。</translation>
    </message>
    <message>
      <source>%1 similar units in all.</source>
      <translation>共有 %1 个相似单位。</translation>
    </message>
    <message>
      <source>Possible duplicate</source>
      <translation>可能重复</translation>
    </message>
    <message>
      <source>Save the changes to this unit?</source>
      <translation>保存对该单位的修改吗？</translation>
    </message>
  </context>
  <context>
    <name>UnitPage</name>
    <message>
      <source>Type</source>
      <extracomment>record types whose changes can alter the page</extracomment>
      <translation>类型</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>资源说明</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>数量</translation>
    </message>
    <message>
      <source>Available when</source>
      <translation>可提供时间</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Add resource</source>
      <translation>新增资源</translation>
    </message>
    <message>
      <source>Edit</source>
      <translation>编辑</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>协议名称</translation>
    </message>
    <message>
      <source>Our side</source>
      <translation>我方</translation>
    </message>
    <message>
      <source>Signed on</source>
      <translation>签订日期</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>有效期至</translation>
    </message>
    <message>
      <source>Scanned copy</source>
      <translation>扫描件</translation>
    </message>
    <message>
      <source>Add agreement</source>
      <translation>新增协议</translation>
    </message>
    <message>
      <source>Print agreement…</source>
      <translation>打印协议书…</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>对接日期</translation>
    </message>
    <message>
      <source>Our person</source>
      <translation>我方人员</translation>
    </message>
    <message>
      <source>Their person</source>
      <translation>对方联系人</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>对接方式</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>对接内容</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <translation>后续跟进</translation>
    </message>
    <message>
      <source>Record contact</source>
      <translation>记录对接</translation>
    </message>
    <message>
      <source>Matched on</source>
      <translation>对接日期</translation>
    </message>
    <message>
      <source>Need</source>
      <translation>社区需求</translation>
    </message>
    <message>
      <source>Community</source>
      <translation>社区</translation>
    </message>
    <message>
      <source>Resource</source>
      <translation>资源</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>对接结果</translation>
    </message>
    <message>
      <source>Outcome notes</source>
      <translation>结果说明</translation>
    </message>
    <message>
      <source>Resources</source>
      <translation>资源清单</translation>
    </message>
    <message>
      <source>Agreements</source>
      <translation>共建协议</translation>
    </message>
    <message>
      <source>Contact log</source>
      <translation>对接记录</translation>
    </message>
    <message>
      <source>Matches and contributions</source>
      <translation>需求对接与贡献</translation>
    </message>
    <message>
      <source>Party organisations</source>
      <translation>党组织</translation>
    </message>
    <message>
      <source>Edit details</source>
      <translation>编辑基本信息</translation>
    </message>
    <message>
      <source>History…</source>
      <translation>修改记录…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <source>Co-building unit: %1</source>
      <translation>共建单位：%1</translation>
    </message>
    <message>
      <source>Charity alliance member</source>
      <translation>党群慈善联盟成员</translation>
    </message>
    <message>
      <source>Unified social credit code: %1</source>
      <translation>统一社会信用代码：%1</translation>
    </message>
    <message>
      <source>(not recorded)</source>
      <translation>（未登记）</translation>
    </message>
    <message>
      <source>Place: %1</source>
      <translation>地点：%1</translation>
    </message>
    <message>
      <source>Contact: %1</source>
      <translation>联系人：%1</translation>
    </message>
    <message>
      <source>Tags: %1</source>
      <translation>标签：%1</translation>
    </message>
    <message>
      <source>Merged from: %1</source>
      <translation>已合并：%1</translation>
    </message>
    <message>
      <source>Contributed: %1 needs met</source>
      <translation>已贡献：落实需求 %1 项</translation>
    </message>
    <message>
      <source>Move “%1” to the recycle bin?</source>
      <translation>将“%1”移入回收站吗？</translation>
    </message>
    <message>
      <source>Delete resource</source>
      <translation>删除资源</translation>
    </message>
    <message>
      <source>Print the agreement</source>
      <translation>打印共建协议书</translation>
    </message>
    <message>
      <source>Delete agreement</source>
      <translation>删除协议</translation>
    </message>
    <message>
      <source>Delete contact record</source>
      <translation>删除对接记录</translation>
    </message>
  </context>
  <context>
    <name>UnitsPanel</name>
    <message>
      <source>Units</source>
      <translation>单位名录</translation>
    </message>
    <message>
      <source>Needs and matching</source>
      <translation>需求对接</translation>
    </message>
    <message>
      <source>Reminders</source>
      <translation>到期与久未对接</translation>
    </message>
  </context>
  <context>
    <name>UnitsView</name>
    <message>
      <source>Search name, credit code, address, contact or tags</source>
      <translation>搜索名称、信用代码、地址、联系人或标签</translation>
    </message>
    <message>
      <source>All categories</source>
      <translation>全部类别</translation>
    </message>
    <message>
      <source>Charity alliance</source>
      <translation>慈善联盟</translation>
    </message>
    <message>
      <source>Not contacted for</source>
      <translation>超过以下天数未对接</translation>
    </message>
    <message>
      <source> days</source>
      <translation> 天</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>单位名称</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Credit code</source>
      <translation>统一社会信用代码</translation>
    </message>
    <message>
      <source>Street</source>
      <translation>街道</translation>
    </message>
    <message>
      <source>Community</source>
      <translation>社区</translation>
    </message>
    <message>
      <source>Contact person</source>
      <translation>联系人</translation>
    </message>
    <message>
      <source>Alliance</source>
      <translation>慈善联盟</translation>
    </message>
    <message>
      <source>Last contact</source>
      <translation>最近对接</translation>
    </message>
    <message>
      <source>never</source>
      <translation>从未对接</translation>
    </message>
    <message>
      <source>New</source>
      <translation>新建</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>打开</translation>
    </message>
    <message>
      <source>Merge duplicates…</source>
      <translation>合并重复…</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>History…</source>
      <translation>修改记录…</translation>
    </message>
    <message>
      <source>Print roster…</source>
      <translation>打印名册…</translation>
    </message>
    <message>
      <source>%1 units</source>
      <translation>共 %1 个单位</translation>
    </message>
    <message>
      <source>The whole district</source>
      <translation>全区</translation>
    </message>
    <message>
      <source>Print the unit roster</source>
      <translation>打印共建单位名册</translation>
    </message>
    <message>
      <source>Delete unit</source>
      <translation>删除单位</translation>
    </message>
    <message>
      <source>Move the unit “%1” to the recycle bin? It can be restored from Edit → Recycle bin.</source>
      <translation>将单位“%1”移入回收站吗？可以在“编辑 → 回收站”中恢复。</translation>
    </message>
  </context>
</TS>