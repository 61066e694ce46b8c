package spinsim.runner.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;

/**
 * What an experiment hands to the report: its summary rows, its markdown section (which links the
 * charts by file name), and the charts to write beside report.md.
 */
public record ExperimentResult(String id, String title, List<Row> rows, String section, Map<String, XYChart> charts) {
    public ExperimentResult {
        rows = List.copyOf(rows);
        charts = new LinkedHashMap<>(charts);
    }
}
