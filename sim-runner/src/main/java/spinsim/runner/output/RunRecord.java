package spinsim.runner.output;

import spinsim.runner.config.RunSpec;
import spinsim.runner.run.RunResult;

/**
 * What the outputs of a run are written from: the result in memory and where its config came from.
 *
 * @param config       the config's file name as it goes into summary.json (no directory, so the
 *                     summary does not depend on where the run was started)
 * @param configSource the config's path as given, for the header of config.resolved.yaml
 * @param configSha256 hex SHA-256 of the config file's bytes
 */
public record RunRecord(RunResult result, String config, String configSource, String configSha256) {
    public RunSpec spec() {
        return result.spec();
    }
}
