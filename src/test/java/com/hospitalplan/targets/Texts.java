package com.hospitalplan.targets;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Renders explanations with the application's real message bundles, without Spring. */
final class Texts {

    static final TargetTexts CHINESE = of(Locale.ROOT);
    static final TargetTexts ENGLISH = of(Locale.ENGLISH);

    private Texts() {}

    private static TargetTexts of(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                "messages",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new TargetTexts((key, args) -> args.length == 0
                ? bundle.getString(key)
                : new MessageFormat(bundle.getString(key), locale).format(args));
    }
}
