package com.hospitalplan.levelscale;

import java.util.List;

/** A level scale for the admin pages: key, name, grades lowest first, and the version an edit starts from. */
public record LevelScaleView(String key, String name, List<String> grades, long version) {}
