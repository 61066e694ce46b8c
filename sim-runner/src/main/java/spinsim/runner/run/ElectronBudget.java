package spinsim.runner.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import spinsim.core.observe.Snapshot;

/**
 * The electron budget of a run, per replica, from t = 0 to the last record: initial electrons,
 * net electrons put in by injection (counted by the process itself, negative for a full source),
 * final electrons, and balance = final - initial - injected. Scattering and the other processes
 * conserve electrons, so the balance is exactly 0; anything else is a bug in the bookkeeping.
 */
public record ElectronBudget(long[] initial, long[] injected, long[] fin) {
    public ElectronBudget {
        initial = initial.clone();
        injected = injected.clone();
        fin = fin.clone();
    }

    public static ElectronBudget of(RunResult r) {
        int n = r.replicas().size();
        int last = r.records() - 1;
        long[] a = new long[n];
        long[] i = new long[n];
        long[] f = new long[n];
        for (int rep = 0; rep < n; rep++) {
            Snapshot first = r.replicas().get(rep).get(0);
            Snapshot end = r.replicas().get(rep).get(last);
            a[rep] = first.tally().total().electrons();
            i[rep] = end.injectedElectrons() - first.injectedElectrons();
            f[rep] = end.tally().total().electrons();
        }
        return new ElectronBudget(a, i, f);
    }

    /** final - initial - injected of replica r. */
    public long balance(int replica) {
        return fin[replica] - initial[replica] - injected[replica];
    }

    /** Every replica's balance is 0. */
    public boolean balanced() {
        for (int r = 0; r < fin.length; r++) {
            if (balance(r) != 0) {
                return false;
            }
        }
        return true;
    }

    /** For summary.json: per-replica lists of exact integers. */
    public Map<String, Object> content() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("checked", "per replica, t = 0 against the last record: balance = final - initial - injected");
        m.put("initial", list(initial));
        m.put("injected", list(injected));
        m.put("final", list(fin));
        List<Long> b = new ArrayList<>();
        for (int r = 0; r < fin.length; r++) {
            b.add(balance(r));
        }
        m.put("balance", b);
        m.put("balanced", balanced());
        return m;
    }

    private static List<Long> list(long[] v) {
        List<Long> l = new ArrayList<>();
        for (long x : v) {
            l.add(x);
        }
        return l;
    }
}
