package io.github.foerderregeln.api.internal;

import io.github.foerderregeln.api.Language;
import io.github.foerderregeln.api.Rounding;
import java.math.BigDecimal;
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
 * {@code percent} or {@code date}. Money is shown with exactly two decimals, cut to the cent
 * ({@link Rounding#shown}); every other figure is shown exactly.
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
        if (parts.length == 1 && parts[0].figure() == null) {
            // Nothing to fill (most legal references): every finding of the rule shares the one string.
            return parts[0].text();
        }
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

    /** Whether {@code template} shows the figure {@code name} as money ({@code {name,money}}). */
    public static boolean showsAsMoney(String template, String name) {
        for (Part part : PARSED.computeIfAbsent(template, Messages::parse)) {
            if (name.equals(part.figure()) && "money".equals(part.format())) {
                return true;
            }
        }
        return false;
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
        String number = decimal(Rounding.shown(amount), 2, language);
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

    /** The separators and minus sign of a language's numbers, as {@link DecimalFormatSymbols} gives them. */
    private record Symbols(char grouping, char decimal, char minus) {
        static Symbols of(Language language) {
            DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(language.locale());
            return new Symbols(symbols.getGroupingSeparator(), symbols.getDecimalSeparator(), symbols.getMinusSign());
        }
    }

    private static final Map<Language, Symbols> SYMBOLS = java.util.Arrays.stream(Language.values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(l -> l, Symbols::of));

    /**
     * The value with its language's grouping and decimal separators, every decimal it has and at
     * least {@code minDecimals}: what {@code new DecimalFormat("#,##0")} with those fraction digits
     * prints (MessagesTest holds the two equal), written out directly because formatting through
     * {@link DecimalFormat} was 8 % of an assessment's time in the profile (docs/PERFORMANCE.md).
     * Never rounds: the scale only grows.
     */
    private static String decimal(BigDecimal value, int minDecimals, Language language) {
        Symbols symbols = SYMBOLS.get(language);
        int scale = Math.max(minDecimals, value.stripTrailingZeros().scale());
        String digits = value.abs().setScale(scale).toPlainString();
        int point = digits.indexOf('.');
        int integerDigits = point < 0 ? digits.length() : point;
        StringBuilder out = new StringBuilder(digits.length() + integerDigits / 3 + 1);
        if (value.signum() < 0) {
            out.append(symbols.minus());
        }
        for (int i = 0; i < integerDigits; i++) {
            if (i > 0 && (integerDigits - i) % 3 == 0) {
                out.append(symbols.grouping());
            }
            out.append(digits.charAt(i));
        }
        if (point >= 0) {
            out.append(symbols.decimal()).append(digits, point + 1, digits.length());
        }
        return out.toString();
    }
}
