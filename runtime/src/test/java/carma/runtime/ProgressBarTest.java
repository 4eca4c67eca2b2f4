package carma.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProgressBarTest {
    @Test
    void showsSimulatedTimeSpeedAndEta() {
        String line = ProgressBar.line(30_000_000_000L, 120_000_000_000L, 1_000_000_000L);
        assertThat(line).contains(" 25%").contains("sim 30.0/120.0 s").contains("x30.0 real time").contains("ETA 3 s");
    }
}
