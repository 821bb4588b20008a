"""Generate tests/data/rulebook_jiangtai.docx, the document of the blind set qa_holdout_jiangtai.yaml.

An invented general contractor's site safety rulebook (《江泰建设集团有限公司滨江中心项目安全生产管理制度》:
two 42-storey towers over a three-level basement, a 16.8 m deep excavation, climbing scaffolds, three tower
cranes, hoists, temporary power, work at height, confined spaces, hot work, formwork shoring, labour
subcontractors, night work, typhoon and flood season) typed the way a project manager types one in WPS:
no Word auto-numbering anywhere; a title block with 文号 and dates (one line broken with Shift+Enter); bold
chapter lines "第三章　临时用电管理"; articles "第十二条　…" typed with two full-width spaces in front;
items typed as "（一）…" or "1．…" (full-width period) in their own paragraphs, and in other articles run on
inside the article paragraph separated by "；"; two tables (表1, an inspection schedule with vertically and
horizontally merged cells; 表2, 罚款标准); a header and a footer with the company name (the footer with a
PAGE field); a page break and 附件 at the end: a fill-in form typed with underscores and blanks.

    .venv/bin/python tests/data/make_rulebook_jiangtai.py

After writing the document it checks qa_holdout_jiangtai.yaml (when present): every `must` string of a
question must occur in one paragraph or one table cell of the document, all of a question's strings in the
same one.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph

HERE = Path(__file__).parent
OUT = HERE / "rulebook_jiangtai.docx"
QA = HERE / "qa_holdout_jiangtai.yaml"
COMPANY = "江泰建设集团有限公司"
HEADER = "江泰建设集团有限公司　滨江中心项目部"
FOOTER = "江泰建设集团有限公司滨江中心项目安全生产管理制度（2025版）　　第 "
IND = "　　"

# ("h", chapter line) | ("a", article text without its number) | ("i", an item paragraph)
# | ("t1", None) | ("t2", None) | ("p", a plain paragraph)
BODY: list[tuple[str, str | None]] = [
    ("h", "第一章　总　则"),
    (
        "a",
        "为加强滨江中心项目（以下简称“本项目”）施工现场安全生产管理，防止高处坠落、坍塌、起重伤害、触电、"
        "物体打击和中毒窒息等事故，依据《中华人民共和国安全生产法》《建设工程安全生产管理条例》《危险性较大的"
        "分部分项工程安全管理规定》等规定，结合本项目实际，制定本制度。",
    ),
    (
        "a",
        "本项目位于江州市滨江新区临江路与望潮路交叉口东北角，总建筑面积约21.6万平方米，由两栋地上42层塔楼"
        "及4层裙房组成，地下室3层，基坑开挖深度16.8米。本制度适用于本项目全体管理人员、劳务分包及专业分包"
        "单位作业人员、进场设备的租赁和安拆单位人员。",
    ),
    (
        "a",
        "本项目安全生产目标：杜绝死亡及重伤事故；轻伤负伤频率控制在1.5‰以内；不发生火灾和机械设备事故；"
        "创建省级建筑施工安全生产标准化示范工地。",
    ),
    (
        "a",
        "项目经理是本项目安全生产第一责任人，对本项目安全生产工作全面负责；生产副经理对分管的施工生产安全"
        "负直接领导责任；项目总工程师对安全技术工作负责。",
    ),
    (
        "a",
        "项目部成立安全生产领导小组，项目经理任组长，生产副经理、项目总工程师任副组长，成员为安全总监、"
        "各专业工长、设备管理员及各分包单位负责人。领导小组每月5日前召开一次安全生产例会，发现重大隐患时"
        "由组长随时召集。",
    ),
    ("h", "第二章　安全生产责任"),
    (
        "a",
        "项目安全总监负责监督各项安全制度的落实，对违章指挥、违章作业有权当场制止并下达停工指令，"
        "停工指令可直接向公司安全管理部报告，不受项目部其他人员干预。",
    ),
    (
        "a",
        "项目部按施工高峰期作业人员数量配备专职安全生产管理人员：作业人员50人以下的不少于1名；50人至200人"
        "的不少于2名；200人以上的不少于3名，并每增加200人增配1名。本项目高峰期作业人员约1200人，专职安全员"
        "不少于8名。",
    ),
    (
        "a",
        "项目总工程师负责组织编制危险性较大的分部分项工程专项施工方案；对超过一定规模的危大工程，组织召开"
        "专家论证会，论证专家不少于5名，本项目参建各方人员不得以专家身份参加论证。",
    ),
    (
        "a",
        "施工员（工长）在分部分项工程施工前向作业班组进行书面安全技术交底，交底人、被交底人和专职安全员三方"
        "签字；交底记录由资料员归档，保存至工程竣工验收后1年。",
    ),
    (
        "a",
        "班组长每天上班前组织不少于15分钟的班前安全讲话，讲清当天作业内容、危险点和防范措施，检查本班组"
        "人员劳动防护用品佩戴情况，并在《班前活动记录》上签字。",
    ),
    (
        "a",
        "劳务分包单位按每50名作业人员配备1名兼职安全员，兼职安全员佩戴红色袖标，上岗前须经项目安全部考核合格。",
    ),
    (
        "a",
        "任何人员发现事故隐患均应立即报告。项目部设安全隐患举报电话0578-86329110（安全部值班室，24小时"
        "有人接听），对经查实的重大隐患举报人给予200元至1000元奖励，并为举报人保密。",
    ),
    ("h", "第三章　安全教育培训"),
    (
        "a",
        "新进场作业人员必须接受公司、项目部、班组三级安全教育，累计时间不少于24学时，其中项目部级不少于8学时，"
        "考试成绩达到80分方可上岗；考试不合格的补考一次，补考仍不合格的不得录用。",
    ),
    (
        "a",
        "变换工种或离岗6个月以上重新上岗的人员，应重新接受项目部级和班组级安全教育，时间不少于8学时。",
    ),
    (
        "a",
        "特种作业人员（建筑电工、建筑焊工、建筑架子工、起重信号司索工、塔式起重机司机、施工升降机司机等）"
        "必须持有效的建筑施工特种作业操作资格证书上岗。项目安全部每月10日前核查一次持证情况，证件复印件留存备查。",
    ),
    (
        "a",
        "本项目实行“人脸识别＋智能安全帽”实名制管理，作业人员通过门口闸机刷脸进出施工现场；未完成三级安全"
        "教育的人员，门禁系统不予开通。",
    ),
    (
        "a",
        "每月最后一个星期五为项目“安全活动日”，组织全员安全警示教育或应急演练，每次不少于2小时。",
    ),
    ("h", "第四章　深基坑工程"),
    (
        "a",
        "基坑开挖必须按经专家论证的专项施工方案进行，遵循“分层、分段、对称、限时”的原则，严禁超挖。每层开挖"
        "深度不得超过2米；挖至支撑底面以下500毫米时应及时施工内支撑；内支撑混凝土强度未达到设计强度的80%前，"
        "不得开挖下层土方。",
    ),
    (
        "a",
        "基坑周边荷载控制：（一）坑边1.5米范围内严禁堆放材料、土方和机具；（二）1.5米至5米范围内堆载不得超过"
        "15kPa；（三）土方运输车辆在距坑边不小于6米的便道上行驶；（四）挖掘机、泵车等大型机械在坑边作业时，"
        "须经项目总工程师核算并采取加固措施。",
    ),
    (
        "a",
        "基坑周边设置高度不低于1.2米的定型化防护栏杆，下部设置不低于180毫米的挡脚板，夜间设红色警示灯。"
        "基坑内上下通道（梯道）不少于4处，梯道宽度不小于1米，严禁攀爬支撑或沿坡面上下基坑。",
    ),
    ("a", "基坑监测由建设单位委托的第三方监测单位实施，项目部同步开展日常巡查。监测频率如下："),
    ("i", "（一）开挖深度小于8米时，每2天监测1次；"),
    ("i", "（二）开挖深度8米及以上至基础底板浇筑完成前，每天监测1次；"),
    ("i", "（三）底板浇筑完成后至地下室顶板回填前，每3天监测1次；"),
    ("i", "（四）遇暴雨、监测数据异常或出现险情时，加密至每4小时监测1次，必要时实时监测。"),
    (
        "a",
        "监测报警值：围护结构顶部水平位移累计达到30毫米，或变化速率连续3天超过3毫米/天；周边地表沉降累计达到"
        "25毫米；坑外地下水位单日变化超过500毫米。达到报警值时，监测单位应在1小时内通知项目总工程师，项目部"
        "立即停止开挖、回填反压并启动基坑坍塌应急预案。",
    ),
    (
        "a",
        "基坑降水期间，降水井应连续抽水，不得擅自停抽；降水班组每4小时记录一次水位和出水量；坑外观测井水位"
        "下降超过1米时，应立即报告项目总工程师。",
    ),
    (
        "a",
        "严禁作业人员在坑底、坡脚或支撑上休息。雨后复工前，由施工员和安全员共同检查边坡、支撑和排水情况，"
        "确认无异常后方可下坑作业。",
    ),
    ("h", "第五章　脚手架工程"),
    (
        "a",
        "本项目塔楼外架采用附着式升降脚手架（爬架），裙房采用落地式扣件钢管脚手架。落地式脚手架搭设高度"
        "24米及以上的应编制专项施工方案，搭设高度50米及以上的应组织专家论证；附着式升降脚手架均应编制专项方案。",
    ),
    (
        "a",
        "脚手架搭设、拆除必须由持证架子工进行，作业时设置警戒区并派专人监护。拆除作业应自上而下逐层进行，"
        "严禁上下同时作业；连墙件必须随脚手架逐层拆除，严禁先将连墙件整层或数层拆除后再拆脚手架；分段拆除"
        "高差不应大于2步。",
    ),
    (
        "a",
        "落地式脚手架连墙件按“两步三跨”设置；立杆底部设置底座和垫板，垫板长度不少于2跨、厚度不小于50毫米；"
        "作业层满铺脚手板，外侧设置1.2米高防护栏杆和180毫米高挡脚板，并用密目式安全立网全封闭。",
    ),
    ("a", "附着式升降脚手架（爬架）管理要求："),
    (
        "i",
        "1．每次升降前，由爬架专业分包单位技术负责人组织检查，填写《升降前检查表》，经项目安全总监签字确认后"
        "方可升降；",
    ),
    (
        "i",
        "2．升降作业时架体上严禁站人，地面设置警戒区；升降作业只能在白天进行，风力达到5级及以上时停止升降；",
    ),
    ("i", "3．升降到位后立即恢复全部附着支座和防坠落装置，防坠落装置的制动距离不得大于80毫米；"),
    ("i", "4．爬架每升降一次，对防坠、防倾装置检查一次并留存记录。"),
    (
        "a",
        "脚手架在下列阶段应进行检查验收，验收合格挂绿色验收牌后方可使用：基础完工后及脚手架搭设前；每搭设完"
        "6米至8米高度后；作业层上施加荷载前；停用超过1个月恢复使用前；遇6级及以上大风或大雨后。",
    ),
    (
        "a",
        "严禁在脚手架上集中堆放材料，作业层施工荷载不得超过3kN/㎡；严禁将模板支架、缆风绳、泵送混凝土输送管"
        "等固定在脚手架上。",
    ),
    ("h", "第六章　模板支撑体系"),
    (
        "a",
        "搭设高度8米及以上、搭设跨度18米及以上、施工总荷载15kN/㎡及以上或集中线荷载20kN/m及以上的混凝土"
        "模板支撑工程，应编制专项施工方案并组织专家论证。",
    ),
    (
        "a",
        "本项目高支模采用盘扣式钢管支架，立杆纵横间距不大于1.2米，水平杆步距不大于1.5米，可调托撑伸出顶层"
        "水平杆的悬臂长度不得超过650毫米。",
    ),
    (
        "a",
        "混凝土浇筑前，由项目总工程师组织对高支模进行验收，总监理工程师签字确认后方可浇筑。浇筑过程中安排"
        "专人监测支架变形，发现立杆沉降或支架变形超过10毫米时立即停止浇筑，撤离作业面下方人员。",
    ),
    (
        "a",
        "模板拆除前应办理拆模申请，由项目总工程师批准。悬臂构件和跨度大于8米的梁板，混凝土强度达到设计强度"
        "的100%后方可拆除底模；其他梁板达到设计强度的75%后方可拆除底模。",
    ),
    ("h", "第七章　塔式起重机"),
    (
        "a",
        "本项目布置塔式起重机3台：1号、2号为QTZ315平臂塔吊，3号为QTZ125塔吊。群塔作业时，低位塔吊起重臂端部"
        "与高位塔吊塔身之间的水平距离不得小于2米；高位塔吊最低位置的部件与低位塔吊最高位置的部件之间的垂直"
        "距离不得小于2米。",
    ),
    (
        "a",
        "塔吊安装、顶升加节、附着、拆卸必须由具有相应资质的专业单位进行，并提前2个工作日书面告知监理单位；"
        "安装完毕经检验检测机构检验合格、办理使用登记后方可投入使用。",
    ),
    (
        "a",
        "塔吊司机实行两班制，每班连续作业时间不得超过8小时，交接班时填写《塔吊运行交接班记录》。每台塔吊每班"
        "配备信号司索工不少于2名，司机与信号工使用对讲机专用频道联络。",
    ),
    ("a", "塔吊作业必须遵守下列规定："),
    ("i", "1．吊运散碎物料必须使用吊笼或料斗，吊笼四周封闭高度不低于1米；"),
    ("i", "2．吊物严禁从人员上方通过，吊装区域下方设置警戒线并派专人看守；"),
    ("i", "3．严禁用塔吊斜拉斜吊、拔桩或起吊埋在地下的物件；"),
    ("i", "4．夜间作业时，塔顶和起重臂端部设红色障碍指示灯，吊装作业面设置专用照明。"),
    (
        "a",
        "塔吊必须装设起重力矩限制器、起重量限制器、起升高度限位器、幅度限位器和回转限位器，严禁擅自调整或拆除；"
        "每台塔吊安装安全监控系统（“黑匣子”）和吊钩可视化装置，运行数据实时上传项目智慧工地平台。",
    ),
    (
        "a",
        "塔吊附着后，塔身轴心线对支承面的垂直度偏差在最高附着点以上不得大于4/1000，在最高附着点以下不得大于"
        "2/1000。塔吊标准节连接螺栓由设备管理员组织检查紧固。",
    ),
    ("h", "第八章　施工升降机"),
    (
        "a",
        "施工升降机司机必须持证上岗，实行定人定机，严禁无关人员操作。每班首次运行时应空载升降一次，梯笼升离"
        "地面1米左右停车，检查制动器是否可靠。防坠安全器每3个月进行一次坠落试验，有效标定期限为1年。",
    ),
    (
        "a",
        "本项目施工升降机为SC200/200型，每个梯笼额定载重量2000千克，限乘18人。梯笼内醒目位置张贴额定载重量"
        "和限乘人数，严禁超载、严禁人货混装。",
    ),
    (
        "a",
        "各楼层卸料平台出入口设置楼层防护门，门高不低于1.8米，防护门应安装机电联锁装置，门未关闭时梯笼不能启动。"
        "地面进料口搭设双层防护棚，防护棚长度不小于6米。",
    ),
    (
        "a",
        "施工升降机加节、安装附墙架由专业安拆单位进行，附墙架间距不大于9米；加节作业期间严禁载人载物运行。",
    ),
    ("h", "第九章　临时用电管理"),
    (
        "a",
        "本项目临时用电由项目电工班统一管理，持证电工不少于4名，实行24小时轮流值班，电工值班电话13857826614。"
        "临时用电施工组织设计由电气工长编制，项目总工程师审核。",
    ),
    (
        "a",
        "施工现场采用TN-S接零保护系统，实行三级配电、二级漏电保护，用电设备执行“一机、一闸、一漏、一箱”。",
    ),
    (
        "a",
        "开关箱内漏电保护器的额定漏电动作电流不应大于30mA，额定漏电动作时间不应大于0.1s；潮湿场所、基坑内和"
        "有限空间内使用的漏电保护器，额定漏电动作电流不应大于15mA。",
    ),
    (
        "a",
        "固定式配电箱、开关箱中心点与地面的垂直距离为1.4米至1.6米；分配电箱与开关箱的距离不超过30米，开关箱与"
        "其控制的固定式用电设备的水平距离不超过3米。配电箱门应上锁，箱门标明责任电工姓名和电话。",
    ),
    (
        "a",
        "电缆线路采用埋地或架空敷设，严禁沿地面明设或拖地；架空线路最大弧垂与施工现场地面的最小距离为4米，"
        "跨越机动车道时为6米。电缆穿越道路时加设防护套管。",
    ),
    (
        "a",
        "电工每天巡查一次配电系统；每周对漏电保护器进行一次试跳试验并做好记录；重复接地电阻值不得大于10Ω。",
    ),
    (
        "a",
        "潮湿场所、基坑内照明电源电压不大于24V；特别潮湿场所、导电良好的地面及有限空间内照明电源电压不大于12V。",
    ),
    ("h", "第十章　高处作业"),
    (
        "a",
        "在坠落高度基准面2米及以上有可能坠落的高处进行的作业为高处作业。高处作业人员每年进行一次体检，"
        "患有高血压、心脏病、癫痫病、恐高症等禁忌症的人员不得从事高处作业。",
    ),
    (
        "a",
        "楼层临边、阳台边、屋面边、楼梯边等处设置两道防护栏杆，上杆离地高度1.2米，下杆离地高度0.6米，立杆"
        "间距不大于2米，底部设置挡脚板。",
    ),
    (
        "a",
        "洞口防护：短边尺寸小于250毫米的洞口，用坚实盖板盖严；短边尺寸250毫米至1500毫米的洞口，用盖板覆盖并"
        "固定，防止挪动；短边尺寸大于1500毫米的洞口，四周设防护栏杆，洞口下张设安全平网。电梯井口设置高度"
        "不低于1.5米的定型化防护门，电梯井内首层及每隔两层且不大于10米设置一道安全平网。",
    ),
    (
        "a",
        "悬挑式卸料平台限载1000千克，平台上挂限载牌；斜拉钢丝绳与水平钢梁的夹角在45°至60°之间；卸料平台每次"
        "安装完毕经项目安全部验收合格后方可使用。",
    ),
    (
        "a",
        "高处作业人员必须正确佩戴安全帽，系挂五点式安全带，安全带高挂低用。遇雷雨、暴雨、浓雾和6级及以上大风"
        "等恶劣天气，停止露天高处作业。",
    ),
    ("h", "第十一章　有限空间作业"),
    (
        "a",
        "本项目有限空间包括：集水井、污水井、化粪池、消防水池、电梯基坑积水坑及封闭的地下室后浇带区域等。"
        "项目安全部建立有限空间台账，在入口设置“有限空间　未经许可　严禁入内”警示标志。",
    ),
    (
        "a",
        "有限空间作业实行审批制度，由作业班组填写《有限空间作业审批表》（见附件），经施工员、安全员、生产副经理"
        "三级审批；审批表有效期不超过一个作业班次。",
    ),
    ("a", "有限空间作业必须执行“先通风、再检测、后作业”："),
    ("i", "（一）作业前通风时间不少于30分钟，作业中保持机械通风；"),
    ("i", "（二）检测顺序为氧含量、可燃气体、有毒气体；"),
    (
        "i",
        "（三）氧含量在19.5%至23.5%之间，可燃气体浓度低于爆炸下限的10%，硫化氢浓度不超过10mg/m³，一氧化碳浓度"
        "不超过30mg/m³，方可进入；",
    ),
    ("i", "（四）作业过程中每隔2小时检测一次，作业人员离开超过30分钟再次进入前重新检测。"),
    (
        "a",
        "有限空间作业必须在入口设专人监护，监护人不得离开作业点；每次进入有限空间的作业人员不超过3人，"
        "作业人员佩戴安全绳，与监护人约定联络信号。",
    ),
    (
        "a",
        "发生有限空间中毒窒息时，监护人员严禁盲目进入施救，应立即拨打项目应急电话0578-86329120，并在入口处"
        "实施通风；救援人员必须佩戴正压式空气呼吸器后方可进入。",
    ),
    ("h", "第十二章　动火作业"),
    ("a", "动火作业分为三级："),
    (
        "i",
        "（一）一级动火：在基坑内、地下室、有限空间内，外墙保温材料施工区域，以及易燃易爆材料堆场周边10米内"
        "的动火，由项目经理审批，报公司安全管理部备案；",
    ),
    ("i", "（二）二级动火：在塔楼楼层内、脚手架上及其他高处进行的动火，由项目安全总监审批；"),
    ("i", "（三）三级动火：在钢筋加工场、钢结构加工棚等固定动火点进行的动火，由区域施工员审批。"),
    (
        "a",
        "动火证有效期：一级动火证不超过24小时，二级动火证不超过72小时，三级动火证不超过7天；超过有效期或动火"
        "地点变化的，重新办理。",
    ),
    (
        "a",
        "动火作业做到“三有一监护”：有动火证、有灭火器材、有接火措施、有专人监护。动火点周围配置不少于2具4kg"
        "干粉灭火器；高处电气焊作业下方设接火盆；清除动火点周围10米范围内的可燃物，无法清除的用防火毯覆盖。",
    ),
    (
        "a",
        "动火作业结束后，监护人应检查作业现场，确认无残留火种，并在现场继续观察不少于30分钟后方可离开。",
    ),
    (
        "a",
        "氧气瓶与乙炔瓶工作间距不小于5米，两瓶与动火点的距离不小于10米；乙炔瓶必须直立使用并安装回火防止器；"
        "气瓶严禁在烈日下暴晒，空瓶与实瓶分开存放。",
    ),
    ("h", "第十三章　劳务分包管理"),
    (
        "a",
        "劳务分包单位进场前须与项目部签订《安全生产管理协议》，并缴纳安全风险保证金。保证金按分包合同额的2%"
        "收取，最低不少于5万元；分包工程完工且未发生安全事故的，在30日内无息退还。",
    ),
    (
        "a",
        "作业人员超过100人的劳务分包单位，应配备至少1名专职安全员，专职安全员须持有安全生产考核合格证书（C证）。",
    ),
    (
        "a",
        "劳务分包单位应在进场前3日将人员花名册报项目部，人员变动当日更新。严禁使用未满18周岁的人员；男性年满"
        "55周岁、女性年满50周岁的人员不得从事高处作业和特种作业。",
    ),
    (
        "a",
        "分包单位违章按表2罚款标准处罚，罚款从当月工程进度款中扣除；分包单位在合同期内发生3次及以上严重违章的，"
        "项目部有权责令其退场。",
    ),
    (
        "a",
        "分包单位自带的中小型机械设备进场前须报项目设备管理员验收，验收合格挂牌后方可使用。分包单位不得将承包"
        "的作业再行分包。",
    ),
    ("h", "第十四章　夜间施工"),
    (
        "a",
        "夜间施工（22时至次日6时）须提前3天向项目部提出申请，经项目经理批准并取得夜间施工许可后方可进行。"
        "夜间施工必须有项目管理人员现场带班，带班人员名单于当日17时前报项目安全部。",
    ),
    (
        "a",
        "夜间施工照明：主要作业区照度不低于80lx，通道照度不低于30lx；照明灯具不得直射塔吊司机室和周边居民住宅。",
    ),
    (
        "a",
        "同一作业人员白班后不得连续安排夜班；夜间连续作业时间不得超过6小时，中途安排不少于30分钟的休息和夜餐。"
        "夜间禁止进行脚手架搭拆、塔吊安拆和爬架升降作业。",
    ),
    ("h", "第十五章　防台防汛"),
    (
        "a",
        "每年5月1日至10月31日为本项目防台防汛期。项目部成立防汛抢险突击队，队员不少于30人，由生产副经理任队长。",
    ),
    (
        "a",
        "防汛物资储备不少于：潜水泵12台、沙袋2000只、200kW柴油发电机1台、雨衣雨鞋各50套，存放于地下室南侧坡道口"
        "防汛物资仓库，由物资部负责保管。",
    ),
    ("a", "接到台风预警后，按下列要求响应："),
    (
        "i",
        "（一）台风蓝色预警：停止塔吊、施工升降机作业和爬架升降，塔吊起重臂松开回转制动，处于自由回转状态；"
        "加固临时设施，清理楼层和屋面散落材料；",
    ),
    (
        "i",
        "（二）台风橙色及以上预警：停止全部室外作业，工棚和临时宿舍人员撤离至指定避险场所（滨江新区第二小学体育馆）。",
    ),
    (
        "a",
        "暴雨期间，基坑顶部挡水墙高度不低于300毫米，坑内集水井水位由专人每2小时巡视一次，发现水位异常上涨"
        "立即启动备用水泵。",
    ),
    (
        "a",
        "台风、暴雨过后，由项目经理组织对塔吊、施工升降机、脚手架、临时用电和基坑进行全面检查，检查合格后方可复工。",
    ),
    ("h", "第十六章　安全检查与隐患整改"),
    ("a", "项目部安全检查的类别、频次和责任人按表1执行。"),
    ("t1", None),
    (
        "a",
        "隐患整改实行“五定”：定责任人、定措施、定资金、定时限、定预案。一般隐患整改期限不超过3天；重大隐患"
        "立即停工整改，由项目经理负责，并在24小时内报公司安全管理部。",
    ),
    (
        "a",
        "隐患整改完成后由原检查人复查，复查合格后销项；逾期未整改的，对责任单位按表2标准加倍处罚。",
    ),
    ("h", "第十七章　奖励与处罚"),
    (
        "a",
        "项目部设立安全奖励基金，每月评选“安全之星”班组和个人，“安全之星”班组奖励2000元，个人奖励500元。",
    ),
    (
        "a",
        "对违章行为按表2处罚。罚款由项目安全部开具《违章处罚通知单》，个人罚款由所在分包单位代扣，分包单位罚款"
        "从当月进度款中扣除。",
    ),
    ("t2", None),
    (
        "a",
        "发生生产安全事故的，按事故调查结论追究责任；对隐瞒不报、谎报或迟报事故的分包单位，处以20000元罚款。",
    ),
    ("h", "第十八章　附　则"),
    (
        "a",
        "本制度由项目安全部负责解释。联系人：项目安全总监钱国栋，电话13905786218。",
    ),
    (
        "a",
        "本制度自2025年3月1日起施行，原《滨江中心项目部安全管理办法（试行）》（江泰建滨安〔2023〕7号）同时废止。",
    ),
]

TITLE_BLOCK = [
    ("company", COMPANY),
    ("title", "滨江中心项目安全生产管理制度"),
    ("center", "文号：江泰建滨安〔2025〕3号"),
    ("center", "发布日期：2025年2月18日　　实施日期：2025年3月1日"),
]
# typed with Shift+Enter line breaks inside one paragraph
SIGN_LINES = ["编制：项目安全部　陈晓峰", "审核：项目总工程师　何立伟", "批准：项目经理　孙建平"]

# 表1 安全检查频次及责任表: category (merged vertically), object, frequency, organiser
TABLE1_HEAD = ["检查类别", "检查内容", "频次", "组织（责任）人"]
TABLE1: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "日常检查",
        [
            ("班组作业前自检", "每班作业前", "班组长"),
            ("专职安全员现场巡查", "每天不少于2次", "专职安全员"),
            ("塔吊、施工升降机班前检查", "每班作业前", "设备司机"),
        ],
    ),
    (
        "定期检查",
        [
            ("项目部综合安全检查", "每周一上午一次", "项目经理"),
            ("公司安全大检查", "每季度一次", "公司安全管理部"),
        ],
    ),
    (
        "专项检查",
        [
            ("深基坑支护及降水", "每周二、周五各一次", "项目总工程师"),
            ("脚手架（含爬架）", "每周一次", "项目安全总监"),
            ("塔吊、施工升降机（含标准节螺栓紧固）", "每月一次", "设备管理员"),
            ("临时用电及接地电阻测试", "每月一次", "电气工长"),
            ("消防器材", "每月15日前", "综合办公室"),
        ],
    ),
    (
        "季节性检查",
        [
            ("防台防汛", "汛期前及每次台风、暴雨前后", "生产副经理"),
            ("冬季防火防冻", "每年11月", "项目安全总监"),
        ],
    ),
]
TABLE1_NOTE = (
    "注：春节、国庆节等节假日前后各增加一次综合检查；检查发现重大隐患的，按第十六章规定立即停工整改。"
)

TABLE2_HEAD = ["序号", "违章行为", "对个人罚款", "对分包单位罚款"]
TABLE2 = [
    ("1", "进入施工现场未戴安全帽或未系下颏带", "100元/人次", "500元/次"),
    ("2", "高处作业未系挂安全带", "300元/人次", "2000元/次"),
    ("3", "无证从事特种作业", "800元/人次", "5000元/次"),
    ("4", "未办理动火证擅自动火", "600元/人次", "3000元/次"),
    ("5", "私拉乱接电线、使用不合格开关箱", "250元/人次", "2500元/次"),
    ("6", "擅自拆除临边、洞口防护设施", "400元/人次", "4000元/次"),
    ("7", "未经审批进入有限空间作业", "1000元/人次", "10000元/次"),
    ("8", "在施工作业区吸烟", "150元/人次", "1000元/次"),
    ("9", "酒后进入施工现场", "500元/人次", "1500元/次"),
    ("10", "塔吊司机、信号工违章指挥或违章操作", "1200元/人次", "6000元/次"),
    ("11", "未经批准进行夜间施工", "—", "8000元/次"),
]
TABLE2_NOTE = "同一违章行为在一个月内重复发生的，按上述标准加倍处罚。"

ANNEX = [
    ("bold", "附件"),
    ("title2", "有限空间作业审批表"),
    ("p", "编号：YX-________　　　　　　　　　　　　填表日期：　　年　　月　　日"),
    ("p", "作业单位：________________　　作业地点：________________"),
    ("p", "作业内容：______________________________________________"),
    ("p", "作业时间：自　　月　　日　　时　　分至　　月　　日　　时　　分（连续不超过8小时）"),
    ("p", "作业负责人：__________　监护人：__________　作业人员：____________________"),
    (
        "p",
        "气体检测结果：氧含量______%　可燃气体______%LEL　硫化氢______mg/m³　一氧化碳______mg/m³"
        "　检测人：________　检测时间：________",
    ),
    ("p", "安全措施确认（逐项打“√”）："),
    ("p", "□ 1．已通风30分钟以上，检测合格"),
    ("p", "□ 2．现场配备正压式空气呼吸器2套、安全绳和救援三脚架"),
    ("p", "□ 3．照明电压不超过12V，使用防爆灯具"),
    ("p", "□ 4．入口设置警示标志和围挡"),
    ("p", "□ 5．监护人与作业人员已约定联络信号"),
    ("p", "审批意见："),
    ("p", "施工员：__________　安全员：__________　生产副经理：__________"),
    (
        "p",
        "注：本表一式三份，作业班组、项目安全部、监护人各执一份；作业结束后交项目安全部存档，保存期限1年。",
    ),
]

DIGITS = "零一二三四五六七八九"


def cn_number(n: int) -> str:
    if n < 10:
        return DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else DIGITS[tens]) + "十" + (DIGITS[ones] if ones else "")


def set_font(run, size: float = 12, bold: bool = False, east_asia: str = "仿宋") -> None:
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), east_asia)


def para(doc_or_cell, text: str, *, size: float = 12, bold: bool = False, align=None, font: str = "仿宋"):
    p = doc_or_cell.add_paragraph()
    if align is not None:
        p.alignment = align
    run = p.add_run(text)
    set_font(run, size, bold, font)
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.line_spacing = Pt(22)
    return p


def add_page_field(paragraph: Paragraph) -> None:
    run = paragraph.add_run()
    set_font(run, 9)
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    num = OxmlElement("w:t")
    num.text = "1"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for el in (begin, instr, sep, num, end):
        run._element.append(el)
    tail = paragraph.add_run(" 页")
    set_font(tail, 9)


def cell_text(cell, text: str, bold: bool = False) -> None:
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(text)
    set_font(run, 10.5, bold)


def table1(doc) -> None:
    para(doc, "表1　安全检查频次及责任表", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, font="黑体")
    rows = sum(len(items) for _, items in TABLE1) + 2
    t = doc.add_table(rows=rows, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(TABLE1_HEAD):
        cell_text(t.cell(0, j), h, bold=True)
    r = 1
    for category, items in TABLE1:
        first = r
        for what, freq, who in items:
            cell_text(t.cell(r, 1), what)
            cell_text(t.cell(r, 2), freq)
            cell_text(t.cell(r, 3), who)
            r += 1
        merged = t.cell(first, 0).merge(t.cell(r - 1, 0))
        cell_text(merged, category, bold=True)
    note = t.cell(r, 0).merge(t.cell(r, 3))
    cell_text(note, TABLE1_NOTE)
    note.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.LEFT


def table2(doc) -> None:
    para(doc, "表2　违章罚款标准", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, font="黑体")
    t = doc.add_table(rows=len(TABLE2) + 2, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(TABLE2_HEAD):
        cell_text(t.cell(0, j), h, bold=True)
    for i, row in enumerate(TABLE2, start=1):
        for j, v in enumerate(row):
            cell_text(t.cell(i, j), v)
        t.cell(i, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.LEFT
    last = len(TABLE2) + 1
    cell_text(t.cell(last, 0), "备注")
    merged = t.cell(last, 1).merge(t.cell(last, 3))
    cell_text(merged, TABLE2_NOTE)


def build() -> None:
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(hp.add_run(HEADER), 9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(fp.add_run(FOOTER), 9)
    add_page_field(fp)

    for kind, text in TITLE_BLOCK:
        if kind == "company":
            para(doc, text, size=22, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, font="宋体")
        elif kind == "title":
            para(doc, text, size=18, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, font="方正小标宋简体")
        else:
            para(doc, text, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
    sign = doc.add_paragraph()
    sign.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for k, line in enumerate(SIGN_LINES):
        run = sign.add_run(line)
        set_font(run, 12)
        if k < len(SIGN_LINES) - 1:
            run.add_break(WD_BREAK.LINE)
    para(doc, "")

    n = 0
    for kind, raw in BODY:
        text = raw or ""
        if kind == "h":
            p = para(doc, text, size=14, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, font="黑体")
            p.paragraph_format.space_before = Pt(12)
            p.paragraph_format.space_after = Pt(6)
        elif kind == "a":
            n += 1
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(0)
            p.paragraph_format.line_spacing = Pt(22)
            head = p.add_run(f"{IND}第{cn_number(n)}条　")
            set_font(head, 12, bold=True)
            set_font(p.add_run(text), 12)
        elif kind == "i":
            p = para(doc, text)
            p.paragraph_format.first_line_indent = Pt(24)
        elif kind == "t1":
            table1(doc)
        elif kind == "t2":
            table2(doc)
    assert 60 <= n <= 90, n

    para(doc, "")
    para(doc, f"{COMPANY}滨江中心项目部", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "2025年2月18日", align=WD_ALIGN_PARAGRAPH.RIGHT)

    brk = doc.add_paragraph().add_run()
    brk.add_break(WD_BREAK.PAGE)
    for kind, text in ANNEX:
        if kind == "bold":
            para(doc, text, size=14, bold=True, font="黑体")
        elif kind == "title2":
            para(doc, text, size=16, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, font="宋体")
        else:
            para(doc, text, size=11)
    doc.core_properties.author = "chenxf"
    doc.core_properties.title = "滨江中心项目安全生产管理制度"
    doc.save(str(OUT))
    print(f"wrote {OUT.name}: {n} articles")


def units(path: Path) -> list[str]:
    """The document as printed, one string per paragraph or table cell (header and footer included)."""
    doc = Document(str(path))
    out = [p.text for p in doc.paragraphs]
    for t in doc.tables:
        for row in t.rows:
            for c in row.cells:
                if c.text not in out[-1:]:
                    out.append(c.text)
    for s in doc.sections:
        out += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
    return out


def check() -> int:
    if not QA.exists():
        return 0
    data = yaml.safe_load(QA.read_text(encoding="utf-8"))
    us = units(OUT)
    whole = "\n".join(us)
    bad = 0
    for q in data["questions"]:
        must = q["must"]
        if not must:
            continue
        if not any(all(m in u for m in must) for u in us):
            print(f"MISSING {q['id']}: {must}")
            bad += 1
        for m in must:
            c = whole.count(m)
            if c > 1:
                print(f"note {q['id']}: {m!r} occurs {c} times")
    print(f"checked {len(data['questions'])} questions, {bad} bad")
    return 1 if bad else 0


if __name__ == "__main__":
    build()
    sys.exit(check())
