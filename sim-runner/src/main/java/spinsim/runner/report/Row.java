package spinsim.runner.report;

/**
 * One row of the summary table: one claim (or one facet of a claim) of the paper held against the
 * Monte Carlo.
 *
 * @param id         catalogue id with a sub-index, e.g. "V4.2"
 * @param claim      the claim, short, with the rule in brackets where it matters
 * @param paper      the paper's value (computed in code where the paper gives a formula) or quoted text
 * @param monteCarlo the Monte Carlo value with its standard error
 * @param z          disagreement in standard deviations, NaN for criterion (range or exactness) rows
 * @param verdict    "agrees", "disagrees (k sigma)", or "agrees"/"disagrees" with the criterion
 * @param finding    one sentence
 */
public record Row(String id, String claim, String paper, String monteCarlo, double z, String verdict, String finding) {
    /** Verdict threshold: |z| <= 3 agrees. */
    public static final double THRESHOLD = 3.0;

    /** A row whose verdict follows from z. */
    public static Row statistical(String id, String claim, String paper, String monteCarlo, double z, String finding) {
        return new Row(id, claim, paper, monteCarlo, z, verdictOf(z), finding);
    }

    /** A row judged by a stated criterion (range claims, exact identities). */
    public static Row criterion(String id, String claim, String paper, String monteCarlo, boolean met, String criterion,
            String finding) {
        return new Row(id, claim, paper, monteCarlo, Double.NaN, (met ? "agrees" : "disagrees") + " (criterion: " + criterion + ")",
                finding);
    }

    public boolean agrees() {
        return verdict.startsWith("agrees");
    }

    static String verdictOf(double z) {
        if (Double.isNaN(z)) {
            return "n/a";
        }
        if (Math.abs(z) <= THRESHOLD) {
            return "agrees";
        }
        return "disagrees (" + Fmt.z(Math.abs(z)) + " sigma)";
    }
}
