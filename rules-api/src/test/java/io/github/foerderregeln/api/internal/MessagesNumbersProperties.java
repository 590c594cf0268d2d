package io.github.foerderregeln.api.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.foerderregeln.api.Language;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Messages write numbers without {@link DecimalFormat} (it was 8 % of an assessment's time), so
 * DecimalFormat is the oracle here: for any amount, of any size, sign and scale, in either
 * language, money reads as DecimalFormat("#,##0.00") writes the amount cut to the cent, and
 * percent figures as DecimalFormat("#,##0") writes them with every decimal the value has.
 */
class MessagesNumbersProperties {

    @Property(tries = 3000)
    void moneyIsWrittenAsDecimalFormatWritesItCutToTheCent(@ForAll("amounts") BigDecimal amount, @ForAll Language language) {
        String number = oracle(amount.setScale(2, java.math.RoundingMode.DOWN), 2, language);
        String expected = language == Language.EN ? "EUR " + number : number + " EUR";

        assertThat(Messages.money(amount, language)).isEqualTo(expected);
        assertThat(Messages.render("{a,money}", Map.of("a", amount), language)).isEqualTo(expected);
    }

    @Property(tries = 3000)
    void percentIsWrittenAsDecimalFormatWritesIt(@ForAll("amounts") BigDecimal share, @ForAll Language language) {
        String number = oracle(share.multiply(BigDecimal.valueOf(100)), 0, language);
        String expected = language == Language.EN ? number + "%" : number + " %";

        assertThat(Messages.render("{a,percent}", Map.of("a", share), language)).isEqualTo(expected);
    }

    /** Unscaled values up to 20 digits, either sign, scales from -3 to 8: cents, rates, 1E+5 and exact products. */
    @Provide
    Arbitrary<BigDecimal> amounts() {
        Arbitrary<BigInteger> unscaled = Arbitraries.bigIntegers()
                .between(new BigInteger("-99999999999999999999"), new BigInteger("99999999999999999999"))
                .edgeCases(edges -> edges.add(BigInteger.ZERO, BigInteger.ONE, BigInteger.valueOf(-1), BigInteger.valueOf(999),
                        BigInteger.valueOf(1000), BigInteger.valueOf(100000)));
        return net.jqwik.api.Combinators.combine(unscaled, Arbitraries.integers().between(-3, 8)).as(BigDecimal::new);
    }

    private static String oracle(BigDecimal value, int minDecimals, Language language) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(language.locale()));
        format.setRoundingMode(RoundingMode.UNNECESSARY);
        format.setMinimumFractionDigits(minDecimals);
        format.setMaximumFractionDigits(Math.max(minDecimals, value.stripTrailingZeros().scale()));
        return format.format(value);
    }
}
