package jp.yokoten.governance;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules that look at one line (or one cell) of text. Every excerpt is masked here, at the source, so
 * that no full personal number, phone number, address, token or password ever reaches a finding.
 */
final class TextRules {
    /** Receives one finding; {@code excerpt} is already masked. */
    interface Sink {
        void add(Rule rule, String location, String excerpt);
    }

    /** Where a match at {@code offset} of the (normalised) scanned text is, e.g. "data.csv line 12". */
    interface Locator {
        String at(String text, int offset);
    }

    /** RFC 2606 / RFC 6761 names reserved for documentation: addresses there are samples, not people. */
    private static final Pattern DOCUMENTATION_DOMAIN = Pattern.compile(
            "(?i)(?:^|\\.)(?:example\\.(?:com|net|org|jp)|example|test|invalid|localhost)$");
    /** XML namespaces and schema identifiers that appear in every Office file and are never called. */
    private static final Set<String> NAMESPACE_HOSTS = Set.of("schemas.openxmlformats.org", "schemas.microsoft.com",
            "www.w3.org", "purl.org", "ns.adobe.com", "json-schema.org", "schema.org", "www.xml.org");

    /** Hyphen look-alikes that NFKC leaves alone (U+2010–2015, minus sign). */
    private static final Pattern DASHES = Pattern.compile("[\u2010-\u2015\u2212]");
    // Not inside words: GUIDs and hex ids in app exports hold 12-digit stretches that pass the checksum by chance.
    private static final Pattern MY_NUMBER = Pattern.compile("(?<!\\w)([0-9]{4})[ -]?([0-9]{4})[ -]?([0-9]{4})(?!\\w)");
    // Hyphenated numbers must start with 0 and end the token: product codes such as A03-1234-5678 stay silent.
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w-])(?:\\+81[- ]?|0)(\\d{1,4})[-(](\\d{1,4})[-)](\\d{3,4})(?![\\w-])|(?<![\\w-])0[5789]0\\d{8}(?![\\w-])");
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\w.%+-])([A-Za-z0-9._%+-]+)@((?:[A-Za-z0-9-]+\\.)+[A-Za-z]{2,})(?![\\w-])");
    private static final Pattern POSTAL_ADDRESS = Pattern.compile(
            "〒?[ \\t]*(\\d{3})-\\d{4}[ \\t]*((?:東京都|北海道|大阪府|京都府|\\p{IsHan}{2,3}県)?\\p{IsHan}{1,5}?[区市町村郡])");
    private static final Pattern SECRET_ASSIGNMENT = Pattern.compile(
            "(?i)(?<![A-Za-z0-9])(password|passwd|pwd|secret|client[_-]?secret|api[_-]?key|api[_-]?token|access[_-]?token"
                    + "|auth[_-]?token|private[_-]?key|パスワード)[\"']?[ \\t]*[:=][ \\t]*[\"']?([^\\s\"',;<>{}]{4,})");
    private static final Pattern TOKEN = Pattern.compile(
            "(?i:x-cybozu-api-token)[\"'\\]]*[ \\t]*[:=,][ \\t]*[\"']?([A-Za-z0-9]{20,})"
                    + "|(ghp_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{40,}|xox[abposr]-[A-Za-z0-9-]{10,}|AKIA[0-9A-Z]{16}"
                    + "|sk-[A-Za-z0-9_-]{20,}|eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,})");
    private static final Pattern WEBHOOK = Pattern.compile(
            "(?i)https://(hooks\\.slack\\.com/(?:services|workflows|triggers)/|[\\w.-]*webhook\\.office\\.com/"
                    + "|outlook\\.office\\.com/webhook/|(?:discord|discordapp)\\.com/api/webhooks/"
                    + "|prod-\\d+\\.[\\w-]+\\.logic\\.azure\\.com(?::443)?/workflows/"
                    + "|[\\w.-]+\\.environment\\.api\\.powerplatform\\.com/|chat\\.googleapis\\.com/v1/spaces/)[^\\s\"'<>]+");
    private static final Pattern CONNECTION_STRING = Pattern.compile(
            "(?i)((?:server|data source|host|endpoint|defaultendpointsprotocol|account)=[^;\"'\\n]+;[^\"'\\n]*?"
                    + "(?:password|pwd|accountkey|sharedaccesskey))=([^;\"'\\s]+)"
                    + "|(jdbc:[a-z]+://[^\\s\"']*?[?&;](?:password))=([^&;\\s\"']+)"
                    + "|([a-z][a-z0-9+]*://[^:/\\s\"'@]+):([^@/\\s\"']+)@[\\w.-]+");
    private static final Pattern URL = Pattern.compile("(?i)\\bhttps?://([a-z0-9.-]+\\.[a-z]{2,}|localhost)(?::\\d+)?");
    private static final Set<String> PLACEHOLDERS = Set.of("changeme", "password", "yourpassword", "your_password",
            "your_api_key", "yourapikey", "null", "none", "true", "false", "dummy", "sample", "example", "secret", "undefined");

    private TextRules() {}

    static void scan(String raw, String location, Sink sink) {
        scan(raw, (text, offset) -> location, sink);
    }

    /**
     * Scans a block of text (one cell, or many lines at once: one regex pass per block is far cheaper than
     * one per line). No pattern crosses a line break, so a block holds whole findings.
     */
    static void scan(String raw, Locator location, Sink sink) {
        String line = normalise(raw);
        digitRules(line, location, sink);
        if (line.indexOf('@') >= 0) {
            emails(line, location, sink);
        }
        if (line.indexOf('=') >= 0 || line.indexOf(':') >= 0) {
            secrets(line, location, sink);
        }
        if (line.indexOf("://") >= 0) {
            urls(line, location, sink);
        }
    }

    /**
     * NFKC turns full-width digits, letters and hyphens, half-width kana and circled or squared forms into
     * what the patterns expect. Only blocks holding such compatibility characters pay for it; plain
     * Japanese text (kanji, kana) is already in NFKC.
     */
    static String normalise(String s) {
        boolean compatibility = false;
        boolean dashes = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x2000) {
                continue;
            }
            if (c >= '\u2010' && c <= '\u2015' || c == '\u2212') {
                dashes = true;
            } else if (c <= '\u200b' || c == '\u3000' || c >= '\uff00' && c <= '\uffef' || c >= '\u2460' && c <= '\u24ff'
                    || c >= '\u3200' && c <= '\u33ff' || c >= '\uf900' && c <= '\ufaff') {
                compatibility = true;
            }
        }
        String n = compatibility ? Normalizer.normalize(s, Normalizer.Form.NFKC) : s;
        return dashes ? DASHES.matcher(n).replaceAll("-") : n;
    }

    /**
     * Individual numbers, phone numbers and postal codes all live in runs of digits, spaces, hyphens and
     * brackets; their patterns only run around runs long enough to hold one, so ordinary text, dates and
     * amounts cost one character loop instead of three regex passes.
     */
    private static void digitRules(String text, Locator location, Sink sink) {
        Matcher myNumber = null, phone = null, postal = null;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                i++;
                continue;
            }
            int start = i;
            int digits = 0;
            int segment = 0; // digits since the last separator
            int previous = 0; // digits of the segment before the last hyphen
            boolean postalShape = false; // nnn-nnnn somewhere in the run
            for (; i < n; i++) {
                char d = text.charAt(i);
                if (d >= '0' && d <= '9') {
                    digits++;
                    segment++;
                    postalShape |= previous == 3 && segment == 4;
                } else if (d == '-') {
                    previous = segment;
                    segment = 0;
                } else if (d == ' ' || d == '(' || d == ')') {
                    previous = 0;
                    segment = 0;
                } else {
                    break;
                }
            }
            if (digits >= 10) {
                myNumber = region(myNumber, MY_NUMBER, text, start, i);
                while (myNumber.find()) {
                    String all = myNumber.group(1) + myNumber.group(2) + myNumber.group(3);
                    if (validMyNumber(all)) {
                        sink.add(Rule.MY_NUMBER, location.at(text, myNumber.start()), "********" + all.substring(8, 10) + "**");
                    }
                }
                phone = region(phone, PHONE, text, Math.max(0, start - 1), i); // a leading "+" of +81
                while (phone.find()) {
                    phone(phone.group(), location.at(text, phone.start()), sink);
                }
            }
            if (postalShape) { // dates such as 2025-12-28 have the wrong shape and skip the pattern
                postal = region(postal, POSTAL_ADDRESS, text, Math.max(0, start - 2), Math.min(n, i + 24));
                while (postal.find()) {
                    sink.add(Rule.POSTAL_ADDRESS, location.at(text, postal.start()), "〒" + postal.group(1) + "-**** " + postal.group(2) + "…");
                }
            }
        }
    }

    /** A matcher limited to [start, end) that still sees the characters around it for its look-behinds. */
    private static Matcher region(Matcher reuse, Pattern pattern, String text, int start, int end) {
        Matcher m = reuse == null ? pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false) : reuse;
        return m.region(start, end);
    }

    /** The check digit of the individual number (番号法施行令 第8条): weights 2–7 then 2–6 from the right. */
    static boolean validMyNumber(String digits) {
        if (digits.length() != 12 || digits.chars().distinct().count() == 1) {
            return false;
        }
        int sum = 0;
        for (int n = 1; n <= 11; n++) {
            int p = digits.charAt(11 - n) - '0';
            int q = n <= 6 ? n + 1 : n - 5;
            sum += p * q;
        }
        int remainder = sum % 11;
        int check = remainder <= 1 ? 0 : 11 - remainder;
        return check == digits.charAt(11) - '0';
    }

    private static void phone(String match, String location, Sink sink) {
        String digits = match.replaceAll("\\D", "");
        if (match.startsWith("+81")) {
            digits = "0" + digits.substring(2);
        }
        boolean mobile = digits.matches("0[5789]0\\d{8}");
        if (digits.length() == 10 || mobile) {
            sink.add(Rule.PHONE, location, digits.substring(0, 3) + "-****-**" + digits.substring(digits.length() - 2));
        }
    }

    private static void emails(String line, Locator location, Sink sink) {
        Matcher m = EMAIL.matcher(line);
        while (m.find()) {
            String domain = m.group(2);
            if (!DOCUMENTATION_DOMAIN.matcher(domain).find()) {
                sink.add(Rule.EMAIL, location.at(line, m.start()), m.group(1).charAt(0) + "***@" + domain);
            }
        }
    }

    /** Webhooks, connection strings and known token formats first; a password already reported is not reported twice. */
    private static void secrets(String line, Locator location, Sink sink) {
        List<int[]> reported = new ArrayList<>();
        Matcher w = WEBHOOK.matcher(line);
        while (w.find()) {
            String url = w.group();
            int path = url.indexOf('/', "https://".length());
            sink.add(Rule.WEBHOOK, location.at(line, w.start()), url.substring(0, path + 1) + "****");
            reported.add(new int[] {w.start(), w.end()});
        }
        Matcher c = CONNECTION_STRING.matcher(line);
        while (c.find()) {
            String key = c.group(1) != null ? c.group(1) : c.group(3) != null ? c.group(3) : c.group(5);
            String shown = key.length() > 60 ? key.substring(0, 60) + "…" : key;
            sink.add(Rule.CONNECTION_STRING, location.at(line, c.start()), shown + (c.group(5) != null ? ":****@…" : "=****"));
            reported.add(new int[] {c.start(), c.end()});
        }
        Matcher t = TOKEN.matcher(line);
        while (t.find()) {
            if (!inside(reported, t.start())) {
                String token = t.group(1) != null ? t.group(1) : t.group(2);
                sink.add(Rule.SECRET_TOKEN, location.at(line, t.start()), token.substring(0, 4) + "… (" + token.length() + " characters)");
                reported.add(new int[] {t.start(), t.end()});
            }
        }
        Matcher s = SECRET_ASSIGNMENT.matcher(line);
        while (s.find()) {
            String value = s.group(2);
            if (!placeholder(value) && !inside(reported, s.start(2))) {
                sink.add(Rule.SECRET_ASSIGNMENT, location.at(line, s.start()), s.group(1) + "=**** (" + value.length() + " characters)");
            }
        }
    }

    private static boolean inside(List<int[]> spans, int position) {
        return spans.stream().anyMatch(span -> position >= span[0] && position < span[1]);
    }

    /** Empty values, variables and sample words are how templates ask for a secret without holding one. */
    private static boolean placeholder(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        return v.startsWith("$") || v.startsWith("%") || v.startsWith("<") || v.startsWith("{{") || v.startsWith("process.env")
                || PLACEHOLDERS.contains(v) || v.chars().distinct().count() == 1;
    }

    private static void urls(String line, Locator location, Sink sink) {
        Matcher m = URL.matcher(line);
        while (m.find()) {
            String host = m.group(1).toLowerCase(Locale.ROOT);
            if (!NAMESPACE_HOSTS.contains(host) && !DOCUMENTATION_DOMAIN.matcher(host).find()) {
                sink.add(Rule.EXTERNAL_URL, location.at(line, m.start()), m.group().toLowerCase(Locale.ROOT));
            }
        }
    }
}
