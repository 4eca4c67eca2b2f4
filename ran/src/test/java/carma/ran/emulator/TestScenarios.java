package carma.ran.emulator;

import carma.kernel.time.SimTime;
import carma.traffic.QosClass;
import carma.traffic.session.ServiceProfile;
import carma.traffic.session.ServiceTraffic;
import carma.traffic.session.SessionParameters;
import carma.traffic.source.CbrParameters;

/** Services for emulator tests. */
final class TestScenarios {
    private TestScenarios() {}

    /** A CBR stream whose sessions, once started, last practically forever. */
    static ServiceTraffic cbr(String name, QosClass k, long rateBps, long gbrBps) {
        return new ServiceTraffic(new ServiceProfile(name, k, gbrBps, rateBps, 300 * SimTime.NANOS_PER_MILLI, 1e-3),
                new SessionParameters(1, 1e7, 1), new CbrParameters(rateBps, 12_000));
    }
}
