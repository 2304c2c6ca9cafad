package com.hospitalplan.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ChoiceFormat;
import java.text.DateFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps the Chinese (default) and English bundles in sync, and every label a template names present. */
class MessageBundlesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([A-Za-z][\\w.]*)");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        Set<String> chinese = load("messages.properties").stringPropertyNames();
        Set<String> english = load("messages_en.properties").stringPropertyNames();
        assertThat(new TreeSet<>(english)).containsExactlyElementsOf(new TreeSet<>(chinese));
    }

    @Test
    void noLabelIsEmpty() throws IOException {
        for (String bundle : List.of("messages.properties", "messages_en.properties")) {
            Properties messages = load(bundle);
            for (String key : messages.stringPropertyNames()) {
                assertThat(messages.getProperty(key)).as(bundle + " " + key).isNotBlank();
            }
        }
    }

    @Test
    void theDefaultBundleIsChinese() throws IOException {
        Properties chinese = load("messages.properties");
        assertThat(chinese.getProperty("app.name")).containsPattern(HAN);
        assertThat(chinese.getProperty("login.error.bad")).containsPattern(HAN);
    }

    @Test
    void everyLabelATemplateNamesExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Set<String> used = new HashSet<>();
        try (Stream<Path> templates = Files.walk(RESOURCES.resolve("templates"))) {
            for (Path template :
                    templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher matcher = LITERAL_KEY.matcher(Files.readString(template));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(keys).containsAll(used);
    }

    /**
     * A message with arguments goes through {@link MessageFormat}, where a single apostrophe starts quoted text: "that
     * year's target {3}" printed "{3}" and lost the apostrophe. Every such message is formatted with arguments of its
     * types, and no placeholder may survive and no lone apostrophe may be in it ('' or ’ instead). A message without
     * arguments is printed as written, so a doubled apostrophe would show twice there.
     */
    @Test
    void everyMessageWithArgumentsFormatsWithoutLosingArgumentsOrApostrophes() throws IOException {
        List<String> broken = new ArrayList<>();
        for (String bundle : List.of("messages.properties", "messages_en.properties")) {
            Locale locale = bundle.endsWith("_en.properties") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
            Properties messages = load(bundle);
            for (String key : new TreeSet<>(messages.stringPropertyNames())) {
                String text = messages.getProperty(key);
                if (!PLACEHOLDER.matcher(text).find()) {
                    if (text.contains("''")) {
                        broken.add(bundle + " " + key + ": '' without arguments prints twice");
                    }
                    continue;
                }
                String formatted;
                try {
                    MessageFormat format = new MessageFormat(text, locale);
                    formatted = format.format(arguments(format));
                } catch (IllegalArgumentException e) {
                    broken.add(bundle + " " + key + ": " + e.getMessage());
                    continue;
                }
                if (PLACEHOLDER.matcher(formatted).find()) {
                    broken.add(bundle + " " + key + ": " + formatted);
                } else if (LONE_APOSTROPHE.matcher(text).find()) {
                    broken.add(bundle + " " + key + ": lone apostrophe: " + formatted);
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    private static Object[] arguments(MessageFormat format) {
        Format[] formats = format.getFormatsByArgumentIndex();
        Object[] arguments = new Object[formats.length];
        for (int i = 0; i < formats.length; i++) {
            if (formats[i] instanceof NumberFormat || formats[i] instanceof ChoiceFormat) {
                arguments[i] = i + 1;
            } else if (formats[i] instanceof DateFormat) {
                arguments[i] = new Date(0);
            } else {
                arguments[i] = "«" + i + "»";
            }
        }
        return arguments;
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
