package io.github.tiqu.core.numeral;

import java.util.Random;

/** Random strings for the property tests: mostly numeral characters, now and then any UTF-16 unit. */
final class RandomText {

    private final Random random;
    private final String alphabet;

    RandomText(long seed, String alphabet) {
        this.random = new Random(seed);
        this.alphabet = alphabet;
    }

    /** A string of up to {@code maxLength - 1} characters, one in {@code wild} of them any code unit. */
    String next(int maxLength, int wild) {
        int len = random.nextInt(maxLength);
        StringBuilder b = new StringBuilder(len);
        for (int i = 0; i < len; i++) {
            b.append(random.nextInt(wild) == 0 ? (char) random.nextInt(0x10000)
                    : alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}
