package spinsim.runner.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumTest {
    @Test
    void plusMinusRoundsTheValueToTheErrorsTwoSignificantDigits() {
        assertEquals("166543 ± 123", Num.pm(166543.4, 123.4));
        assertEquals("0.3331 ± 0.0012", Num.pm(0.333123, 0.001234));
        assertEquals("1000000", Num.pm(1_000_000.0, Double.NaN));
        assertEquals("1000000 ± 0", Num.pm(1_000_000.0, 0.0));
    }

    @Test
    void exactRoundTripsAndEmptyMarksAMissingError() {
        double v = 0.1 + 0.2;
        assertEquals(v, Double.parseDouble(Num.exact(v)));
        assertEquals("", Num.exactOrEmpty(Double.NaN));
        assertEquals("NaN", Num.exact(Double.NaN));
        assertEquals(null, Num.json(Double.POSITIVE_INFINITY));
    }

    @Test
    void plainDropsNeedlessDecimals() {
        assertEquals("30", Num.plain(30.0));
        assertEquals("0.25", Num.plain(0.25));
        assertEquals("1.23457e-07", Num.plain(1.234567e-7));
    }
}
