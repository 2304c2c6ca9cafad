package com.hospitalplan.documentimport;

import com.hospitalplan.plan.PlanService;
import com.hospitalplan.user.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * A draft plan from a document, for those who may create plans (planners and administrators, as the plan module
 * decides); nothing is saved.
 */
@Service
public class PlanDraftService {

    private final PlanService plans;
    private final DocumentTexts texts = new DocumentTexts();
    private final PlanDraftExtractor extractor = new PlanDraftExtractor();

    PlanDraftService(PlanService plans) {
        this.plans = plans;
    }

    /**
     * The draft read from a file's content (.docx, .doc, PDF with a text layer, or plain text).
     *
     * @throws AccessDeniedException when the user may not create plans
     * @throws DocumentRefusedException when the file cannot be read as a plan document
     */
    public PlanDraft fromDocument(byte[] content, SignedInUser user) {
        requireCreator(user);
        return extractor.extract(texts.read(content));
    }

    public void requireCreator(SignedInUser user) {
        if (user == null || !plans.mayCreatePlans(user)) {
            throw new AccessDeniedException("Only planners read plan documents");
        }
    }
}
