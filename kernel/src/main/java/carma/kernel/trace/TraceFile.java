package carma.kernel.trace;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the CSV file of a trace record type when the default (the type's name in kebab case) is
 * not what users expect, e.g. {@code @TraceFile("ledger")} → {@code ledger.csv}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface TraceFile {
    /** File name without the {@code .csv} extension. */
    String value();
}
