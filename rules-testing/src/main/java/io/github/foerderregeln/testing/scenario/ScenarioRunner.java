package io.github.foerderregeln.testing.scenario;

import io.github.foerderregeln.api.Assessment;
import io.github.foerderregeln.api.Finding;
import io.github.foerderregeln.api.FundingRules;
import io.github.foerderregeln.api.InvalidInputException;
import io.github.foerderregeln.api.Problem;
import io.github.foerderregeln.api.RulesEvaluationException;
import io.github.foerderregeln.api.json.ApplicationJson;
import io.github.foerderregeln.api.json.SettlementJson;
import io.github.foerderregeln.api.settlement.SettlementResult;
import io.github.foerderregeln.testing.scenario.Scenario.ExpectedFinding;
import io.github.foerderregeln.testing.scenario.ScenarioResult.Status;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/** Runs scenarios against one rule set: assesses each application or settles each settlement, and compares with what is expected. */
public final class ScenarioRunner {
    private final FundingRules rules;
    private final ApplicationJson reader;
    private final SettlementJson settlements;

    /** @param rules the rules the scenarios are run against; not null */
    public ScenarioRunner(FundingRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules must not be null");
        this.reader = new ApplicationJson(rules.callIds());
        this.settlements = new SettlementJson(rules.callIds());
    }

    /**
     * Reads and runs a file of one scenario; a file that cannot be read or run is a
     * {@link Status#BROKEN} result. A file of a list is run by {@link #runEach}.
     *
     * @throws IllegalArgumentException when the file holds a list of scenarios
     */
    public ScenarioResult run(Path file) {
        List<ScenarioResult> results = runEach(file);
        if (results.size() != 1 || results.get(0).index() != null) {
            throw new IllegalArgumentException(file + " holds a list of scenarios; run it with runEach");
        }
        return results.get(0);
    }

    /**
     * Reads and runs every scenario of a file, one object or a list: a result per scenario in the
     * order of the file; an element that cannot be read or run is a {@link Status#BROKEN} result of
     * its own, and so is a file that cannot be read at all.
     */
    public List<ScenarioResult> runEach(Path file) {
        List<Scenarios.Entry> entries;
        try {
            entries = Scenarios.entries(file);
        } catch (IOException e) {
            return List.of(broken(file, null, file.getFileName().toString(), List.of("$: cannot read the file: " + e.getMessage())));
        }
        return entries.stream().map(this::run).toList();
    }

    /** Runs one scenario as read; a broken one is a {@link Status#BROKEN} result with its problems. */
    public ScenarioResult run(Scenarios.Entry entry) {
        if (entry.scenario() == null) {
            return broken(entry.file(), entry.index(), entry.name(), entry.problems().stream().map(Problem::toString).toList());
        }
        return run(entry.scenario());
    }

    /** Runs one scenario of either kind. */
    public ScenarioResult run(ScenarioCase scenario) {
        return scenario instanceof SettlementScenario settlement ? run(settlement) : run((Scenario) scenario);
    }

    /** Runs one scenario about an application. */
    public ScenarioResult run(Scenario scenario) {
        return run(scenario, scenario.expect(), "application",
                () -> rules.assess(reader.read(scenario.applicationJson().getBytes(StandardCharsets.UTF_8), null)));
    }

    /** Runs one scenario about a settlement. */
    public ScenarioResult run(SettlementScenario scenario) {
        return run(scenario, scenario.expect(), "settlement",
                () -> rules.settle(settlements.readSettlement(scenario.settlementJson().getBytes(StandardCharsets.UTF_8), null)));
    }

    /**
     * Reads the scenario's input and has the rules answer it ({@code answer} gives an assessment or a
     * settlement result), then compares the answer with the expectation.
     */
    private static ScenarioResult run(ScenarioCase scenario, Expected expect, String what, Supplier<Object> answer) {
        Object answered;
        try {
            answered = answer.get();
        } catch (InvalidInputException e) {
            return rejected(scenario, expect, what, e.problems());
        } catch (RulesEvaluationException | UnsupportedOperationException e) {
            // UnsupportedOperationException: an engine that does not settle.
            return broken(scenario.file(), scenario.index(), scenario.name(), List.of("the rules failed: " + e.getMessage()));
        }
        Assessment assessment = answered instanceof Assessment a ? a : null;
        SettlementResult settlement = answered instanceof SettlementResult r ? r : null;
        List<String> differences = compare(expect, assessment != null ? Answer.of(assessment) : Answer.of(settlement));
        return new ScenarioResult(scenario.file(), scenario.index(), scenario.name(), status(differences), differences,
                assessment, settlement);
    }

    /** An input rejected as invalid: passes when exactly the fields expected are named, else broken. */
    private static ScenarioResult rejected(ScenarioCase scenario, Expected expect, String what, List<Problem> problems) {
        if (expect.invalidFields() == null) {
            String at = scenario.index() == null ? what + "." : "[" + scenario.index() + "]." + what + ".";
            return broken(scenario.file(), scenario.index(), scenario.name(), problems.stream().map(p -> at + p).toList());
        }
        List<String> differences = new ArrayList<>();
        compareSets("invalid fields", expect.invalidFields(), problems.stream().map(Problem::field).distinct().toList(),
                differences);
        return new ScenarioResult(scenario.file(), scenario.index(), scenario.name(), status(differences), differences, null, null);
    }

    /** Each way the answer differs from the expectation. */
    private static List<String> compare(Expected expect, Answer answer) {
        List<String> differences = new ArrayList<>();
        if (expect.invalidFields() != null) {
            differences.add("invalid fields: expected the input to be rejected for " + expect.invalidFields()
                    + ", but it was " + answer.summary());
            return differences;
        }
        expect.codes().forEach((field, code) -> {
            if (!code.equals(answer.codes().get(field))) {
                differences.add(field + ": expected " + code + ", got " + answer.codes().get(field));
            }
        });
        expect.amounts().forEach((field, amount) -> {
            BigDecimal actual = answer.amounts().get(field);
            if (actual.compareTo(amount) != 0) {
                differences.add(field + ": expected " + amount.toPlainString() + ", got " + actual.toPlainString());
            }
        });
        if (expect.rulesFired() != null) {
            compareSets("rule ids", expect.rulesFired(), answer.rulesFired(), differences);
        }
        if (expect.findings() != null) {
            List<String> missing = expect.findings().stream().map(ExpectedFinding::toString)
                    .collect(ArrayList::new, ArrayList::add, ArrayList::addAll);
            List<String> unexpected = new ArrayList<>();
            for (Finding finding : answer.findings()) {
                String key = finding.ruleId() + " " + finding.severity();
                if (!missing.remove(key)) {
                    unexpected.add(key);
                }
            }
            describe("findings", missing, unexpected, differences);
        }
        for (String id : expect.includesFindings()) {
            if (answer.findings(id).isEmpty()) {
                differences.add("findings: expected a finding of " + id + ", got none");
            }
        }
        for (String id : expect.excludesFindings()) {
            List<Finding> found = answer.findings(id);
            if (!found.isEmpty()) {
                differences.add("findings: expected no finding of " + id + ", got "
                        + found.stream().map(f -> f.ruleId() + " " + f.severity()).toList());
            }
        }
        return differences;
    }

    private static Status status(List<String> differences) {
        return differences.isEmpty() ? Status.PASSED : Status.FAILED;
    }

    private static void compareSets(String what, Collection<String> expected, Collection<String> actual,
            List<String> differences) {
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        Set<String> unexpected = new TreeSet<>(actual);
        unexpected.removeAll(new LinkedHashSet<>(expected));
        describe(what, new ArrayList<>(missing), new ArrayList<>(unexpected), differences);
    }

    private static void describe(String what, List<String> missing, List<String> unexpected, List<String> differences) {
        if (missing.isEmpty() && unexpected.isEmpty()) {
            return;
        }
        List<String> parts = new ArrayList<>();
        if (!missing.isEmpty()) {
            parts.add("missing " + missing.stream().sorted().toList());
        }
        if (!unexpected.isEmpty()) {
            parts.add("unexpected " + unexpected.stream().sorted().toList());
        }
        differences.add(what + ": " + String.join(", ", parts));
    }

    private static ScenarioResult broken(Path file, Integer index, String name, List<String> problems) {
        return new ScenarioResult(file, index, name, Status.BROKEN, problems, null);
    }
}
