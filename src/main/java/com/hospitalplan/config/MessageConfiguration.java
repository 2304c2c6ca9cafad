package com.hospitalplan.config;

import com.hospitalplan.shared.BureauNumbers;
import java.text.Format;
import java.text.MessageFormat;
import java.util.Locale;
import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The messages ({@code spring.messages.*}, as Spring Boot would set them up), with one change: a bare {@code {0}}
 * given a whole number writes its digits alone. Java groups it ("2,021—2,025年"); a bureau writes years, quarters and
 * counts without separators, in pages, exports and the PDF alike ({@link BureauNumbers}).
 */
@Configuration(proxyBeanMethods = false)
class MessageConfiguration {

    @Bean
    @ConfigurationProperties("spring.messages")
    MessageSourceProperties messageSourceProperties() {
        return new MessageSourceProperties();
    }

    @Bean
    MessageSource messageSource(MessageSourceProperties properties) {
        ResourceBundleMessageSource messages = new UngroupedWholeNumbers();
        messages.setBasenames(properties.getBasename().toArray(String[]::new));
        if (properties.getEncoding() != null) {
            messages.setDefaultEncoding(properties.getEncoding().name());
        }
        messages.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
        if (properties.getCacheDuration() != null) {
            messages.setCacheMillis(properties.getCacheDuration().toMillis());
        }
        messages.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
        messages.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
        return messages;
    }

    /** Gives every argument written without a format type ({@code {0}}) the bureau's way of writing numbers. */
    static final class UngroupedWholeNumbers extends ResourceBundleMessageSource {

        @Override
        protected MessageFormat createMessageFormat(String message, Locale locale) {
            MessageFormat format = super.createMessageFormat(message, locale);
            Format[] formats = format.getFormats();
            for (int i = 0; i < formats.length; i++) {
                if (formats[i] == null) {
                    format.setFormat(i, BureauNumbers.forMessages(locale));
                }
            }
            return format;
        }
    }
}
