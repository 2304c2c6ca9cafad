package com.hospitalplan.documentimport;

/**
 * What the document says about itself. Each field is {@code null} when the document does not say it.
 *
 * @param title the plan's title
 * @param issuer the issuing body (from the signature, the notice's heading, or the plan's subject)
 * @param documentNumber the document number (文号, "粤府办〔2018〕20号") of the document itself
 * @param startYear the first year of the period ("2021—2025年")
 * @param endYear the last year of the period
 * @param titleSpan where the title stands
 * @param basisDocuments the documents the plan says it is based on (编制依据), in document order
 */
public record DraftFacts(
        String title,
        String issuer,
        String documentNumber,
        Integer startYear,
        Integer endYear,
        Span titleSpan,
        java.util.List<DraftBasis> basisDocuments) {

    /** These facts with the basis documents found. */
    DraftFacts withBasis(java.util.List<DraftBasis> basis) {
        return new DraftFacts(
                title, issuer, documentNumber, startYear, endYear, titleSpan, java.util.List.copyOf(basis));
    }
}
