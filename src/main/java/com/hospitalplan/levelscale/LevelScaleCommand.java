package com.hospitalplan.levelscale;

import java.util.List;

/** What an administrator enters for a level scale: its name and grades, lowest first. */
record LevelScaleCommand(String name, List<String> grades) {}
