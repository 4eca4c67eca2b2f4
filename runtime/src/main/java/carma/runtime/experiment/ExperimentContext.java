package carma.runtime.experiment;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * What an experiment run gets: an output folder of its own (it may write CSV files and sub-runs
 * there), whether to run the quick tier (CI) or the full one, the base seed, and a stream for
 * progress lines (quiet when not on a terminal is the caller's business).
 */
public record ExperimentContext(Path outDir, boolean quick, long seed, PrintStream progress) {}
