package nl.functiehuis.importer.format;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a zip by hand, so a test can put in entries compressed elsewhere and declare any size for
 * them: a zip bomb of a gigabyte needs no gigabyte of work, and a lying one no special tool.
 */
final class RawZip {
    /** One entry: its bytes as stored (deflated when {@code deflated}), checksum, and the unpacked size to declare. */
    record Entry(String name, byte[] stored, boolean deflated, long crc, long declaredSize) {}

    private RawZip() {}

    static byte[] write(List<Entry> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream central = new ByteArrayOutputStream();
        for (Entry e : entries) {
            byte[] name = e.name().getBytes(StandardCharsets.UTF_8);
            int offset = out.size();
            out.writeBytes(header(0x04034b50, e, name, -1));
            out.writeBytes(name);
            out.writeBytes(e.stored());
            central.writeBytes(header(0x02014b50, e, name, offset));
            central.writeBytes(name);
        }
        int centralOffset = out.size();
        out.writeBytes(central.toByteArray());
        ByteBuffer end = ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN);
        end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0)
                .putShort((short) entries.size()).putShort((short) entries.size())
                .putInt(central.size()).putInt(centralOffset).putShort((short) 0);
        out.writeBytes(end.array());
        return out.toByteArray();
    }

    /** A local header ({@code offset} < 0) or a central directory header. */
    private static byte[] header(int signature, Entry e, byte[] name, int offset) {
        boolean local = offset < 0;
        ByteBuffer b = ByteBuffer.allocate(local ? 30 : 46).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(signature);
        if (!local) {
            b.putShort((short) 20);
        }
        b.putShort((short) 20).putShort((short) 0x0800).putShort((short) (e.deflated() ? 8 : 0))
                .putShort((short) 0).putShort((short) 0x21)
                .putInt((int) e.crc()).putInt(e.stored().length).putInt((int) e.declaredSize())
                .putShort((short) name.length).putShort((short) 0);
        if (!local) {
            b.putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0).putInt(offset);
        }
        return b.array();
    }
}
