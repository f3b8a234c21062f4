package org.vigie.eval.blocks;

import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.model.Block;
import org.vigie.core.model.Block.Kind;
import org.vigie.core.model.Span;
import org.vigie.core.model.StorySegment;
import org.vigie.core.model.Title;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class BlockScoreTest {
    private static final String TEXT = "Home\nTitle of the story\n12\nThe story starts here.";

    private static Document doc(List<Block> blocks, String title, int stories) {
        List<StorySegment> s = new ArrayList<>();
        for (int i = 0; i < stories; i++) s.add(new StorySegment(new Span(5, TEXT.length()), title));
        return Document.ofText(TEXT).with(Layers.builder().put(LayerKind.BLOCKS, blocks)
                .put(LayerKind.TITLE, title == null ? List.of() : List.of(new Title(title, null)))
                .put(LayerKind.STORIES, s).build());
    }

    private static List<Block> blocks(Kind... kinds) {
        int[][] spans = {{0, 4}, {5, 23}, {24, 26}, {27, TEXT.length()}};
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < kinds.length; i++) {
            Span s = new Span(spans[i][0], spans[i][1]);
            out.add(kinds[i].isBody() ? Block.body(s, kinds[i]) : Block.boilerplate(s, kinds[i]));
        }
        return out;
    }

    @Test
    void boilerplateIsThePositiveClassAndKindsAreComparedBlockByBlock() {
        Document gold = doc(blocks(Kind.NAV, Kind.HEADING, Kind.COUNTER, Kind.PARAGRAPH), "Title of the story", 1);
        Document predicted = doc(blocks(Kind.RELATED, Kind.HEADING, Kind.PARAGRAPH, Kind.PARAGRAPH), "Title of the story", 2);
        BlockScore s = new BlockScore();
        List<String> errors = new ArrayList<>();
        s.add(gold, predicted, errors::add);
        assertEquals(1, s.truePositives());
        assertEquals(0, s.falsePositives());
        assertEquals(1, s.falseNegatives());
        assertEquals(1.0, s.precision());
        assertEquals(0.5, s.recall());
        assertEquals(2 / 3.0, s.f1(), 1e-9);
        assertEquals(0.5, s.kindAccuracy());
        assertEquals(1.0, s.titleAccuracy());
        assertEquals(0.0, s.storiesAccuracy());
        assertEquals(3, errors.size());
    }

    @Test
    void aMissingTitleIsAnError() {
        Document gold = doc(blocks(Kind.NAV, Kind.HEADING, Kind.COUNTER, Kind.PARAGRAPH), "Title of the story", 1);
        Document predicted = doc(blocks(Kind.NAV, Kind.HEADING, Kind.COUNTER, Kind.PARAGRAPH), null, 1);
        BlockScore s = new BlockScore();
        s.add(gold, predicted, e -> { });
        assertEquals(0.0, s.titleAccuracy());
        assertEquals(1.0, s.f1());
    }

    @Test
    void anAbsentGoldFolderIsSkipped() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = BlockEvaluator.run(Path.of("no/such/folder"), new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
        assertEquals(0, code);
        assertTrue(bytes.toString(StandardCharsets.UTF_8).startsWith("skipped: no/such/folder not found"));
    }
}
