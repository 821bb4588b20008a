"""Generate tests/data/rulebook_gangcheng.docx, the document of the sealed blind set qa_holdout_gangcheng.yaml.

An invented steel works' rulebook (《钢城特钢有限公司煤气及冶金作业安全管理规定》: blast furnace, converter,
gas holder and gas network, ladle cranes carrying molten steel, continuous casting, rolling, the oxygen
station, confined spaces, hot work and lockout/tagout) saved as a revision still under review in Word:

* TRACKED CHANGES, written as raw WordprocessingML because python-docx has no API for them: runs wrapped
  in <w:ins> (text that now belongs to the rule), runs in <w:del> with <w:delText> (text that must no
  longer be read: an old figure next to its replacement), a whole inserted item paragraph and a whole
  deleted item paragraph (paragraph mark marked inserted/deleted too), and one <w:moveFrom>/<w:moveTo>
  pair with its range markers (moved-from text is written in <w:t>, as ECMA-376 shows it, not in
  <w:delText>), one change inside a table cell and one in the last article's date;
* three reviewer comments (comments.xml, anchored with commentRangeStart/End and a reference run);
* a cover block (文号, title, 送审稿 line), chapters typed "第三章　煤气区域作业" in Heading 1, articles typed
  "第十条　…" in plain paragraphs, items "（一）" and sub-items "1." typed in their own paragraphs, plain
  text split over several runs as Word does;
* two ruled tables: CO concentration against allowed working time (a vertical merge, a horizontal merge
  and a note row merged across the table) and lockout/tagout responsibilities (a vertical merge);
* a header and a footer (company name, PAGE field).

The script checks, on the saved file's XML read back independently, that every `must` string of the
question set occurs in the accepted-changes text (insertions kept, deletions and moved-from text gone)
of the article, item or table cell the question is meant to hit, and that the figures the negatives rely
on occur only in deleted text.

    .venv/bin/python tests/data/make_rulebook_gangcheng.py
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Pt
from docx.table import Table
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from lxml import etree

HERE = Path(__file__).parent
OUT = HERE / "rulebook_gangcheng.docx"
QUESTIONS = HERE / "qa_holdout_gangcheng.yaml"
COMPANY = "钢城特钢有限公司"
TITLE = "钢城特钢有限公司煤气及冶金作业安全管理规定"
EDITOR = "安全环保部 周志刚"
REVIEWER = "韩立新"
REV_DATE = "2025-09-18T09:30:00Z"
COMMENT_DATE = "2025-09-22T15:10:00Z"
FIXED = datetime(2025, 9, 22, 15, 10, tzinfo=UTC)
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

# Markup inside a text: [+inserted+]  [-deleted-]  [<moved from<]  [>moved to>]  {cN}commented{/cN}
COMMENTS = {
    1: "20ppm以上至50ppm一档由1小时改为40分钟，请煤防站确认与固定式报警仪二级报警值如何衔接。",
    2: "删去原第（四）项的依据是什么？新柜型的设备说明书是否另有要求，请设备部确认后再定稿。",
    3: "请明确外委施工单位人员是否使用本公司统一配置的锁具，建议在附件中另行规定。",
}

COVER: list[tuple[str, str]] = [
    ("docno", "钢城安〔2025〕15号"),
    ("title", TITLE),
    ("center", "（2025年修订送审稿）"),
    ("center", "安全环保部　二〇二五年九月"),
]

BODY: list[tuple[str, str]] = [
    ("h1", "第一章　总则"),
    (
        "art",
        "为加强煤气及冶金生产作业的安全管理，防止煤气中毒、着火、爆炸和钢水铁水喷溅、起重伤害、窒息等事故，"
        "保护从业人员生命安全，依据《中华人民共和国安全生产法》和冶金行业有关安全标准，结合本公司生产实际，"
        "制定本规定。",
    ),
    (
        "art",
        "本规定适用于公司炼铁厂、炼钢厂、轧钢厂、能源动力厂及在公司厂区内从事生产、检修、施工的外来单位"
        "和人员。",
    ),
    (
        "art",
        "本规定所称煤气，是指公司生产、储存、输送和使用的高炉煤气、转炉煤气、焦炉煤气及其混合煤气；所称"
        "熔融金属，是指铁水、钢水和熔渣。",
    ),
    (
        "art",
        "煤气及冶金作业安全管理坚持“谁主管、谁负责”“管生产必须管安全”的原则，实行公司、厂、车间、班组"
        "四级管理。",
    ),
    (
        "art",
        "新入厂、转岗和离岗六个月以上重新上岗的人员，从事煤气区域作业前，须经煤气防护站专项安全培训并考试"
        "合格，专项培训时间不少于[-16-][+24+]学时。",
    ),
    (
        "art",
        "安全环保部每年组织一次对本规定执行情况的评审；生产工艺、设备设施发生重大变化或者发生较大以上事故后，"
        "应及时修订。",
    ),
    ("h1", "第二章　安全管理职责"),
    (
        "art",
        "公司总经理是安全生产第一责任人，对煤气及冶金作业安全全面负责；分管安全的副总经理协助总经理组织实施"
        "本规定。",
    ),
    ("art", "安全环保部的主要职责："),
    ("item", "（一）组织制定和修订本规定，监督各单位执行；"),
    ("item", "（二）每月组织一次煤气设施和熔融金属吊运设备的专项检查；"),
    ("item", "（三）审核特级动火、带煤气作业等危险作业方案，参与事故调查处理。"),
    ("art", "能源动力厂煤气防护站（以下简称煤防站）的主要职责："),
    (
        "item",
        "（一）负责全公司煤气设施的安全监护、气体检测和煤气事故抢救，实行24小时值班，接到报警后3分钟内出动；",
    ),
    (
        "item",
        "（二）负责便携式一氧化碳报警仪和空气呼吸器的集中管理，便携式报警仪每半年标定一次，空气呼吸器气瓶"
        "压力低于27兆帕的不得作为备用；",
    ),
    ("item", "（三）负责煤气作业人员的专项培训和考核。"),
    (
        "art",
        "各生产厂厂长对本厂煤气及冶金作业安全负责，组织辨识本厂危险源，建立煤气设施、有限空间和熔融金属"
        "吊运设备台账。",
    ),
    ("art", "班组长的主要职责："),
    ("item", "（一）每班开工前主持班前会，讲清当班作业的危险点和防范措施；"),
    ("item", "（二）检查本班人员劳动防护用品和便携式报警仪的携带、使用情况；"),
    ("item", "（三）制止本班人员的违章行为，发现隐患及时报告。"),
    (
        "art",
        "从业人员有权拒绝违章指挥和强令冒险作业；发现直接危及人身安全的紧急情况时，有权停止作业或者在采取"
        "可能的应急措施后撤离作业场所。",
    ),
    ("h1", "第三章　煤气区域作业"),
    ("art", "根据煤气泄漏的可能性和危害程度，公司煤气区域划分为三类："),
    ("item", "（一）一类煤气区域，进入前必须佩戴空气呼吸器，并经煤防站同意。主要包括："),
    ("item", "1.煤气设备、管道、除尘器的内部；"),
    ("item", "2.带煤气抽堵盲板、更换阀门等作业的作业点；"),
    ("item", "3.煤气排水器水封周围1米以内。"),
    (
        "item",
        "（二）二类煤气区域，进入时须两人以上同行，携带便携式一氧化碳报警仪，并事先与所在岗位联系。主要包括"
        "高炉炉顶、风口平台、煤气加压站、煤气柜柜顶及活塞上部。",
    ),
    (
        "item",
        "（三）三类煤气区域，应携带便携式一氧化碳报警仪，尽量在上风侧作业。主要包括高炉出铁场、煤气管道通廊、"
        "转炉炉口平台。",
    ),
    (
        "art",
        "进入煤气区域作业，必须两人以上，一人作业、一人监护，并携带便携式一氧化碳报警仪。报警仪发出报警时，"
        "作业人员应立即停止作业，撤至上风侧安全地点，并报告煤防站。",
    ),
    ("art", "在煤气区域作业，允许连续作业的时间根据作业点一氧化碳浓度确定，按表1执行。"),
    ("caption", "{c1}表1　煤气区域一氧化碳浓度与允许作业时间{/c1}"),
    ("table1", ""),
    (
        "art",
        "煤气设施周边应设置固定式一氧化碳检测报警装置，一级报警值为30ppm，二级报警值为80ppm，报警信号应"
        "同时传送至能源中心调度室。",
    ),
    ("art", "煤气区域内严禁吸烟和携带火种；机动车辆进入一类、二类煤气区域，排气管须加装防火罩。"),
    (
        "art",
        "煤气管网实行分段巡检，每班巡检不少于一次，重点检查排水器、补偿器、管道支架和阀门的泄漏情况。排水器"
        "水封的有效高度，应比管道最高工作压力相当的水柱高度至少高出500毫米。",
    ),
    ("art", "架空煤气管道跨越厂区主干道路时，管底至路面的净空高度不低于6米；跨越人行道时不低于2.5米。"),
    (
        "art",
        "煤气放散管管口应高出煤气设施本体及其周围20米以内最高建筑物平台4米以上，并设置防雨和防倒灌措施。",
    ),
    (
        "art",
        "发现有人煤气中毒，救护人员必须佩戴空气呼吸器后方可进入现场，严禁未佩戴防护器具盲目施救。中毒人员应"
        "迅速移至上风侧空气新鲜处，呼吸、心跳停止的立即进行心肺复苏，同时拨打煤防站急救电话6119。",
    ),
    ("art", "{c2}煤气柜的运行应遵守下列规定：{/c2}"),
    ("item", "（一）正常运行时柜位控制在20%～80%之间；"),
    ("item", "（二）柜位降至15%时，调度室应通知各用户减量用气；降至10%时，应立即关闭煤气柜出口阀门；"),
    (
        "item",
        "（三）进入柜顶或活塞上部检查，须办理作业票，两人以上同行，经煤防站检测一氧化碳浓度合格后方可进入；",
    ),
    ("delitem", "（四）煤气柜活塞升降速度不得大于每分钟1.5米，超速时应立即查明原因。"),
    (
        "art",
        "煤气加压站机房内应设置固定式报警仪和事故排风装置，事故排风机与报警仪联锁启动，每小时换气次数不少于"
        "10次。",
    ),
    (
        "art",
        "煤气设施停、送煤气，必须办理停送煤气作业票，由能源中心调度统一指挥，煤防站现场监护。送气前应用氮气"
        "或蒸汽吹扫置换，在管道末端取样做爆发试验，连续三次合格后方可送气。",
    ),
    (
        "art",
        "进入煤气区域的人员应穿戴防静电工作服，不得穿带铁钉的鞋；在一类煤气区域内不得使用非防爆通讯工具。",
    ),
    (
        "art",
        "发生煤气泄漏，发现人应立即报告调度室和煤防站，并在泄漏点周围设置警戒，警戒半径不小于40米，夜间应"
        "设置警示灯；警戒区域内禁止一切火源和车辆通行。",
    ),
    ("h1", "第四章　煤气设施检修与盲板抽堵"),
    (
        "art",
        "煤气设施检修，必须可靠切断煤气来源，采用插板阀、眼镜阀或堵盲板等方式隔断，严禁仅以蝶阀、闸阀代替"
        "隔断装置。",
    ),
    ("art", "带煤气抽堵盲板作业，应遵守下列规定："),
    ("item", "（一）作业前编制专项方案，经能源动力厂总工程师批准，并报安全环保部备案；"),
    ("item", "（二）作业时管道内煤气压力应保持在200帕至1000帕之间，严禁负压作业；"),
    ("item", "（三）作业点周围30米范围内停止一切动火作业，并设置警戒线；"),
    ("item", "（四）使用铜质工具，或在钢质工具上涂抹黄油，防止撞击产生火花；"),
    ("item", "（五）作业人员佩戴空气呼吸器分组轮换，每组连续作业不超过20分钟；"),
    ("item", "（六）雷雨天气和夜间不得进行带煤气抽堵盲板作业。"),
    (
        "art",
        "进入煤气设备内部作业前，应打开上、下人孔自然通风不少于2小时，经煤防站取样分析合格并在作业票上签字"
        "确认后方可进入；作业期间每隔1小时复测一次。",
    ),
    ("art", "煤气设备内部作业照明应使用电压不超过12伏的防爆行灯，行灯变压器不得放入设备内。"),
    (
        "art",
        "在运行中的煤气管道上焊接动火，管道内应保持正压，压力不低于300帕，严禁在负压状态下动火；动火点两侧"
        "应做好接地跨接。[+已停气的管道动火前，管内一氧化碳含量检测须连续两次合格，两次取样间隔不少于15分钟。+]",
    ),
    (
        "art",
        "检修完工后，检修负责人应清点人员和工具，确认设备内无人员、无遗留物后方可封闭人孔，并与生产单位办理"
        "交接手续。",
    ),
    ("art", "煤气管道上的水封、眼镜阀、蝶阀等隔断装置，每季度至少做一次开关试验，试验情况应记录备查。"),
    (
        "art",
        "煤气管道应做好防静电接地，每隔100米左右设一处接地点，接地电阻不大于10欧姆；法兰连接处应做跨接。",
    ),
    (
        "art",
        "外来单位在煤气区域作业，所在厂应指派熟悉现场情况的人员全程监护，并以书面形式向作业人员进行安全技术"
        "交底，双方签字。",
    ),
    ("h1", "第五章　高炉与转炉作业"),
    (
        "art",
        "高炉出铁前，炉前工应检查渣铁沟、撇渣器、泥炮和开口机，确认铁水罐对位正确、罐内无积水杂物后方可"
        "开口出铁。",
    ),
    ("art", "出铁、放渣期间，非作业人员不得进入主沟两侧各5米范围内，严禁跨越渣沟、铁沟。"),
    (
        "art",
        "高炉风口、渣口发生漏水时，应及时减水或组织更换，严禁带大量漏水生产；风口平台作业必须两人以上，并"
        "携带便携式一氧化碳报警仪。",
    ),
    (
        "art",
        "高炉计划休风时间超过4小时的，炉顶应点火或通入蒸汽、氮气；休风前应通知能源中心调度，切断与净煤气"
        "管网的联系。",
    ),
    (
        "art",
        "转炉兑铁水前，应将转炉倾动至兑铁位置，炉前人员撤至安全区域；兑铁时应先慢后快，铁水罐不得碰撞炉口。",
    ),
    (
        "art",
        "转炉吹炼过程中，炉口正前方和炉下严禁站人。氧枪冷却水进出水温差超过15℃或回水流量明显下降时，必须"
        "立即提枪停氧，查明原因。",
    ),
    (
        "art",
        "转炉煤气回收时，煤气中一氧化碳含量不低于35%、氧含量不大于1%方可回收；不满足条件的，经放散塔点火"
        "放散。",
    ),
    (
        "art",
        "清理转炉炉下渣道，应在转炉停止倾动并与主控室联系确认后进行，主控室操作台应挂“有人作业，禁止倾炉”"
        "标牌。",
    ),
    (
        "art",
        "新砌或修补后的钢包、铁水罐，使用前必须烘烤至包衬表面温度800℃以上；严禁向潮湿的钢包、渣罐内注入"
        "钢水或倒入熔渣。",
    ),
    ("h1", "第六章　天车吊运钢水及熔融金属"),
    (
        "art",
        "吊运钢水、铁水等熔融金属，必须使用冶金铸造起重机，其额定起重量应大于钢包满载总重量；严禁使用普通"
        "桥式起重机吊运熔融金属。",
    ),
    ("art", "吊运熔融金属的起重机应符合下列要求："),
    ("item", "（一）主起升机构设置两套制动器，每套制动器均能独立制动；"),
    ("item", "（二）设置起升高度限位器，并设置两种不同形式的上升极限位置双重限位；"),
    ("item", "（三）主起升机构的两套制动器由点检人员每[-月-][+周+]检查调整一次，检查记录保存一年以上；"),
    ("item", "（四）钢丝绳每班由天车司机检查，断丝、磨损达到报废标准的立即更换。"),
    (
        "art",
        "天车司机须持有特种设备作业人员证。从事吊运熔融金属作业的天车司机，应具有两年以上桥式起重机操作经历。",
    ),
    ("art", "吊运钢包应遵守下列规定："),
    (
        "item",
        "（一）起吊前应先试吊，将钢包吊离地面100～200毫米，确认制动可靠、挂钩到位后方可正式起吊；",
    ),
    ("item", "（二）钢包内钢水液面与包口上沿的距离不得小于250毫米，严禁超装；"),
    ("item", "（三）吊运钢包经过设备、平台上方时，包底与设备最高点的距离不小于0.5米；"),
    ("item", "（四）吊运路线下方严禁人员停留或通行；"),
    ("item", "（五）吊运过程中由专人指挥，指挥人员应佩戴明显标志，使用统一信号。"),
    (
        "art",
        "钢包吊运过程中大车、小车应平稳运行，严禁急开急停；钢包吊至浇注位置后，应停稳再点动对位。",
    ),
    (
        "art",
        "天车交接班应在司机室或地面进行，交接时吊钩上不得悬挂吊物；下班时应将吊钩升至距地面2米以上，并切断"
        "总电源。",
    ),
    (
        "art",
        "检修天车必须停电并执行挂牌上锁，检修人员应通过专用梯子上下，严禁在轨道上行走；同跨相邻天车应设置"
        "止挡，并在轨道上设置红色警示灯。",
    ),
    (
        "art",
        "发生钢包穿包、漏钢时，天车司机应迅速将钢包吊至事故包或安全区域，地面人员立即撤离，严禁用水浇熄钢水。",
    ),
    (
        "art",
        "熔融金属吊运路线下方及影响范围内，不得设置休息室、更衣室、会议室、交接班室等人员聚集场所。",
    ),
    ("art", "吊运熔融金属的天车司机室应设置隔热防护和空调，并配备干粉灭火器。"),
    ("h1", "第七章　连铸与轧钢作业"),
    ("art", "连铸开浇前应检查结晶器冷却水系统，冷却水压力不低于0.8兆帕且无渗漏，方可开浇。"),
    (
        "art",
        "发生漏钢时，浇钢工应立即关闭塞棒或滑动水口，迅速将中间包开离浇注位置，平台人员撤至安全区域。",
    ),
    (
        "art",
        "中间包烘烤使用煤气的，应先点火后开煤气；烘烤器熄火后，应立即关闭煤气阀门，通风置换5分钟以上方可"
        "重新点火。",
    ),
    (
        "art",
        "连铸火焰切割区域严禁无关人员靠近，切割用氧气、煤气软管应每班检查，发现老化、破损立即更换。",
    ),
    (
        "art",
        "加热炉点火前，必须用空气吹扫炉膛，吹扫时间不少于10分钟；点火时应先点火后送煤气，点火失败的，必须"
        "重新吹扫后再次点火。",
    ),
    ("art", "轧机运转时，严禁跨越辊道或进入轧机防护区域；处理卡钢、堆钢，必须停机并执行挂牌上锁。"),
    ("art", "更换轧辊时，换辊小车轨道两侧1米范围内不得站人，吊运轧辊应使用专用吊具。"),
    (
        "art",
        "高速线材轧机区域应设置安全防护罩，作业人员不得穿戴宽松衣物，操作旋转设备时禁止戴手套。",
    ),
    ("h1", "第八章　氧气站及氧气管道"),
    (
        "art",
        "进入氧气站和氧气管道区域严禁携带火种；接触氧气的阀门、管件、工具和手套严禁沾染油脂。氧气站操作人员"
        "应穿着纯棉工作服。",
    ),
    (
        "art",
        "氧气管道阀门应缓慢开启，严禁快速开关；阀门后为碳钢管道的，应选用铜基合金或不锈钢阀门。",
    ),
    ("art", "氧气管道动火前，应用氮气或空气置换，管内氧含量不大于23%方可动火。"),
    ("art", "液氧储罐周围不得堆放可燃物，罐区地面不得采用沥青路面。"),
    ("art", "设备检修放空氧气后，作业区域氧含量超过23.5%的，禁止人员进入和动火。"),
    ("h1", "第九章　有限空间作业"),
    (
        "art",
        "各厂应建立有限空间台账，在有限空间出入口设置明显的安全警示标志，标明主要危险有害因素。",
    ),
    (
        "art",
        "进入有限空间作业，应办理有限空间作业许可证，由所在厂安全员现场确认，厂主管领导审批。",
    ),
    (
        "art",
        "有限空间作业应坚持“先通风、再检测、后作业”。检测顺序为氧含量、可燃气体、有毒气体，氧含量应在"
        "19.5%～23.5%之间。[<gc1|作业中断超过30分钟，重新进入前应再次检测。<]",
    ),
    (
        "art",
        "作业过程中应对有限空间内的气体进行连续监测，发现异常立即撤出。[>gc1|作业中断超过30分钟，重新进入前"
        "应再次检测。>]",
    ),
    (
        "art",
        "有限空间外必须设专职监护人员，监护人员不得离开作业现场，每隔10分钟与作业人员喊话联系一次。",
    ),
    (
        "art",
        "有限空间发生事故，监护人员严禁盲目进入施救，应立即呼叫救援；救援人员必须佩戴隔绝式呼吸器，系好"
        "安全绳。",
    ),
    ("art", "有限空间作业应采取机械通风，严禁用纯氧进行通风换气。"),
    ("h1", "第十章　动火作业"),
    ("art", "动火作业分为特级、一级、二级三个级别："),
    ("item", "（一）在带煤气的设施、运行中的氧气管道上动火，为特级动火；"),
    ("item", "（二）在煤气区域、氧气站等易燃易爆场所动火，为一级动火；"),
    ("item", "（三）除特级、一级以外的动火，为二级动火。"),
    (
        "art",
        "特级动火由公司分管安全的副总经理审批，一级动火由厂长审批，二级动火由车间主任审批。",
    ),
    (
        "art",
        "特级、一级动火许可证有效期不超过8小时；二级动火许可证有效期不超过[-72-][+24+]小时。超过有效期的，"
        "应重新办理。",
    ),
    (
        "art",
        "动火前应对动火点周围的可燃气体进行检测，取样分析后超过45分钟未动火的，应重新取样分析。",
    ),
    ("art", "动火作业应设专人监护，动火结束后监护人应清理现场，确认无遗留火种后方可离开。"),
    (
        "art",
        "高处动火应采取防止火花飞溅的措施，清除下方可燃物；遇五级以上大风，禁止露天高处动火。",
    ),
    ("h1", "第十一章　检修挂牌上锁"),
    (
        "art",
        "设备检修、清理、调整作业前，必须对电能、机械能、热能、压力等能量源进行隔离，执行挂牌上锁程序。",
    ),
    (
        "art",
        "公司统一配置个人安全锁、部门锁和集体锁箱。个人安全锁一人一锁一钥匙，钥匙由本人随身保管，严禁转借"
        "他人。",
    ),
    ("art", "挂牌上锁按下列程序进行："),
    ("item", "（一）通知：检修负责人通知岗位操作人员及受影响的相关人员；"),
    ("item", "（二）停机：岗位操作人员按操作规程停机；"),
    ("item", "（三）隔离：断开电源、关闭阀门，释放残余的压力、高温和势能；"),
    ("item", "（四）上锁挂牌：每名检修人员在每个隔离点挂上本人的个人安全锁和“禁止操作”标牌；"),
    ("item", "（五）确认：在机旁操作箱进行试启动，确认设备无法启动后方可开始作业；"),
    (
        "insitem",
        "（六）多人检修同一设备的，由检修负责人将隔离点钥匙放入集体锁箱，每名检修人员在锁箱上挂本人的个人"
        "安全锁。",
    ),
    ("art", "挂牌上锁各方人员的职责按表2执行。"),
    ("caption", "表2　检修挂牌上锁各方职责"),
    ("table2", ""),
    (
        "art",
        "检修完毕，由挂锁人本人解锁。{c3}挂锁人不在现场又无法取回钥匙的，须经车间主任、安全员确认设备内无人并"
        "电话联系挂锁人后，由车间主任在两人以上见证下用备用钥匙强制解锁，并填写强制解锁记录。{/c3}",
    ),
    (
        "art",
        "检修作业跨班进行的，交接时接班人员先挂锁，交班人员后解锁，确保隔离点始终处于上锁状态。",
    ),
    ("art", "未执行挂牌上锁进入设备内部作业的，对当事人考核2000元，对所在班组长考核1000元。"),
    ("h1", "第十二章　附则"),
    ("art", "本规定由安全环保部负责解释。"),
    (
        "art",
        "本规定自2025年[-11-][+12+]月1日起施行。原《钢城特钢有限公司煤气安全管理规定》（钢城安〔2021〕8号）"
        "同时废止。",
    ),
]

# Table 1: None marks a cell covered by a merge (vertical: same column above; horizontal: cell to the left).
TABLE1: list[list[str | None]] = [
    ["一氧化碳浓度", "允许连续作业时间", "防护及监护要求"],
    ["20ppm及以下", "可正常作业", "携带便携式一氧化碳报警仪，两人以上同行"],
    ["20ppm以上至50ppm", "连续作业不超过[-1小时-][+40分钟+]", "必须佩戴空气呼吸器，煤防站人员现场监护"],
    ["50ppm以上至100ppm", "连续作业不超过15分钟，两次作业间隔不少于2小时", None],
    ["100ppm以上至160ppm", "连续作业不超过10分钟，且须经煤防站站长同意", None],
    ["160ppm以上", "禁止作业；抢险救援须佩戴空气呼吸器并经现场指挥批准", None],
    ["注：浓度以作业点便携式报警仪读数为准；作业中浓度升高的，按较高一档执行。", None, None],
]
T1_VMERGE = (2, 2, 4)  # column 2, rows 2..4
T1_HMERGE = [(5, 1, 2), (6, 0, 2)]  # row, first column, last column

TABLE2: list[list[str | None]] = [
    ["人员", "主要职责", "使用的锁具和标牌"],
    [
        "检修负责人",
        "办理检修作业票，组织识别需要隔离的能量源，确认全部隔离点已上锁挂牌后方可下达开工指令",
        "部门锁、检修作业票",
    ],
    [
        "岗位操作人员",
        "按操作规程停机，配合断电、关阀和释放残余能量，检修期间不得操作被隔离的设备",
        "黄色“禁止操作”标牌",
    ],
    ["检修作业人员", "在每个隔离点挂本人的个人锁，作业前进行试启动确认，完工后由本人解锁", "红色个人安全锁"],
    [
        "电工",
        "按停电工作票断开电源、拉出抽屉柜或断开隔离开关，并验电确认无电",
        "电气隔离锁、“禁止合闸，有人工作”标牌",
    ],
    ["安全员", "监督检查上锁挂牌执行情况，参与强制解锁的见证", "不挂锁，负责监督和见证"],
    ["车间主任", "保管备用钥匙，批准并实施强制解锁", None],
]
T2_VMERGE = (2, 5, 6)

# Question id -> the unit it must hit: an article ("第十三条"), the cover block ("cover"), or a table
# cell "T1:r2:c1" (row and cell index in the saved XML, 0-based, the header row being r0).
TARGETS: dict[str, str] = {
    "g001": "cover",
    "g002": "第八十九条",
    "g003": "第五条",
    "g004": "T1:r2:c1",
    "g005": "第四十六条",
    "g006": "第三十一条",
    "g007": "第七十七条",
    "g008": "第七十一条",
    "g009": "第八十三条",
    "g010": "T1:r5:c1",
    "g011": "T1:r3:c1",
    "g012": "T1:r2:c2",
    "g013": "T2:r5:c1",
    "g014": "T2:r3:c2",
    "g015": "第二十一条",
    "g016": "第三十条",
    "g017": "第二十六条",
    "g018": "第二十八条",
    "g019": "第十三条",
    "g020": "第四十八条",
    "g021": "第四十八条",
    "g022": "第四十七条",
    "g023": "第五十条",
    "g024": "第四十二条",
    "g025": "第四十一条",
    "g026": "第三十九条",
    "g027": "第十三条",
    "g028": "第八十七条",
    "g029": "第七十二条",
    "g030": "第八十六条",
}
# Figures a negative asks about that survive only in deleted text (no longer a rule).
DELETED_ONLY = ["每分钟1.5米"]
ARTICLES = 89

CN = "零一二三四五六七八九"


def cn_number(n: int) -> str:
    if n < 10:
        return CN[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN[tens]) + "十" + (CN[ones] if ones else "")


class Builder:
    def __init__(self) -> None:
        self.doc = Document()
        self.rev_id = 100

    def next_id(self) -> str:
        self.rev_id += 1
        return str(self.rev_id)

    def change(self, tag: str, **extra: str) -> BaseOxmlElement:
        el = OxmlElement(tag)
        el.set(qn("w:id"), self.next_id())
        el.set(qn("w:author"), EDITOR)
        el.set(qn("w:date"), REV_DATE)
        for k, v in extra.items():
            el.set(qn(k), v)
        return el

    @staticmethod
    def text_run(text: str, tag: str = "w:t") -> BaseOxmlElement:
        r = OxmlElement("w:r")
        t = OxmlElement(tag)
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        t.text = text
        r.append(t)
        return r

    def fill(self, p: Paragraph, text: str, size: Pt | None = None, bold: bool = False) -> None:
        """Write `text` (with change and comment markup) into paragraph `p`."""
        pattern = r"(\[\+.*?\+\]|\[-.*?-\]|\[<.*?<\]|\[>.*?>\]|\{/?c\d\})"
        open_comments: dict[int, list[Run]] = {}
        for part in re.split(pattern, text):
            if not part:
                continue
            if m := re.fullmatch(r"\{c(\d)\}", part):
                open_comments[int(m.group(1))] = []
                continue
            if m := re.fullmatch(r"\{/c(\d)\}", part):
                cid = int(m.group(1))
                runs = open_comments.pop(cid)
                comment = self.doc.add_comment(runs, text=COMMENTS[cid], author=REVIEWER, initials="韩")
                comment._comment_elm.set(qn("w:date"), COMMENT_DATE)
                continue
            if part.startswith("[+"):
                ins = self.change("w:ins")
                ins.append(self.text_run(part[2:-2]))
                p._p.append(ins)
            elif part.startswith("[-"):
                dele = self.change("w:del")
                dele.append(self.text_run(part[2:-2], "w:delText"))
                p._p.append(dele)
            elif part.startswith("[<") or part.startswith("[>"):
                kind = "moveFrom" if part.startswith("[<") else "moveTo"
                name, moved = part[2:-2].split("|", 1)
                start = self.change(f"w:{kind}RangeStart", **{"w:name": name})
                body = self.change(f"w:{kind}")
                body.append(self.text_run(moved))
                end = OxmlElement(f"w:{kind}RangeEnd")
                end.set(qn("w:id"), start.get(qn("w:id")))
                p._p.extend([start, body, end])
            else:
                for i in range(0, len(part), 23):
                    run = p.add_run(part[i : i + 23])
                    if bold:
                        run.bold = True
                    if size is not None:
                        run.font.size = size
                    for runs in open_comments.values():
                        runs.append(run)

    def mark_paragraph(self, p: Paragraph, tag: str) -> None:
        """Mark the paragraph mark itself as inserted or deleted (a whole paragraph changed)."""
        ppr = p._p.get_or_add_pPr()
        rpr = OxmlElement("w:rPr")
        rpr.append(self.change(tag))
        ppr.append(rpr)

    def whole_paragraph(self, text: str, tag: str) -> None:
        p = self.doc.add_paragraph()
        p.paragraph_format.first_line_indent = Pt(28)
        self.mark_paragraph(p, tag)
        wrap = self.change(tag)
        wrap.append(self.text_run(text, "w:delText" if tag == "w:del" else "w:t"))
        p._p.append(wrap)


def set_east_asian(style: Any, font: str) -> None:
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:eastAsia", "w:ascii", "w:hAnsi"):
        fonts.set(qn(attr), font)


def add_table(
    b: Builder,
    rows: list[list[str | None]],
    vmerge: tuple[int, int, int],
    hmerges: list[tuple[int, int, int]],
) -> Table:
    table = b.doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    col, top, bottom = vmerge
    table.cell(top, col).merge(table.cell(bottom, col))
    for row, first, last in hmerges:
        table.cell(row, first).merge(table.cell(row, last))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            if value is None:
                continue
            cell = table.cell(r, c)
            b.fill(cell.paragraphs[0], value, size=Pt(10.5), bold=r == 0)
    return table


def add_page_field(p: Paragraph) -> None:
    p.add_run("第 ")
    for kind, text in (
        ("begin", None),
        ("instr", " PAGE "),
        ("separate", None),
        ("text", "1"),
        ("end", None),
    ):
        r = OxmlElement("w:r")
        if kind == "instr":
            el = OxmlElement("w:instrText")
            el.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            el.text = text
        elif kind == "text":
            el = OxmlElement("w:t")
            el.text = text
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        r.append(el)
        p._p.append(r)
    p.add_run(" 页")


def build() -> bytes:
    b = Builder()
    doc = b.doc
    normal = doc.styles["Normal"]
    normal.font.size = Pt(14)
    set_east_asian(normal, "仿宋")
    for name in ("Title", "Heading 1"):
        style = doc.styles[name]
        set_east_asian(style, "黑体")
        style.font.color.rgb = None
    doc.styles["Heading 1"].font.size = Pt(16)
    doc.styles["Title"].font.size = Pt(22)

    section = doc.sections[0]
    head = section.header.paragraphs[0]
    head.text = f"{COMPANY}　　煤气及冶金作业安全管理规定（送审稿）"
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot = section.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot.add_run(f"{COMPANY}安全环保部　　")
    add_page_field(foot)

    for kind, text in COVER:
        if kind == "title":
            p = doc.add_paragraph(style="Title")
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            b.fill(p, text)
        else:
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            b.fill(p, text)

    article = 0
    for kind, text in BODY:
        if kind == "h1":
            p = doc.add_heading(level=1)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            b.fill(p, text)
        elif kind == "art":
            article += 1
            p = doc.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(28)
            b.fill(p, f"第{cn_number(article)}条　", bold=True)
            b.fill(p, text)
        elif kind == "item":
            p = doc.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(28)
            b.fill(p, text)
        elif kind == "delitem":
            b.whole_paragraph(text, "w:del")
        elif kind == "insitem":
            b.whole_paragraph(text, "w:ins")
        elif kind == "caption":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            b.fill(p, text, size=Pt(12), bold=True)
        elif kind == "table1":
            add_table(b, TABLE1, T1_VMERGE, T1_HMERGE)
        elif kind == "table2":
            add_table(b, TABLE2, T2_VMERGE, [])
        else:
            raise ValueError(kind)
    assert article == ARTICLES, article

    props = doc.core_properties
    props.title = TITLE
    props.author = EDITOR
    props.last_modified_by = REVIEWER
    props.created = FIXED
    props.modified = FIXED
    props.revision = 7
    props.comments = ""

    raw = io.BytesIO()
    doc.save(raw)
    # Rewrite the zip with fixed timestamps so the file is the same on every run.
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2025, 9, 22, 15, 10, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


# ---- independent read-back of the saved XML ----------------------------------------------------


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def paragraph_text(p: etree._Element, accepted: bool) -> str:
    """Text of a w:p: accepted view drops w:del and w:moveFrom content; deleted view keeps only it."""
    out = []
    for node in p.iter(w("t"), w("delText")):
        ancestors = {a.tag for a in node.iterancestors()}
        removed = w("del") in ancestors or w("moveFrom") in ancestors
        if accepted and not removed and node.tag == w("t"):
            out.append(node.text or "")
        if not accepted and removed:
            out.append(node.text or "")
    return "".join(out)


def read_units(data: bytes) -> tuple[dict[str, str], str, str]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    body = root.find(w("body"))
    assert body is not None
    units: dict[str, str] = {"cover": ""}
    current = "cover"
    accepted_all: list[str] = []
    deleted_all: list[str] = []
    tables = 0
    for block in body:
        if block.tag == w("p"):
            text = paragraph_text(block, accepted=True)
            deleted_all.append(paragraph_text(block, accepted=False))
            accepted_all.append(text)
            style = block.find(f"{w('pPr')}/{w('pStyle')}")
            if style is not None and style.get(w("val")) == "Heading1":
                current = text
                units[current] = text
                continue
            m = re.match(r"第[一二三四五六七八九十]+条", text)
            if m:
                current = m.group(0)
                units[current] = text
            elif text:
                units[current] = units.get(current, "") + "\n" + text
        elif block.tag == w("tbl"):
            tables += 1
            for r, tr in enumerate(block.iter(w("tr"))):
                for c, tc in enumerate(tr.iter(w("tc"))):
                    cell = "".join(paragraph_text(p, True) for p in tc.iter(w("p")))
                    dele = "".join(paragraph_text(p, False) for p in tc.iter(w("p")))
                    units[f"T{tables}:r{r}:c{c}"] = cell
                    accepted_all.append(cell)
                    deleted_all.append(dele)
    return units, "\n".join(accepted_all), "\n".join(deleted_all)


def check(data: bytes) -> None:
    units, accepted, deleted = read_units(data)
    assert len([k for k in units if k.endswith("条")]) == ARTICLES
    assert "钢城安〔2025〕15号" in units["cover"]
    for figure in DELETED_ONLY:
        assert figure in deleted and figure not in accepted, figure
    if not QUESTIONS.exists():
        print("no question file yet")
        return
    questions = yaml.safe_load(QUESTIONS.read_text(encoding="utf-8"))["questions"]
    problems = []
    for q in questions:
        if q["kind"] == "negative":
            assert q["must"] == [], q["id"]
            continue
        unit = units[TARGETS[q["id"]]]
        for s in q["must"]:
            if s not in unit:
                problems.append(f"{q['id']}: {s!r} not in {TARGETS[q['id']]}: {unit[:60]}")
    assert set(TARGETS) == {q["id"] for q in questions if q["kind"] != "negative"}
    assert not problems, "\n".join(problems)
    print(f"{len(questions)} questions checked against {len(units)} units")


def main() -> None:
    data = build()
    OUT.write_bytes(data)
    check(data)
    print(f"wrote {OUT.name} ({len(data)} bytes)")


if __name__ == "__main__":
    main()
