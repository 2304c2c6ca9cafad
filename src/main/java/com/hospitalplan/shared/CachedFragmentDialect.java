package com.hospitalplan.shared;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.TemplateModel;
import org.thymeleaf.inline.NoOpInliner;
import org.thymeleaf.model.AttributeValueQuotes;
import org.thymeleaf.model.IModel;
import org.thymeleaf.model.IModelFactory;
import org.thymeleaf.model.IOpenElementTag;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractElementModelProcessor;
import org.thymeleaf.processor.element.IElementModelStructureHandler;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.web.IWebRequest;

/**
 * {@code hp:cache-by="${d}"} on an element renders it once per view object, address (path and query, which links to
 * the same page with other filters are made of) and language, and then serves the kept HTML
 * ({@link RenderedFragments}). Only for page parts whose every expression depends on nothing else: not on the user or
 * the session (no POST form, whose CSRF token differs per session).
 *
 * <p>{@code hp:cache-as="${key}"} renders it once per value of the key (compared with {@code equals}) and language,
 * whatever the address: for the parts every page shares (the menu, the style sheets and scripts), whose key names all
 * they depend on (the role, the to-do counts). The same rules hold: no POST form, nothing of the session.
 */
@Component
class CachedFragmentDialect extends AbstractProcessorDialect {

    static final String PREFIX = "hp";

    private final RenderedFragments rendered;

    CachedFragmentDialect() {
        this(new RenderedFragments());
    }

    CachedFragmentDialect(RenderedFragments rendered) {
        super("Cached fragments", PREFIX, 0);
        this.rendered = rendered;
    }

    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
        return Set.of(
                new CachedFragmentProcessor(dialectPrefix, rendered, CachedFragmentProcessor.BY),
                new CachedFragmentProcessor(dialectPrefix, rendered, CachedFragmentProcessor.AS));
    }

    /** Runs before every standard attribute of its element, so a kept element evaluates none of them. */
    static final class CachedFragmentProcessor extends AbstractElementModelProcessor {

        static final String BY = "cache-by";
        static final String AS = "cache-as";
        private static final String BLOCK = "th:block";

        private final String prefix;
        private final RenderedFragments rendered;
        private final String attribute;

        CachedFragmentProcessor(String prefix, RenderedFragments rendered, String attribute) {
            super(TemplateMode.HTML, prefix, null, false, attribute, true, 0);
            this.prefix = prefix;
            this.rendered = rendered;
            this.attribute = attribute;
        }

        @Override
        protected void doProcess(
                ITemplateContext context, IModel model, IElementModelStructureHandler structureHandler) {
            IModelFactory factory = context.getModelFactory();
            IProcessableElementTag tag = (IProcessableElementTag) model.get(0);
            Object view = evaluate(context, tag.getAttributeValue(prefix, attribute));
            model.replace(0, factory.removeAttribute(tag, prefix, attribute));
            if (view == null || !(context instanceof IWebContext web)) {
                return;
            }
            String place = tag.getTemplateName() + ':' + tag.getLine() + ':' + tag.getCol() + ':' + context.getLocale();
            String html;
            if (AS.equals(attribute)) {
                html = rendered.html(new RenderedFragments.ValueKey(place, view), () -> render(context, model));
            } else {
                IWebRequest request = web.getExchange().getRequest();
                String key = place + ':' + request.getRequestPath() + '?' + request.getQueryString();
                html = rendered.html(view, key, () -> render(context, model));
            }
            model.reset();
            model.add(factory.createText(html));
            // The kept text is finished HTML: it must not be read again for [[...]] inlined expressions
            structureHandler.setInliner(NoOpInliner.INSTANCE);
        }

        private static Object evaluate(ITemplateContext context, String expression) {
            return StandardExpressions.getExpressionParser(context.getConfiguration())
                    .parseExpression(context, expression)
                    .execute(context);
        }

        /**
         * The element processed as any other part of the template would be, into text: written back as markup
         * (with {@code th:block} elements rewritten: the engine turns inlined {@code [[...]]} expressions into
         * such elements and writes them without a space before their attribute) and processed in the current context.
         */
        private static String render(ITemplateContext context, IModel model) {
            IModelFactory factory = context.getModelFactory();
            IModel element = model.cloneModel();
            for (int i = 0; i < element.size(); i++) {
                if (element.get(i) instanceof IOpenElementTag tag && BLOCK.equals(tag.getElementCompleteName())) {
                    Map<String, String> attributes = tag.getAttributeMap();
                    boolean doubleQuoted = attributes.values().stream().anyMatch(v -> v != null && v.contains("\""));
                    element.replace(
                            i,
                            factory.createOpenElementTag(
                                    BLOCK,
                                    attributes,
                                    doubleQuoted ? AttributeValueQuotes.SINGLE : AttributeValueQuotes.DOUBLE,
                                    false));
                }
            }
            StringWriter markup = new StringWriter();
            try {
                element.write(markup);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a StringWriter does not throw
            }
            var templates = context.getConfiguration().getTemplateManager();
            TemplateModel parsed =
                    templates.parseString(context.getTemplateData(), markup.toString(), 0, 0, TemplateMode.HTML, false);
            StringWriter html = new StringWriter();
            templates.process(parsed, context, html);
            return html.toString();
        }
    }
}
