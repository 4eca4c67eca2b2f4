package carma.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import carma.scenario.yaml.ScenarioException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioOverrideTest {
    static final Path MESH = Path.of("../examples/mesh/danum-vs-fifo.yaml");

    static final String IN = "../examples/mesh/danum-vs-fifo.yaml: ";

    private static ScenarioSpec read(String... overrides) {
        return ScenarioReader.readFile(MESH, List.of(overrides).stream().map(ScenarioOverride::parse).toList());
    }

    @Test
    void anOverrideChangesOnlyItsKey() {
        ScenarioSpec base = read();
        ScenarioSpec fifo = read("mesh.scheduler=fifo", "seed=9");
        assertThat(fifo.seed()).isEqualTo(9);
        assertThat(fifo.section(MeshSection.class).scheduler()).isEqualTo(carma.mesh.emulation.SchedulerKind.FIFO);
        assertThat(fifo.section(MeshSection.class).flows()).isEqualTo(base.section(MeshSection.class).flows());
    }

    @Test
    void listItemsAreSelectedByIndexOrByName() {
        assertThat(read("mesh.flows[voip].startS=7").section(MeshSection.class).flows().get(0).startS()).isEqualTo(7);
        assertThat(read("mesh.flows[1].startS=8").section(MeshSection.class).flows().get(1).startS()).isEqualTo(8);
        assertThat(read("mesh.nodes[n3].xM=200").section(MeshSection.class).nodes().get(3).xM()).isEqualTo(200);
    }

    @Test
    void aMissingMappingIsCreatedAndAValueMayBeAMapping() {
        ScenarioSpec s = read("mesh.danum={v: 100}", "clock.tickMs=5");
        assertThat(s.section(MeshSection.class).danum().v()).isEqualTo(100);
        assertThat(s.clock().tickMs()).isEqualTo(5);
    }

    @Test
    void overridesAreCheckedLikeTheFileAndSaySo() {
        assertThatThrownBy(() -> read("durationS=0")).isInstanceOf(ScenarioException.class)
                .hasMessage(IN + "durationS (command line): must be a positive number, found 0");
        assertThatThrownBy(() -> read("mesh.danum.w=3")).hasMessageStartingWith(IN + "mesh.danum.w (command line): unknown key 'w'");
        assertThatThrownBy(() -> read("mesh.radio.txPowerDbm=20 dBm"))
                .hasMessageContaining("the unit belongs in the key name");
        // a flow's start later than the run: the range check of the file applies
        assertThatThrownBy(() -> read("mesh.flows[ftp].startS=61"))
                .hasMessage(IN + "mesh.flows[1].startS (command line): must be between 0 and 60, found 61");
    }

    @Test
    void malformedOverridesNameThemselves() {
        assertThatThrownBy(() -> ScenarioOverride.parse("durationS")).hasMessageContaining("an override is PATH=VALUE");
        assertThatThrownBy(() -> ScenarioOverride.parse("mesh..x=1")).hasMessageContaining("is not a scenario path");
        // found by ScenarioFuzzTest: a '.' or '[' inside a selector passed the check, then the path
        // split at that '.' and the step failed with an IllegalStateException
        assertThatThrownBy(() -> ScenarioOverride.parse("mesh.flows[a.b].startS=1"))
                .isInstanceOf(ScenarioException.class).hasMessageContaining("is not a scenario path");
        assertThatThrownBy(() -> ScenarioOverride.parse("mesh[[x.y].z=1"))
                .isInstanceOf(ScenarioException.class).hasMessageContaining("is not a scenario path");
        assertThatThrownBy(() -> read("mesh.flows[9].startS=1")).hasMessage(IN
                + "--set mesh.flows[9].startS: the list has 2 items, no [9]");
        assertThatThrownBy(() -> read("mesh.scheduler.x=1")).hasMessage(IN
                + "--set mesh.scheduler.x: mesh.scheduler is the text 'danum', not a mapping of keys");
        assertThatThrownBy(() -> read("mesh.danum=[1, {a")).hasMessageStartingWith(IN
                + "--set mesh.danum: the value is not YAML");
    }
}
