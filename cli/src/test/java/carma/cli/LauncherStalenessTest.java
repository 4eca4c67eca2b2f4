package carma.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code ./carma} launcher's rebuild rule, on a copy of the script in a miniature clone:
 * sources, poms and what Maven packages make the jar stale; a user's scenarios and outputs do not.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class LauncherStalenessTest {
    private static final Path LAUNCHER = Path.of("..", "carma").toAbsolutePath().normalize();
    /** The jar is dated an hour ahead, so the files and folders made for the clone are older. */
    private static final Instant JAR_BUILT = Instant.now().plusSeconds(3600);

    @TempDir
    Path clone;

    @BeforeEach
    void miniatureClone() throws IOException {
        Files.copy(LAUNCHER, clone.resolve("carma"));
        clone.resolve("carma").toFile().setExecutable(true);
        for (String f : new String[] {"pom.xml", "kernel/pom.xml", "kernel/src/main/java/carma/kernel/A.java",
            "cli/pom.xml", "examples/queue/mm1.yaml", "experiments/queue-validation/scenario.yaml",
            "experiments/src/test/java/B.java", "cli/target/carma.jar"}) {
            write(f, Instant.now());
        }
        Files.setLastModifiedTime(clone.resolve("cli/target/carma.jar"), FileTime.from(JAR_BUILT));
    }

    @Test
    void anUntouchedCloneIsFresh() throws Exception {
        assertThat(state()).isEqualTo("fresh");
    }

    @ParameterizedTest
    @ValueSource(strings = {"my.yaml", "runs/mesh-20260101/ledger.csv", "out/run/flow-sample.csv", "notes/x.csv",
        "experiments/queue-validation/out/summary.json", "kernel/target/classes/A.class"})
    void aUsersScenariosAndOutputsDoNotRebuild(String file) throws Exception {
        write(file, JAR_BUILT.plusSeconds(60));
        assertThat(state()).as(file).isEqualTo("fresh");
    }

    @ParameterizedTest
    @ValueSource(strings = {"kernel/src/main/java/carma/kernel/A.java", "kernel/src/main/resources/t.csv", "pom.xml",
        "cli/pom.xml", "examples/queue/mm1.yaml", "examples/new.yaml", "experiments/queue-validation/scenario.yaml",
        "experiments/fair/expected.json", "experiments/src/test/java/B.java"})
    void sourcesPomsAndPackagedFilesRebuild(String file) throws Exception {
        write(file, JAR_BUILT.plusSeconds(60));
        assertThat(state()).as(file).isEqualTo("stale");
    }

    private String state() throws Exception {
        Process p = new ProcessBuilder("bash", clone.resolve("carma").toString(), "--launcher-stale")
                .redirectErrorStream(true).start();
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    }

    private void write(String file, Instant mtime) throws IOException {
        Path f = clone.resolve(file);
        Files.createDirectories(f.getParent());
        Files.writeString(f, "x");
        Files.setLastModifiedTime(f, FileTime.from(mtime));
    }
}
