package carma.olsr.logic;

/** Willingness values (RFC 3626 §18.8). */
public final class Willingness {

    public static final int NEVER = 0;
    public static final int LOW = 1;
    public static final int DEFAULT = 3;
    public static final int HIGH = 6;
    public static final int ALWAYS = 7;

    private Willingness() {
    }
}
