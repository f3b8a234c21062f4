package org.vigie.core;

import org.vigie.core.model.Diagnostic;
import org.vigie.core.model.Span;
import org.vigie.core.model.Spanned;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.*;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * An ordered chain of annotators. Requirements are checked when the pipeline is built; at run time
 * the pipeline checks that each annotator returned exactly what it declared with valid spans, and
 * turns an annotator failure into a diagnostic and empty layers so one bad step loses nothing else.
 */
public final class Pipeline {
    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    private final List<Annotator> annotators;
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();

    public Pipeline(List<Annotator> annotators) {
        this.annotators = List.copyOf(annotators);
        Set<LayerKind<?>> available = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (Annotator a : this.annotators) {
            if (!names.add(a.name())) {
                throw new ConfigException("annotator '" + a.name() + "' appears twice in the pipeline");
            }
            for (LayerKind<?> needed : a.requires()) {
                if (!available.contains(needed)) {
                    throw new ConfigException("annotator '" + a.name() + "' requires layer '" + needed
                            + "': put the '" + needed.usualProducer() + "' annotator before it");
                }
            }
            for (LayerKind<?> out : a.produces()) {
                if (!available.add(out)) {
                    throw new ConfigException("layer '" + out + "' is produced twice (again by '" + a.name() + "')");
                }
            }
        }
    }

    public List<Annotator> annotators() {
        return annotators;
    }

    public Document run(Document doc) {
        Document current = doc;
        List<Diagnostic> diagnostics = new ArrayList<>(current.layerOrEmpty(LayerKind.DIAGNOSTICS));
        for (Annotator a : annotators) {
            long t0 = System.nanoTime();
            Layers out;
            try {
                out = apply(a, current);
                check(a, current, out);
            } catch (RuntimeException e) {
                LOG.warn("annotator '{}' failed on document {}: {}", a.name(), current.id(), e.toString());
                diagnostics.add(new Diagnostic(a.name(), null, "annotator-failed", e.toString()));
                Layers.Builder empty = Layers.builder();
                for (LayerKind<?> k : a.produces()) empty.put(k, List.of());
                out = empty.build();
            }
            current = current.with(out);
            nanos.computeIfAbsent(a.name(), k -> new LongAdder()).add(System.nanoTime() - t0);
            calls.computeIfAbsent(a.name(), k -> new LongAdder()).increment();
        }
        if (!diagnostics.isEmpty() || !current.has(LayerKind.DIAGNOSTICS)) {
            current = current.without(LayerKind.DIAGNOSTICS).with(Layers.of(LayerKind.DIAGNOSTICS, diagnostics));
        }
        return current;
    }

    /**
     * One annotator's layers for a document, given the document as that annotator reads it: its repaired
     * {@link Document#reading() reading} unless it {@link Annotator#readsOriginalText() reads the original}. For
     * callers that run annotators one by one (evaluations injecting gold layers between steps).
     */
    public static Layers apply(Annotator a, Document doc) {
        return a.annotate(a.readsOriginalText() ? doc : doc.asRead());
    }

    private static void check(Annotator a, Document doc, Layers out) {
        if (!out.kinds().equals(a.produces())) {
            throw new IllegalStateException("annotator '" + a.name() + "' declared " + a.produces()
                    + " but returned " + out.kinds());
        }
        int length = doc.text().length();
        for (LayerKind<?> k : out.kinds()) {
            for (Object o : out.get(k)) {
                if (o instanceof Spanned s) checkSpan(a, k, s.span(), length, doc.text());
            }
        }
    }

    private static void checkSpan(Annotator a, LayerKind<?> k, Span s, int length, String text) {
        if (s.end() > length) {
            throw new IllegalStateException("annotator '" + a.name() + "' wrote a " + k + " span " + s
                    + " past the end of the text (" + length + ")");
        }
        if (splitsSurrogate(text, s.start()) || splitsSurrogate(text, s.end())) {
            throw new IllegalStateException("annotator '" + a.name() + "' wrote a " + k + " span " + s
                    + " that splits a surrogate pair");
        }
    }

    private static boolean splitsSurrogate(String text, int offset) {
        return offset > 0 && offset < text.length()
                && Character.isHighSurrogate(text.charAt(offset - 1)) && Character.isLowSurrogate(text.charAt(offset));
    }

    /** Time spent per annotator since the pipeline was built, in annotator order. */
    public List<Timing> timings() {
        List<Timing> result = new ArrayList<>();
        for (Annotator a : annotators) {
            LongAdder n = nanos.get(a.name());
            LongAdder c = calls.get(a.name());
            result.add(new Timing(a.name(), n == null ? 0 : n.sum(), c == null ? 0 : c.sum()));
        }
        return result;
    }

    public record Timing(String annotator, long nanos, long calls) {
    }
}
