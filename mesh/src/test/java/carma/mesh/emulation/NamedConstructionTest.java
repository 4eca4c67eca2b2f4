package carma.mesh.emulation;

import static org.assertj.core.api.Assertions.assertThat;

import carma.mesh.danum.DanumParameters;
import carma.mesh.denarii.DenariiTariff;
import carma.mesh.link.RadioProfile;
import carma.mesh.net.MeshConfig;
import org.junit.jupiter.api.Test;

class NamedConstructionTest {
    @Test
    void toBuilderRebuildsTheSameRecordAndOneNamedChangeChangesOnlyThatComponent() {
        DanumParameters d = DanumParameters.defaults();
        assertThat(d.toBuilder().build()).isEqualTo(d);
        assertThat(d.toBuilder().advertPeriodNs(7).build()).isEqualTo(d.toBuilder().advertPeriodNs(7).build())
                .extracting(DanumParameters::advertPeriodNs, DanumParameters::tickNs).containsExactly(7L, d.tickNs());
        DenariiTariff t = DenariiTariff.defaults();
        assertThat(t.toBuilder().build()).isEqualTo(t);
        assertThat(t.toBuilder().settlementPeriodNs(5).build().balanceSamplePeriodNs())
                .isEqualTo(t.balanceSamplePeriodNs());
        RadioProfile r = RadioProfile.defaults80211g();
        assertThat(r.toBuilder().build()).isEqualTo(r);
        assertThat(r.withMacQueueFrames(9).retryLimit()).isEqualTo(r.retryLimit());
        MeshConfig c = MeshConfig.defaults();
        assertThat(c.toBuilder().build()).isEqualTo(c);
        assertThat(c.withAssociation(-70, -85)).extracting(MeshConfig::associateDbm, MeshConfig::leaveDbm,
                MeshConfig::controlBytes).containsExactly(-70.0, -85.0, c.controlBytes());
        MeshEmulation.Setup s = MeshEmulation.Setup.defaults(3, 10, SchedulerKind.DANUM);
        assertThat(s.toBuilder().build()).isEqualTo(s);
    }
}
