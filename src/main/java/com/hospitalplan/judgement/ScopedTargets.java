package com.hospitalplan.judgement;

import com.hospitalplan.targets.ScopedTarget;
import com.hospitalplan.targets.Target;
import java.util.List;

/**
 * Picks the target that applies to one institution or region, for {@link Judgement},  when a plan states overrides for tiers, counties or
 * institutions ("85%左右（遂溪县达到80%左右）", "三级医院5级，二级医院3级以上"). Plain Java.
 */
final class ScopedTargets {

    private ScopedTargets() {}

    /** The override naming the institution, its region or its tier; otherwise the general target. */
    static Target forMember(Target target, Member member) {
        if (target == null || target.scoped().isEmpty()) {
            return target;
        }
        for (ScopedTarget scoped : target.scoped()) {
            String scope = core(scoped.scope());
            if (scope.isEmpty()) {
                continue;
            }
            if (contains(member.name(), scope)
                    || contains(member.regionName(), scope)
                    || tierMatches(member.grade(), scope)) {
                return scoped.target();
            }
        }
        return target;
    }

    /** The override naming the region; otherwise the general target. */
    static Target forRegion(Target target, List<String> regionNames) {
        if (target == null || target.scoped().isEmpty()) {
            return target;
        }
        for (ScopedTarget scoped : target.scoped()) {
            String scope = core(scoped.scope());
            if (!scope.isEmpty() && regionNames.stream().anyMatch(name -> contains(name, scope))) {
                return scoped.target();
            }
        }
        return target;
    }

    /** "遂溪县" stays, "二级医院" becomes "二级", "二级及以上医院" becomes "二级". */
    private static String core(String scope) {
        if (scope == null) {
            return "";
        }
        String s = scope.strip();
        for (String suffix : List.of("公立医院", "医院", "医疗机构")) {
            if (s.endsWith(suffix) && s.length() > suffix.length()) {
                s = s.substring(0, s.length() - suffix.length());
            }
        }
        return s.replace("及以上", "").replace("以上", "").strip();
    }

    private static boolean contains(String name, String scope) {
        return name != null && name.contains(scope);
    }

    /** A tier ("二级") matches a grade ("二级甲等"). */
    private static boolean tierMatches(String grade, String scope) {
        return grade != null && scope.length() == 2 && scope.endsWith("级") && grade.startsWith(scope);
    }
}
