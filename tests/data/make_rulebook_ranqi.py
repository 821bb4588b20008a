"""Generate tests/data/rulebook_ranqi.pdf, the document of the sealed blind set qa_holdout_ranqi.yaml.

An invented city gas company's enterprise standard (青溪市燃气集团有限公司企业标准 Q/QXRQ 105—2025
《城镇燃气安全生产管理规范》: natural-gas mains, regulator stations, LPG cylinders, customer safety
checks, leak response, hot work on live mains, valve-well confined spaces, odorisation, emergency repair,
contractors, penalties) laid out the way a GB/T 1.1-style Word template exports to PDF: a cover page
(ICS/CCS codes, Q/QXRQ mark, standard number, 代替 line, Chinese and English titles, 发布/实施 dates),
a 目次 with dot leaders, a 前言 with "——" dash items, then clauses numbered 1 范围, 2 规范性引用文件,
3 术语和定义 (terms with English equivalents), 4 … with 4.1 / 4.1.1 / 5.1.3.1 decimal clauses, a)/b)
list items with hanging indent, 注： notes in a smaller size, one ruled table (表1, split over a page with
"表1（续）" and a repeated header row) and 附录A (资料性) with a contact table. The standard number runs in
the header (outer side, alternating left/right), the footer is "— 3 —" (roman numerals for the front
matter). Every line is hard-wrapped at the page width, with Chinese punctuation allowed to hang past the
margin as Word does, so a PDF text layer gives one line per printed line. Needs fpdf2 (dev extra) and the
WenQuanYi Micro Hei font that scripts/setup.sh installs.

    .venv/bin/python tests/data/make_rulebook_ranqi.py

The text is kept in small markup blocks below; a line that starts with two spaces continues the line
above it (the split is only between two Chinese characters, so joining them needs no separator).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF

OUT = Path(__file__).with_name("rulebook_ranqi.pdf")
FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
STD_NO = "Q/QXRQ 105—2025"
TITLE = "城镇燃气安全生产管理规范"
COMPANY = "青溪市燃气集团有限公司"

COVER: list[tuple[str, str]] = [
    ("ics", "ICS 75.180.99"),
    ("ics", "CCS E 98"),
    ("mark", "Q/QXRQ"),
    ("kind", COMPANY + "企业标准"),
    ("no", STD_NO),
    ("no", "代替 Q/QXRQ 105—2019"),
    ("title", TITLE),
    ("en", "Safety management specification for city gas supply"),
    ("dates", "2025-03-18发布|2025-04-01实施"),
    ("issuer", COMPANY + "　发 布"),
]

# Markup: "p" paragraph, "--" dash item, "#" chapter, "##" titled clause, "=" numbered clause,
# "-" list item, "!" note, "ref" normative reference, "term" n|zh|en|definition,
# "table" label|title, "|" table row (first row is the header), "end" closes a table.
FRONT = """
p 本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。
p 本文件代替Q/QXRQ 105—2019《城镇燃气安全生产管理规范》，与Q/QXRQ 105—2019相比，除结构调整和编辑
  性改动外，主要技术变化如下：
-- 增加了阀门井、凝水缸井等有限空间作业的要求（见第12章）；
-- 更改了中心城区抢修人员到达现场的时限（见14.2.1，2019年版的9.3.2）；
-- 增加了液化石油气钢瓶电子标签追溯和餐饮用户安装燃气泄漏报警器的要求（见8.1.1、8.3.2）；
-- 更改了居民用户入户安全检查的周期（见表1，2019年版的表2）；
-- 删除了人工煤气输配的有关内容（见2019年版的第7章）。
p 请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。
p 本文件由青溪市燃气集团有限公司安全生产委员会提出。
p 本文件由青溪市燃气集团有限公司安全质量部归口。
p 本文件起草单位：安全质量部、管网运行分公司、客户服务中心、液化气分公司、工程建设公司、调度指挥
  中心。
p 本文件主要起草人：段立群、韦晓峰、杭志远、俞佩珊、郜建军、林书亭。
p 本文件及其所代替文件的历次版本发布情况为：
-- 2013年首次发布为Q/QXRQ 105—2013，2019年第一次修订；
-- 本次为第二次修订。
"""

BODY = """
# 1 范围
p 本文件规定了青溪市燃气集团有限公司（以下简称集团）城镇燃气安全生产的基本规定，以及管道巡查、第
  三方施工管理、调压站（箱）运行、液化石油气钢瓶管理、入户安全检查、燃气泄漏处置、带气动火作业、
  阀门井有限空间作业、加臭管理、应急抢修、承包商管理和考核与处罚的要求。
p 本文件适用于集团本部及所属分公司、全资和控股子公司从事的天然气输配、液化石油气储存充装与瓶装供
  应、燃气用户服务等活动。集团参股企业和在集团燃气设施上作业的承包商参照执行。
# 2 规范性引用文件
p 下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注日期的引用文件，仅该日
  期对应的版本适用于本文件；不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。
ref GB 5842　液化石油气钢瓶
ref GB 30871　危险化学品企业特殊作业安全规范
ref GB 50028　城镇燃气设计规范
ref GB 55009　燃气工程项目规范
ref GBZ/T 205　密闭空间作业职业危害防护规范
ref CJJ 51　城镇燃气设施运行、维护和抢修安全技术规程
ref CJJ/T 148　城镇燃气加臭技术规程
ref TSG 23　气瓶安全技术规程
ref Q/QXRQ 102　燃气管网运行维护规程
ref Q/QXRQ 118　承包商安全管理办法
# 3 术语和定义
p 下列术语和定义适用于本文件。
term 3.1|第三方施工|third-party construction|除集团及其委托的施工单位以外的单位或者个人，在燃气
  设施安全保护范围内从事的挖掘、钻探、顶管、定向钻、打桩、爆破、吊装等施工活动。
term 3.2|燃气设施安全保护范围|safety protection zone of gas facilities|为保护燃气设施安全而划定
  的区域。本文件中，低压、中压管道为管道外缘两侧各5 m以内，次高压管道为两侧各10 m以内，高压管道
  为两侧各50 m以内。
term 3.3|带气动火|hot work on live gas main|在燃气设施不停止供气或者降压供气、管道内保持正压的状
  态下，进行焊接、切割等产生明火的作业。
term 3.4|入户安全检查|customer safety inspection|集团安全检查人员进入燃气用户室内，对燃气计量表
  、户内管道、连接软管、燃具及其使用环境进行的检查，简称入户安检。
term 3.5|阀门井|valve well|为安装、操作和检修埋地燃气管道阀门而设置的地下井室，包括凝水缸井、地
  下调压井等同类井室。
term 3.6|加臭剂|odorant|加入无臭燃气中，使泄漏的燃气能被人的嗅觉察觉的具有强烈警示气味的物质。
# 4 基本规定
## 4.1 安全生产责任
= 4.1.1 集团董事长是安全生产第一责任人，总经理对安全生产工作全面负责，分管安全生产的副总经理协助
  总经理组织实施，其他领导班子成员对分管范围内的安全生产工作负领导责任。
= 4.1.2 安全质量部是集团安全生产综合监督管理部门，按不低于从业人员总数2%的比例配备专职安全管理人
  员，且不少于12人。各分公司设安全管理科，每个班组设兼职安全员1名。
= 4.1.3 集团安全生产委员会每季度召开1次全体会议，研究解决安全生产重大问题；本行业发生较大及以上
  燃气事故或者接到上级通报后，应在3个工作日内召开专题会议，部署举一反三排查。
= 4.1.4 集团总经理每月至少带队到基层单位开展1次安全检查；分公司负责人每周至少深入班组或者作业现
  场1次，检查情况记入领导带班检查台账。
## 4.2 安全教育培训
= 4.2.1 新入职人员应接受集团、分公司、班组三级安全教育，培训时间不少于72学时，经考试合格后方可上
  岗。从事燃气设施运行、维护、抢修的人员每年再培训时间不少于24学时。
= 4.2.2 集团主要负责人、安全生产管理人员和运行、维护、抢修人员应取得燃气经营企业从业人员专业培训
  考核合格证书；焊工、电工等特种作业人员和压力容器、气瓶充装等特种设备作业人员应持证上岗。
= 4.2.3 离岗6个月以上重新上岗、调换工种或者采用新工艺、新设备的人员，上岗前应重新接受分公司和班
  组级安全教育，时间不少于20学时。
## 4.3 风险分级管控与隐患排查治理
= 4.3.1 安全风险分为重大风险、较大风险、一般风险和低风险四级，分别以红、橙、黄、蓝四色标示。重大
  风险由集团负责管控，较大风险由分公司负责管控，一般风险和低风险由班组负责管控。风险辨识评估每年
  至少全面开展1次。
= 4.3.2 事故隐患实行排查、登记、整改、验收、销号闭环管理，并录入集团隐患排查治理信息系统。一般隐
  患由责任单位立即或者限期整改，限期整改的期限不超过15日；重大隐患由集团主要负责人组织制定治理方
  案，实行挂牌督办。
= 4.3.3 重大隐患治理期间，应采取临时管控措施；不能保证安全的，应停止使用相关设施，必要时降压运行
  或者停气，并在24 h内向青溪市城市管理局书面报告。
## 4.4 劳动防护
= 4.4.1 运行、维护、抢修人员应按岗位配备防静电工作服、防砸安全鞋、安全帽和防护手套；抢修人员另配
  反光背心和护目镜。防静电工作服每人每年发放2套。
= 4.4.2 燃气场站、抢修车辆和作业现场严禁穿着化纤服装和带铁钉的鞋，严禁携带打火机、火柴等火种进入
  生产区。
## 4.5 作业许可
= 4.5.1 动火、有限空间、带压开孔、临时用电、高处、吊装、动土等危险作业实行作业票管理。作业票由作
  业单位申请，按本文件第11章、第12章和集团《危险作业许可管理办法》规定的权限审批。
= 4.5.2 作业前，作业负责人应组织风险辨识和安全交底，作业人员应在作业票上签字确认。作业票一式三联
  ，作业结束后由审批单位存档，保存期限不少于1年。
= 4.5.3 遇5级以上大风、雷雨、暴雪等恶劣天气，应停止露天动火、吊装和高处作业。
## 4.6 巡检频次
= 4.6.1 燃气设施的巡查和检查频次不应低于表1的规定。遇暴雨、冰冻、地面沉降、周边施工密集、重大活
  动保障等情况，应加密巡查，必要时实行驻点看护。
table 表1|燃气设施巡检频次
| 设施类别 | 检查内容 | 最低频次 | 责任单位
| 高压、次高压管道 | 沿线标志、占压、第三方施工、地面塌陷及泄漏迹象 | 每日徒步巡查1次 | 管网运行
  分公司
| 中压管道（人员密集区、穿跨越段） | 同上，并进行车载激光甲烷检测 | 每日巡查1次 | 管网运行分公司
| 中压管道（其他区域） | 沿线标志、占压、第三方施工、泄漏迹象 | 每2日巡查1次 | 管网运行分公司
| 低压庭院管道、立管 | 外观、腐蚀、固定支架、泄漏 | 每周巡查1次 | 管网运行分公司
| 埋地管道仪器检漏 | 使用检漏仪沿管道走向检测 | 高压、次高压每3个月1次；中压每6个月1次；低压每年1次 | 管
  网运行分公司
| 门站、区域调压站 | 进出口压力、切断阀及放散阀、过滤器压差、可燃气体报警器 | 有人值守的每2 h巡
  检1次；无人值守的每日巡检1次 | 管网运行分公司
| 调压箱（柜） | 外观、锁闭、进出口压力、泄漏 | 每月检查1次 | 管网运行分公司
| 阀门及阀门井 | 阀门启闭状态、井内积水、井内燃气浓度 | 每季度检查1次，每年启闭活动1次 | 管网运
  行分公司
| 凝水缸 | 积水量、抽水口密封 | 每月抽水1次，雨季加密 | 管网运行分公司
| 穿跨越管道、架空管道 | 支架、防腐层、警示标志 | 汛期前后各检查1次 | 管网运行分公司
| 阴极保护测试桩 | 管地保护电位 | 每季度测量1次 | 管网运行分公司
| 加臭装置 | 加臭剂余量、注入量、加臭泵运行状况 | 每日检查1次 | 管网运行分公司
| 居民用户户内设施 | 入户安全检查（内容见9.2） | 每2年不少于1次 | 客户服务中心
| 非居民用户（餐饮、学校食堂等） | 入户安全检查，并检查报警器和紧急切断阀 | 每年不少于2次 | 客户
  服务中心
| 液化石油气瓶装供应站 | 钢瓶存放、消防器材、出入库台账、报警器 | 每月检查1次 | 液化气分公司
end
= 4.6.2 巡查、检查记录应通过集团“智慧燃气”巡检终端实时上传，终端定位轨迹保存不少于1年；纸质记录
  保存期限不少于3年，抢修和事故处置记录长期保存。
! 注：表1中的频次为最低要求，各分公司可根据管道运行年限、腐蚀状况和周边环境提高频次。
# 5 管道巡查
## 5.1 巡查人员与装备
= 5.1.1 巡线工应经专项培训合格，熟悉所辖管道的走向、埋深、管径、压力级制和阀门位置。每名巡线工负
  责的中压管道长度不宜超过25 km；次高压及以上管道应双人巡查。
= 5.1.2 巡线工上岗应穿着反光工作服，并携带下列装备：
- a) 经检定合格的便携式可燃气体检测仪；
- b) 具有定位和拍照功能的巡检终端；
- c) 管道走向图、阀门井位置图和阀门井钥匙；
- d) 警示带、警示牌和《燃气设施安全告知书》。
= 5.1.3 便携式可燃气体检测仪的管理应符合下列规定。
= 5.1.3.1 检测仪每年送法定计量检定机构检定1次，检定证书复印件随仪器存放。
= 5.1.3.2 每班使用前应在洁净空气中校零，并用标准气样进行响应测试；响应异常或者电量不足的，不得带
  出使用。
## 5.2 巡查内容
= 5.2.1 巡查应包括下列内容：
- a) 管道沿线有无燃气异味、水面冒泡、植物枯黄、积雪局部融化等泄漏迹象；
- b) 管道安全保护范围内有无第三方施工、堆放重物、搭建建（构）筑物和种植深根植物；
- c) 地面标志桩、标志牌是否完好，阀门井盖是否缺失、破损或者被覆盖；
- d) 架空及跨河管道的支架、补偿器和防腐层是否完好；
- e) 管道沿线有无塌陷、滑坡、冲刷、路面开裂等情况。
= 5.2.2 市区直管段地面标志的间距不应大于30 m，管道转角、三通、变径和穿越处应设置标志。标志缺失的
  ，巡线工应当日登记，管网运行分公司在7日内补设。
## 5.3 占压和异常情况处理
= 5.3.1 发现违章占压的，巡线工应拍照取证，向占压单位或者个人送达《燃气设施安全告知书》，并在24 h内
  报管网运行分公司。占压单位逾期10日不整改的，由管网运行分公司报请青溪市城市管理局依法处理。
= 5.3.2 发现燃气泄漏迹象的，巡线工应立即报告调度指挥中心，在现场设置警戒并等候抢修人员，不得擅自
  离开。
= 5.3.3 因降雨导致地面塌陷、管道悬空或者外露的，巡线工应在2 h内设置围挡，并报管网运行分公司技术
  科评估是否采取支护措施。
# 6 第三方施工管理
## 6.1 施工信息收集
= 6.1.1 巡线工发现燃气设施安全保护范围内有施工迹象的，应在1 h内报告管网运行分公司第三方施工管理
  组，并当日将施工位置、施工单位、联系人和施工方式录入巡检系统。
= 6.1.2 管网运行分公司应与城市管理、住房城乡建设、交通运输、水务、供电、通信等单位建立施工信息通
  报机制，每月收集道路开挖许可信息，对拟施工区域提前开展管位排查。
## 6.2 安全交底与保护措施
= 6.2.1 施工单位应在开工3个工作日前向集团申请燃气管位交底。管网运行分公司应在接到申请后2个工作日
  内安排技术人员到现场，会同施工单位探明管道位置并设置临时标志。
= 6.2.2 施工单位应与集团签订《燃气设施安全保护协议》，明确双方责任、保护措施和现场联系人。未签订
  协议的，不得在燃气设施安全保护范围内动工。
= 6.2.3 开挖作业的保护要求如下：
- a) 中、低压管道外缘两侧各1.0 m范围内，以及次高压、高压管道外缘两侧各3.0 m范围内，严禁使用挖掘
  机等机械开挖，应采用人工开挖；
- b) 人工开挖前，应先用探管仪确定管位，必要时开挖探坑；
- c) 管道暴露后，应采取悬吊或者支撑保护措施，暴露长度超过6 m的应分段回填；
- d) 回填时管顶以上0.5 m范围内应采用细土或者砂回填，不得混有石块、建筑垃圾，并恢复敷设警示带。
= 6.2.4 在管道外缘两侧各5 m范围内进行打桩、强夯作业的，以及在两侧各50 m范围内进行爆破作业的，施
  工单位应编制专项保护方案，经集团技术审查同意后方可施工。
= 6.2.5 定向钻、顶管穿越燃气管道的，与燃气管道的垂直净距不应小于0.5 m，水平净距不应小于1.0 m，并
  应在穿越点两侧开挖样洞，目视确认钻头位置。
## 6.3 现场监护
= 6.3.1 施工点距燃气管道水平距离小于3 m，或者施工方式为机械开挖、定向钻、顶管、打桩的，实行旁站
  监护；其他施工点实行每日不少于2次的巡回监护。
= 6.3.2 旁站监护人员在施工期间不得离开现场，并随身携带《停工通知单》。发现施工单位违反保护协议或
  者危及管道安全的，应立即制止，当场下达《停工通知单》，同时报告第三方施工管理组。
= 6.3.3 夜间和节假日施工的监护，由第三方施工管理组提前排班，每个监护点的监护人员不得少于2人。
## 6.4 管道损坏处置
= 6.4.1 第三方施工损坏燃气管道的，监护人员应立即要求施工机械熄火撤离，疏散周围人员，报告调度指挥
  中心，并保护现场，收集照片、视频等证据。
= 6.4.2 因第三方施工造成燃气设施损坏的，由集团法律事务部依法追偿抢修费用和停气损失；情节严重的，
  报请公安机关依法处理。
# 7 调压站（箱）运行
## 7.1 站区安全
= 7.1.1 门站和区域调压站内严禁烟火。外来人员进站应登记，交出火种，并关闭非防爆通信设备；机动车进
  入生产区应佩戴防火帽。
= 7.1.2 站内可燃气体报警器的一级报警设定值为爆炸下限的20%，二级报警设定值为爆炸下限的40%。二级报
  警应联动启动事故排风机，并将信号传至调度指挥中心。报警器每年检定1次。
= 7.1.3 站内消防器材按每个工艺区不少于2具8 kg干粉灭火器配置，由值班人员每月检查1次并做好记录。
## 7.2 运行参数设定
= 7.2.1 调压器出口压力应稳定在设定值的±5%以内。超出范围的，值班人员应立即报告调度指挥中心并查明
  原因。
= 7.2.2 超压切断阀的切断压力按调压器出口额定压力的1.25倍设定，安全放散阀的放散压力按出口额定压力
  的1.15倍设定，不得擅自调整。设定值调整应经管网运行分公司技术负责人书面批准。
= 7.2.3 过滤器前后压差超过10 kPa时，应切换至备用路，并清洗或者更换滤芯。
## 7.3 维护检修
= 7.3.1 调压器、切断阀、放散阀每年至少维护保养1次，保养后应进行关闭压力和切断性能测试。
= 7.3.2 站内检修作业应2人以上进行，使用防爆工具。需要放散的，放散管口应高出地面不小于4 m，周围10 m内
  不得有明火。
## 7.4 调压箱（柜）
= 7.4.1 调压箱（柜）应保持锁闭，箱体周围1 m范围内不得堆放杂物。设在车辆通行处的，应设置防撞桩或
  者防撞护栏。
= 7.4.2 楼栋调压箱被用户私自包封、圈占的，客户服务中心应书面告知限期拆除；逾期不拆除的，按5.3.1处
  理。
## 7.5 值班与交接班
= 7.5.1 有人值守的门站、区域调压站实行四班三运转，每班值班人员不少于2人。值班人员不得脱岗、睡岗
  或者酒后上岗。
= 7.5.2 交接班应当面进行，交接内容包括设备运行参数、报警记录、检修作业和遗留问题，交接班记录由交
  、接双方签字。接班人员未到岗的，交班人员不得离岗。
= 7.5.3 无人值守调压站应安装视频监控和数据远传装置，压力、报警和门禁信号实时传至调度指挥中心。调
  度指挥中心发现异常报警的，应在15 min内通知巡检人员到站核查。
# 8 液化石油气钢瓶管理
## 8.1 充装
= 8.1.1 充装站只充装集团自有产权、粘贴电子标签（二维码）且在检验有效期内的钢瓶。充装前应扫码核验
  ，下列钢瓶不得充装：
- a) 超过检验周期或者未经检验的；
- b) 钢印标志、颜色标记不符合规定，或者瓶体有严重腐蚀、变形、机械损伤的；
- c) 角阀损坏、漏气或者瓶内残液量超过规定的；
- d) 经用户私自倒灌、改装的。
= 8.1.2 YSP35.5型钢瓶的充装量为14.5 kg，充装允许偏差为±0.5 kg。充装后应逐瓶复秤和检漏，超装瓶和
  漏气瓶严禁出站。
= 8.1.3 钢瓶每4年送有资质的检验机构检验1次；钢瓶自制造之日起使用满8年的，应予报废并作破坏性处理
  ，严禁返回用户。
## 8.2 配送
= 8.2.1 配送应使用经备案的专用车辆，钢瓶应直立码放并固定，码放不得超过2层。配送车辆严禁搭乘无关
  人员。
= 8.2.2 送气工入户更换钢瓶后，应使用检漏液检查角阀与减压阀连接处，确认无泄漏后方可离开，并通过配
  送终端上传照片。
= 8.2.3 送气工发现用户使用的连接软管超过18个月或者出现老化、龟裂的，应当场告知用户更换；软管长度
  不得超过2 m，不得穿越墙体、门窗。
## 8.3 用户使用安全
= 8.3.1 严禁向地下室、半地下室用户及高层住宅内用户供应瓶装液化石油气。
= 8.3.2 餐饮等非居民用户应安装燃气泄漏报警器并与紧急切断阀联动；钢瓶应存放在单独设置的钢瓶间内，
  钢瓶间内存放的钢瓶（含在用瓶）不得超过4瓶。
= 8.3.3 发现用户有倒灌钢瓶、用明火或者热水加热钢瓶、摔砸钢瓶、私自拆卸角阀等行为的，送气工应立即
  制止，报液化气分公司停止供气，待整改合格后方可恢复供气。
## 8.4 瓶装供应站
= 8.4.1 瓶装供应站的实瓶存放量不得超过核定存量，实瓶区与空瓶区应分区设置并有明显标志，实瓶应直立
  单层存放。
= 8.4.2 瓶库应保持通风良好，并设置可燃气体报警器，报警器探头距地面高度不大于0.3 m。瓶库内照明灯
  具、开关等电气设备应为防爆型。
= 8.4.3 瓶装供应站应建立钢瓶出入库台账，记录钢瓶编号、用户信息和送气人员，台账保存不少于2年。
# 9 入户安全检查
## 9.1 一般要求
= 9.1.1 入户安检周期按表1执行。新通气用户应在通气后3个月内进行首次安检。
= 9.1.2 安检员入户应统一着工装，佩戴工作证，2人同行，不得向用户推销商品或者收取任何费用。客户服
  务中心应提前3日在小区出入口、单元门张贴安检公告。
## 9.2 检查内容
= 9.2.1 入户安检应包括下列内容：
- a) 燃气计量表有无私改、绕表、损坏，表具是否超过使用年限；
- b) 户内管道有无锈蚀、私自改装、暗埋或者被包封；
- c) 连接软管是否使用金属波纹管或者燃气专用软管，软管是否超期、老化，两端是否用管卡固定；
- d) 燃气灶具是否具有熄火保护装置；
- e) 燃气热水器是否为强排式，排烟管是否接至室外；
- f) 用气房间是否兼作卧室，是否存放其他燃料；
- g) 燃气泄漏报警器和自闭阀是否完好。
= 9.2.2 安检员应使用检漏仪或者检漏液对表前阀至燃具的所有接口进行检漏。
## 9.3 到访不遇和拒绝安检
= 9.3.1 首次到访不遇的，安检员应在门上粘贴《到访不遇通知单》，载明预约电话，并在15日内第二次上门
  ；连续3次到访不遇的，列为重点关注用户，由社区网格员协助联系。
= 9.3.2 用户拒绝安检的，应请用户在《拒绝安检告知书》上签字；用户拒绝签字的，由2名安检员签字注明
  并拍照存档。连续两个安检周期拒绝安检的，按供用气合同约定书面通知后可暂停供气。
## 9.4 隐患处理
= 9.4.1 一般隐患由安检员向用户开具《安全隐患整改通知书》，整改期限一般不超过30日，客户服务中心在
  期满后5个工作日内复查。
= 9.4.2 发现燃气泄漏、私接管道、在卧室内使用燃具、使用直排式热水器等严重隐患的，应立即关闭表前阀
  并加装锁具，经用户整改并复查合格后方可恢复供气。
# 10 燃气泄漏处置
## 10.1 接警派单
= 10.1.1 调度指挥中心实行24 h值班，接到泄漏报警后应询问并记录泄漏地点、现象和报警人电话，在3 min内
  完成派单，并指导报警人关闭阀门、开窗通风、撤离到室外。
= 10.1.2 泄漏涉及人员密集场所、地下空间或者已发生着火、爆炸的，调度指挥中心应同时报告119和集团值
  班领导。
## 10.2 现场处置
= 10.2.1 抢修人员到达现场后，应首先检测燃气浓度，根据检测结果划定警戒区，设置警戒线和警示标志，
  禁止无关人员和车辆进入。警戒区边界处的燃气浓度应低于爆炸下限的20%。
= 10.2.2 警戒区内严禁烟火，严禁操作非防爆电气设备和使用手机、对讲机等非防爆通信设备；抢修人员应
  穿防静电工作服，使用防爆工具。
= 10.2.3 室内泄漏应按下列顺序处置：
- a) 关闭表前阀或者楼栋总阀，切断气源；
- b) 打开门窗自然通风，严禁开关电灯、排风扇等电器；
- c) 疏散室内及相邻住户人员；
- d) 用检漏仪查找漏点，确认泄漏原因；
- e) 修复后进行严密性试验，合格后方可恢复供气。
= 10.2.4 埋地管道泄漏的，应采用钻孔检测确定泄漏范围，钻孔间距不宜大于2 m。泄漏燃气窜入下水道、电
  缆沟、地下室等空间的，应对相邻区域逐一检测并强制通风。
## 10.3 恢复供气
= 10.3.1 停气后恢复供气，应对管道进行置换，放散点燃气浓度连续3次检测均达到90%以上为置换合格。
= 10.3.2 恢复供气前，应逐户通知用户关闭燃具阀门；恢复供气后，应对影响范围内的用户逐户进行点火试
  验，对无人在家的用户张贴《恢复供气通知》。
## 10.4 泄漏分析
= 10.4.1 泄漏处置完毕后，抢修班组应在当班结束前填写《抢修记录单》，注明泄漏原因、漏点位置和处理
  方法。
= 10.4.2 管网运行分公司每月对泄漏事件进行统计分析。同一管段1年内发生3次以上泄漏的，应列入下一年
  度更新改造计划。
# 11 带气动火作业
## 11.1 作业分级与审批
= 11.1.1 带气动火作业实行作业许可管理，分级审批如下：
- a) 次高压及以上管道、门站和区域调压站内的带气动火为特级动火，由集团分管安全生产的副总经理审批
  ；
- b) 中压管道带气动火为一级动火，由管网运行分公司经理审批，报安全质量部备案；
- c) 低压管道及庭院管道带气动火为二级动火，由管网运行分公司安全管理科审批。
= 11.1.2 动火作业票有效期为一个作业班次，最长不超过8 h；超过有效期或者作业条件发生变化的，应重新
  办理。
= 11.1.3 特级动火作业应编制专项施工方案和应急预案，安全质量部派员全程监督。
## 11.2 作业条件
= 11.2.1 带气动火作业时，管道内燃气压力应降至0.3 kPa～0.8 kPa，并保持稳定的正压，严禁在负压状态
  下动火。调度指挥中心应安排专人监视压力变化。
= 11.2.2 动火前应在作业坑内及动火点周围进行可燃气体检测，可燃气体浓度不应大于0.5%（体积分数）。
  动火分析与动火开始时间间隔不得超过30 min，作业中断超过30 min的应重新分析。
= 11.2.3 作业坑应有不少于2处供人员撤离的斜坡或者梯子，坑边1 m范围内不得堆放土方和工具；坑深超过1.5 m的
  应采取放坡或者支护措施。
= 11.2.4 动火现场应设专职监护人，配备不少于4具8 kg干粉灭火器和石棉被、湿麻袋等灭火器材。监护人不
  得兼做其他工作。
## 11.3 停气置换动火
= 11.3.1 不具备带气动火条件的，应停气并用氮气置换。置换后取样检测，管道内可燃气体浓度连续2次检测
  均低于爆炸下限的10%为合格。
= 11.3.2 停气动火作业中，应在动火管段两端加装盲板或者采取其他可靠隔断措施，严禁仅以关闭阀门作为
  隔断。
# 12 阀门井有限空间作业
## 12.1 一般要求
= 12.1.1 阀门井、凝水缸井、地下调压井及燃气管沟均按有限空间管理。管网运行分公司应建立有限空间台
  账，并在井盖或者井口设置“有限空间　未经许可　严禁进入”警示标志。
= 12.1.2 进入有限空间作业应办理有限空间作业票，由管网运行分公司安全管理科审批，作业票有效期不超
  过24 h。
## 12.2 通风与检测
= 12.2.1 作业前应打开井盖自然通风不少于30 min，再用防爆风机机械通风。严禁用纯氧通风换气。
= 12.2.2 通风后应在井口外使用泵吸式检测仪，按上、中、下三个部位进行检测，合格标准为：
- a) 氧气含量为19.5%～23.5%；
- b) 可燃气体浓度不大于爆炸下限的5%；
- c) 硫化氢浓度不大于10 mg/m³；
- d) 一氧化碳浓度不大于20 mg/m³。
= 12.2.3 检测合格后30 min内未开始作业的，应重新检测。作业过程中应对井内气体进行连续监测。
## 12.3 作业过程
= 12.3.1 阀门井作业实行专人监护制度，井上监护人员不得少于2人。监护人员不得离开井口，并应每5 min与
  井下人员联系1次。
= 12.3.2 井下人员应佩戴全身式安全带，系好安全绳，井口设三脚架和救援绞盘。单次井下连续作业时间不
  得超过40 min，出井休息不少于15 min后方可再次进入。
= 12.3.3 发生人员中毒、窒息时，严禁未佩戴正压式空气呼吸器的人员下井施救，应使用三脚架和绞盘实施
  非进入式救援，同时拨打120并报告调度指挥中心。
# 13 加臭管理
= 13.1 集团天然气管网统一在门站采用四氢噻吩（THT）加臭，加臭量不应小于20 mg/m³，应保证燃气泄漏到
  空气中达到爆炸下限的20%时能被察觉。
= 13.2 加臭装置应采用自动比例加臭方式，随流量变化自动调整注入量。加臭装置故障时，应在2 h内恢复，
  故障期间采用人工滴注方式补充加臭。
= 13.3 管网运行分公司每月应在管网末端选取不少于6个检测点检测加臭剂浓度，检测值低于15 mg/m³的，应
  查明原因并调整加臭量。
= 13.4 加臭剂储罐内余量低于储罐容积的30%时应及时补充。加臭剂补充作业应由2人进行，佩戴防毒面具和
  防护手套，补充期间站内不得进行动火、检修作业。
= 13.5 加臭剂泄漏时，应使用活性炭或者专用除臭剂吸附，收集的废弃物按危险废物交有资质的单位处置。
  加臭剂及其废液严禁排入下水道。
# 14 应急抢修
## 14.1 抢修队伍与装备
= 14.1.1 集团设中心城区、青溪新区、丰水县、梅岭县4个抢修点，实行24 h值班，每个抢修点每班在岗抢修
  人员不少于6人，抢修车辆不少于2台。
= 14.1.2 抢修车辆应配备可燃气体检测仪、正压式空气呼吸器、防爆照明、防爆工具、警戒器材、堵漏器材
  、干粉灭火器和发电机，由抢修班长每周检查1次。
## 14.2 到达时限
= 14.2.1 抢修人员接到调度指令后应立即出发。到达现场的时间：中心城区不超过30 min，青溪新区和县城
  不超过45 min，乡镇不超过60 min。遇交通管制等特殊情况不能按时到达的，应向调度指挥中心报告。
= 14.2.2 抢修应连续作业直至险情消除。抢修中需要停气且影响用户超过500户的，调度指挥中心应报告集团
  值班领导。
## 14.3 信息报告
= 14.3.1 发生燃气泄漏着火、爆炸或者造成人员伤亡的，调度指挥中心应在10 min内电话报告集团值班领导
  和安全质量部，集团应在1 h内向青溪市城市管理局、应急管理局报告。
= 14.3.2 计划停气应提前48 h通知用户；影响用户超过3000户的，应提前72 h报青溪市城市管理局。
## 14.4 应急演练
= 14.4.1 集团综合应急预案演练每年不少于1次；各分公司专项应急预案演练每半年不少于1次；班组现场处
  置方案演练每季度不少于1次。
= 14.4.2 演练结束后10个工作日内应完成演练评估，必要时修订应急预案。
## 14.5 应急物资
= 14.5.1 集团应急物资库设在中心城区抢修点，储备各种管径的管材、管件、抢修夹具和封堵器材，常用规
  格管材的储备量不少于3天的抢修用量。
= 14.5.2 应急物资每月盘点1次，动用后应在7日内补齐；过期失效的检测仪器、呼吸器气瓶应及时更换。
# 15 承包商管理
= 15.1 承包商应具备相应资质和安全生产许可证，近3年内未发生较大及以上生产安全事故，经工程建设公司
  和安全质量部审查合格后纳入集团合格承包商名录。
= 15.2 开工前，集团业务部门应与承包商签订安全生产管理协议，承包商按合同金额的2%缴纳安全风险保证
  金，最低不少于2万元。
= 15.3 承包商作业人员进场前应接受不少于16学时的安全教育，考试合格后由集团发放带照片的出入证。承
  包商每个作业现场应配备至少1名专职安全员。
= 15.4 承包商在燃气设施上进行动火、有限空间、带压开孔等危险作业的，由集团业务部门办理作业许可，
  集团派员监护。
= 15.5 安全质量部每季度对承包商进行安全评价。年度评价不合格的，清出合格承包商名录，3年内不得承接
  集团工程；发生一般及以上生产安全事故的，列入集团承包商禁入名单。
# 16 考核与处罚
= 16.1 对违反本文件的行为，按下列标准对责任人处罚：
- a) 未按规定频次巡查、漏巡或者伪造巡检记录的，每次罚款200元；
- b) 入户安检弄虚作假、未检称检的，每户罚款100元，并扣减当月绩效奖金的20%；
- c) 未办理作业票进行动火或者有限空间作业的，罚款2000元，调离岗位并重新培训；
- d) 抢修人员无正当理由超过到达时限的，罚款300元；
- e) 发现第三方施工未按规定报告导致管道被损坏的，对巡线工罚款500元，对监护人员罚款1000元；
- f) 充装超装瓶或者不合格钢瓶的，每瓶罚款500元。
= 16.2 承包商违反安全生产管理协议的，每次从安全风险保证金中扣除1000元至5000元；同一项目违章累计3次
  的，责令停工整顿。
= 16.3 对及时发现并制止第三方施工危及管道安全的人员，给予500元至2000元奖励；避免重大事故的，报集
  团安全生产委员会给予专项奖励。
= 16.4 罚款由安全质量部开具《安全违章处罚通知单》，从责任人当月工资中扣除；责任人对处罚有异议的
  ，可在收到通知单之日起5个工作日内向安全质量部申请复核。
= 16.5 发生生产安全事故的，按照集团《生产安全事故责任追究办法》追究有关人员责任；涉嫌犯罪的，依
  法移送司法机关。
"""

APPENDIX = """
= A.1 发生燃气泄漏、着火、爆炸等突发事件时，应首先拨打集团抢修热线，并按表A.1逐级报告。
table 表A.1|应急联络表
| 序号 | 单位或岗位 | 联系人 | 联系电话
| 1 | 集团24 h抢修热线 | 调度指挥中心值班员 | 96577
| 2 | 调度指挥中心值班长 | 轮值 | 0761-3208110
| 3 | 集团值班领导 | 按月排班 | 0761-3208100
| 4 | 安全质量部 | 段立群 | 0761-3208126；13907612258
| 5 | 管网运行分公司抢修一队（中心城区） | 韦晓峰 | 0761-3208135；13907613341
| 6 | 青溪新区抢修点 | 杭志远 | 0761-3862219
| 7 | 丰水县抢修点 | 宋宏斌 | 0761-5216630
| 8 | 梅岭县抢修点 | 冉德勇 | 0761-6628017
| 9 | 液化气分公司充装站 | 俞佩珊 | 0761-3215540
| 10 | 客户服务中心 | 郜建军 | 0761-3208190
| 11 | 青溪市城市管理局燃气管理科 | — | 0761-3099627
| 12 | 青溪市应急管理局值班室 | — | 0761-3099110
| 13 | 火警／医疗急救／报警 | — | 119／120／110
end
= A.2 表A.1中的电话号码由调度指挥中心每季度核对1次，发生变动的应在3个工作日内更新并发至各班组。
! 注：96577为青溪市辖区内固定电话和手机均可直接拨打的燃气抢修专用号码，不收取通话费。
"""

TABLE_COLS = {"表1": [36.0, 58.0, 45.0, 26.0], "表A.1": [12.0, 63.0, 38.0, 52.0]}

LEFT, RIGHT, TOP, BOTTOM = 25.0, 20.0, 25.0, 25.0
PAGE_W, PAGE_H = 210.0, 297.0
TEXT_W = PAGE_W - LEFT - RIGHT
BODY_PT, NOTE_PT, TABLE_PT = 10.5, 9.0, 9.0
LINE_H = 6.2
ROMAN = ["", "I", "II", "III", "IV", "V"]
HANGING = "，。、；：？！）》」』”’％"
TOKEN = re.compile(r"[A-Za-z0-9_.,/%±³+\-~()'’]+| |.")


def parse(src: str) -> list[list[str]]:
    """Split a markup block into [tag, field, ...] records (continuation lines joined)."""
    logical: list[str] = []
    for raw in src.strip("\n").splitlines():
        if raw.startswith("  ") and logical:
            logical[-1] += raw.strip(" ")
        elif raw.strip():
            logical.append(raw)
    records: list[list[str]] = []
    for line in logical:
        tag, _, rest = line.partition(" ")
        if tag in ("#", "##", "=", "-"):
            num, _, text = rest.partition(" ")
            records.append([tag, num, text])
        elif tag == "term":
            records.append([tag, *rest.split("|")])
        elif tag == "table":
            records.append([tag, *rest.split("|")])
        elif tag == "|":
            records.append([tag, *[c.strip() for c in line[1:].split("|")]])
        else:
            records.append([tag, rest])
    return records


def units() -> list[str]:
    """Every article, item, paragraph and table cell as written (used to check the Q&A strings)."""
    out = [" ".join(text for _, text in COVER)]
    for block in (FRONT, BODY, APPENDIX):
        for rec in parse(block):
            if rec[0] in ("#", "##", "=", "-"):
                out.append(rec[1] + " " + rec[2])
            elif rec[0] == "|" or rec[0] == "term":
                out.extend(rec[1:])
            elif rec[0] != "end":
                out.append(" ".join(rec[1:]))
    return out


class StandardPDF(FPDF):
    def __init__(self) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.section = "cover"
        self.pending = ""
        self.number = 0
        self.add_font("wqy", "", str(FONT))
        self.set_margins(LEFT, TOP, RIGHT)
        self.set_auto_page_break(True, margin=BOTTOM)
        self.c_margin = 0

    def header(self) -> None:
        if self.pending:
            self.section, self.number, self.pending = self.pending, 0, ""
        if self.section == "cover":
            return
        self.number += 1
        self.set_font("wqy", "", 10.5)
        self.set_xy(LEFT, 14)
        align = "R" if self.number % 2 else "L"
        self.cell(TEXT_W, 6, STD_NO, align=align)
        self.set_line_width(0.3)
        self.line(LEFT, 20.5, PAGE_W - RIGHT, 20.5)
        self.set_xy(LEFT, TOP)

    def footer(self) -> None:
        if self.section == "cover":
            return
        label = ROMAN[self.number] if self.section == "front" else str(self.number)
        self.set_font("wqy", "", 10.5)
        self.set_xy(LEFT, PAGE_H - 17)
        self.cell(TEXT_W, 6, f"— {label} —", align="C")

    # ---- text helpers -------------------------------------------------------------------------
    def wrap(self, text: str, first: float, rest: float, hang: bool = True) -> list[str]:
        """Greedy line breaking: Latin runs stay whole; Chinese punctuation may hang past the
        margin (body text) or pulls the character before it onto the next line (table cells)."""
        lines: list[str] = []
        cur, width, limit = "", 0.0, first
        for tok in TOKEN.findall(text):
            w = self.get_string_width(tok)
            if cur and width + w > limit + 0.01:
                punct = len(tok) == 1 and tok in HANGING
                if punct and hang:
                    cur += tok
                    width += w
                    continue
                carry = cur[-1] if punct and len(cur) > 1 and ord(cur[-1]) > 0x2E80 else ""
                lines.append(cur[: len(cur) - len(carry)].rstrip(" "))
                cur, width, limit = carry, self.get_string_width(carry), rest
                if tok == " ":
                    continue
            cur += tok
            width += w
        if cur:
            lines.append(cur.rstrip(" "))
        return lines

    def room(self, lines: int) -> None:
        if self.get_y() + lines * LINE_H > PAGE_H - BOTTOM:
            self.add_page()

    def para(self, text: str, x0: float, first_indent: float = 0.0, hang: float = 0.0) -> None:
        """Write text from x0; the first line starts at x0+first_indent, later ones at x0+hang."""
        for i, line in enumerate(
            self.wrap(text, TEXT_W - (x0 - LEFT) - first_indent, TEXT_W - (x0 - LEFT) - hang)
        ):
            self.set_x(x0 + (first_indent if i == 0 else hang))
            self.cell(0, LINE_H, line, new_x="LMARGIN", new_y="NEXT")

    def heading(self, text: str, size: float, gap: float = 2.0) -> None:
        self.room(3)
        self.ln(gap)
        self.set_font("wqy", "", size)
        self.set_x(LEFT)
        self.cell(0, LINE_H + 1, text, new_x="LMARGIN", new_y="NEXT")
        self.set_font("wqy", "", BODY_PT)

    def table(self, label: str, title: str, rows: list[list[str]]) -> None:
        cols = TABLE_COLS[label]
        self.set_font("wqy", "", TABLE_PT)
        lh = 4.8
        head, body = rows[0], rows[1:]

        def caption(text: str) -> None:
            self.set_font("wqy", "", BODY_PT)
            self.set_x(LEFT)
            self.cell(TEXT_W, LINE_H + 1, text, align="C", new_x="LMARGIN", new_y="NEXT")
            self.set_font("wqy", "", TABLE_PT)

        def draw(row: list[str]) -> None:
            cells = [self.wrap(text, w - 2.4, w - 2.4, hang=False) for text, w in zip(row, cols, strict=True)]
            height = max(len(c) for c in cells) * lh + 2.4
            y, x = self.get_y(), LEFT
            for lines, w in zip(cells, cols, strict=True):
                self.rect(x, y, w, height)
                top = y + (height - len(lines) * lh) / 2
                for i, line in enumerate(lines):
                    self.set_xy(x + 1.2, top + i * lh)
                    self.cell(w - 2.4, lh, line)
                x += w
            self.set_xy(LEFT, y + height)

        def row_height(row: list[str]) -> float:
            return (
                max(len(self.wrap(t, w - 2.4, w - 2.4, hang=False)) for t, w in zip(row, cols, strict=True))
                * lh
                + 2.4
            )

        self.room(4)
        self.ln(1.5)
        caption(f"{label}　{title}")
        self.set_line_width(0.2)
        draw(head)
        for row in body:
            if self.get_y() + row_height(row) > PAGE_H - BOTTOM:
                self.set_auto_page_break(False)
                self.add_page()
                self.set_auto_page_break(True, margin=BOTTOM)
                caption(f"{label}（续）")
                draw(head)
            draw(row)
        self.ln(1.5)
        self.set_font("wqy", "", BODY_PT)

    def block(self, src: str, marks: dict[str, int] | None = None) -> None:
        indent = self.get_string_width("　　")
        rows: list[list[str]] = []
        table: tuple[str, str] | None = None
        for rec in parse(src):
            tag = rec[0]
            self.set_font("wqy", "", BODY_PT)
            if tag == "table":
                table, rows = (rec[1], rec[2]), []
            elif tag == "|":
                rows.append(rec[1:])
            elif tag == "end" and table:
                self.table(table[0], table[1], rows)
                table = None
            elif tag == "#":
                self.heading(f"{rec[1]}　{rec[2]}", 11.5, gap=3.0)
                if marks is not None:
                    marks[rec[1]] = self.number
            elif tag == "##":
                self.heading(f"{rec[1]}　{rec[2]}", BODY_PT, gap=1.0)
            elif tag == "=":
                self.para(f"{rec[1]}　{rec[2]}", LEFT)
            elif tag == "-":
                lead = f"{rec[1]}　"
                self.para(lead + rec[2], LEFT + indent, hang=self.get_string_width(lead))
            elif tag == "--":
                self.para("——" + rec[1], LEFT + indent, hang=self.get_string_width("——"))
            elif tag == "!":
                self.set_font("wqy", "", NOTE_PT)
                self.para(rec[1], LEFT + indent, hang=self.get_string_width("注："))
            elif tag == "p":
                self.para(rec[1], LEFT, first_indent=indent)
            elif tag == "ref":
                self.para(rec[1], LEFT + indent)
            elif tag == "term":
                self.room(3)
                self.set_x(LEFT)
                self.cell(0, LINE_H, rec[1], new_x="LMARGIN", new_y="NEXT")
                self.set_x(LEFT + indent)
                self.cell(0, LINE_H, f"{rec[2]}　{rec[3]}", new_x="LMARGIN", new_y="NEXT")
                self.para(rec[4], LEFT, first_indent=indent)


def cover(pdf: StandardPDF) -> None:
    pdf.add_page()
    pdf.set_auto_page_break(False)
    items = dict(COVER[2:])
    pdf.set_font("wqy", "", 10.5)
    pdf.set_xy(LEFT, 22)
    pdf.cell(0, 6, COVER[0][1], new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, COVER[1][1], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("wqy", "", 26)
    pdf.set_xy(LEFT, 40)
    pdf.cell(TEXT_W, 14, items["mark"], align="R")
    pdf.set_font("wqy", "", 22)
    pdf.set_xy(LEFT, 62)
    pdf.cell(TEXT_W, 12, items["kind"], align="C")
    pdf.set_font("wqy", "", 12)
    pdf.set_xy(LEFT, 82)
    pdf.cell(TEXT_W, 7, STD_NO, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(TEXT_W, 7, COVER[5][1], align="R")
    pdf.set_line_width(0.6)
    pdf.line(LEFT, 98, PAGE_W - RIGHT, 98)
    pdf.set_font("wqy", "", 24)
    pdf.set_xy(LEFT, 128)
    pdf.cell(TEXT_W, 14, TITLE, align="C")
    pdf.set_font("wqy", "", 12)
    pdf.set_xy(LEFT, 146)
    pdf.cell(TEXT_W, 8, items["en"], align="C")
    issued, effective = items["dates"].split("|")
    pdf.set_font("wqy", "", 13)
    pdf.set_xy(LEFT, 252)
    pdf.cell(TEXT_W / 2, 8, issued, align="L")
    pdf.cell(TEXT_W / 2, 8, effective, align="R")
    pdf.line(LEFT, 262, PAGE_W - RIGHT, 262)
    pdf.set_font("wqy", "", 16)
    pdf.set_xy(LEFT, 266)
    pdf.cell(TEXT_W, 10, items["issuer"], align="C")
    pdf.set_auto_page_break(True, margin=BOTTOM)


def contents(pdf: StandardPDF, marks: dict[str, int], front_page: str) -> None:
    pdf.set_font("wqy", "", 14)
    pdf.set_x(LEFT)
    pdf.cell(TEXT_W, 12, "目　　次", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("wqy", "", BODY_PT)
    entries = [("前言", front_page)]
    for rec in parse(BODY):
        if rec[0] == "#":
            entries.append((f"{rec[1]}　{rec[2]}", str(marks.get(rec[1], 0))))
    entries.append(("附录A（资料性）　应急联络表", str(marks.get("A", 0))))
    dot = pdf.get_string_width(".")
    for text, page in entries:
        space = TEXT_W - pdf.get_string_width(text) - pdf.get_string_width(page) - 2
        pdf.set_x(LEFT)
        pdf.cell(0, LINE_H + 0.6, f"{text} {'.' * int(space / dot)} {page}", new_x="LMARGIN", new_y="NEXT")


def render(marks: dict[str, int]) -> StandardPDF:
    pdf = StandardPDF()
    pdf.set_title(f"{STD_NO}　{TITLE}")
    pdf.set_author(COMPANY + "安全质量部")
    pdf.set_subject("企业标准")
    pdf.set_creator("Microsoft® Word 2019")
    pdf.set_creation_date(datetime(2025, 3, 18, 9, 30, tzinfo=UTC))
    cover(pdf)
    pdf.pending = "front"
    pdf.add_page()
    contents(pdf, marks, "II")
    pdf.add_page()
    pdf.set_font("wqy", "", 14)
    pdf.cell(TEXT_W, 12, "前　　言", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.block(FRONT)
    pdf.pending = "body"
    pdf.add_page()
    pdf.set_font("wqy", "", 16)
    pdf.ln(4)
    pdf.cell(TEXT_W, 12, TITLE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    found: dict[str, int] = {}
    pdf.block(BODY, found)
    pdf.add_page()
    found["A"] = pdf.number
    pdf.set_font("wqy", "", 12)
    for text in ("附　录　A", "（资料性）", "应急联络表"):
        pdf.cell(TEXT_W, 8, text, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.block(APPENDIX)
    marks.update(found)
    return pdf


def main() -> None:
    marks: dict[str, int] = {}
    render(marks)  # first pass: find the page of every chapter for the 目次
    render(marks).output(str(OUT))
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
