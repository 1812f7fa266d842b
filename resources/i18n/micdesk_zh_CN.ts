<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About micdesk</source>
        <translation>关于 micdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;micdesk %1&lt;/h3&gt;&lt;p&gt;Reporting on UNIDO&apos;s work plan with middle-income countries, offline.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;&lt;p&gt;Qt %3, PySide6 %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;micdesk %1&lt;/h3&gt;&lt;p&gt;离线报告工发组织与中等收入国家工作计划的执行情况。&lt;/p&gt;&lt;p&gt;数据文件夹：%2&lt;/p&gt;&lt;p&gt;Qt %3，PySide6 %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This installation signs final returns with key %1.</source>
        <translation>本安装使用密钥 %1 签署最终报告。</translation>
    </message>
</context>
<context>
    <name>AreaForm</name>
    <message>
        <source>Context of this work-plan row</source>
        <translation>本工作计划行的背景</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>UNIDO tools</source>
        <translation>工发组织工具</translation>
    </message>
    <message>
        <source>Role of MIC governments</source>
        <translation>中等收入国家政府的作用</translation>
    </message>
    <message>
        <source>Main outcomes</source>
        <translation>主要成果</translation>
    </message>
    <message>
        <source>UNIDO MIC-specific outputs</source>
        <translation>工发组织针对中等收入国家的产出</translation>
    </message>
    <message>
        <source>Success indicators</source>
        <translation>成功指标</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>叙述</translation>
    </message>
</context>
<context>
    <name>AreaListModel</name>
    <message>
        <source>%1: %2 of %3 cells filled, %4, %5</source>
        <translation>%1：已填 %2/%3 个单元格，%4，%5</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln 个警告</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AskContributorDialog</name>
    <message>
        <source>Ask a contributor</source>
        <translation>请求协作方提供数据</translation>
    </message>
    <message>
        <source>&amp;Whom to ask:</source>
        <translation>向谁请求(&amp;W)：</translation>
    </message>
    <message>
        <source>e.g. Ministry of Environment</source>
        <translation>例如：环境部</translation>
    </message>
    <message>
        <source>&amp;Indicators they report on:</source>
        <translation>其报告的指标(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Contributor workbook</source>
        <translation>协作方工作簿</translation>
    </message>
    <message>
        <source>&amp;Write the workbook</source>
        <translation>写入工作簿(&amp;W)</translation>
    </message>
    <message>
        <source>Say whom you ask (a ministry or office).</source>
        <translation>请说明向谁请求（某个部委或办公室）。</translation>
    </message>
    <message>
        <source>Tick at least one indicator.</source>
        <translation>请至少勾选一个指标。</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>未写入任何内容：%1</translation>
    </message>
    <message>
        <source>Written: %1. Send it to %2; load it back when it returns.</source>
        <translation>已写入：%1。请发送给 %2；返回后再将其载入。</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Something went wrong (%1). The details are in the log: Help → Open the log folder.</source>
        <translation>出现问题（%1）。详情见日志：帮助 → 打开日志文件夹。</translation>
    </message>
</context>
<context>
    <name>BreakdownGrid</name>
    <message>
        <source>paste into the breakdown</source>
        <translation>粘贴到细分表</translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) fell outside the breakdown and were left out</source>
        <translation>
            <numerusform>%Ln 个值超出细分表范围，未粘贴</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) could not be read as numbers</source>
        <translation>
            <numerusform>%Ln 个值无法识别为数字</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %1 of %Ln value(s): %2.</source>
        <translation>
            <numerusform>已粘贴 %Ln 个值中的 %1 个：%2。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountryPage</name>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>The country you report on. Type part of its name, in this language or in English, or its ISO code.</source>
        <translation>您所报告的国家。输入其名称的一部分（中文或英文）或其 ISO 代码。</translation>
    </message>
    <message>
        <source>No country matches: type part of its name or its code.</source>
        <translation>没有匹配的国家：请输入国名的一部分或代码。</translation>
    </message>
    <message>
        <source>Choose your country in the list to go on.</source>
        <translation>请在列表中选择您的国家以继续。</translation>
    </message>
    <message>
        <source>e.g. %1, Kenya or KEN</source>
        <translation>例如 %1、Kenya 或 KEN</translation>
    </message>
    <message>
        <source>Search countries</source>
        <translation>搜索国家</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国家列表</translation>
    </message>
</context>
<context>
    <name>DamagedStoreDialog</name>
    <message>
        <source>micdesk: the data file is damaged</source>
        <translation>micdesk：数据文件已损坏</translation>
    </message>
    <message>
        <source>The newest good backup is from %1.</source>
        <translation>最新的完好备份创建于 %1。</translation>
    </message>
    <message>
        <source>There is no good backup to restore.</source>
        <translation>没有可供恢复的完好备份。</translation>
    </message>
    <message>
        <source>SQLite&apos;s check found damage in %1. You can restore the newest good backup (the damaged file is kept in the backups folder), or open the data read-only and export what can still be read.</source>
        <translation>SQLite 检查发现 %1 已损坏。您可以恢复最新的完好备份（损坏的文件保留在备份文件夹中），也可以以只读方式打开数据，导出仍可读取的内容。</translation>
    </message>
    <message>
        <source>The data file %1 is empty or missing, but the backups folder holds earlier data. Restore the newest good backup to go on; no backup has been deleted.</source>
        <translation>数据文件 %1 为空或缺失，但备份文件夹中保存着先前的数据。请恢复最新的完好备份后继续；没有删除任何备份。</translation>
    </message>
    <message>
        <source>&amp;Restore the newest backup</source>
        <translation>恢复最新备份(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>以只读方式打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>DisaggregationModel</name>
    <message>
        <source>Sum</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>Your change to %1 was not saved: %2. The form shows what is stored; type the change again once the disk is ready.</source>
        <translation>您对 %1 的修改未保存：%2。表单显示的是已保存的内容；请在磁盘就绪后重新输入该修改。</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the data folder cannot be written to</source>
        <translation>无法写入数据文件夹</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>磁盘报告了错误</translation>
    </message>
    <message>
        <source>the disk refused it (%1)</source>
        <translation>磁盘拒绝了写入（%1）</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export %1 %2</source>
        <translation>导出 %1 %2</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>导出文件</translation>
    </message>
    <message>
        <source>&amp;Draft — can be written at any time; says DRAFT on its cover</source>
        <translation>草稿(&amp;D)——可随时生成；封面标有 DRAFT（草稿）</translation>
    </message>
    <message>
        <source>&amp;Submit to UNIDO — final: no errors, and a comment on every warning</source>
        <translation>提交工发组织(&amp;S)——定稿：无错误，且每条警告均有说明</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Errors and warnings</source>
        <translation>错误和警告</translation>
    </message>
    <message>
        <source>Export submission</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>另存为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>A PDF of the exported workbook, to print and sign: the same rows and hash.</source>
        <translation>导出工作簿的 PDF，用于打印和签字：行和哈希值与工作簿相同。</translation>
    </message>
    <message>
        <source>Export first: the PDF shows the exported workbook, with its hash.</source>
        <translation>请先导出：PDF 显示已导出的工作簿及其哈希值。</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>Cop&amp;y path</source>
        <translation>复制路径(&amp;Y)</translation>
    </message>
    <message>
        <source>Open the por&amp;tal</source>
        <translation>打开门户网站(&amp;T)</translation>
    </message>
    <message>
        <source>%1 of %2 values filled (%3%).</source>
        <translation>已填 %2 个值中的 %1 个（%3%）。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s) to fix.</source>
        <translation>
            <numerusform>%Ln 个错误待修正。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s) to explain in a comment.</source>
        <translation>
            <numerusform>%Ln 个警告需在说明中解释。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln required value(s) to fill, or to explain for a final export.</source>
        <translation>
            <numerusform>%Ln 个必填值待填写，正式导出前也可加以说明。</numerusform>
        </translation>
    </message>
    <message>
        <source>A final export needs every error fixed and every warning explained: %1</source>
        <translation>正式导出要求修正所有错误并说明所有警告：%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s) left.</source>
        <translation>
            <numerusform>还剩 %Ln 个错误。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s) left.</source>
        <translation>
            <numerusform>还剩 %Ln 个警告。</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>替换该文件？</translation>
    </message>
    <message>
        <source>“%1” exists already in %2. Replace it?</source>
        <translation>%2 中已有“%1”。要替换它吗？</translation>
    </message>
    <message>
        <source>UNIDO&apos;s questions</source>
        <translation>工发组织的问题</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of UNIDO&apos;s questions about this return are not answered. Answer them beside their fields first, or mark them “will answer later” and export now?</source>
        <translation>
            <numerusform>本报告有 %Ln 个工发组织问题尚未答复。先在对应字段旁答复，还是标记为“稍后答复”并立即导出？</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark “will answer later” and export</source>
        <translation>标记为“稍后答复”并导出</translation>
    </message>
    <message>
        <source>Answer them first</source>
        <translation>先答复</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>final</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Exported revision %1 (%2) to %3.</source>
        <translation>已将第 %1 版（%2）导出到 %3。</translation>
    </message>
    <message>
        <source>Removed characters that Excel cannot hold: %1</source>
        <translation>已删除 Excel 无法容纳的字符：%1</translation>
    </message>
    <message>
        <source>Next step: your file is “%1” in the folder %2.</source>
        <translation>下一步：您的文件是文件夹 %2 中的“%1”。</translation>
    </message>
    <message>
        <source>Upload this file to %1, as it is: do not open and re-save it in Excel.</source>
        <translation>请将此文件原样上传至 %1：不要在 Excel 中打开后重新保存。</translation>
    </message>
    <message>
        <source>Send this file to UNIDO, as it is: do not open and re-save it in Excel.</source>
        <translation>请将此文件原样发送给工发组织：不要在 Excel 中打开后重新保存。</translation>
    </message>
    <message>
        <source>Nothing was written. %1</source>
        <translation>未写入任何内容。%1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved: %1</source>
        <translation>PDF 未保存：%1</translation>
    </message>
    <message numerus="yes">
        <source>Saved the PDF (%Ln page(s)) to %1.</source>
        <translation>
            <numerusform>已将 PDF（%Ln 页）保存到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportFindingsModel</name>
    <message>
        <source>Error in %1: %2</source>
        <translation>%1 错误：%2</translation>
    </message>
    <message>
        <source>Warning in %1: %2</source>
        <translation>%1 警告：%2</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Comment (explains a warning)</source>
        <translation>说明（解释警告）</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>To do in %1: enter the figure, or NA, NE or C.</source>
        <translation>%1 待填写：请输入数值，或 NA、NE、C。</translation>
    </message>
    <message>
        <source>Error in %1: %2</source>
        <translation>%1 错误：%2</translation>
    </message>
    <message>
        <source>Warning in %1: %2</source>
        <translation>%1 警告：%2</translation>
    </message>
    <message>
        <source>Explained in %1: %2</source>
        <translation>%1 已说明：%2</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to micdesk</source>
        <translation>欢迎使用 micdesk</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>FocalPointPage</name>
    <message>
        <source>The e-mail address is not complete: it needs a name, @ and a domain, as in name@ministry.go.ke. Or leave it empty and add it later.</source>
        <translation>电子邮件地址不完整：需要用户名、@ 和域名，例如 name@ministry.go.ke。也可以先留空，以后再填。</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>联络人</translation>
    </message>
    <message>
        <source>Shown on the cover of every submission you export.</source>
        <translation>显示在您导出的每份报告的封面上。</translation>
    </message>
    <message>
        <source>Focal point na&amp;me:</source>
        <translation>联络人姓名(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>机构(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>Focal point name</source>
        <translation>联络人姓名</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
</context>
<context>
    <name>FormatLocaleDialog</name>
    <message>
        <source>Number and date format</source>
        <translation>数字和日期格式</translation>
    </message>
    <message>
        <source>&amp;Write numbers and dates as in:</source>
        <translation>数字和日期的写法(&amp;W)：</translation>
    </message>
    <message>
        <source>Automatic: as the system (%1)</source>
        <translation>自动：与系统相同（%1）</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>示例：</translation>
    </message>
    <message>
        <source>This changes only how numbers and dates are shown and typed, not the language of the interface. What you entered is stored exactly, whatever the format.</source>
        <translation>这只改变数字和日期的显示与输入方式，不改变界面语言。无论采用何种格式，您输入的内容都会被精确保存。</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>micdesk user guide</source>
        <translation>micdesk 用户指南</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Change history</source>
        <translation>修改历史</translation>
    </message>
    <message>
        <source>&amp;Reword the reason of the latest changes…</source>
        <translation>修改最近更改的原因(&amp;R)…</translation>
    </message>
    <message>
        <source>Changes of %1, oldest first:</source>
        <translation>%1 的修改记录（按时间先后）：</translation>
    </message>
    <message>
        <source>%1 has not been changed yet.</source>
        <translation>%1 尚未修改过。</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>By</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>HqWindow</name>
    <message>
        <source>micdesk — UNIDO: consolidate returns</source>
        <translation>micdesk — 工发组织：汇总报告</translation>
    </message>
    <message>
        <source>Returns &amp;folder:</source>
        <translation>报告文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>A folder of returns (.xlsx); you can drop it here</source>
        <translation>一个报告文件夹 (.xlsx)；可将其拖放到此处</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>Accept &amp;edited files</source>
        <translation>接受已编辑的文件(&amp;E)</translation>
    </message>
    <message>
        <source>Also consolidate files changed by hand after export (still marked edited)</source>
        <translation>也汇总导出后被手工修改的文件（仍标记为已编辑）</translation>
    </message>
    <message>
        <source>&amp;Consolidate</source>
        <translation>汇总(&amp;C)</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>取消(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open the consolidated workbook</source>
        <translation>打开汇总工作簿(&amp;O)</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>Check a template</source>
        <translation>检查模板</translation>
    </message>
    <message>
        <source>Filter by file, country, period or reason</source>
        <translation>按文件、国家、报告期或原因筛选</translation>
    </message>
    <message>
        <source>A template workbook an author is editing</source>
        <translation>作者正在编辑的模板工作簿</translation>
    </message>
    <message>
        <source>Check a &amp;template…</source>
        <translation>检查模板(&amp;T)…</translation>
    </message>
    <message>
        <source>Yes/no: countries answering yes. Numbers: the sum over the countries. Cumulative: the sum of each country&apos;s latest figure, never a sum across periods. Percentages are not added up. NA, NE and C are listed, never counted as zero.</source>
        <translation>是/否：回答“是”的国家数。数字：各国之和。累计指标：各国最新数字之和，绝不跨报告期相加。百分比不相加。NA、NE 和 C 单独列出，绝不计为零。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>报告期</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>修订版</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>单元格</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>不完整</translation>
    </message>
    <message>
        <source>outdated</source>
        <translation>已过时</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>Folder of returns</source>
        <translation>报告文件夹</translation>
    </message>
    <message>
        <source>“%1” is not a folder: choose the folder of returns.</source>
        <translation>“%1”不是文件夹：请选择报告文件夹。</translation>
    </message>
    <message>
        <source>Reading the returns…</source>
        <translation>正在读取报告…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln file(s)</source>
        <translation>
            <numerusform>第 %1 个文件，共 %Ln 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>None of the files is a readable micdesk return; nothing was written.</source>
        <translation>没有一个文件是可读取的 micdesk 报告；未写入任何内容。</translation>
    </message>
    <message>
        <source>The workbook could not be written: %1</source>
        <translation>无法写入工作簿：%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) read, %1 consolidated, %2 not ok; written to %3.</source>
        <translation>
            <numerusform>已读取 %Ln 个文件，汇总 %1 个，%2 个有问题；已写入 %3。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Valid: template “%1” version %2, %Ln indicator(s).</source>
        <translation>
            <numerusform>有效：模板“%1”第 %2 版，%Ln 个指标。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 yes</source>
        <translation>%2 个中 %1 个“是”</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Template workbook</source>
        <translation>模板工作簿</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>The workbook cannot be read: %1</source>
        <translation>无法读取工作簿：%1</translation>
    </message>
    <message>
        <source>Problems found: %1. The template cannot be imported as it is.</source>
        <translation>发现问题：%1 个。模板无法按原样导入。</translation>
    </message>
</context>
<context>
    <name>IndicatorEditor</name>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>数值：</translation>
    </message>
    <message>
        <source>Hint, breakdown, comment, source, follow-up, trend and history</source>
        <translation>提示、细分、说明、来源、跟进、趋势和历史记录</translation>
    </message>
    <message>
        <source>%1 details</source>
        <translation>%1 详细信息</translation>
    </message>
    <message>
        <source>Blank is not zero: choose NA, NE or C when there is no figure.</source>
        <translation>空白不等于零：没有数字时请选择 NA、NE 或 C。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Notation key&lt;/b&gt;: what to say when there is no figure (a blank is not zero).&lt;br&gt;&lt;b&gt;NA — not applicable&lt;/b&gt;: the indicator does not apply to your country in this period.&lt;br&gt;&lt;b&gt;NE — not estimated&lt;/b&gt;: it applies, but no figure exists or could be estimated.&lt;br&gt;&lt;b&gt;C — confidential&lt;/b&gt;: a figure exists but cannot be shared.&lt;br&gt;A cell holds a value or a key, never both.</source>
        <translation>&lt;b&gt;标注代码&lt;/b&gt;：没有数字时如何说明（空白不等于零）。&lt;br&gt;&lt;b&gt;NA — 不适用&lt;/b&gt;：该指标在本报告期不适用于您的国家。&lt;br&gt;&lt;b&gt;NE — 未估计&lt;/b&gt;：指标适用，但没有数字或无法估计。&lt;br&gt;&lt;b&gt;C — 保密&lt;/b&gt;：有数字，但不能公开。&lt;br&gt;一个单元格只能填数值或代码，不能两者都填。</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>待跟进</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>历史…</translation>
    </message>
    <message>
        <source>%1 value</source>
        <translation>%1 数值</translation>
    </message>
    <message>
        <source>%1 notation key</source>
        <translation>%1 标注代码</translation>
    </message>
    <message>
        <source>%1 comment</source>
        <translation>%1 说明</translation>
    </message>
    <message>
        <source>%1 source</source>
        <translation>%1 来源</translation>
    </message>
    <message>
        <source>%1 follow up</source>
        <translation>%1 待跟进</translation>
    </message>
    <message>
        <source>%1 breakdown</source>
        <translation>%1 分类数据</translation>
    </message>
    <message>
        <source>— not answered —</source>
        <translation>— 未作答 —</translation>
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
        <source>Previous period (%1): %2</source>
        <translation>上一期（%1）：%2</translation>
    </message>
    <message>
        <source>Prev. (%1): %2</source>
        <translation>上期（%1）：%2</translation>
    </message>
    <message>
        <source>Baseline (%1): %2</source>
        <translation>基线（%1）：%2</translation>
    </message>
    <message>
        <source>Base. (%1): %2</source>
        <translation>基线（%1）：%2</translation>
    </message>
    <message>
        <source>Tgt. (%1): %2</source>
        <translation>目标（%1）：%2</translation>
    </message>
    <message>
        <source>Details •</source>
        <translation>详细信息 •</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>To explain</source>
        <translation>待说明</translation>
    </message>
    <message>
        <source>Explained</source>
        <translation>已说明</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待填写</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已填写</translation>
    </message>
    <message>
        <source>Target (%1): %2</source>
        <translation>目标（%1）：%2</translation>
    </message>
    <message>
        <source>No figure?</source>
        <translation>没有数值？</translation>
    </message>
    <message>
        <source>Previous period (%1): %2 (converted to this version)</source>
        <translation>上一期（%1）：%2（已按本版本换算）</translation>
    </message>
    <message>
        <source>Enter the breakdown: the cells must add up to the total.</source>
        <translation>请填写分类数据：各单元格之和必须等于总数。</translation>
    </message>
    <message>
        <source>The breakdown adds up to %1: it does not match the total %2.</source>
        <translation>分类数据合计为 %1，与总数 %2 不符。</translation>
    </message>
    <message>
        <source>The breakdown adds up to %1.</source>
        <translation>分类数据合计为 %1。</translation>
    </message>
    <message>
        <source>“%1” is not a number. Type it like %2, or NA, NE or C.</source>
        <translation>“%1”不是数字。请按 %2 的格式输入，或输入 NA、NE 或 C。</translation>
    </message>
    <message>
        <source>Enter a whole number, not %1.</source>
        <translation>请输入整数，而不是 %1。</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language micdesk speaks and shows the work plan in.</source>
        <translation>micdesk 界面及工作计划所用的语言。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>LoadContributionDialog</name>
    <message>
        <source>Load a contributor&apos;s workbook</source>
        <translation>载入协作方工作簿</translation>
    </message>
    <message>
        <source>&amp;Workbook:</source>
        <translation>工作簿(&amp;W)：</translation>
    </message>
    <message>
        <source>Contributor workbook</source>
        <translation>协作方工作簿</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>检查(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Load the valid values</source>
        <translation>载入有效值(&amp;L)</translation>
    </message>
    <message>
        <source>Where a value differs from yours:</source>
        <translation>如果某个值与您的不同：</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>采用对方的</translation>
    </message>
    <message>
        <source>Asked of %1 on %2: not back yet</source>
        <translation>%2 向 %1 请求：尚未返回</translation>
    </message>
    <message>
        <source>Asked of %1 on %2: back on %3</source>
        <translation>%2 向 %1 请求：%3 返回</translation>
    </message>
    <message>
        <source>No contributor has been asked yet.</source>
        <translation>尚未向任何协作方请求数据。</translation>
    </message>
    <message>
        <source>Nothing was loaded: %1</source>
        <translation>未载入任何内容：%1</translation>
    </message>
    <message numerus="yes">
        <source>From %1: %Ln value(s) to load, %2 invalid, %3 differ from yours.</source>
        <translation>
            <numerusform>来自 %1：%Ln 个值待载入，%2 个无效，%3 个与您的不同。</numerusform>
        </translation>
    </message>
    <message>
        <source>Invalid cells (not loaded)</source>
        <translation>无效单元格（不载入）</translation>
    </message>
    <message>
        <source>Values that differ from yours</source>
        <translation>与您的不同的值</translation>
    </message>
    <message>
        <source>New values</source>
        <translation>新值</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %Ln value(s) from %1.</source>
        <translation>
            <numerusform>已从 %1 载入 %Ln 个值。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoadDialog</name>
    <message>
        <source>Load a submission</source>
        <translation>载入报告</translation>
    </message>
    <message>
        <source>&amp;Workbook:</source>
        <translation>工作簿(&amp;W)：</translation>
    </message>
    <message>
        <source>Submission workbook</source>
        <translation>报告工作簿</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>读取(&amp;R)</translation>
    </message>
    <message>
        <source>The file was edited after export. Load it anyway (every change is listed above).</source>
        <translation>该文件在导出后被修改过。仍然载入（所有修改已在上方列出）。</translation>
    </message>
    <message>
        <source>&amp;Keep all mine</source>
        <translation>全部保留我的(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Take all theirs</source>
        <translation>全部采用文件中的(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>载入(&amp;L)</translation>
    </message>
    <message>
        <source>Changes and conflicts</source>
        <translation>修改与冲突</translation>
    </message>
    <message>
        <source>Choose a submission workbook: nothing changes until you load it.</source>
        <translation>请选择报告工作簿：载入之前不会有任何改动。</translation>
    </message>
    <message>
        <source>final</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2), period %3, revision %4 (%5), exported %6: %Ln new value(s), %7, %8.</source>
        <translation>
            <numerusform>%1（%2），报告期 %3，第 %4 版（%5），导出于 %6：新数值 %Ln 个，%7，%8。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>冲突 %Ln 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already the same</source>
        <translation>
            <numerusform>已相同 %Ln 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %Ln value(s) and %1; %2; %3.</source>
        <translation>
            <numerusform>已载入数值 %Ln 个、%1；%2；%3。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln narrative(s)</source>
        <translation>
            <numerusform>叙述 %Ln 段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>kept %Ln of yours</source>
        <translation>
            <numerusform>保留您的 %Ln 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) could not be loaded</source>
        <translation>
            <numerusform>%Ln 行无法载入</numerusform>
        </translation>
    </message>
    <message>
        <source>The file was exported on template version %1; version %2 is installed.</source>
        <translation>该文件是按模板第 %1 版导出的；已安装的是第 %2 版。</translation>
    </message>
    <message>
        <source>This file cannot be read as a micdesk submission; nothing was loaded. Details: %1</source>
        <translation>无法将此文件作为 micdesk 报告读取；未载入任何内容。详情：%1</translation>
    </message>
    <message>
        <source>Nothing was loaded: %1</source>
        <translation>未载入任何内容：%1</translation>
    </message>
</context>
<context>
    <name>LoadPlanModel</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 (comment: %2)</source>
        <translation>%1（说明：%2）</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>采用文件中的</translation>
    </message>
    <message>
        <source>%1 narrative: %2</source>
        <translation>%1 叙述：%2</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Mine (this computer)</source>
        <translation>我的（本机）</translation>
    </message>
    <message>
        <source>Theirs (the file)</source>
        <translation>文件中的</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>选择</translation>
    </message>
</context>
<context>
    <name>LoadReviewDialog</name>
    <message>
        <source>Load a UNIDO review</source>
        <translation>载入工发组织审查</translation>
    </message>
    <message>
        <source>&amp;Review workbook:</source>
        <translation>审查工作簿(&amp;R)：</translation>
    </message>
    <message>
        <source>UNIDO review workbook</source>
        <translation>工发组织审查工作簿</translation>
    </message>
    <message>
        <source>Review workbook</source>
        <translation>审查工作簿</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>检查(&amp;K)</translation>
    </message>
    <message>
        <source>Kee&amp;p the questions to answer</source>
        <translation>保留问题以便答复(&amp;P)</translation>
    </message>
    <message>
        <source>The review was edited after UNIDO wrote it: &amp;load it anyway</source>
        <translation>审查在工发组织写出后被修改：仍然载入(&amp;L)</translation>
    </message>
    <message>
        <source>UNIDO&apos;s questions</source>
        <translation>工发组织的问题</translation>
    </message>
    <message>
        <source>Nothing was loaded: %1</source>
        <translation>未载入任何内容：%1</translation>
    </message>
    <message>
        <source>Keep the questions to answer them beside their fields.</source>
        <translation>保留这些问题，以便在对应字段旁答复。</translation>
    </message>
    <message numerus="yes">
        <source>UNIDO&apos;s questions about %1 %2, revision %3: %Ln question(s).</source>
        <translation>
            <numerusform>工发组织关于 %1 %2 第 %3 版的问题：%Ln 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s) from UNIDO to answer in %1 %2.</source>
        <translation>
            <numerusform>%1 %2 中有 %Ln 个工发组织问题待答复。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Number and &amp;date format…</source>
        <translation>数字和日期格式(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>What&apos;s &amp;this?</source>
        <translation>这是什么(&amp;T)？</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Problems panel</source>
        <translation>问题面板(&amp;P)</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>&amp;Country: </source>
        <translation>国家(&amp;C)：</translation>
    </message>
    <message>
        <source> &amp;Period: </source>
        <translation> 报告期(&amp;P)：</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>报告期</translation>
    </message>
    <message>
        <source>Work-plan rows</source>
        <translation>工作计划行</translation>
    </message>
    <message>
        <source>Read-only: the data file is damaged. Export what you need, then restore a backup.</source>
        <translation>只读：数据文件已损坏。请先导出所需内容，再恢复备份。</translation>
    </message>
    <message>
        <source>micdesk</source>
        <translation>micdesk</translation>
    </message>
    <message>
        <source>%1 %2 — %3 — micdesk</source>
        <translation>%1 %2 — %3 — micdesk</translation>
    </message>
    <message>
        <source>%1 is outside the periods you can start: from %2 to %3.</source>
        <translation>%1 不在可开始的报告期范围内：从 %2 到 %3。</translation>
    </message>
    <message>
        <source>There is no submission for %1 %2 yet. Start an empty one?</source>
        <translation>%1 %2 还没有报告。要新建一个空报告吗？</translation>
    </message>
    <message>
        <source>Start a new period?</source>
        <translation>开始新的报告期？</translation>
    </message>
    <message>
        <source>Every change is saved as soon as you leave a field.</source>
        <translation>离开字段时，每项修改都会立即保存。</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>已于 %1 保存</translation>
    </message>
    <message>
        <source>%1 of %2 cells filled (%3%)</source>
        <translation>已填 %1/%2 个单元格（%3%）</translation>
    </message>
    <message>
        <source>The reason now reads “%1”. Type the new wording: it replaces the old one for every change since the last export.</source>
        <translation>目前的原因是“%1”。请输入新的措辞：它将替换上次导出以来每项更改的原有原因。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Changes saved by another program were loaded.</source>
        <translation>已载入其他程序保存的更改。</translation>
    </message>
</context>
<context>
    <name>NarrativeEditor</name>
    <message>
        <source>Pro&amp;gress made in the period</source>
        <translation>本期取得的进展(&amp;G)</translation>
    </message>
    <message>
        <source>Ch&amp;allenges met</source>
        <translation>遇到的挑战(&amp;A)</translation>
    </message>
    <message>
        <source>Support &amp;needed from UNIDO</source>
        <translation>需要工发组织提供的支持(&amp;N)</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 个字符</translation>
    </message>
    <message>
        <source>At most %1 characters: shorten the text to save it.</source>
        <translation>最多 %1 个字符：请缩短文本后再保存。</translation>
    </message>
</context>
<context>
    <name>PeriodPage</name>
    <message>
        <source>Reporting period</source>
        <translation>报告期</translation>
    </message>
    <message>
        <source>The period you report on now; you can switch periods later.</source>
        <translation>您现在报告的期间；以后可以切换报告期。</translation>
    </message>
    <message>
        <source>Reporting &amp;period:</source>
        <translation>报告期(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>QueryItem</name>
    <message>
        <source>UNIDO asks: %1</source>
        <translation>工发组织询问：%1</translation>
    </message>
    <message>
        <source>UNIDO saw: %1</source>
        <translation>工发组织看到的值：%1</translation>
    </message>
    <message>
        <source>changed since: now %1</source>
        <translation>此后已更改：现为 %1</translation>
    </message>
    <message>
        <source>Your answer (or correct the value and press Answer)</source>
        <translation>您的答复（或更正数值后点击“答复”）</translation>
    </message>
    <message>
        <source>Answer to UNIDO</source>
        <translation>给工发组织的答复</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Change answer</source>
        <translation>修改答复</translation>
    </message>
    <message>
        <source>Will answer later</source>
        <translation>稍后答复</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已答复</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason for the change</source>
        <translation>修改原因</translation>
    </message>
    <message>
        <source>&amp;Reason (kept in the history, where you can reword it):</source>
        <translation>原因(&amp;R)（保存在历史记录中，可在那里修改措辞）：</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>made by a micdesk whose data format is version %1</source>
        <translation>由数据格式为第 %1 版的 micdesk 创建</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Replace the current data with the backup from %1? What you entered since then is kept in a new backup, not in the data you will work on.</source>
        <translation>用 %1 的备份替换当前数据吗？此后您输入的内容将保存在一个新备份中，而不在您接下来使用的数据中。</translation>
    </message>
    <message>
        <source>&amp;Backups of %1, newest first. micdesk takes one each day, before each schema upgrade and before each restore.</source>
        <translation>%1 的备份(&amp;B)，最新的在前。micdesk 每天、每次升级数据结构前以及每次恢复前都会创建备份。</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message numerus="yes">
        <source>%1 of %Ln country(ies) reported (%2 %)</source>
        <translation>
            <numerusform>%Ln 个国家中有 %1 个报告（%2%）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SigningKeysDialog</name>
    <message>
        <source>Signing keys</source>
        <translation>签名密钥</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>本安装</translation>
    </message>
    <message>
        <source>&amp;Save my public key…</source>
        <translation>保存我的公钥(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Make a new key pair…</source>
        <translation>生成新的密钥对(&amp;M)…</translation>
    </message>
    <message>
        <source>UNIDO template keys trusted here</source>
        <translation>此处信任的工发组织模板密钥</translation>
    </message>
    <message>
        <source>&amp;Trust a key file…</source>
        <translation>信任密钥文件(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Accept only templates signed by UNIDO</source>
        <translation>只接受工发组织签名的模板(&amp;A)</translation>
    </message>
    <message>
        <source>Final returns exported here are signed with key %1. Send your public key to UNIDO once, so that UNIDO can tell your returns from forgeries.</source>
        <translation>此处导出的最终报告使用密钥 %1 签名。请将您的公钥发送给工发组织一次，以便工发组织区分您的报告与伪造文件。</translation>
    </message>
    <message>
        <source>%1 (revoked)</source>
        <translation>%1（已吊销）</translation>
    </message>
    <message>
        <source>None: templates are checked for changes, not for who signed them.</source>
        <translation>无：只检查模板是否被修改，不检查签名者。</translation>
    </message>
    <message>
        <source>Save my public key</source>
        <translation>保存我的公钥</translation>
    </message>
    <message>
        <source>Public keys (*.pub)</source>
        <translation>公钥 (*.pub)</translation>
    </message>
    <message>
        <source>The key was not saved: %1</source>
        <translation>密钥未保存：%1</translation>
    </message>
    <message>
        <source>Saved your public key to %1.</source>
        <translation>您的公钥已保存到 %1。</translation>
    </message>
    <message>
        <source>Make a new key pair</source>
        <translation>生成新的密钥对</translation>
    </message>
    <message>
        <source>Returns exported from now on will be signed with a new key, which UNIDO must register before it recognises them. Returns already sent stay verifiable. Make a new key pair?</source>
        <translation>今后导出的报告将使用新密钥签名，工发组织须先登记该密钥才能识别这些报告。已发送的报告仍可验证。要生成新的密钥对吗？</translation>
    </message>
    <message>
        <source>New key pair made: save your new public key for UNIDO.</source>
        <translation>已生成新的密钥对：请保存新的公钥并发送给工发组织。</translation>
    </message>
    <message>
        <source>Trust a UNIDO key</source>
        <translation>信任工发组织密钥</translation>
    </message>
    <message>
        <source>%1 is not an Ed25519 public key; nothing was changed.</source>
        <translation>%1 不是 Ed25519 公钥；未作任何更改。</translation>
    </message>
    <message>
        <source>Templates signed by key %1 are now trusted.</source>
        <translation>现在信任由密钥 %1 签名的模板。</translation>
    </message>
</context>
<context>
    <name>StartupShell</name>
    <message>
        <source>micdesk</source>
        <translation>micdesk</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
    <message>
        <source>Opening the data file…</source>
        <translation>正在打开数据文件…</translation>
    </message>
</context>
<context>
    <name>SubmissionPdf</name>
    <message>
        <source>FINAL — submitted to UNIDO</source>
        <translation>最终版——已提交工发组织</translation>
    </message>
    <message>
        <source>DRAFT — work in progress, not a submission to UNIDO</source>
        <translation>草稿——工作进行中，并非向工发组织提交的文件</translation>
    </message>
    <message>
        <source>UNIDO–MIC work plan submission</source>
        <translation>工发组织—中等收入国家工作计划报告</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>联络人</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1，第 %2 版</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>final</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>修订版</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>完成度</translation>
    </message>
    <message>
        <source>%1% (%2 of %3 cells)</source>
        <translation>%1%（%3 个单元格中的 %2 个）</translation>
    </message>
    <message>
        <source>Exported at (UTC)</source>
        <translation>导出时间（UTC）</translation>
    </message>
    <message>
        <source>Submission UUID</source>
        <translation>报告 UUID</translation>
    </message>
    <message>
        <source>micdesk version</source>
        <translation>micdesk 版本</translation>
    </message>
    <message>
        <source>SHA-256 of the data</source>
        <translation>数据的 SHA-256</translation>
    </message>
    <message>
        <source>Signed by installation key</source>
        <translation>由本安装的密钥签名</translation>
    </message>
    <message>
        <source>Notation keys: %1. A blank cell was not reported.</source>
        <translation>标注代码：%1。空白单元格表示未报告。</translation>
    </message>
    <message>
        <source>Approved for submission to UNIDO</source>
        <translation>批准提交工发组织</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签字</translation>
    </message>
    <message>
        <source>Completeness: %1% (%2 of %3 cells)</source>
        <translation>完成度：%1%（%3 个单元格中的 %2 个）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进展</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>挑战</translation>
    </message>
    <message>
        <source>Support needed from UNIDO</source>
        <translation>需要工发组织提供的支持</translation>
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
        <source>Open problems (%1)</source>
        <translation>未解决的问题（%1）</translation>
    </message>
    <message>
        <source>Open problems: none</source>
        <translation>未解决的问题：无</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>FINAL</source>
        <translation>最终版</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>修订版 %1</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>SubmissionStatusLine</name>
    <message>
        <source>Reword…</source>
        <translation>修改措辞…</translation>
    </message>
    <message>
        <source>Reword the reason given for the changes since the export</source>
        <translation>修改导出后各项更改所给出的原因</translation>
    </message>
    <message>
        <source>Not exported yet</source>
        <translation>尚未导出</translation>
    </message>
    <message>
        <source>Final r%1, exported %2</source>
        <translation>正式版 r%1，导出于 %2</translation>
    </message>
    <message>
        <source>Draft r%1, exported %2</source>
        <translation>草稿 r%1，导出于 %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) since</source>
        <translation>
            <numerusform>此后有 %Ln 处更改</numerusform>
        </translation>
    </message>
    <message>
        <source>no change since</source>
        <translation>此后没有更改</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s) to explain</source>
        <translation>
            <numerusform>%Ln 个警告待说明</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln required value(s) to fill</source>
        <translation>
            <numerusform>%Ln 个必填值待填写</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing left to fix</source>
        <translation>没有需要修正的问题</translation>
    </message>
    <message>
        <source>Reason: “%1”</source>
        <translation>原因：“%1”</translation>
    </message>
</context>
<context>
    <name>TemplateImportDialog</name>
    <message>
        <source>Import a template update</source>
        <translation>导入模板更新</translation>
    </message>
    <message>
        <source>&amp;Workbook:</source>
        <translation>工作簿(&amp;W)：</translation>
    </message>
    <message>
        <source>Template workbook</source>
        <translation>模板工作簿</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>检查(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Apply the update</source>
        <translation>应用更新(&amp;A)</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Choose the template workbook UNIDO sent you; nothing changes until you apply it.</source>
        <translation>请选择工发组织发给您的模板工作簿；应用之前不会有任何改动。</translation>
    </message>
    <message>
        <source>Signed by UNIDO key %1.</source>
        <translation>由工发组织密钥 %1 签名。</translation>
    </message>
    <message>
        <source>Unsigned: nothing proves this template comes from UNIDO. Apply it only if you trust where it came from.</source>
        <translation>未签名：无法证明此模板来自工发组织。只有在您信任其来源时才应用它。</translation>
    </message>
    <message>
        <source>“%1” version %2 is a new template; it will be installed beside yours.</source>
        <translation>“%1”第 %2 版是一个新模板，将与您现有的模板并列安装。</translation>
    </message>
    <message>
        <source>“%1”: version %2 → %3. These are the changes; entered values are never deleted.</source>
        <translation>“%1”：第 %2 版 → 第 %3 版。以下是修改内容；已输入的数值绝不会被删除。</translation>
    </message>
    <message>
        <source>Areas added</source>
        <translation>新增领域</translation>
    </message>
    <message>
        <source>Areas removed</source>
        <translation>删除的领域</translation>
    </message>
    <message>
        <source>Areas relabelled</source>
        <translation>更名的领域</translation>
    </message>
    <message>
        <source>Indicators added</source>
        <translation>新增指标</translation>
    </message>
    <message>
        <source>Indicators removed (their values are archived, not deleted)</source>
        <translation>删除的指标（其数值存档，不删除）</translation>
    </message>
    <message>
        <source>Indicators replaced (their values move)</source>
        <translation>替换的指标（其数值随之转移）</translation>
    </message>
    <message>
        <source>Indicators relabelled</source>
        <translation>更名的指标</translation>
    </message>
    <message>
        <source>Indicators changed</source>
        <translation>修改的指标</translation>
    </message>
    <message>
        <source>Template settings changed</source>
        <translation>修改的模板设置</translation>
    </message>
    <message>
        <source>Choice lists changed</source>
        <translation>修改的选项列表</translation>
    </message>
    <message>
        <source>Disaggregations changed</source>
        <translation>修改的分类</translation>
    </message>
    <message>
        <source>Your entered values (%1)</source>
        <translation>您输入的数值（%1）</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>……另有 %1 项</translation>
    </message>
    <message>
        <source>Why values are flagged for review</source>
        <translation>数值被标记为待审核的原因</translation>
    </message>
    <message>
        <source>No changes to areas, indicators or lists.</source>
        <translation>领域、指标和列表均无修改。</translation>
    </message>
    <message>
        <source>Moved: %1</source>
        <translation>已移动：%1</translation>
    </message>
    <message>
        <source>Converted: %1</source>
        <translation>已换算：%1</translation>
    </message>
    <message>
        <source>Summed: %1</source>
        <translation>已求和：%1</translation>
    </message>
    <message>
        <source>Split: %1</source>
        <translation>已拆分：%1</translation>
    </message>
    <message>
        <source>To review: %1</source>
        <translation>待复核：%1</translation>
    </message>
    <message>
        <source>(crosswalk row %1)</source>
        <translation>（对照表第 %1 行）</translation>
    </message>
    <message>
        <source>(crosswalk rows %1)</source>
        <translation>（对照表第 %1 行）</translation>
    </message>
    <message>
        <source>%1: values carried by the crosswalk</source>
        <translation>%1：按对照表转入的值</translation>
    </message>
    <message>
        <source>Installed version %1. Values: %2 before, %3 after (%4 moved, %5 archived, %6 restored, %7 flagged for review); nothing deleted.</source>
        <translation>已安装第 %1 版。数值：之前 %2 个，之后 %3 个（转移 %4 个，存档 %5 个，恢复 %6 个，标记待审核 %7 个）；未删除任何内容。</translation>
    </message>
    <message>
        <source>The workbook cannot be read; nothing was changed. Details: %1</source>
        <translation>无法读取该工作簿；未作任何修改。详情：%1</translation>
    </message>
    <message>
        <source>Problems found (%1)</source>
        <translation>发现的问题（%1）</translation>
    </message>
    <message>
        <source>The workbook has problems; nothing was changed.</source>
        <translation>该工作簿存在问题，未作任何修改。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) move to a replacing indicator</source>
        <translation>
            <numerusform>%Ln 个数值转移到替代指标</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) are archived (kept, not deleted)</source>
        <translation>
            <numerusform>%Ln 个数值存档（保留，不删除）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) come back from the archive</source>
        <translation>
            <numerusform>%Ln 个数值从存档中恢复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) are flagged for review</source>
        <translation>
            <numerusform>%Ln 个数值被标记为待审核</numerusform>
        </translation>
    </message>
    <message>
        <source>Values before the import: %1; after it: %2 (nothing deleted)</source>
        <translation>导入前的数值：%1 个；导入后：%2 个（不删除任何值）</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>未作任何修改：%1</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>%1 (converted)</source>
        <translation>%1（已换算）</translation>
    </message>
</context>
<context>
    <name>ValidationPanel</name>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s) to explain</source>
        <translation>
            <numerusform>%Ln 个警告待说明</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln explained</source>
        <translation>
            <numerusform>%Ln 个已说明</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) to fill</source>
        <translation>
            <numerusform>%Ln 个值待填写</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln UNIDO question(s) to answer</source>
        <translation>
            <numerusform>%Ln 个工发组织问题待答复</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems: every value passes the checks.</source>
        <translation>没有问题：所有数值均通过检查。</translation>
    </message>
    <message>
        <source>%1. Click one to go to its field.</source>
        <translation>%1。点击某一项可转到相应字段。</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Texts not saved</source>
        <translation>未保存的文本</translation>
    </message>
    <message>
        <source>UNIDO asks</source>
        <translation>工发组织询问</translation>
    </message>
    <message>
        <source>UNIDO asks about %1: %2</source>
        <translation>工发组织就 %1 询问：%2</translation>
    </message>
    <message>
        <source>will answer later</source>
        <translation>稍后答复</translation>
    </message>
    <message>
        <source>Not saved in %1: “%2” is not a number. Correct or clear it.</source>
        <translation>%1 未保存：“%2”不是数字。请更正或清除。</translation>
    </message>
</context>
<context>
    <name>WorkbookPathRow</name>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;Export submission…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the submission workbook for UNIDO (draft or final)</source>
        <translation>生成提交工发组织的报告工作簿（草稿或定稿）</translation>
    </message>
    <message>
        <source>&amp;Import template…</source>
        <translation>导入模板(&amp;I)…</translation>
    </message>
    <message>
        <source>Install a new work-plan template version from UNIDO</source>
        <translation>安装工发组织发布的新版工作计划模板</translation>
    </message>
    <message>
        <source>&amp;Load submission…</source>
        <translation>载入报告(&amp;L)…</translation>
    </message>
    <message>
        <source>Merge the values of a submission workbook into this store</source>
        <translation>将报告工作簿中的数值合并到本地数据中</translation>
    </message>
    <message>
        <source>Add a &amp;country…</source>
        <translation>添加国家(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>恢复备份(&amp;R)…</translation>
    </message>
    <message>
        <source>Replace the data with one of the automatic backups</source>
        <translation>用某个自动备份替换数据</translation>
    </message>
    <message>
        <source>Ask a contri&amp;butor…</source>
        <translation>请求协作方(&amp;B)…</translation>
    </message>
    <message>
        <source>Write a workbook for another ministry with just the indicators it owns</source>
        <translation>为另一个部委写一份只含其负责指标的工作簿</translation>
    </message>
    <message>
        <source>Load a con&amp;tributor&apos;s workbook…</source>
        <translation>载入协作方工作簿(&amp;T)…</translation>
    </message>
    <message>
        <source>Check a returned contributor workbook and load it</source>
        <translation>检查协作方返回的工作簿并将其载入</translation>
    </message>
    <message>
        <source>Load a UNIDO re&amp;view…</source>
        <translation>载入工发组织审查(&amp;V)…</translation>
    </message>
    <message>
        <source>Read UNIDO&apos;s questions about a return, to answer them beside their fields</source>
        <translation>读取工发组织对报告的问题，以便在对应字段旁答复</translation>
    </message>
    <message>
        <source>Signing &amp;keys…</source>
        <translation>签名密钥(&amp;K)…</translation>
    </message>
    <message>
        <source>This installation&apos;s key for returns, and the UNIDO keys trusted here</source>
        <translation>本安装用于报告的密钥，以及此处信任的工发组织密钥</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Go to the next &amp;problem</source>
        <translation>转到下一个问题(&amp;P)</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>The log of what went wrong, to send to whoever supports you</source>
        <translation>记录出错情况的日志，可发送给为您提供支持的人员</translation>
    </message>
    <message>
        <source>&amp;About micdesk</source>
        <translation>关于 micdesk(&amp;A)</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>change %1</source>
        <translation>修改 %1</translation>
    </message>
    <message>
        <source>change the narrative “%1” of %2</source>
        <translation>修改 %2 的“%1”叙述</translation>
    </message>
</context>
<context>
    <name>findings</name>
    <message>
        <source>%1 is below the minimum %2.</source>
        <translation>%1 低于最小值 %2。</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2.</source>
        <translation>%1 高于最大值 %2。</translation>
    </message>
    <message>
        <source>The breakdown adds up to %1, but the total is %2.</source>
        <translation>分类数据合计为 %1，但总数为 %2。</translation>
    </message>
    <message>
        <source>The stored value “%1” does not fit this indicator any more.</source>
        <translation>已保存的数值“%1”不再适用于该指标。</translation>
    </message>
    <message>
        <source>Required: enter the figure, or NA, NE or C if there is none.</source>
        <translation>必填：请输入数值；如没有数值，请填 NA、NE 或 C。</translation>
    </message>
    <message>
        <source>The cumulative value %1 is below the previous period&apos;s %2: explain it in a comment.</source>
        <translation>累计值 %1 低于上一期的 %2：请在说明中解释。</translation>
    </message>
    <message>
        <source>%1 is more than three times the previous period&apos;s %2: confirm it in a comment.</source>
        <translation>%1 超过上一期 %2 的三倍：请在说明中确认。</translation>
    </message>
    <message>
        <source>To review after a template update: %1</source>
        <translation>模板更新后待审核：%1</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Notation key</source>
        <translation>标注代码</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Follow-up flag</source>
        <translation>待跟进标记</translation>
    </message>
    <message>
        <source>Indicator code</source>
        <translation>指标代码</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>You</source>
        <translation>您</translation>
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
        <source>Loaded file</source>
        <translation>载入的文件</translation>
    </message>
    <message>
        <source>Template update</source>
        <translation>模板更新</translation>
    </message>
    <message>
        <source>Template update (crosswalk)</source>
        <translation>模板更新（对照表）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>load</name>
    <message>
        <source>Not loadable: %1 row %2 (%3): %4</source>
        <translation>无法载入：%1 第 %2 行（%3）：%4</translation>
    </message>
</context>
<context>
    <name>narrative</name>
    <message>
        <source>Progress made in the period</source>
        <translation>本期取得的进展</translation>
    </message>
    <message>
        <source>Challenges met</source>
        <translation>遇到的挑战</translation>
    </message>
    <message>
        <source>Support needed from UNIDO</source>
        <translation>需要工发组织提供的支持</translation>
    </message>
</context>
<context>
    <name>notation</name>
    <message>
        <source>NA — not applicable</source>
        <translation>NA — 不适用</translation>
    </message>
    <message>
        <source>NE — not estimated</source>
        <translation>NE — 未估计</translation>
    </message>
    <message>
        <source>C — confidential</source>
        <translation>C — 保密</translation>
    </message>
</context>
<context>
    <name>periods</name>
    <message>
        <source>“%1” is not an annual reporting period such as %2.</source>
        <translation>“%1”不是年度报告期（例如 %2）。</translation>
    </message>
    <message>
        <source>“%1” is not a half-yearly reporting period such as %2.</source>
        <translation>“%1”不是半年度报告期（例如 %2）。</translation>
    </message>
</context>
<context>
    <name>refusals</name>
    <message>
        <source>%1 is not a finite number.</source>
        <translation>%1 不是有限数。</translation>
    </message>
    <message>
        <source>%1 takes a whole number, not “%2”.</source>
        <translation>%1 应为整数，而不是“%2”。</translation>
    </message>
    <message>
        <source>%1 takes a number, not “%2”.</source>
        <translation>%1 应为数字，而不是“%2”。</translation>
    </message>
    <message>
        <source>%1 takes a finite number, not “%2”.</source>
        <translation>%1 应为有限数，而不是“%2”。</translation>
    </message>
    <message>
        <source>%1 takes yes or no, not “%2”.</source>
        <translation>%1 应为“是”或“否”，而不是“%2”。</translation>
    </message>
    <message>
        <source>%1 takes text, not “%2”.</source>
        <translation>%1 应为文本，而不是“%2”。</translation>
    </message>
    <message>
        <source>%1 takes one of %2, not “%3”.</source>
        <translation>%1 应为 %2 之一，而不是“%3”。</translation>
    </message>
    <message>
        <source>%1 takes some of %2, not “%3”.</source>
        <translation>%1 应为 %2 中的若干项，而不是“%3”。</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number.</source>
        <translation>%1：“%2”不是数字。</translation>
    </message>
    <message>
        <source>%1: “%2” is not yes or no.</source>
        <translation>%1：“%2”不是“是”或“否”。</translation>
    </message>
    <message>
        <source>There is no indicator %1 in template %2, version %3.</source>
        <translation>模板 %2 第 %3 版中没有指标 %1。</translation>
    </message>
    <message>
        <source>Indicator %1 has no cell “%2”.</source>
        <translation>指标 %1 没有单元格“%2”。</translation>
    </message>
    <message>
        <source>%1: a cell holds a value or a notation key, not both.</source>
        <translation>%1：一个单元格只能填数值或标注代码，不能两者都填。</translation>
    </message>
    <message>
        <source>This data is open read-only because the data file is damaged: export what you need, then restore a backup (File → Restore a backup).</source>
        <translation>数据文件已损坏，因此这些数据以只读方式打开：请先导出所需内容，再恢复备份（文件 → 恢复备份）。</translation>
    </message>
    <message>
        <source>The narrative “%1” of %2 has %3 characters; at most %4 are allowed.</source>
        <translation>%2 的“%1”叙述有 %3 个字符；最多允许 %4 个。</translation>
    </message>
    <message>
        <source>UNIDO received %1 in final revision %2. Say why it changes: one reason covers every change until your next export.</source>
        <translation>工发组织已在正式修订版 %2 中收到 %1。请说明更改原因：在下次导出之前，一个原因适用于所有更改。</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 3166-1 alpha-3 country code such as KEN.</source>
        <translation>“%1”不是 ISO 3166-1 三字母国家代码（例如 KEN）。</translation>
    </message>
    <message>
        <source>%1 is on the template “%2”, which is not installed: import it first (File → Import template…).</source>
        <translation>%1 使用的模板“%2”尚未安装：请先导入该模板（文件 → 导入模板…）。</translation>
    </message>
    <message>
        <source>%1 was edited after it was exported; nothing was loaded. Check the changes listed and accept the edited file to load it.</source>
        <translation>%1 在导出后被修改过；未载入任何内容。请核对所列更改，并接受修改后的文件以载入它。</translation>
    </message>
    <message>
        <source>%1 conflicts need a choice: keep yours or take theirs.</source>
        <translation>有 %1 处冲突需要选择：保留您的或采用文件中的。</translation>
    </message>
    <message>
        <source>The submission was removed since the file was read; read it again.</source>
        <translation>读取文件后该报告已被删除；请重新读取。</translation>
    </message>
    <message>
        <source>None of the values in %1 can go into the installed template (%2 not loadable); nothing was loaded.</source>
        <translation>%1 中没有任何值能放入已安装的模板（%2 个无法载入）；未载入任何内容。</translation>
    </message>
    <message>
        <source>The data changed since the file was read; read it again.</source>
        <translation>读取文件后数据已更改；请重新读取。</translation>
    </message>
    <message>
        <source>%1 changed since the file was read; read it again.</source>
        <translation>读取文件后 %1 已更改；请重新读取。</translation>
    </message>
    <message>
        <source>The narrative “%1” of %2 changed since the file was read; read it again.</source>
        <translation>读取文件后 %2 的“%1”叙述已更改；请重新读取。</translation>
    </message>
    <message>
        <source>There is no area %1 in version %2 of the template.</source>
        <translation>模板第 %2 版中没有领域 %1。</translation>
    </message>
    <message>
        <source>“%1” is not a narrative field (%2).</source>
        <translation>“%1”不是叙述字段（%2）。</translation>
    </message>
    <message>
        <source>%1 characters; at most %2 are allowed.</source>
        <translation>%1 个字符；最多允许 %2 个。</translation>
    </message>
    <message>
        <source>%1: the signature does not match: the template was changed after it was signed. Nothing was changed.</source>
        <translation>%1：签名不匹配：模板在签名后被修改过。未作任何更改。</translation>
    </message>
    <message>
        <source>%1 is signed by key %2, which is not a trusted UNIDO key. Nothing was changed.</source>
        <translation>%1 由密钥 %2 签名，该密钥不是受信任的工发组织密钥。未作任何更改。</translation>
    </message>
    <message>
        <source>%1 is signed by key %2, which UNIDO has revoked. Nothing was changed.</source>
        <translation>%1 由密钥 %2 签名，该密钥已被工发组织吊销。未作任何更改。</translation>
    </message>
    <message>
        <source>%1 is unsigned, and this installation accepts only templates signed by UNIDO. Nothing was changed.</source>
        <translation>%1 未签名，而本安装只接受工发组织签名的模板。未作任何更改。</translation>
    </message>
    <message>
        <source>defusedxml is not installed, so workbooks cannot be read safely; reinstall micdesk.</source>
        <translation>未安装 defusedxml，无法安全读取工作簿；请重新安装 micdesk。</translation>
    </message>
    <message>
        <source>%1: there is no such file.</source>
        <translation>%1：没有这个文件。</translation>
    </message>
    <message>
        <source>%1: the file cannot be read (%2).</source>
        <translation>%1：无法读取该文件（%2）。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workbook file.</source>
        <translation>%1 是文件夹，不是工作簿文件。</translation>
    </message>
    <message>
        <source>%1 is not a regular file; only workbook files are read.</source>
        <translation>%1 不是普通文件；只能读取工作簿文件。</translation>
    </message>
    <message>
        <source>%1: the file is %2 MB, more than the %3 MB limit.</source>
        <translation>%1：文件大小为 %2 MB，超过 %3 MB 的上限。</translation>
    </message>
    <message>
        <source>%1 is password-protected (encrypted) or an old .xls file: save it as an unprotected .xlsx workbook.</source>
        <translation>%1 受密码保护（已加密）或是旧的 .xls 文件：请另存为无保护的 .xlsx 工作簿。</translation>
    </message>
    <message>
        <source>%1 is not an .xlsx workbook (it is not a zip package).</source>
        <translation>%1 不是 .xlsx 工作簿（不是 zip 包）。</translation>
    </message>
    <message>
        <source>%1 is damaged or truncated (%2).</source>
        <translation>%1 已损坏或不完整（%2）。</translation>
    </message>
    <message>
        <source>%1 is damaged: a part of it has an unreadable name.</source>
        <translation>%1 已损坏：其中某个部件的名称无法读取。</translation>
    </message>
    <message>
        <source>%1 has %2 parts, too many for a workbook.</source>
        <translation>%1 有 %2 个部件，对工作簿而言太多。</translation>
    </message>
    <message>
        <source>%1: the part %2 is encrypted; save the workbook without a password.</source>
        <translation>%1：部件 %2 已加密；请不设密码另存工作簿。</translation>
    </message>
    <message>
        <source>%1: the part %2 is compressed in a way micdesk does not read (%3); save it again from Excel or LibreOffice.</source>
        <translation>%1：部件 %2 的压缩方式 micdesk 无法读取（%3）；请用 Excel 或 LibreOffice 重新保存。</translation>
    </message>
    <message>
        <source>%1: the part %2 expands %3 times (a zip bomb?); refused.</source>
        <translation>%1：部件 %2 解压后膨胀 %3 倍（zip 炸弹？）；已拒绝。</translation>
    </message>
    <message>
        <source>%1: the part %2 is %3 MB unpacked, more than the %4 MB limit.</source>
        <translation>%1：部件 %2 解压后为 %3 MB，超过 %4 MB 的上限。</translation>
    </message>
    <message>
        <source>%1 expands to %2 MB, more than the %3 MB limit.</source>
        <translation>%1 解压后为 %2 MB，超过 %3 MB 的上限。</translation>
    </message>
    <message>
        <source>%1 is not an .xlsx workbook (there is no workbook inside).</source>
        <translation>%1 不是 .xlsx 工作簿（其中没有工作簿）。</translation>
    </message>
    <message>
        <source>%1 contains macros: save it as a plain .xlsx workbook without macros.</source>
        <translation>%1 含有宏：请另存为不含宏的普通 .xlsx 工作簿。</translation>
    </message>
    <message>
        <source>%1: the sheet %2 has more than %3 rows; refused.</source>
        <translation>%1：工作表 %2 超过 %3 行；已拒绝。</translation>
    </message>
    <message>
        <source>%1 has more than %2 cells beyond column %3; refused.</source>
        <translation>%1 在第 %3 列之后有超过 %2 个单元格；已拒绝。</translation>
    </message>
    <message>
        <source>%1: the sheet %2 has a cell at %3, beyond the %4 columns micdesk reads; refused.</source>
        <translation>%1：工作表 %2 在 %3 处有单元格，超出 micdesk 读取的 %4 列；已拒绝。</translation>
    </message>
    <message>
        <source>%1 has more than %2 formatted cells beyond the columns micdesk reads: clear their formatting.</source>
        <translation>%1 在 micdesk 读取的列之外有超过 %2 个带格式的单元格：请清除其格式。</translation>
    </message>
    <message>
        <source>%1 has more than %2 different texts; refused.</source>
        <translation>%1 含有超过 %2 个不同文本；已拒绝。</translation>
    </message>
    <message>
        <source>%1 has more than %2 cell formats; refused.</source>
        <translation>%1 含有超过 %2 种单元格格式；已拒绝。</translation>
    </message>
    <message>
        <source>%1 declares XML entities, a possible attack on the program reading it; refused (%2).</source>
        <translation>%1 声明了 XML 实体，可能是针对读取程序的攻击；已拒绝（%2）。</translation>
    </message>
    <message>
        <source>%1: the sheet %2 cannot be read (%3).</source>
        <translation>%1：无法读取工作表 %2（%3）。</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>无法读取 %1（%2）。</translation>
    </message>
    <message>
        <source>The template “%1” changed since the check (now version %2): check the workbook again. Nothing was changed.</source>
        <translation>检查之后模板“%1”已更改（现为第 %2 版）：请重新检查工作簿。未作任何修改。</translation>
    </message>
    <message>
        <source>Version %1 of “%2” is not above the installed version %3; nothing was changed.</source>
        <translation>“%2”的第 %1 版不高于已安装的第 %3 版；未作任何修改。</translation>
    </message>
    <message>
        <source>The import would change the number of values (%1 → %2); nothing was changed.</source>
        <translation>导入会改变数值的数量（%1 → %2）；未作任何修改。</translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <source>The cell “%1” is no longer part of the breakdown of %2.</source>
        <translation>单元格“%1”已不属于 %2 的分类数据。</translation>
    </message>
    <message>
        <source>The cell “%1” is no longer part of the breakdown of %2 (“%3”).</source>
        <translation>单元格“%1”已不属于 %2 的分类数据（“%3”）。</translation>
    </message>
    <message>
        <source>“%1” is no longer in the choice list “%2”.</source>
        <translation>“%1”已不在选项列表“%2”中。</translation>
    </message>
    <message>
        <source>“%1” is not a whole number, which %2 now takes.</source>
        <translation>“%1”不是整数，而 %2 现在要求整数。</translation>
    </message>
    <message>
        <source>“%1” is not a number, which %2 now takes.</source>
        <translation>“%1”不是数字，而 %2 现在要求数字。</translation>
    </message>
    <message>
        <source>“%1” is not a percentage, which %2 now takes.</source>
        <translation>“%1”不是百分比，而 %2 现在要求百分比。</translation>
    </message>
    <message>
        <source>“%1” is not yes or no, which %2 now takes.</source>
        <translation>“%1”不是“是”或“否”，而 %2 现在只接受“是”或“否”。</translation>
    </message>
    <message>
        <source>“%1” is not of the kind %2, which %3 now takes.</source>
        <translation>“%1”不属于 %2 类型，而 %3 现在要求该类型。</translation>
    </message>
    <message>
        <source>%1 is below the new minimum %2.</source>
        <translation>%1 低于新的最小值 %2。</translation>
    </message>
    <message>
        <source>%1 is above the new maximum %2.</source>
        <translation>%1 高于新的最大值 %2。</translation>
    </message>
    <message>
        <source>Not moved to %1, which replaces %2: %1 already has a value here.</source>
        <translation>未移至取代 %2 的 %1：%1 在此已有数值。</translation>
    </message>
    <message>
        <source>Rounded to %1: %2 takes whole numbers; the exact converted value is %3.</source>
        <translation>已舍入为 %1：%2 只接受整数；换算后的精确值为 %3。</translation>
    </message>
    <message>
        <source>Not summed: a part is missing or is a notation key (%1). Enter %2 by hand.</source>
        <translation>未求和：有一部分缺失或为标注代码（%1）。请手动填写 %2。</translation>
    </message>
    <message>
        <source>%1 was %2: split it by hand between %3.</source>
        <translation>%1 原为 %2：请手动拆分到 %3。</translation>
    </message>
    <message>
        <source>The crosswalk would write %1 here, but %2 already has a value of its own.</source>
        <translation>对照表会在此写入 %1，但 %2 已有自己的值。</translation>
    </message>
    <message>
        <source>The data are open read-only: nothing was recorded.</source>
        <translation>数据以只读方式打开：未记录任何内容。</translation>
    </message>
    <message>
        <source>%1 is UNIDO&apos;s review for %2; this store reports for %3. Nothing was loaded.</source>
        <translation>%1 是工发组织对 %2 的审查；本数据报告的是 %3。未载入任何内容。</translation>
    </message>
    <message>
        <source>%1 asks about the return of %2 %3, revision %4, which was not exported from this store. Nothing was loaded.</source>
        <translation>%1 询问的是 %2 %3 第 %4 版报告，该报告并非从本数据导出。未载入任何内容。</translation>
    </message>
    <message>
        <source>%1 names another country or period than the return it asks about (%2 %3). Nothing was loaded.</source>
        <translation>%1 所写的国家或期间与其询问的报告（%2 %3）不符。未载入任何内容。</translation>
    </message>
    <message>
        <source>%1 asks about revision %2, but that return is revision %3 here, or holds other data. Nothing was loaded.</source>
        <translation>%1 询问的是第 %2 版，但该报告在此为第 %3 版或数据不同。未载入任何内容。</translation>
    </message>
    <message>
        <source>%1 asks about revision %2; UNIDO&apos;s review of revision %3 is loaded already. Nothing was loaded.</source>
        <translation>%1 询问的是第 %2 版；工发组织对第 %3 版的审查已经载入。未载入任何内容。</translation>
    </message>
    <message>
        <source>The queries of %1 are loaded already; your answers are kept.</source>
        <translation>%1 中的问题已经载入；您的答复保持不变。</translation>
    </message>
    <message>
        <source>%1 was edited after UNIDO wrote it (its hash no longer matches). Load it only if you trust the change.</source>
        <translation>%1 在工发组织写出后被修改过（哈希值不再匹配）。仅当您信任该修改时才载入。</translation>
    </message>
    <message>
        <source>%1: %2 is not a field of the installed template. Nothing was loaded.</source>
        <translation>%1：%2 不是已安装模板中的字段。未载入任何内容。</translation>
    </message>
    <message>
        <source>%1: the query id “%2” is empty, too long or used twice. Nothing was loaded.</source>
        <translation>%1：问题编号“%2”为空、过长或重复。未载入任何内容。</translation>
    </message>
    <message>
        <source>%1 holds no query. Nothing was loaded.</source>
        <translation>%1 不含任何问题。未载入任何内容。</translation>
    </message>
    <message>
        <source>UNIDO asked no query “%1” about this return.</source>
        <translation>工发组织未就本报告提出问题“%1”。</translation>
    </message>
    <message>
        <source>Write an answer, or change the value UNIDO asked about.</source>
        <translation>请写下答复，或更改工发组织询问的数值。</translation>
    </message>
    <message>
        <source>The answer is longer than %1 characters.</source>
        <translation>答复超过 %1 个字符。</translation>
    </message>
</context>
<context>
    <name>sizes</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>daily backup</source>
        <translation>每日备份</translation>
    </message>
    <message>
        <source>before micdesk updated the data file</source>
        <translation>在 micdesk 更新数据文件之前</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>damaged data, kept before a restore</source>
        <translation>已损坏的数据，在恢复前保留</translation>
    </message>
    <message>
        <source>after an export</source>
        <translation>导出之后</translation>
    </message>
    <message>
        <source>made on request</source>
        <translation>按要求创建</translation>
    </message>
    <message>
        <source>A micdesk command (%1) is writing to this data folder:
%2</source>
        <translation>一个 micdesk 命令（%1）正在写入此数据文件夹：
%2</translation>
    </message>
    <message>
        <source>Try again when it has finished.</source>
        <translation>请在它完成后重试。</translation>
    </message>
    <message>
        <source>micdesk is already open on this data folder:
%1</source>
        <translation>micdesk 已在此数据文件夹上打开：
%1</translation>
    </message>
    <message>
        <source>It runs as process %1 on %2.</source>
        <translation>它在 %2 上以进程 %1 运行。</translation>
    </message>
    <message>
        <source>There is no good backup to restore.</source>
        <translation>没有可供恢复的完好备份。</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <source>count</source>
        <translation>个</translation>
    </message>
    <message>
        <source>t</source>
        <translation>吨</translation>
    </message>
    <message>
        <source>MWh</source>
        <translation>兆瓦时</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
</context>
</TS>
