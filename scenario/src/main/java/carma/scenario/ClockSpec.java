package carma.scenario;

import com.fasterxml.jackson.annotation.JsonValue;

/** {@code clock: {mode: virtual | realtime, tickMs: 10, onOverrun: best-effort | fail, lateMs: 1}}. */
public record ClockSpec(Mode mode, double tickMs, Overrun onOverrun, double lateMs) {
    public enum Mode {
        VIRTUAL("virtual"),
        REALTIME("realtime");

        private final String yaml;

        Mode(String yaml) {
            this.yaml = yaml;
        }

        @JsonValue
        public String yaml() {
            return yaml;
        }
    }

    public enum Overrun {
        BEST_EFFORT("best-effort"),
        FAIL("fail");

        private final String yaml;

        Overrun(String yaml) {
            this.yaml = yaml;
        }

        @JsonValue
        public String yaml() {
            return yaml;
        }
    }

    public static final ClockSpec DEFAULT = new ClockSpec(Mode.VIRTUAL, 10, Overrun.BEST_EFFORT, 1);

    public ClockSpec withMode(Mode m) {
        return new ClockSpec(m, tickMs, onOverrun, lateMs);
    }
}
