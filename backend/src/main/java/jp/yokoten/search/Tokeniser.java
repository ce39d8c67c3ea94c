package jp.yokoten.search;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The search tokeniser in Java, identical to the SQL functions of V4 ({@code yokoten_normalize},
 * {@code yokoten_words}, {@code yokoten_word_tokens}, {@code yokoten_tokens}) and to PostgreSQL's
 * {@code hashtext}: a query is tokenised without a round trip, while documents keep being indexed by the
 * SQL functions (the benchmark generator uses them too). {@code TokeniserPropertyTest} proves the two agree.
 * Lengths and substrings count code points, as PostgreSQL's {@code length} and {@code substr} do.
 */
public final class Tokeniser {
    /** At most this many query words are used; more only narrow an already tiny result. */
    public static final int MAX_WORDS = 10;

    private Tokeniser() {}

    /** NFKC, then lower case per code point (glibc towlower is one-to-one, so is this). */
    public static String normalize(String text) {
        String nfkc = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        nfkc.codePoints().forEach(c -> out.appendCodePoint(Character.toLowerCase(c)));
        return out.toString();
    }

    /** Maximal runs of letters and digits of the normalised text ({@code [^[:alnum:]]+} separates). */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        normalize(text).codePoints().forEach(c -> {
            if (alnum(c)) {
                word.appendCodePoint(c);
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        });
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    /** What a query word must find: itself if one character, else its bigrams. */
    public static List<String> wordTokens(String word) {
        int[] cps = word.codePoints().toArray();
        if (cps.length == 1) {
            return List.of(word);
        }
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i + 1 < cps.length; i++) {
            tokens.add(new String(cps, i, 2));
        }
        return tokens;
    }

    /** What a document offers: every unigram and bigram of every word, without repeats. */
    public static Set<String> documentTokens(String text) {
        Set<String> tokens = new LinkedHashSet<>();
        for (String w : words(text)) {
            int[] cps = w.codePoints().toArray();
            for (int i = 0; i < cps.length; i++) {
                tokens.add(new String(cps, i, 1));
                if (i + 1 < cps.length) {
                    tokens.add(new String(cps, i, 2));
                }
            }
        }
        return tokens;
    }

    /** A query: per word (at most {@link #MAX_WORDS}) the tokens it must find. */
    public static List<List<String>> query(String text) {
        List<List<String>> query = new ArrayList<>();
        if (text == null) {
            return query;
        }
        for (String w : words(text)) {
            if (query.size() == MAX_WORDS) {
                break;
            }
            query.add(wordTokens(w));
        }
        return query;
    }

    /**
     * [:alnum:] as PostgreSQL's regex sees it under a UTF-8 libc locale (iswalnum): Unicode letters
     * including letter-like numbers (〇, Ⅻ) and marks that are alphabetic, plus decimal digits.
     */
    static boolean alnum(int c) {
        return Character.isAlphabetic(c) || Character.isDigit(c);
    }

    /** PostgreSQL's {@code hashtext} (Bob Jenkins' lookup3 {@code hash_bytes} over UTF-8, little-endian build). */
    public static int hashtext(String token) {
        byte[] k = token.getBytes(StandardCharsets.UTF_8);
        int len = k.length;
        int a = 0x9e3779b9 + len + 3923095;
        int b = a;
        int c = a;
        int i = 0;
        while (len - i >= 12) {
            a += le(k, i);
            b += le(k, i + 4);
            c += le(k, i + 8);
            // mix(a, b, c)
            a -= c; a ^= Integer.rotateLeft(c, 4); c += b;
            b -= a; b ^= Integer.rotateLeft(a, 6); a += c;
            c -= b; c ^= Integer.rotateLeft(b, 8); b += a;
            a -= c; a ^= Integer.rotateLeft(c, 16); c += b;
            b -= a; b ^= Integer.rotateLeft(a, 19); a += c;
            c -= b; c ^= Integer.rotateLeft(b, 4); b += a;
            i += 12;
        }
        int rest = len - i;
        // the tail as PostgreSQL adds it; the lowest byte of c is reserved for the length
        if (rest >= 11) c += (k[i + 10] & 0xff) << 24;
        if (rest >= 10) c += (k[i + 9] & 0xff) << 16;
        if (rest >= 9) c += (k[i + 8] & 0xff) << 8;
        if (rest >= 8) b += (k[i + 7] & 0xff) << 24;
        if (rest >= 7) b += (k[i + 6] & 0xff) << 16;
        if (rest >= 6) b += (k[i + 5] & 0xff) << 8;
        if (rest >= 5) b += k[i + 4] & 0xff;
        if (rest >= 4) a += (k[i + 3] & 0xff) << 24;
        if (rest >= 3) a += (k[i + 2] & 0xff) << 16;
        if (rest >= 2) a += (k[i + 1] & 0xff) << 8;
        if (rest >= 1) a += k[i] & 0xff;
        // final(a, b, c)
        c ^= b; c -= Integer.rotateLeft(b, 14);
        a ^= c; a -= Integer.rotateLeft(c, 11);
        b ^= a; b -= Integer.rotateLeft(a, 25);
        c ^= b; c -= Integer.rotateLeft(b, 16);
        a ^= c; a -= Integer.rotateLeft(c, 4);
        b ^= a; b -= Integer.rotateLeft(a, 14);
        c ^= b; c -= Integer.rotateLeft(b, 24);
        return c;
    }

    private static int le(byte[] k, int i) {
        return (k[i] & 0xff) | (k[i + 1] & 0xff) << 8 | (k[i + 2] & 0xff) << 16 | (k[i + 3] & 0xff) << 24;
    }
}
