package com.hospitalplan.plan;

import com.hospitalplan.shared.MoneyFormat;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Planned money in 万元 as people read it: "30,000", "约 1,500", "1,000（另有未说明金额）", "未说明", and a line's amount
 * as the document writes it ("每年 约 300"). Templates call {@code @plannedMoney.total(m, #locale)}.
 */
@Component("plannedMoney")
public class PlannedMoneyFormat {

    private final MessageSource messages;
    private final MoneyFormat money;

    PlannedMoneyFormat(MessageSource messages, MoneyFormat money) {
        this.messages = messages;
        this.money = money;
    }

    /** A total: 约 when a line in it is approximate, the lines without an amount said, never shown as 0. */
    public String total(Money total, Locale locale) {
        if (total.unknown()) {
            return messages.getMessage("budget.notStated", null, locale);
        }
        String text = about(money.format(total.amount()), total.approximate(), locale);
        return total.complete() ? text : messages.getMessage("budget.plusNotStated", new Object[] {text}, locale);
    }

    /** One line's amount: 未说明, or the amount with 约 and 每年 as the document writes it. */
    public String amount(BudgetAmount amount, Locale locale) {
        if (!amount.stated()) {
            return messages.getMessage("budget.notStated", null, locale);
        }
        String text = about(money.format(amount.amount()), amount.approximate(), locale);
        return amount.recurring() ? messages.getMessage("budget.perYear", new Object[] {text}, locale) : text;
    }

    private String about(String text, boolean approximate, Locale locale) {
        return approximate ? messages.getMessage("budget.about", new Object[] {text}, locale) : text;
    }
}
