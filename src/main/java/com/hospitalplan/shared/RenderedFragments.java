package com.hospitalplan.shared;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Rendered HTML of page parts that depend on nothing but an immutable view object (a dashboard's figures) and a few
 * switches: kept while that very object is, so that a page asked again costs no template rendering (most of a
 * dashboard page's CPU, docs/performance.md). Keys are held weakly and compared by identity: when the view object is
 * replaced because the data changed, its HTML is never found again and goes with it. Bounded by the characters kept.
 */
class RenderedFragments {

    /** The share of the maximum heap the kept HTML may take (two bytes a character, at most). */
    private static final int HEAP_DIVISOR = 16;

    /** The share of the maximum heap the HTML kept by value may take: the shared page parts are small and few. */
    private static final int HEAP_DIVISOR_BY_VALUE = 128;

    /** A page part's place (template, position, language) and the value it was rendered for. */
    record ValueKey(String place, Object value) {}

    private final Cache<Object, Map<String, String>> kept;
    private final Cache<ValueKey, String> keptByValue;

    RenderedFragments() {
        this(Runtime.getRuntime().maxMemory() / HEAP_DIVISOR / 2);
    }

    RenderedFragments(long maximumCharacters) {
        this.kept = Caffeine.newBuilder()
                .weakKeys()
                .maximumWeight(maximumCharacters)
                .<Object, Map<String, String>>weigher((view, variants) -> weight(variants))
                .build();
        this.keptByValue = Caffeine.newBuilder()
                .maximumWeight(maximumCharacters * HEAP_DIVISOR / HEAP_DIVISOR_BY_VALUE)
                .<ValueKey, String>weigher((key, html) -> key.place().length() + html.length())
                .expireAfterAccess(Duration.ofHours(1))
                .build();
    }

    /**
     * The HTML kept for a page part and the value it depends on (compared with {@code equals}), or what
     * {@code render} makes of it (then kept).
     */
    String html(ValueKey key, Supplier<String> render) {
        String html = keptByValue.getIfPresent(key);
        if (html != null) {
            return html;
        }
        String made = render.get();
        keptByValue.put(key, made);
        return made;
    }

    /**
     * The HTML kept for this view object and variant, or what {@code render} makes of it (then kept). Two requests
     * that miss at once may both render; both get the same text.
     */
    String html(Object view, String variant, Supplier<String> render) {
        Map<String, String> variants = kept.getIfPresent(view);
        String html = variants == null ? null : variants.get(variant);
        if (html != null) {
            return html;
        }
        String rendered = render.get();
        kept.asMap().merge(view, Map.of(variant, rendered), RenderedFragments::union);
        return rendered;
    }

    private static Map<String, String> union(Map<String, String> kept, Map<String, String> added) {
        Map<String, String> all = new HashMap<>(kept);
        all.putAll(added);
        return Map.copyOf(all);
    }

    private static int weight(Map<String, String> variants) {
        long characters = 0;
        for (var entry : variants.entrySet()) {
            characters += entry.getKey().length() + entry.getValue().length();
        }
        return (int) Math.min(Integer.MAX_VALUE, characters);
    }
}
