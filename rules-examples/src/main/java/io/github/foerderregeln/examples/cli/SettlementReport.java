package io.github.foerderregeln.examples.cli;

import io.github.foerderregeln.api.CostCategory;
import io.github.foerderregeln.api.Finding;
import io.github.foerderregeln.api.Language;
import io.github.foerderregeln.api.internal.Messages;
import io.github.foerderregeln.api.settlement.GrantDecision;
import io.github.foerderregeln.api.settlement.InterestKind;
import io.github.foerderregeln.api.settlement.InterestLine;
import io.github.foerderregeln.api.settlement.SettlementAmounts;
import io.github.foerderregeln.api.settlement.SettlementLimit;
import io.github.foerderregeln.api.settlement.SettlementResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * The readable report of a settlement, in German or English: outcome, amounts, limits, the interest
 * lines as a table a grant officer can check line by line (amount x rate x days / 36,500), and the
 * findings; and the readable summary of a grant decision's key data.
 */
final class SettlementReport {
    private static final String RULE = "=".repeat(TextReport.WIDTH);
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final Language language;
    private final StringBuilder out = new StringBuilder(2048);

    private SettlementReport(Language language) {
        this.language = language;
    }

    static String render(Path file, SettlementResult r, Language language) {
        SettlementReport report = new SettlementReport(language);
        report.result(file, r);
        return report.out.toString();
    }

    static String decision(Path file, GrantDecision d, Language language) {
        SettlementReport report = new SettlementReport(language);
        report.summary(file, d);
        return report.out.toString();
    }

    private void result(Path file, SettlementResult r) {
        line(RULE);
        line(t("Schlussfestsetzung ", "Settlement ") + r.settlementId());
        line(language == Language.EN ? "OUTCOME: " + r.outcome().name()
                : "Ergebnis: " + r.outcome().germanName() + " (" + r.outcome().name() + ")");
        line(t("Endgültige Zuwendung: ", "Final grant: ") + money(r.amounts().finalGrant()));
        line(RULE);
        row("", t("Datei", "File"), file.toString());
        row("", t("Förderaufruf", "Call"), r.callId() + t(", Fassung ", ", version ") + r.callVersion());
        row("", t("Regelwerk", "Rule set"), r.ruleSet());
        heading(t("Beträge", "Amounts"));
        SettlementAmounts a = r.amounts();
        amount("  ", t("erklärte Ausgaben", "Declared expenditure"), money(a.declared()));
        amount("  ", t("anerkannte zuwendungsfähige Ausgaben", "Recognised eligible expenditure"), money(a.recognised()));
        for (Map.Entry<CostCategory, BigDecimal> e : a.recognisedByCategory().entrySet()) {
            amount("    ", language == Language.EN ? e.getKey().name() : e.getKey().germanName(), money(e.getValue()));
        }
        amount("  ", t("nicht anerkannt", "Not recognised"), money(a.notRecognised()));
        amount("  ", t("endgültige Zuwendung", "Final grant"), money(a.finalGrant()));
        amount("  ", t("ausgezahlt", "Paid"), money(a.paid()));
        amount("  ", t("Erstattung", "Refund"), money(a.refund()));
        amount("  ", t("Restzahlung", "Remaining payment"), money(a.remainingPayment()));
        amount("  ", t("Erstattungszinsen (§ 49a Abs. 3 VwVfG)", "Refund interest (§ 49a (3) VwVfG)"), money(a.refundInterest()));
        amount("  ", t("Zinsen verspäteter Verwendung (§ 49a Abs. 4 VwVfG)", "Late-use interest (§ 49a (4) VwVfG)"),
                money(a.lateUseInterest()));
        heading(t("Obergrenzen der Zuwendung (die niedrigste bindet)", "Limits of the final grant (the lowest binds)"));
        for (SettlementLimit limit : r.limits()) {
            amount("  ", limit.ruleId() + (limit.binding() ? t(" (bindet)", " (binds)") : ""),
                    money(limit.amount().setScale(2, RoundingMode.DOWN)));
        }
        heading(t("Zinsen, Zeile für Zeile (Betrag x Zinssatz x Tage / 36.500)",
                "Interest, line by line (amount x rate x days / 36,500)"));
        if (r.interest().isEmpty()) {
            line("  " + t("keine", "none"));
        } else {
            line(String.format("  %-8s %14s %10s %10s %5s %7s %10s", t("Art", "Kind"), t("Betrag", "Amount"),
                    t("nach", "after"), t("bis", "to"), t("Tage", "Days"), "%", t("Zinsen", "Interest")));
            for (InterestLine l : r.interest()) {
                line(String.format("  %-8s %14s %10s %10s %5d %7s %10s",
                        l.kind() == InterestKind.REFUND ? t("Erstatt.", "refund") : t("Verwend.", "late use"),
                        number(l.amount()), date(l.from()), date(l.to()), l.days(),
                        number(l.ratePercent()), number(l.interest())));
            }
        }
        heading(t("Feststellungen", "Findings") + " (" + r.findings().size() + ")");
        for (Finding f : r.findings()) {
            line("  " + f.severity().name() + " " + f.ruleId());
            line("    " + f.message(language));
            line("    " + f.reference());
        }
    }

    private void summary(Path file, GrantDecision d) {
        line(RULE);
        line(t("Zuwendungsbescheid ", "Grant decision ") + d.id() + t(" vom ", " of ") + date(d.decisionDate()));
        line(RULE);
        row("", t("Datei", "File"), file.toString());
        row("", t("Förderaufruf", "Call"), d.callId());
        row("", t("Zuwendungsempfänger", "Recipient"), d.recipient().name() + " ("
                + (language == Language.EN ? d.recipient().legalForm().name() : d.recipient().legalForm().germanName()) + ")");
        row("", t("Zuwendung (Höchstbetrag)", "Grant (maximum)"), money(d.grant()));
        row("", t("Förderquote (Anteilfinanzierung)", "Funding rate (share financing)"),
                number(d.fundingRate().multiply(BigDecimal.valueOf(100)).stripTrailingZeros()) + " %");
        for (Map.Entry<CostCategory, BigDecimal> e : d.approvedExpenditure().entrySet()) {
            row("", t("bewilligt: ", "approved: ") + (language == Language.EN ? e.getKey().name() : e.getKey().germanName()),
                    money(e.getValue()));
        }
        row("", t("geplante sonstige Mittel", "Planned other funding"), money(d.plannedOtherFunding()));
        row("", t("Bewilligungszeitraum", "Approval period"), date(d.periodStart()) + " - " + date(d.periodEnd()));
        row("", t("Verwendungsnachweis bis", "Proof of use due"), date(d.proofDue()));
        row("", t("Nebenbestimmungen", "Conditions"), d.conditions().germanName());
        if (d.deMinimis() != null) {
            row("", t("De-minimis-Beihilfe", "De-minimis aid"), d.deMinimis().regulation().name() + ", "
                    + money(d.deMinimis().amount()));
        }
    }

    private String t(String de, String en) {
        return language == Language.EN ? en : de;
    }

    private String money(BigDecimal amount) {
        return Messages.money(amount, language);
    }

    private String number(BigDecimal value) {
        String plain = value.setScale(Math.max(2, Math.min(value.scale(), 2)), RoundingMode.HALF_UP).toPlainString();
        return language == Language.EN ? plain : plain.replace('.', ',');
    }

    private String date(java.time.LocalDate day) {
        return language == Language.EN ? day.toString() : day.format(GERMAN_DATE);
    }

    private void heading(String text) {
        out.append('\n').append(text).append('\n');
    }

    private void row(String indent, String label, String value) {
        line(String.format("%s%-44s %s", indent, label, value));
    }

    /** A label and an amount of money, the amounts aligned on the right. */
    private void amount(String indent, String label, String value) {
        line(String.format("%-56s %18s", indent + label, value));
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
