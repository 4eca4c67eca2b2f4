package carma.ran.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import carma.kernel.random.RandomStreams;
import carma.kernel.sim.Simulator;
import carma.kernel.sim.SimulatorConfig;
import carma.kernel.trace.TraceBus;
import carma.radio.deployment.ReferenceDeployments;
import carma.radio.deployment.Technology;
import carma.radio.link.HsdpaCqiTable;
import carma.ran.schedule.RoundRobinScheduler;
import carma.ran.session.SessionMessage;
import carma.ran.trace.CellLoadRecord;
import carma.ran.user.UserId;
import carma.traffic.QosClass;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UtilisationTest {
    private static final long S = 1_000_000_000L;

    /**
     * One user next to its Node-B with a 120 kbit/s CBR stream of 12,000-bit packets and nobody
     * else: each packet takes three CQI-15 blocks (3 × 3319 bits, 5 codes each) and one CQI-13
     * block for the last 2043 bits (2279 bits, 4 codes), i.e. 19 codes per packet, 10 packets per
     * second, against 15 codes in each of the 500 TTIs of a second: a utilisation of 190/7500 =
     * 0.02533 in every whole second (arrivals on a 100 ms grid, each packet served within 8 ms, so
     * every second holds whole packets). Tolerance: a block fails with probability below 10⁻² at this
     * SINR (CQI ≥ 17, 3 dB above the CQI-15 10 % point, 1.5 dB per decade), and a retransmission
     * costs at most 5 codes: 40 blocks a second give at most 2 extra codes in expectation, 0.0003.
     * (Checked once against the former denominator, offered codes counted only in TTIs with
     * backlog: it gives 19/60 = 0.32 and this test fails.)
     */
    @Test
    void aSingleCbrUserUsesItsClosedFormShareOfTheCodes() {
        TraceBus bus = new TraceBus();
        Simulator sim = new Simulator(SimulatorConfig.virtual(10_000_000L, 12 * S), new RandomStreams(21), bus);
        RanEmulatorBuilder b = RanEmulator.builder(sim, ReferenceDeployments.caseStudyII("IR1", "IR2"))
                .settings(EmulatorSettings.builder().statsIntervalNs(S).build())
                .scheduler(Technology.UTRAN, new RoundRobinScheduler())
                .crrm(CrrmPreferences.only(Technology.UTRAN))
                .userUnderTest(ReferenceDeployments.caseStudyII("IR1", "IR2").cell(0).position());
        int cbr = b.service(TestScenarios.cbr("cbr", QosClass.STREAMING, 120_000, 0));
        RanEmulator emu = b.build();
        List<CellLoadRecord> loads = new ArrayList<>();
        bus.subscribe(CellLoadRecord.class, loads::add);
        sim.schedule(0, emu.sessionControl(), new SessionMessage.Activation(new UserId(0), cbr));
        sim.run();

        HsdpaCqiTable t = HsdpaCqiTable.category12();
        int codesPerPacket = 3 * t.codes(15) + t.codes(13);
        double expected = codesPerPacket * 10 / (15.0 * S / HsdpaCqiTable.TTI_NS);
        List<CellLoadRecord> served = loads.stream()
                .filter(r -> r.timeNs() >= 2 * S && r.activeUsers() == 1 && r.technology().equals("UTRAN")).toList();
        assertThat(served).hasSizeGreaterThanOrEqualTo(9);
        for (CellLoadRecord r : served) {
            assertThat(r.resourceUtilisation()).isCloseTo(expected, within(0.0015));
        }
        double mean = served.stream().mapToDouble(CellLoadRecord::resourceUtilisation).average().orElseThrow();
        assertThat(mean).isCloseTo(expected, within(0.0005));
        // every other UTRAN cell offered its codes and used none
        assertThat(loads.stream().filter(r -> r.technology().equals("UTRAN") && r.activeUsers() == 0))
                .allSatisfy(r -> assertThat(r.resourceUtilisation()).isZero());
    }
}
