package com.hospitalplan.shared;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Amounts in 万元 as the plans write them: "30,000", "12.5" (templates call {@code @money.format(x)}). */
@Component("money")
public class MoneyFormat {

    public String format(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setParseBigDecimal(true);
        return format.format(amount);
    }
}
