package org.vigie.nlp.blocks;

import org.vigie.core.Annotator;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.model.Block;
import org.vigie.core.model.Block.Kind;
import org.vigie.core.model.Span;
import org.vigie.core.model.StorySegment;
import org.vigie.core.model.Title;
import org.vigie.nlp.lang.LanguagePack;
import org.vigie.nlp.published.DateFinder;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One block per non-empty line, classified as body (heading, paragraph) or a kind of boilerplate from the text
 * alone ({@link BlockClassifier}), with HTML markup hints as strong evidence when the input had them; the
 * headline (TITLE, with the line it was read from, else {@code metadata().title()} without evidence); and the
 * articles a page glues together (STORIES: a new story starts at a heading whose first paragraph opens with a
 * dateline), else one story over the whole body.
 */
public final class BlockAnnotator implements Annotator {
    private final BlockClassifier classifier;

    public BlockAnnotator() {
        this(List.copyOf(LanguagePack.of("multi").words("detector-languages.txt")));
    }

    /** @param languages languages whose boilerplate cues and picture words are used (files a language lacks read as empty) */
    public BlockAnnotator(List<String> languages) {
        this.classifier = new BlockClassifier(languages, DateFinder.shared());
    }

    @Override
    public String name() {
        return "blocks";
    }

    /** The title is written out as it stands in the text, damaged characters included, like every span's text. */
    @Override
    public boolean readsOriginalText() {
        return true;
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
        String text = doc.text();
        List<Line> lines = new ArrayList<>();
        for (Span s : LineBlocks.lines(text)) lines.add(Line.of(lines.size(), s, text.substring(s.start(), s.end())));
        String metadataTitle = doc.metadata().title();
        BlockClassifier.Result r = classifier.classify(lines, doc.metadata().hints(), metadataTitle);

        List<Block> blocks = new ArrayList<>(lines.size());
        for (Line l : lines) {
            Kind kind = r.kinds()[l.index()];
            blocks.add(kind.isBody() ? Block.body(l.span(), kind) : Block.boilerplate(l.span(), kind));
        }
        List<Title> titles = new ArrayList<>();
        if (r.title() >= 0) titles.add(new Title(lines.get(r.title()).text(), lines.get(r.title()).span()));
        else if (metadataTitle != null && !metadataTitle.isBlank()) titles.add(new Title(metadataTitle.strip(), null));
        String title = titles.isEmpty() ? null : titles.get(0).text();
        return Layers.builder().put(LayerKind.BLOCKS, blocks).put(LayerKind.TITLE, titles)
                .put(LayerKind.STORIES, stories(lines, r.kinds(), r.title(), title)).build();
    }

    /**
     * A heading other than the headline starts a new story when the first paragraph after it opens with a
     * dateline and some body text came before it: crossheads inside one article are not followed by a new dateline.
     */
    private static List<StorySegment> stories(List<Line> lines, Kind[] kinds, int titleLine, String title) {
        List<Integer> starts = new ArrayList<>();
        int firstBody = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (!kinds[i].isBody()) continue;
            if (firstBody < 0) {
                firstBody = i;
                starts.add(i);
                continue;
            }
            if (kinds[i] != Kind.HEADING || i == titleLine) continue;
            int next = i + 1;
            while (next < lines.size() && !kinds[next].isBody()) next++;
            if (next < lines.size() && kinds[next] == Kind.PARAGRAPH && lines.get(next).dateline()) starts.add(i);
        }
        List<StorySegment> out = new ArrayList<>();
        for (int s = 0; s < starts.size(); s++) {
            int from = starts.get(s);
            int to = s + 1 < starts.size() ? starts.get(s + 1) : lines.size();
            int last = from;
            for (int i = from; i < to; i++) if (kinds[i].isBody()) last = i;
            String storyTitle = s == 0 ? title : kinds[from] == Kind.HEADING ? lines.get(from).text() : null;
            if (s == 0 && titleLine >= 0 && titleLine != from && kinds[from] == Kind.HEADING) storyTitle = lines.get(from).text();
            out.add(new StorySegment(new Span(lines.get(from).span().start(), lines.get(last).span().end()), storyTitle));
        }
        return out;
    }
}
