package spinsim.runner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An interrupt during validation ({@link ExperimentContext#stop()} set, as Ctrl-C does) leaves the
 * running experiment and the rest out of the report, whatever way the experiment runs its
 * simulations: single runs ({@link Runs#execute}, V4) and sweeps of points ({@link Runs#sweep}:
 * V10-V12 through FieldSweeps, V13-V15 through AssemblyRuns), which once ran to their end.
 */
class ValidationInterruptTest {
    /** Runs V2, then {@code id}, then V3 at quick size, with the flag set at {@code id}'s first progress line. */
    private static Validation.Report interruptedAt(String id) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        ExperimentContext ctx = new ExperimentContext(TestPaths.configs(), true, 2, line -> {
            if (line.startsWith(id)) {
                stop.set(true);
            }
        }, stop);
        return Validation.run(List.of(Validation.byId("V2"), Validation.byId(id), Validation.byId("V3")), ctx);
    }

    private static List<String> ids(Validation.Report r) {
        List<String> ids = new ArrayList<>();
        for (ExperimentResult e : r.results()) {
            ids.add(e.id());
        }
        return ids;
    }

    /** V4 runs single runs, V10 sweeps through FieldSweeps, V14 scans through AssemblyRuns. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"V4", "V10", "V14"})
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void theInterruptedExperimentAndTheRestAreLeftOut(String id) throws Exception {
        Validation.Report r = interruptedAt(id);
        assertEquals(List.of("V2"), ids(r));
        assertEquals(List.of(id, "V3"), r.notRun());
    }
}
