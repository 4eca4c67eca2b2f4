package carma.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way (docs/architecture.md): kernel ← models ← scenario ← runtime ←
 * experiments ← cli, olsr depends on the JDK only, and no package is named
 * util/common/misc/experimental.
 */
class ArchitectureTest {
    static JavaClasses classes;

    @BeforeAll
    static void importAll() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("carma");
    }

    private static void check(ArchRule rule) {
        rule.allowEmptyShould(true).check(classes);
    }

    @Test
    void kernelDependsOnNoOtherCarmaModule() {
        check(noClasses().that().resideInAPackage("carma.kernel..").should().dependOnClassesThat()
                .resideInAnyPackage(outside("carma.kernel..")));
    }

    @Test
    void olsrDependsOnTheJdkOnly() {
        check(classes().that().resideInAPackage("carma.olsr..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "carma.olsr.."));
    }

    @Test
    void modelModulesNeverImportScenarioRuntimeExperimentsOrCli() {
        for (String model : List.of("carma.radio..", "carma.traffic..", "carma.ran..", "carma.corenet..",
                "carma.olsr..", "carma.mesh..", "carma.optimization..")) {
            check(noClasses().that().resideInAPackage(model).should().dependOnClassesThat()
                    .resideInAnyPackage("carma.scenario..", "carma.runtime..", "carma.experiments..", "carma.cli.."));
        }
    }

    /**
     * Optimisation is a pure function: it may use kernel's values (random streams, graph search)
     * and radio's pure parts (geometry, propagation, the 802.11 tables), never the simulator, the
     * RAN or mesh emulators, or radio's mobility and deployment simulation.
     */
    @Test
    void optimizationIsPureAndDependsOnNoSimulationModule() {
        check(noClasses().that().resideInAPackage("carma.optimization..").should().dependOnClassesThat()
                .resideInAnyPackage("carma.kernel.sim..", "carma.kernel.clock..", "carma.kernel.event..",
                        "carma.ran..", "carma.mesh..", "carma.traffic..", "carma.radio.mobility..",
                        "carma.radio.deployment.."));
    }

    @Test
    void radioAndTrafficDoNotDependOnEachOtherOrOnRanAndMesh() {
        check(noClasses().that().resideInAPackage("carma.radio..").should().dependOnClassesThat()
                .resideInAnyPackage("carma.traffic..", "carma.ran..", "carma.mesh.."));
        check(noClasses().that().resideInAPackage("carma.traffic..").should().dependOnClassesThat()
                .resideInAnyPackage("carma.radio..", "carma.ran..", "carma.mesh.."));
    }

    @Test
    void scenarioDoesNotReachUpIntoRuntimeOrCli() {
        check(noClasses().that().resideInAPackage("carma.scenario..").should().dependOnClassesThat()
                .resideInAnyPackage("carma.runtime..", "carma.experiments..", "carma.cli.."));
        check(noClasses().that().resideInAPackage("carma.runtime..").should().dependOnClassesThat()
                .resideInAnyPackage("carma.experiments..", "carma.cli.."));
        check(noClasses().that().resideInAPackage("carma.experiments..").should().dependOnClassesThat()
                .resideInAnyPackage("carma.cli.."));
    }

    /** The server uses runtime, scenario, optimisation, mesh and kernel; only cli uses the server. */
    @Test
    void onlyCliDependsOnTheServerAndTheServerNotOnExperimentsOrCli() {
        check(noClasses().that().resideOutsideOfPackages("carma.server..", "carma.cli..").should()
                .dependOnClassesThat().resideInAPackage("carma.server.."));
        check(noClasses().that().resideInAPackage("carma.server..").should().dependOnClassesThat()
                .resideInAnyPackage("carma.experiments..", "carma.cli..", "carma.ran.."));
    }

    @Test
    void modelModulesDoNotReachSidewaysIntoEachOther() {
        check(noClasses().that().resideInAPackage("carma.ran..").should().dependOnClassesThat()
                .resideInAnyPackage("carma.mesh..", "carma.olsr..", "carma.optimization.."));
        check(noClasses().that().resideInAPackage("carma.mesh..").should().dependOnClassesThat()
                .resideInAnyPackage("carma.ran..", "carma.corenet..", "carma.optimization.."));
        check(noClasses().that().resideInAPackage("carma.ran..").should().dependOnClassesThat()
                .resideInAnyPackage("carma.corenet.."));
    }

    /** The core is its own model: kernel and traffic (QoS classes) only, never the RAN or the mesh. */
    @Test
    void corenetDependsOnKernelAndTrafficOnly() {
        check(noClasses().that().resideInAPackage("carma.corenet..").should().dependOnClassesThat()
                .resideInAnyPackage("carma.radio..", "carma.ran..", "carma.mesh..", "carma.olsr..",
                        "carma.optimization.."));
    }

    /**
     * Assemblers switch exhaustively over typed specs: no string comparison, no enum looked up by name.
     * Checked: a {@code "olsr".equals(...)} put back into MeshAssembler fails this rule.
     */
    @Test
    void assemblersCompareNoStrings() {
        check(noClasses().that().resideInAPackage("carma.scenario..").and().haveSimpleNameEndingWith("Assembler")
                .should().callMethod(String.class, "equals", Object.class)
                .orShould().callMethod(String.class, "equalsIgnoreCase", String.class)
                .orShould().callMethod(String.class, "hashCode")
                .orShould().callMethod(String.class, "toUpperCase", java.util.Locale.class)
                .orShould().callMethod(Enum.class, "valueOf", Class.class, String.class));
    }

    @Test
    void noGrabBagPackages() {
        check(noClasses().should().resideInAnyPackage("..util..", "..utils..", "..common..", "..misc..",
                "..experimental.."));
    }

    private static String[] outside(String own) {
        return List.of("carma.radio..", "carma.traffic..", "carma.ran..", "carma.corenet..", "carma.olsr..",
                "carma.mesh..", "carma.optimization..", "carma.scenario..", "carma.runtime..", "carma.experiments..",
                "carma.server..", "carma.cli..").stream()
                .filter(p -> !p.equals(own)).toArray(String[]::new);
    }
}
