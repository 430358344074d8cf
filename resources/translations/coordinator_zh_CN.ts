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
      <source>&amp;File</source>
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
    <name>SettingsDialog</name>
    <message>
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <source>Your name:</source>
      <translation>您的姓名：</translation>
    </message>
    <message>
      <source>Language:</source>
      <translation>界面语言：</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>浏览…</translation>
    </message>
    <message>
      <source>Data folder:</source>
      <translation>数据文件夹：</translation>
    </message>
    <message>
      <source>Changes to the language and the data folder take effect the next time the program starts.</source>
      <translation>界面语言和数据文件夹的更改将在下次启动软件时生效。</translation>
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
    <name>SitesView</name>
    <message>
      <source>Sites</source>
      <translation>阵地</translation>
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>All communities</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Tasks</name>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
  </context>
</TS>