package jp.yokoten.file;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipException;

/** The central directory of a zip as its records say; {@link Archive} checks them against the local headers. */
final class ZipCentralDirectory {
    private ZipCentralDirectory() {}

    record Central(byte[] name, int flags, int method, long crc, long compressedSize, long size, long localOffset) {}

    static List<Central> read(FileChannel channel, long offset, long length, int total, String label) throws IOException {
        List<Central> records = new ArrayList<>(total);
        // Not closed: closing would close the channel, which the caller owns.
        InputStream in = new BufferedInputStream(new ZipStreams.Bounded(Channels.newInputStream(channel.position(offset)), length), Archive.BUFFER);
        long consumed = 0;
        for (int i = 0; i < total; i++) {
            byte[] h = in.readNBytes(46);
            if (h.length < 46 || Archive.u32(h, 0) != Archive.CENTRAL) {
                throw Archive.mismatch(label, "its end record counts " + total + " entries but its central directory holds " + i);
            }
            int nameLength = Archive.u16(h, 28);
            int skip = Archive.u16(h, 30) + Archive.u16(h, 32);
            byte[] name = in.readNBytes(nameLength);
            if (name.length < nameLength) {
                throw new ZipException("truncated central directory");
            }
            in.skipNBytes(skip);
            consumed += 46 + nameLength + skip;
            long compressed = Archive.u32(h, 20);
            long size = Archive.u32(h, 24);
            long localOffset = Archive.u32(h, 42);
            if (compressed == 0xFFFFFFFFL || size == 0xFFFFFFFFL || localOffset == 0xFFFFFFFFL || Archive.u16(h, 34) == 0xFFFF) {
                throw FileNames.refused(label + " is a ZIP64 archive, which a template file of this size never needs; save it as an ordinary zip.");
            }
            records.add(new Central(name, Archive.u16(h, 8), Archive.u16(h, 10), Archive.u32(h, 16), compressed, size, localOffset));
        }
        if (consumed != length) {
            throw Archive.mismatch(label, "its central directory holds more than the " + total + " entries its end record counts");
        }
        return records;
    }

    /** Entry names must be UTF-8, whatever the flag says: a name two tools decode differently is two names. */
    static String decode(byte[] name, String label) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(name)).toString();
        } catch (CharacterCodingException e) {
            throw FileNames.refused(label + " has an entry name that is not UTF-8 (older Windows tools write Shift_JIS names); "
                    + "create the zip with a tool that writes UTF-8 names.");
        }
    }
}
