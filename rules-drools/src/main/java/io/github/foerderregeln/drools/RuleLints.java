package io.github.foerderregeln.drools;

import io.github.foerderregeln.api.LimitKind;
import io.github.foerderregeln.api.settlement.SettlementLimitKind;
import io.github.foerderregeln.api.internal.Messages;
import io.github.foerderregeln.api.RuleProblem;
import io.github.foerderregeln.drools.facts.Findings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The house rules of a rule set that the DRL compiler does not know, checked on the DRL text so
 * that each problem has its line: every rule has an id and a legal reference; a reporting rule
 * has a valid severity and messages (and hints, if any, in both languages) whose figures it gives; an id belongs to one file; no number
 * that should be a call parameter is written in a condition or consequence.
 */
final class RuleLints {
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"");
    private static final Pattern META = Pattern.compile("@(\\w+)\\s*\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*\\)");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.$\"])\\d+(\\.\\d+)?(?![\\w.])");
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern INSERTED_FINDING = Pattern.compile("\\binsert\\s*\\(\\s*Findings\\s*\\.\\s*(of|hintIf)\\b");
    private static final Set<String> SEVERITIES = Set.of("ERROR", "MISSING", "WARNING", "INFO");
    /**
     * What a grant officer cannot cite: a specification, a page or file of a repository. A reference
     * names a law, a regulation, the call or its practice, or says "Annahme" where a value is assumed.
     */
    private static final Pattern UNCITABLE = Pattern.compile(
            "(?i)\\bspec\\b|specification|spezifikation|\\.(md|drl|json|java)\\b|\\bdocs/|\\.\\./|https?://github");

    private RuleLints() {
    }

    /** Every lint problem of the DRL files of {@code ruleSet}. */
    static List<RuleProblem> check(RuleSet ruleSet) {
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, String> fileOfId = new HashMap<>();
        StringBuilder consequences = new StringBuilder();
        for (RuleFile file : ruleSet.files()) {
            if (file.isDrl()) {
                Map<String, String> reports = new HashMap<>();
                for (ParsedRule rule : parse(file)) {
                    consequences.append(rule.consequence).append('\n');
                    checkRule(file, rule, problems);
                    String report = rule.meta.get(Findings.ID) + "|" + rule.meta.get(Findings.SEVERITY) + "|"
                            + rule.meta.get(Findings.MESSAGE_DE);
                    String twin = rule.meta.containsKey(Findings.SEVERITY) ? reports.putIfAbsent(report, rule.name) : null;
                    if (twin != null) {
                        problems.add(new RuleProblem(file.path(), rule.line, 1, false, "rule \"" + rule.name
                                + "\" has the id, severity and message of rule \"" + twin + "\": two rules with one id"));
                    }
                    String id = rule.meta.get(Findings.ID);
                    if (id != null) {
                        String other = fileOfId.putIfAbsent(id, file.path());
                        if (other != null && !other.equals(file.path())) {
                            problems.add(new RuleProblem(file.path(), rule.line, 1, false, "rule \"" + rule.name
                                    + "\" has the id " + id + ", which rules in " + other
                                    + " have: an id belongs to one legal concern, one file"));
                        }
                    }
                }
            }
        }
        problems.addAll(stages(ruleSet, consequences.toString()));
        return problems;
    }

    /**
     * What a rule set needs to decide anything: a call, rules, and a rule for every stage of the
     * amount the engine reads back (the eligible costs, each limit, the grant). Without one,
     * every assessment would fail, so the rule set is refused when it is loaded and by
     * {@code validate}, instead of failing on each application.
     */
    private static List<RuleProblem> stages(RuleSet ruleSet, String consequences) {
        List<RuleProblem> problems = new ArrayList<>();
        if (ruleSet.files().stream().noneMatch(RuleFile::isCall)) {
            problems.add(new RuleProblem("calls", 0, 0, true, "the rule set has no call data (no calls/*.json file):"
                    + " every application would name an unknown call"));
        }
        if (ruleSet.files().stream().noneMatch(RuleFile::isDrl)) {
            problems.add(new RuleProblem(".", 0, 0, true, "the rule set has no rules (no .drl file): it cannot decide"
                    + " any application"));
            return problems;
        }
        String code = consequences.replaceAll("\\s+", "");
        if (!code.contains("EligibleCosts.of(") && !code.contains("newEligibleCosts(")) {
            problems.add(missingStage("the eligible costs (stage 1): no rule inserts EligibleCosts"));
        }
        for (LimitKind kind : LimitKind.values()) {
            if (!Pattern.compile("(Findings\\.limit\\([^,()]*,|newLimit\\()(LimitKind\\.)?" + kind.name() + ",")
                    .matcher(code).find()) {
                problems.add(missingStage("the limit " + kind + " (stage 2): no rule inserts a Limit of LimitKind." + kind));
            }
        }
        if (!code.contains("newGrant(") && !Pattern.compile("(?<![\\w$])Grant\\.of\\(").matcher(code).find()) {
            problems.add(missingStage("the grant (stage 3): no rule inserts a Grant"));
        }
        problems.addAll(settlementStages(code));
        return problems;
    }

    /**
     * What a rule set that settles needs (one whose rules call {@code Settling} or insert a
     * {@code CategoryRecognised}): the recognised expenditure, the three limits that always exist,
     * the final grant, the matching of payments and both interests. A rule set without settlement
     * rules settles nothing and needs none of them.
     */
    private static List<RuleProblem> settlementStages(String code) {
        List<RuleProblem> problems = new ArrayList<>();
        if (!code.contains("Settling.") && !code.contains("CategoryRecognised.of(")) {
            return problems;
        }
        Map<String, String> stages = new LinkedHashMap<>();
        stages.put("CategoryRecognised.of(", "the recognised expenditure of each category (settlement stage 1)");
        stages.put("Recognised.of(", "the recognised expenditure (settlement stage 1)");
        for (SettlementLimitKind kind : List.of(SettlementLimitKind.GRANT_CAP, SettlementLimitKind.RATE,
                SettlementLimitKind.NO_DOUBLE_FUNDING)) {
            stages.put("Settling.limit(kcontext,SettlementLimitKind." + kind.name() + ",",
                    "the settlement limit " + kind + " (settlement stage 2)");
        }
        stages.put("FinalGrant.from(", "the final grant (settlement stage 3)");
        stages.put("Settling.matching(", "the matching of payments to uses");
        stages.put("Settling.lateUse(", "the late-use interest");
        stages.put("Settling.refund(", "the refund interest");
        stages.forEach((call, what) -> {
            if (!code.contains(call)) {
                problems.add(missingStage(what + ": no rule calls " + call.replace(",", ", ") + "...)"));
            }
        });
        return problems;
    }

    private static RuleProblem missingStage(String what) {
        return new RuleProblem(".", 0, 0, true, "the rule set cannot decide: it lacks " + what);
    }

    private static void checkRule(RuleFile file, ParsedRule rule, List<RuleProblem> problems) {
        String id = rule.meta.get(Findings.ID);
        if (id == null) {
            problems.add(error(file, rule.line, "rule \"" + rule.name + "\" has no @id metadata (its stable rule id)"));
        }
        String reference = rule.meta.get(Findings.REFERENCE);
        if (reference == null) {
            problems.add(error(file, rule.line, "rule \"" + rule.name + "\" has no @reference metadata (its legal reference)"));
        } else if (UNCITABLE.matcher(reference).find()) {
            problems.add(error(file, rule.line, "rule \"" + rule.name + "\" has the @reference \"" + reference
                    + "\", which names a specification or a file: a reference names what a grant officer can cite"
                    + " (a law or regulation with its paragraph, the call, its practice, or \"Annahme\" with what is assumed)"));
        }
        String severity = rule.meta.get(Findings.SEVERITY);
        if (severity != null && !SEVERITIES.contains(severity)) {
            problems.add(error(file, rule.line, "rule \"" + rule.name + "\" has @severity(\"" + severity
                    + "\"); it must be one of ERROR, MISSING, WARNING, INFO"));
        }
        boolean reports = rule.consequence.contains("Findings.of(");
        if (INSERTED_FINDING.matcher(rule.consequence).find()) {
            // It is read back all the same, but no rule matches a finding: in working memory it costs a
            // fact handle and a trip through the network (docs/PERFORMANCE.md).
            problems.add(new RuleProblem(file.path(), rule.line, 1, false, "rule \"" + rule.name + "\" inserts its"
                    + " finding into working memory, where no rule matches it: report it with Findings.report(kcontext,"
                    + " Findings.of(...)), which keeps it beside working memory at less cost"));
        }
        if (reports && severity == null) {
            problems.add(error(file, rule.line, "rule \"" + rule.name + "\" reports a finding but has no @severity metadata"));
        }
        if (reports) {
            if (rule.meta.containsKey(Findings.HINT_DE) != rule.meta.containsKey(Findings.HINT_EN)) {
                problems.add(error(file, rule.line, "rule \"" + rule.name + "\" has @"
                        + (rule.meta.containsKey(Findings.HINT_DE) ? Findings.HINT_DE + " but no @" + Findings.HINT_EN
                                : Findings.HINT_EN + " but no @" + Findings.HINT_DE)
                        + ": a hint is given in both languages or in none"));
            }
            for (String key : List.of(Findings.MESSAGE_DE, Findings.MESSAGE_EN, Findings.REFERENCE, Findings.HINT_DE,
                    Findings.HINT_EN)) {
                String template = rule.meta.get(key);
                if (template == null) {
                    if (key.startsWith("message_")) {
                        problems.add(error(file, rule.line, "rule \"" + rule.name + "\" reports a finding but has no @" + key));
                    }
                    continue;
                }
                for (String figure : Messages.figureNames(template)) {
                    if (!rule.givenFigures.contains(figure)) {
                        problems.add(error(file, rule.line, "rule \"" + rule.name + "\": @" + key + " uses {" + figure
                                + "}, which its Findings.of(...) does not give"));
                    }
                }
            }
        }
        for (NumberAt number : rule.numbers) {
            problems.add(new RuleProblem(file.path(), number.line(), number.column(), false, "the number "
                    + number.text() + " in rule \"" + rule.name
                    + "\" should be a parameter of the call (rates, caps, dates and durations come from CallTerms)"));
        }
    }

    private static RuleProblem error(RuleFile file, int line, String message) {
        return new RuleProblem(file.path(), line, 1, true, message);
    }

    /** A number written in a rule's conditions or consequence. */
    private record NumberAt(int line, int column, String text) {
    }

    /** A rule as the lints see it: header line, metadata, numbers in its body, figures its consequence names. */
    private static final class ParsedRule {
        final String name;
        final int line;
        final Map<String, String> meta = new LinkedHashMap<>();
        final List<NumberAt> numbers = new ArrayList<>();
        final Set<String> givenFigures = new LinkedHashSet<>();
        String consequence = "";

        ParsedRule(String name, int line) {
            this.name = name;
            this.line = line;
        }
    }

    private static List<ParsedRule> parse(RuleFile file) {
        List<ParsedRule> rules = new ArrayList<>();
        String[] lines = file.text().split("\n", -1);
        ParsedRule current = null;
        boolean inBody = false;
        boolean inConsequence = false;
        StringBuilder consequence = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String code = stripComment(line);
            Matcher header = RULE.matcher(code);
            if (header.find()) {
                current = new ParsedRule(header.group(1), i + 1);
                rules.add(current);
                inBody = false;
                inConsequence = false;
                consequence.setLength(0);
                continue;
            }
            if (current == null) {
                continue;
            }
            String stripped = code.strip();
            if (!inBody) {
                Matcher meta = META.matcher(code);
                while (meta.find()) {
                    current.meta.put(meta.group(1), meta.group(2).replace("\\\"", "\""));
                }
                if (stripped.equals("when") || stripped.startsWith("when ")) {
                    inBody = true;
                }
                continue;
            }
            if (stripped.equals("end")) {
                current.consequence = consequence.toString();
                Matcher strings = STRING.matcher(current.consequence);
                while (strings.find()) {
                    current.givenFigures.add(strings.group(1));
                }
                current = null;
                continue;
            }
            if (stripped.equals("then")) {
                inConsequence = true;
                continue;
            }
            if (inConsequence) {
                consequence.append(code).append('\n');
            }
            Matcher number = NUMBER.matcher(withoutStrings(code));
            while (number.find()) {
                if (!number.group().equals("0") && !number.group().equals("1")) {
                    current.numbers.add(new NumberAt(i + 1, number.start() + 1, number.group()));
                }
            }
        }
        return rules;
    }

    private static String stripComment(String line) {
        int comment = withoutStrings(line).indexOf("//");
        return comment < 0 ? line : line.substring(0, comment);
    }

    /** The line with the content of string literals blanked, keeping columns. */
    private static String withoutStrings(String line) {
        StringBuilder out = new StringBuilder(line);
        Matcher strings = STRING.matcher(line);
        while (strings.find()) {
            for (int k = strings.start(1); k < strings.end(1); k++) {
                out.setCharAt(k, ' ');
            }
        }
        return out.toString();
    }
}
