package com.hospitalplan.planworkbook;

import com.hospitalplan.shared.WorkbookLimits;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** The sheet 说明: how to fill in a plan workbook, in Chinese. */
final class Instructions {

    private Instructions() {}

    static void write(Sheet sheet, Workbook workbook, WorkbookLimits limits) {
        CellStyle heading = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        bold.setFontHeightInPoints((short) 12);
        heading.setFont(bold);
        CellStyle body = workbook.createCellStyle();
        body.setWrapText(true);
        sheet.setColumnWidth(0, 120 * 256);
        int r = 0;
        for (String line : lines(limits)) {
            Row row = sheet.createRow(r++);
            if (line.isEmpty()) {
                continue;
            }
            boolean isHeading = line.startsWith("# ");
            row.createCell(0).setCellValue(isHeading ? line.substring(2) : line);
            row.getCell(0).setCellStyle(isHeading ? heading : body);
        }
    }

    private static List<String> lines(WorkbookLimits limits) {
        return List.of(
                "# 规划工作簿填写说明",
                "本工作簿用于在系统与 Excel 之间导出、导入一份规划（方案）：基本信息、目标任务、里程碑、指标、资金预算和文件所列合计。",
                "导入时系统逐个单元格检查；只要有一处错误，就什么也不保存，并列出每个问题所在的工作表、行号、列号和原因。" + "全部无误后，规划人员确认才会创建规划（或替换草稿的内容）。",
                "",
                "# 通用规则",
                "1. 表头为第 1 行，请勿修改表头文字；带 * 的列必须填写。可以调整列的顺序，不认识的列会被忽略。",
                "2. 带下拉箭头的单元格请从列表中选择；单位、类别、资金来源也可以直接填写列表以外的内容。",
                "3. 文字按原样保存。以 =、+、-、@ 开头的内容作为文字导入，不会作为公式执行；请不要在单元格中使用公式。",
                "4. 金额单位为万元，最多两位小数；年份为四位数字（1990—2100）。年份超出规划起止年份时会提示，但不会阻止导入。",
                "5. 多个配合单位写在同一个单元格中，每行一个（Alt+Enter 换行），或用分号隔开。单位名称须与系统中的机构名称一致" + "（科室写作“医院名称 科室名称”），可从“牵头单位”的下拉列表中复制。",
                "6. 文件须为 .xlsx 格式，不能加密，大小不超过 " + limits.maxFileBytes() / (1024 * 1024) + " MB，每个工作表不超过 "
                        + limits.maxRows() + " 行。",
                "",
                "# 基本信息",
                "每行一项：A 列为项目名称，B 列为内容。“依据文件”“覆盖机构”“覆盖区域”可以重复多行。",
                "规划名称、印发单位、状态（草稿 / 征求意见稿 / 已印发）、起始年份、结束年份必须填写。",
                "维护单位：负责维护本规划的单位，留空即为导入人所在单位；规划人员只能导入本单位的规划。",
                "依据文件：B 列为文件名称，C 列为文号（可空）。覆盖区域：填写六位行政区划代码，如“440823 遂溪县”。",
                "",
                "# 目标",
                "目标任务树，按文件顺序逐行填写。目标键是本工作簿内的唯一编码（如 1、1.2），供其他工作表引用；"
                        + "上级目标键须指向前面某一行的目标，留空表示第一层（章节）。编号按文件原样填写，如“四、”“（一）”“1.”。",
                "",
                "# 里程碑",
                "年度进度或年度目标：所属目标键、标题、年度必填；完成日期须在该年度内；计划投入单位为万元。",
                "分项目标每行一个，写作“名称：目标”，如“引进博士：1-2人”。",
                "",
                "# 指标",
                "目标（按原文）照文件原样填写，如“≥35%”“45%左右”“2~3个”“七级”。年度目标每行一个，写作“年份：目标”，如“2023：≥30%”。",
                "方向、数值类型、等级表、约束性指标、汇总方式从下拉列表选择；留空时方向为“越高越好”，数值类型为“数值”，"
                        + "约束性指标为“否”，汇总方式按数值类型默认。等级表只用于数值类型为“等级”的指标，此时基线值填写等级，如“五级”。",
                "汇总方式为“加权平均”时，须在“权重指标键”中填写作为权重的另一个指标的指标键。",
                "结构化目标由系统填写（系统无法自动识别的目标表述的结构化形式），请勿修改；新增指标时留空即可。",
                "",
                "# 预算与预算合计",
                "预算：每行一笔计划资金，资金来源、支出类别必填；年度留空表示整个规划期。金额必填，文件列出此项却未写金额时留空并在“金额未说明”填“是”（不按 0 计）；“每年”填“是”表示金额为每年金额、覆盖整个规划期（年度留空）；“约”填“是”表示约数；“计入合计”填“否”表示文件在预算之外提到、已含在其他预算中的投入，只列示不相加。",
                "预算合计：文件中写明的合计数，资金来源、支出类别、年度留空表示不限；系统会与预算明细核对并提示不一致之处。",
                "",
                "# 不在工作簿中的内容",
                "已印发规划的目标调整记录（原目标、调整理由、调整人）、填报周期、填报和审核记录不属于规划内容，不导出也不导入。" + "导出的是当前（调整后）的目标；按工作簿新建的规划没有调整记录。");
    }
}
