package jp.yokoten.file;

import java.util.List;
import java.util.Locale;
import jp.yokoten.common.error.InvalidInput;
import jp.yokoten.common.error.Problem;

/**
 * Rules for the names a file arrives with: the uploaded file name and every entry name inside an archive.
 * Invisible characters are refused because they make a name read differently from what it is
 * ("請求書" + U+202E + "fdp.csv" is a CSV file that shows on screen as "請求書vsc.pdf").
 */
public final class FileNames {
    static final String FIELD = "file";
    private static final int MAX_ENTRY_NAME = 1024;

    private FileNames() {}

    /** A 400 whose detail and field message both say what is wrong with the file. */
    public static InvalidInput refused(String message) {
        return new InvalidInput(message, List.of(new Problem.FieldError(FIELD, message)));
    }

    /** The uploaded file's own name: a plain name with an extension, no path, nothing invisible. */
    public static void checkUploadName(String name) {
        if (name == null || name.isBlank()) {
            throw refused("The file needs a file name.");
        }
        if (name.length() > 255) {
            throw refused("The file name is longer than 255 characters.");
        }
        checkCharacters(name, "The file name");
        if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0) {
            throw refused("The file name must not contain path separators ('/' or '\\'): " + printable(name));
        }
        if (name.equals(".") || name.equals("..")) {
            throw refused("The file name is not a name.");
        }
        if (extension(name).isEmpty()) {
            throw refused("The file name " + printable(name) + " has no extension; name it after its content, e.g. .zip, .xlsx, .csv, .json or .pdf.");
        }
    }

    /** An entry of a zip: relative, without '..', backslashes or drive letters, nothing invisible. */
    public static void checkEntryName(String name, String archive) {
        if (name.isEmpty()) {
            throw refused(archive + " contains an entry without a name.");
        }
        if (name.length() > MAX_ENTRY_NAME) {
            throw refused(archive + " contains an entry name longer than " + MAX_ENTRY_NAME + " characters.");
        }
        checkCharacters(name, archive + " contains an entry name that");
        boolean absolute = name.startsWith("/");
        boolean drive = name.length() > 1 && name.charAt(1) == ':';
        boolean backslash = name.indexOf('\\') >= 0;
        boolean traversal = ("/" + name + "/").contains("/../");
        if (absolute || drive || backslash || traversal) {
            throw refused(archive + " contains an unsafe entry name (absolute path, drive letter, backslash or '..'): "
                    + printable(name));
        }
    }

    /** The extension after the last dot, lower case; empty when there is none. */
    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot == name.length() - 1 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * Control characters (Cc), format characters (Cf: bidi controls such as U+202E, zero-width joiners, BOM)
     * and lone surrogates (Cs, a broken UTF-16 name) are all invisible or ambiguous on screen.
     */
    private static void checkCharacters(String name, String subject) {
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            int type = Character.getType(c);
            String kind = switch (type) {
                case Character.CONTROL -> "a control character";
                case Character.FORMAT -> "an invisible format character (bidi control, zero-width character or BOM)";
                case Character.SURROGATE -> "a lone surrogate (a broken character)";
                default -> null;
            };
            if (kind != null) {
                throw refused(subject + " contains " + kind + ", "
                        + String.format("U+%04X", c) + ": " + printable(name));
            }
            i += Character.charCount(c);
        }
    }

    /** The name as it can be shown in an error: invisible characters spelled out as \\uXXXX, cut at 100. */
    static String printable(String s) {
        StringBuilder out = new StringBuilder("'");
        s.codePoints().limit(100).forEach(c -> {
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        if (s.codePointCount(0, s.length()) > 100) {
            out.append('…');
        }
        return out.append('\'').toString();
    }
}
