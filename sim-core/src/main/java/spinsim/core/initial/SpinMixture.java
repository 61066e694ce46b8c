package spinsim.core.initial;

import java.util.List;

/**
 * The initial SPIN population as a weighted mixture of {@link SpinComponent}s. Counts per
 * component are apportioned exactly (largest remainder), so the run can record them.
 */
public record SpinMixture(List<Weighted> components) {
    public record Weighted(double weight, SpinComponent component) {
        public Weighted {
            if (!(weight > 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("component weight must be > 0, got " + weight);
            }
        }
    }

    public SpinMixture {
        if (components.isEmpty()) {
            throw new IllegalArgumentException("a spin mixture needs at least one component");
        }
        components = List.copyOf(components);
    }

    public static SpinMixture of(SpinComponent c) {
        return new SpinMixture(List.of(new Weighted(1.0, c)));
    }

    /** Integer counts per component summing to {@code total} (largest-remainder apportionment). */
    public long[] apportion(long total) {
        int m = components.size();
        double sum = 0;
        for (Weighted w : components) {
            sum += w.weight();
        }
        long[] n = new long[m];
        double[] rem = new double[m];
        long given = 0;
        for (int c = 0; c < m; c++) {
            double exact = total * components.get(c).weight() / sum;
            n[c] = (long) Math.floor(exact);
            rem[c] = exact - n[c];
            given += n[c];
        }
        for (long left = total - given; left > 0; left--) {
            int best = 0;
            for (int c = 1; c < m; c++) {
                if (rem[c] > rem[best]) {
                    best = c;
                }
            }
            n[best]++;
            rem[best] = -1;
        }
        return n;
    }
}
