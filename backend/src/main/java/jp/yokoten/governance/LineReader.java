package jp.yokoten.governance;

import java.io.IOException;
import java.io.Reader;

/** Feeds text to the {@link TextRules} in blocks of whole lines, naming each finding's line. */
final class LineReader {
    private LineReader() {}

    /**
     * Text in blocks of whole lines (about {@value GovernanceScanner#CHUNK} characters; a longer line is cut), each block
     * scanned in one pass; a finding's line number is counted only when there is a finding.
     */
    static void scan(Reader reader, String where, TextRules.Sink sink) throws IOException {
        char[] buffer = new char[GovernanceScanner.CHUNK];
        StringBuilder block = new StringBuilder(2 * GovernanceScanner.CHUNK);
        int firstLine = 1;
        int n;
        while ((n = reader.read(buffer)) > 0) {
            block.append(buffer, 0, n);
            if (block.length() < GovernanceScanner.CHUNK) {
                continue;
            }
            int cut = block.lastIndexOf("\n") + 1;
            if (cut == 0 && block.length() < 4 * GovernanceScanner.CHUNK) {
                continue; // a long line: wait for its end, up to a limit
            }
            int end = cut == 0 ? block.length() : cut;
            String text = block.substring(0, end);
            scanBlock(text, firstLine, where, sink);
            firstLine += count(text, '\n');
            block.delete(0, end);
        }
        if (!block.isEmpty()) {
            scanBlock(block.toString(), firstLine, where, sink);
        }
    }

    private static int count(String text, char c) {
        int count = 0;
        for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
            count++;
        }
        return count;
    }

    private static void scanBlock(String block, int firstLine, String where, TextRules.Sink sink) {
        TextRules.scan(block, (text, offset) -> {
            int line = firstLine;
            for (int i = 0; i < offset && i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            return where + " line " + line;
        }, sink);
    }
}
