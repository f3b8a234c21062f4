package org.vigie.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/** Compression of stored input bytes; the method is recorded per row so it can change later. */
final class InputCodec {
    static final String DEFLATE = "deflate";

    private InputCodec() {
    }

    static byte[] compress(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, bytes.length / 3));
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        try (DeflaterOutputStream z = new DeflaterOutputStream(out, deflater)) {
            z.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("compressing in memory cannot fail", e);
        } finally {
            deflater.end();
        }
        return out.toByteArray();
    }

    static byte[] decompress(String method, byte[] data, String sha256) {
        if (!DEFLATE.equals(method)) {
            throw new StoreException("input " + sha256 + " is stored with compression '" + method
                    + "', which this version of Vigie cannot read");
        }
        try (InflaterInputStream z = new InflaterInputStream(new ByteArrayInputStream(data))) {
            return z.readAllBytes();
        } catch (IOException e) {
            throw new StoreException("stored input " + sha256 + " is damaged: " + e.getMessage(), e);
        }
    }
}
