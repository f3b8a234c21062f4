package org.vigie.jmh;

import org.openjdk.jmh.annotations.*;
import org.vigie.core.Annotator;
import org.vigie.core.Document;
import org.vigie.core.Pipeline;
import org.vigie.nlp.DefaultPipeline;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Time of each annotator of the default pipeline on one news-like article, the input prepared by the
 * annotators before it. Run with {@code ./vigie jmh}; compare annotators with each other and with
 * {@code baselineCopy}, a plain character copy of the same text, for a machine-independent reading.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AnnotatorBenchmark {

    @Param({"blocks", "language", "segment", "published", "entities", "sources", "artefacts", "quotes", "quantities", "times", "events"})
    public String annotator;

    private Annotator target;
    private Document prepared;
    private String text;

    @Setup
    public void setUp() {
        text = SampleArticle.text(20);
        List<String> names = DefaultPipeline.names();
        int at = names.indexOf(annotator);
        if (at < 0) throw new IllegalArgumentException("unknown annotator " + annotator + "; known: " + names);
        prepared = DefaultPipeline.create(names.subList(0, at)).run(Document.ofText(text));
        target = DefaultPipeline.create(names.subList(0, at + 1)).annotators().get(at);
    }

    @Benchmark
    public Object annotate() {
        return target.annotate(prepared);
    }

    @Benchmark
    public Object baselineCopy() {
        return text.toCharArray();
    }

    /** The whole default pipeline on the same article. */
    @State(Scope.Benchmark)
    public static class Full {
        Pipeline pipeline = DefaultPipeline.create();
        Document raw = Document.ofText(SampleArticle.text(20));
    }

    @Benchmark
    public Object fullPipeline(Full f) {
        return f.pipeline.run(f.raw);
    }
}
