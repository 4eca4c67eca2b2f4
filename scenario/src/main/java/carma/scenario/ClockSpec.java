package carma.scenario;

import carma.scenario.yaml.SpecWord;

/** {@code clock: {mode: virtual | realtime, tickMs: 10, onOverrun: best-effort | fail, lateMs: 1}}. */
public record ClockSpec(Mode mode, double tickMs, Overrun onOverrun, double lateMs) {
    public enum Mode {
        VIRTUAL,
        REALTIME;

        public String word() {
            return SpecWord.of(this);
        }
    }

    public enum Overrun {
        BEST_EFFORT,
        FAIL
    }

    public static final ClockSpec DEFAULT = new ClockSpec(Mode.VIRTUAL, 10, Overrun.BEST_EFFORT, 1);
}
