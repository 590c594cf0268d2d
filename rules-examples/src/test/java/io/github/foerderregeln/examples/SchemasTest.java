package io.github.foerderregeln.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.foerderregeln.api.BoardVote;
import io.github.foerderregeln.api.CentreTask;
import io.github.foerderregeln.api.CostCategory;
import io.github.foerderregeln.api.FundingRules;
import io.github.foerderregeln.api.InvalidInputException;
import io.github.foerderregeln.api.InvalidApplicationException;
import io.github.foerderregeln.api.LegalForm;
import io.github.foerderregeln.api.Outcome;
import io.github.foerderregeln.api.PartnerSector;
import io.github.foerderregeln.api.Problem;
import io.github.foerderregeln.api.Severity;
import io.github.foerderregeln.api.json.ApplicationJson;
import io.github.foerderregeln.api.json.SettlementJson;
import io.github.foerderregeln.api.settlement.AidRegulation;
import io.github.foerderregeln.api.settlement.Conditions;
import io.github.foerderregeln.api.settlement.InvalidSettlementException;
import io.github.foerderregeln.api.settlement.SettlementOutcome;
import io.github.foerderregeln.testing.corpus.ApplicationCorpus;
import io.github.foerderregeln.testing.corpus.SettlementCorpus;
import io.github.foerderregeln.testing.scenario.Scenarios;
import io.github.foerderregeln.testing.scenario.SettlementScenario.SettlementExpectation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schemas in {@code schemas/} help an editor; the strict readers decide. Every file the
 * project ships or generates validates against its schema, and schema and reader agree on the
 * required fields and on every code.
 */
class SchemasTest {
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path SCHEMAS = ROOT.resolve("schemas");
    private static final Path RULESET = ROOT.resolve("rules-drools/src/main/resources/io/github/foerderregeln/drools/ruleset");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema APPLICATION = schema("application.schema.json");
    private static final JsonSchema SCENARIO = schema("scenario.schema.json");
    private static final JsonSchema SETTLEMENT = schema("settlement.schema.json");
    private static final FundingRules RULES = FundingRules.load();

    private static JsonSchema schema(String name) {
        try {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(Files.readString(SCHEMAS.resolve(name), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(Path file) throws IOException {
        return JSON.readTree(file.toFile());
    }

    private static Set<String> messages(JsonSchema schema, JsonNode json) {
        return schema.validate(json).stream().map(ValidationMessage::getMessage).collect(Collectors.toCollection(TreeSet::new));
    }

    static Stream<Path> applicationFiles() throws IOException {
        return Stream.concat(files(ROOT.resolve("examples/applications"), ".json"), files(RULESET.resolve("scenarios/bases"), ".json"));
    }

    static Stream<Path> settlementFiles() throws IOException {
        return files(ROOT.resolve("examples/settlements"), ".json");
    }

    static Stream<Path> scenarioFiles() throws IOException {
        return files(RULESET.resolve("scenarios"), Scenarios.SUFFIX);
    }

    private static Stream<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applicationFiles")
    void everyShippedApplicationValidatesAgainstTheApplicationSchema(Path file) throws IOException {
        assertThat(messages(APPLICATION, read(file))).as(ROOT.relativize(file).toString()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("settlementFiles")
    void everyBundledSettlementValidatesAgainstTheSettlementSchemaAndIsReadByTheStrictReader(Path file) throws IOException {
        assertThat(messages(SETTLEMENT, read(file))).as(ROOT.relativize(file).toString()).isEmpty();
        assertThat(new SettlementJson(RULES.callIds()).readSettlement(file).id()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarioFiles")
    void everyBundledScenarioValidatesAgainstTheScenarioSchema(Path file) throws IOException {
        assertThat(messages(SCENARIO, read(file))).as(ROOT.relativize(file).toString()).isEmpty();
    }

    @Test
    void everyGeneratedApplicationValidatesAgainstTheApplicationSchema() throws IOException {
        ApplicationCorpus corpus = ApplicationCorpus.of(RULES.call("rdz-lsa-2018").orElseThrow());
        Random random = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            JsonNode json = JSON.readTree(ApplicationJson.toJson(corpus.application(random, "g-" + i)));
            assertThat(messages(APPLICATION, json)).as("generated application %d: %s", i, json).isEmpty();
        }
    }

    @Test
    void everyGeneratedSettlementValidatesAgainstTheSettlementSchema() throws IOException {
        SettlementCorpus corpus = SettlementCorpus.of(RULES.call("rdz-lsa-2018").orElseThrow());
        Random random = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            JsonNode json = JSON.readTree(SettlementJson.toJson(corpus.settlement(random, "s-" + i)));
            assertThat(messages(SETTLEMENT, json)).as("generated settlement %d: %s", i, json).isEmpty();
        }
    }

    @Test
    void theSchemasRefuseWhatTheReadersRefuse() throws IOException {
        ObjectNode application = (ObjectNode) read(ROOT.resolve("examples/applications/haldensleben-2019.json"));
        ((ObjectNode) application.get("applicant")).put("legalForm", "GBR_CO");
        application.put("requestedGrant", "-1.00");
        application.put("colour", "blue");
        assertThat(messages(APPLICATION, application)).hasSizeGreaterThanOrEqualTo(3);
        ObjectNode settlement = (ObjectNode) read(ROOT.resolve("examples/settlements/case-a-as-planned.json"));
        ((ObjectNode) settlement.get("grantDecision")).put("conditions", "VV_44");
        ((ObjectNode) settlement.get("grantDecision")).put("fundingRate", "1.0001");
        ((ObjectNode) settlement.get("payments").get(0)).put("amount", "0.00");
        ((ObjectNode) settlement.get("expenditure").get(0)).put("category", "TRAVEL");
        settlement.put("colour", "blue");
        assertThat(messages(SETTLEMENT, settlement)).hasSizeGreaterThanOrEqualTo(5);
        ObjectNode scenario = (ObjectNode) read(RULESET.resolve("scenarios/limits/rounding-cuts-cents.scenario.json"));
        scenario.remove("expect");
        assertThat(messages(SCENARIO, scenario)).isNotEmpty();
        assertThat(messages(SCENARIO, JSON.createArrayNode().add(read(RULESET.resolve(
                "scenarios/limits/rounding-cuts-cents.scenario.json"))).add(scenario))).as("a list with one broken element").isNotEmpty();
        assertThat(messages(SCENARIO, JSON.createArrayNode())).as("an empty list").isNotEmpty();
    }

    @Test
    void everyExampleNamesItsSchemaForAnEditor() throws IOException {
        for (String kind : List.of("application", "settlement")) {
            try (Stream<Path> files = files(ROOT.resolve("examples/" + kind + "s"), ".json")) {
                assertThat(files.toList()).isNotEmpty().allSatisfy(file -> assertThat(read(file).path("$schema").asText())
                        .as(file.toString()).isEqualTo("../../schemas/" + kind + ".schema.json"));
            }
        }
    }

    @Test
    void theSchemaListsExactlyTheCodesTheReaderKnows() throws IOException {
        JsonNode app = read(SCHEMAS.resolve("application.schema.json")).path("properties");
        assertThat(codes(app.at("/applicant/properties/legalForm/enum"))).isEqualTo(names(LegalForm.values()));
        assertThat(codes(app.at("/costs/items/properties/category/enum"))).isEqualTo(names(CostCategory.values()));
        assertThat(codes(app.at("/project/properties/tasks/items/enum"))).isEqualTo(names(CentreTask.values()));
        assertThat(codes(app.at("/project/properties/partners/items/enum"))).isEqualTo(names(PartnerSector.values()));
        assertThat(codes(app.at("/boardVote/enum"))).isEqualTo(names(BoardVote.values()));
        JsonNode settlement = read(SCHEMAS.resolve("settlement.schema.json"));
        JsonNode decision = settlement.at("/$defs/grantDecision/properties");
        assertThat(codes(decision.at("/recipient/properties/legalForm/enum"))).isEqualTo(names(LegalForm.values()));
        assertThat(codes(decision.at("/conditions/enum"))).isEqualTo(names(Conditions.values()));
        assertThat(codes(decision.at("/deMinimis/properties/regulation/enum"))).isEqualTo(names(AidRegulation.values()));
        assertThat(codes(settlement.at("/$defs/category/enum"))).isEqualTo(names(CostCategory.values()));
        Set<String> approved = new TreeSet<>();
        decision.at("/approvedExpenditure/properties").fieldNames().forEachRemaining(approved::add);
        assertThat(approved).isEqualTo(names(CostCategory.values()));
        JsonNode scenario = read(SCHEMAS.resolve("scenario.schema.json"));
        JsonNode expect = scenario.at("/$defs/applicationScenario/properties/expect/properties");
        assertThat(codes(expect.at("/outcome/enum"))).isEqualTo(names(Outcome.values()));
        assertThat(codes(expect.at("/findings/items/properties/severity/enum"))).isEqualTo(names(Severity.values()));
        JsonNode settled = scenario.at("/$defs/settlementScenario/properties/expect/properties");
        assertThat(codes(settled.at("/outcome/enum"))).isEqualTo(names(SettlementOutcome.values()));
        assertThat(codes(settled.at("/findings/items/properties/severity/enum"))).isEqualTo(names(Severity.values()));
        assertThat(fieldNames(settled)).containsAll(SettlementExpectation.AMOUNTS);
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> codes(JsonNode array) {
        assertThat(array.isArray()).as("an enum in the schema").isTrue();
        return StreamSupport.stream(array.spliterator(), false).filter(n -> !n.isNull()).map(JsonNode::asText)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Every field of the example, dropped in turn: the schema and the reader require the same ones. */
    @Test
    void theSchemaAndTheReaderRequireTheSameFields() throws IOException {
        ApplicationJson reader = new ApplicationJson(RULES.callIds());
        requireTheSameFields(ROOT.resolve("examples/applications/haldensleben-2019.json"), APPLICATION,
                json -> reader.read(JSON.writeValueAsBytes(json), "test.json"), InvalidApplicationException.class,
                List.of("id", "call", "decisionDate", "applicant", "project", "costs", "otherFunding",
                "requestedGrant", "boardVote", "applicant/name", "applicant/legalForm", "applicant/state",
                "applicant/district", "applicant/economicActivity", "applicant/deMinimisAid", "project/title",
                "project/start", "project/end", "project/tasks", "project/partners", "project/sustainabilityConcept",
                "project/earlyStartApprovedOn", "costs/0/category", "costs/0/amount", "costs/0/description"));
    }

    /** As for applications: every field of a settlement with a de-minimis decision, dropped in turn. */
    @Test
    void theSettlementSchemaAndTheReaderRequireTheSameFields() throws IOException {
        SettlementJson reader = new SettlementJson(RULES.callIds());
        ObjectNode example = (ObjectNode) read(ROOT.resolve("examples/settlements/case-a-as-planned.json"));
        ObjectNode deMinimis = ((ObjectNode) example.get("grantDecision")).putObject("deMinimis");
        deMinimis.put("regulation", "EU_2023_2831").put("amount", "1000.00");
        Path file = Files.createTempFile("settlement", ".json");
        try {
            JSON.writeValue(file.toFile(), example);
            requireTheSameFields(file, SETTLEMENT, json -> reader.readSettlement(JSON.writeValueAsBytes(json), "test.json"),
                    InvalidSettlementException.class,
                    List.of("$schema", "id", "grantDecision", "overrunApproved", "payments", "expenditure",
                    "otherFundingReceived", "proofSubmittedOn", "settlementDate", "payments/0/paidOn", "payments/0/amount",
                    "expenditure/0/category", "expenditure/0/amount", "expenditure/0/paidOn", "expenditure/0/description",
                    "grantDecision/id", "grantDecision/call", "grantDecision/decisionDate", "grantDecision/recipient",
                    "grantDecision/grant", "grantDecision/fundingRate", "grantDecision/approvedExpenditure",
                    "grantDecision/plannedOtherFunding", "grantDecision/period", "grantDecision/proofDue",
                    "grantDecision/conditions", "grantDecision/deMinimis", "grantDecision/recipient/name",
                    "grantDecision/recipient/legalForm", "grantDecision/period/start", "grantDecision/period/end",
                    "grantDecision/deMinimis/regulation", "grantDecision/deMinimis/amount"));
        } finally {
            Files.delete(file);
        }
    }

    /** What a strict reader does with a file; throws its exception of invalid input when it refuses it. */
    private interface Reader {
        void read(JsonNode json) throws IOException;
    }

    private static void requireTheSameFields(Path example, JsonSchema schema, Reader reader,
            Class<? extends InvalidInputException> refusal, List<String> paths) throws IOException {
        ObjectNode whole = (ObjectNode) read(example);
        for (String path : paths) {
            ObjectNode copy = whole.deepCopy();
            String[] parts = path.split("/");
            JsonNode parent = copy;
            for (int i = 0; i < parts.length - 1; i++) {
                parent = parent.isArray() ? parent.get(Integer.parseInt(parts[i])) : parent.get(parts[i]);
            }
            assertThat(parent).as("%s in the example", path).isInstanceOf(ObjectNode.class);
            assertThat(parent.has(parts[parts.length - 1])).as("%s in the example", path).isTrue();
            ((ObjectNode) parent).remove(parts[parts.length - 1]);
            boolean schemaAccepts = messages(schema, copy).isEmpty();
            boolean readerAccepts = readerAccepts(reader, refusal, copy);
            assertThat(schemaAccepts).as("without %s: the schema accepts %s, the reader %s", path, schemaAccepts, readerAccepts)
                    .isEqualTo(readerAccepts);
        }
    }

    private static boolean readerAccepts(Reader reader, Class<? extends InvalidInputException> refusal, JsonNode json)
            throws IOException {
        try {
            reader.read(json);
            return true;
        } catch (InvalidInputException e) {
            assertThat(e).isInstanceOf(refusal);
            assertThat(e.problems()).extracting(Problem::message).allMatch(m -> m.contains("required"));
            return false;
        }
    }
}
