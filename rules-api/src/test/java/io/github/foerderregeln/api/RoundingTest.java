package io.github.foerderregeln.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The only two roundings of spec 5.2: the grant, down to whole euros for rdz-lsa-2018 and never
 * below 0.00, and the funding rate, half up to four decimals.
 */
class RoundingTest {
    private static final GrantRounding WHOLE_EUROS_DOWN = new GrantRounding(0, RoundingMode.DOWN);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "170320.99,   170320.00",
            "170320.00,   170320.00",
            "170320.01,   170320.00",
            "170320,      170320.00",
            "170319.9999, 170319.00",
            "159999.60,   159999.00",
            "1.00,        1.00",
            "0.99,        0.00",
            "0.01,        0.00",
            "0,           0.00",
            "-0.01,       0.00",
            "-150.50,     0.00"})
    @DisplayName("Grant: auf volle Euro abgerundet (x.99, x.00, x.01 all give x.00), never below 0.00, two decimals")
    void theGrantIsRoundedDownToWholeEurosAndNeverBelowZero(BigDecimal lowestLimit, String grant) {
        // isEqualTo on BigDecimal checks the scale as well: 170320.00, not 170320
        assertThat(Rounding.grant(lowestLimit, WHOLE_EUROS_DOWN)).isEqualTo(new BigDecimal(grant));
    }

    @ParameterizedTest(name = "{0} at scale {1} {2} -> {3}")
    @CsvSource({
            "159999.609, 2, DOWN,  159999.60",
            "123.456,    1, DOWN,  123.40",
            "123.45,     2, FLOOR, 123.45",
            "-0.50,      0, FLOOR, 0.00",
            "-0.50,      2, DOWN,  0.00"})
    void theGrantFollowsTheCallsRoundingWhateverItsScale(BigDecimal lowestLimit, int scale, RoundingMode mode, String grant) {
        assertThat(Rounding.grant(lowestLimit, new GrantRounding(scale, mode))).isEqualTo(new BigDecimal(grant));
    }

    @ParameterizedTest(name = "{0} / {1} = {2}")
    @CsvSource({
            // 170,320 / 212,900 = 0.8 exactly (Haldensleben)
            "170320.00, 212900.00, 0.8000",
            // 200,000 / 263,000 = 0.760456... (Altmarkkreis Salzwedel)
            "200000.00, 263000.00, 0.7605",
            // exactly on the half at the fifth decimal: half up, not half even (which would give 0.7748)
            "77485.00,  100000.00, 0.7749",
            "77495.00,  100000.00, 0.7750",
            // just below the half: down
            "77494.99,  100000.00, 0.7749",
            // just above the half: up
            "77495.01,  100000.00, 0.7750",
            "0.00,      100000.00, 0.0000",
            "1.00,      3.00,      0.3333",
            "2.00,      3.00,      0.6667"})
    @DisplayName("Förderquote = Zuwendung / zuwendungsfähige Kosten, four decimals rounded half up")
    void theFundingRateIsRoundedHalfUpAtTheFourthDecimal(BigDecimal grant, BigDecimal eligible, String rate) {
        assertThat(Rounding.fundingRate(grant, eligible)).isEqualTo(new BigDecimal(rate));
    }

    @Test
    void withoutEligibleCostsTheFundingRateIsZeroWithFourDecimals() {
        assertThat(Rounding.fundingRate(new BigDecimal("0.00"), new BigDecimal("0.00"))).isEqualTo(new BigDecimal("0.0000"));
        assertThat(Rounding.fundingRate(BigDecimal.ZERO, BigDecimal.ZERO)).isEqualTo(new BigDecimal("0.0000"));
    }

    @ParameterizedTest
    @EnumSource(value = RoundingMode.class, names = {"DOWN", "FLOOR"}, mode = EnumSource.Mode.EXCLUDE)
    @DisplayName("Never rounded up: every mode other than DOWN and FLOOR is refused")
    void aGrantRoundingThatCouldRoundUpIsRefused(RoundingMode mode) {
        assertThatThrownBy(() -> new GrantRounding(0, mode))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(mode.name());
    }

    @Test
    void theGrantKeepsZeroToTwoDecimals() {
        assertThat(new GrantRounding(0, RoundingMode.DOWN).scale()).isZero();
        assertThat(new GrantRounding(2, RoundingMode.FLOOR).scale()).isEqualTo(2);
        assertThatThrownBy(() -> new GrantRounding(-1, RoundingMode.DOWN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scale");
        assertThatThrownBy(() -> new GrantRounding(3, RoundingMode.DOWN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scale");
        assertThatNullPointerException().isThrownBy(() -> new GrantRounding(0, null)).withMessageContaining("mode");
    }

    @ParameterizedTest(name = "{0} is shown as {1}")
    @CsvSource({
            "80001.008,   80001.00",
            "987.656,     987.65",
            "0.999,       0.99",
            "0.001,       0.00",
            "170320,      170320.00",
            "170320.0000, 170320.00",
            "-100.005,    -100.00"})
    @DisplayName("Every amount shown is cut to the cent, never rounded up: a limit of 80.001,008 EUR is shown as 80.001,00 EUR")
    void anAmountIsShownCutToTheCent(BigDecimal exact, String shown) {
        assertThat(Rounding.shown(exact)).isEqualTo(new BigDecimal(shown));
    }
}
