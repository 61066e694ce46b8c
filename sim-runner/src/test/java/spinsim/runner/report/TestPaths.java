package spinsim.runner.report;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the project's configs are when tests run from the module directory or the root. */
final class TestPaths {
    private TestPaths() {
    }

    static Path configs() {
        for (Path p : new Path[] {Path.of("..", "configs"), Path.of("configs")}) {
            if (Files.isRegularFile(p.resolve(PairRuleExperiment.CONFIG))) {
                return p;
            }
        }
        throw new IllegalStateException("configs/ not found from " + Path.of("").toAbsolutePath());
    }
}
