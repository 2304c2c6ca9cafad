package com.hospitalplan.levelscale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Level scales for system administrators (the chain admits only ADMIN to /admin/**). */
@Controller
class LevelScaleAdminController {

    private final LevelScaleService scales;

    LevelScaleAdminController(LevelScaleService scales) {
        this.scales = scales;
    }

    @GetMapping("/admin/level-scales")
    String listScales(Model model) {
        model.addAttribute("scales", scales.all());
        return "admin/level-scales/list";
    }

    @GetMapping("/admin/level-scales/new")
    String initCreationForm(Model model) {
        return form(new LevelScaleForm(), null, model);
    }

    @PostMapping("/admin/level-scales")
    String processCreationForm(
            @Valid @ModelAttribute("form") LevelScaleForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        form.checkGrades(result);
        if (result.hasErrors()) {
            return form(form, null, model);
        }
        try {
            scales.create(form.getKey(), form.command());
        } catch (LevelScaleConflictException e) {
            result.rejectValue(e.field(), e.messageKey(), e.args(), null);
            return form(form, null, model);
        }
        redirect.addFlashAttribute("success", "admin.levelScales.saved");
        return "redirect:/admin/level-scales";
    }

    @GetMapping("/admin/level-scales/{key}/edit")
    String initUpdateForm(@PathVariable String key, Model model) {
        return form(LevelScaleForm.of(existing(key)), key, model);
    }

    @PostMapping("/admin/level-scales/{key}")
    String processUpdateForm(
            @PathVariable String key,
            @Valid @ModelAttribute("form") LevelScaleForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        existing(key);
        // the key is fixed once created: the edit form does not send it, and its errors do not count
        form.setKey(key);
        form.checkGrades(result);
        if (result.hasFieldErrors("name") || result.hasFieldErrors("grades")) {
            return form(form, key, model);
        }
        try {
            scales.update(key, form.getVersion(), form.command());
        } catch (LevelScaleConflictException e) {
            result.rejectValue(e.field(), e.messageKey(), e.args(), null);
            return form(form, key, model);
        } catch (ObjectOptimisticLockingFailureException e) {
            // keep what was typed; show what the other tab saved; a second save replaces it knowingly
            LevelScaleView saved = existing(key);
            result.reject("admin.levelScales.stale");
            form.setVersion(saved.version());
            model.addAttribute("saved", saved);
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(form, key, model);
        }
        redirect.addFlashAttribute("success", "admin.levelScales.saved");
        return "redirect:/admin/level-scales";
    }

    private LevelScaleView existing(String key) {
        return scales.find(key).orElseThrow(() -> new LevelScaleNotFoundException(key));
    }

    private static String form(LevelScaleForm form, String key, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("scaleKey", key);
        return "admin/level-scales/form";
    }
}
