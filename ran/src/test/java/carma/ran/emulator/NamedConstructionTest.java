package carma.ran.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import carma.radio.propagation.PropagationSetup;
import org.junit.jupiter.api.Test;

class NamedConstructionTest {
    @Test
    void buildersStartFromTheDefaultsAndToBuilderRoundTrips() {
        assertThat(GeranParameters.builder().build()).isEqualTo(GeranParameters.defaults());
        assertThat(HsdpaParameters.builder().build()).isEqualTo(HsdpaParameters.defaults());
        assertThat(EmulatorSettings.builder().build()).isEqualTo(EmulatorSettings.defaults());
        assertThat(HandoverParameters.builder().build()).isEqualTo(HandoverParameters.defaults());
        HandoverParameters ho = HandoverParameters.defaults().toBuilder().filterCoefficient(4).build();
        assertThat(ho.toBuilder().build()).isEqualTo(ho);
        assertThat(PropagationSetup.builder().build()).isEqualTo(PropagationSetup.aroma());
        HsdpaParameters h = HsdpaParameters.defaults().toBuilder().hsPdschCodes(10).build();
        assertThat(h.toBuilder().build()).isEqualTo(h);
        assertThat(h.hsPdschCodes()).isEqualTo(10);
        assertThat(h.maxUsersPerTti()).isEqualTo(HsdpaParameters.defaults().maxUsersPerTti());
    }
}
