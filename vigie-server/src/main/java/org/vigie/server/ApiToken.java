package org.vigie.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The bearer token API writes must carry. It is generated once, at random, and kept in {@code <data>/api-token}
 * readable by its owner only, so that whoever can read the data folder can also write through the API, and
 * nobody else.
 */
public final class ApiToken {
    public static final String FILE_NAME = "api-token";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiToken() {
    }

    public static Path file(Path dataDir) {
        return dataDir.resolve(FILE_NAME);
    }

    /** The token stored in {@code dataDir}, created (32 random bytes, URL-safe Base64, file mode 0600) if absent. */
    public static String loadOrCreate(Path dataDir) {
        Path file = file(dataDir);
        try {
            if (Files.exists(file)) return read(file);
            Files.createDirectories(dataDir);
            byte[] raw = new byte[32];
            RANDOM.nextBytes(raw);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
            try {
                if (dataDir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } else {
                    Files.createFile(file);
                    ownerOnly(file);
                }
            } catch (FileAlreadyExistsException e) {
                // Another process created it first: both must use the same token.
                return read(file);
            }
            Files.writeString(file, token + "\n", StandardCharsets.US_ASCII);
            return token;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the API token file " + file, e);
        }
    }

    private static String read(Path file) throws IOException {
        String token = Files.readString(file, StandardCharsets.US_ASCII).strip();
        if (token.isEmpty()) throw new IOException("the API token file " + file + " is empty; delete it to get a new token");
        return token;
    }

    private static void ownerOnly(Path file) {
        java.io.File f = file.toFile();
        f.setReadable(false, false);
        f.setWritable(false, false);
        f.setReadable(true, true);
        f.setWritable(true, true);
    }

    /**
     * Whether {@code given} is {@code expected}, in time that does not depend on where they differ: both are hashed
     * first, so not even the length of the expected token leaks.
     */
    public static boolean matches(String expected, String given) {
        if (expected == null || given == null) return false;
        return MessageDigest.isEqual(sha256(expected), sha256(given));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
