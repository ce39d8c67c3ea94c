package jp.yokoten.governance;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import jp.yokoten.file.Archive;

/**
 * Workbook parts (xlsx, xlsm): shared strings, each scanned and kept only as a compact class, and worksheets
 * whose rows, cells resolved through those classes, feed the tabular rule. XML is read without DTDs or
 * external entities.
 */
final class XlsxReader {
    private static final XMLInputFactory XML = safeXml();

    private XlsxReader() {}

    /** Shared strings of a workbook, each scanned, kept as a compact class for the tabular rule. */
    static List<String> sharedStrings(Archive zip, String prefix, Function<String, TextRules.Sink> sinks) throws IOException {
        Archive.Entry e = zip.entry("xl/sharedStrings.xml").orElse(null);
        if (e == null) {
            return List.of();
        }
        List<String> classes = new ArrayList<>();
        String where = prefix + e.name();
        TextRules.Sink sink = sinks.apply(where);
        try (InputStream in = zip.open(e)) {
            XMLStreamReader x = XML.createXMLStreamReader(in);
            StringBuilder text = new StringBuilder();
            boolean inText = false;
            while (x.hasNext()) {
                int event = x.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (x.getLocalName().equals("si")) {
                        text.setLength(0);
                    }
                    inText = x.getLocalName().equals("t");
                } else if (event == XMLStreamConstants.CHARACTERS && inText && text.length() < GovernanceScanner.CHUNK) {
                    text.append(x.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    inText = false;
                    if (x.getLocalName().equals("si")) {
                        String s = text.toString();
                        TextRules.scan(s, where + " string " + (classes.size() + 1), sink);
                        classes.add(classify(s));
                    }
                }
            }
        } catch (XMLStreamException ex) {
            return classes; // a damaged part: the text rules saw what could be read
        }
        return classes;
    }

    /** Rows of one worksheet, cells resolved through the shared strings, fed to the tabular rule. */
    static void worksheet(InputStream in, String where, List<String> shared, TextRules.Sink sink) throws IOException {
        Tabular.Table table = new Tabular.Table();
        try (in) {
            XMLStreamReader x = XML.createXMLStreamReader(in);
            List<String> row = new ArrayList<>();
            String rowNumber = "", cellRef = "", cellType = "";
            StringBuilder value = new StringBuilder();
            boolean inValue = false;
            while (x.hasNext()) {
                int event = x.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (x.getLocalName()) {
                        case "row" -> {
                            row.clear();
                            rowNumber = String.valueOf(x.getAttributeValue(null, "r"));
                        }
                        case "c" -> {
                            cellRef = String.valueOf(x.getAttributeValue(null, "r"));
                            cellType = String.valueOf(x.getAttributeValue(null, "t"));
                            value.setLength(0);
                        }
                        case "v", "t" -> inValue = true;
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.CHARACTERS && inValue && value.length() < GovernanceScanner.CHUNK) {
                    value.append(x.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    switch (x.getLocalName()) {
                        case "v", "t" -> inValue = false;
                        case "c" -> {
                            String cell = value.toString();
                            if (cellType.equals("s")) {
                                cell = sharedClass(shared, cell);
                            } else if (!cell.isEmpty()) {
                                TextRules.scan(cell, where + " cell " + cellRef, sink);
                            }
                            int column = column(cellRef);
                            while (row.size() < column) {
                                row.add(null);
                            }
                            if (column >= 0 && column < 16384) {
                                row.add(cell);
                            }
                        }
                        case "row" -> table.row(row, where + " row " + rowNumber, true);
                        default -> { }
                    }
                }
            }
        } catch (XMLStreamException ex) {
            // a damaged worksheet: report what was read
        }
        table.report(sink);
    }

    private static final String NAME_CLASS = "氏名";
    private static final String BIRTH_CLASS = "生年月日";
    private static final String DATE_CLASS = "2000-01-01";
    private static final String TEXT_CLASS = "x";

    /** What the tabular rule needs to know of a shared string, without keeping the string. */
    private static String classify(String s) {
        if (s.isBlank()) {
            return "";
        }
        if (Tabular.isNameHeader(s)) {
            return NAME_CLASS;
        }
        if (Tabular.isBirthHeader(s)) {
            return BIRTH_CLASS;
        }
        return Tabular.isDate(s) ? DATE_CLASS : TEXT_CLASS;
    }

    private static String sharedClass(List<String> shared, String index) {
        try {
            int i = Integer.parseInt(index.strip());
            return i >= 0 && i < shared.size() ? shared.get(i) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Zero-based column of a cell reference such as "B3"; -1 when there is none. */
    static int column(String ref) {
        int col = 0;
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            col = col * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
        }
        return i == 0 ? -1 : col - 1;
    }

    private static XMLInputFactory safeXml() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        return f;
    }
}
