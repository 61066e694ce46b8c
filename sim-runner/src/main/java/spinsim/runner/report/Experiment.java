package spinsim.runner.report;

import spinsim.runner.config.ConfigException;

/** One experiment of the validation catalogue (MODEL.md section 6): runs, then reports rows, text and plots. */
public interface Experiment {
    /** Catalogue id: "V1" ... */
    String id();

    /** Short title for the section heading. */
    String title();

    /** The config file (in the configs directory) that defines the experiment. */
    String configFile();

    ExperimentResult run(ExperimentContext ctx) throws ConfigException;
}
