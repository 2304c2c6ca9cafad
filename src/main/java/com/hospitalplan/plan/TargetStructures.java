package com.hospitalplan.plan;

import com.hospitalplan.targets.Target;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Stores a structured target as JSON in the indicator row and reads it back. */
@Component
class TargetStructures {

    private final JsonMapper json = JsonMapper.builder().build();

    String write(Target target) {
        return target == null ? null : json.writeValueAsString(target);
    }

    Target read(String structure) {
        return structure == null ? null : json.readValue(structure, Target.class);
    }
}
