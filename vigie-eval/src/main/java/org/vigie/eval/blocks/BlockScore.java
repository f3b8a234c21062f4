package org.vigie.eval.blocks;

import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.model.Block;
import org.vigie.core.model.Span;
import org.vigie.core.model.Title;

import java.util.*;
import java.util.function.Consumer;

/**
 * Block scores summed over documents: boilerplate detection per block (boilerplate is the positive class),
 * kind accuracy, headline accuracy and story-count accuracy. Blocks are paired by their span; a gold block the
 * prediction lacks counts as a miss of its class.
 */
public final class BlockScore {
    private int tp, fp, fn, tn;
    private int kindRight, kindTotal;
    private int titleRight, documents;
    private int storiesRight;
    private final Map<String, int[]> perKind = new TreeMap<>();

    /** Adds one document; {@code errors} receives a line per disagreement. */
    public void add(Document gold, Document predicted, Consumer<String> errors) {
        documents++;
        Map<Span, Block> byspan = new HashMap<>();
        for (Block b : predicted.layerOrEmpty(LayerKind.BLOCKS)) byspan.put(b.span(), b);
        for (Block g : gold.layerOrEmpty(LayerKind.BLOCKS)) {
            Block p = byspan.get(g.span());
            boolean goldBp = !g.isBody();
            boolean predBp = p != null && !p.isBody();
            if (goldBp && predBp) tp++;
            else if (!goldBp && predBp) fp++;
            else if (goldBp) fn++;
            else tn++;
            kindTotal++;
            int[] k = perKind.computeIfAbsent(g.kind().jsonName(), x -> new int[2]);
            k[1]++;
            boolean right = p != null && p.kind() == g.kind();
            if (right) {
                kindRight++;
                k[0]++;
            } else {
                errors.accept("block " + g.kind().jsonName() + " -> " + (p == null ? "missing" : p.kind().jsonName()) + ": "
                        + abbreviate(gold.text(g.span())));
            }
        }
        String gt = gold.title().map(Title::text).map(BlockScore::norm).orElse(null);
        String pt = predicted.title().map(Title::text).map(BlockScore::norm).orElse(null);
        if (Objects.equals(gt, pt)) titleRight++;
        else errors.accept("title: expected '" + gt + "', got '" + pt + "'");
        int gs = gold.layerOrEmpty(LayerKind.STORIES).size();
        int ps = predicted.layerOrEmpty(LayerKind.STORIES).size();
        if (gs == ps) storiesRight++;
        else errors.accept("stories: expected " + gs + ", got " + ps);
    }

    private static String norm(String s) {
        return s.replaceAll("[\\s\\u00A0\\u202F]+", " ").strip();
    }

    private static String abbreviate(String s) {
        return s.length() <= 90 ? s : s.substring(0, 87) + "...";
    }

    public double precision() { return tp + fp == 0 ? 0 : tp / (double) (tp + fp); }
    public double recall() { return tp + fn == 0 ? 0 : tp / (double) (tp + fn); }
    public double f1() { double p = precision(), r = recall(); return p + r == 0 ? 0 : 2 * p * r / (p + r); }
    public double kindAccuracy() { return kindTotal == 0 ? 0 : kindRight / (double) kindTotal; }
    public double titleAccuracy() { return documents == 0 ? 0 : titleRight / (double) documents; }
    public double storiesAccuracy() { return documents == 0 ? 0 : storiesRight / (double) documents; }
    public int documents() { return documents; }
    public int blocks() { return kindTotal; }

    /** Per gold kind: {right, total}. */
    public Map<String, int[]> perKind() { return Collections.unmodifiableMap(perKind); }

    public int truePositives() { return tp; }
    public int falsePositives() { return fp; }
    public int falseNegatives() { return fn; }
}
