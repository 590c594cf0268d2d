package io.github.foerderregeln.api.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.foerderregeln.api.Language;
import io.github.foerderregeln.api.LegalForm;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Message templates of the rules: figures written as a German or English reader expects them, exactly. */
class MessagesTest {
    private static String de(String template, Map<String, ?> figures) {
        return Messages.render(template, figures, Language.DE);
    }

    private static String en(String template, Map<String, ?> figures) {
        return Messages.render(template, figures, Language.EN);
    }

    @ParameterizedTest(name = "{0} -> \"{1}\" / \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            170320.00      | 170.320,00 EUR       | EUR 170,320.00
            170320         | 170.320,00 EUR       | EUR 170,320.00
            1234567.89     | 1.234.567,89 EUR     | EUR 1,234,567.89
            0.00           | 0,00 EUR             | EUR 0.00
            0.5            | 0,50 EUR             | EUR 0.50
            999.99         | 999,99 EUR           | EUR 999.99
            -1234.5        | -1.234,50 EUR        | EUR -1,234.50
            """)
    @DisplayName("Money: German 170.320,00 EUR, English EUR 170,320.00, always at least two decimals")
    void moneyIsWrittenInTheReadersConvention(BigDecimal amount, String german, String english) {
        assertThat(Messages.money(amount, Language.DE)).isEqualTo(german);
        assertThat(Messages.money(amount, Language.EN)).isEqualTo(english);
        assertThat(de("{a,money}", Map.of("a", amount))).isEqualTo(german);
        assertThat(en("{a,money}", Map.of("a", amount))).isEqualTo(english);
    }

    @ParameterizedTest(name = "{0} -> \"{1}\" / \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            170320.0000    | 170.320,00 EUR       | EUR 170,320.00
            987.6560       | 987,65 EUR           | EUR 987.65
            80001.008      | 80.001,00 EUR        | EUR 80,001.00
            159999.6       | 159.999,60 EUR       | EUR 159,999.60
            0.001          | 0,00 EUR             | EUR 0.00
            0.999          | 0,99 EUR             | EUR 0.99
            12345.6789     | 12.345,67 EUR        | EUR 12,345.67
            -100.005       | -100,00 EUR          | EUR -100.00
            """)
    @DisplayName("An exact limit such as 0.80 x 100,001.26 = 80,001.008 is shown with exactly two decimals, cut to the cent")
    void moneyIsShownCutToTheCent(BigDecimal amount, String german, String english) {
        assertThat(Messages.money(amount, Language.DE)).isEqualTo(german);
        assertThat(Messages.money(amount, Language.EN)).isEqualTo(english);
    }

    @ParameterizedTest(name = "{0} -> \"{1}\" / \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            0.80     | 80 %       | 80%
            0.8      | 80 %       | 80%
            1        | 100 %      | 100%
            0.7605   | 76,05 %    | 76.05%
            0.6933   | 69,33 %    | 69.33%
            0.00005  | 0,005 %    | 0.005%
            0        | 0 %        | 0%
            """)
    @DisplayName("Percent: a share 0.80 is 80 % in German and 80% in English, decimals kept")
    void percentIsTheShareTimesAHundred(BigDecimal share, String german, String english) {
        assertThat(de("{rate,percent}", Map.of("rate", share))).isEqualTo(german);
        assertThat(en("{rate,percent}", Map.of("rate", share))).isEqualTo(english);
    }

    @Test
    @DisplayName("Dates: 16.01.2019 in German, 2019-01-16 in English, with or without the date format")
    void datesAreWrittenInTheReadersConvention() {
        Map<String, LocalDate> figures = Map.of("d", LocalDate.of(2019, 1, 6));

        assertThat(de("am {d,date}", figures)).isEqualTo("am 06.01.2019");
        assertThat(en("on {d,date}", figures)).isEqualTo("on 2019-01-06");
        assertThat(de("am {d}", figures)).isEqualTo("am 06.01.2019");
        assertThat(en("on {d}", figures)).isEqualTo("on 2019-01-06");
    }

    @Test
    void figuresWithoutFormatAreWrittenPlainly() {
        Map<String, Object> figures = new java.util.LinkedHashMap<>();
        figures.put("amount", new BigDecimal("1E+5"));
        figures.put("months", 24);
        figures.put("form", LegalForm.GBR);
        figures.put("text", "Räume $1 \\ {x}");

        assertThat(de("{amount}|{months}|{form}|{text}", figures)).isEqualTo("100000|24|GBR|Räume $1 \\ {x}");
    }

    @Test
    void aFigureUsedTwiceIsFilledTwiceAndOtherTextIsKept() {
        assertThat(de("{a,money} und {a,money}; {1} bleibt", Map.of("a", new BigDecimal("1.5"))))
                .isEqualTo("1,50 EUR und 1,50 EUR; {1} bleibt");
        assertThat(de("ohne Platzhalter", Map.of())).isEqualTo("ohne Platzhalter");
    }

    @Test
    void aPlaceholderNamingNoFigureFails() {
        assertThatThrownBy(() -> de("{limit,money} und {missing}", Map.of("limit", BigDecimal.ONE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("{missing}");
    }

    @Test
    void aFigureThatDoesNotFitItsFormatFails() {
        assertThatThrownBy(() -> de("{a,money}", Map.of("a", "170320")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("money");
        assertThatThrownBy(() -> de("{a,percent}", Map.of("a", 80)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("percent");
        assertThatThrownBy(() -> de("{a,date}", Map.of("a", "2019-01-16")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("date");
    }

    @Test
    void theFigureNamesOfATemplateAreListedOnceInOrder() {
        assertThat(Messages.figureNames("{limit,money} = {eligible,money} - {other} ({limit}) {1}"))
                .containsExactly("limit", "eligible", "other");
    }
}
