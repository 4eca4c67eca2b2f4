package carma.scenario.mesh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import carma.kernel.report.RunObserver;
import carma.kernel.report.RunReport;
import carma.mesh.denarii.LedgerAudit;
import carma.mesh.denarii.LedgerEntry;
import carma.scenario.Assembler;
import carma.scenario.Emulation;
import carma.scenario.MeshSection;
import carma.scenario.ScenarioOverride;
import carma.scenario.ScenarioReader;
import carma.scenario.ScenarioSpec;
import carma.scenario.yaml.ScenarioException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeshSectionTest {
    private static final Path COVERAGE = Path.of("../examples/mesh/coverage-extension.yaml");

    @Test
    void theOlsrSectionDefaultsToOlsrdsAndMapsOntoOlsrConfig() {
        MeshSection.Olsr dflt = ScenarioReader.readFile(COVERAGE).section(MeshSection.class).olsr();
        assertThat(MeshAssembler.olsr(dflt)).isEqualTo(carma.olsr.OlsrConfig.olsrdDefaults());
        MeshSection.Olsr set = ScenarioReader.readFile(COVERAGE, List.of(ScenarioOverride.parse(
                "mesh.olsr={helloIntervalS: 1, neighbHoldS: 3, willingness: 7, routeRecalculationDelayMs: 50}")))
                .section(MeshSection.class).olsr();
        assertThat(MeshAssembler.olsr(set)).isEqualTo(carma.olsr.OlsrConfig.olsrdDefaults().toBuilder()
                .helloIntervalNs(1_000_000_000L).neighbHoldNs(3_000_000_000L).willingness(7)
                .routeRecalculationDelayNs(50_000_000L).build());
    }

    @Test
    void anOlsrHoldTimeShorterThanItsIntervalIsRefused() {
        assertThat(catchThrowableOfType(() -> ScenarioReader.readFile(COVERAGE, List.of(ScenarioOverride.parse(
                "mesh.olsr.topHoldS=4"))), ScenarioException.class)).hasMessageStartingWith(
                "../examples/mesh/coverage-extension.yaml: mesh.olsr.topHoldS (command line): must be at least"
                + " tcIntervalS (5.0 s), found 4.0");
    }
    @Test
    void theExampleScenarioRunsAndItsLedgerBalances() {
        ScenarioSpec spec = ScenarioReader.readFile(Path.of("../examples/mesh/danum-vs-fifo.yaml"),
                List.of(new ScenarioOverride("durationS", "15")));
        Emulation emu = Assembler.assemble(spec);
        List<LedgerEntry> ledger = new ArrayList<>();
        emu.traceBus().subscribe(LedgerEntry.class, ledger::add);
        emu.simulator().run();
        RunReport report = new RunReport();
        for (RunObserver o : emu.observers()) {
            o.contribute(report);
        }
        assertThat(report.headline()).containsEntry("mesh.ledger.consistent", true);
        assertThat(LedgerAudit.audit(ledger).problems()).isEmpty();
        // subscribed after assembly, as the runtime's CSV writer is: the grants are still there
        assertThat(ledger).anySatisfy(e -> assertThat(e.kind()).isEqualTo(carma.mesh.denarii.EntryKind.GRANT));
        assertThat(report.tables()).anySatisfy(t -> assertThat(t.rows()).hasSize(2));
        assertThat(report.headline()).containsKeys("mesh.flow.voip.p95DelayMs", "mesh.flow.voip.steady.p95DelayMs",
                "mesh.flow.ftp.goodputBps");
    }

    @Test
    void aSteadyStateWindowThatEndsBeforeItStartsIsRejected() {
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> ScenarioReader.readFile(
                Path.of("../examples/mesh/danum-vs-fifo.yaml"), List.of(new ScenarioOverride("mesh.steadyState",
                        "{fromS: 20, toS: 10}"))));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("mesh.steadyState.toS").contains("must be after fromS");
    }

    @Test
    void theApplicationRateAndTheSteadyStateReadBackFromTheEffectiveScenario() {
        ScenarioSpec spec = ScenarioReader.readFile(Path.of("../examples/mesh/seamless-handover.yaml"),
                List.of(new ScenarioOverride("mesh.steadyState", "{fromS: 20, toS: 30}")));
        String yaml = carma.scenario.EffectiveScenarioWriter.toYaml(spec);
        assertThat(yaml).contains("appRateBps: 2000000").contains("steadyState:");
        assertThat(ScenarioReader.read(yaml)).isEqualTo(spec);
    }

    @Test
    void aFlowNamingAnUnknownNodeIsRejectedWithPathAndLine() {
        String yaml = """
                schemaVersion: 1
                name: bad
                durationS: 10
                mesh:
                  nodes:
                    - {name: a, role: carmnet, xM: 0, yM: 0}
                  flows:
                    - {name: f, type: voip, from: a, to: b}
                """;
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> ScenarioReader.read(yaml));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("mesh.flows[0].to").contains("no node named 'b'");
    }

    @Test
    void aQuantityWithoutItsUnitIsRejected() {
        String yaml = """
                schemaVersion: 1
                name: bad
                durationS: 10
                mesh:
                  nodes:
                    - {name: a, role: carmnet, x: 0, yM: 0}
                """;
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> ScenarioReader.read(yaml));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("mesh.nodes[0]");
    }
}
