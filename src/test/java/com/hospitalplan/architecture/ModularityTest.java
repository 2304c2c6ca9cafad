package com.hospitalplan.architecture;

import com.hospitalplan.PlanTrackerApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The application's modules and their published interfaces, checked by Spring Modulith. A module uses
 * another only through the types in its base package or in a named interface; the diagram in
 * docs/modules is drawn from the same model.
 */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(PlanTrackerApplication.class);

    @Test
    void modulesUseEachOtherOnlyThroughTheirPublishedInterfaces() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDiagram() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
