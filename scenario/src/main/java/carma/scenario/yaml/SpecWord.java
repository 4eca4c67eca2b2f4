package carma.scenario.yaml;

import java.util.Locale;

/**
 * How an enum constant is written in a scenario. By default its name in lower case with {@code '-'}
 * for {@code '_'} ({@code MAX_CI} is {@code max-ci}); an enum whose words are not derivable this way
 * ({@code 802.11a}) implements this interface and says so. Model enums need not implement it: the
 * default word applies to every enum the scenario reads ({@link SpecMap#choice}) and writes
 * ({@code EffectiveScenarioWriter}).
 */
public interface SpecWord {
    /** The word as written in a scenario. */
    String word();

    /** The scenario word of any enum constant. */
    static String of(Enum<?> e) {
        return e instanceof SpecWord ? ((SpecWord) e).word() : e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
