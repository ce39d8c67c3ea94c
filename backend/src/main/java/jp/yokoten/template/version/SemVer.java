package jp.yokoten.template.version;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.yokoten.common.error.InvalidInput;

/** MAJOR.MINOR.PATCH without pre-release tags: versions of a template must be strictly increasing. */
public record SemVer(int major, int minor, int patch) implements Comparable<SemVer> {
    private static final Pattern FORMAT = Pattern.compile("(0|[1-9]\\d{0,5})\\.(0|[1-9]\\d{0,5})\\.(0|[1-9]\\d{0,5})");

    public static SemVer parse(String value, String field) {
        Matcher m = value == null ? null : FORMAT.matcher(value);
        if (m == null || !m.matches()) {
            throw new InvalidInput(field, "must be a semantic version MAJOR.MINOR.PATCH such as 1.0.0");
        }
        return new SemVer(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    @Override
    public int compareTo(SemVer o) {
        int c = Integer.compare(major, o.major);
        if (c == 0) {
            c = Integer.compare(minor, o.minor);
        }
        return c != 0 ? c : Integer.compare(patch, o.patch);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
