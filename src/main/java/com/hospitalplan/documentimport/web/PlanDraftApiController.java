package com.hospitalplan.documentimport.web;

import com.hospitalplan.documentimport.DocumentRefusedException;
import com.hospitalplan.documentimport.DocumentTexts;
import com.hospitalplan.documentimport.PlanDraft;
import com.hospitalplan.documentimport.PlanDraftService;
import com.hospitalplan.user.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** A plan's document in, the draft plan read from it out, nothing saved. */
@RestController
@Tag(name = "plan-drafts", description = "A draft plan read from the plan's document")
class PlanDraftApiController {

    private final PlanDraftService drafts;

    PlanDraftApiController(PlanDraftService drafts) {
        this.drafts = drafts;
    }

    @PostMapping(
            value = "/api/v1/plan-drafts",
            consumes = {MediaType.MULTIPART_FORM_DATA_VALUE, MediaType.TEXT_PLAIN_VALUE})
    @Operation(
            operationId = "extractPlanDraft",
            summary =
                    "The draft plan read from a plan document (.docx, .doc, PDF with a text layer, or text); not saved",
            description = "For planners and administrators. Send the file as multipart field `file`, or the text as a"
                    + " text/plain body (UTF-8 or GB18030). At most 20 MB and 300 PDF pages. Answers text (the"
                    + " document's text, which every span [start, end) refers to), facts (title, issuer, documentNumber,"
                    + " startYear, endYear, basisDocuments: the documents of the plan's basis (根据/依据/按照《…》, a"
                    + " 编制依据 section) with title, number (文号) or null, span), goals (number as written, title,"
                    + " chapter, span, children, units), indicators"
                    + " (name, unit, baselineText, targetText exactly as the document writes it, readAs where the"
                    + " parser was given more — the comparator ending a list (分别达到35%、15%、15%以上) applies to"
                    + " each item, a 每年/新增 earlier in the clause —, targetYear, target: the parser's reading as in"
                    + " GET /api/v1/targets/parse, null where not understood, source TABLE or TEXT, chapter, span,"
                    + " sentenceSpan, units, distribution: for a target the sentence states for every county or"
                    + " institution (每个县, 各县（市、区）, 所有县级医院, 每家公立医院, …均达到) its set — kind COUNTY,"
                    + " INSTITUTION or TIER, set as written, noun —, otherwise null), where units are the responsible units the document names (责任单位：…,"
                    + " 牵头单位/配合单位, （X牵头，Y配合）, an indicator table's 责任科室 column) as name as written,"
                    + " leading (the first named 牵头, else the first named) and span, not matched to organisations),"
                    + " milestones (year, month, text, plannedCost in 万元, span), budgetLines and"
                    + " statedTotals (label, amount in 万元, amountText, year, perYear, approximate, span). A file that"
                    + " is empty, encrypted, scanned without text, or no document is 400, a larger one 413, each with"
                    + " the reason in the caller's language.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content = {
                                @Content(
                                        mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                                        schema =
                                                @Schema(
                                                        type = "object",
                                                        requiredProperties = {"file"}),
                                        schemaProperties =
                                                @SchemaProperty(
                                                        name = "file",
                                                        schema = @Schema(type = "string", format = "binary"))),
                                @Content(mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string"))
                            }))
    PlanDraft extract(
            @Parameter(hidden = true) @RequestParam(name = "file", required = false) MultipartFile file,
            HttpServletRequest request,
            @AuthenticationPrincipal SignedInUser user)
            throws IOException {
        drafts.requireCreator(user);
        return drafts.fromDocument(content(file, request), user);
    }

    private static byte[] content(MultipartFile file, HttpServletRequest request) throws IOException {
        if (file != null) {
            if (file.getSize() > DocumentTexts.MAX_BYTES) {
                throw new DocumentRefusedException(
                        "document.refused.tooLarge", String.valueOf(DocumentTexts.MAX_BYTES / 1024 / 1024));
            }
            return file.getBytes();
        }
        try (InputStream in = request.getInputStream()) {
            return in.readNBytes(DocumentTexts.MAX_BYTES + 1);
        }
    }
}
