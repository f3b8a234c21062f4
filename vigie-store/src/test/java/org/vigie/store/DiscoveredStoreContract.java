package org.vigie.store;

import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Published;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;
import static org.vigie.store.TestDocuments.*;

/**
 * What every store backend keeps for discovered entities. An implementation's test extends this class with its
 * backend's {@link StoreFixture}.
 */
public abstract class DiscoveredStoreContract<F extends StoreFixture> extends StoreContract<F> {
    protected DiscoveredStoreContract(F fixture) {
        super(fixture);
    }

    private DiscoveredStore discovered() {
        return DiscoveredStore.of(store);
    }

    private void put(String text, String published, org.vigie.core.model.Entity... entities) {
        Document doc = withEntities(text, null, entities).with(Layers.builder()
                .put(LayerKind.PUBLISHED, List.of(new Published(published, null, Published.Method.INFERRED))).build());
        assertTrue(store.put(doc, bytes(doc)));
    }

    private void threeDocuments() {
        String a = "Dariusz Volenko spoke in Lisbon. Volenko left.";
        put(a, "2024-03-09", entity("vigie:dariusz-volenko", "Dariusz Volenko", EntityType.PER, a, "Dariusz Volenko", "Volenko"),
                entity("Q597", "Lisbon", EntityType.GPE, a, "Lisbon"));
        String b = "Volenkko arrived. Protesters gathered.";
        put(b, "2024-02-20", entity("vigie:volenkko", "Volenkko", EntityType.PER, b, "Volenkko"),
                entity("vigie:group:protesters", "protesters", EntityType.ORG, b, "Protesters"));
        String c = "Dariusz Volenko and Volenko again.";
        put(c, "2024-03-01", entity("vigie:dariusz-volenko", "Dariusz Volenko", EntityType.PER, c, "Dariusz Volenko", "Volenko"));
    }

    @Test
    void namesWithEngineIdsAreListedWithTheirSurfacesDocumentsAndDates() {
        threeDocuments();
        Map<String, UnlinkedName> names = discovered().unlinkedNames().stream()
                .collect(Collectors.toMap(UnlinkedName::id, Function.identity()));
        assertEquals(Set.of("vigie:dariusz-volenko", "vigie:volenkko"), names.keySet(), "knowledge-base ids and generic groups are not listed");
        UnlinkedName v = names.get("vigie:dariusz-volenko");
        assertEquals("Dariusz Volenko", v.name());
        assertEquals(EntityType.PER, v.type());
        assertEquals(4, v.mentions());
        assertEquals(Set.of("Dariusz Volenko", "Volenko"), Set.copyOf(v.surfaces()));
        assertEquals(2, v.documents().size());
        assertEquals("2024-03-01", v.firstSeen());
        assertEquals("2024-03-09", v.lastSeen());
    }

    @Test
    void aConfirmedEntityIsKeptWithItsVariantsAndMembersAcrossReopening() {
        threeDocuments();
        UserEntity e = new UserEntity("vigie:dariusz-volenko", "Dariusz Volenko", EntityType.PER,
                List.of("Dariusz Volenko", "Volenko", "Volenkko"), List.of("vigie:dariusz-volenko", "vigie:volenkko"), "2024-04-01T10:00:00Z");
        assertTrue(discovered().confirm(e));
        assertFalse(discovered().confirm(e), "confirmed once");
        assertFalse(discovered().confirm(new UserEntity("vigie:other", "Other", EntityType.PER, List.of("Other"),
                List.of("vigie:volenkko"), "2024-04-01T10:00:00Z")), "a name belongs to one confirmed entity");
        store.close();
        store = openStore();
        assertEquals(List.of(e), discovered().userEntities());
    }

    @Test
    void aSplitNameIsRememberedOnce() {
        threeDocuments();
        assertTrue(discovered().splits().isEmpty());
        assertTrue(discovered().split("vigie:volenkko"));
        assertFalse(discovered().split("vigie:volenkko"));
        store.close();
        store = openStore();
        assertEquals(Set.of("vigie:volenkko"), discovered().splits());
    }

    @Test
    void anUndoneConfirmationForgetsTheEntityAndFreesItsNames() {
        threeDocuments();
        UserEntity e = new UserEntity("vigie:dariusz-volenko", "Dariusz Volenko", EntityType.PER,
                List.of("Dariusz Volenko", "Volenkko"), List.of("vigie:dariusz-volenko", "vigie:volenkko"), "2024-04-01T10:00:00Z");
        UserEntity other = new UserEntity("vigie:lisbon-office", "Lisbon Office", EntityType.ORG, List.of("Lisbon Office"),
                List.of("vigie:lisbon-office"), "2024-04-01T11:00:00Z");
        assertTrue(discovered().confirm(e));
        assertTrue(discovered().confirm(other));
        assertTrue(discovered().unconfirm(e.id()));
        assertFalse(discovered().unconfirm(e.id()), "undone once");
        assertFalse(discovered().unconfirm("vigie:never-confirmed"));
        store.close();
        store = openStore();
        assertEquals(List.of(other), discovered().userEntities(), "the other confirmation stays");
        UserEntity again = new UserEntity("vigie:volenkko", "Volenkko", EntityType.PER, List.of("Volenkko"),
                List.of("vigie:volenkko"), "2024-04-02T10:00:00Z");
        assertTrue(discovered().confirm(again), "its names may be confirmed again");
    }

    @Test
    void anUndoneSplitLetsTheNameJoinItsGroupAgain() {
        threeDocuments();
        assertTrue(discovered().split("vigie:volenkko"));
        assertTrue(discovered().split("vigie:dariusz-volenko"));
        assertEquals(Set.of("vigie:volenkko", "vigie:dariusz-volenko"),
                discovered().splitDecisions().stream().map(SplitDecision::memberId).collect(Collectors.toSet()));
        assertTrue(discovered().unsplit("vigie:volenkko"));
        assertFalse(discovered().unsplit("vigie:volenkko"), "undone once");
        store.close();
        store = openStore();
        assertEquals(Set.of("vigie:dariusz-volenko"), discovered().splits());
        assertEquals(List.of("vigie:dariusz-volenko"), discovered().splitDecisions().stream().map(SplitDecision::memberId).toList());
        assertTrue(discovered().split("vigie:volenkko"), "it may be split off again");
    }
}
