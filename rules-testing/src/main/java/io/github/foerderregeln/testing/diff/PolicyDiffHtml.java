package io.github.foerderregeln.testing.diff;

import io.github.foerderregeln.api.GermanNamed;
import io.github.foerderregeln.api.Language;
import io.github.foerderregeln.api.internal.Messages;
import io.github.foerderregeln.testing.diff.PolicyDiffResult.FindingChange;
import io.github.foerderregeln.testing.diff.PolicyDiffResult.InvalidApplication;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes a policy diff as one self-contained HTML page: inline CSS, a bar chart of the grant
 * change per changed application, the summary table, the table of changed applications and the
 * list of applications that could not be assessed. The page loads nothing: no script, no external
 * style sheet, font or image, and a Content-Security-Policy that forbids any load. Every text from
 * the input (ids, messages, rule-set identities) is escaped, and every element is closed, so the
 * page is also well-formed XML that any XML tool can check.
 *
 * <p>The chart shows one horizontal bar per changed application, sorted from the largest increase
 * of the grant down to the largest decrease, green for more grant and red for less, drawn from a
 * common zero line; an application whose grant did not change (its outcome or findings did) is a
 * grey dot on the zero line. It is an HTML list laid out by the style sheet, so every id is written
 * whole (wrapping, and above its bar on a narrow screen) and every bar of a non-zero change is at
 * least a few pixels wide. Beyond {@value #MAX_BARS} changed applications, where single bars would
 * no longer be readable, it is an inline SVG histogram instead: how many applications fall into
 * each of {@value #CLASSES} equally wide classes of grant change between the smallest and the
 * largest. The tables and the histogram scroll sideways on a screen too narrow for them.
 * The table lists every change in the order compared.
 */
public final class PolicyDiffHtml {
    /** The most changed applications the chart draws a bar each for; above, it is a histogram. */
    public static final int MAX_BARS = 200;
    /** The number of classes of the histogram. */
    public static final int CLASSES = 20;

    /** The width of the histogram's drawing: narrow enough that its text stays legible when a phone scales it down. */
    private static final int WIDTH = 640;
    private static final MathContext PIXELS = MathContext.DECIMAL64;
    private static final MathContext PERCENT = new MathContext(4, RoundingMode.HALF_UP);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal HALF = BigDecimal.valueOf(50);
    /** The outcome whose gain or loss marks a row; a settlement outcome never is it. */
    private static final Enum<?> ELIGIBLE = io.github.foerderregeln.api.Outcome.ELIGIBLE;

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:2em;color:#1b1b1b;\
            background:#fff;line-height:1.4}
            h1{font-size:1.6em;margin:0 0 .6em}h2{font-size:1.25em;margin:1.6em 0 .5em}
            table{border-collapse:collapse;margin:.4em 0}
            th,td{border:1px solid #c8c8c8;padding:.3em .6em;text-align:left;vertical-align:top}
            th{background:#f0f0f0}
            td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
            .up{color:#1b5e20}.down{color:#b71c1c}
            tr.gained td:first-child{border-left:4px solid #2e7d32}tr.lost td:first-child{border-left:4px solid #c62828}
            ul.findings{margin:0;padding-left:1.1em}ul.findings li{margin:.1em 0}
            .severity{font-weight:600}.rule{font-family:ui-monospace,Consolas,monospace;font-size:.9em}
            .id{font-family:ui-monospace,Consolas,monospace;overflow-wrap:anywhere}
            .note{color:#555;font-style:italic}
            .wide{overflow-x:auto;max-width:100%}
            svg.chart{display:block;max-width:100%;min-width:480px;height:auto;font-size:12px}
            svg.chart text{fill:#1b1b1b}svg.chart .bar-up{fill:#2e7d32}svg.chart .bar-down{fill:#c62828}
            svg.chart .bar-zero{fill:#8a8a8a}svg.chart .axis,svg.chart .tick{stroke:#555;stroke-width:1}svg.chart text.tick{stroke:none}
            td.id{min-width:8em}
            div.bars{max-width:64em}ol.bars{list-style:none;margin:.4em 0 0;padding:0}
            ol.bars li,div.scale{display:grid;grid-template-columns:minmax(6em,15em) minmax(6em,1fr) 9em;column-gap:.6em;\
            align-items:center;padding:.1em 0;break-inside:avoid}
            ol.bars .label{text-align:right;font-size:.85em;line-height:1.2}
            .track{position:relative;height:1em}
            .track .bar,.track .dot,.track .zero{position:absolute;print-color-adjust:exact;-webkit-print-color-adjust:exact}
            .track .bar{top:0;bottom:0;min-width:3px}.bar-up{background:#2e7d32}.bar-down{background:#c62828}
            .track .zero{top:-.2em;bottom:-.2em;border-left:1px solid #555}
            .track .dot{top:.25em;width:.5em;height:.5em;margin-left:-.25em;border-radius:50%;background:#8a8a8a}
            ol.bars .value{font-size:.85em;white-space:nowrap;font-variant-numeric:tabular-nums}
            div.scale{color:#555;border-top:1px solid #555;margin-bottom:.6em}
            div.scale .track span{position:absolute;top:0;white-space:nowrap;font-size:.85em}div.scale .max{right:0}\
            div.scale .min{left:0}div.scale .origin{transform:translateX(-50%)}
            @media (max-width:40em){body{margin:1em}
            table.summary th{hyphens:auto;overflow-wrap:anywhere}
            ol.bars li,div.scale{grid-template-columns:minmax(0,1fr) auto}
            ol.bars .label{grid-column:1/-1;text-align:left}div.scale .label{display:none}}
            @media print{body{margin:0;font-size:10pt}.wide{overflow:visible}table.changed,table.invalid{width:100%;font-size:.85em}\
            td.num{white-space:normal}tr{break-inside:avoid}}
            """;

    private PolicyDiffHtml() {
    }

    /** The report as one HTML page. */
    public static String toHtml(PolicyDiffResult result) {
        return ReportText.of(result, PolicyDiffHtml::write);
    }

    /** The report of a settlement diff as one HTML page. */
    public static String toHtml(SettlementDiffResult result) {
        return ReportText.of(result, PolicyDiffHtml::write);
    }

    /** Writes the report to {@code out} as one HTML page (write it as UTF-8); does not close it. */
    public static void write(PolicyDiffResult result, Writer out) throws IOException {
        write(DiffView.of(result), out);
    }

    /**
     * Writes the report of a settlement diff to {@code out} as one HTML page, as that of applications:
     * the chart shows the change of each settlement's balance (remaining payment less refund and
     * interest), the tables each figure before and after; does not close it.
     */
    public static void write(SettlementDiffResult result, Writer out) throws IOException {
        write(DiffView.of(result), out);
    }

    private static <O extends Enum<O> & GermanNamed, C extends Change<O>> void write(DiffView<O, C> view, Writer out)
            throws IOException {
        Language language = view.language();
        DiffLabels labels = view.labels();
        DiffLabels.Kind kind = view.kindLabels();
        out.write("<!DOCTYPE html>\n<html lang=\"" + (language == Language.EN ? "en" : "de") + "\">\n<head>\n");
        out.write("<meta charset=\"utf-8\"/>\n");
        out.write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\"/>\n");
        out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
        out.write("<title>" + escape(labels.title) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n");
        out.write("<h1>" + escape(labels.title) + "</h1>\n");

        out.write("<h2>" + escape(labels.summary) + "</h2>\n<div class=\"wide\"><table class=\"summary\">\n");
        summaryRow(out, labels.baselineRuleSet, "<span class=\"id\">" + escape(view.baselineRuleSet()) + "</span>", false);
        summaryRow(out, labels.candidateRuleSet, "<span class=\"id\">" + escape(view.candidateRuleSet()) + "</span>", false);
        for (DiffView.Row row : view.summary()) {
            summaryRow(out, row.label(), row.signed() ? signed(row.money(), language) : escape(row.value(language)), true);
        }
        out.write("</table></div>\n");

        out.write("<h2>" + escape(view.changed().size() <= MAX_BARS ? kind.chart() : kind.histogram()) + "</h2>\n");
        if (view.changed().isEmpty()) {
            out.write("<p class=\"note\">" + escape(kind.none()) + "</p>\n");
        } else {
            if (view.changed().size() <= MAX_BARS) {
                chart(out, view.changed(), language, kind);
            } else {
                histogram(out, view.changed(), language, kind);
            }
        }

        if (!view.transitions().isEmpty()) {
            out.write("<h2>" + escape(labels.transitions) + "</h2>\n<table class=\"transitions\">\n<tbody>\n");
            for (var from : view.transitions().entrySet()) {
                for (var to : from.getValue().entrySet()) {
                    out.write("<tr><th scope=\"row\">" + escape(DiffLabels.outcome(from.getKey(), language)) + " &#8594; "
                            + escape(DiffLabels.outcome(to.getKey(), language)) + "</th><td class=\"num\">"
                            + escape(DiffLabels.count(to.getValue(), language)) + "</td></tr>\n");
                }
            }
            out.write("</tbody>\n</table>\n");
        }

        if (view.changed().isEmpty()) {
            out.write("<h2>" + escape(kind.changedEntries()) + "</h2>\n");
            out.write("<p class=\"note\">" + escape(kind.none()) + "</p>\n");
        }
        if (!view.material().isEmpty()) {
            out.write("<h2 id=\"material\">" + escape(kind.materialChanges()) + "</h2>\n");
            changedTable(out, view.material(), view);
        }
        if (!view.explanatory().isEmpty()) {
            out.write("<h2 id=\"explanatory\">" + escape(kind.explanatoryChanges()) + "</h2>\n");
            changedTable(out, view.explanatory(), view);
        }

        if (!view.invalid().isEmpty()) {
            out.write("<h2>" + escape(kind.invalidEntries()) + "</h2>\n<div class=\"wide\"><table class=\"invalid\">\n<thead><tr><th>"
                    + escape(kind.entry()) + "</th><th>" + escape(labels.invalidUnder) + "</th><th>"
                    + escape(labels.problems) + "</th></tr></thead>\n<tbody>\n");
            for (InvalidApplication invalid : view.invalid()) {
                out.write("<tr><td class=\"id\">" + escape(invalid.applicationId()) + "</td><td>"
                        + escape(labels.side(invalid.invalidUnder())) + "</td><td>" + escape(invalid.message())
                        + "</td></tr>\n");
            }
            out.write("</tbody>\n</table></div>\n");
        }
        out.write("</body>\n</html>\n");
        out.flush();
    }

    private static void summaryRow(Writer out, String label, String html, boolean number) throws IOException {
        out.write("<tr><th scope=\"row\">" + escape(label) + "</th><td" + (number ? " class=\"num\"" : "") + ">"
                + html + "</td></tr>\n");
    }

    /**
     * The table of changes: the id, both outcomes, each amount before, after and its change, the change
     * of the balance for settlements, and the findings; a row marks eligibility gained or lost.
     */
    private static <O extends Enum<O> & GermanNamed, C extends Change<O>> void changedTable(Writer out, List<C> changed,
            DiffView<O, C> view) throws IOException {
        Language language = view.language();
        DiffLabels labels = view.labels();
        DiffLabels.Kind kind = view.kindLabels();
        List<String> headings = new ArrayList<>(List.of(kind.entry(), labels.outcomeBefore, labels.outcomeAfter));
        for (DiffView.Amount amount : view.amounts().apply(changed.get(0))) {
            headings.addAll(List.of(amount.heading().before(), amount.heading().after(), amount.heading().change()));
        }
        if (kind.moneyChangeHeading() != null) {
            headings.add(kind.moneyChangeHeading());
        }
        headings.addAll(List.of(labels.findingsAdded, labels.findingsRemoved));
        out.write("<div class=\"wide\"><table class=\"changed\">\n<thead><tr>");
        for (String heading : headings) {
            out.write("<th>" + escape(heading) + "</th>");
        }
        out.write("</tr></thead>\n<tbody>\n");
        for (C change : changed) {
            boolean gained = change.outcomeBefore() != change.outcomeAfter() && change.outcomeAfter() == ELIGIBLE;
            boolean lost = change.outcomeBefore() != change.outcomeAfter() && change.outcomeBefore() == ELIGIBLE;
            String rowClass = gained ? " class=\"gained\"" : lost ? " class=\"lost\"" : "";
            StringBuilder row = new StringBuilder("<tr" + rowClass + "><td class=\"id\">" + escape(change.id()) + "</td>"
                    + "<td>" + outcome(change.outcomeBefore(), language) + "</td><td>" + outcome(change.outcomeAfter(), language)
                    + "</td>");
            for (DiffView.Amount amount : view.amounts().apply(change)) {
                row.append("<td class=\"num\">").append(escape(Messages.money(amount.before(), language))).append("</td>")
                        .append("<td class=\"num\">").append(escape(Messages.money(amount.after(), language))).append("</td>")
                        .append("<td class=\"num\">").append(signed(amount.change(), language)).append("</td>");
            }
            if (kind.moneyChangeHeading() != null) {
                row.append("<td class=\"num\">").append(signed(change.moneyChange(), language)).append("</td>");
            }
            row.append("<td>").append(findings(change.findingsAdded())).append("</td><td>")
                    .append(findings(change.findingsRemoved())).append("</td></tr>\n");
            out.write(row.toString());
        }
        out.write("</tbody>\n</table></div>\n");
    }

    private static <O extends Enum<O> & GermanNamed> String outcome(O outcome, Language language) {
        return escape(DiffLabels.outcome(outcome, language));
    }

    private static String findings(List<FindingChange> findings) {
        if (findings.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<ul class=\"findings\">");
        for (FindingChange finding : findings) {
            html.append("<li><span class=\"severity\">").append(escape(finding.severity().name()))
                    .append("</span> <span class=\"rule\">").append(escape(finding.ruleId())).append("</span>: ")
                    .append(escape(finding.message())).append("</li>");
        }
        return html.append("</ul>").toString();
    }

    private static String signed(BigDecimal amount, Language language) {
        String css = amount.signum() > 0 ? "up" : amount.signum() < 0 ? "down" : null;
        String text = escape(DiffLabels.signedMoney(amount, language));
        return css == null ? text : "<span class=\"" + css + "\">" + text + "</span>";
    }

    /**
     * The bar chart of the grant change of each changed application, as an HTML list rather than
     * a drawing: the page reflows it, so each id is written out whole and wraps (on a narrow
     * screen above its bar), and the text keeps its size however narrow the screen. Each bar is
     * placed in percent of its track between the smallest and the largest change; the style
     * sheet gives every bar a minimum width, so a change of one euro beside one of 50,000 euros
     * is still seen.
     */
    private static <C extends Change<?>> void chart(Writer out, List<C> changed, Language language, DiffLabels.Kind labels)
            throws IOException {
        List<C> bars = bars(changed);
        BigDecimal min = BigDecimal.ZERO;
        BigDecimal max = BigDecimal.ZERO;
        for (C bar : bars) {
            min = min.min(bar.moneyChange());
            max = max.max(bar.moneyChange());
        }
        BigDecimal span = max.subtract(min);
        BigDecimal zero = span.signum() == 0 ? HALF : min.negate().multiply(HUNDRED).divide(span, PIXELS);
        String zeroLine = "<span class=\"zero\" style=\"left:" + percent(zero) + "%\"></span>";
        out.write("<div class=\"bars\"><ol class=\"bars\" aria-label=\"" + escape(labels.chart()) + "\">\n");
        for (C bar : bars) {
            BigDecimal change = bar.moneyChange();
            String amount = DiffLabels.signedMoney(change, language);
            out.write("<li title=\"" + escape(bar.id() + ": " + amount) + "\"><span class=\"label id\">"
                    + escape(bar.id()) + "</span><span class=\"track\">" + zeroLine);
            if (change.signum() == 0) {
                out.write("<span class=\"dot\" style=\"left:" + percent(zero) + "%\"></span>");
            } else {
                String width = percent(change.abs().multiply(HUNDRED).divide(span, PIXELS));
                // A decrease is anchored at the zero line from the right, so its minimum width grows leftwards.
                String anchor = change.signum() > 0 ? "left:" + percent(zero) : "right:" + percent(HUNDRED.subtract(zero));
                out.write("<span class=\"bar " + (change.signum() > 0 ? "bar-up" : "bar-down") + "\" style=\"" + anchor
                        + "%;width:" + width + "%\"></span>");
            }
            out.write("</span><span class=\"value\">" + signed(change, language) + "</span></li>\n");
        }
        // The ends of the scale: the largest decrease and increase, or zero where there is none.
        out.write("</ol>\n<div class=\"scale\" aria-hidden=\"true\"><span class=\"label\"></span><span class=\"track\">"
                + "<span class=\"min\">" + escape(min.signum() < 0 ? Messages.money(min, language) : "0") + "</span>");
        if (min.signum() < 0 && max.signum() > 0) {
            out.write("<span class=\"origin\" style=\"left:" + percent(zero) + "%\">0</span>");
        }
        out.write("<span class=\"max\">" + escape(max.signum() > 0 ? DiffLabels.signedMoney(max, language) : "0") + "</span>");
        out.write("</span><span class=\"value\"></span></div>\n</div>\n");
    }

    /** The bars in drawing order: from the largest increase down to the largest decrease, the first compared on a tie. */
    static <C extends Change<?>> List<C> bars(List<C> changed) {
        return changed.stream()
                .sorted(Comparator.comparing(Change::moneyChange, Comparator.reverseOrder()))
                .toList();
    }

    /**
     * How many changed applications fall into each of {@link #CLASSES} equally wide classes of
     * grant change from the smallest change to the largest; the last class includes the largest.
     * One class when every change is the same.
     */
    static long[] classes(List<? extends Change<?>> changed, BigDecimal min, BigDecimal max) {
        BigDecimal span = max.subtract(min);
        long[] counts = new long[span.signum() == 0 ? 1 : CLASSES];
        for (Change<?> change : changed) {
            int index = span.signum() == 0 ? 0
                    : change.moneyChange().subtract(min).multiply(BigDecimal.valueOf(CLASSES))
                            .divide(span, 0, RoundingMode.FLOOR).intValueExact();
            counts[Math.min(index, counts.length - 1)]++;
        }
        return counts;
    }

    /**
     * The histogram of the grant changes of all changed applications: a bar of its own for the
     * applications whose grant did not change (only their outcome or findings did), then one
     * vertical bar per class of the changes, the x axis labelled with the smallest and largest
     * change and "0" where the classes pass it, the y axis with ticks at 0, half and the highest count.
     */
    private static <C extends Change<?>> void histogram(Writer out, List<C> changed, Language language,
            DiffLabels.Kind labels) throws IOException {
        List<C> moved = changed.stream().filter(c -> c.moneyChange().signum() != 0).toList();
        long unchanged = changed.size() - moved.size();
        BigDecimal min = moved.isEmpty() ? BigDecimal.ZERO : moved.get(0).moneyChange();
        BigDecimal max = min;
        for (C change : moved) {
            min = min.min(change.moneyChange());
            max = max.max(change.moneyChange());
        }
        long[] counts = moved.isEmpty() ? new long[0] : classes(moved, min, max);
        long highest = Math.max(1, unchanged);
        for (long count : counts) {
            highest = Math.max(highest, count);
        }
        int left = 70;
        int zeroBar = 48;
        int plotLeft = left + zeroBar + 16;
        int plotWidth = WIDTH - plotLeft - 20;
        int plotHeight = 220;
        int top = 24;
        int axis = top + plotHeight;
        int height = axis + 62;
        // Scrolls sideways on a narrow screen rather than shrinking its text out of sight.
        out.write("<div class=\"wide\"><svg class=\"chart\" width=\"" + WIDTH + "\" height=\"" + height + "\" viewBox=\"0 0 "
                + WIDTH + " " + height + "\" role=\"img\" aria-label=\"" + escape(labels.histogram()) + "\">\n");
        // y axis: the number of applications, ticks at 0, half and the highest count
        out.write("<line class=\"axis\" x1=\"" + left + "\" y1=\"" + top + "\" x2=\"" + left + "\" y2=\"" + axis + "\"/>\n");
        for (long tick : new long[] {0, highest / 2, highest}) {
            BigDecimal y = BigDecimal.valueOf(axis).subtract(BigDecimal.valueOf(plotHeight).multiply(BigDecimal.valueOf(tick))
                    .divide(BigDecimal.valueOf(highest), PIXELS));
            out.write("<line class=\"tick\" x1=\"" + (left - 4) + "\" y1=\"" + pixels(y) + "\" x2=\"" + left + "\" y2=\""
                    + pixels(y) + "\"/><text class=\"tick\" x=\"" + (left - 6) + "\" y=\"" + pixels(y.add(BigDecimal.valueOf(4)))
                    + "\" text-anchor=\"end\">" + escape(DiffLabels.count(tick, language)) + "</text>\n");
        }
        out.write("<text class=\"axis-label\" x=\"12\" y=\"" + (top + plotHeight / 2) + "\" transform=\"rotate(-90 12 "
                + (top + plotHeight / 2) + ")\" text-anchor=\"middle\">" + escape(labels.histogramCount()) + "</text>\n");
        // the applications whose grant did not change, a class of their own
        bar(out, BigDecimal.valueOf(left + 8), BigDecimal.valueOf(zeroBar - 8), unchanged, highest, plotHeight, axis, "bar-zero",
                String.format(language.locale(), labels.histogramUnchanged(), unchanged), language);
        out.write("<text x=\"" + (left + zeroBar / 2) + "\" y=\"" + (axis + 18) + "\" text-anchor=\"middle\">"
                + escape(Messages.money(BigDecimal.ZERO, language)) + "</text>\n");
        if (counts.length > 0) {
            BigDecimal classWidth = max.subtract(min).divide(BigDecimal.valueOf(counts.length), PIXELS);
            BigDecimal barWidth = BigDecimal.valueOf(plotWidth).divide(BigDecimal.valueOf(counts.length), PIXELS);
            for (int i = 0; i < counts.length; i++) {
                BigDecimal from = min.add(classWidth.multiply(BigDecimal.valueOf(i)));
                BigDecimal to = i == counts.length - 1 ? max : min.add(classWidth.multiply(BigDecimal.valueOf(i + 1)));
                String css = from.signum() > 0 ? "bar-up" : to.signum() < 0 ? "bar-down" : "bar-zero";
                BigDecimal x = BigDecimal.valueOf(plotLeft).add(barWidth.multiply(BigDecimal.valueOf(i)));
                String title = String.format(language.locale(), labels.histogramClass(), DiffLabels.signedMoney(from, language),
                        DiffLabels.signedMoney(to, language), counts[i]);
                bar(out, x.add(BigDecimal.ONE), barWidth.subtract(BigDecimal.valueOf(2)), counts[i], highest, plotHeight, axis,
                        css, title, language);
            }
            out.write("<text x=\"" + plotLeft + "\" y=\"" + (axis + 18) + "\" text-anchor=\"start\">"
                    + escape(DiffLabels.signedMoney(min, language)) + "</text>\n");
            out.write("<text x=\"" + (plotLeft + plotWidth) + "\" y=\"" + (axis + 18) + "\" text-anchor=\"end\">"
                    + escape(DiffLabels.signedMoney(max, language)) + "</text>\n");
        }
        out.write("<line class=\"axis\" x1=\"" + left + "\" y1=\"" + axis + "\" x2=\"" + (plotLeft + plotWidth) + "\" y2=\""
                + axis + "\"/>\n");
        out.write("<text class=\"axis-label\" x=\"" + (plotLeft + plotWidth / 2) + "\" y=\"" + (axis + 44)
                + "\" text-anchor=\"middle\">" + escape(labels.histogramChange()) + "</text>\n");
        out.write("</svg></div>\n");
        out.write("<p class=\"note\">" + escape(String.format(language.locale(), labels.histogramNote(), changed.size(),
                counts.length)) + "</p>\n");
    }

    /** One bar of the histogram with its count above it and its class as the tooltip. */
    private static void bar(Writer out, BigDecimal left, BigDecimal barWidth, long count, long highest, int plotHeight,
            int axis, String css, String title, Language language) throws IOException {
        BigDecimal barHeight = BigDecimal.valueOf(plotHeight).multiply(BigDecimal.valueOf(count))
                .divide(BigDecimal.valueOf(highest), PIXELS);
        out.write("<g><title>" + escape(title) + "</title>");
        out.write("<rect class=\"" + css + "\" x=\"" + pixels(left) + "\" y=\""
                + pixels(BigDecimal.valueOf(axis).subtract(barHeight)) + "\" width=\"" + pixels(barWidth)
                + "\" height=\"" + pixels(barHeight) + "\"/>");
        if (count > 0) {
            out.write("<text x=\"" + pixels(left.add(barWidth.divide(BigDecimal.valueOf(2), PIXELS))) + "\" y=\""
                    + pixels(BigDecimal.valueOf(axis - 4).subtract(barHeight)) + "\" text-anchor=\"middle\">"
                    + escape(DiffLabels.count(count, language)) + "</text>");
        }
        out.write("</g>\n");
    }

    /** A position in percent of a bar's track, to four digits: a one-cent change beside millions still has a width. */
    private static String percent(BigDecimal value) {
        return value.round(PERCENT).stripTrailingZeros().toPlainString();
    }

    /** A coordinate for drawing, to a tenth: exact enough for a screen, without {@code double}. */
    private static String pixels(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** Text as HTML character data or a quoted attribute value; characters HTML forbids become U+FFFD. */
    static String escape(String text) {
        StringBuilder html = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> {
                    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                        html.append('\uFFFD');
                    } else {
                        html.append(c);
                    }
                }
            }
        }
        return html.toString();
    }
}
