package com.hospitalplan.dashboard.web;

import com.hospitalplan.dashboard.DashboardViews.PlanDashboard;
import com.hospitalplan.plan.PlannedMoneyFormat;
import com.hospitalplan.shared.MoneyFormat;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * A plan's progress report as PDF: summary, milestones, budget by goal area (drawn as bars), the scorecard. Rendered
 * from an XHTML template in {@code pdf/} with openhtmltopdf; Chinese text needs a CJK TrueType font, WenQuanYi Micro
 * Hei from Debian's {@code fonts-wqy-microhei} by default ({@code app.pdf.font}).
 */
@Component
class ProgressReportPdf {

    static final String FONT_FAMILY = "WenQuanYi Micro Hei";

    private final SpringTemplateEngine templates = new SpringTemplateEngine();
    private final File font;
    private final MoneyFormat money;
    private final PlannedMoneyFormat plannedMoney;
    private final Clock clock;

    ProgressReportPdf(
            MessageSource messages,
            MoneyFormat money,
            PlannedMoneyFormat plannedMoney,
            Clock clock,
            @Value("${app.pdf.font:/usr/share/fonts/truetype/wqy/wqy-microhei.ttc}") String font) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("pdf/");
        resolver.setSuffix(".xhtml");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        templates.setTemplateResolver(resolver);
        templates.setTemplateEngineMessageSource(messages);
        this.font = new File(font);
        this.money = money;
        this.plannedMoney = plannedMoney;
        this.clock = clock;
    }

    byte[] render(PlanDashboard dashboard, Locale locale) {
        String xhtml = xhtml(dashboard, locale);
        try (PDDocument document = new PDDocument();
                TrueTypeCollection fonts = new TrueTypeCollection(font);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont chinese = regularFace(document, fonts);
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(document);
            builder.useFont(new PDFontSupplier(chinese), FONT_FAMILY);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the progress report (font " + font + ")", e);
        }
    }

    /** The report as the XHTML the PDF is rendered from. */
    String xhtml(PlanDashboard dashboard, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("d", dashboard);
        context.setVariable("money", money);
        context.setVariable("plannedMoney", plannedMoney);
        context.setVariable("today", LocalDate.now(clock));
        return templates.process("plan-report", context);
    }

    /** The proportional face of the collection (it also holds a monospaced one). */
    private static PDFont regularFace(PDDocument document, TrueTypeCollection fonts) throws IOException {
        PDFont[] found = new PDFont[1];
        fonts.processAllFonts(ttf -> {
            if (found[0] == null && !ttf.getName().contains("Mono")) {
                found[0] = PDType0Font.load(document, ttf, true);
            }
        });
        if (found[0] == null) {
            throw new IOException("No proportional font in the collection");
        }
        return found[0];
    }
}
