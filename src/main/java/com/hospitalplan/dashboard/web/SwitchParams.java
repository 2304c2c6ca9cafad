package com.hospitalplan.dashboard.web;

import com.hospitalplan.dashboard.Basis;
import com.hospitalplan.dashboard.TargetVariant;

/**
 * Every dashboard's switches as the query string carries them: {@code basis=official|pending} and
 * {@code targets=adjusted|original}; anything else or nothing means official values and adjusted targets.
 */
record SwitchParams(String basis, String targets) {

    Basis chosenBasis() {
        return Basis.of(basis);
    }

    TargetVariant chosenVariant() {
        return TargetVariant.of(targets);
    }
}
