package io.github.tiqu.core.numeral;

import java.util.Optional;

import io.github.tiqu.core.numeral.NumeralParseException.ErrorType;

/**
 * Reads a whole numeral string into an exact {@link Numeral}.
 *
 * <p>The forms, each with an example:
 * <ul>
 * <li>Arabic figures: {@code 1,040,000}, {@code ４，５６５}, {@code 01.10}, {@code .77}, {@code 2e5}, {@code 2.5^-1}</li>
 * <li>Chinese numerals: {@code 三万四千五百六十七}, {@code 一千零五}, {@code 十万零一}, {@code 四万亿}, {@code 四万万},
 *     {@code 五兆六十二億} (兆 = 10^12), financial {@code 壹佰贰拾}, traditional {@code 萬億點兩}, {@code 廿三}, {@code 卅四}</li>
 * <li>mixed: {@code 1.2万}, {@code 3千万}, {@code 5万4千6百}, {@code 2千零30万}, {@code 零點77}</li>
 * <li>colloquial short forms: {@code 三万五} = 35000, {@code 一千二} = 1200, {@code 两百五} = 250, {@code 千一} = 1100</li>
 * <li>decimals with 点: {@code 九十点四}, {@code 一点五万} = 15000, {@code 两千万点五五四四}</li>
 * <li>signs: {@code 负十}, {@code -10.1万}, {@code 负 1200000}</li>
 * <li>digit-by-digit readings: {@code 二零二三} = 2023, {@code 幺八九} = 189, {@code 一二点零} = 12</li>
 * <li>ranges of neighbouring digits ({@link Numeral.Approximation#RANGE}): {@code 三五百} = 300..500,
 *     {@code 十五六} = 15..16, {@code 一万六七} = 16000..17000, {@code 两三} = 2..3</li>
 * <li>more than ({@link Numeral.Approximation#MORE_THAN}): {@code 一百多} = 100, {@code 三千余} = 3000,
 *     {@code 十几} = 10, {@code 一百零几万} = 1000000; a leading unknown digit counts as one:
 *     {@code 几十} = more than 10, {@code 数百万} = more than 1000000</li>
 * <li>fractions: {@code 三分之一} = 0.3333333333, {@code 1/4} = 0.25, {@code 三又三分之一}; exact where the
 *     decimal ends, else rounded half up to 10 places. {@code 百分之五} is a percentage, not read here.</li>
 * <li>dozens: {@code 五打} = 60; half a hundred: {@code 半百} = 50</li>
 * </ul>
 * Spaces may separate the parts of a Chinese numeral ({@code 两千 四 百 五}), not two Arabic figures.
 *
 * <p>Stateless, immutable and thread-safe.
 */
public final class NumeralParser {

    private static final NumeralParser STANDARD = new NumeralParser();

    /** Longer input is refused rather than read: no real numeral has this many characters. */
    public static final int MAX_LENGTH = 400;

    private NumeralParser() {
    }

    public static NumeralParser standard() {
        return STANDARD;
    }

    /** Reads all of {@code s}, or throws with the reason and the offset where reading failed. */
    public Numeral parse(CharSequence s) throws NumeralParseException {
        int n = s.length();
        if (n == 0) {
            throw new NumeralParseException(ErrorType.EMPTY, 0, "empty numeral");
        }
        if (n > MAX_LENGTH) {
            throw new NumeralParseException(ErrorType.TOO_LONG, MAX_LENGTH, "longer than " + MAX_LENGTH);
        }
        Numeral fast = NumeralFastPath.read(s, 0, n);
        if (fast != null) {
            return fast;
        }
        NumeralReader reader = new NumeralReader(s, n, false);
        reader.read(0);
        if (reader.end == n) {
            return toNumeral(reader);
        }
        int at = Math.max(reader.end, 0);
        ErrorType type = reader.errorAt >= at && reader.error != null ? reader.error : classify(s.charAt(at));
        throw new NumeralParseException(type, at, "cannot read '" + s + "' past offset " + at);
    }

    /** Reads all of {@code s}, or returns empty. */
    public Optional<Numeral> tryParse(CharSequence s) {
        int n = s.length();
        if (n == 0 || n > MAX_LENGTH) {
            return Optional.empty();
        }
        Numeral fast = NumeralFastPath.read(s, 0, n);
        if (fast != null) {
            return Optional.of(fast);
        }
        if (NumeralFastPath.refused(s, 0)) {
            return Optional.empty();
        }
        return Optional.ofNullable(readFully(s, n));
    }

    /** The full reader, without the fast path: for the test that both agree. */
    static Numeral readFully(CharSequence s, int n) {
        NumeralReader reader = new NumeralReader(s, n, false);
        reader.read(0);
        return reader.end == n ? toNumeral(reader) : null;
    }

    static Numeral toNumeral(NumeralReader r) {
        if (r.valueMax != null) {
            return new Numeral(r.value, r.valueMax, Numeral.Approximation.RANGE);
        }
        return new Numeral(r.value, null, r.more ? Numeral.Approximation.MORE_THAN : Numeral.Approximation.EXACT);
    }

    /** Why reading stopped at a character that the reader left alone. */
    private static ErrorType classify(char c) {
        NumeralChars chars = NumeralChars.standard();
        return switch (chars.role(c)) {
            case NumeralChars.UNIT, NumeralChars.BIG, NumeralChars.TEN, NumeralChars.TENS -> ErrorType.MISPLACED_UNIT;
            case NumeralChars.DIGIT -> chars.value(c) == 0 ? ErrorType.MISPLACED_ZERO : ErrorType.MISPLACED_DIGIT;
            case NumeralChars.ARABIC, NumeralChars.READING -> ErrorType.MISPLACED_DIGIT;
            case NumeralChars.POINT, NumeralChars.DOT -> ErrorType.MULTIPLE_DECIMAL_POINTS;
            case NumeralChars.NEGATIVE, NumeralChars.MINUS, NumeralChars.PLUS -> ErrorType.MISPLACED_SIGN;
            case NumeralChars.MORE, NumeralChars.SOME, NumeralChars.SOME_LEADING -> ErrorType.MISPLACED_APPROXIMATION;
            case NumeralChars.COMMA -> ErrorType.BAD_GROUPING;
            case NumeralChars.FEN, NumeralChars.ZHI, NumeralChars.YOU, NumeralChars.SLASH, NumeralChars.CARET ->
                ErrorType.INCOMPLETE;
            default -> ErrorType.UNKNOWN_CHARACTER;
        };
    }
}
