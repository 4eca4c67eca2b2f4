package carma.olsr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The presets keep their published values; the builder changes only what it is told. */
class OlsrConfigTest {

    private static final long S = 1_000_000_000L;

    @Test
    void rfc3626WithEtxHasTheRfcTimersAndCarmnetsLinkQualitySettings() {
        assertThat(OlsrConfig.rfc3626WithEtx()).isEqualTo(new OlsrConfig(true, 2 * S, 6 * S, 5 * S, 15 * S,
                5 * S, 15 * S, 30 * S, S, 0.25, 3, 2, 7, List.of(), List.of(), 1472, 0));
    }

    @Test
    void rfc3626IsHopCountWithTheRfcMprHeuristic() {
        assertThat(OlsrConfig.rfc3626()).isEqualTo(new OlsrConfig(false, 2 * S, 6 * S, 5 * S, 15 * S,
                5 * S, 15 * S, 30 * S, S, 0.25, 3, 0, 1, List.of(), List.of(), 1472, 0));
    }

    @Test
    void olsrdDefaultsHaveLongValidityTimes() {
        assertThat(OlsrConfig.olsrdDefaults()).isEqualTo(new OlsrConfig(true, 2 * S, 20 * S, 5 * S, 300 * S,
                5 * S, 300 * S, 30 * S, S, 0.25, 3, 2, 7, List.of(), List.of(), 1472, 0));
    }

    @Test
    void toBuilderChangesOnlyWhatItIsTold() {
        OlsrConfig base = OlsrConfig.olsrdDefaults();
        assertThat(base.toBuilder().build()).isEqualTo(base);
        OlsrConfig gateway = base.toBuilder().localHna(List.of(Ipv4Prefix.DEFAULT_ROUTE)).willingness(7).build();
        assertThat(gateway.localHna()).containsExactly(Ipv4Prefix.DEFAULT_ROUTE);
        assertThat(gateway.willingness()).isEqualTo(7);
        assertThat(gateway.toBuilder().localHna(List.of()).willingness(3).build()).isEqualTo(base);
    }

    @Test
    void buildValidates() {
        assertThatThrownBy(() -> OlsrConfig.builder().willingness(8).build()).hasMessageContaining("willingness");
        assertThatThrownBy(() -> OlsrConfig.builder().helloIntervalNs(0).build()).hasMessageContaining("HELLO");
    }
}
