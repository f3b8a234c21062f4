package org.vigie.nlp.kb;

import org.junit.jupiter.api.Test;
import org.vigie.core.Annotator;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.Pipeline;
import org.vigie.core.model.*;
import org.vigie.nlp.DefaultPipeline;

import java.time.LocalDate;
import java.util.*;

import static org.junit.jupiter.api.Assertions.*;

/** The leaders of the states outside the G20 and Europe, and of armed groups, as the knowledge base and the linker see them. */
class WorldLeadersTest {
    private static final Pipeline FULL = DefaultPipeline.create(List.of("blocks", "segment", "entities"));
    private static final Pipeline UPSTREAM = DefaultPipeline.create(List.of("blocks", "segment"));
    private static final Annotator ENTITIES = FULL.annotators().get(FULL.annotators().size() - 1);
    private final KnowledgeBase kb = KnowledgeBase.get();

    private static Document run(String text, String published) {
        Document doc = UPSTREAM.run(Document.ofText(text));
        if (published != null) {
            doc = doc.with(Layers.of(LayerKind.PUBLISHED, List.of(new Published(published, null, Published.Method.METADATA))));
        }
        return doc.with(ENTITIES.annotate(doc));
    }

    private static Optional<Entity> entityWithMention(Document d, String surface) {
        for (Entity e : d.entities()) for (Span s : e.mentions()) if (d.text(s).equals(surface)) return Optional.of(e);
        return Optional.empty();
    }

    private static Entity entity(Document d, String surface) {
        return entityWithMention(d, surface).orElseThrow(() -> new AssertionError("no mention '" + surface + "' in " + d.entities()));
    }

    private String holder(String role, String of, String date) {
        return kb.holder(role, of, LocalDate.parse(date)).map(KbEntry::id).orElse("none");
    }

    @Test
    void aLeaderNamedInFullThenByTheSurnameIsOneEntityOfTheRightCountry() {
        Document d = run("Kenyan President William Ruto arrived in Addis Ababa on Monday. Ruto told reporters the talks with "
                + "Prime Minister Abiy Ahmed had gone well, and Abiy thanked him.", "2024-05-06");
        Entity ruto = entity(d, "William Ruto");
        assertEquals("vigie:william-ruto", ruto.id());
        assertSame(ruto, entity(d, "Ruto"));
        assertEquals(Optional.of("Q114"), kb.country(ruto.id()));
        Entity abiy = entity(d, "Abiy Ahmed");
        assertEquals("vigie:abiy-ahmed", abiy.id());
        assertSame(abiy, entity(d, "Abiy"));
        assertEquals(Optional.of("Q115"), kb.country(abiy.id()));
    }

    @Test
    void aDistinctiveSurnameAloneLinksToTheLeader() {
        Document d = run("Tebboune a reçu Museveni et Mirziyoyev à Alger.", "2024-02-01");
        assertEquals("vigie:abdelmadjid-tebboune", entity(d, "Tebboune").id());
        assertEquals("vigie:yoweri-museveni", entity(d, "Museveni").id());
        assertEquals("vigie:shavkat-mirziyoyev", entity(d, "Mirziyoyev").id());
    }

    @Test
    void aSurnameSharedByTwoLeadersOrByOtherPeopleIsNotLinkedToALeaderAlone() {
        Document d = run("Sharif a démenti. Traoré a marqué deux buts et Maïga un troisième.", "2024-06-01");
        for (String surname : List.of("Sharif", "Traoré", "Maïga")) {
            entityWithMention(d, surname).ifPresent(e -> assertFalse(kb.entry(e.id()).isPresent(),
                    surname + " alone was linked to " + e.id()));
        }
        assertTrue(kb.lookup("Sharif").isEmpty());
        assertTrue(kb.lookup("Traoré").isEmpty());
        assertTrue(kb.lookup("Petro").stream().noneMatch(e -> e.id().equals("vigie:gustavo-petro")));
    }

    @Test
    void frenchSpellingsLinkToTheLeader() {
        Document d = run("Le président tunisien Kaïs Saïed a reçu le général Abdel Fattah al-Burhane et Mohammed Chia al-Soudani.",
                "2024-03-01");
        assertEquals("vigie:kais-saied", entity(d, "Kaïs Saïed").id());
        assertEquals("vigie:abdel-fattah-al-burhan", entity(d, "Abdel Fattah al-Burhane").id());
        assertEquals("vigie:mohammed-shia-al-sudani", entity(d, "Mohammed Chia al-Soudani").id());
    }

    @Test
    void aRolePhraseResolvesToTheHolderOfTheYear() {
        Document before = run("Le président nigérian est arrivé à Paris.", "2021-06-01");
        Document after = run("Le président nigérian est arrivé à Paris.", "2024-06-01");
        assertTrue(holders(before).contains("vigie:muhammadu-buhari"), before.mentions().toString());
        assertTrue(holders(after).contains("vigie:bola-tinubu"), after.mentions().toString());
    }

    private static List<String> holders(Document d) {
        return d.mentions().stream().filter(m -> m.type() == EntityType.PER).map(Mention::entityId).toList();
    }

    @Test
    void termsFollowEachOtherThroughCoupsAndElections() {
        assertEquals("vigie:mohamed-bazoum", holder("head-of-state", "Q1032", "2022-01-01"));
        assertEquals("vigie:abdourahamane-tiani", holder("head-of-state", "Q1032", "2024-01-01"));
        assertEquals("vigie:paul-henri-sandaogo-damiba", holder("head-of-state", "Q965", "2022-06-01"));
        assertEquals("vigie:ibrahim-traore", holder("head-of-state", "Q965", "2023-06-01"));
        assertEquals("vigie:nawaz-sharif", holder("head-of-government", "Q843", "2016-01-01"));
        assertEquals("vigie:shehbaz-sharif", holder("head-of-government", "Q843", "2024-06-01"));
        assertEquals("vigie:ahmed-al-sharaa", holder("head-of-state", "Q858", "2025-06-01"));
        assertEquals("vigie:bashar-al-assad", holder("head-of-state", "Q858", "2020-06-01"));
        assertEquals("vigie:albin-kurti", holder("head-of-government", "Q1246", "2022-01-01"));
        assertEquals("vigie:lai-ching-te", holder("head-of-state", "Q865", "2025-01-01"));
        assertEquals("vigie:gabriel-boric", holder("head-of-state", "Q298", "2023-01-01"));
        assertEquals("none", holder("head-of-state", "Q298", "2026-06-01"), "Boric's single term ended in March 2026");
    }

    @Test
    void leadersOfArmedGroupsHoldTheLeaderRoleOfTheirOrganisation() {
        assertEquals("vigie:hassan-nasrallah", holder("leader", "vigie:hezbollah", "2020-01-01"));
        assertEquals("vigie:naim-qassem", holder("leader", "vigie:hezbollah", "2025-01-01"));
        assertEquals("vigie:ismail-haniyeh", holder("leader", "vigie:hamas", "2023-10-07"));
        assertEquals("vigie:hibatullah-akhundzada", holder("leader", "vigie:taliban", "2020-01-01"));
        for (KbEntry e : kb.entries()) {
            for (Office o : kb.offices(e.id())) {
                if (!o.role().equals("leader")) continue;
                KbEntry group = kb.entry(o.of()).orElseThrow(() -> new AssertionError(o.of()));
                assertEquals(EntityType.ORG, group.type(), o.toString());
                assertTrue(Set.of("armed-group", "armed-forces").contains(group.kind()), o.toString());
            }
        }
        assertEquals(EntityType.ORG, kb.lookup("al-Shabaab").get(0).type());
        assertEquals("vigie:m23", kb.lookup("Mouvement du 23 mars").get(0).id());
    }

    @Test
    void everyPersonHasAKnownCountryAndAGender() {
        int people = 0;
        for (KbEntry e : kb.entries()) {
            if (e.type() != EntityType.PER || !"person".equals(e.kind())) continue;
            people++;
            String country = e.country().orElseThrow(() -> new AssertionError(e.id() + " has no country"));
            assertEquals("country", kb.entry(country).map(KbEntry::kind).orElse("missing"), e.id() + ": " + country);
        }
        assertTrue(people >= 800, "people: " + people);
    }

    @Test
    void aSingleWordAliasNamesOnePersonOnly() {
        Map<String, Set<String>> bySurname = new HashMap<>();
        for (KbEntry e : kb.entries()) {
            if (e.type() != EntityType.PER) continue;
            for (String n : e.allNames()) {
                if (!n.contains(" ")) bySurname.computeIfAbsent(KnowledgeBase.key(n), k -> new TreeSet<>()).add(e.id());
            }
        }
        for (Map.Entry<String, Set<String>> s : bySurname.entrySet()) {
            assertEquals(1, s.getValue().size(), s.getKey() + " names " + s.getValue());
        }
    }

    @Test
    void mostStatesHaveAKnownHeadOfStateOrGovernmentIn2024() {
        int states = 0;
        List<String> unknown = new ArrayList<>();
        LocalDate day = LocalDate.of(2024, 7, 1);
        for (KbEntry e : kb.entries()) {
            if (!"country".equals(e.kind())) continue;
            states++;
            if (kb.holder("head-of-state", e.id(), day).isEmpty() && kb.holder("head-of-government", e.id(), day).isEmpty()) {
                unknown.add(e.name());
            }
        }
        assertTrue(unknown.size() * 5 < states, unknown.size() + " of " + states + " states without a known leader: " + unknown);
    }
}
