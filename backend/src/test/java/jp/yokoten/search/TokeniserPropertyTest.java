package jp.yokoten.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The Java tokeniser equals the SQL one (V4's functions and PostgreSQL's hashtext) on random strings drawn
 * from what staff type: kanji, kana (full and half width), Latin and digits in both widths, Japanese and
 * ASCII punctuation, spaces (ideographic too), letter-like numbers and a few accented and Greek letters.
 * A fixed seed per run is printed in the failure message so a counterexample can be replayed.
 */
@QuarkusTest
class TokeniserPropertyTest {
    private static final int[][] RANGES = {
        {0x20, 0x7e}, {0x3000, 0x303f}, {0x3041, 0x3096}, {0x309b, 0x30ff}, {0x4e00, 0x4e00 + 400}, {0x7a00, 0x7a00 + 200},
        {0xff01, 0xff5e}, {0xff61, 0xff9f}, {0xc0, 0xff}, {0x391, 0x3c9}, {0x2160, 0x216b}, {0x2460, 0x2473}, {0x3220, 0x3243},
        {0x30fc, 0x30fc}, {0x3005, 0x3007}, {0x1f600, 0x1f610}, {0xa, 0xa}, {0x20000, 0x20010}
    };

    @Inject
    AgroalDataSource dataSource;

    private static String randomText(Random r) {
        StringBuilder s = new StringBuilder();
        int n = r.nextInt(16);
        for (int i = 0; i < n; i++) {
            int[] range = RANGES[r.nextInt(RANGES.length)];
            s.appendCodePoint(range[0] + r.nextInt(range[1] - range[0] + 1));
        }
        return s.toString();
    }

    @Test
    void javaAndSqlTokeniseEveryRandomStringAlike() throws SQLException {
        long seed = System.nanoTime();
        Random r = new Random(seed);
        List<String> samples = new ArrayList<>(List.of("ＡＩ－ＯＣＲ", "保育 申請", "ｋｉｎｔｏｎｅ", "国民健康保険", "税", "ｶﾞｲﾄﾞ", "Ⅻ〇々ー", "a", ""));
        for (int i = 0; i < 3000; i++) {
            samples.add(randomText(r));
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement("""
                SELECT x, yokoten_normalize(x), yokoten_words(x), yokoten_tokens(x),
                       ARRAY(SELECT hashtext(t) FROM unnest(yokoten_tokens(x)) t),
                       ARRAY(SELECT array_to_string(yokoten_word_tokens(w), ' ') FROM unnest(yokoten_words(x)) w)
                FROM unnest(?::text[]) WITH ORDINALITY u(x, n) ORDER BY n""")) {
            st.setArray(1, c.createArrayOf("text", samples.toArray()));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String x = rs.getString(1);
                    String why = "seed " + seed + ", input " + x.codePoints().mapToObj(Integer::toHexString).toList();
                    assertEquals(rs.getString(2), Tokeniser.normalize(x), why);
                    assertEquals(List.of((String[]) rs.getArray(3).getArray()), Tokeniser.words(x), why);
                    Set<String> tokens = new HashSet<>(List.of((String[]) rs.getArray(4).getArray()));
                    assertEquals(tokens, Tokeniser.documentTokens(x), why);
                    Set<Integer> hashes = new HashSet<>(Arrays.asList((Integer[]) rs.getArray(5).getArray()));
                    Set<Integer> javaHashes = new HashSet<>();
                    tokens.forEach(t -> javaHashes.add(Tokeniser.hashtext(t)));
                    assertEquals(hashes, javaHashes, why);
                    List<String> perWord = Tokeniser.words(x).stream().map(w -> String.join(" ", Tokeniser.wordTokens(w))).toList();
                    assertEquals(List.of((String[]) rs.getArray(6).getArray()), perWord, why);
                }
            }
        }
    }
}
