package carma.runtime;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * How to run a scenario.
 *
 * @param outDir the run's output folder (created; must be empty or absent)
 * @param progress where a progress bar goes, or null for none (callers pass null off a terminal)
 */
public record RunOptions(Path outDir, PrintStream progress) {}
