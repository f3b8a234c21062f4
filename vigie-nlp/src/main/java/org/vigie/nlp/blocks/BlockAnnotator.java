package org.vigie.nlp.blocks;

import org.vigie.core.Annotator;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.model.Block;
import org.vigie.core.model.Span;
import org.vigie.core.model.StorySegment;
import org.vigie.core.model.Title;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** One block per non-empty line. First version: every line is body text; the title comes from metadata only. */
public final class BlockAnnotator implements Annotator {

    @Override
    public String name() {
        return "blocks";
    }

    @Override
    public Set<LayerKind<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<LayerKind<?>> produces() {
        return Set.of(LayerKind.BLOCKS, LayerKind.TITLE, LayerKind.STORIES);
    }

    @Override
    public Layers annotate(Document doc) {
        List<Block> blocks = new ArrayList<>();
        for (Span line : LineBlocks.lines(doc.text())) blocks.add(Block.body(line, Block.Kind.PARAGRAPH));
        String title = doc.metadata().title();
        List<Title> titles = title == null ? List.of() : List.of(new Title(title, null));
        List<StorySegment> stories = blocks.isEmpty() ? List.of()
                : List.of(new StorySegment(new Span(blocks.get(0).start(), blocks.get(blocks.size() - 1).end()), title));
        return Layers.builder().put(LayerKind.BLOCKS, blocks).put(LayerKind.TITLE, titles)
                .put(LayerKind.STORIES, stories).build();
    }
}
