"""Generate tests/data/rulebook_zhuzao.pdf, the document of the sealed blind set qa_holdout_zhuzao.yaml.

An invented iron foundry's compilation of safety operating procedures (《鼎铸机械铸造分厂安全操作规程汇编》,
QJ/ZZ-AQ-2025: medium-frequency induction furnaces, ladle pouring, overhead cranes, furan resin sand,
sand reclamation and silica dust, shake-out / shot blasting / grinding, heat-treatment furnaces, molten
metal meeting water) made to look like a scanned and OCR'd binder copy: an off-white page tint, a binding
shadow and two punch holes on the left, toner speckles, every page slightly skewed and shifted, a red
round seal over the signature of the release order (its ring text lands in the text layer one rotated
glyph at a time), a red "受控" box on the cover and a hand-written note on the contents page.

Layout: cover (文件编号, 版次, 编制/审核/批准, release and effective dates), a 发布令 with its 文号, a 目录 with
dotted leaders and page numbers, then ten procedures, each on a new page with its own title
"XX安全操作规程", a code line and numbered 1 / 1.1 / 1.1.1 clauses; Annex A is a ruled table of 个人防护用品
配备标准 that runs over two pages with its header row repeated under "表A.1（续）", Annex B a table of
emergency phone numbers. A running header (company and document code) and a footer "第 N 页" are on every
page but the cover. Body text is justified and hard-wrapped at the page width (one text-layer line per
printed line, Chinese line-breaking rules applied), so clauses and figures are cut across lines and pages.
Deterministic: no randomness, fixed dates. Needs fpdf2 and the WenQuanYi Micro Hei font.

    .venv/bin/python tests/data/make_rulebook_zhuzao.py
"""

from __future__ import annotations

import math
import re
import sys
from datetime import UTC, datetime
from pathlib import Path

import yaml
from fpdf import FPDF

OUT = Path(__file__).with_name("rulebook_zhuzao.pdf")
QA = Path(__file__).with_name("qa_holdout_zhuzao.yaml")
FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")

ISSUER = "鼎铸机械有限公司铸造分厂"
TITLE = "鼎铸机械铸造分厂安全操作规程汇编"
DOC_CODE = "QJ/ZZ-AQ-2025"
EDITION = "B/0"
DECREE_NO = "鼎铸分厂〔2025〕11号"
RELEASED = "2025年2月20日"
EFFECTIVE = "2025年3月1日"

# page geometry (mm)
PAGE_W, PAGE_H = 210.0, 297.0
LEFT, RIGHT = 25.0, 20.0
TEXT_W = PAGE_W - LEFT - RIGHT
TOP, BOTTOM = 27.0, 272.0
BODY_PT, LINE_H = 10.5, 6.0
INK = (38, 38, 36)
RED = (206, 38, 40)
K = 72 / 25.4

COVER = [
    ("ctl", "受控状态：受控　　分发号：ZZ-027"),
    ("company", ISSUER),
    ("big", "鼎铸机械铸造分厂"),
    ("big", "安全操作规程汇编"),
    ("field", f"文件编号：{DOC_CODE}"),
    ("field", f"版　　次：{EDITION}"),
    ("field", "编　　制：安全环保科　蒋立文"),
    ("field", "审　　核：生产技术科　韩庆松"),
    ("field", "批　　准：分厂厂长　贺振东"),
    ("dates", f"{RELEASED}发布　　　　{EFFECTIVE}实施"),
    ("issuer", f"{ISSUER}　发布"),
]

DECREE = [
    ("title", "发　布　令"),
    ("docno", DECREE_NO),
    ("title2", f"关于发布《{TITLE}》的通知"),
    ("left", "分厂各工段、各科室："),
    (
        "p",
        "为进一步规范熔炼、浇注、造型制芯、砂处理、落砂清理和热处理等岗位的作业行为，防范熔融金属喷溅"
        "爆炸、起重伤害、机械伤害以及粉尘和有毒气体危害等事故，分厂安全环保科会同生产技术科、设备科，"
        f"对2019年版《铸造车间安全操作规程》进行了全面修订，形成《{TITLE}》（{DOC_CODE}）。",
    ),
    (
        "p",
        "本汇编共收录安全操作规程十项、附录两个，已经2025年2月14日分厂安全生产委员会会议审议通过，现予"
        f"发布，自{EFFECTIVE}起施行，2019年版规程同时废止。",
    ),
    (
        "p",
        "各工段应于2025年3月15日前组织本岗位人员完成学习和闭卷考试，考试成绩报安全环保科备案。规程执行"
        "中发现的问题和改进建议，请及时向安全环保科反馈，由安全环保科汇总后在下一次修订时统一处理。",
    ),
    ("sign", ISSUER),
    ("sign", "厂长：贺振东"),
    ("sign", RELEASED),
]

# Procedures: (number, title, body). Body lines: "# " level-1 heading, "## " clause (1.1),
# "### " sub-clause (1.1.1), "注：" note, "> " unnumbered paragraph.
PROCS: list[tuple[str, str, str]] = [
    (
        "01",
        "通用安全操作规程",
        """
# 适用范围
## 本规程适用于铸造分厂熔炼、浇注、造型制芯、砂处理、落砂清理、热处理各工段的在岗职工、劳务派遣人员和实习人员，以及经批准进入生产区域的外来施工、参观、送货人员。
## 各工段、班组除执行本规程外，还应执行本汇编中相应岗位的安全操作规程；两者规定不一致时，按要求较严的一项执行。
# 上岗条件
## 新入厂人员须经分厂、工段、班组三级安全教育，累计不少于72学时，经考试合格后方可进入岗位；上岗后在师傅带领下跟班作业不少于三个月，经工段考核合格方可独立操作。
## 天车司机、司索工、电工、焊工、叉车司机等特种作业和特种设备作业人员，必须持有效证件上岗；证件过期未复审的，由工段长安排停岗，不得以“临时顶班”为由上岗。
## 调换工种或离岗六个月以上重新上岗的人员，须重新接受工段和班组级安全教育，考试合格后上岗。
## 患有高血压、心脏病、癫痫等职业禁忌证的人员，不得安排从事熔炼、浇注及高处作业岗位。
# 劳动防护
## 进入生产区域必须正确穿戴分厂配发的劳动防护用品，配备品种和周期见附录A。
## 熔炼、浇注岗位人员严禁穿着化纤类衣物、短裤、凉鞋和拖鞋；上衣须扎紧袖口，裤脚应罩住鞋面，长发须盘入安全帽内。
## 防护用品破损或失效的，凭旧件到分厂仓库以旧换新，任何班组不得以发放现金代替防护用品。
# 现场纪律
## 严禁班前和当班饮酒。班长在班前会上对当班人员进行酒精抽测，每班抽测人数不少于当班人数的30%，抽测结果记入班前会记录。
## 生产区域严禁吸烟。吸烟须到分厂2号门东侧吸烟亭，烟头熄灭后放入烟灰桶。
## 车间主通道宽度不小于3米，两侧以黄色标线划定，严禁在通道内堆放砂箱、铸件、废料和工装。
## 严禁在吊运物下方停留或穿行；严禁在熔炼平台、浇注区和落砂机旁休息、睡觉或取暖。
## 熔炼平台和浇注区当班人员作业时不得使用手机，接打电话须退到安全通道以外。
## 未经允许不得动用他人操作的设备；设备运转中严禁跨越、擦拭、加油和调整。
# 交接班
## 交接班在岗位上当面进行，交接内容包括设备运行状况、炉衬和浇包状况、安全装置、存在的隐患及未完成事项，双方在《交接班记录》上签字。
## 接班人员未到岗时，交班人员不得离岗，并报告班长安排顶岗。
# 外来人员
## 外来施工、参观、送货人员进入生产区域，由接待部门人员全程陪同，入厂前进行安全告知，并借用安全帽和防护眼镜。
## 参观人员不得进入熔炼平台和浇注区警戒线以内，不得触摸设备和刚出炉的铸件。
# 动火与检修
## 在生产区域进行电焊、气割、碳弧气刨等动火作业，须办理动火作业票；动火点周围10米范围内的可燃物须清除或用阻燃布遮盖，配备灭火器并设专人监火。
## 树脂砂造型区、树脂库和固化剂库周边的动火作业，一律按一级动火管理，由分厂分管安全的副厂长审批，安全环保科派人到场确认。
## 设备检修前必须切断电源，在开关或断路器处挂“有人作业　禁止合闸”警示牌并加锁，锁具钥匙由检修负责人本人保管；检修结束清点人员和工具后方可摘牌送电。
## 坠落高度基准面2米及以上的高处作业必须系挂安全带，安全带应高挂低用。
# 违章考核与奖励
## 违反本汇编规定的，按下列标准考核：
### 未按规定穿戴劳动防护用品的，每人次考核50元；所在班组班长负管理责任，每人次考核20元。
### 在吊运物下方停留、穿行的，每人次考核200元，并停岗参加安全再培训，再培训不少于8学时。
### 酒后上岗的，第一次考核500元并停岗一周；第二次解除劳动合同。
### 擅自拆除、短接设备安全联锁或防护罩的，每次考核300元；造成后果的，按公司《安全生产奖惩办法》追究责任。
## 发现重大事故隐患并及时报告，避免了事故发生的，经安全环保科核实，给予200元至1000元奖励。
""",
    ),
    (
        "02",
        "中频感应电炉熔炼安全操作规程",
        """
# 适用范围
## 本规程适用于熔炼工段1#、2#中频感应电炉（额定容量分别为3吨和2吨）及其中频电源、冷却水系统、液压倾炉装置的操作。
# 开炉前检查
## 每次开炉前，炉长应组织逐项检查下列内容，检查结果记入《电炉运行记录》：
### 炉衬：炉衬侵蚀超过原厚度的三分之一，或出现宽度大于2mm的纵向裂纹时，不得开炉，报熔炼工段长安排修补或重新打结炉衬。
### 冷却水系统：进水压力应保持在0.15～0.30MPa，进水温度不高于35℃；各支路回水畅通，胶管无老化、渗漏。
### 漏炉报警装置：班前按下自检按钮试验报警功能，报警失灵的不得送电。
### 炉前坑、炉台下方和事故坑：必须干燥无积水，事故坑内不得存放炉料、工具等任何杂物。
### 炉料：严禁混入密闭容器、带封口的管件、爆炸物和易燃物；带水、带冰、带油的炉料须先在炉口烘烤干燥。
# 加料与熔化
## 送电熔化由当班炉长统一指挥，炉前作业不少于两人。
## 装料时先装小块料、后装大块料，大块料沿坩埚壁轻放，严禁从高于炉口0.5米的位置抛投炉料。
## 炉料不得高出炉口；发生搭棚时，应先降低功率，再用干燥的钢钎处理，严禁在满功率状态下撬料。
## 补加的炉料、合金和增碳剂必须干燥，分批少量加入，每批加入后观察铁液反应正常再加下一批。
## 扒渣、撇渣所用工具须预热干燥；熔化过程中人员不得正对炉口站立，观察炉况须佩戴带滤光镜片的面罩。
# 测温与取样
## 测温使用快速热电偶，取样勺用前须烘干。
## 出铁温度按熔炼工艺卡执行：灰铸铁控制在1480～1520℃，球墨铸铁控制在1500～1540℃。
## 严禁超温熔炼。铁液温度超过1600℃时，炉长应立即降低功率，查明原因并报告工段长。
# 倾炉出铁
## 出铁前确认浇包已烘烤合格、就位平稳，天车吊钩挂牢，包下地面干燥。
## 倾炉由炉长或指定的专人操作，手柄操作应缓慢平稳；出铁过程中操作人员不得离开操作台。
## 出铁完毕后将炉体回复至水平位置，关闭液压泵。
# 冷却水中断与漏炉处置
## 冷却水压力低于下限或发出断水报警时，立即切断中频电源，同时开启高位应急水箱阀门；应急水箱储水量应保证连续供水不少于30分钟。
## 冷却水出水温度超过55℃时，应降低功率运行并查明原因。
## 漏炉报警响起时，立即停电检查。确认漏炉的，立即倾炉将铁液倒入事故坑或备用浇包，严禁向炉体或漏出的铁液浇水。
# 电气安全
## 中频电源柜、电容柜由持证电工操作和维护，送电状态下严禁打开柜门。
## 检修中频电源须停电、验电，并对电容器充分放电，放电后等待不少于5分钟方可接触。
# 停炉
## 停炉后冷却水须继续循环不少于8小时，方可关闭冷却水泵。
## 停用七天以上的电炉重新开炉前，须按烘炉曲线进行烘炉，并由工段长确认炉衬状况。
""",
    ),
    (
        "03",
        "浇注作业安全操作规程",
        """
# 适用范围
## 本规程适用于浇注工段使用手抬包和0.5吨、1吨、3吨吊包进行的浇注作业。
# 浇包检查与烘烤
## 浇包使用前检查包壳、吊耳、横梁、转动机构和自锁装置。包壳有裂纹、吊耳磨损超过原尺寸10%或自锁装置失灵的，禁止使用。
## 新砌或修补后的浇包必须烘烤，烘烤时间不少于4小时，包衬烘至暗红色方可盛装铁液。
## 浇包倾转机构每周由维修钳工检查、润滑一次，检查情况记入设备点检卡。
# 盛装与运送
## 吊包盛装铁液量不得超过浇包容积的80%。
## 手抬包铁液装入量不超过包容积的四分之三，两人抬运时包与铁液总重不得超过80kg；抬运时步调一致，由前面一人喊口令，严禁奔跑。
## 运送铁液的路线应事先确认，浇注通道宽度不小于1.5米，地面平整干燥，无积水、油污和杂物。
# 浇注操作
## 浇注前检查砂型紧固或压铁情况，防止抬箱跑火；浇口杯周围不得有散砂和积水。
## 浇注时，与浇注无关的人员应离开浇注点5米以外；浇注人员站在浇包侧面，不得正对包嘴。
## 铁液表面的熔渣用干燥的挡渣棒扒除，扒渣工具使用前须预热。
## 浇注过程中应及时用引火棒点燃冒口和出气孔逸出的气体，防止气体积聚爆燃。
## 发生跑火时，用干砂或泥团堵塞，人员不得在跑火处正面操作。
## 浇注剩余铁液严禁随地倾倒，必须倒入干燥的锭模或砂坑内。
## 天车吊包浇注时，由浇注组长一人负责指挥天车，指挥信号应清楚、统一。
# 浇注后
## 浇注后的砂型按工艺卡规定的时间冷却，未到冷却时间不得开箱。
## 浇包用后清除包内残渣，放置在干燥的浇包架上，不得放在潮湿地面或露天处。
""",
    ),
    (
        "04",
        "桥式起重机（天车）安全操作规程",
        """
# 适用范围
## 本规程适用于分厂熔炼跨20/5t冶金桥式起重机、浇注跨10t桥式起重机、清理跨5t桥式起重机及各工位电动葫芦。
# 司机条件
## 天车司机须持有效的特种设备作业人员证，熟悉所操作天车的性能和安全装置。
## 吊运熔融金属的冶金桥式起重机，须由具有两年以上天车驾驶经历、经分厂考核合格的司机操作。
# 检查
## 班前点检。司机每班开车前检查制动器、吊钩及防脱钩装置、钢丝绳、起升和运行限位器、紧急断电开关、警铃，填写《天车日常点检表》，发现异常不得开车。
## 吊运熔融金属的起重机，起升机构必须设两套制动器，每套均能单独制动；每班开车前进行一次空载制动试验。
## 每周由设备科维修班进行一次周检，每月由设备科组织一次全面检查，检查记录保存三年。
## 起重机按特种设备安全技术规范的要求定期检验，检验合格标志张贴在司机室内；未经检验或检验不合格的，不得使用。
# 报废与更换
## 钢丝绳在一个捻距内断丝数达到总丝数的10%，或直径减小达到公称直径的7%，或出现断股、扭结、压扁的，应立即更换。
## 吊钩出现裂纹，危险断面磨损达原尺寸的10%，或开口度比原尺寸增加15%的，应予报废。
## 制动器摩擦片磨损达原厚度的50%时应更换。
# 操作要求
## 开车前和吊物接近人员时必须鸣铃示警。
## 严格执行“十不吊”：
### 超载或重量不明不吊；指挥信号不明不吊；捆绑、吊挂不牢不吊；吊物上站人或有浮置物不吊；歪拉斜吊不吊。
### 安全装置失灵不吊；光线昏暗看不清不吊；埋在地下的物件不吊；棱角物件无防护措施不吊；铁水包装得过满不吊。
## 吊运熔融金属时，先将浇包提升离地200mm左右停车，确认制动可靠后方可继续起升；运行中平稳操作，不得急停急开。
## 吊运熔融金属时不得从人员头顶和设备上方通过，吊包运行路线下方严禁站人。
## 司机只听从指定指挥人员的信号；但任何人发出的紧急停车信号，都应立即执行。
## 工作中突然停电时，司机应将各控制器手柄回零位，切断总电源；吊有熔融金属时，立即通知地面人员撤离包下并设置警戒。
## 停车后吊钩升至接近上限位置，不得在吊钩上悬挂重物或浇包过夜。
## 同一跨内两台天车同时作业时，应保持安全距离，严禁相互碰撞或用一台天车推动另一台；两台天车抬吊同一重物须制定专项方案，经分厂技术负责人批准并在现场监督。
## 司机室内不得存放易燃物品，冬季严禁使用电炉取暖。
# 检修
## 检修天车时，断开滑触线电源开关并挂牌上锁；在桥架走台上作业必须系挂安全带，地面设置警戒区。
""",
    ),
    (
        "05",
        "树脂砂造型制芯安全操作规程",
        """
# 适用范围
## 本规程适用于呋喃树脂自硬砂造型线、制芯工位、连续式混砂机以及树脂库、固化剂库的作业。
# 树脂与固化剂管理
## 呋喃树脂（含糠醇）与固化剂（磺酸类酸性溶液）分库存放，分设加注泵和管路，严禁将两者直接混合或用同一容器盛装；两者直接混合会剧烈放热，可能引起冒烟着火。
## 树脂库温度保持在5～30℃，远离热源；库内存放量不得超过一周的生产用量。
## 固化剂具有强腐蚀性。搬运、加注时须戴耐酸手套、防护面屏，穿耐酸围裙；溅到皮肤或眼睛时，立即用大量清水冲洗不少于15分钟，并送医务室处理。
## 固化剂加注点10米范围内设置洗眼器和紧急喷淋装置，每周放水试验一次，冬季采取防冻措施。
# 混砂机操作
## 开机前检查搅笼、树脂泵、固化剂泵、管路接头和计量装置，确认无泄漏。
## 混砂机运转中严禁将手或工具伸入搅拌槽；清理搅拌槽和搅笼内的结块砂必须停机、断电、挂牌上锁，并由两人配合作业。
## 每班停机前应空转排净槽内残砂，防止树脂砂在搅笼内硬化结块。
# 通风与防毒
## 混砂、造型、制芯作业期间局部排风装置必须开启，排风罩口风速不低于0.5m/s。
## 树脂砂作业人员应佩戴配有机蒸气滤盒的防毒口罩，滤盒按附录A规定的周期更换。
## 浇注后冷却段和落砂区产生的热解烟气应经集气罩收集排出，严禁关闭排风机作业。
# 防火
## 树脂砂区域严禁明火和吸烟。
## 醇基涂料点燃干燥须在指定点火区进行，点火后须有人看守直至火焰熄灭，严禁在未熄灭的砂型上补刷涂料。
## 醇基涂料桶用后立即加盖，现场存放量不超过一个班的用量。
## 废弃的树脂、固化剂包装桶由安全环保科统一回收，按危险废物管理，严禁随意丢弃或改作他用。
## 造型区每个工位配置2具4kg ABC干粉灭火器，由班长每月检查一次并记录。
""",
    ),
    (
        "06",
        "砂处理及除尘系统安全操作规程",
        """
# 适用范围
## 本规程适用于旧砂再生线（振动破碎机、磁选机、再生机、砂温调节器）、斗式提升机、带式输送机、砂库和脉冲袋式除尘器的操作。
# 开机与停机
## 开机按逆物流方向进行：先启动除尘器，再启动输送设备，最后启动给料设备。停机顺序相反，停机前各设备空转不少于5分钟，排净存砂。
## 开机前必须鸣铃，确认设备周围无人后方可启动。
# 输送设备
## 带式输送机运行时严禁跨越、钻越和乘坐；需要通过时须走人行过桥。
## 严禁在设备运转中清理滚筒、托辊粘砂或调整皮带；清理须停机、断电、挂牌上锁。
## 沿线急停拉绳开关每周试验一次，失效的须立即修复。
## 斗式提升机发生堵料时，须停机断电后从检修门清理，严禁反转电机处理堵料。
# 砂库与砂斗
## 进入砂库、砂斗清理棚料和结块，属有限空间作业，须办理有限空间作业审批，坚持“先通风、再检测、后作业”。氧含量应在19.5%～23.5%之间，外部设专人监护，作业人员系安全带并拴救生绳。
## 严禁站在砂堆上方向下掏砂，严禁从砂库下部掏挖，防止砂层塌落掩埋人员。
# 粉尘防护
## 砂处理区作业人员必须佩戴KN95及以上级别的防尘口罩。
## 脉冲袋式除尘器每班检查进出口压差，压差超过1500Pa时应检查清灰系统，必要时更换滤袋。
## 除尘器卸灰使用密闭吨袋，每班卸灰不少于一次，严禁敞开卸灰。
## 地面和设备积尘采用湿式清扫或真空吸尘，严禁用压缩空气吹扫。
## 接触矽尘人员按规定进行上岗前、在岗期间和离岗时职业健康检查，在岗期间每年检查一次，检查结果书面告知本人。
""",
    ),
    (
        "07",
        "落砂清理及打磨安全操作规程",
        """
# 适用范围
## 本规程适用于振动落砂机、吊钩式和履带式抛丸清理机、砂轮机、手持式角磨机以及气割切除浇冒口的作业。
# 落砂
## 落砂前确认铸件已达到工艺卡规定的冷却时间；吊运砂箱须使用专用吊具，砂箱放稳后方可摘钩。
## 落砂机运行时，人员应站在落砂机两侧1米以外，严禁站在栅格上用撬棍撬动砂箱。
## 落砂作业必须开启除尘排风，作业人员佩戴防尘口罩和耳罩。
# 抛丸清理
## 抛丸机开机前关闭室门，检查门联锁装置完好；室门未关严时抛丸器不得启动，抛丸过程中严禁打开检修门。
## 吊钩式抛丸机单钩挂件重量不得超过1吨，挂件应平衡牢固。
## 进入抛丸室检修、更换护板，须停机断电挂牌，并待室内粉尘排净后进入。
# 砂轮机与角磨机
## 砂轮机托架与砂轮之间的间隙不大于3mm，防护罩完好；操作者站在砂轮侧面，严禁用砂轮侧面磨削，严禁两人同时使用一台砂轮机。
## 更换砂轮前检查砂轮无裂纹、未受潮，新装砂轮试运转不少于3分钟，确认无异常振动后方可使用。
## 手持角磨机必须装有防护罩，严禁拆除；更换砂轮片必须拔下电源插头。
## 手持电动工具由维修电工每季度检测一次绝缘电阻，不合格的贴红色标签停止使用。
## 打磨作业须佩戴防护面屏或防护眼镜、防尘口罩和耳塞，打磨方向不得朝向他人。
# 气割切除浇冒口
## 氧气瓶与乙炔瓶间距不小于5米，距明火不小于10米；乙炔瓶必须直立使用，并安装回火防止器。
## 切割作业前清除周围可燃物，切下的浇冒口放置在指定区域冷却，不得堆放在通道上。
## 碳弧气刨作业应在气刨间内进行，作业时开启排烟装置。
""",
    ),
    (
        "08",
        "热处理炉安全操作规程",
        """
# 适用范围
## 本规程适用于1#、2#台车式电阻炉，3#天然气台车式退火炉，以及淬火水槽、淬火油槽的作业。
# 装炉
## 装炉前检查台车轨道、电热元件、炉门密封和热电偶；铸件在台车上码放平稳，与电热元件的距离不小于100mm。
## 装炉量不得超过台车额定载荷：1#炉15吨，2#炉8吨，3#炉20吨。
## 台车进出炉时，轨道两侧及台车前方严禁站人。
# 电阻炉操作
## 炉门开启与加热电源联锁，装出炉前必须确认加热电源已断开。
## 炉温仪表和热电偶每半年校验一次，超期未校验的不得使用。
# 燃气退火炉操作
## 点火前必须开启风机吹扫炉膛，吹扫时间不少于5分钟，确认燃气报警器无报警后方可点火。
## 点火时先点火后开气，人员站在点火孔侧面。点火失败时立即关闭燃气阀门，重新吹扫后方可再次点火，严禁连续点火。
## 可燃气体报警器一级报警值设定为爆炸下限的20%，报警时立即关闭燃气总阀并开窗通风。
## 燃气管道和阀门查漏使用肥皂水或检漏仪，严禁用明火查漏。
# 淬火
## 淬火油槽油温不得超过80℃，油槽配备槽盖和灭火器；工件入油须迅速全部浸没，防止油面着火。
## 淬火水槽周边地面应防滑，工件吊入吊出时人员与水槽保持1米以上距离。
# 出炉
## 高温工件出炉后放置在指定冷却区，设置“高温危险　请勿靠近”警示牌，未冷却的工件不得堆放在通道内。
# 记录
## 热处理工应如实填写《热处理工艺记录》，记录装炉时间、升温速度、保温时间和出炉温度；自动记录仪的温度曲线与工艺记录一并交生产技术科存档。
""",
    ),
    (
        "09",
        "电气及临时用电安全操作规程",
        """
# 适用范围
## 本规程适用于分厂10kV配电室、车间动力配电柜、照明及临时用电线路的操作和检修，以及各岗位人员使用电气设备的安全要求。
# 基本要求
## 电气作业必须由持有效特种作业操作证的电工进行，其他人员不得擅自拆装、接线或更换熔断器。
## 配电室实行钥匙管理，非值班电工进入须经设备科同意并登记；配电室门口设置高度不低于500mm的挡鼠板。
## 配电室内配备绝缘垫、绝缘手套、绝缘靴、验电器、接地线和适用于电气火灾的灭火器，严禁存放杂物。
# 倒闸操作
## 高压倒闸操作必须填写操作票，由两人进行，一人操作、一人监护。
## 停电操作按照断路器、负荷侧隔离开关、电源侧隔离开关的顺序进行，送电顺序相反，严禁带负荷拉合隔离开关。
## 操作时须戴绝缘手套、穿绝缘靴；雷雨天气禁止进行室外倒闸操作。
# 停电检修
## 停电检修必须执行停电、验电、装设接地线、悬挂标示牌和装设遮栏的安全技术措施。
## 检修由工作负责人统一指挥；工作结束后，由工作负责人确认人员全部撤离、接地线全部拆除后方可恢复送电。严禁约时停送电。
# 临时用电
## 临时用电须办理临时用电审批，使用期限一般不超过15天，确需延长的重新办理审批。
## 临时线路须采用橡套软电缆，架空高度室内不低于2.5米、室外不低于4.5米，严禁拖地或缠绕在金属构件上。
## 临时用电设备必须安装漏电保护器，额定动作电流不大于30mA，动作时间不大于0.1s。
## 行灯电压不得超过36V；在金属容器、砂斗等狭窄潮湿场所内使用的，电压不得超过12V。
# 日常检查
## 车间配电柜每班由当班电工巡视一次，柜门保持关闭，柜前不得堆放物品。
## 漏电保护器每月按试验按钮检查一次，动作不可靠的立即更换。
## 电气设备金属外壳必须可靠接地，接地电阻每年雨季前检测一次，阻值不大于4Ω。
""",
    ),
    (
        "10",
        "熔融金属作业防爆安全操作规程",
        """
# 适用范围
## 本规程适用于熔炼、浇注、热处理等存在熔融金属或高温铸件的场所，规定防止熔融金属遇水爆炸、喷溅的措施和应急处置要求。
# 基本要求
## 熔融金属接触的炉料、工具、浇包、锭模、砂坑及地面必须干燥，严禁积水。
## 熔炼和浇注区域不得设置排水沟和积水坑；屋面漏雨须及时修复，雨天由班长检查屋面和天窗有无漏水。
## 冷却水管、消防水管不得从熔炼炉和浇包运行路线正上方穿过。
## 每台电炉设置事故坑，事故坑容积不小于该炉额定容量铁液体积的1.2倍，坑内保持干燥，雨季每天检查一次。
## 熔融金属作业区域禁止存放易燃易爆物品和压力容器。
# 应急处置
## 发生漏炉、铁液泄漏或大面积喷溅时，现场人员立即发出警报并撤离至安全区域，严禁用水扑救铁液。
## 现场班长第一时间向分厂生产调度室报告，调度室通知安全环保科和设备科，联系电话见附录B。
## 对烫伤人员，立即用清洁冷水冲洗伤处降温，不得涂抹牙膏、酱油等，并送医务室或医院救治。
## 铁液冷却凝固前，任何人不得进入泄漏区域清理。
## 分厂每年组织熔融金属泄漏及爆炸应急演练不少于两次，演练记录和评估报告由安全环保科存档。
""",
    ),
]

PPE_HEAD = ["序号", "岗位（工种）", "防护用品名称", "技术要求", "配备周期", "备注"]
PPE_W = [11.0, 24.0, 30.0, 43.0, 30.0, 27.0]
PPE_ROWS = [
    ["1", "熔炼工", "阻燃防护服", "符合GB 8965.1，A级阻燃", "12个月2套", "炉前作业必须穿着"],
    ["2", "熔炼工", "铝箔隔热服（带头罩）", "耐熔融金属飞溅", "24个月1套", "出铁、扒渣、补炉时穿"],
    ["3", "熔炼工", "防护面罩", "带滤光镜片，遮光号3～5号", "以旧换新", "观察炉况时佩戴"],
    ["4", "熔炼工", "高温防护鞋", "耐熔融金属飞溅、防砸", "12个月1双", ""],
    ["5", "熔炼工", "隔热手套", "耐温不低于300℃", "1个月2副", "浸湿后禁止接触铁液"],
    ["6", "浇注工", "阻燃防护服", "同熔炼工", "12个月2套", ""],
    ["7", "浇注工", "阻燃鞋罩", "阻燃帆布，覆盖鞋面和脚踝", "6个月2副", "防止铁液灌入鞋内"],
    ["8", "浇注工", "隔热手套", "耐温不低于300℃", "1个月2副", ""],
    ["9", "浇注工", "安全帽（带面屏）", "面屏耐冲击、防飞溅", "30个月1顶", "面屏损坏随时更换"],
    [
        "10",
        "造型制芯工",
        "防毒口罩",
        "自吸过滤式半面罩，配有机蒸气滤盒",
        "面罩12个月1个；滤盒每周更换",
        "滤盒受潮或闻到异味立即更换",
    ],
    ["11", "造型制芯工", "耐酸手套", "丁腈材质，长袖口", "1个月3副", "加注固化剂时必须佩戴"],
    ["12", "造型制芯工", "耐酸围裙", "防酸碱", "12个月1条", ""],
    ["13", "造型制芯工", "防护面屏", "防化学液体飞溅", "以旧换新", "加注固化剂时佩戴"],
    ["14", "砂处理工", "防尘口罩", "KN95及以上，随弃式", "每班1只", "污染、破损立即更换"],
    ["15", "砂处理工", "防尘工作服", "透气、不易积尘", "12个月2套", ""],
    ["16", "砂处理工", "耳塞", "降噪值SNR不低于25dB", "每周1副", ""],
    ["17", "落砂工", "防尘口罩", "KN100，可更换滤棉", "滤棉每班更换", "落砂机旁作业"],
    ["18", "落砂工", "耳罩", "降噪值SNR不低于30dB", "12个月1副", "可与耳塞同时使用"],
    ["19", "清理打磨工", "防护面屏", "抗冲击，透明聚碳酸酯", "6个月1个", ""],
    ["20", "清理打磨工", "防尘口罩", "KN95及以上", "每班1只", ""],
    ["21", "清理打磨工", "耳塞", "降噪值SNR不低于25dB", "每周1副", ""],
    ["22", "清理打磨工", "防切割手套", "防切割等级不低于3级", "1个月4副", ""],
    ["23", "气割工", "焊接护目镜", "遮光号5号", "以旧换新", ""],
    ["24", "气割工", "焊工手套、阻燃服", "符合GB 8965.2", "手套1个月2副；阻燃服12个月2套", ""],
    ["25", "热处理工", "隔热手套、隔热面屏", "耐温不低于300℃", "手套3个月2副；面屏以旧换新", "装出炉时佩戴"],
    ["26", "热处理工", "防油手套", "丁腈材质", "1个月2副", "淬火油槽作业时佩戴"],
    ["27", "天车司机", "防尘口罩", "KN95", "每班1只", "司机室无空气净化装置时佩戴"],
    ["28", "维修电工", "电绝缘鞋", "耐电压6kV", "12个月1双", ""],
    ["29", "维修电工", "绝缘手套", "12kV", "以旧换新", "每6个月做一次电气试验"],
    ["30", "全体人员", "安全帽", "符合GB 2811", "30个月1顶", "受过重击的立即更换"],
    ["31", "全体人员", "防砸防刺穿安全鞋", "符合GB 21148", "12个月1双", "已发高温防护鞋的岗位除外"],
    ["32", "外来人员", "安全帽、防护眼镜", "由接待部门临时借用", "—", "离厂时交回"],
]
PPE_NOTES = [
    "注：1．配备周期自领用之日起计算；周期内正常磨损失效的，凭旧件以旧换新。",
    "2．劳务派遣人员、实习人员按同岗位标准配备。",
    "3．本表未列岗位的防护用品，由安全环保科参照相近岗位确定。",
]

PHONE_HEAD = ["序号", "单位／岗位", "联系人", "办公电话", "手机／备注"]
PHONE_W = [12.0, 52.0, 24.0, 36.0, 41.0]
PHONE_ROWS = [
    ["1", "分厂生产调度室（24小时值班）", "当班调度", "0533-5186120", "事故第一报告点"],
    ["2", "分厂厂长", "贺振东", "0533-5186101", "13805336218"],
    ["3", "分管安全副厂长", "刘卫国", "0533-5186103", "13953327405"],
    ["4", "安全环保科", "蒋立文", "0533-5186135", "13953361427"],
    ["5", "设备科", "曲宏伟", "0533-5186142", "15106432218"],
    ["6", "熔炼工段", "孙建波", "0533-5186151", "13864421903"],
    ["7", "分厂配电室", "值班电工", "0533-5186158", "—"],
    ["8", "公司医务室", "值班医生", "0533-5186199", "—"],
    ["9", "公司保卫科（消防）", "值班员", "0533-5186110", "—"],
    ["10", "淄川区人民医院急诊", "—", "0533-5280120", "设烧伤科"],
    ["11", "淄川区应急管理局值班室", "—", "0533-5182003", "—"],
    ["12", "燃气公司抢修", "—", "0533-5213666", "3#退火炉燃气泄漏时"],
    ["13", "火警／医疗急救", "—", "119／120", "拨打后派人到2号门接应"],
]
PHONE_NOTES = [
    "注：发生事故后，现场人员先报告生产调度室，再由调度室按本表通知相关人员；需要外部救援的，由调度室"
    "或现场最高职务人员拨打119、120。联系人或电话变更时，由安全环保科及时更新本表并重新张贴。",
]

NO_START = set("，。、；：！？）》」』”’〕】…%℃）、")
NO_END = set("（《「『“‘〔【")
ASCII_RUN = re.compile(r"[A-Za-z0-9.#/%\-～]+")


class Layout:
    """Collects drawing operations page by page; rendering happens afterwards."""

    def __init__(self, pdf: FPDF) -> None:
        self.pdf = pdf
        self.pages: list[list[tuple]] = []
        self.kinds: list[str] = []
        self.y = TOP
        self.blocks: list[str] = []  # the document's text as written, one item / cell per block

    def new_page(self, kind: str = "body") -> None:
        self.pages.append([])
        self.kinds.append(kind)
        self.y = TOP

    def op(self, *args: object) -> None:
        self.pages[-1].append(args)

    def width(self, s: str, pt: float) -> float:
        self.pdf.set_font("wqy", size=pt)
        return self.pdf.get_string_width(s)

    def tokens(self, s: str) -> list[str]:
        out: list[str] = []
        i = 0
        while i < len(s):
            m = ASCII_RUN.match(s, i)
            if m and len(m.group()) <= 10:
                out.append(m.group())
                i = m.end()
            else:
                out.append(s[i])
                i += 1
        return out

    def wrap(self, s: str, pt: float, first_w: float, w: float) -> list[str]:
        lines: list[list[str]] = []
        cur: list[str] = []
        avail = first_w
        for tok in self.tokens(s):
            if not cur or self.width("".join(cur) + tok, pt) <= avail:
                cur.append(tok)
                continue
            carry: list[str] = []
            if tok[0] in NO_START and len(cur) > 1:
                carry = [cur.pop()]
            elif cur[-1][-1] in NO_END and len(cur) > 1:
                carry = [cur.pop()]
            lines.append(cur)
            cur = carry + [tok]
            avail = w
        if cur:
            lines.append(cur)
        return ["".join(x) for x in lines]

    def need(self, h: float) -> None:
        if self.y + h > BOTTOM:
            self.new_page()

    def para(
        self,
        s: str,
        pt: float = BODY_PT,
        x0: float = LEFT,
        first_indent: float = 0.0,
        lh: float = LINE_H,
        bold: bool = False,
        justify: bool = True,
    ) -> None:
        w = PAGE_W - RIGHT - x0
        lines = self.wrap(s, pt, w - first_indent, w)
        for i, line in enumerate(lines):
            self.need(lh)
            x = x0 + (first_indent if i == 0 else 0.0)
            avail = w - (first_indent if i == 0 else 0.0)
            tc = 0.0
            if justify and i < len(lines) - 1 and len(line) > 1:
                extra = avail - self.width(line, pt)
                tc = max(0.0, min(extra * K / (len(line) - 1), 1.6))
            self.op("t", x, self.y + lh * 0.72, line, pt, tc, bold, INK)
            self.y += lh

    def centered(self, s: str, pt: float, lh: float, bold: bool = False, color=INK) -> None:
        self.need(lh)
        x = LEFT + (TEXT_W - self.width(s, pt)) / 2
        self.op("t", x, self.y + lh * 0.72, s, pt, 0.0, bold, color)
        self.y += lh


def table(
    lay: Layout,
    head: list[str],
    widths: list[float],
    rows: list[list[str]],
    caption: str,
    pt: float = 9.0,
) -> None:
    lh = 4.6
    pad = 1.6

    def row_lines(cells: list[str]) -> list[list[str]]:
        return [
            lay.wrap(c, pt, w - 2 * pad, w - 2 * pad) if c else [""]
            for c, w in zip(cells, widths, strict=True)
        ]

    def draw_row(cells: list[str], bold: bool, shade: bool) -> None:
        wrapped = row_lines(cells)
        h = max(len(x) for x in wrapped) * lh + 2 * pad
        x = LEFT
        top = lay.y
        if shade:
            lay.op("fill", LEFT, top, sum(widths), h, (222, 220, 213))
        for lines, w, col in zip(wrapped, widths, range(len(widths)), strict=True):
            lay.op("rect", x, top, w, h)
            for j, line in enumerate(lines):
                tw = lay.width(line, pt)
                tx = x + (w - tw) / 2 if (bold or col == 0) else x + pad
                lay.op("t", tx, top + pad + lh * j + lh * 0.75, line, pt, 0.0, bold, INK)
            x += w
        lay.y = top + h

    def header(cont: bool) -> None:
        label = caption.split("　")[0] + "（续）" if cont else caption
        lay.centered(label, 10.0, 7.0, bold=True)
        draw_row(head, True, True)

    header(False)
    for cells in rows:
        h = max(len(x) for x in row_lines(cells)) * lh + 2 * pad
        if lay.y + h > BOTTOM:
            lay.new_page()
            header(True)
        draw_row(cells, False, False)
        lay.blocks.extend(cells)


def procedure(lay: Layout, num: str, title: str, body: str) -> None:
    lay.new_page()
    lay.y = TOP + 4
    full = title
    lay.centered(full, 16.0, 11.0, bold=True)
    lay.blocks.append(full)
    code = f"编号：{DOC_CODE}-{num}　　版次：{EDITION}　　实施日期：2025-03-01"
    lay.centered(code, 9.0, 6.0)
    lay.op("line", LEFT, lay.y + 1.5, PAGE_W - RIGHT, lay.y + 1.5, 0.35)
    lay.y += 5
    n1 = n2 = n3 = 0
    for raw in body.strip().splitlines():
        line = raw.strip()
        if line.startswith("### "):
            n3 += 1
            text = f"{n1}.{n2}.{n3}　{line[4:]}"
            lay.para(text)
        elif line.startswith("## "):
            n2 += 1
            n3 = 0
            text = f"{n1}.{n2}　{line[3:]}"
            lay.para(text)
        elif line.startswith("# "):
            n1 += 1
            n2 = n3 = 0
            text = f"{n1}　{line[2:]}"
            if lay.y + 3 * LINE_H > BOTTOM:
                lay.new_page()
            lay.y += 2.0
            lay.para(text, pt=11.0, lh=7.0, bold=True, justify=False)
        else:
            text = line
            lay.para(text, pt=9.5, lh=5.4)
        lay.blocks.append(text)


def build(pdf: FPDF) -> tuple[Layout, list[tuple[str, int]]]:
    lay = Layout(pdf)
    # cover
    lay.new_page("cover")
    for kind, s in COVER:
        lay.blocks.append(s)
        if kind == "ctl":
            lay.op("ctlbox", PAGE_W - RIGHT - 62, 16.0, s)
            lay.y = 52
        elif kind == "company":
            lay.centered(s, 15.0, 14.0, bold=True)
            lay.y += 16
        elif kind == "big":
            lay.centered(s, 26.0, 16.0, bold=True)
        elif kind == "field":
            if lay.y < 130:
                lay.y = 138
            lay.op("t", 62.0, lay.y + 6, s, 12.0, 0.0, False, INK)
            lay.op("line", 86.0, lay.y + 7.6, 150.0, lay.y + 7.6, 0.2)
            lay.y += 11
        elif kind == "dates":
            lay.y = 232
            lay.centered(s, 12.0, 10.0)
        else:
            lay.y = 252
            lay.centered(s, 14.0, 10.0, bold=True)
    lay.op("line", LEFT, 246.0, PAGE_W - RIGHT, 246.0, 0.5)
    # release order
    lay.new_page("decree")
    lay.y = TOP + 6
    for kind, s in DECREE:
        lay.blocks.append(s)
        if kind == "title":
            lay.centered(s, 20.0, 14.0, bold=True)
        elif kind == "docno":
            lay.centered(s, 11.0, 9.0)
            lay.op("line", LEFT, lay.y + 1, PAGE_W - RIGHT, lay.y + 1, 0.6, RED)
            lay.y += 6
        elif kind == "title2":
            lay.centered(s, 13.0, 10.0, bold=True)
            lay.y += 3
        elif kind == "left":
            lay.para(s, lh=7.5, justify=False)
        elif kind == "p":
            lay.para(s, first_indent=2 * lay.width("　", BODY_PT), lh=7.5)
        else:
            if s == ISSUER:
                lay.y += 14
                lay.op("seal", PAGE_W - RIGHT - 40, lay.y + 4, 19.0)
            w = lay.width(s, 11.0)
            lay.op("t", PAGE_W - RIGHT - 14 - w, lay.y + 5.5, s, 11.0, 0.0, False, INK)
            lay.y += 8
    # contents page, filled in after the procedures are laid out
    lay.new_page("toc")
    toc_index = len(lay.pages) - 1
    entries: list[tuple[str, int]] = [("发布令", 2)]
    for num, title, body in PROCS:
        entries.append((f"{int(num)}　{title}", len(lay.pages) + 1))
        procedure(lay, num, title, body)
    # annex A
    lay.new_page()
    entries.append(("附录A　个人防护用品配备标准", len(lay.pages)))
    lay.y = TOP + 2
    for s, pt in (("附录A", 12.0), ("（规范性附录）", 10.0), ("个人防护用品配备标准", 14.0)):
        lay.centered(s, pt, 8.0, bold=pt != 10.0)
        lay.blocks.append(s)
    intro = "分厂各岗位个人防护用品按表A.1配备。配备周期为正常使用条件下的最长使用期限，超过期限或提前损坏、失效的应及时更换。"
    lay.y += 2
    lay.para(intro, first_indent=2 * lay.width("　", BODY_PT))
    lay.blocks.append(intro)
    lay.y += 2
    table(lay, PPE_HEAD, PPE_W, PPE_ROWS, "表A.1　个人防护用品配备标准")
    lay.y += 2
    for s in PPE_NOTES:
        lay.para(s, pt=9.0, lh=5.2, x0=LEFT + (0 if s.startswith("注") else 6.3))
        lay.blocks.append(s)
    # annex B
    lay.new_page()
    entries.append(("附录B　应急联络电话表", len(lay.pages)))
    lay.y = TOP + 2
    for s, pt in (("附录B", 12.0), ("（资料性附录）", 10.0), ("应急联络电话表", 14.0)):
        lay.centered(s, pt, 8.0, bold=pt != 10.0)
        lay.blocks.append(s)
    lay.y += 3
    table(lay, PHONE_HEAD, PHONE_W, PHONE_ROWS, "表B.1　应急联络电话", pt=9.5)
    lay.y += 3
    for s in PHONE_NOTES:
        lay.para(s, pt=9.5, lh=5.6)
        lay.blocks.append(s)
    # contents
    toc_ops = lay.pages[toc_index]
    y = TOP + 8
    s = "目　　录"
    toc_ops.append(("t", LEFT + (TEXT_W - lay.width(s, 16.0)) / 2, y, s, 16.0, 0.0, True, INK))
    lay.blocks.append(s)
    y += 16
    dot_w = lay.width(".", 11.0)
    for name, page in entries:
        num = str(page)
        nw = lay.width(num, 11.0)
        tw = lay.width(name, 11.0)
        gap = TEXT_W - tw - nw - 4
        dots = "." * int(gap / dot_w)
        toc_ops.append(("t", LEFT, y, name, 11.0, 0.0, False, INK))
        toc_ops.append(("t", LEFT + tw + 2, y, dots, 11.0, 0.0, False, INK))
        toc_ops.append(("t", PAGE_W - RIGHT - nw, y, num, 11.0, 0.0, False, INK))
        lay.blocks.append(f"{name}{dots}{num}")
        y += 10.5
    toc_ops.append(("hand", PAGE_W - RIGHT - 58, y + 14, "已发至各班组 3.3 蒋"))
    return lay, entries


def skew(p: int) -> tuple[float, float, float]:
    """Per-page scan skew (degrees) and offset (mm), fixed by the page number."""
    angle = ((p * 37) % 9 - 4) * 0.09
    dx = ((p * 53) % 5 - 2) * 0.7
    dy = ((p * 29) % 5 - 2) * 0.5
    return angle, dx, dy


def scan_background(pdf: FPDF, p: int) -> None:
    pdf.set_fill_color(244, 242, 235)
    pdf.rect(0, 0, PAGE_W, PAGE_H, style="F")
    for i in range(14):  # binding shadow
        g = 150 + i * 7
        pdf.set_fill_color(g, g, g - 4)
        pdf.rect(i * 0.5, 0, 0.5, PAGE_H, style="F")
    for hy in (78.0, 219.0):  # punch holes
        pdf.set_fill_color(178, 177, 172)
        pdf.set_draw_color(120, 120, 118)
        pdf.set_line_width(0.3)
        pdf.circle(x=10.5, y=hy, radius=3.0, style="DF")


def speckles(pdf: FPDF, p: int) -> None:
    pdf.set_fill_color(92, 92, 90)
    for i in range(46):
        x = (p * 97.3 + i * 53.71) % 203 + 3
        y = (p * 61.7 + i * 131.37) % 290 + 3
        r = 0.07 + (i % 4) * 0.05
        pdf.circle(x=x, y=y, radius=r, style="F")
    pdf.set_draw_color(150, 150, 148)
    pdf.set_line_width(0.15)
    x = 40 + (p * 17) % 120
    pdf.line(x, 286 + p % 3, x + 18 + p % 7, 286.3 + p % 3)


def draw_seal(pdf: FPDF, cx: float, cy: float, r: float) -> None:
    with pdf.local_context(fill_opacity=0.78, stroke_opacity=0.78):
        pdf.set_draw_color(*RED)
        pdf.set_text_color(*RED)
        pdf.set_fill_color(*RED)
        pdf.set_line_width(0.9)
        pdf.circle(x=cx, y=cy, radius=r, style="D")
        star = []
        for k in range(10):
            rad = 4.2 if k % 2 == 0 else 1.7
            a = math.radians(-90 + k * 36)
            star.append((cx + rad * math.cos(a), cy + rad * math.sin(a)))
        pdf.polygon(star, style="F")
        ring = ISSUER
        n = len(ring)
        span = 230.0
        pdf.set_font("wqy", size=10.5)
        for k, ch in enumerate(ring):
            a = -90 - span / 2 + span * k / (n - 1)
            ar = math.radians(a)
            px = cx + (r - 4.6) * math.cos(ar)
            py = cy + (r - 4.6) * math.sin(ar)
            with pdf.rotation(angle=-(a + 90), x=px, y=py):
                pdf.text(px - 1.8, py + 1.3, ch)
        pdf.set_font("wqy", size=8)
        s = "安全生产专用章"
        pdf.text(cx - pdf.get_string_width(s) / 2, cy + 10, s)


def draw_celsius(pdf: FPDF, x: float, base: float, pt: float, color: tuple[int, int, int]) -> None:
    """The font's ℃ glyph is empty: keep the character in the text layer and draw its shape as vector art."""
    em = pt / K
    pdf.set_draw_color(*color)
    pdf.set_line_width(0.075 * em)
    pdf.circle(x=x + 0.17 * em, y=base - 0.66 * em, radius=0.085 * em, style="D")
    pdf.arc(x + 0.36 * em, base - 0.74 * em, 0.52 * em, 40, 320, b=0.76 * em, style="D")


def render(lay: Layout) -> None:
    pdf = lay.pdf
    total = len(lay.pages)
    for idx, ops in enumerate(lay.pages):
        p = idx + 1
        pdf.add_page()
        scan_background(pdf, p)
        angle, dx, dy = skew(p)
        with pdf.rotation(angle=angle, x=PAGE_W / 2, y=PAGE_H / 2):
            pdf.set_text_color(*INK)
            if lay.kinds[idx] != "cover":
                pdf.set_font("wqy", size=9)
                pdf.text(LEFT + dx, 15.5 + dy, ISSUER)
                pdf.text(PAGE_W - RIGHT - pdf.get_string_width(DOC_CODE) + dx, 15.5 + dy, DOC_CODE)
                pdf.set_draw_color(*INK)
                pdf.set_line_width(0.3)
                pdf.line(LEFT + dx, 17.5 + dy, PAGE_W - RIGHT + dx, 17.5 + dy)
            for op in ops:
                kind = op[0]
                if kind == "t":
                    _, x, y, s, pt, tc, bold, color = op
                    pdf.set_font("wqy", size=pt)
                    pdf.set_text_color(*color)
                    pdf.set_char_spacing(tc)
                    if bold:
                        pdf.set_draw_color(*color)
                        pdf.set_line_width(0.04 + pt * 0.007)
                        pdf.text_mode = "FILL_STROKE"
                    pdf.text(x + dx, y + dy, s)
                    pdf.text_mode = "FILL"
                    pdf.set_char_spacing(0)
                    for m in re.finditer("℃", s):
                        off = pdf.get_string_width(s[: m.start()]) + tc / K * m.start()
                        draw_celsius(pdf, x + dx + off, y + dy, pt, color)
                elif kind == "line":
                    x1, y1, x2, y2, w = op[1:6]
                    color = op[6] if len(op) > 6 else INK
                    pdf.set_draw_color(*color)
                    pdf.set_line_width(w)
                    pdf.line(x1 + dx, y1 + dy, x2 + dx, y2 + dy)
                elif kind == "rect":
                    _, x, y, w, h = op
                    pdf.set_draw_color(*INK)
                    pdf.set_line_width(0.25)
                    pdf.rect(x + dx, y + dy, w, h, style="D")
                elif kind == "fill":
                    _, x, y, w, h, color = op
                    pdf.set_fill_color(*color)
                    pdf.rect(x + dx, y + dy, w, h, style="F")
                elif kind == "seal":
                    _, cx, cy, r = op
                    draw_seal(pdf, cx + dx, cy + dy, r)
                elif kind == "ctlbox":
                    _, x, y, s = op
                    pdf.set_font("wqy", size=9.5)
                    pdf.set_text_color(*INK)
                    pdf.text(x, y, s)
                    with pdf.rotation(angle=8, x=x + 60, y=y + 14):
                        with pdf.local_context(fill_opacity=0.8, stroke_opacity=0.8):
                            pdf.set_draw_color(*RED)
                            pdf.set_text_color(*RED)
                            pdf.set_line_width(0.8)
                            pdf.rect(x + 30, y + 6, 28, 12, style="D")
                            pdf.set_font("wqy", size=16)
                            pdf.text(x + 34.5, y + 14.8, "受　控")
                elif kind == "hand":
                    _, x, y, s = op
                    with pdf.rotation(angle=-5, x=x, y=y):
                        pdf.set_font("wqy", size=11)
                        pdf.set_text_color(42, 62, 150)
                        pdf.text(x + dx, y + dy, s)
                        pdf.set_draw_color(42, 62, 150)
                        pdf.set_line_width(0.35)
                        pdf.line(x + dx - 1, y + dy + 2, x + dx + pdf.get_string_width(s) + 2, y + dy + 1.2)
            pdf.set_char_spacing(0)
            if lay.kinds[idx] != "cover":
                foot = f"第 {p} 页"
                pdf.set_font("wqy", size=9)
                pdf.set_text_color(*INK)
                pdf.text((PAGE_W - pdf.get_string_width(foot)) / 2 + dx, 284 + dy, foot)
        speckles(pdf, p)
    assert total == pdf.page


def main() -> int:
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_auto_page_break(False)
    pdf.set_margins(LEFT, TOP, RIGHT)
    pdf.add_font("wqy", fname=str(FONT))
    pdf.set_font("wqy", size=BODY_PT)
    pdf.set_title(TITLE)
    pdf.set_author(ISSUER)
    pdf.set_creator("Scanner PDF Export")
    pdf.set_creation_date(datetime(2025, 2, 24, 9, 12, tzinfo=UTC))
    lay, _entries = build(pdf)
    render(lay)
    pdf.output(str(OUT))
    print(OUT)

    text = "\n".join(lay.blocks)
    hanzi = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    print(
        f"{len(text)} characters as written, {hanzi} of them hanzi, {len(lay.pages)} pages", file=sys.stderr
    )
    if not QA.exists():
        print(f"missing {QA.name}", file=sys.stderr)
        return 1
    qa = yaml.safe_load(QA.read_text(encoding="utf-8"))
    bad = 0
    for item in qa["questions"]:
        for must in item.get("must") or []:
            if not any(must in block for block in lay.blocks):
                print(f"{item['id']}: must {must!r} is not in the document", file=sys.stderr)
                bad += 1
            elif text.count(must) > 1:
                print(f"{item['id']}: note, {must!r} occurs {text.count(must)} times", file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
