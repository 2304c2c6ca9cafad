package com.hospitalplan.project.web;

import com.hospitalplan.project.BedAreaStandards;
import com.hospitalplan.user.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page of the bed-area standard (综合医院建设标准 建标110-2021): its bands by bed count, a band
 * added, a band removed. The product ships no figures; see {@link BedAreaStandards}.
 */
@Controller
class BedAreaStandardAdminController {

    /** A new band as typed. */
    public static class BandForm {

        private Integer minBeds;
        private Integer maxBeds;
        private BigDecimal areaPerBed;

        public Integer getMinBeds() {
            return minBeds;
        }

        public void setMinBeds(Integer minBeds) {
            this.minBeds = minBeds;
        }

        public Integer getMaxBeds() {
            return maxBeds;
        }

        public void setMaxBeds(Integer maxBeds) {
            this.maxBeds = maxBeds;
        }

        public BigDecimal getAreaPerBed() {
            return areaPerBed;
        }

        public void setAreaPerBed(BigDecimal areaPerBed) {
            this.areaPerBed = areaPerBed;
        }
    }

    private final BedAreaStandards standards;

    BedAreaStandardAdminController(BedAreaStandards standards) {
        this.standards = standards;
    }

    @GetMapping("/admin/bed-area-standard")
    String listBands(Model model) {
        return show(new BandForm(), model);
    }

    @PostMapping("/admin/bed-area-standard")
    String addBand(
            @AuthenticationPrincipal SignedInUser user,
            @ModelAttribute("form") BandForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (FormWrites.wrote(
                result, () -> standards.add(form.getMinBeds(), form.getMaxBeds(), form.getAreaPerBed(), user))) {
            redirect.addFlashAttribute("success", "admin.bedArea.added");
            return "redirect:/admin/bed-area-standard";
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return show(form, model);
    }

    @PostMapping("/admin/bed-area-standard/{bandId}/delete")
    String removeBand(
            @PathVariable Long bandId, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        standards.remove(bandId, user);
        redirect.addFlashAttribute("success", "admin.bedArea.removed");
        return "redirect:/admin/bed-area-standard";
    }

    private String show(BandForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("bands", standards.bands());
        return "admin/bed-area-standard";
    }
}
