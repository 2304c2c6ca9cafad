package com.hospitalplan.judgement;

import com.hospitalplan.plan.LinkedProject.StageFact;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which stage of a construction project a target names: the one place where the parser's event words ("投用", "建成",
 * "动工", "封顶"…) meet the stage list (项目建议书/可研批复 … 投入使用). A stage whose own name the wording contains wins
 * (so a stage an administrator added is found by its name); otherwise the event words below. Where the wording names
 * several ("建成投入使用"), the latest stage of the list counts: the target is reached only then. Plain Java.
 */
final class StageWords {

    /** Event words of the target parser and the seeded stage each one means. */
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("项目建议书", "项目建议书/可研批复"),
            Map.entry("可研批复", "项目建议书/可研批复"),
            Map.entry("可行性研究", "项目建议书/可研批复"),
            Map.entry("立项", "项目建议书/可研批复"),
            Map.entry("初步设计", "初步设计批复"),
            Map.entry("招标", "施工招标"),
            Map.entry("开工", "开工"),
            Map.entry("动工", "开工"),
            Map.entry("开建", "开工"),
            Map.entry("启动建设", "开工"),
            Map.entry("施工", "开工"),
            Map.entry("封顶", "主体封顶"),
            Map.entry("竣工", "竣工验收"),
            Map.entry("完工", "竣工验收"),
            Map.entry("建成", "竣工验收"),
            Map.entry("落成", "竣工验收"),
            Map.entry("投入使用", "投入使用"),
            Map.entry("投用", "投入使用"),
            Map.entry("启用", "投入使用"),
            Map.entry("交付使用", "投入使用"),
            Map.entry("交付", "投入使用"),
            Map.entry("投入运营", "投入使用"),
            Map.entry("投入服务", "投入使用"),
            Map.entry("运营", "投入使用"),
            Map.entry("营运", "投入使用"),
            Map.entry("营业", "投入使用"),
            Map.entry("开业", "投入使用"),
            Map.entry("开诊", "投入使用"),
            Map.entry("迁入", "投入使用"),
            Map.entry("搬迁", "投入使用"));

    private StageWords() {}

    /** The stage of {@code stages} the wording names, the latest of the list where it names several; empty if none. */
    static Optional<StageFact> named(String wording, List<StageFact> stages) {
        if (wording == null || wording.isBlank()) {
            return Optional.empty();
        }
        Comparator<StageFact> byPosition = Comparator.comparingInt(StageFact::position);
        Optional<StageFact> byName =
                stages.stream().filter(s -> wording.contains(s.stage())).max(byPosition);
        if (byName.isPresent()) {
            return byName;
        }
        return stages.stream()
                .filter(s -> WORDS.entrySet().stream()
                        .anyMatch(w -> w.getValue().equals(s.stage()) && wording.contains(w.getKey())))
                .max(byPosition);
    }
}
