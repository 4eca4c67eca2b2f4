package carma.scenario.corenet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import carma.corenet.diffserv.Psc;
import carma.corenet.mpls.LspState;
import carma.corenet.mpls.NoLspPolicy;
import carma.corenet.trace.GeneratorPeriodRecord;
import carma.corenet.trace.LinkClassRecord;
import carma.corenet.trace.LspChangeRecord;
import carma.corenet.trace.PathClassRecord;
import carma.kernel.report.RunReport;
import carma.scenario.Assembler;
import carma.scenario.CorenetSection;
import carma.scenario.EffectiveScenarioWriter;
import carma.scenario.Emulation;
import carma.scenario.ScenarioReader;
import carma.scenario.ScenarioSpec;
import carma.scenario.yaml.ScenarioException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorenetSectionTest {
    private static final String HEAD = "schemaVersion: 1\nname: t\ndurationS: 5\n";

    @Test
    void anEmptySectionIsTheReferenceFishWithItsLspPlanAndReadsBackFromTheEffectiveScenario() {
        ScenarioSpec s = ScenarioReader.read(HEAD + "corenet: {}\n");
        CorenetSection c = s.section(CorenetSection.class);
        assertThat(c.links()).hasSize(7);
        assertThat(c.lsps()).hasSize(24);
        assertThat(c.lsps().get(0).psc()).isEqualTo(Psc.EF);
        assertThat(c.lsps().get(0).path()).containsExactly("IR1", "CR1", "CR2", "ER");
        assertThat(c.noLsp()).isEqualTo(NoLspPolicy.IP_ROUTE);
        String yaml = EffectiveScenarioWriter.toYaml(s);
        assertThat(yaml).contains("noLsp: ip-route").contains("psc: af4");
        assertThat(ScenarioReader.read(yaml)).isEqualTo(s);
    }

    @Test
    void theCoreExampleReadsBackFromItsEffectiveScenario() {
        ScenarioSpec s = ScenarioReader.readFile(Path.of("../examples/aroma/core.yaml"));
        assertThat(ScenarioReader.read(EffectiveScenarioWriter.toYaml(s))).isEqualTo(s);
        assertThat(s.section(CorenetSection.class).loads()).hasSize(1);
    }

    @Test
    void badKeysAreReportedWithTheirPath() {
        assertThatThrownBy(() -> ScenarioReader.read(HEAD + "corenet:\n  links:\n    - {from: IR1, to: XX}\n"))
                .isInstanceOf(ScenarioException.class).hasMessageContaining("corenet.links[0].to")
                .hasMessageContaining("must be a router name");
        assertThatThrownBy(() -> ScenarioReader.read(HEAD + "corenet:\n  lsps:\n    - {psc: ef, path: [IR1, CR2]}\n"))
                .isInstanceOf(ScenarioException.class).hasMessageContaining("corenet.lsps[0].path")
                .hasMessageContaining("no link IR1->CR2");
        assertThatThrownBy(() -> ScenarioReader.read(HEAD + "corenet:\n  links:\n    - {from: IR1, to: ER, rate: 5}\n"))
                .isInstanceOf(ScenarioException.class).hasMessageContaining("quantity without a unit");
        assertThatThrownBy(() -> ScenarioReader.read(HEAD + "corenet:\n  loads:\n    - {from: ER, to: IR2}\n"))
                .isInstanceOf(ScenarioException.class).hasMessageContaining("corenet.loads[0].rateBps")
                .hasMessageContaining("is missing");
    }

    /** The assembled core sets up its 24 LSPs, carries an extra load ER → IR2 on the DF LSP (long path). */
    @Test
    void assembledCoreCarriesAnExtraLoadOnItsLsp() {
        Emulation e = Assembler.assemble(ScenarioReader.read(HEAD
                + "corenet:\n  loads:\n    - {from: ER, to: IR2, dscp: 0, rateBps: 1000000, packetBytes: 1000, startS: 1}\n"));
        List<LspChangeRecord> lsps = new ArrayList<>();
        List<LinkClassRecord> links = new ArrayList<>();
        List<PathClassRecord> paths = new ArrayList<>();
        e.traceBus().subscribe(LspChangeRecord.class, lsps::add);
        e.traceBus().subscribe(LinkClassRecord.class, links::add);
        e.traceBus().subscribe(PathClassRecord.class, paths::add);
        e.traceBus().subscribe(GeneratorPeriodRecord.class, r -> { });
        e.simulator().run();
        assertThat(lsps.stream().filter(r -> r.state() == LspState.UP)).hasSize(24);
        assertThat(links).extracting(LinkClassRecord::link).contains("CR4->CR3").doesNotContain("CR2->CR1");
        long delivered = paths.stream().filter(p -> p.destination().equals("IR2")).mapToLong(PathClassRecord::delivered)
                .sum();
        assertThat(delivered).isBetween(370L, 375L); // 125 packets/s from 1 s, sampled until 4 s
        RunReport report = new RunReport();
        e.observers().forEach(o -> o.contribute(report));
        assertThat(report.figures()).extracting(f -> f.id()).contains("corenet-class-delay", "corenet-ir-throughput");
    }
}
