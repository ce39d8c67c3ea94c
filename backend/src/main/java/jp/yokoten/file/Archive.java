package jp.yokoten.file;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.ZipException;
import jp.yokoten.common.error.InvalidInput;

/**
 * A zip as every reader must see it. Zip tools disagree on where names come from (streaming readers trust
 * the local headers, others the central directory), so an archive whose two copies differ can show a checker
 * {@code AAAA.txt} and an extractor {@code ../../../evil.bat}. Opening parses the central directory, walks the
 * local headers at the offsets it gives, and refuses any difference in count, order, names, methods or sizes,
 * any unsafe or invisible name, and declared sizes beyond the {@link Limits}. Entry data is then read only
 * through {@link #open(Entry)}, never past its declared size.
 *
 * <p>The upload check and the governance scan both read archives through this class, with the same limits
 * (one {@link Budget} per reader, shared by nested archives). Problems come in two kinds: a structure that
 * cannot be read throws {@link ZipException} (the scanner reports a damaged nested archive as a finding),
 * anything hostile or over a limit throws a 400 {@code InvalidInput}. Plain Java, so the scanner's tests and
 * benchmark use it without the application. ZIP64 and encrypted entries are refused: a template file of at
 * most 50 MiB never needs the former, and the latter cannot be checked.
 */
public final class Archive {
    /** The limits of one upload: entries and declared uncompressed bytes over all nesting levels, ratio per archive, depth. */
    public record Limits(int maxEntries, long maxUncompressed, int maxRatio, int maxDepth) {
        public Budget budget() {
            return new Budget(this);
        }
    }

    /** What one reading of an upload has spent so far, its nested archives included. */
    public static final class Budget {
        private final Limits limits;
        private int entries;
        private long uncompressed;

        Budget(Limits limits) {
            this.limits = limits;
        }

        public Limits limits() {
            return limits;
        }

        private void chargeEntries(int count, String archive) {
            entries += count;
            if (entries > limits.maxEntries()) {
                throw FileNames.refused(archive + (archive.equals(OUTER) ? "" : " (with the archives around it)") + " holds more than "
                        + limits.maxEntries() + " entries.");
            }
        }

        private void chargeBytes(long declared, long archiveSize, String archive) {
            long byRatio = Math.max(archiveSize, 1) * limits.maxRatio();
            if (declared > byRatio) {
                throw FileNames.refused(archive + " expands to " + declared + " bytes, more than " + limits.maxRatio()
                        + " times its compressed size of " + archiveSize + " bytes: it looks like a zip bomb.");
            }
            uncompressed += declared;
            if (uncompressed > limits.maxUncompressed()) {
                throw FileNames.refused(archive + (archive.equals(OUTER) ? "" : " (with the archives around it)")
                        + " expands beyond the allowed " + limits.maxUncompressed() + " bytes: it looks like a zip bomb.");
            }
        }
    }

    /** One entry as both directories agree on it; {@code dataOffset} is where its compressed bytes start. */
    public record Entry(String name, int method, long compressedSize, long size, long crc, long dataOffset) {
        public boolean directory() {
            return name.endsWith("/");
        }
    }

    static final String OUTER = "The archive";
    private static final int LOCAL = 0x04034b50;
    static final int CENTRAL = 0x02014b50;
    private static final int END = 0x06054b50;
    private static final int DESCRIPTOR = 0x08074b50;
    private static final int STORED = 0;
    private static final int DEFLATED = 8;
    static final int BUFFER = 64 * 1024;

    private final Path file;
    private final String label;
    private final List<Entry> entries;
    private final Map<String, Entry> byName;

    private Archive(Path file, String label, List<Entry> entries) {
        this.file = file;
        this.label = label;
        this.entries = Collections.unmodifiableList(entries);
        this.byName = new HashMap<>();
        entries.forEach(e -> byName.put(e.name(), e));
    }

    /**
     * Reads and cross-checks the archive's directories and charges its entries and declared sizes to the budget.
     *
     * @param where empty for the uploaded file, else the path of the nested archive inside it (for messages)
     */
    public static Archive open(Path file, Budget budget, String where) throws IOException {
        try {
            return read(file, budget, where);
        } catch (EOFException e) {
            throw new ZipException("truncated archive: " + e.getMessage());
        }
    }

    private static Archive read(Path file, Budget budget, String where) throws IOException {
        String label = where.isEmpty() ? OUTER : "The archive " + where;
        long size = Files.size(file);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            // End of central directory: the comment must run exactly to the end of the file (no trailing data).
            int tailLength = (int) Math.min(size, 22 + 0xFFFF);
            byte[] tail = read(channel, size - tailLength, tailLength);
            int end = -1;
            for (int i = tailLength - 22; i >= 0; i--) {
                if (u32(tail, i) == END && u16(tail, i + 20) == tailLength - i - 22) {
                    end = i;
                    break;
                }
            }
            if (end < 0) {
                throw new ZipException("no end of central directory record");
            }
            int total = u16(tail, end + 10);
            long directorySize = u32(tail, end + 12);
            long directoryOffset = u32(tail, end + 16);
            if (total == 0xFFFF || directorySize == 0xFFFFFFFFL || directoryOffset == 0xFFFFFFFFL) {
                throw FileNames.refused(label + " is a ZIP64 archive, which a template file of this size never needs; save it as an ordinary zip.");
            }
            if (u16(tail, end + 4) != 0 || u16(tail, end + 6) != 0 || u16(tail, end + 8) != total) {
                throw FileNames.refused(label + " claims to span several disks; save it as one ordinary zip.");
            }
            long endOffset = size - tailLength + end;
            if (directoryOffset + directorySize != endOffset) {
                throw mismatch(label, "its central directory is not where its end record says it is");
            }
            budget.chargeEntries(total, label);
            List<ZipCentralDirectory.Central> central = ZipCentralDirectory.read(channel, directoryOffset, directorySize, total, label);
            List<Entry> entries = new ArrayList<>(total);
            java.util.Set<String> names = new java.util.HashSet<>();
            long declared = 0;
            long expected = 0;
            for (int i = 0; i < central.size(); i++) {
                ZipCentralDirectory.Central c = central.get(i);
                String name = ZipCentralDirectory.decode(c.name(), label);
                FileNames.checkEntryName(name, label);
                if (!names.add(name)) {
                    throw FileNames.refused(label + " lists the entry " + FileNames.printable(name) + " twice.");
                }
                if ((c.flags() & 1) != 0) {
                    throw FileNames.refused(label + " holds an encrypted entry (" + FileNames.printable(name) + "), which cannot be checked.");
                }
                if (c.method() != STORED && c.method() != DEFLATED) {
                    throw FileNames.refused(label + " compresses " + FileNames.printable(name) + " with method " + c.method()
                            + "; only stored and deflated entries can be checked.");
                }
                String entry = "entry " + (i + 1) + " (" + FileNames.printable(name) + ")";
                if (c.localOffset() != expected) {
                    throw mismatch(label, entry + " does not start where the entry before it ends: the central directory and the local "
                            + "headers list the entries in a different order, or data is hidden between them");
                }
                if (expected + 30 > directoryOffset) {
                    throw mismatch(label, entry + " has no local header");
                }
                byte[] local = read(channel, expected, 30);
                if (u32(local, 0) != LOCAL) {
                    throw mismatch(label, entry + " has no local header where the central directory points");
                }
                int localFlags = u16(local, 6);
                int nameLength = u16(local, 26);
                int extraLength = u16(local, 28);
                long dataOffset = expected + 30 + nameLength + extraLength;
                if (dataOffset > directoryOffset) {
                    throw mismatch(label, entry + " has a local header that runs into the central directory");
                }
                byte[] localName = read(channel, expected + 30, nameLength);
                if (!Arrays.equals(localName, c.name())) {
                    String shown = new String(localName, StandardCharsets.UTF_8);
                    FileNames.checkEntryName(shown, label);
                    throw mismatch(label, entry + " is named " + FileNames.printable(shown) + " in its local header");
                }
                if (u16(local, 8) != c.method() || (localFlags & 1) != 0) {
                    throw mismatch(label, entry + " has another compression method or encryption in its local header");
                }
                long dataEnd = dataOffset + c.compressedSize();
                if (dataEnd > directoryOffset) {
                    throw mismatch(label, entry + " has data that runs into the central directory");
                }
                long localCrc = u32(local, 14);
                long localCompressed = u32(local, 18);
                long localSize = u32(local, 22);
                int descriptor = 0;
                if ((localFlags & 8) != 0) {
                    // Streamed entries carry crc and sizes after the data; the header copies are zero (or the same).
                    int length = (int) Math.min(16, directoryOffset - dataEnd);
                    if (length < 12) {
                        throw mismatch(label, entry + " has no data descriptor");
                    }
                    byte[] d = read(channel, dataEnd, length);
                    int at = u32(d, 0) == DESCRIPTOR && length == 16 ? 4 : 0;
                    descriptor = at + 12;
                    if (!(agrees(localCrc, c.crc()) && agrees(localCompressed, c.compressedSize()) && agrees(localSize, c.size()))
                            || u32(d, at) != c.crc() || u32(d, at + 4) != c.compressedSize() || u32(d, at + 8) != c.size()) {
                        throw mismatch(label, entry + " has other sizes or checksum in its local header than in the central directory");
                    }
                } else if (localCrc != c.crc() || localCompressed != c.compressedSize() || localSize != c.size()) {
                    throw mismatch(label, entry + " has other sizes or checksum in its local header than in the central directory");
                }
                if (c.method() == STORED && c.compressedSize() != c.size()) {
                    throw mismatch(label, entry + " is stored but declares a different compressed and uncompressed size");
                }
                expected = dataEnd + descriptor;
                declared += c.size();
                entries.add(new Entry(name, c.method(), c.compressedSize(), c.size(), c.crc(), dataOffset));
            }
            if (expected != directoryOffset) {
                throw mismatch(label, "it holds " + (directoryOffset - expected) + " bytes before its central directory that no "
                        + "listed entry accounts for (local entries the central directory does not list)");
            }
            budget.chargeBytes(declared, size, label);
            return new Archive(file, label, entries);
        }
    }

    public List<Entry> entries() {
        return entries;
    }

    public Optional<Entry> entry(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The entry's bytes, inflated, ending at its declared size (never past it); close it. */
    public InputStream open(Entry e) throws IOException {
        return new ZipStreams.Bounded(data(e), e.size());
    }

    /**
     * Inflates every entry once, checking it ends exactly at its declared size with its declared CRC: entries no
     * reader looks into (binary parts are only sniffed) then cannot explode on whoever extracts the file later.
     */
    public void verify() throws IOException {
        byte[] buffer = new byte[BUFFER];
        for (Entry e : entries) {
            CRC32 crc = new CRC32();
            long read = 0;
            try (InputStream in = data(e)) {
                int n;
                while ((n = in.read(buffer, 0, (int) Math.min(buffer.length, e.size() - read + 1))) > 0) {
                    read += n;
                    if (read > e.size()) {
                        throw FileNames.refused(label + " holds " + FileNames.printable(e.name()) + ", which inflates beyond its declared "
                                + e.size() + " bytes: it looks like a zip bomb.");
                    }
                    crc.update(buffer, 0, n);
                }
            }
            if (read != e.size() || crc.getValue() != e.crc()) {
                throw new ZipException("entry " + e.name() + " does not match its declared size or checksum");
            }
        }
    }

    /** The entry's data, inflated, unbounded above; buffers sized to the entry (archives hold many small ones). */
    private InputStream data(Entry e) throws IOException {
        int buffer = (int) Math.max(512, Math.min(BUFFER, e.compressedSize() + 1));
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ).position(e.dataOffset());
        InputStream raw = new BufferedInputStream(new ZipStreams.Bounded(Channels.newInputStream(channel), e.compressedSize()), buffer);
        return e.method() == STORED ? raw : new ZipStreams.Inflating(raw, buffer);
    }

    private static boolean agrees(long local, long central) {
        return local == 0 || local == central;
    }

    static InvalidInput mismatch(String label, String what) {
        return FileNames.refused(label + " is inconsistent: " + what + ". Its central directory and local headers must describe the "
                + "same entries in the same order.");
    }

    private static byte[] read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new EOFException("zip structure beyond the end of the file");
            }
        }
        return buffer.array();
    }

    static int u16(byte[] b, int i) {
        return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8;
    }

    static long u32(byte[] b, int i) {
        return (u16(b, i) | (long) u16(b, i + 2) << 16) & 0xFFFFFFFFL;
    }
}
