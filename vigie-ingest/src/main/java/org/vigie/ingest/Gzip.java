package org.vigie.ingest;

import org.vigie.core.InputException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Decompresses gzip content (several members allowed) with a size limit against decompression bombs. */
final class Gzip {
    private Gzip() {
    }

    static byte[] gunzip(byte[] bytes, long maxBytes, String source) throws InputException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes), 64 * 1024)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(bytes.length * 4, 1 << 20) + 64);
            byte[] buf = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buf)) > 0) {
                total += n;
                if (total > maxBytes) {
                    throw new InputException(source, "decompressed content is over the limit of "
                            + IngestOptions.describe(maxBytes) + " (IngestOptions.maxBytes)");
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (InputException e) {
            throw e;
        } catch (EOFException e) {
            throw new InputException(source, "truncated gzip data: the file ends before the compressed stream does", e);
        } catch (ZipException e) {
            throw new InputException(source, "corrupt gzip data: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new InputException(source, "cannot decompress gzip data: " + e.getMessage(), e);
        }
    }

    /** The first bytes of the decompressed content, or an empty array if they cannot be read. */
    static byte[] head(InputStream compressed, int n) {
        try (InputStream in = new GZIPInputStream(compressed)) {
            return in.readNBytes(n);
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
