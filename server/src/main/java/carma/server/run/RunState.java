package carma.server.run;

/** Where a run created through the API is in its life. */
public enum RunState {
    CREATED("created"),
    RUNNING("running"),
    PAUSED("paused"),
    FINISHED("finished"),
    FAILED("failed");

    private final String word;

    RunState(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static RunState ofWord(String word) {
        for (RunState s : values()) {
            if (s.word.equals(word)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown run state '" + word + "'");
    }
}
