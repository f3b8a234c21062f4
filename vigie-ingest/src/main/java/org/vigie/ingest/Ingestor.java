package org.vigie.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.core.Document;
import org.vigie.core.InputException;
import org.vigie.ingest.html.HtmlReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The ingest stage: turns files, folders and uploaded bytes into {@link Document}s. Formats: plain text
 * (charset detected), HTML (visible text, metadata and per-line markup hints), JSON and JSON Lines records,
 * WARC files; any of them gzip-compressed. One unreadable input is reported to the sink and the rest goes
 * on. Stateless apart from its options, so one instance may serve several threads.
 */
public final class Ingestor {
    private static final Logger LOG = LoggerFactory.getLogger(Ingestor.class);

    private final IngestOptions options;
    private final WarcRecordReader warc;

    public Ingestor(IngestOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.warc = new WarcRecordReader(this);
    }

    public IngestOptions options() {
        return options;
    }

    /**
     * Reads files and folders (recursively, in name order, hidden entries skipped), in the order given. A folder's
     * {@value Collection#FILE_NAME}, or the nearest one above it, dates the collection of the files below it.
     */
    public void read(List<Path> roots, DocumentSink sink) {
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                String collected = collectedAbove(root.toAbsolutePath().getParent(), sink);
                walk(root, sink, collected);
            } else if (Files.exists(root)) {
                readFile(root, Collection.dating(sink, collectedAbove(root.toAbsolutePath().getParent(), sink)));
            } else {
                sink.failed(root.toString(), "no such file or folder");
            }
        }
    }

    /** The collection date that applies in {@code dir}: the user's, else the nearest folder's declaration. */
    private String collectedAbove(Path dir, DocumentSink sink) {
        if (options.collected() != null) return options.collected();
        try {
            return Collection.declaredAbove(dir);
        } catch (IllegalArgumentException e) {
            sink.failed(String.valueOf(dir), e.getMessage());
            return null;
        }
    }

    private String collectedIn(Path dir, String inherited, DocumentSink sink) {
        if (options.collected() != null) return options.collected();
        try {
            return Collection.declaredIn(dir, inherited);
        } catch (IllegalArgumentException e) {
            sink.failed(dir.resolve(Collection.FILE_NAME).toString(), e.getMessage());
            return inherited;
        }
    }

    /**
     * Reads uploaded or pasted content. {@code name} is used for format detection (its extension) and as
     * the documents' path; {@code mediaTypeOrNull}, e.g. {@code text/html; charset=ISO-8859-1}, takes
     * precedence over the name. Inputs holding several records (JSON Lines, WARC) may yield several
     * documents; if some records fail and others do not, the good ones are returned and the failures
     * logged; use {@link #readBytes(byte[], String, String, DocumentSink)} to receive each failure.
     *
     * @throws InputException if nothing could be read, naming the source and the reason
     */
    public List<Document> readBytes(byte[] bytes, String name, String mediaTypeOrNull) throws InputException {
        List<Document> docs = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        InputException[] first = new InputException[1];
        readBytes(bytes, name, mediaTypeOrNull, new DocumentSink() {
            @Override
            public void accept(Document doc) {
                docs.add(doc);
            }

            @Override
            public void failed(String source, String reason) {
                failures.add(source + ": " + reason);
                if (first[0] == null) first[0] = new InputException(source, reason);
            }
        });
        if (docs.isEmpty() && first[0] != null) {
            if (failures.size() == 1) throw first[0];
            throw new InputException(first[0].source(), failures.size() + " records failed, first: " + failures.get(0));
        }
        for (String f : failures) LOG.warn("skipped {}", f);
        return docs;
    }

    /** Reads uploaded or pasted content, reporting each document and each failure to the sink. */
    public void readBytes(byte[] bytes, String name, String mediaTypeOrNull, DocumentSink sink) {
        String source = name == null || name.isBlank() ? "(upload)" : name;
        if (bytes.length > options.maxBytes()) {
            sink.failed(source, tooLarge(bytes.length));
            return;
        }
        try {
            dispatch(bytes, source, mediaTypeOrNull, new Origin(name, null, source), Collection.dating(sink, options.collected()), 0);
        } catch (InputException e) {
            sink.failed(e.source(), reason(e));
        } catch (RuntimeException e) {
            LOG.warn("unexpected error reading {}", source, e);
            sink.failed(source, "unexpected error: " + e);
        }
    }

    private void walk(Path dir, DocumentSink sink, String inheritedCollected) {
        String collected = collectedIn(dir, inheritedCollected, sink);
        DocumentSink dated = Collection.dating(sink, collected);
        List<Path> children;
        try (Stream<Path> s = Files.list(dir)) {
            children = s.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException | RuntimeException e) {
            sink.failed(dir.toString(), "cannot list the folder: " + describe(e));
            return;
        }
        for (Path child : children) {
            if (isHidden(child)) continue;
            if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                walk(child, sink, collected);
            } else if (Files.isRegularFile(child)) {
                readFile(child, dated);
            }
        }
    }

    private static boolean isHidden(Path p) {
        String name = p.getFileName().toString();
        if (name.startsWith(".")) return true;
        try {
            return Files.isHidden(p);
        } catch (IOException e) {
            return false;
        }
    }

    private void readFile(Path file, DocumentSink sink) {
        String source = file.toString();
        try {
            long size = Files.size(file);
            if (size == 0) {
                sink.failed(source, "the file is empty");
                return;
            }
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(16);
            }
            if (FormatDetector.isWarc(head)
                    || (FormatDetector.isGzip(head) && FormatDetector.isWarc(gzipHead(file)))) {
                warc.read(file, sink);
                return;
            }
            if (size > options.maxBytes()) {
                sink.failed(source, tooLarge(size));
                return;
            }
            byte[] bytes = Files.readAllBytes(file);
            dispatch(bytes, file.getFileName().toString(), null, Origin.ofPath(source), sink, 0);
        } catch (InputException e) {
            sink.failed(e.source(), reason(e));
        } catch (IOException e) {
            sink.failed(source, "cannot be read: " + describe(e));
        } catch (RuntimeException | OutOfMemoryError e) {
            LOG.warn("unexpected error reading {}", source, e);
            sink.failed(source, "unexpected error: " + e);
        }
    }

    private static byte[] gzipHead(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Gzip.head(in, 16);
        }
    }

    /** Reads one piece of content of any format; WARC payloads come back here with their URL. */
    void dispatch(byte[] bytes, String name, String mediaType, Origin origin, DocumentSink sink, int depth)
            throws InputException {
        if (bytes.length == 0) throw new InputException(origin.source(), "the content is empty");
        if (FormatDetector.isGzip(bytes) && depth == 0) {
            byte[] inner = Gzip.gunzip(bytes, options.maxBytes(), origin.source());
            if (FormatDetector.isWarc(inner)) {
                warc.read(new ByteArrayInputStream(bytes), origin, sink);
                return;
            }
            String essence = mediaType == null ? "" : FormatDetector.essence(mediaType);
            String innerType = essence.equals("application/gzip") || essence.equals("application/x-gzip") ? null : mediaType;
            dispatch(inner, FormatDetector.withoutGzipSuffix(name), innerType, origin, sink, depth + 1);
            return;
        }
        Format format = FormatDetector.detect(bytes, name, mediaType, origin.source());
        String charset = FormatDetector.charsetParameter(mediaType).orElse(null);
        switch (format) {
            case TEXT -> sink.accept(TextReader.read(bytes, charset, "the media type", origin));
            case HTML -> sink.accept(HtmlReader.read(bytes, charset, origin));
            case JSON, JSON_LINES -> JsonRecordReader.read(bytes, format, origin, sink);
            case WARC -> warc.read(new ByteArrayInputStream(bytes), origin, sink);
        }
    }

    String tooLarge(long size) {
        return "the file is " + IngestOptions.describe(size) + ", over the limit of "
                + IngestOptions.describe(options.maxBytes()) + " (IngestOptions.maxBytes)";
    }

    /** The message of an InputException without the source prefix it already carries. */
    static String reason(InputException e) {
        String m = e.getMessage();
        String prefix = e.source() + ": ";
        return m != null && m.startsWith(prefix) ? m.substring(prefix.length()) : String.valueOf(m);
    }

    static String describe(Exception e) {
        if (e instanceof NoSuchFileException) return "no such file";
        if (e instanceof AccessDeniedException) return "permission denied";
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + m;
    }
}
