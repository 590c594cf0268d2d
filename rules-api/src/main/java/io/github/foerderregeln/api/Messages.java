package io.github.foerderregeln.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a message template with a finding's figures. Rule authors write templates in rule
 * metadata; a placeholder is {@code {name}} or {@code {name,format}} with format {@code money},
 * {@code percent} or {@code date}. Figures are shown exactly: money keeps every decimal it has,
 * at least two.
 */
public final class Messages {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)(?:,(money|percent|date))?}");
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Messages() {
    }

    /**
     * The template with each placeholder replaced by its figure, written for {@code language}.
     *
     * @throws IllegalArgumentException when a placeholder names no figure, or a figure does not fit its format
     */
    public static String render(String template, Map<String, ?> figures, Language language) {
        Part[] parts = PARSED.computeIfAbsent(template, Messages::parse);
        StringBuilder out = new StringBuilder(template.length() + 32);
        for (Part part : parts) {
            if (part.figure() == null) {
                out.append(part.text());
                continue;
            }
            if (!figures.containsKey(part.figure())) {
                throw new IllegalArgumentException("the message template names the figure {" + part.figure()
                        + "}, which the rule does not give (it gives " + figures.keySet() + ")");
            }
            out.append(format(figures.get(part.figure()), part.format(), language));
        }
        return out.toString();
    }

    /** Literal text, or a placeholder's figure name and format. */
    private record Part(String text, String figure, String format) {
    }

    /**
     * Templates parsed once: they come from the rule metadata of the rule sets loaded, a few
     * hundred at most, and every finding renders two of them.
     */
    private static final Map<String, Part[]> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

    private static Part[] parse(String template) {
        java.util.List<Part> parts = new java.util.ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(template);
        int last = 0;
        while (matcher.find()) {
            if (matcher.start() > last) {
                parts.add(new Part(template.substring(last, matcher.start()), null, null));
            }
            parts.add(new Part(null, matcher.group(1), matcher.group(2)));
            last = matcher.end();
        }
        if (last < template.length()) {
            parts.add(new Part(template.substring(last), null, null));
        }
        return parts.toArray(Part[]::new);
    }

    /** The placeholders' figure names of a template, for checking a rule set before it runs. */
    public static java.util.Set<String> figureNames(String template) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(template);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** An amount of money as a reader of {@code language} expects it: "170.320,00 EUR" or "EUR 170,320.00". */
    public static String money(BigDecimal amount, Language language) {
        String number = decimal(amount, 2, language);
        return language == Language.EN ? "EUR " + number : number + " EUR";
    }

    private static String format(Object value, String format, Language language) {
        if (format == null) {
            if (value instanceof BigDecimal decimal) {
                return decimal.toPlainString();
            }
            return value instanceof LocalDate date ? date(date, language) : String.valueOf(value);
        }
        switch (format) {
            case "money":
                return money(decimalFigure(value, format), language);
            case "percent":
                String number = decimal(decimalFigure(value, format).multiply(HUNDRED), 0, language);
                return language == Language.EN ? number + "%" : number + " %";
            default:
                if (!(value instanceof LocalDate date)) {
                    throw new IllegalArgumentException("the figure " + value + " is not a date");
                }
                return date(date, language);
        }
    }

    private static BigDecimal decimalFigure(Object value, String format) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        throw new IllegalArgumentException("the figure " + value + " cannot be shown as " + format);
    }

    private static String date(LocalDate date, Language language) {
        return language == Language.EN ? date.toString() : GERMAN_DATE.format(date);
    }

    /**
     * One formatter per language and thread ({@link DecimalFormat} is not thread-safe, and building
     * one costs more than formatting with it; every finding formats several amounts).
     */
    private static final ThreadLocal<Map<Language, DecimalFormat>> FORMATS =
            ThreadLocal.withInitial(() -> new java.util.EnumMap<>(Language.class));

    private static String decimal(BigDecimal value, int minDecimals, Language language) {
        DecimalFormat format = FORMATS.get().computeIfAbsent(language, l -> {
            DecimalFormat created = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(l.locale()));
            created.setRoundingMode(RoundingMode.UNNECESSARY);
            return created;
        });
        format.setMinimumFractionDigits(minDecimals);
        format.setMaximumFractionDigits(Math.max(minDecimals, value.stripTrailingZeros().scale()));
        return format.format(value);
    }
}
