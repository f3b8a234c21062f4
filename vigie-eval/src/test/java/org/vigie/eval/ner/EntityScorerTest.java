package org.vigie.eval.ner;

import org.junit.jupiter.api.Test;
import org.vigie.eval.Prf;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class EntityScorerTest {

    @Test
    void chunksFollowConllevalForIob1AndIob2() {
        assertEquals(List.of(new EntityScorer.Chunk(0, 2, "PER"), new EntityScorer.Chunk(2, 3, "PER"), new EntityScorer.Chunk(4, 5, "LOC")),
                EntityScorer.chunks(List.of("I-PER", "I-PER", "B-PER", "O", "I-LOC")));
        assertEquals(List.of(new EntityScorer.Chunk(0, 1, "ORG"), new EntityScorer.Chunk(1, 3, "MISC")),
                EntityScorer.chunks(List.of("B-ORG", "I-MISC", "I-MISC")));
        assertEquals(List.of(), EntityScorer.chunks(List.of("O", "O")));
    }

    @Test
    void onlyExactSpanAndTypeCount() {
        EntityScorer scorer = new EntityScorer();
        List<EntityScorer.Chunk> gold = EntityScorer.chunks(List.of("B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG"));
        List<EntityScorer.Chunk> predicted = EntityScorer.chunks(List.of("B-PER", "O", "O", "B-LOC", "O", "B-LOC"));
        EntityScorer.Errors errors = scorer.add(gold, predicted);
        assertEquals(new Prf(0, 1, 1), scorer.byType().get("PER"));
        assertEquals(new Prf(1, 1, 0), scorer.byType().get("LOC"));
        assertEquals(new Prf(0, 0, 1), scorer.byType().get("ORG"));
        assertEquals(new Prf(1, 2, 2), scorer.total());
        assertEquals(2, errors.missed().size());
        assertEquals(2, errors.wrong().size());
        assertEquals(1.0 / 3, scorer.total().f1(), 1e-9);
    }
}
