package com.hospitalplan.planworkbook;

import com.hospitalplan.targets.Target;
import tools.jackson.databind.json.JsonMapper;

/**
 * The structured form of a target the parser cannot read, as JSON in one cell: the same JSON the plan feature
 * stores, so it survives export and import unchanged. Officers leave the cell alone; the plan page edits it.
 */
final class StructuredTargets {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StructuredTargets() {}

    static String write(Target target) {
        return JSON.writeValueAsString(target);
    }

    /** @throws tools.jackson.core.JacksonException when the text is no such JSON */
    static Target read(String json) {
        return JSON.readValue(json, Target.class);
    }
}
