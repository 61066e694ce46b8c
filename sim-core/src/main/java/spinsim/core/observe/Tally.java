package spinsim.core.observe;

/** Per-cell tallies and their total, reduced in a fixed order (block order) so sums are reproducible. */
public record Tally(CellTally[] cells, CellTally total) {
    public static Tally of(CellTally[] cells) {
        CellTally t = new CellTally();
        for (CellTally c : cells) {
            t.add(c);
        }
        return new Tally(cells, t);
    }
}
