package io.github.foerderregeln.testing.diff;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.github.foerderregeln.api.Problem;
import io.github.foerderregeln.testing.diff.PolicyDiffResult.ChangedApplication;
import io.github.foerderregeln.testing.diff.PolicyDiffResult.FindingChange;
import io.github.foerderregeln.testing.diff.PolicyDiffResult.InvalidApplication;
import io.github.foerderregeln.testing.diff.PolicyDiffResult.Summary;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

/**
 * Writes a policy diff as one JSON object, pretty-printed. Money is a JSON number with exactly
 * two decimals ({@code 250000.00}, never an exponent); outcomes and severities are their enum
 * codes; messages are in the result's language.
 *
 * <pre>{@code
 * {
 *   "language": "EN",                   // language of the messages: DE or EN
 *   "summary": {
 *     "baselineRuleSet": "baseline@3f2a9c01be47", // identity of the baseline rule set
 *     "candidateRuleSet": "candidate@8d1e07a4c2f5", // identity of the candidate rule set
 *     "applications": 6,                // applications read
 *     "assessed": 5,                    // applications both rule sets assessed
 *     "invalid": 1,                     // applications at least one rule set could not assess
 *     "changed": 2,                     // assessed applications whose outcome, grant or findings changed
 *     "eligibilityGained": 0,           // not ELIGIBLE before, ELIGIBLE after
 *     "eligibilityLost": 0,             // ELIGIBLE before, not after
 *     "totalGrantBefore": 280000.00,    // sum of the grants under the baseline (assessed applications)
 *     "totalGrantAfter": 340000.00,     // the same under the candidate
 *     "totalGrantChange": 60000.00,     // after - before, negative when the candidate grants less
 *     "material": 1,                    // of the changed: outcome or grant differs
 *     "explanatoryOnly": 1              // of the changed: only findings differ
 *   },
 *   "transitions": [                    // applications whose outcome changed, per pair of outcomes
 *     { "from": "INELIGIBLE", "to": "ELIGIBLE", "count": 1 }
 *   ],
 *   "changed": [                        // material first, the largest grant change first; then the rest by id
 *     {
 *       "applicationId": "a-17",
 *       "material": true,               // outcome or grant changed
 *       "outcomeBefore": "ELIGIBLE",    // ELIGIBLE, INELIGIBLE, INCOMPLETE or PENDING_BOARD_VOTE
 *       "outcomeAfter": "ELIGIBLE",
 *       "grantBefore": 200000.00,
 *       "grantAfter": 250000.00,
 *       "grantChange": 50000.00,        // grantAfter - grantBefore
 *       "findingsAdded": [              // findings only the candidate gives
 *         { "ruleId": "RDZ-GRANT-CEILING", "severity": "INFO", "message": "..." }
 *       ],
 *       "findingsRemoved": [ ... ]      // findings only the baseline gives, same fields
 *     }
 *   ],
 *   "invalid": [                        // in the order compared
 *     {
 *       "applicationId": "a-3",
 *       "invalidUnder": "BOTH",         // BASELINE, CANDIDATE or BOTH: which rule set rejected it
 *       "problems": [                   // every problem either rule set found
 *         { "field": "decisionDate", "message": "..." }
 *       ]
 *     }
 *   ]
 * }
 * }</pre>
 */
public final class PolicyDiffJson {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
    private static final int MONEY_SCALE = 2;

    private PolicyDiffJson() {
    }

    /** The report as one JSON string. */
    public static String toJson(PolicyDiffResult result) {
        return ReportText.of(result, PolicyDiffJson::write);
    }

    /** Writes the report to {@code out}; does not close it. */
    public static void write(PolicyDiffResult result, Writer out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            write(json, result);
        }
    }

    /** Writes the report to {@code out} in UTF-8; does not close it. */
    public static void write(PolicyDiffResult result, OutputStream out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            write(json, result);
        }
    }

    private static void write(JsonGenerator json, PolicyDiffResult result) throws IOException {
        json.useDefaultPrettyPrinter();
        Summary summary = result.summary();
        json.writeStartObject();
        json.writeStringField("language", result.language().name());
        json.writeObjectFieldStart("summary");
        json.writeStringField("baselineRuleSet", summary.baselineRuleSet());
        json.writeStringField("candidateRuleSet", summary.candidateRuleSet());
        json.writeNumberField("applications", summary.applications());
        json.writeNumberField("assessed", summary.assessed());
        json.writeNumberField("invalid", summary.invalid());
        json.writeNumberField("changed", summary.changed());
        json.writeNumberField("eligibilityGained", summary.eligibilityGained());
        json.writeNumberField("eligibilityLost", summary.eligibilityLost());
        money(json, "totalGrantBefore", summary.totalGrantBefore());
        money(json, "totalGrantAfter", summary.totalGrantAfter());
        money(json, "totalGrantChange", summary.totalGrantChange());
        json.writeNumberField("material", result.material().size());
        json.writeNumberField("explanatoryOnly", result.explanatoryOnly().size());
        json.writeEndObject();
        json.writeArrayFieldStart("transitions");
        for (var from : result.transitions().entrySet()) {
            for (var to : from.getValue().entrySet()) {
                json.writeStartObject();
                json.writeStringField("from", from.getKey().name());
                json.writeStringField("to", to.getKey().name());
                json.writeNumberField("count", to.getValue());
                json.writeEndObject();
            }
        }
        json.writeEndArray();
        json.writeArrayFieldStart("changed");
        // Material changes first, the largest first, then the changes of the explanation only.
        for (ChangedApplication change : java.util.stream.Stream.concat(result.material().stream(),
                result.explanatoryOnly().stream()).toList()) {
            json.writeStartObject();
            json.writeStringField("applicationId", change.applicationId());
            json.writeBooleanField("material", change.material());
            json.writeStringField("outcomeBefore", change.outcomeBefore().name());
            json.writeStringField("outcomeAfter", change.outcomeAfter().name());
            money(json, "grantBefore", change.grantBefore());
            money(json, "grantAfter", change.grantAfter());
            money(json, "grantChange", change.grantChange());
            findings(json, "findingsAdded", change.findingsAdded());
            findings(json, "findingsRemoved", change.findingsRemoved());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("invalid");
        for (InvalidApplication invalid : result.invalid()) {
            json.writeStartObject();
            json.writeStringField("applicationId", invalid.applicationId());
            json.writeStringField("invalidUnder", invalid.invalidUnder().name());
            json.writeArrayFieldStart("problems");
            for (Problem problem : invalid.problems()) {
                json.writeStartObject();
                json.writeStringField("field", problem.field());
                json.writeStringField("message", problem.message());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
    }

    private static void findings(JsonGenerator json, String name, List<FindingChange> findings) throws IOException {
        json.writeArrayFieldStart(name);
        for (FindingChange finding : findings) {
            json.writeStartObject();
            json.writeStringField("ruleId", finding.ruleId());
            json.writeStringField("severity", finding.severity().name());
            json.writeStringField("message", finding.message());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** Two decimals; an amount with more (never a grant, which is rounded to cents or euros) keeps them all. */
    private static void money(JsonGenerator json, String name, BigDecimal amount) throws IOException {
        json.writeFieldName(name);
        boolean cents = amount.scale() <= MONEY_SCALE || amount.stripTrailingZeros().scale() <= MONEY_SCALE;
        json.writeNumber(cents ? amount.setScale(MONEY_SCALE) : amount);
    }
}
