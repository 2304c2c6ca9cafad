package com.hospitalplan.shared;

import java.math.BigInteger;
import java.text.FieldPosition;
import java.text.Format;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Date;
import java.util.Locale;

/**
 * Numbers as a Chinese health bureau writes them, in pages, exports and the PDF alike: whole numbers (years, quarters,
 * counts) never grouped ("2021—2025年", "2026年第3季度", never "2,021"). Every message argument passes through
 * {@link #forMessages(Locale)}, so pages, exports and the PDF (all worded through the messages) agree. Amounts in 万元
 * are {@link MoneyFormat}'s; figures with a unit are rounded by the targets' {@code Rounding}.
 */
public final class BureauNumbers {

    private BureauNumbers() {}

    /**
     * How a message argument is written: a whole number as its digits alone, other numbers and dates as the
     * locale writes them (Java's own choice for a bare {@code {0}}), anything else as its text.
     */
    public static Format forMessages(Locale locale) {
        return new MessageArgument(locale);
    }

    private static final class MessageArgument extends Format {

        private final Locale locale;

        MessageArgument(Locale locale) {
            this.locale = locale;
        }

        @Override
        public StringBuffer format(Object value, StringBuffer to, FieldPosition position) {
            if (value instanceof Integer
                    || value instanceof Long
                    || value instanceof Short
                    || value instanceof Byte
                    || value instanceof BigInteger) {
                return to.append(value);
            }
            if (value instanceof Number number) {
                return NumberFormat.getInstance(locale).format(number, to, position);
            }
            if (value instanceof Date date) {
                return java.text.DateFormat.getDateTimeInstance(
                                java.text.DateFormat.SHORT, java.text.DateFormat.SHORT, locale)
                        .format(date, to, position);
            }
            return to.append(value);
        }

        @Override
        public Object parseObject(String source, ParsePosition position) {
            throw new UnsupportedOperationException("Message arguments are only written");
        }
    }
}
