package io.github.foerderregeln.api.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.foerderregeln.api.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place where untrusted bytes, numbers and dates become values: every reader of files
 * (applications, scenarios, call data, rule files), every JSON reader and the record
 * constructors ask here, so that a bound is written once and holds everywhere.
 *
 * <ul>
 * <li><b>Files</b> are read through a counting reader that stops one byte after
 *     {@link ApplicationLimits#MAX_FILE_BYTES}, whatever the file is: a regular file is refused
 *     by its size before it is opened, and a device or a pipe that never ends ({@code /dev/zero})
 *     is refused once it has given one byte too many.</li>
 * <li><b>Numbers</b> are bounded by their digits and exponent before anything expands them: an
 *     amount has at most {@value #MAX_INTEGER_DIGITS} digits before the decimal point however it
 *     is written ({@code 1e13}, {@code 1e999999999}); a check never calls {@code toPlainString()},
 *     {@code setScale} or arithmetic on a value that is not yet known to be small.</li>
 * <li><b>Dates</b> are {@code yyyy-MM-dd} with a year from {@value #MIN_YEAR} to {@value #MAX_YEAR}:
 *     no sign, no five-digit year, so that date arithmetic of the rules (a start plus the longest
 *     duration) can never leave the range of {@link LocalDate}.</li>
 * <li><b>JSON</b> must be UTF-8 (overlong and other malformed sequences are refused), nests at most
 *     {@value #MAX_NESTING_DEPTH} levels, and a limit that is exceeded is named by its field.</li>
 * <li><b>Problems</b> are collected up to {@value #MAX_PROBLEMS}; the rest are counted, so that a
 *     hostile file of 60,000 unknown keys gives a short error.</li>
 * </ul>
 */
public final class BoundedInput {
    /** The most digits an amount may have before the decimal point: 999,999,999,999.99 EUR at most. */
    public static final int MAX_INTEGER_DIGITS = 12;
    /** The first year a date may have. */
    public static final int MIN_YEAR = 1;
    /** The last year a date may have. */
    public static final int MAX_YEAR = 9999;
    /** The deepest nesting of JSON arrays and objects. */
    public static final int MAX_NESTING_DEPTH = 32;
    /** The longest number in JSON, in characters; a longer one ends the reading of the file. */
    public static final int MAX_NUMBER_LENGTH = 1_000;
    /** The most problems listed for one input; the others are counted in a last line. */
    public static final int MAX_PROBLEMS = 100;

    /** The longest excerpt of an input value quoted in a message. */
    private static final int SHOWN_CHARACTERS = 60;
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    /** Decimals as written: {@link JsonNodeFactory#numberNode(BigDecimal)} keeps their scale. */
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /**
     * Reads JSON for the tree builder below. Texts and names may be as long as the file; the
     * fields that are texts are bounded where they are read, with their path.
     */
    private static final JsonFactory READER = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxStringLength(ApplicationLimits.MAX_FILE_BYTES)
                    .maxNameLength(ApplicationLimits.MAX_FILE_BYTES)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private BoundedInput() {
    }

    // ------------------------------------------------------------------------------------ files

    /**
     * The bytes of {@code file}, at most {@link ApplicationLimits#MAX_FILE_BYTES}. A regular file
     * larger than that is refused by its size without being read; any other file (a device, a
     * pipe) is read through a counting reader that stops at one byte more.
     *
     * @throws TooLargeException when the file has more bytes than allowed
     * @throws FileSystemException when it is a directory
     * @throws IOException when it cannot be read ({@link java.nio.file.NoSuchFileException},
     *         {@link java.nio.file.AccessDeniedException}, ...)
     */
    public static byte[] readFile(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (attributes.isDirectory()) {
            throw new FileSystemException(file.toString(), null, "is a directory");
        }
        if (attributes.isRegularFile() && attributes.size() > ApplicationLimits.MAX_FILE_BYTES) {
            throw new TooLargeException(attributes.size());
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    /**
     * At most {@link ApplicationLimits#MAX_FILE_BYTES} bytes of {@code in}: never more is held,
     * whatever the stream would give.
     *
     * @throws TooLargeException when the stream has more
     */
    public static byte[] read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(ApplicationLimits.MAX_FILE_BYTES + 1);
        if (bytes.length > ApplicationLimits.MAX_FILE_BYTES) {
            throw new TooLargeException(-1);
        }
        return bytes;
    }

    /** An input of more than {@link ApplicationLimits#MAX_FILE_BYTES} bytes; its message says so in a sentence. */
    public static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        /** @param size the size the file system reports, or -1 when it is not known (a device, a pipe, a stream) */
        TooLargeException(long size) {
            super(size < 0
                    ? "has more than the " + ApplicationLimits.MAX_FILE_BYTES + " bytes (1 MiB) allowed"
                    : "has " + size + " bytes, more than the " + ApplicationLimits.MAX_FILE_BYTES + " (1 MiB) allowed");
        }
    }

    // ---------------------------------------------------------------------------------- numbers

    /**
     * The problem with an amount that has more than {@value #MAX_INTEGER_DIGITS} digits before the
     * decimal point, or null. Decided from precision and scale alone, so that {@code 1E+100000000}
     * is refused at once and never expanded.
     */
    public static String magnitudeProblem(BigDecimal amount) {
        if (amount.signum() != 0 && (long) amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
            return tooManyDigits(show(amount));
        }
        return null;
    }

    /**
     * The problem with a decimal that has more than {@code maxDecimals} decimals once trailing
     * zeros are dropped, or null; cheap for any scale.
     */
    public static String decimalsProblem(BigDecimal value, int maxDecimals) {
        if (value.signum() != 0 && value.stripTrailingZeros().scale() > maxDecimals) {
            return "must have at most " + (maxDecimals == 2 ? "two" : Integer.toString(maxDecimals)) + " decimals (was "
                    + show(value) + ")";
        }
        return null;
    }

    private static String tooManyDigits(String shown) {
        return "must have at most " + MAX_INTEGER_DIGITS + " digits before the decimal point (was " + shown + ")";
    }

    /**
     * A decimal for a message, short whatever its size: plain when it is small
     * ({@code 212900.50}), in scientific notation when its exponent is large
     * ({@code 1E+999999999}), and rounded with its number of digits when it has very many.
     */
    public static String show(BigDecimal value) {
        int precision = value.precision();
        if (precision > 34) {
            return value.round(new MathContext(6)).toString() + " (" + precision + " digits)";
        }
        if (Math.abs((long) value.scale()) <= 34) {
            return value.toPlainString();
        }
        return value.toString();
    }

    /**
     * A JSON number as a node, bounded: an integer or decimal node when {@link BigDecimal} can
     * hold it, else (an exponent beyond the range of {@code int}, such as {@code 1e99999999999})
     * an {@link OutOfRange} that every reader refuses with its field.
     */
    private static JsonNode number(String text, boolean integral) {
        if (integral) {
            BigInteger value = new BigInteger(text);
            return value.bitLength() < 32 ? NODES.numberNode(value.intValue())
                    : value.bitLength() < 64 ? NODES.numberNode(value.longValue()) : NODES.numberNode(value);
        }
        try {
            return NODES.numberNode(new BigDecimal(text));
        } catch (NumberFormatException e) {
            return NODES.pojoNode(new OutOfRange(text));
        }
    }

    /**
     * A number whose exponent no {@link BigDecimal} can hold. It is never a valid value: a large
     * one has too many digits before the decimal point, a small one too many decimals.
     *
     * @param text the number as written
     */
    record OutOfRange(String text) implements com.fasterxml.jackson.databind.JsonSerializable {
        /** Written back as the number it was, so that a tree that is written and read again keeps the problem. */
        @Override
        public void serialize(com.fasterxml.jackson.core.JsonGenerator json,
                com.fasterxml.jackson.databind.SerializerProvider provider) throws IOException {
            json.writeNumber(text);
        }

        @Override
        public void serializeWithType(com.fasterxml.jackson.core.JsonGenerator json,
                com.fasterxml.jackson.databind.SerializerProvider provider,
                com.fasterxml.jackson.databind.jsontype.TypeSerializer type) throws IOException {
            serialize(json, provider);
        }

        /** Whether its exponent is positive: too large, rather than too many decimals. */
        boolean large() {
            int e = text.toLowerCase(Locale.ROOT).indexOf('e');
            return e >= 0 && text.charAt(e + 1) != '-';
        }

        /** The problem of a field holding it. */
        String problem() {
            String shown = show(text);
            return large() ? tooManyDigits(shown) : "has too many decimals (was " + shown + ")";
        }
    }

    /** The problem of a node that holds an {@link OutOfRange} number, or null. */
    static String outOfRange(JsonNode value) {
        return value.isPojo() && ((com.fasterxml.jackson.databind.node.POJONode) value).getPojo() instanceof OutOfRange o
                ? o.problem() : null;
    }

    // ------------------------------------------------------------------------------------ dates

    /**
     * The date {@code text} names as {@code yyyy-MM-dd} with a year from {@value #MIN_YEAR} to
     * {@value #MAX_YEAR}, or null: no sign, no other number of digits, no day that does not exist.
     */
    public static LocalDate date(String text) {
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        if (year < MIN_YEAR) {
            return null;
        }
        try {
            return LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The problem with a date outside the years {@value #MIN_YEAR} to {@value #MAX_YEAR}, or null. */
    public static String dateProblem(LocalDate date) {
        if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
            return "must be a date in the years 0001 to 9999 (was " + date + ")";
        }
        return null;
    }

    // ------------------------------------------------------------------------------------ texts

    /** The problem with a text longer than {@link ApplicationLimits#MAX_TEXT_LENGTH} characters, or null. */
    public static String lengthProblem(String text) {
        return text.length() > ApplicationLimits.MAX_TEXT_LENGTH
                ? "must have at most " + ApplicationLimits.MAX_TEXT_LENGTH + " characters (has " + text.length() + ")"
                : null;
    }

    // ------------------------------------------------------------------------------------- JSON

    /**
     * The JSON tree of {@code json}, or null after adding why there is none to {@code problems}:
     * not UTF-8, malformed, nested too deep, a number too long. Numbers are read exactly, and
     * bounded ({@link #number}); a limit that is exceeded is named by the path of its field.
     *
     * @param json the bytes, at most {@link ApplicationLimits#MAX_FILE_BYTES}; not null
     * @param root the path that names the whole document in a problem, such as {@code $}
     * @param problems where problems go; not null
     */
    public static JsonNode parse(byte[] json, String root, List<Problem> problems) {
        if (json.length > ApplicationLimits.MAX_FILE_BYTES) {
            problems.add(new Problem(root, "the input has " + json.length + " bytes, more than the "
                    + ApplicationLimits.MAX_FILE_BYTES + " (1 MiB) allowed"));
            return null;
        }
        char[] text;
        try {
            text = utf8(json);
        } catch (MalformedUtf8 e) {
            problems.add(new Problem(root, "malformed JSON: " + e.getMessage()));
            return null;
        }
        try (JsonParser parser = READER.createParser(text)) {
            try {
                JsonToken first = parser.nextToken();
                if (first == null) {
                    problems.add(new Problem(root, "malformed JSON: the input is empty"));
                    return null;
                }
                JsonNode tree = value(parser, first);
                JsonToken trailing = parser.nextToken();
                if (trailing != null) {
                    problems.add(new Problem(root, "malformed JSON at line " + parser.currentTokenLocation().getLineNr()
                            + ", column " + parser.currentTokenLocation().getColumnNr()
                            + ": more content after the end of the document"));
                    return null;
                }
                return tree;
            } catch (StreamConstraintsException e) {
                problems.add(limitProblem(parser, e, root));
                return null;
            }
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            problems.add(new Problem(root, "malformed JSON" + where + ": " + brief(e.getOriginalMessage())));
            return null;
        } catch (IOException e) {
            problems.add(new Problem(root, "unreadable input: " + brief(e.getMessage())));
            return null;
        }
    }

    /** The value that starts with {@code token}; recursion is bounded by {@link #MAX_NESTING_DEPTH}. */
    private static JsonNode value(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    object.set(name, value(parser, parser.nextToken()));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                JsonToken next;
                while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
                    array.add(value(parser, next));
                }
                return array;
            }
            case VALUE_STRING -> {
                return NODES.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return number(parser.getText(), true);
            }
            case VALUE_NUMBER_FLOAT -> {
                return number(parser.getText(), false);
            }
            case VALUE_TRUE -> {
                return NODES.booleanNode(true);
            }
            case VALUE_FALSE -> {
                return NODES.booleanNode(false);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw new IllegalStateException("a JSON parser gave " + token + " where a value starts");
        }
    }

    /** A limit of the parser exceeded, named by the field it is in rather than by the parser's words. */
    private static Problem limitProblem(JsonParser parser, StreamConstraintsException e, String root) {
        String path = path(parser.getParsingContext());
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String problem;
        if (message.startsWith("Document nesting depth")) {
            // The field whose value nests too deep, not the 32 array indexes inside it.
            path = path.replaceFirst("(\\[\\d+])+$", "");
            problem = "nests arrays or objects deeper than the " + MAX_NESTING_DEPTH + " levels allowed";
        } else if (message.startsWith("Number value length")) {
            problem = "is a number of more than " + MAX_NUMBER_LENGTH + " characters";
        } else {
            problem = "exceeds a limit of the JSON reader at line " + parser.currentLocation().getLineNr();
        }
        return new Problem(path.isEmpty() ? root : path, problem);
    }

    /**
     * The path of the value the parser is at, in the form problems name fields:
     * {@code costs[0].amount}; empty at the root.
     */
    static String path(JsonStreamContext context) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.add("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                parts.add("." + name(c.getCurrentName()));
            }
        }
        StringBuilder path = new StringBuilder();
        for (int i = parts.size() - 1; i >= 0; i--) {
            path.append(parts.get(i));
        }
        return path.length() > 0 && path.charAt(0) == '.' ? path.substring(1) : path.toString();
    }

    /** A field name as it appears in a path: shortened when it is absurdly long. */
    public static String name(String name) {
        return name.length() <= SHOWN_CHARACTERS ? name
                : name.substring(0, SHOWN_CHARACTERS) + "...(" + name.length() + " characters)";
    }

    /**
     * A value of the input for a message: JSON as written for a scalar, shortened to
     * {@value #SHOWN_CHARACTERS} characters; only the kind for an array or object.
     */
    public static String show(JsonNode value) {
        String outOfRange = value.isPojo() ? outOfRange(value) : null;
        if (outOfRange != null) {
            return show(((OutOfRange) ((com.fasterxml.jackson.databind.node.POJONode) value).getPojo()).text());
        }
        if (value.isObject()) {
            return "a JSON object";
        }
        if (value.isArray()) {
            return "a JSON array of " + value.size();
        }
        if (value.isBigDecimal()) {
            return show(value.decimalValue());
        }
        return show(value.toString());
    }

    /** A text for a message, at most {@value #SHOWN_CHARACTERS} characters and a note of how long it was. */
    public static String show(String text) {
        return text.length() <= SHOWN_CHARACTERS ? text
                : text.substring(0, SHOWN_CHARACTERS) + "...(" + text.length() + " characters)";
    }

    /** A message of the parser, which may quote the input: at most a few hundred characters. */
    private static String brief(String message) {
        String text = String.valueOf(message);
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }

    /**
     * {@code json} decoded strictly as UTF-8: overlong forms, encoded surrogates and bytes that
     * start no sequence are refused. A leading byte order mark is dropped.
     */
    private static char[] utf8(byte[] json) throws MalformedUtf8 {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(json);
        CharBuffer out = CharBuffer.allocate(json.length);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new MalformedUtf8("the input is not UTF-8 (byte " + (in.position() + 1) + " starts no valid sequence)");
        }
        decoder.flush(out);
        out.flip();
        int start = out.length() > 0 && out.charAt(0) == '\uFEFF' ? 1 : 0;
        char[] chars = new char[out.length() - start];
        out.position(start);
        out.get(chars);
        return chars;
    }

    private static final class MalformedUtf8 extends CharacterCodingException {
        private static final long serialVersionUID = 1L;
        private final String message;

        MalformedUtf8(String message) {
            this.message = message;
        }

        @Override
        public String getMessage() {
            return message;
        }
    }

    // --------------------------------------------------------------------------------- problems

    /**
     * A list that keeps the first {@value #MAX_PROBLEMS} problems added and counts the rest; when
     * there are more, its last element says how many more there were (at {@code $}, the whole
     * input). Collect every problem into it as into any list.
     */
    public static List<Problem> problems() {
        return new ProblemList();
    }

    private static final class ProblemList extends AbstractList<Problem> {
        private final List<Problem> kept = new ArrayList<>();
        private long omitted;

        @Override
        public boolean add(Problem problem) {
            if (kept.size() < MAX_PROBLEMS) {
                kept.add(problem);
            } else {
                omitted++;
            }
            return true;
        }

        @Override
        public Problem get(int index) {
            if (index == kept.size() && omitted > 0) {
                return new Problem("$", "... and " + omitted + " more " + (omitted == 1 ? "problem" : "problems")
                        + " (only the first " + MAX_PROBLEMS + " are listed)");
            }
            return kept.get(index);
        }

        @Override
        public int size() {
            return kept.size() + (omitted > 0 ? 1 : 0);
        }
    }
}
