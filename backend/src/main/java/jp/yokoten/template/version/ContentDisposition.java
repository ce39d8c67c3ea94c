package jp.yokoten.template.version;

import java.nio.charset.StandardCharsets;

/** RFC 6266 attachment header with an ASCII fallback and an RFC 5987 UTF-8 name, so 避難所運営.zip survives. */
final class ContentDisposition {
    private ContentDisposition() {}

    static String attachment(String fileName) {
        StringBuilder ascii = new StringBuilder();
        fileName.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%' ? (char) c : '_'));
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encode(fileName);
    }

    /** RFC 5987 attr-char stays as it is; every other byte of the UTF-8 form is percent-encoded. */
    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
