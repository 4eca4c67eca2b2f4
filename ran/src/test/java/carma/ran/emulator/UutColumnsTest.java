package carma.ran.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import carma.kernel.random.RandomStreams;
import carma.kernel.sim.Simulator;
import carma.kernel.sim.SimulatorConfig;
import carma.kernel.trace.TraceBus;
import carma.radio.deployment.Cell;
import carma.radio.deployment.Deployment;
import carma.radio.deployment.ReferenceDeployments;
import carma.radio.deployment.Technology;
import carma.ran.schedule.RoundRobinScheduler;
import carma.ran.session.SessionMessage;
import carma.ran.trace.UutWindowRecord;
import carma.ran.user.UserId;
import carma.traffic.QosClass;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class UutColumnsTest {
    private static final long S = 1_000_000_000L;

    private static List<UutWindowRecord> windowsOn(Technology t) {
        Deployment d = ReferenceDeployments.caseStudyII("IR1", "IR2");
        Cell cell = d.cells().stream().filter(c -> c.technology() == t).findFirst().orElseThrow();
        TraceBus bus = new TraceBus();
        Simulator sim = new Simulator(SimulatorConfig.virtual(10_000_000L, 3 * S), new RandomStreams(5), bus);
        RanEmulatorBuilder b = RanEmulator.builder(sim, d)
                .scheduler(t, new RoundRobinScheduler())
                .crrm(CrrmPreferences.only(t))
                .userUnderTest(cell.position());
        int cbr = b.service(TestScenarios.cbr("cbr", QosClass.STREAMING, 64_000, 0));
        RanEmulator emu = b.build();
        List<UutWindowRecord> windows = new ArrayList<>();
        bus.subscribe(UutWindowRecord.class, windows::add);
        sim.schedule(0, emu.sessionControl(), new SessionMessage.Activation(new UserId(0), cbr));
        sim.run();
        return windows.stream().filter(w -> w.cell() >= 0).toList();
    }

    /** Each technology fills its own indicator columns and leaves the others empty (null → empty CSV cell). */
    @Test
    void eachIndicatorHasItsOwnColumnEmptyWhereNotApplicable() {
        List<Function<UutWindowRecord, Object>> utran = List.of(UutWindowRecord::cpichEcIoDb, UutWindowRecord::hsdpaCqi,
                UutWindowRecord::hsPdschCodes);
        List<Function<UutWindowRecord, Object>> geran = List.of(UutWindowRecord::cirDb, UutWindowRecord::gprsCodingScheme,
                UutWindowRecord::gprsTimeslots);
        List<Function<UutWindowRecord, Object>> wlan = List.of(UutWindowRecord::snrDb, UutWindowRecord::wlanRateIndex,
                UutWindowRecord::wlanFrames);
        check(windowsOn(Technology.UTRAN), utran, geran, wlan);
        check(windowsOn(Technology.GERAN), geran, utran, wlan);
        check(windowsOn(Technology.WLAN), wlan, utran, geran);
        assertThat(windowsOn(Technology.UTRAN)).allSatisfy(w -> assertThat(w.hsdpaCqi()).isBetween(0, 30));
        assertThat(windowsOn(Technology.GERAN)).allSatisfy(w -> assertThat(w.gprsCodingScheme()).isBetween(1, 4));
        assertThat(windowsOn(Technology.WLAN)).allSatisfy(w -> assertThat(w.wlanRateIndex()).isBetween(0, 7));
    }

    @SafeVarargs
    private static void check(List<UutWindowRecord> windows, List<Function<UutWindowRecord, Object>> filled,
            List<Function<UutWindowRecord, Object>>... empty) {
        assertThat(windows).hasSizeGreaterThan(100);
        for (UutWindowRecord w : windows) {
            filled.forEach(f -> assertThat(f.apply(w)).isNotNull());
            for (List<Function<UutWindowRecord, Object>> e : empty) {
                e.forEach(f -> assertThat(f.apply(w)).isNull());
            }
        }
    }
}
