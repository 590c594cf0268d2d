package io.github.foerderregeln.api.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.foerderregeln.api.Explanation;
import io.github.foerderregeln.api.Language;
import io.github.foerderregeln.api.internal.JsonTree;
import io.github.foerderregeln.api.settlement.SettlementExplanation;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Writes an {@link Explanation} as JSON: {@code assessment} exactly as {@link AssessmentJson}
 * writes it, then {@code limits} (kind, ruleId, amount, binding, reference), {@code rulesFired}
 * (ruleId, reference) and {@code changes} (ruleId, severity, hint in the language asked for,
 * figures). The hints live here only: the assessment JSON of docs/json-format.md carries none.
 * The explanation of a settlement is its result as {@code settle} writes it and the rules fired
 * with their references and figures.
 */
public final class ExplanationJson {
    private ExplanationJson() {
    }

    /** The explanation as a pretty-printed JSON object. */
    public static String toJson(Explanation explanation, Language language) {
        return object(json -> {
            json.writeFieldName("assessment");
            AssessmentJson.write(json, explanation.assessment(), language);
            json.writeArrayFieldStart("limits");
            for (Explanation.ExplainedLimit limit : explanation.limits()) {
                json.writeStartObject();
                json.writeStringField("kind", limit.kind().name());
                json.writeStringField("ruleId", limit.ruleId());
                json.writeFieldName("amount");
                json.writeNumber(AssessmentJson.shown(limit.amount()));
                json.writeBooleanField("binding", limit.binding());
                json.writeStringField("reference", limit.reference());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("rulesFired");
            for (Explanation.FiredRule rule : explanation.rulesFired()) {
                json.writeStartObject();
                json.writeStringField("ruleId", rule.ruleId());
                json.writeStringField("reference", rule.reference());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("changes");
            for (Explanation.Change change : explanation.changes()) {
                json.writeStartObject();
                json.writeStringField("ruleId", change.ruleId());
                json.writeStringField("severity", change.severity().name());
                json.writeStringField("hint", change.hint(language));
                figures(json, change.figures());
                json.writeEndObject();
            }
            json.writeEndArray();
        });
    }

    /**
     * The explanation of a settlement as a pretty-printed JSON object: {@code settlement} exactly as
     * {@link SettlementJson} writes the result, then {@code rulesFired} (ruleId, reference, figures).
     */
    public static String toJson(SettlementExplanation explanation, Language language) {
        return object(json -> {
            json.writeFieldName("settlement");
            SettlementJson.writeResult(json, explanation.result(), language);
            json.writeArrayFieldStart("rulesFired");
            for (SettlementExplanation.FiredRule rule : explanation.rulesFired()) {
                json.writeStartObject();
                json.writeStringField("ruleId", rule.ruleId());
                json.writeStringField("reference", rule.reference());
                figures(json, rule.figures());
                json.writeEndObject();
            }
            json.writeEndArray();
        });
    }

    /** What one explanation writes between the braces of its object. */
    private interface Fields {
        void write(JsonGenerator json) throws IOException;
    }

    /** One pretty-printed JSON object with {@code fields}, and a line end. */
    private static String object(Fields fields) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JsonTree.MAPPER.getFactory().createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            fields.write(json);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }

    private static void figures(JsonGenerator json, Map<String, Object> figures) throws IOException {
        json.writeObjectFieldStart("figures");
        for (Map.Entry<String, Object> figure : figures.entrySet()) {
            json.writeFieldName(figure.getKey());
            AssessmentJson.figure(json, figure.getValue());
        }
        json.writeEndObject();
    }
}
