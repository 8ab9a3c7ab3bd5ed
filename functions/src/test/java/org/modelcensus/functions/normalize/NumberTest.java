package org.modelcensus.functions.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.modelcensus.functions.dataset.Decimals;
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

    /** The exact fast path reads numbers of up to 15 digits as {@link Double#parseDouble} does, bit for bit. */
    @Test
    void exactPathMatchesParseDouble() {
        Random random = new Random(5);
        for (int i = 0; i < 200_000; i++) {
            String digits = Long.toString(random.nextLong() & ((1L << random.nextInt(50)) - 1));
            digits = digits.length() > 15 ? digits.substring(0, 15) : digits;
            int point = random.nextInt(digits.length() + 1);
            String raw = digits.substring(0, point) + (random.nextBoolean() ? "." : "") + digits.substring(point)
                    + (random.nextBoolean() ? "e" + (random.nextInt(80) - 40) : "");
            if (Decimals.fewDigits(raw)) {
                double exact = Decimals.exactly(raw);
                if (!Double.isNaN(exact)) {
                    assertEquals(Double.doubleToRawLongBits(Double.parseDouble(raw)), Double.doubleToRawLongBits(exact), raw);
                }
            }
        }
        for (String raw : new String[] {"2.1831e+25", "4.5057e+24", "199303336114.0", "7.21E+10", "0.1", "+2.5e3", "5.",
            ".5", "0e5", "123456789012345e-22", "9e22", "9e23"}) {
            double exact = Decimals.exactly(raw);
            assertTrue(Double.isNaN(exact) || exact == Double.parseDouble(raw), raw);
        }
    }
}
