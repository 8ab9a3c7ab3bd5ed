package org.modelcensus.functions.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast path of {@link Normalizer#number} reads every number as BigDecimal rounded to 15 digits does. */
class NumberTest {
    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "+0", "0.0", "-0.0", "1", "3.5999999999999997e+25", "3.6e25", "1E-400", "-1e-400",
        "1e400", "123456789012345", "1234567890123456", "0.1", ".5", "5.", "+2.5e3", "1e", "1e+", "abc", "NaN",
        "Infinity", "0x10", "1d", "1f", "12,3", "7.0E-5", "999999999999999e999999999", "1e0000000001"})
    void fastPathMatchesBigDecimal(String raw) {
        Double expected;
        try {
            double d = new BigDecimal(raw).round(new MathContext(15, RoundingMode.HALF_UP)).doubleValue();
            expected = Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            expected = null;
        }
        assertEquals(expected, Normalizer.number(raw), raw);
    }
}
