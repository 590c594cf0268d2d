package io.github.foerderregeln.examples.cli;

import io.github.foerderregeln.api.Amounts;
import io.github.foerderregeln.api.Assessment;
import io.github.foerderregeln.api.Explanation;
import io.github.foerderregeln.api.Finding;
import io.github.foerderregeln.api.Language;
import io.github.foerderregeln.api.Limit;
import io.github.foerderregeln.api.LimitKind;
import io.github.foerderregeln.api.internal.Messages;
import io.github.foerderregeln.api.settlement.SettlementExplanation;
import io.github.foerderregeln.api.Outcome;
import io.github.foerderregeln.api.Severity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The readable report of one assessment, in German or English, for a terminal of 80 columns:
 * the outcome first, then the figures, the limits with the one that binds, and the findings by
 * severity with their references; for {@code explain}, also the rules that fired and what would
 * have to change.
 */
final class TextReport {
    /** Lines are wrapped to this width; only an unbreakable word (a long path) may exceed it. */
    static final int WIDTH = 80;

    private static final String RULE = "=".repeat(WIDTH);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** "170.320,00 EUR" and "80 %" (German), kept together when wrapping. */
    private static final Pattern UNIT_AFTER = Pattern.compile("(\\d) (EUR|%)");
    /** "EUR 170,320.00" (English), kept together when wrapping. */
    private static final Pattern UNIT_BEFORE = Pattern.compile("(EUR) (\\d)");
    private static final char GLUE = '\u00A0';

    private final Language language;
    private final StringBuilder out = new StringBuilder(2048);

    private TextReport(Language language) {
        this.language = language;
    }

    /** The report of {@code assessment}, read from {@code file}, ending with a line break. */
    static String render(Path file, Assessment assessment, Language language) {
        TextReport report = new TextReport(language);
        report.header(file, assessment);
        report.amounts(assessment.amounts());
        report.limits(assessment.outcome(), assessment.amounts());
        report.findings(assessment.findings());
        return report.out.toString();
    }

    /**
     * The report of {@code explanation}: the assessment's report, then each rule id that fired
     * with its reference, and what would have to change, as the rules' hints say.
     */
    static String explain(Path file, Explanation explanation, Language language) {
        TextReport report = new TextReport(language);
        report.out.append(render(file, explanation.assessment(), language));
        report.rulesFired(explanation.rulesFired().stream().map(r -> new Fired(r.ruleId(), r.reference(), Map.of())).toList());
        report.changes(explanation.changes());
        return report.out.toString();
    }

    /** The settlement report of {@code settle}, then every rule that fired with its reference and figures. */
    static String explain(Path file, SettlementExplanation explanation, Language language) {
        TextReport report = new TextReport(language);
        report.out.append(SettlementReport.render(file, explanation.result(), language));
        report.rulesFired(explanation.rulesFired().stream().map(r -> new Fired(r.ruleId(), r.reference(), r.figures())).toList());
        return report.out.toString();
    }

    /** A rule that fired, as the report lists it: of an application without figures (its hints say them). */
    private record Fired(String ruleId, String reference, Map<String, Object> figures) {
    }

    private void rulesFired(List<Fired> rules) {
        heading(t("Angewandte Regeln, in der Reihenfolge ihrer Anwendung", "Rules fired, in order") + " (" + rules.size() + ")");
        int width = String.valueOf(rules.size()).length();
        for (int i = 0; i < rules.size(); i++) {
            Fired rule = rules.get(i);
            String number = String.format("%" + width + "d. ", i + 1);
            line("  " + number + rule.ruleId());
            String indent = "  " + " ".repeat(number.length());
            if (!rule.reference().isEmpty()) {
                wrap(indent, indent, rule.reference());
            }
            if (!rule.figures().isEmpty()) {
                wrap(indent, indent + "  ", rule.figures().entrySet().stream()
                        .map(f -> f.getKey() + " = " + (f.getValue() instanceof BigDecimal amount ? amount.toPlainString()
                                : String.valueOf(f.getValue())))
                        .collect(Collectors.joining(", ", t("Werte: ", "Figures: "), "")));
            }
        }
    }

    private void changes(List<Explanation.Change> changes) {
        heading(t("Was sich ändern müsste", "What would have to change") + " (" + changes.size() + ")");
        if (changes.isEmpty()) {
            line("  " + t("nichts", "nothing"));
            return;
        }
        for (Explanation.Change change : changes) {
            line("  " + change.ruleId() + " (" + change.severity().name() + ")");
            wrap("    ", "    ", change.hint(language));
        }
    }

    private void header(Path file, Assessment a) {
        line(RULE);
        line(t("Antrag ", "Application ") + a.applicationId());
        // German text names no JSON code but in parentheses (docs/rules.md, "Words and references").
        line(language == Language.EN ? "OUTCOME: " + a.outcome().name() + " - " + describe(a.outcome())
                : "Ergebnis: " + a.outcome().germanName() + " (" + a.outcome().name() + ")");
        line(t("Zuwendung: ", "Grant: ") + Messages.money(a.grant(), language));
        line(RULE);
        table(List.of(
                new String[] {t("Datei", "File"), file.toString()},
                new String[] {t("Förderaufruf", "Call"), a.callId() + t(", Fassung ", ", version ") + a.callVersion()},
                new String[] {t("Regelwerk", "Rule set"), a.ruleSet()}), "", false);
    }

    private void amounts(Amounts amounts) {
        heading(t("Beträge", "Amounts"));
        table(List.of(
                new String[] {t("Gesamtausgaben", "Total costs"), money(amounts.totalCosts())},
                new String[] {t("zuwendungsfähige Ausgaben", "Eligible costs"), money(amounts.eligibleCosts())},
                new String[] {t("nicht zuwendungsfähige Ausgaben", "Non-eligible costs"), money(amounts.nonEligibleCosts())},
                new String[] {t("Zuwendung", "Grant"), money(amounts.grant())},
                new String[] {t("Eigenanteil", "Own share"), money(amounts.ownShare())},
                new String[] {t("Förderquote", "Funding rate"), percent(amounts.fundingRate())}), "  ", true);
    }

    /**
     * Every limit with its amount as shown (cut to the cent); each limit equal to the binding one
     * binds with it (a tie) and is marked. An ineligible application binds none.
     */
    private void limits(Outcome outcome, Amounts amounts) {
        heading(t("Obergrenzen der Zuwendung (die niedrigste bindet)", "Limits of the grant (the lowest binds)"));
        if (amounts.limits().isEmpty()) {
            line("  " + t("keine", "none"));
            return;
        }
        BigDecimal binding = amounts.binding() == null ? null
                : amounts.limit(amounts.binding()).map(Limit::amount).orElse(null);
        List<String[]> rows = new ArrayList<>();
        for (Limit limit : amounts.limits()) {
            boolean binds = binding != null && limit.amount().compareTo(binding) == 0;
            rows.add(new String[] {name(limit.kind()) + " (" + limit.ruleId() + ")", money(limit.amount()),
                    binds ? t("<- bindend", "<- binding") : ""});
        }
        table(rows, "  ", true);
        if (binding == null) {
            line("  " + (outcome == Outcome.INELIGIBLE
                    ? t("Keine Obergrenze bindet: der Antrag ist nicht förderfähig.",
                            "No limit binds: the application is not eligible for funding.")
                    : t("Keine Obergrenze bindet: die Regeln haben keine Zuwendung berechnet.",
                            "No limit binds: the rules computed no grant.")));
        }
    }

    private void findings(List<Finding> findings) {
        heading(t("Feststellungen", "Findings") + " (" + findings.size() + ")");
        if (findings.isEmpty()) {
            line("  " + t("keine", "none"));
            return;
        }
        Severity group = null;
        for (Finding finding : findings) {
            if (finding.severity() != group) {
                group = finding.severity();
                Severity current = group;
                long count = findings.stream().filter(f -> f.severity() == current).count();
                line("  " + (language == Language.EN ? group.name() + " - " + describe(group) + " (" + count + ")"
                        : describe(group) + " (" + group.name() + "): " + count));
            }
            line("    " + finding.ruleId());
            wrap("      ", "      ", finding.message(language));
            String label = t("Grundlage: ", "Reference: ");
            wrap("      " + label, "      " + " ".repeat(label.length()), finding.reference());
        }
    }

    /** The English words of an outcome; German text uses {@link Outcome#germanName()}. */
    private static String describe(Outcome outcome) {
        return switch (outcome) {
            case ELIGIBLE -> "eligible for funding";
            case INELIGIBLE -> "not eligible for funding";
            case INCOMPLETE -> "incomplete, something is missing";
            case PENDING_BOARD_VOTE -> "the Digitalisierungsbeirat has not yet voted in favour";
        };
    }

    private String describe(Severity severity) {
        return switch (severity) {
            case ERROR -> t("Fehler", "errors");
            case MISSING -> t("fehlende Angaben", "missing");
            case WARNING -> t("Warnungen", "warnings");
            case INFO -> t("Hinweise", "information");
        };
    }

    /**
     * A limit's name; in German the words of a Bescheid, shorter than {@link LimitKind#germanName()}
     * where that would not fit the table in 80 columns.
     */
    private String name(LimitKind kind) {
        return switch (kind) {
            case RATE -> t("Förderquote", "Funding rate");
            case CEILING -> t("Höchstbetrag", "Ceiling");
            case REQUESTED -> t("beantragte Zuwendung", "Amount requested");
            case NO_DOUBLE_FUNDING -> t("Verbot der Doppelförderung", "No double funding");
            case DEMINIMIS -> t("De-minimis-Spielraum", "De-minimis headroom");
        };
    }

    private String money(BigDecimal amount) {
        return Messages.money(amount, language);
    }

    /** A rate such as 0.8000 as "80,00 %" or "80.00%": four decimals of a fraction are two of a percentage. */
    private String percent(BigDecimal rate) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(language.locale()));
        format.setRoundingMode(RoundingMode.HALF_UP);
        String number = format.format(rate.multiply(HUNDRED));
        return language == Language.EN ? number + "%" : number + " %";
    }

    /**
     * Rows of a label column and value columns, each column as wide as its widest cell; the
     * second column (figures) is right-aligned so that the decimal places line up.
     */
    private void table(List<String[]> rows, String indent, boolean alignRight) {
        int columns = rows.stream().mapToInt(row -> row.length).max().orElse(0);
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder text = new StringBuilder(indent);
            for (int c = 0; c < row.length; c++) {
                if (c > 0) {
                    text.append("  ");
                }
                boolean right = alignRight && c == 1;
                String pad = " ".repeat(widths[c] - row[c].length());
                text.append(right ? pad + row[c] : row[c] + (c == row.length - 1 ? "" : pad));
            }
            line(text.toString().stripTrailing());
        }
    }

    private void heading(String text) {
        line("");
        line(text);
    }

    /**
     * {@code text} wrapped at {@link #WIDTH}, the first line after {@code first}, the others after
     * {@code rest}. An amount stays on one line with its currency, a number with its percent sign.
     */
    private void wrap(String first, String rest, String text) {
        String glued = UNIT_AFTER.matcher(text).replaceAll("$1" + GLUE + "$2");
        glued = UNIT_BEFORE.matcher(glued).replaceAll("$1" + GLUE + "$2");
        StringBuilder current = new StringBuilder(first);
        boolean empty = true;
        for (String word : glued.split(" +")) {
            word = word.replace(GLUE, ' ');
            if (!empty && current.length() + 1 + word.length() > WIDTH) {
                line(current.toString());
                current = new StringBuilder(rest);
                empty = true;
            }
            if (!empty) {
                current.append(' ');
            }
            current.append(word);
            empty = false;
        }
        line(current.toString());
    }

    /** One line of the report; text from the input (ids, names, descriptions) cannot break it ({@link Output#visible}). */
    private void line(String text) {
        out.append(Output.visible(text)).append('\n');
    }

    private String t(String german, String english) {
        return language == Language.EN ? english : german;
    }
}
