package io.github.foerderregeln.api.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.foerderregeln.api.Amounts;
import io.github.foerderregeln.api.Assessment;
import io.github.foerderregeln.api.Finding;
import io.github.foerderregeln.api.Language;
import io.github.foerderregeln.api.Limit;
import io.github.foerderregeln.api.Rounding;
import io.github.foerderregeln.api.internal.Checks;
import io.github.foerderregeln.api.internal.JsonTree;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Writes assessments in the JSON form of {@code docs/json-format.md}: money as numbers with exactly
 * two decimals (limits cut to the cent), the funding rate with four, findings in the language asked for. Beyond the
 * fixed fields it adds {@code callVersion}, {@code ruleSet}, the figures of each finding, and
 * every limit with the one that binds.
 */
public final class AssessmentJson {
    private AssessmentJson() {
    }

    /** Writes a JSON array of {@code assessments} to {@code out}, pretty-printed, UTF-8. */
    public static void writeAll(List<Assessment> assessments, Language language, OutputStream out) throws IOException {
        try (ArrayWriter array = new ArrayWriter(JsonTree.MAPPER.getFactory().createGenerator(out), language)) {
            for (Assessment assessment : assessments) {
                array.write(assessment);
            }
        }
    }

    /** Writes a JSON array of {@code assessments} to {@code out}, pretty-printed. */
    public static void writeAll(List<Assessment> assessments, Language language, Writer out) throws IOException {
        try (ArrayWriter array = arrayWriter(out, language)) {
            for (Assessment assessment : assessments) {
                array.write(assessment);
            }
        }
    }

    /**
     * A JSON array written one assessment at a time, each as soon as it is {@linkplain
     * ArrayWriter#write written}, so that any number of assessments takes no more memory than
     * one: the form of {@link #writeAll}, opened now and ended by {@link ArrayWriter#close()}.
     * {@code out} stays open.
     */
    public static ArrayWriter arrayWriter(Writer out, Language language) throws IOException {
        return new ArrayWriter(JsonTree.MAPPER.getFactory().createGenerator(out), language);
    }

    /** An open JSON array of assessments; see {@link #arrayWriter}. Not thread-safe. */
    public static final class ArrayWriter implements java.io.Closeable {
        private final JsonGenerator json;
        private final Language language;

        private ArrayWriter(JsonGenerator json, Language language) throws IOException {
            this.json = json;
            this.language = language;
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartArray();
        }

        /** Writes {@code assessment} as the next element and hands it on to the target. */
        public void write(Assessment assessment) throws IOException {
            AssessmentJson.write(json, assessment, language);
            json.flush();
        }

        /** Ends the array and the line; the target stays open. */
        @Override
        public void close() throws IOException {
            if (!json.isClosed()) {
                json.writeEndArray();
                json.writeRaw('\n');
                json.close();
            }
        }
    }

    /** One assessment as a pretty-printed JSON object. */
    public static String toJson(Assessment assessment, Language language) {
        java.io.StringWriter out = new java.io.StringWriter();
        try (JsonGenerator json = JsonTree.MAPPER.getFactory().createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            write(json, assessment, language);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static void write(JsonGenerator json, Assessment a, Language language) throws IOException {
        Amounts amounts = a.amounts();
        json.writeStartObject();
        json.writeStringField("applicationId", a.applicationId());
        json.writeStringField("call", a.callId());
        json.writeStringField("outcome", a.outcome().name());
        json.writeObjectFieldStart("amounts");
        money(json, "totalCosts", amounts.totalCosts());
        money(json, "eligibleCosts", amounts.eligibleCosts());
        money(json, "nonEligibleCosts", amounts.nonEligibleCosts());
        money(json, "grant", amounts.grant());
        money(json, "ownShare", amounts.ownShare());
        json.writeFieldName("fundingRate");
        // docs/json-format.md: four decimals, also when an engine gives the rate with fewer
        json.writeNumber(amounts.fundingRate().setScale(Rounding.RATE_SCALE, RoundingMode.HALF_UP));
        json.writeEndObject();
        findings(json, a.findings(), language);
        json.writeArrayFieldStart("rulesFired");
        for (String rule : a.rulesFired()) {
            json.writeString(rule);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("limits");
        for (Limit limit : amounts.limits()) {
            json.writeStartObject();
            json.writeStringField("kind", limit.kind().name());
            json.writeStringField("ruleId", limit.ruleId());
            json.writeFieldName("amount");
            json.writeNumber(shown(limit.amount()));
            json.writeBooleanField("binding", limit.kind() == amounts.binding());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeStringField("callVersion", a.callVersion());
        json.writeStringField("ruleSet", a.ruleSet());
        json.writeEndObject();
    }

    private static void money(JsonGenerator json, String name, BigDecimal amount) throws IOException {
        json.writeFieldName(name);
        json.writeNumber(amount.setScale(Checks.MONEY_SCALE));
    }

    static void figure(JsonGenerator json, Object value) throws IOException {
        if (value instanceof BigDecimal decimal) {
            json.writeNumber(decimal);
        } else if (value instanceof Integer number) {
            json.writeNumber(number);
        } else if (value instanceof Long number) {
            json.writeNumber(number);
        } else if (value instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else if (value instanceof LocalDate || value instanceof Enum<?>) {
            json.writeString(value.toString());
        } else if (value instanceof java.util.Collection<?> values) {
            json.writeStartArray();
            for (Object element : values) {
                figure(json, element);
            }
            json.writeEndArray();
        } else {
            json.writeString(String.valueOf(value));
        }
    }

    /**
     * A limit as it is shown: exactly two decimals, cut to the cent ({@link Rounding#shown}), so that
     * 0.80 x 1,234.57 = 987.656 is written 987.65 and never as more than the rules allow
     * (docs/rules.md, "Arithmetic"). The limit itself stays exact in the {@code Limit}.
     */
    static BigDecimal shown(BigDecimal amount) {
        return Rounding.shown(amount);
    }

    /** The findings as an array field {@code findings}, messages in {@code language}; an assessment's and a settlement's alike. */
    static void findings(JsonGenerator json, java.util.List<Finding> findings, Language language) throws IOException {
        json.writeArrayFieldStart("findings");
        for (Finding finding : findings) {
            json.writeStartObject();
            json.writeStringField("ruleId", finding.ruleId());
            json.writeStringField("severity", finding.severity().name());
            json.writeStringField("message", finding.message(language));
            json.writeStringField("reference", finding.reference());
            json.writeObjectFieldStart("figures");
            for (Map.Entry<String, Object> figure : finding.figures().entrySet()) {
                json.writeFieldName(figure.getKey());
                figure(json, figure.getValue());
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
