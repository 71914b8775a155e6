<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddAnnotationCommand</name>
    <message>
        <source>arrow</source>
        <translation>箭头</translation>
    </message>
    <message>
        <source>box</source>
        <translation>方框</translation>
    </message>
    <message>
        <source>callout</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加%1</translation>
    </message>
</context>
<context>
    <name>AppLanguage</name>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
</context>
<context>
    <name>EditAnnotationTextCommand</name>
    <message>
        <source>Edit annotation text</source>
        <translation>编辑注释文字</translation>
    </message>
</context>
<context>
    <name>FigureActions</name>
    <message>
        <source>&amp;Export Figure…</source>
        <translation>导出图片(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the view with its annotations as PNG, SVG or PDF</source>
        <translation>将视图连同注释保存为 PNG、SVG 或 PDF</translation>
    </message>
    <message>
        <source>Copy &amp;Picture</source>
        <translation>复制图片(&amp;P)</translation>
    </message>
    <message>
        <source>Copy the view with its annotations to the clipboard</source>
        <translation>将视图连同注释复制到剪贴板</translation>
    </message>
    <message>
        <source>PNG image, 2× (*.png)</source>
        <translation>PNG 图像，2× (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export Figure</source>
        <translation>导出图片</translation>
    </message>
</context>
<context>
    <name>LessonController</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>%1: cannot save into the program&apos;s own lessons; choose another file</source>
        <translation>%1：无法保存到程序自带的课程中；请选择其他文件</translation>
    </message>
    <message>
        <source>%1: cannot save: %2</source>
        <translation>%1：无法保存：%2</translation>
    </message>
    <message>
        <source>The lesson has no file yet; use Save As.</source>
        <translation>该课程尚无文件；请使用“另存为”。</translation>
    </message>
    <message>
        <source>OSTEP problem: %1</source>
        <translation>OSTEP 习题：%1</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>%1[*] — mmulab</source>
        <translation>%1[*] — mmulab</translation>
    </message>
    <message>
        <source>%1 (lesson)</source>
        <translation>%1（课程）</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>是否保存对“%1”的更改？</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>&amp;New Lesson</source>
        <translation>新建课程(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Import OSTEP Problem…</source>
        <translation>导入 OSTEP 习题(&amp;I)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;Bundled Lesson</source>
        <translation>打开内置课程(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>mmulab lessons (*.mmulab);;Figures exported by mmulab (*.png *.svg);;All files (*)</source>
        <translation>mmulab 课程 (*.mmulab);;mmulab 导出的图片 (*.png *.svg);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open Lesson</source>
        <translation>打开课程</translation>
    </message>
    <message>
        <source>lesson</source>
        <translation>lesson</translation>
    </message>
    <message>
        <source>mmulab lessons (*.mmulab)</source>
        <translation>mmulab 课程 (*.mmulab)</translation>
    </message>
    <message>
        <source>Save Lesson</source>
        <translation>保存课程</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Type a virtual address and press Return.</source>
        <translation>输入一个虚拟地址并按回车键。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About mmulab</source>
        <translation>关于 mmulab(&amp;A)</translation>
    </message>
    <message>
        <source>About mmulab</source>
        <translation>关于 mmulab</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;mmulab&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;A laboratory for virtual memory address translation.&lt;/p&gt;&lt;p&gt;License: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;mmulab&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;虚拟内存地址转换实验室。&lt;/p&gt;&lt;p&gt;许可证：GPL-3.0-or-later。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Virtual address</source>
        <translation>虚拟地址</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>Physical memory</source>
        <translation>物理内存</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>全部步骤</translation>
    </message>
    <message>
        <source>Page walk</source>
        <translation>页表遍历</translation>
    </message>
    <message>
        <source>TLBs</source>
        <translation>TLB</translation>
    </message>
    <message>
        <source>Lesson notes</source>
        <translation>课程笔记</translation>
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
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>重置缩放(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Light theme</source>
        <translation>浅色主题(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>深色主题(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;High-contrast theme</source>
        <translation>高对比度主题(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Animate Steps</source>
        <translation>步骤动画(&amp;A)</translation>
    </message>
    <message>
        <source>Move the highlights smoothly from step to step; off, each step appears at once</source>
        <translation>在步骤之间平滑移动高亮；关闭时每一步立即显示</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>语言(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>注释(&amp;A)</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>注释</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>单步(&amp;S)</translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation>缩放 %1%</translation>
    </message>
    <message>
        <source>%1 of %2 in %3 mode</source>
        <translation>%3下对 %2 的%1</translation>
    </message>
    <message>
        <source>user</source>
        <translation>用户态</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>内核态</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
</context>
<context>
    <name>MoveAnnotationCommand</name>
    <message>
        <source>Move %1</source>
        <translation>移动%1</translation>
    </message>
    <message>
        <source>Resize %1</source>
        <translation>调整%1大小</translation>
    </message>
</context>
<context>
    <name>OstepImportDialog</name>
    <message>
        <source>pasted text</source>
        <translation>粘贴的文本</translation>
    </message>
    <message>
        <source>Import OSTEP Problem</source>
        <translation>导入 OSTEP 习题</translation>
    </message>
    <message>
        <source>Paste what &lt;tt&gt;paging-multilevel-translate.py&lt;/tt&gt; printed (the &lt;tt&gt;page NN:&lt;/tt&gt; lines, the PDBR line and the virtual addresses), or open a file with it.</source>
        <translation>粘贴 &lt;tt&gt;paging-multilevel-translate.py&lt;/tt&gt; 的输出（&lt;tt&gt;page NN:&lt;/tt&gt; 各行、PDBR 行以及虚拟地址），或打开包含这些内容的文件。</translation>
    </message>
    <message>
        <source>Open &amp;File…</source>
        <translation>打开文件(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Open OSTEP Problem</source>
        <translation>打开 OSTEP 习题</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>mmulab figure</source>
        <translation>mmulab 图片</translation>
    </message>
    <message>
        <source> — access %1 of %2, %3, step %4 of %5</source>
        <translation> — 第 %1/%2 次访问，%3，第 %4/%5 步</translation>
    </message>
    <message>
        <source>%1: the name must end in .png, .svg or .pdf</source>
        <translation>%1：文件名必须以 .png、.svg 或 .pdf 结尾</translation>
    </message>
    <message>
        <source>%1: nothing to draw</source>
        <translation>%1：没有可绘制的内容</translation>
    </message>
    <message>
        <source>%1: cannot write: rendering failed</source>
        <translation>%1：无法写入：渲染失败</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1: is a directory, not a file</source>
        <translation>%1：是目录，不是文件</translation>
    </message>
    <message>
        <source>%1: this picture holds no mmulab lesson</source>
        <translation>%1：此图片不包含 mmulab 课程</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: is larger than %2 MiB, more than any lesson file</source>
        <translation>%1：大于 %2 MiB，超出任何课程文件的大小</translation>
    </message>
</context>
<context>
    <name>RemoveAnnotationCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>删除%1</translation>
    </message>
</context>
<context>
    <name>views::AccessForm</name>
    <message>
        <source>&amp;Translate</source>
        <translation>转换(&amp;T)</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>读</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>写</translation>
    </message>
    <message>
        <source>Execute</source>
        <translation>执行</translation>
    </message>
    <message>
        <source>User mode</source>
        <translation>用户态</translation>
    </message>
    <message>
        <source>Supervisor mode</source>
        <translation>内核态</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>机器</translation>
    </message>
    <message>
        <source>Paging format</source>
        <translation>分页格式</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>访问类型</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>&amp;Machine</source>
        <translation>机器(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Paging</source>
        <translation>分页(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Access</source>
        <translation>访问(&amp;A)</translation>
    </message>
    <message>
        <source>M&amp;ode</source>
        <translation>模式(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Virtual address</source>
        <translation>虚拟地址(&amp;V)</translation>
    </message>
</context>
<context>
    <name>views::AddressEntry</name>
    <message>
        <source>Virtual address, e.g. 0x7fff_a1b2_c3d4</source>
        <translation>虚拟地址，例如 0x7fff_a1b2_c3d4</translation>
    </message>
    <message>
        <source>Virtual address</source>
        <translation>虚拟地址</translation>
    </message>
    <message>
        <source>Type a hexadecimal virtual address.</source>
        <translation>请输入十六进制虚拟地址。</translation>
    </message>
    <message>
        <source>Column %1: hex digits must follow “0x”.</source>
        <translation>第 %1 列：“0x”后面必须是十六进制数字。</translation>
    </message>
    <message>
        <source>Column %1: “%2” is not a hex digit.</source>
        <translation>第 %1 列：“%2”不是十六进制数字。</translation>
    </message>
    <message>
        <source>Column %1: a digit separator must stand between two hex digits.</source>
        <translation>第 %1 列：数字分隔符必须位于两个十六进制数字之间。</translation>
    </message>
    <message>
        <source>Column %1: bit %2 is set, but %3 addresses have %4 bits.</source>
        <translation>第 %1 列：第 %2 位被置位，但 %3 地址只有 %4 位。</translation>
    </message>
    <message>
        <source>Canonical address.</source>
        <translation>规范地址。</translation>
    </message>
    <message>
        <source>Not canonical: bits %1..%2 must all equal bit %3, so this access raises a general-protection fault.</source>
        <translation>非规范地址：第 %1..%2 位必须都等于第 %3 位，因此该访问会引发一般保护异常。</translation>
    </message>
</context>
<context>
    <name>views::AnnotationLayer</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销(&amp;U) %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做(&amp;R) %1</translation>
    </message>
    <message>
        <source>&amp;Callout</source>
        <translation>标注(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Arrow</source>
        <translation>箭头(&amp;A)</translation>
    </message>
    <message>
        <source>Highlight &amp;box</source>
        <translation>高亮框(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Edit annotation text…</source>
        <translation>编辑注释文字(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete annotation</source>
        <translation>删除注释(&amp;D)</translation>
    </message>
    <message>
        <source>New annotations on e&amp;very step</source>
        <translation>新注释显示在每一步(&amp;V)</translation>
    </message>
    <message>
        <source>Add a text callout: choose, then click the element it explains</source>
        <translation>添加文字标注：先选择，再点击它所说明的元素</translation>
    </message>
    <message>
        <source>Add an arrow: choose, then click the element it points at</source>
        <translation>添加箭头：先选择，再点击它指向的元素</translation>
    </message>
    <message>
        <source>Frame an element: choose, then click it</source>
        <translation>框选元素：先选择，再点击该元素</translation>
    </message>
    <message>
        <source>New annotations stay on every step of the translation, not just the current one</source>
        <translation>新注释在转换的每一步都保留，而不只是当前步骤</translation>
    </message>
</context>
<context>
    <name>views::AnnotationOverlay</name>
    <message>
        <source>Note</source>
        <translation>注释</translation>
    </message>
    <message>
        <source>Return keeps the text, Shift+Return starts a new line, Escape cancels</source>
        <translation>回车保留文字，Shift+回车换行，Esc 取消</translation>
    </message>
</context>
<context>
    <name>views::BitSliceView</name>
    <message>
        <source>Address bit fields</source>
        <translation>地址位字段</translation>
    </message>
    <message>
        <source>sign extension</source>
        <translation>符号扩展</translation>
    </message>
    <message>
        <source>sign extension — NOT canonical</source>
        <translation>符号扩展 — 非规范</translation>
    </message>
    <message>
        <source>offset</source>
        <translation>页内偏移</translation>
    </message>
    <message>
        <source>zero (the lower half)</source>
        <translation>全零（低半部分）</translation>
    </message>
    <message>
        <source>not zero — NOT in the lower half</source>
        <translation>非零 — 不在低半部分</translation>
    </message>
</context>
<context>
    <name>views::ChartsPanel</name>
    <message>
        <source>&amp;Workload…</source>
        <translation>工作负载(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>%p %</source>
        <translation>%p%</translation>
    </message>
    <message>
        <source>Export c&amp;hart</source>
        <translation>导出图表(&amp;H)</translation>
    </message>
    <message>
        <source>The run whose accesses a click on a chart steps through</source>
        <translation>点击图表时逐步查看其访问的那次运行</translation>
    </message>
    <message>
        <source>Choose a workload to replay.</source>
        <translation>请选择要回放的工作负载。</translation>
    </message>
    <message>
        <source>Click a chart to step through that access.</source>
        <translation>点击图表即可单步查看该次访问。</translation>
    </message>
    <message>
        <source>Replaying %1…</source>
        <translation>正在回放 %1…</translation>
    </message>
    <message>
        <source>OPT: learning the future, %1 accesses</source>
        <translation>OPT：正在预读未来，%1 次访问</translation>
    </message>
    <message>
        <source>Replaying: %1 accesses</source>
        <translation>正在回放：%1 次访问</translation>
    </message>
    <message>
        <source>Replay failed: %1</source>
        <translation>回放失败：%1</translation>
    </message>
    <message>
        <source>Cancelled after %1 accesses.</source>
        <translation>已在 %1 次访问后取消。</translation>
    </message>
    <message>
        <source>Replayed %1 accesses.</source>
        <translation>已回放 %1 次访问。</translation>
    </message>
    <message>
        <source>The cursor works once the replay has finished.</source>
        <translation>回放结束后才能使用光标。</translation>
    </message>
    <message>
        <source>Access %1 is out of the cursor&apos;s range: it replays the first %2 accesses only.</source>
        <translation>第 %1 次访问超出了光标范围：光标只回放前 %2 次访问。</translation>
    </message>
    <message>
        <source>Replaying up to access %1…</source>
        <translation>正在回放到第 %1 次访问…</translation>
    </message>
    <message>
        <source>Cannot step through that access: %1</source>
        <translation>无法单步查看该次访问：%1</translation>
    </message>
    <message>
        <source>The step-through views show access %1 of %2.</source>
        <translation>单步视图显示第 %1 次访问，共 %2 次。</translation>
    </message>
    <message>
        <source>There is no replay to export.</source>
        <translation>没有可导出的回放。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Charts cannot be exported here.</source>
        <translation>此处无法导出图表。</translation>
    </message>
    <message>
        <source>Export chart data</source>
        <translation>导出图表数据</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>&amp;Log scale</source>
        <translation>对数刻度(&amp;L)</translation>
    </message>
    <message>
        <source>Which charts have a logarithmic y axis</source>
        <translation>哪些图表使用对数 y 轴</translation>
    </message>
</context>
<context>
    <name>views::ComparisonTable</name>
    <message>
        <source>TLB hit rate</source>
        <translation>TLB 命中率</translation>
    </message>
    <message>
        <source>page walks</source>
        <translation>页表遍历次数</translation>
    </message>
    <message>
        <source>walk cycles</source>
        <translation>遍历周期</translation>
    </message>
    <message>
        <source>minor faults</source>
        <translation>次要缺页</translation>
    </message>
    <message>
        <source>major faults</source>
        <translation>主要缺页</translation>
    </message>
    <message>
        <source>RSS peak</source>
        <translation>RSS 峰值</translation>
    </message>
    <message>
        <source>page tables</source>
        <translation>页表</translation>
    </message>
    <message>
        <source>cycles</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>simulated time</source>
        <translation>模拟时间</translation>
    </message>
</context>
<context>
    <name>views::CycleView</name>
    <message>
        <source>Cycle breakdown</source>
        <translation>周期分解</translation>
    </message>
    <message>
        <source>%1 entry read</source>
        <translation>读 %1 表项</translation>
    </message>
    <message>
        <source>%1 A/D write</source>
        <translation>写 %1 A/D 位</translation>
    </message>
    <message>
        <source>TLB</source>
        <translation>TLB</translation>
    </message>
    <message>
        <source>walk cache</source>
        <translation>页表遍历缓存</translation>
    </message>
    <message>
        <source>A/D</source>
        <translation>A/D</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln cycle(s) so far</source>
        <translation>
            <numerusform>目前已用 %L1 / %Ln 个周期</numerusform>
        </translation>
    </message>
    <message>
        <source>served by (cycles)</source>
        <translation>数据来源（周期）</translation>
    </message>
    <message>
        <source>miss</source>
        <translation>未命中</translation>
    </message>
</context>
<context>
    <name>views::FaultView</name>
    <message>
        <source>Fault</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>No fault</source>
        <translation>无异常</translation>
    </message>
    <message>
        <source>General-protection fault (#GP)</source>
        <translation>一般保护异常 (#GP)</translation>
    </message>
    <message>
        <source>Page fault (#PF): not present at %1</source>
        <translation>缺页异常 (#PF)：%1 中不存在</translation>
    </message>
    <message>
        <source>Page fault (#PF): protection at %1</source>
        <translation>缺页异常 (#PF)：%1 中的保护违例</translation>
    </message>
    <message>
        <source>Page fault: the upper address bits are not a sign extension</source>
        <translation>缺页异常：地址高位不是符号扩展</translation>
    </message>
    <message>
        <source>Page fault: the leaf&apos;s permissions forbid it (%1)</source>
        <translation>缺页异常：叶子项的权限禁止该访问 (%1)</translation>
    </message>
    <message>
        <source>Page fault: no valid leaf (%1)</source>
        <translation>缺页异常：没有有效的叶子项 (%1)</translation>
    </message>
    <message>
        <source>Translation fault: the address is not in TTBR0&apos;s half</source>
        <translation>转换异常：该地址不在 TTBR0 的那一半中</translation>
    </message>
    <message>
        <source>Permission fault at %1</source>
        <translation>%1 处的权限异常</translation>
    </message>
    <message>
        <source>Translation fault at %1</source>
        <translation>%1 处的转换异常</translation>
    </message>
    <message>
        <source>Fault: the %1 entry is not valid</source>
        <translation>异常：%1 表项无效</translation>
    </message>
</context>
<context>
    <name>views::HandlerNarrator</name>
    <message>
        <source>no fault</source>
        <translation>无异常</translation>
    </message>
    <message>
        <source>minor fault</source>
        <translation>次要缺页</translation>
    </message>
    <message>
        <source>major fault</source>
        <translation>主要缺页</translation>
    </message>
    <message>
        <source>protection fault (SIGSEGV)</source>
        <translation>保护违例 (SIGSEGV)</translation>
    </message>
    <message>
        <source>segmentation fault (SIGSEGV)</source>
        <translation>段错误 (SIGSEGV)</translation>
    </message>
    <message>
        <source>general-protection fault</source>
        <translation>一般保护异常</translation>
    </message>
    <message>
        <source>bus error (SIGBUS)</source>
        <translation>总线错误 (SIGBUS)</translation>
    </message>
    <message>
        <source>The kernel looks the address up in the process&apos;s mappings: it is mapped, so the fault can be served.</source>
        <translation>内核在进程的映射中查找该地址：地址已映射，因此可以处理该异常。</translation>
    </message>
    <message>
        <source>The kernel looks the address up in the process&apos;s mappings: no mapping allows this access.</source>
        <translation>内核在进程的映射中查找该地址：没有任何映射允许此次访问。</translation>
    </message>
    <message>
        <source>Minor fault: first touch of anonymous memory; the kernel hands out a zero-filled frame.</source>
        <translation>次要缺页：首次访问匿名内存；内核分配一个清零的页框。</translation>
    </message>
    <message>
        <source>Minor fault: the file page is already in the page cache; no I/O is needed.</source>
        <translation>次要缺页：该文件页已在页缓存中；无需 I/O。</translation>
    </message>
    <message>
        <source>Major fault: the page was swapped out; the kernel reads it back from the swap device.</source>
        <translation>主要缺页：该页已被换出；内核从交换设备将其读回。</translation>
    </message>
    <message>
        <source>Major fault: the kernel reads the page from its file on the storage device.</source>
        <translation>主要缺页：内核从存储设备上的文件中读取该页。</translation>
    </message>
    <message>
        <source>The kernel takes a free %1 frame at %2.</source>
        <translation>内核取用位于 %2 的一个空闲 %1 页框。</translation>
    </message>
    <message>
        <source>Memory is full: the replacement policy chooses the page at %1 (frame %2) as the victim.</source>
        <translation>内存已满：页面置换策略选中位于 %1 的页（页框 %2）作为牺牲页。</translation>
    </message>
    <message>
        <source>The victim is dirty or has no copy on storage: it is written out before its frame is reused.</source>
        <translation>牺牲页是脏页或在存储设备上没有副本：在其页框被重用之前先写回。</translation>
    </message>
    <message>
        <source>The victim is clean and has a copy on storage: it is dropped without I/O.</source>
        <translation>牺牲页是干净页且在存储设备上有副本：直接丢弃，无需 I/O。</translation>
    </message>
    <message>
        <source>The kernel writes the page-table entry at %1: %2.</source>
        <translation>内核写入位于 %1 的页表项：%2。</translation>
    </message>
    <message>
        <source>INVLPG %1: the TLBs and walk caches forget the old translation.</source>
        <translation>INVLPG %1：TLB 和页表遍历缓存丢弃旧的转换。</translation>
    </message>
    <message>
        <source>No memory can be found for the page: the process receives SIGBUS.</source>
        <translation>找不到可用于该页的内存：进程收到 SIGBUS。</translation>
    </message>
    <message>
        <source>The access is not allowed: the process receives SIGSEGV.</source>
        <translation>该访问不被允许：进程收到 SIGSEGV。</translation>
    </message>
    <message>
        <source>The kernel returns from the fault and the instruction is executed again.</source>
        <translation>内核从异常处理返回，该指令被重新执行。</translation>
    </message>
    <message>
        <source>The kernel&apos;s handler for a non-canonical address sends SIGSEGV to the process.</source>
        <translation>内核针对非规范地址的处理程序向进程发送 SIGSEGV。</translation>
    </message>
</context>
<context>
    <name>views::LessonNotesView</name>
    <message>
        <source>Notes on this access</source>
        <translation>本次访问的笔记</translation>
    </message>
    <message>
        <source>Lesson notes</source>
        <translation>课程笔记</translation>
    </message>
    <message>
        <source>Access %L1 of %L2</source>
        <translation>第 %L1 次访问，共 %L2 次</translation>
    </message>
</context>
<context>
    <name>views::MemoryMapView</name>
    <message>
        <source>Physical memory map</source>
        <translation>物理内存分布图</translation>
    </message>
    <message>
        <source>page table</source>
        <translation>页表</translation>
    </message>
    <message>
        <source>data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>touched</source>
        <translation>已访问</translation>
    </message>
    <message>
        <source>page tables</source>
        <translation>页表</translation>
    </message>
    <message>
        <source>⋮ %1: %2</source>
        <translation>⋮ %1：%2</translation>
    </message>
</context>
<context>
    <name>views::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>关闭消息</translation>
    </message>
</context>
<context>
    <name>views::NarrationView</name>
    <message>
        <source>Narration</source>
        <translation>讲解</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>当前步骤</translation>
    </message>
    <message>
        <source>Type a virtual address and press Return; then step with → and ←.</source>
        <translation>输入虚拟地址并按回车键；然后用 → 和 ← 单步执行。</translation>
    </message>
    <message>
        <source>Translation %L1/%L2 (%3) · step %L4/%L5</source>
        <translation>转换 %L1/%L2（%3）· 第 %L4/%L5 步</translation>
    </message>
</context>
<context>
    <name>views::PlaybackBar</name>
    <message numerus="yes">
        <source>%n step(s)/s</source>
        <translation>
            <numerusform>%n 步/秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Stepping controls</source>
        <translation>单步控制</translation>
    </message>
    <message>
        <source>First</source>
        <translation>第一步</translation>
    </message>
    <message>
        <source>First step (Home)</source>
        <translation>第一步 (Home)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Step back (←)</source>
        <translation>后退一步 (←)</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>播放或暂停 (空格)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Step forward (→)</source>
        <translation>前进一步 (→)</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>最后一步</translation>
    </message>
    <message>
        <source>Last step (End)</source>
        <translation>最后一步 (End)</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Playing speed</source>
        <translation>播放速度</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
</context>
<context>
    <name>views::PresentationMode</name>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen with large, high-contrast type for a projector (F11)</source>
        <translation>全屏、大字号、高对比度，适合投影仪 (F11)</translation>
    </message>
</context>
<context>
    <name>views::ReplayChart</name>
    <message>
        <source>TLB hit rate</source>
        <translation>TLB 命中率</translation>
    </message>
    <message>
        <source>Page-walk cycles per access</source>
        <translation>每次访问的页表遍历周期</translation>
    </message>
    <message>
        <source>Walk cycles per access: histogram</source>
        <translation>每次访问的遍历周期：直方图</translation>
    </message>
    <message>
        <source>Resident memory and page tables</source>
        <translation>常驻内存与页表</translation>
    </message>
    <message>
        <source>Page faults by kind</source>
        <translation>按类型统计的缺页</translation>
    </message>
    <message>
        <source>walk cycles per access</source>
        <translation>每次访问的遍历周期</translation>
    </message>
    <message>
        <source>share of accesses (%)</source>
        <translation>访问占比 (%)</translation>
    </message>
    <message>
        <source>accesses</source>
        <translation>访问次数</translation>
    </message>
    <message>
        <source>hit rate (%)</source>
        <translation>命中率 (%)</translation>
    </message>
    <message>
        <source>faults since the start</source>
        <translation>自开始以来的缺页数</translation>
    </message>
    <message>
        <source>cycles per access</source>
        <translation>每次访问周期</translation>
    </message>
    <message>
        <source>cumulative</source>
        <translation>累计</translation>
    </message>
    <message>
        <source>windowed</source>
        <translation>滑动窗口</translation>
    </message>
    <message>
        <source>L%1 TLB, windowed</source>
        <translation>L%1 TLB，滑动窗口</translation>
    </message>
    <message>
        <source>RSS</source>
        <translation>RSS</translation>
    </message>
    <message>
        <source>page tables</source>
        <translation>页表</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>次要</translation>
    </message>
    <message>
        <source>major</source>
        <translation>主要</translation>
    </message>
    <message>
        <source>protection</source>
        <translation>保护</translation>
    </message>
    <message>
        <source>segmentation</source>
        <translation>段错误</translation>
    </message>
    <message>
        <source>&amp;Log scale</source>
        <translation>对数刻度(&amp;L)</translation>
    </message>
    <message>
        <source>Logarithmic y axis; values of 0 are drawn at its lower end</source>
        <translation>对数 y 轴；值为 0 的点画在轴的下端</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>%1 (log; 0 at %2)</source>
        <translation>%1（对数；0 画在 %2）</translation>
    </message>
    <message>
        <source>%1 (log scale)</source>
        <translation>%1（对数刻度）</translation>
    </message>
</context>
<context>
    <name>views::StepListView</name>
    <message>
        <source>Cycles</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Translation steps</source>
        <translation>转换步骤</translation>
    </message>
</context>
<context>
    <name>views::StepNarrator</name>
    <message>
        <source>read</source>
        <translation>读访问</translation>
    </message>
    <message>
        <source>write</source>
        <translation>写访问</translation>
    </message>
    <message>
        <source>instruction fetch</source>
        <translation>取指</translation>
    </message>
    <message>
        <source>The address is not canonical: bits %1..%2 do not all equal bit %3.</source>
        <translation>该地址不是规范地址：第 %1..%2 位并不都等于第 %3 位。</translation>
    </message>
    <message>
        <source>It maps a %1 page at %2; the walk ends here.</source>
        <translation>它映射位于 %2 的一个 %1 页；遍历到此结束。</translation>
    </message>
    <message>
        <source>General-protection fault (#GP): a non-canonical address is never translated.</source>
        <translation>一般保护异常 (#GP)：非规范地址永远不会被转换。</translation>
    </message>
    <message>
        <source>Page fault (#PF, protection): %1.</source>
        <translation>缺页异常 (#PF，保护违例)：%1。</translation>
    </message>
    <message>
        <source>%1: general-protection fault</source>
        <translation>%1：一般保护异常</translation>
    </message>
    <message>
        <source>%L1 GiB</source>
        <translation>%L1 GiB</translation>
    </message>
    <message>
        <source>%L1 MiB</source>
        <translation>%L1 MiB</translation>
    </message>
    <message>
        <source>%L1 KiB</source>
        <translation>%L1 KiB</translation>
    </message>
    <message>
        <source>%L1 bytes</source>
        <translation>%L1 字节</translation>
    </message>
    <message>
        <source>TLB #%1</source>
        <translation>TLB #%1</translation>
    </message>
    <message>
        <source>DRAM</source>
        <translation>DRAM</translation>
    </message>
    <message>
        <source>a compulsory miss: this TLB has never seen the page</source>
        <translation>强制性未命中：该 TLB 从未见过此页</translation>
    </message>
    <message>
        <source>a capacity miss: the TLB is too small for the pages in use</source>
        <translation>容量未命中：TLB 太小，装不下正在使用的页</translation>
    </message>
    <message>
        <source>a conflict miss: too many pages map to this set</source>
        <translation>冲突未命中：映射到该组的页太多</translation>
    </message>
    <message>
        <source>%1 miss in set %2: no entry for VPN %3</source>
        <translation>%1 在第 %2 组未命中：没有 VPN %3 的表项</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 hit in set %2, way %3, but the cached entry is clean and this is a write: the walker must set the Dirty bit in memory.</source>
        <translation>%1 在第 %2 组第 %3 路命中，但缓存的表项是干净的，而这是一次写访问：页表遍历器必须在内存中置位 Dirty 位。</translation>
    </message>
    <message>
        <source>%1 hit in set %2, way %3: VPN %4 is a %5 page at %6, so no page walk is needed.</source>
        <translation>%1 在第 %2 组第 %3 路命中：VPN %4 是位于 %6 的 %5 页，因此无需页表遍历。</translation>
    </message>
    <message numerus="yes">
        <source>Read %1[%2] at %3 + %2 × %4 = %5 (from %6, %Ln cycle(s)).</source>
        <translation>
            <numerusform>读取 %1[%2]，地址 %3 + %2 × %4 = %5（来自 %6，%Ln 个周期）。</numerusform>
        </translation>
    </message>
    <message>
        <source>It points to the %1 table at %2.</source>
        <translation>它指向位于 %2 的 %1 表。</translation>
    </message>
    <message>
        <source>%1; the page-walk caches are asked next.</source>
        <translation>%1；接下来查询页表遍历缓存。</translation>
    </message>
    <message>
        <source>The address is canonical: bits %1..%2 repeat bit %3, so it can be translated.</source>
        <translation>该地址是规范地址：第 %1..%2 位重复第 %3 位，因此可以转换。</translation>
    </message>
    <message numerus="yes">
        <source>The walker sets the Accessed and Dirty bits in the %1 entry (a write to %2, %Ln cycle(s)).</source>
        <translation>
            <numerusform>页表遍历器置位 %1 表项中的 Accessed 位和 Dirty 位（写入 %2，%Ln 个周期）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The walker sets the Accessed bit in the %1 entry (a write to %2, %Ln cycle(s)).</source>
        <translation>
            <numerusform>页表遍历器置位 %1 表项中的 Accessed 位（写入 %2，%Ln 个周期）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Page fault (#PF): the %1 entry is not present, so the address has no mapping yet.</source>
        <translation>缺页异常 (#PF)：%1 表项不存在，因此该地址尚无映射。</translation>
    </message>
    <message>
        <source>The translation is written into %1, set %2, way %3, evicting VPN %4 (the victim the replacement policy chose).</source>
        <translation>该转换被写入 %1 的第 %2 组第 %3 路，替换出 VPN %4（替换策略选中的牺牲项）。</translation>
    </message>
    <message>
        <source>The translation is written into %1, set %2, way %3 (a free way).</source>
        <translation>该转换被写入 %1 的第 %2 组第 %3 路（空闲的路）。</translation>
    </message>
    <message>
        <source>The %1 walk cache holds this entry: the walk skips to the %2 table at %3.</source>
        <translation>%1 页表遍历缓存中有该表项：遍历直接跳到位于 %3 的 %2 表。</translation>
    </message>
    <message>
        <source>The %1 walk cache has no entry for this address.</source>
        <translation>%1 页表遍历缓存中没有该地址的表项。</translation>
    </message>
    <message>
        <source>Physical address = page frame %1 + offset %2 = %3 (%4 page).</source>
        <translation>物理地址 = 页框 %1 + 页内偏移 %2 = %3（%4 页）。</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2 (%3 page), %Ln cycle(s)</source>
        <translation>
            <numerusform>%1 → %2（%3 页），%Ln 个周期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: page fault, %2 entry not present, %Ln cycle(s)</source>
        <translation>
            <numerusform>%1：缺页异常，%2 表项不存在，%Ln 个周期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: protection fault (%2), %Ln cycle(s)</source>
        <translation>
            <numerusform>%1：保护违例（%2），%Ln 个周期</numerusform>
        </translation>
    </message>
    <message>
        <source>user mode may not touch a supervisor page (%1)</source>
        <translation>用户态不得访问内核页 (%1)</translation>
    </message>
    <message>
        <source>the page is read-only (%1)</source>
        <translation>该页只读 (%1)</translation>
    </message>
    <message>
        <source>the page is not executable (%1)</source>
        <translation>该页不可执行 (%1)</translation>
    </message>
    <message>
        <source>R, W or X is set, so this PTE is a leaf</source>
        <translation>R、W 或 X 已置位，因此该 PTE 是叶子项</translation>
    </message>
    <message>
        <source>A block descriptor (bits 1..0 = 01)</source>
        <translation>块描述符（第 1..0 位 = 01）</translation>
    </message>
    <message>
        <source>PS = 1</source>
        <translation>PS = 1</translation>
    </message>
    <message>
        <source>A leaf whose physical page number is not a multiple of the %1 it maps: a misaligned superpage faults like an invalid entry, and the walk stops.</source>
        <translation>该叶子项的物理页号不是其所映射的 %1 的整数倍：未对齐的超级页会像无效表项一样引发异常，遍历停止。</translation>
    </message>
    <message>
        <source>The entry uses a reserved encoding: it faults like an invalid entry, and the walk stops.</source>
        <translation>该表项使用了保留编码：它像无效表项一样引发异常，遍历停止。</translation>
    </message>
    <message>
        <source>The entry is not valid (%1): the walk stops.</source>
        <translation>该表项无效 (%1)：遍历停止。</translation>
    </message>
    <message>
        <source>%1: it maps a %2 page at %3, so the walk ends early.</source>
        <translation>%1：它映射位于 %3 的一个 %2 页，因此遍历提前结束。</translation>
    </message>
    <message>
        <source>%1; the walk starts at %2 = %3.</source>
        <translation>%1；遍历从 %2 = %3 开始。</translation>
    </message>
    <message>
        <source>Every %1-bit address is translated: there are no upper bits to check.</source>
        <translation>每个 %1 位地址都会被转换：没有需要检查的高位。</translation>
    </message>
    <message>
        <source>Bits %1..%2 are 0: the address is in the lower half, translated from %3.</source>
        <translation>第 %1..%2 位均为 0：该地址位于低半部分，从 %3 开始转换。</translation>
    </message>
    <message>
        <source>Bits %1..%2 are not all 0: the address is not in the half %3 translates.</source>
        <translation>第 %1..%2 位不全为 0：该地址不在 %3 所转换的那一半中。</translation>
    </message>
    <message>
        <source>Page fault: the upper address bits are not a sign extension, so the address is never translated.</source>
        <translation>缺页异常：地址的高位不是符号扩展，因此该地址永远不会被翻译。</translation>
    </message>
    <message>
        <source>Translation fault at level 0: the address is outside the half TTBR0 translates, so it is never translated.</source>
        <translation>第 0 级转换错误：该地址不在 TTBR0 负责翻译的半区内，因此永远不会被翻译。</translation>
    </message>
    <message>
        <source>%1: page fault, not a sign-extended address</source>
        <translation>%1：缺页异常，不是符号扩展的地址</translation>
    </message>
    <message>
        <source>%1: translation fault at level 0, address outside TTBR0&apos;s half</source>
        <translation>%1：第 0 级转换错误，地址不在 TTBR0 半区内</translation>
    </message>
</context>
<context>
    <name>views::TlbView</name>
    <message>
        <source>TLB contents</source>
        <translation>TLB 内容</translation>
    </message>
    <message>
        <source>set %1</source>
        <translation>第 %1 组</translation>
    </message>
    <message>
        <source>This machine has no TLB.</source>
        <translation>这台机器没有 TLB。</translation>
    </message>
    <message>
        <source>Each way: VPN → PFN (hex), page size, LRU rank (0 = newest), PCID when not 0</source>
        <translation>每一路：VPN → PFN（十六进制）、页大小、LRU 序（0 = 最新）、PCID（非 0 时）</translation>
    </message>
    <message>
        <source>%L1 sets × %L2 ways, %3</source>
        <translation>%L1 组 × %L2 路，%3</translation>
    </message>
    <message>
        <source>set %1: MISS</source>
        <translation>第 %1 组：未命中</translation>
    </message>
    <message>
        <source>set %1, way %2: HIT</source>
        <translation>第 %1 组第 %2 路：命中</translation>
    </message>
    <message>
        <source>filled set %1, way %2; evicted VPN %3</source>
        <translation>已填入第 %1 组第 %2 路；替换出 VPN %3</translation>
    </message>
    <message>
        <source>filled set %1, way %2 (free)</source>
        <translation>已填入第 %1 组第 %2 路（空闲）</translation>
    </message>
    <message>
        <source>way %1</source>
        <translation>第 %1 路</translation>
    </message>
    <message>
        <source>⋮  set %1 not shown</source>
        <translation>⋮  第 %1 组未显示</translation>
    </message>
    <message>
        <source>⋮  sets %1–%2 not shown</source>
        <translation>⋮  第 %1–%2 组未显示</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>LRU %1 PCID %2</source>
        <translation>LRU %1 PCID %2</translation>
    </message>
    <message>
        <source>LRU %1</source>
        <translation>LRU %1</translation>
    </message>
    <message>
        <source>REPLACED</source>
        <translation>已替换</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>新</translation>
    </message>
    <message>
        <source>HIT</source>
        <translation>命中</translation>
    </message>
    <message>
        <source>%1 of %2 ways shown</source>
        <translation>显示 %1/%2 路</translation>
    </message>
</context>
<context>
    <name>views::WalkView</name>
    <message>
        <source>Page walk</source>
        <translation>页表遍历</translation>
    </message>
    <message>
        <source>No walk: a non-canonical address is never translated.</source>
        <translation>无需遍历：非规范地址永远不会被转换。</translation>
    </message>
    <message>
        <source>No walk: %1 already holds the translation.</source>
        <translation>无需遍历：%1 中已有该转换。</translation>
    </message>
    <message>
        <source>skipped: the %1 walk cache gave the next table, %2</source>
        <translation>已跳过：%1 页表遍历缓存给出了下一级表 %2</translation>
    </message>
    <message>
        <source>not needed: the %1 page ends the walk at %2</source>
        <translation>不需要：%1 页在 %2 结束了遍历</translation>
    </message>
    <message>
        <source>not reached: the %1 entry is not present</source>
        <translation>未到达：%1 表项不存在</translation>
    </message>
    <message>
        <source>Physical address %1 (%2 page)</source>
        <translation>物理地址 %1（%2 页）</translation>
    </message>
    <message>
        <source>index %1 = VA bits %2..%3</source>
        <translation>索引 %1 = VA 第 %2..%3 位</translation>
    </message>
    <message>
        <source>%1 table</source>
        <translation>%1 表</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>尚未读取</translation>
    </message>
    <message>
        <source>%1 table at %2</source>
        <translation>位于 %2 的 %1 表</translation>
    </message>
    <message>
        <source>not present: the walk stops</source>
        <translation>不存在：遍历停止</translation>
    </message>
    <message>
        <source>→ %1 page at %2</source>
        <translation>→ 位于 %2 的 %1 页</translation>
    </message>
    <message>
        <source>→ %1 table at %2</source>
        <translation>→ 位于 %2 的 %1 表</translation>
    </message>
    <message>
        <source>entry %1 + %2 × %3 = %4</source>
        <translation>表项 %1 + %2 × %3 = %4</translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln cycle(s)</source>
        <translation>
            <numerusform>%1，%Ln 个周期</numerusform>
        </translation>
    </message>
    <message>
        <source>Translate an address to see its page walk.</source>
        <translation>转换一个地址即可查看其页表遍历。</translation>
    </message>
    <message>
        <source>%1.PPN = %2  (the root table at %3)</source>
        <translation>%1.PPN = %2  （位于 %3 的根页表）</translation>
    </message>
    <message>
        <source>%1 = %2  (the page directory at %3)</source>
        <translation>%1 = %2  （位于 %3 的页目录）</translation>
    </message>
    <message>
        <source>%1 = %2  (the root table of this process)</source>
        <translation>%1 = %2  （本进程的根页表）</translation>
    </message>
    <message>
        <source>not present</source>
        <translation>不存在</translation>
    </message>
    <message>
        <source>not valid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>misaligned superpage: its PPN is not a multiple of the page size</source>
        <translation>未对齐的超级页：其 PPN 不是页大小的整数倍</translation>
    </message>
    <message>
        <source>reserved encoding</source>
        <translation>保留编码</translation>
    </message>
    <message>
        <source>pointer (R = W = X = 0)</source>
        <translation>指针 (R = W = X = 0)</translation>
    </message>
    <message>
        <source>table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>points to the next table</source>
        <translation>指向下一级表</translation>
    </message>
    <message>
        <source>superpage leaf (R, W or X set)</source>
        <translation>超级页叶子项（R、W 或 X 置位）</translation>
    </message>
    <message>
        <source>block</source>
        <translation>块</translation>
    </message>
    <message>
        <source>PS = 1: a large page</source>
        <translation>PS = 1：大页</translation>
    </message>
    <message>
        <source>leaf (R, W or X set)</source>
        <translation>叶子项（R、W 或 X 置位）</translation>
    </message>
    <message>
        <source>page</source>
        <translation>页</translation>
    </message>
    <message>
        <source>maps a page</source>
        <translation>映射一个页</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 0x%2 (bits %3..%4)</source>
        <translation>%1 0x%2（第 %3..%4 位）</translation>
    </message>
</context>
<context>
    <name>views::WorkloadPicker</name>
    <message>
        <source>&amp;Generated workload</source>
        <translation>生成的工作负载(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Trace file</source>
        <translation>跟踪文件(&amp;T)</translation>
    </message>
    <message>
        <source>Choose a workload</source>
        <translation>选择工作负载</translation>
    </message>
    <message>
        <source>sequential scan</source>
        <translation>顺序扫描</translation>
    </message>
    <message>
        <source>strided</source>
        <translation>跨步访问</translation>
    </message>
    <message>
        <source>uniform random</source>
        <translation>均匀随机</translation>
    </message>
    <message>
        <source>hot/cold working set</source>
        <translation>冷热工作集</translation>
    </message>
    <message>
        <source>matrix traversal</source>
        <translation>矩阵遍历</translation>
    </message>
    <message>
        <source>pointer chase</source>
        <translation>指针追逐</translation>
    </message>
    <message>
        <source>scan over a hot set</source>
        <translation>在热点集上扫描</translation>
    </message>
    <message>
        <source>Pattern:</source>
        <translation>模式：</translation>
    </message>
    <message>
        <source>Region size:</source>
        <translation>区域大小：</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>行数：</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>列数：</translation>
    </message>
    <message>
        <source>Order (row/col):</source>
        <translation>顺序（行/列）：</translation>
    </message>
    <message>
        <source>Hot set size:</source>
        <translation>热点集大小：</translation>
    </message>
    <message>
        <source>Hot fraction:</source>
        <translation>热点比例：</translation>
    </message>
    <message>
        <source>Scanned size:</source>
        <translation>扫描大小：</translation>
    </message>
    <message>
        <source>Stride:</source>
        <translation>步长：</translation>
    </message>
    <message>
        <source>Node size:</source>
        <translation>节点大小：</translation>
    </message>
    <message>
        <source>Accesses:</source>
        <translation>访问次数：</translation>
    </message>
    <message>
        <source>Bytes per access:</source>
        <translation>每次访问字节数：</translation>
    </message>
    <message>
        <source>Write fraction:</source>
        <translation>写比例：</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <source>Base address:</source>
        <translation>基地址：</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Bytes: 4K, 64M, 1G (powers of 1024)</source>
        <translation>字节：4K、64M、1G（1024 的幂）</translation>
    </message>
    <message>
        <source>Accesses: 1000, 10K, 10M (powers of 1000)</source>
        <translation>访问次数：1000、10K、10M（1000 的幂）</translation>
    </message>
    <message>
        <source>Accesses</source>
        <translation>访问次数</translation>
    </message>
    <message>
        <source>Open trace file…</source>
        <translation>打开跟踪文件…</translation>
    </message>
    <message>
        <source>Valgrind lackey, Dinero din, Pin or plain address list</source>
        <translation>Valgrind lackey、Dinero din、Pin 或纯地址列表</translation>
    </message>
    <message>
        <source>Machine and page size</source>
        <translation>机器与页大小</translation>
    </message>
    <message>
        <source>(no comparison)</source>
        <translation>（不比较）</translation>
    </message>
    <message>
        <source>Machine file…</source>
        <translation>机器文件…</translation>
    </message>
    <message>
        <source>Machine:</source>
        <translation>机器：</translation>
    </message>
    <message>
        <source>Page sizes (two or more compare):</source>
        <translation>页大小（选两个及以上则比较）：</translation>
    </message>
    <message>
        <source>Compare with machine:</source>
        <translation>与机器比较：</translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation>回放(&amp;R)</translation>
    </message>
    <message>
        <source>Choose a trace file.</source>
        <translation>请选择跟踪文件。</translation>
    </message>
    <message>
        <source>Choose at least one page size.</source>
        <translation>请至少选择一种页大小。</translation>
    </message>
    <message>
        <source>Compare page sizes or machines, not both: check one page size to compare machines.</source>
        <translation>请比较页大小或机器，不能同时比较：要比较机器，只勾选一种页大小。</translation>
    </message>
    <message>
        <source>Machine %1</source>
        <translation>机器 %1</translation>
    </message>
    <message>
        <source>The same on the command line: %1</source>
        <translation>对应的命令行：%1</translation>
    </message>
    <message>
        <source>Open trace file</source>
        <translation>打开跟踪文件</translation>
    </message>
    <message>
        <source>Traces (*.lackey *.din *.out *.trace *.txt);;All files (*)</source>
        <translation>跟踪文件 (*.lackey *.din *.out *.trace *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open machine file</source>
        <translation>打开机器文件</translation>
    </message>
    <message>
        <source>Machine files (*.json);;All files (*)</source>
        <translation>机器文件 (*.json);;所有文件 (*)</translation>
    </message>
</context>
</TS>
