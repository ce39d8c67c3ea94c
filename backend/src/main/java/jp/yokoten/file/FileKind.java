package jp.yokoten.file;

import java.util.List;

/**
 * The kinds of file Yokoten accepts (SPEC §5), each with the extensions its name may carry (case-insensitive).
 * The kind is decided by content; the name must then fit it, so a CSV cannot travel as {@code invoice.hta}.
 */
public enum FileKind {
    ZIP("a zip archive", List.of("zip")),
    OOXML("an Office Open XML document", List.of("xlsx", "xlsm", "docx", "pptx")),
    MSAPP("a Power Apps package", List.of("msapp")),
    JSON("JSON", List.of("json")),
    CSV("CSV text", List.of("csv", "tsv", "txt")),
    PDF("a PDF document", List.of("pdf"));

    private final String description;
    private final List<String> extensions;

    FileKind(String description, List<String> extensions) {
        this.description = description;
        this.extensions = extensions;
    }

    public boolean fits(String fileName) {
        return extensions.contains(FileNames.extension(fileName));
    }

    /** Refuses a name whose extension does not fit this kind, saying which extensions would. */
    public void requireFits(String fileName) {
        if (!fits(fileName)) {
            throw FileNames.refused("The file name " + FileNames.printable(fileName) + " does not fit its content: the file is "
                    + description + ", which must be named ." + String.join(", .", extensions) + ".");
        }
    }
}
