package io.github.foerderregeln.testing.diff;

import io.github.foerderregeln.api.GermanNamed;
import io.github.foerderregeln.api.Language;
import io.github.foerderregeln.api.internal.Messages;
import java.math.BigDecimal;
import java.util.List;

/** The headings and labels of the policy-diff reports, of applications and of settlements, in German and English. */
final class DiffLabels {
    /**
     * What differs between a report of applications and one of settlements: the words for the
     * entries, and for the settlements the JSON name and column of the change of the balance.
     *
     * @param idName the JSON name of an entry's id
     * @param moneyChangeName the JSON name of {@link Change#moneyChange()}; null when it is the change of the one amount
     * @param moneyChangeHeading its column heading; null when the JSON name is
     */
    record Kind(String none, String changedEntries, String invalidEntries, String entry, String materialCount,
            String explanatoryCount, String materialChanges, String explanatoryChanges, String chart, String histogram,
            String histogramClass, String histogramNote, String histogramCount, String histogramChange,
            String histogramUnchanged, String idName, String moneyChangeName, String moneyChangeHeading) {
    }

    /**
     * The words for one amount: in a line of the text report, the HTML columns, the totals.
     *
     * @param label in a line of the text report: "grant", "refund"
     */
    record Heading(String label, String before, String after, String change, String totalBefore, String totalAfter,
            String totalChange) {
    }

    final String title;
    final String baselineRuleSet;
    final String candidateRuleSet;
    final String summary;
    final String applications;
    final String assessed;
    final String invalidCount;
    final String changedCount;
    final String eligibilityGained;
    final String eligibilityLost;
    final String totalGrantBefore;
    final String totalGrantAfter;
    final String totalGrantChange;
    final String changedApplications;
    final String noChanges;
    final String invalidApplications;
    final String application;
    final String outcomeBefore;
    final String outcomeAfter;
    final String grantBefore;
    final String grantAfter;
    final String grantChange;
    final String findingsAdded;
    final String findingsRemoved;
    final String grant;
    final String invalidUnder;
    final String problems;
    final String chart;
    final String histogram;
    final String histogramClass;
    final String histogramNote;
    final String histogramCount;
    final String histogramChange;
    final String histogramUnchanged;
    final String baselineSide;
    final String candidateSide;
    final String bothSides;
    final String materialCount;
    final String explanatoryCount;
    final String materialChanges;
    final String explanatoryChanges;
    final String transitions;
    final String settlements;
    final String settled;
    final String notSettled;
    final Heading grantHeading;
    final List<Heading> figures;
    final Kind applicationKind;
    final Kind settlementKind;

    private DiffLabels(Language language) {
        boolean de = language == Language.DE;
        title = de ? "Regelvergleich" : "Policy diff";
        baselineRuleSet = de ? "Bisheriges Regelwerk" : "Baseline rule set";
        candidateRuleSet = de ? "Neues Regelwerk" : "Candidate rule set";
        summary = de ? "Zusammenfassung" : "Summary";
        applications = de ? "Anträge gelesen" : "Applications read";
        assessed = de ? "Anträge bewertet" : "Applications assessed";
        invalidCount = de ? "Nicht bewertbar" : "Not assessable";
        changedCount = de ? "Geändert" : "Changed";
        eligibilityGained = de ? "Förderfähig geworden" : "Eligibility gained";
        eligibilityLost = de ? "Förderfähigkeit verloren" : "Eligibility lost";
        totalGrantBefore = de ? "Zuwendungen gesamt vorher" : "Total grant before";
        totalGrantAfter = de ? "Zuwendungen gesamt nachher" : "Total grant after";
        totalGrantChange = de ? "Differenz" : "Difference";
        changedApplications = de ? "Geänderte Anträge" : "Changed applications";
        noChanges = de ? "Keine Änderungen." : "No changes.";
        invalidApplications = de ? "Nicht bewertbare Anträge" : "Applications that could not be assessed";
        application = de ? "Antrag" : "Application";
        outcomeBefore = de ? "Ergebnis vorher" : "Outcome before";
        outcomeAfter = de ? "Ergebnis nachher" : "Outcome after";
        grantBefore = de ? "Zuwendung vorher" : "Grant before";
        grantAfter = de ? "Zuwendung nachher" : "Grant after";
        grantChange = de ? "Änderung" : "Change";
        findingsAdded = de ? "Neue Feststellungen" : "Findings added";
        findingsRemoved = de ? "Entfallene Feststellungen" : "Findings removed";
        grant = de ? "Zuwendung" : "grant";
        invalidUnder = de ? "Abgelehnt von" : "Rejected by";
        problems = de ? "Probleme" : "Problems";
        chart = de ? "Änderung der Zuwendung je Antrag" : "Grant change per application";
        histogram = de ? "Verteilung der Änderungen der Zuwendung" : "Distribution of the grant changes";
        histogramClass = de ? "%s bis %s: %,d Anträge" : "%s to %s: %,d applications";
        histogramNote = de ? "Anzahl der %,d geänderten Anträge je Klasse der Änderung der Zuwendung: links die mit unveränderter"
                + " Zuwendung, dann %d gleich breite Klassen der Änderungen."
                : "Number of the %,d changed applications per class of grant change: on the left those whose grant did not"
                + " change, then %d classes of equal width of the changes.";
        histogramCount = de ? "Anträge" : "Applications";
        histogramChange = de ? "Änderung der Zuwendung" : "Change of the grant";
        histogramUnchanged = de ? "Zuwendung unverändert: %,d Anträge" : "Grant unchanged: %,d applications";
        baselineSide = de ? "bisheriges Regelwerk" : "baseline";
        candidateSide = de ? "neues Regelwerk" : "candidate";
        bothSides = de ? "beide Regelwerke" : "both";
        materialCount = de ? "davon Ergebnis oder Zuwendung geändert" : "of which outcome or grant changed";
        explanatoryCount = de ? "davon nur die Begründung geändert" : "of which only the explanation changed";
        materialChanges = de ? "Geänderte Ergebnisse und Zuwendungen (größte Änderung zuerst)"
                : "Changed outcomes and grants (largest change first)";
        explanatoryChanges = de ? "Nur die Begründung geändert (gleiches Ergebnis, gleiche Zuwendung)"
                : "Only the explanation changed (same outcome, same grant)";
        transitions = de ? "Wechsel des Ergebnisses" : "Outcome transitions";
        settlements = de ? "Schlussfestsetzungen gelesen" : "Settlements read";
        settled = de ? "Schlussfestsetzungen berechnet" : "Settlements settled";
        notSettled = de ? "Nicht berechenbar" : "Not settleable";
        grantHeading = new Heading(grant, grantBefore, grantAfter, grantChange, totalGrantBefore, totalGrantAfter,
                totalGrantChange);
        figures = List.of(
                figure(de, "endgültige Zuwendung", "der endgültigen Zuwendung", "Endgültige Zuwendungen",
                        "der endgültigen Zuwendungen", "final grant", "Final grant"),
                figure(de, "Erstattung", "der Erstattung", "Erstattungen", "der Erstattungen", "refund", "Refund"),
                figure(de, "Restzahlung", "der Restzahlung", "Restzahlungen", "der Restzahlungen", "remaining payment",
                        "Remaining payment"),
                figure(de, "Erstattungszinsen", "der Erstattungszinsen", "Erstattungszinsen", "der Erstattungszinsen",
                        "refund interest", "Refund interest"),
                figure(de, "Zinsen verspäteter Verwendung", "der Zinsen verspäteter Verwendung",
                        "Zinsen verspäteter Verwendung", "der Zinsen verspäteter Verwendung", "late-use interest",
                        "Late-use interest"));
        applicationKind = new Kind(noChanges, changedApplications, invalidApplications, application, materialCount,
                explanatoryCount, materialChanges, explanatoryChanges, chart, histogram, histogramClass, histogramNote,
                histogramCount, histogramChange, histogramUnchanged, "applicationId", null, null);
        settlementKind = de
                ? new Kind(noChanges, "Geänderte Schlussfestsetzungen", "Nicht berechenbare Schlussfestsetzungen",
                        "Schlussfestsetzung", "davon Ergebnis oder ein Betrag geändert", "davon nur die Feststellungen geändert",
                        "Geänderte Ergebnisse und Beträge (größte Änderung des Saldos zuerst)",
                        "Nur die Feststellungen geändert (gleiches Ergebnis, gleiche Beträge)",
                        "Änderung des Saldos je Schlussfestsetzung", "Verteilung der Änderungen des Saldos",
                        "%s bis %s: %,d Schlussfestsetzungen",
                        "Anzahl der %,d geänderten Schlussfestsetzungen je Klasse der Änderung des Saldos: links die mit"
                                + " unverändertem Saldo, dann %d gleich breite Klassen der Änderungen.",
                        "Schlussfestsetzungen", "Änderung des Saldos", "Saldo unverändert: %,d Schlussfestsetzungen",
                        "settlementId", "balanceChange", "Änderung des Saldos")
                : new Kind(noChanges, "Changed settlements", "Settlements that could not be settled", "Settlement",
                        "of which outcome or an amount changed", "of which only the findings changed",
                        "Changed outcomes and amounts (largest change of the balance first)",
                        "Only the findings changed (same outcome, same amounts)",
                        "Balance change per settlement", "Distribution of the balance changes", "%s to %s: %,d settlements",
                        "Number of the %,d changed settlements per class of balance change: on the left those whose"
                                + " balance did not change, then %d classes of equal width of the changes.",
                        "Settlements", "Change of the balance", "Balance unchanged: %,d settlements",
                        "settlementId", "balanceChange", "Balance change");
    }

    /**
     * The words for one figure of a settlement: its name in a line, and the plural of its totals; in German
     * each also in the genitive, which "Änderung" and "Differenz" take.
     */
    private static Heading figure(boolean de, String germanName, String germanGenitive, String germanTotal,
            String germanTotalGenitive, String name, String heading) {
        return de
                ? new Heading(germanName, capitalised(germanName) + " vorher", capitalised(germanName) + " nachher",
                        "Änderung " + germanGenitive, germanTotal + " gesamt vorher", germanTotal + " gesamt nachher",
                        "Differenz " + germanTotalGenitive)
                : new Heading(name, heading + " before", heading + " after", heading + " change",
                        "Total " + name + " before", "Total " + name + " after", "Difference " + name);
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static final DiffLabels DE = new DiffLabels(Language.DE);
    private static final DiffLabels EN = new DiffLabels(Language.EN);

    /** A count as the language writes it: 2.022 in German, 2,022 in English. */
    static String count(long count, Language language) {
        return String.format(language.locale(), "%,d", count);
    }

    static DiffLabels of(Language language) {
        return language == Language.EN ? EN : DE;
    }

    String side(PolicyDiffResult.RuleSide side) {
        return switch (side) {
            case BASELINE -> baselineSide;
            case CANDIDATE -> candidateSide;
            case BOTH -> bothSides;
        };
    }

    /**
     * An outcome as the report's language names it: in German by its German word with the JSON code
     * in parentheses ("förderfähig (ELIGIBLE)"), since German text names no code otherwise
     * (docs/rules.md, "Words and references"); in English by its code.
     */
    static <O extends Enum<O> & GermanNamed> String outcome(O outcome, Language language) {
        return language == Language.EN ? outcome.name() : outcome.germanName() + " (" + outcome.name() + ")";
    }

    /** Money with a sign when it is not zero: "+10.000,00 EUR", "-10.000,00 EUR"; "EUR +10,000.00", "EUR -10,000.00". */
    static String signedMoney(BigDecimal amount, Language language) {
        String money = Messages.money(amount, language);
        if (amount.signum() <= 0) {
            return money;
        }
        return language == Language.EN ? money.replaceFirst("^EUR ", "EUR +") : "+" + money;
    }
}
