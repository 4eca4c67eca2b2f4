package carma.corenet.diffserv;

/**
 * A DiffServ code point (RFC 2474): the top six bits of the TOS / traffic-class octet. AF class n with
 * drop precedence d is 8n + 2d (RFC 2597), EF is 46 (RFC 3246), CS6 is 48; every other value gets the
 * default PHB.
 */
public record Dscp(int value) {
    public static final Dscp BE = new Dscp(0);
    public static final Dscp EF = new Dscp(46);
    public static final Dscp CS6 = new Dscp(48);

    public Dscp {
        if (value < 0 || value > 63) {
            throw new IllegalArgumentException("DSCP must be in 0..63, got " + value);
        }
    }

    /** AF class {@code afClass} (1..4) with drop precedence {@code precedence}. */
    public static Dscp af(int afClass, DropPrecedence precedence) {
        if (afClass < 1 || afClass > 4) {
            throw new IllegalArgumentException("AF class must be 1..4, got " + afClass);
        }
        return new Dscp(8 * afClass + 2 * (precedence.ordinal() + 1));
    }

    /** The scheduling class this code point is queued in. */
    public Psc psc() {
        if (value == 46) {
            return Psc.EF;
        }
        int afClass = value >> 3;
        int d = (value & 7) >> 1;
        if ((value & 1) == 0 && afClass >= 1 && afClass <= 4 && d >= 1 && d <= 3) {
            return switch (afClass) {
                case 4 -> Psc.AF4;
                case 3 -> Psc.AF3;
                case 2 -> Psc.AF2;
                default -> Psc.AF1;
            };
        }
        return Psc.DF;
    }

    /** The drop precedence (LOW for every non-AF code point). */
    public DropPrecedence dropPrecedence() {
        Psc p = psc();
        if (p == Psc.EF || p == Psc.DF) {
            return DropPrecedence.LOW;
        }
        return DropPrecedence.values()[((value & 7) >> 1) - 1];
    }

    /** This AF code point with another drop precedence (re-marking by a meter); others unchanged. */
    public Dscp withPrecedence(DropPrecedence precedence) {
        Psc p = psc();
        if (p == Psc.EF || p == Psc.DF) {
            return this;
        }
        return af(value >> 3, precedence);
    }

    /** The TOS octet (4·DSCP). */
    public int tos() {
        return value << 2;
    }

    @Override
    public String toString() {
        Psc p = psc();
        return switch (p) {
            case EF -> "EF";
            case DF -> value == 0 ? "BE" : (value & 7) == 0 ? "CS" + (value >> 3) : "DSCP" + value;
            default -> p.name() + (dropPrecedence().ordinal() + 1);
        };
    }
}
