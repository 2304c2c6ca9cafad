package com.hospitalplan.levelscale;

/** An administrator created or changed the level scale {@code key}; the registry reloads once that commits. */
record LevelScalesChanged(String key) {}
