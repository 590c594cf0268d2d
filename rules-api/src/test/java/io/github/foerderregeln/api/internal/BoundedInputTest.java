package io.github.foerderregeln.api.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.foerderregeln.api.InvalidApplicationException;
import io.github.foerderregeln.api.Problem;
import io.github.foerderregeln.api.json.ApplicationJson;
import io.github.foerderregeln.api.json.JsonEdits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile and careless input against the one place that reads numbers, dates and files (docs/rules.md,
 * "Invalid input"): an amount of more than 12 digits before the decimal point however it is written,
 * a date outside the years 0001 to 9999, a file of more than 1 MiB whatever its kind, bytes that
 * are not UTF-8 and inputs with thousands of problems are each refused quickly, naming the field,
 * with a short message. The timeouts only guard against a hang; they measure nothing.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BoundedInputTest {
    private static final ApplicationJson READER = new ApplicationJson(Set.of("rdz-lsa-2018"));
    private static final String VALID = """
            {
              "id": "bounded",
              "call": "rdz-lsa-2018",
              "decisionDate": "2019-01-16",
              "applicant": { "name": "Stadt Haldensleben", "legalForm": "GEMEINDE", "state": "ST",
                             "deMinimisAid": [ { "grantedOn": "2018-05-02", "amount": "12000.00" } ] },
              "project": { "start": "2019-01-16", "end": "2020-12-31", "earlyStartApprovedOn": "2019-01-10" },
              "costs": [ { "category": "PERSONNEL", "amount": "160000.00" } ],
              "otherFunding": { "thirdParty": "0.00", "otherPublic": "0.00" },
              "requestedGrant": "128000.00"
            }
            """;

    /** {@link #VALID} with the value at {@code path} written as {@code raw}, exactly as given. */
    private static String with(String path, String raw) {
        return JsonEdits.edit(VALID, path, "\"@@RAW@@\"").replace("\"@@RAW@@\"", raw);
    }

    private static List<Problem> problems(byte[] json) {
        InvalidApplicationException e = catchThrowableOfType(InvalidApplicationException.class,
                () -> READER.read(json, "hostile.json"));
        assertThat(e).as("the input was accepted, but it is invalid").isNotNull();
        return e.problems();
    }

    private static Problem onlyProblem(String json, String field) {
        List<Problem> problems = problems(json.getBytes(StandardCharsets.UTF_8));
        assertThat(problems).as(problems.toString()).extracting(Problem::field).containsExactly(field);
        return problems.get(0);
    }

    // ------------------------------------------------------------------------------------ numbers

    @ParameterizedTest(name = "{0}")
    @DisplayName("An amount of more than 12 digits before the decimal point is refused however it is written")
    @ValueSource(strings = {"1e13", "1E13", "1e+13", "10000000000000", "1000000000000.00", "\"1000000000000.00\"",
            "1e999999999", "-1e999999999", "1e10000000", "1E+100000000", "1e99999999999", "-1e99999999999",
            "123456789012345678901234567890"})
    void anAmountOfMoreThanTwelveIntegerDigitsIsRefusedByItsDigits(String raw) {
        for (String path : List.of("costs[0].amount", "requestedGrant", "otherFunding.thirdParty",
                "applicant.deMinimisAid[0].amount")) {
            Problem problem = onlyProblem(with(path, raw), path);

            assertThat(problem.message()).as(path).startsWith("must have at most 12 digits before the decimal point")
                    .hasSizeLessThan(150);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"999999999999.99", "\"999999999999.99\"", "9.9999999999999e11", "1e11", "0.01e2"})
    void anAmountOfTwelveIntegerDigitsIsRead(String raw) {
        assertThat(READER.read(with("costs[0].amount", raw).getBytes(StandardCharsets.UTF_8), "ok.json")
                .costs().get(0).amount().scale()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1e-999999999", "1e-3", "-1e-999999999", "1e-99999999999", "0.0000000000000000000000000000000000000001"})
    void anAmountWithTooManyDecimalsIsRefusedWithoutWritingThemOut(String raw) {
        Problem problem = onlyProblem(with("costs[0].amount", raw), "costs[0].amount");

        assertThat(problem.message()).containsAnyOf("at most two decimals", "too many decimals", "must not be negative")
                .hasSizeLessThan(150);
    }

    @Test
    void zeroWithAHugeExponentIsZero() {
        assertThat(READER.read(with("otherFunding.thirdParty", "0e999999999").getBytes(StandardCharsets.UTF_8), "zero")
                .otherFunding().thirdParty()).isEqualByComparingTo("0.00");
        assertThat(onlyProblem(with("requestedGrant", "0e999999999"), "requestedGrant").message())
                .startsWith("must be greater than 0");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1E+100000000", "-1E+100000000", "1E-100000000", "1E+2147483647"})
    @DisplayName("The number is judged by its digits and exponent, never expanded, also in the record constructors")
    void aHugeBigDecimalIsJudgedWithoutExpandingIt(String amount) {
        BigDecimal huge = new BigDecimal(amount);

        String problem = io.github.foerderregeln.api.internal.Checks.money(huge, false);

        assertThat(problem).isNotNull().hasSizeLessThan(120);
        assertThat(BoundedInput.show(huge)).hasSizeLessThan(40);
    }

    @Test
    void aDecimalOfManyDigitsIsShownShortened() {
        BigDecimal many = new BigDecimal("1" + "3".repeat(5_000) + ".5");

        assertThat(BoundedInput.show(many)).isEqualTo("1.33333E+5000 (5002 digits)");
        assertThat(BoundedInput.magnitudeProblem(many)).contains("(was 1.33333E+5000 (5002 digits))");
    }

    // -------------------------------------------------------------------------------------- dates

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\"+999999999-12-31\"", "\"-999999999-01-01\"", "\"10000-01-01\"", "\"+2019-01-16\"",
            "\"0000-01-01\"", "\"-0001-12-31\"", "\"2019-02-29\"", "\"２０１９-01-16\"", "\"2019-01-16T00:00\""})
    void aDateOutsideTheYearsOneToNineThousandNineHundredNinetyNineOrNotAsWrittenIsRefused(String raw) {
        for (String path : List.of("decisionDate", "project.start", "project.end", "project.earlyStartApprovedOn",
                "applicant.deMinimisAid[0].grantedOn")) {
            List<Problem> problems = problems(with(path, raw).getBytes(StandardCharsets.UTF_8));

            assertThat(problems).as(path).anySatisfy(p -> {
                assertThat(p.field()).isEqualTo(path);
                assertThat(p.message()).contains("yyyy-MM-dd with a year from 0001 to 9999");
            });
        }
    }

    @Test
    void theFirstAndLastDaysOfTheYearsOneToNineThousandNineHundredNinetyNineAreDates() {
        assertThat(BoundedInput.date("0001-01-01")).isEqualTo(LocalDate.of(1, 1, 1));
        assertThat(BoundedInput.date("9999-12-31")).isEqualTo(LocalDate.of(9999, 12, 31));
        assertThat(BoundedInput.dateProblem(LocalDate.of(9999, 12, 31))).isNull();
        assertThat(BoundedInput.dateProblem(LocalDate.of(10000, 1, 1))).contains("0001 to 9999");
        assertThat(BoundedInput.dateProblem(LocalDate.of(0, 12, 31))).contains("0001 to 9999");
        assertThat(BoundedInput.dateProblem(LocalDate.MAX)).contains("+999999999-12-31");
    }

    @Test
    void aProjectUpToTheLastDayOfYearNineThousandNineHundredNinetyNineIsRead() {
        String json = with("project.start", "\"9999-01-01\"").replace("\"2020-12-31\"", "\"9999-12-31\"");

        assertThat(READER.read(json.getBytes(StandardCharsets.UTF_8), "far.json").project().end())
                .isEqualTo(LocalDate.of(9999, 12, 31));
    }

    // -------------------------------------------------------------------------------- JSON reader

    @Test
    @DisplayName("Overlong UTF-8 (C0 AE for '.') is malformed input, not a dot")
    void overlongUtf8IsMalformedInput() {
        byte[] json = VALID.replace("Stadt Haldensleben", "Stadt XHaldensleben").getBytes(StandardCharsets.UTF_8);
        int x = new String(json, StandardCharsets.UTF_8).indexOf("XHaldensleben");
        byte[] overlong = new byte[json.length + 1];
        System.arraycopy(json, 0, overlong, 0, x);
        overlong[x] = (byte) 0xC0;
        overlong[x + 1] = (byte) 0xAE;
        System.arraycopy(json, x + 1, overlong, x + 2, json.length - x - 1);

        List<Problem> problems = problems(overlong);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("$");
            assertThat(p.message()).isEqualTo("malformed JSON: the input is not UTF-8 (byte " + (x + 1)
                    + " starts no valid sequence)");
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ED A0 80", "F8 88 80 80 80", "E0 80 AE", "F4 90 80 80", "FF"})
    void otherMalformedUtf8IsRefusedToo(String hex) {
        byte[] bad = java.util.HexFormat.ofDelimiter(" ").parseHex(hex);
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        json.writeBytes("{\"id\": \"".getBytes(StandardCharsets.UTF_8));
        json.writeBytes(bad);
        json.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(problems(json.toByteArray())).singleElement().extracting(Problem::message).asString()
                .startsWith("malformed JSON: the input is not UTF-8");
    }

    @Test
    void aByteOrderMarkIsNoProblem() {
        byte[] json = ("\uFEFF" + VALID).getBytes(StandardCharsets.UTF_8);

        assertThat(READER.read(json, "bom.json").id()).isEqualTo("bounded");
    }

    @Test
    @DisplayName("60,000 unknown keys give the first 100 problems and one line counting the rest")
    void sixtyThousandUnknownKeysGiveAShortError() {
        StringBuilder json = new StringBuilder(VALID.substring(0, VALID.lastIndexOf('}')));
        for (int i = 0; i < 60_000; i++) {
            json.append(",\"k").append(i).append("\":0");
        }
        json.append('}');

        InvalidApplicationException e = catchThrowableOfType(InvalidApplicationException.class,
                () -> READER.read(json.toString().getBytes(StandardCharsets.UTF_8), "keys.json"));

        assertThat(e.problems()).hasSize(BoundedInput.MAX_PROBLEMS + 1);
        assertThat(e.problems().get(0).field()).isEqualTo("k0");
        assertThat(e.problems().get(BoundedInput.MAX_PROBLEMS)).isEqualTo(new Problem("$",
                "... and 59900 more problems (only the first 100 are listed)"));
        assertThat(e.getMessage()).hasSizeLessThan(30_000);
    }

    @Test
    void exactlyAHundredProblemsAreAllListedWithoutACountingLine() {
        StringBuilder json = new StringBuilder(VALID.substring(0, VALID.lastIndexOf('}')));
        for (int i = 0; i < BoundedInput.MAX_PROBLEMS; i++) {
            json.append(",\"k").append(i).append("\":0");
        }
        json.append('}');

        assertThat(problems(json.toString().getBytes(StandardCharsets.UTF_8))).hasSize(BoundedInput.MAX_PROBLEMS)
                .noneMatch(p -> p.message().contains("more problems"));
    }

    @Test
    void aTextLongerThanTheLimitIsAProblemOfItsFieldNotOfTheWholeInput() {
        String name = "x".repeat(ApplicationLimits.MAX_TEXT_LENGTH + 1);

        Problem problem = onlyProblem(with("applicant.name", "\"" + name + "\""), "applicant.name");

        assertThat(problem.message()).isEqualTo("must have at most 10000 characters (has 10001)");
        assertThat(READER.read(with("applicant.name", "\"" + name.substring(1) + "\"").getBytes(StandardCharsets.UTF_8),
                "at-limit").applicant().name()).hasSize(ApplicationLimits.MAX_TEXT_LENGTH);
    }

    @Test
    void aLongValueIsQuotedShortenedInItsProblem() {
        String code = "G".repeat(100_000);

        Problem problem = onlyProblem(with("applicant.legalForm", "\"" + code + "\""), "applicant.legalForm");

        assertThat(problem.message()).contains("...(100002 characters)").hasSizeLessThan(600);
    }

    @Test
    void aLongUnknownKeyIsNamedShortened() {
        String key = "k".repeat(50_000);

        List<Problem> problems = problems(with("applicant", "{\"" + key + "\": 1}").getBytes(StandardCharsets.UTF_8));

        assertThat(problems).anySatisfy(p -> assertThat(p.field()).startsWith("applicant.kkk").endsWith("...(50000 characters)"))
                .allSatisfy(p -> assertThat(p.toString()).hasSizeLessThan(600));
    }

    // -------------------------------------------------------------------------------------- files

    @Test
    void aRegularFileIsReadUpToOneMebibyteAndRefusedByItsSizeAbove(@TempDir Path dir) throws IOException {
        Path atLimit = Files.write(dir.resolve("at.json"), new byte[ApplicationLimits.MAX_FILE_BYTES]);
        Path over = Files.write(dir.resolve("over.json"), new byte[ApplicationLimits.MAX_FILE_BYTES + 1]);

        assertThat(BoundedInput.readFile(atLimit)).hasSize(ApplicationLimits.MAX_FILE_BYTES);
        assertThatThrownBy(() -> BoundedInput.readFile(over)).isInstanceOf(BoundedInput.TooLargeException.class)
                .hasMessage("has 1048577 bytes, more than the 1048576 (1 MiB) allowed");
    }

    @Test
    void aDirectoryIsNoFile(@TempDir Path dir) {
        assertThatThrownBy(() -> BoundedInput.readFile(dir)).isInstanceOf(FileSystemException.class)
                .hasMessageContaining("is a directory");
    }

    @ParameterizedTest(name = "{0}")
    @EnabledOnOs({OS.LINUX, OS.MAC})
    @ValueSource(strings = {"/dev/zero", "/dev/urandom"})
    @DisplayName("A device that never ends is refused after 1 MiB and a byte, not read into memory")
    void aDeviceThatNeverEndsIsRefusedAfterOneMebibyte(String device) {
        assertThatThrownBy(() -> BoundedInput.readFile(Path.of(device))).isInstanceOf(BoundedInput.TooLargeException.class)
                .hasMessage("has more than the 1048576 bytes (1 MiB) allowed");
        InvalidApplicationException e = catchThrowableOfType(InvalidApplicationException.class,
                () -> READER.read(Path.of(device)));
        assertThat(e.problems()).containsExactly(new Problem("$", "the file has more than the 1048576 bytes (1 MiB) allowed"));
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aPipeThatNeverEndsIsRefusedAfterOneMebibyte(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("endless.json");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        Thread writer = new Thread(() -> {
            byte[] chunk = "[".repeat(8192).getBytes(StandardCharsets.US_ASCII);
            try (OutputStream out = Files.newOutputStream(fifo)) {
                while (true) {
                    out.write(chunk);
                }
            } catch (IOException e) {
                // the reader closed the pipe: the end this test waits for
            }
        });
        writer.setDaemon(true);
        writer.start();

        InvalidApplicationException e = catchThrowableOfType(InvalidApplicationException.class, () -> READER.read(fifo));

        assertThat(e.problems()).extracting(Problem::message).containsExactly(
                "the file has more than the 1048576 bytes (1 MiB) allowed");
        writer.join(TimeUnit.SECONDS.toMillis(30));
        assertThat(writer.isAlive()).isFalse();
    }

    @Test
    void aStreamIsReadUpToOneMebibyteAndAByteAndNoFurther() {
        java.util.concurrent.atomic.AtomicLong given = new java.util.concurrent.atomic.AtomicLong();
        java.io.InputStream endless = new java.io.InputStream() {
            @Override
            public int read() {
                given.incrementAndGet();
                return ' ';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) ' ');
                given.addAndGet(len);
                return len;
            }
        };

        assertThatThrownBy(() -> BoundedInput.read(endless)).isInstanceOf(BoundedInput.TooLargeException.class);
        assertThat(given.get()).isEqualTo(ApplicationLimits.MAX_FILE_BYTES + 1L);
    }
}
