package io.github.foerderregeln.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The README's embedding example, run as the build runs it: it prints the Haldensleben result and does not throw. */
public class EmbeddingExampleTest {

    /** What the example prints on standard output. */
    public static String printed() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            EmbeddingExample.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theExamplePrintsTheOutcomeTheGrantAndEachFindingWithItsReference() {
        // 0.80 x 212,900.00 = 170,320.00, which is also the amount requested: a tie, both limits bind
        // and each says so (docs/rules.md).
        assertThat(printed().lines()).containsExactly(
                "ELIGIBLE, grant EUR 170,320.00",
                "INFO RDZ-GRANT-RATE: The grant is limited to 80% of the eligible costs (EUR 170,320.00);"
                        + " binding as well: RDZ-GRANT-REQUESTED."
                        + " [Förderaufruf Regionale Digitalisierungszentren: Zuschuss max. 80 % (Förderquote)]",
                "INFO RDZ-GRANT-REQUESTED: The grant is limited to the amount requested, EUR 170,320.00;"
                        + " binding as well: RDZ-GRANT-RATE. [VV zu § 44 LHO LSA: Bewilligung im Rahmen des Antrags]");
    }
}
