package spinsim.runner.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One output of a run directory: writes its files into the (temporary) run directory. Adding an
 * output is adding one class and one entry to {@link Outputs#ALL}.
 */
public interface Output {
    /** The file names this output writes, relative to the run directory. */
    List<String> files();

    /** The files it writes for this run (an output may apply to some runs only); default {@link #files()}. */
    default List<String> files(RunRecord run) {
        return files();
    }

    void write(RunRecord run, Path dir) throws IOException;
}
