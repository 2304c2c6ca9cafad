package com.hospitalplan.dashboard.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.ISpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The large tables of the dashboards (scorecards, heat maps) rendered to HTML once per view and kept: a view is built
 * once per plan snapshot and kept with it, so the same view object always renders to the same HTML, and a new snapshot
 * (a decided report, an edited plan) brings new view objects. Rendering them cell by cell took most of a dashboard
 * request's time at province scale (docs/performance.md). The tables are rendered by the same templates
 * ({@code dashboards/tables.html}), with the same escaping, as the rest of the page.
 */
@Component
class RenderedTables {

    /** About 20 MB of HTML at most. */
    private static final int MAX_KEPT = 300;

    /** A view (by identity: it stands for one snapshot), a table of it, and what else picks the rows (a page). */
    private record Key(Object view, String table, Object detail) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && key.view == view
                    && key.table.equals(table)
                    && Objects.equals(key.detail, detail);
        }

        @Override
        public int hashCode() {
            return Objects.hash(System.identityHashCode(view), table, detail);
        }
    }

    private final ISpringTemplateEngine engine;
    private final ApplicationContext context;
    private final Map<Key, String> kept = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, String> eldest) {
            return size() > MAX_KEPT;
        }
    };

    RenderedTables(ISpringTemplateEngine engine, ApplicationContext context) {
        this.engine = engine;
        this.context = context;
    }

    /**
     * The fragment {@code table} of {@code dashboards/tables.html} rendered with {@code variables}, from memory when
     * this view's table was rendered before.
     *
     * @param detail whatever besides the view decides the rows (a page number, a filter), or {@code null}
     */
    String render(
            Object view,
            Object detail,
            String table,
            Map<String, Object> variables,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale) {
        Key key = new Key(view, table, detail);
        synchronized (kept) {
            String html = kept.get(key);
            if (html != null) {
                return html;
            }
        }
        var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response);
        WebContext web = new WebContext(exchange, locale, variables);
        web.setVariable(
                ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(context, null));
        String html = engine.process("dashboards/tables", Set.of(table), web);
        synchronized (kept) {
            kept.put(key, html);
        }
        return html;
    }
}
