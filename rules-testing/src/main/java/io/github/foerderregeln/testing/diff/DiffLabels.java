package io.github.foerderregeln.testing.diff;

import io.github.foerderregeln.api.Language;
import io.github.foerderregeln.api.internal.Messages;
import java.math.BigDecimal;

/** The headings and labels of the policy-diff reports, in German and English. */
final class DiffLabels {
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
    static String outcome(io.github.foerderregeln.api.Outcome outcome, Language language) {
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
