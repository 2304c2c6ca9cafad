package com.hospitalplan.documentimport;

import com.hospitalplan.documentimport.Sentences.Piece;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Milestones and budget lines. A milestone is a sentence with a date ("2022年6月底前", "至2019年底") and an event of a
 * project's or a task's life (建成, 投用, 开工, 完成, 通过, 启动…), or a sentence under a yearly schedule heading ("（一）
 * 2018 年进度"); an amount it names is its planned cost. A budget line is an amount in 万元/亿元 in a chapter or a
 * sentence on money (资金, 预算, 经费, 投入, 投资), its year from the sentence or the heading above; a sentence that
 * says 合计/总计/共计/总投资 states a total.
 */
final class Schedule {

    private static final Pattern DATE =
            Pattern.compile("([0-9０-９]{4})\\s*年(?:\\s*([0-9]{1,2})\\s*月)?(?:底|末)?(?:前|以前|之前)?");
    private static final List<String> EVENTS =
            List.of("建成", "投用", "投入使用", "开工", "竣工", "完成", "通过", "启动", "封顶", "创建", "挂牌", "运行", "验收", "上线", "组建", "成立");
    private static final List<String> MONEY_WORDS = List.of("资金", "预算", "经费", "投入", "投资", "支出");
    private static final List<String> TOTAL_WORDS = List.of("合计", "总计", "共计", "总投资", "总额", "总预算", "共需");

    private final List<DraftMilestone> milestones = new ArrayList<>();
    private final List<DraftBudgetLine> lines = new ArrayList<>();
    private final List<DraftBudgetLine> totals = new ArrayList<>();

    List<DraftMilestone> milestones() {
        return milestones;
    }

    List<DraftBudgetLine> lines() {
        return lines;
    }

    List<DraftBudgetLine> totals() {
        return totals;
    }

    /**
     * @param heading the heading the sentence stands under, or {@code null}
     * @param headingLine the sentence is (part of) a heading: it names money, never a milestone
     */
    void read(Piece sentence, Outline.Node heading, boolean headingLine) {
        String text = sentence.text();
        int scheduleYear = scheduleYear(heading);
        boolean moneySection = heading != null && heading.within(title -> containsAny(title, MONEY_WORDS));
        boolean spending = heading != null && heading.within(title -> title.contains("支出") || title.contains("预算"));
        List<Money.Amount> amounts = Money.amounts(text);
        if (scheduleYear > 0 && !spending && !headingLine) {
            milestones.add(new DraftMilestone(scheduleYear, null, text, cost(amounts), sentence.span()));
            return;
        }
        Matcher date = DATE.matcher(text);
        if (!headingLine && date.find() && containsAny(text.substring(date.end()), EVENTS)) {
            Integer month = date.group(2) == null ? null : Integer.valueOf(date.group(2));
            milestones.add(new DraftMilestone(
                    Integer.parseInt(Texts.digits(date.group(1))), month, text, cost(amounts), sentence.span()));
            if (!moneySection) {
                return;
            }
        }
        if (amounts.isEmpty() || !(moneySection || containsAny(text, MONEY_WORDS))) {
            return;
        }
        int year = Texts.yearIn(text);
        if (year == 0 && scheduleYear > 0) {
            year = scheduleYear;
        }
        boolean total = containsAny(text, TOTAL_WORDS);
        for (Money.Amount amount : amounts) {
            String before = text.substring(0, amount.start());
            DraftBudgetLine line = new DraftBudgetLine(
                    label(text, amount),
                    amount.wanYuan(),
                    amount.written(),
                    year == 0 ? null : year,
                    before.contains("每年"),
                    before.endsWith("约") || before.contains("约") || text.contains("近" + amount.written()),
                    new Span(sentence.start() + amount.start(), sentence.start() + amount.end()));
            (total ? totals : lines).add(line);
        }
    }

    private static BigDecimal cost(List<Money.Amount> amounts) {
        return amounts.isEmpty() ? null : amounts.get(0).wanYuan();
    }

    private static int scheduleYear(Outline.Node heading) {
        for (Outline.Node n = heading; n != null; n = n.parent) {
            if (Outline.isSchedule(n.title)) {
                return Texts.yearIn(n.title);
            }
        }
        return 0;
    }

    /** What the amount is for: the clause it stands in, without the amount, numbering and filler words. */
    private static String label(String text, Money.Amount amount) {
        int from = amount.start();
        while (from > 0 && "，,；;。：:".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        String label = text.substring(from, amount.start()).strip();
        Numbering.Mark mark = Numbering.at(label);
        if (mark != null) {
            label = label.substring(mark.end());
        }
        label = label.replaceAll("^(?:用于|计划|拟|约|每年|医院)+|(?:约|计|共|投入|为|达|每年)+$", "")
                .strip();
        if (label.length() >= 2) {
            return label;
        }
        String after = text.substring(amount.end()).replaceAll("^[，,：:\\s]+", "");
        return after.replaceAll("[，,。；;].*$", "").strip();
    }

    static boolean containsAny(String text, List<String> words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
