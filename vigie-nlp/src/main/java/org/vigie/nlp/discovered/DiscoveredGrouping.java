package org.vigie.nlp.discovered;

import org.vigie.core.model.EntityType;
import org.vigie.nlp.entities.NameVariants;

import java.util.*;
import java.util.function.Predicate;

/**
 * Groups the names the knowledge base does not know, across the documents of a store, into discovered entities: the
 * names are taken in order of importance (documents, then mentions), and each joins the one group holding a variant
 * of it ({@link NameVariants#same}) of a compatible type and no conflicting name; a name matching several groups
 * ("Keller" beside "Anna Keller" and "Tom Keller") stays on its own. Names the user split off stay on their own.
 * Only groups named in at least {@code minDocuments} documents are kept, and every split name.
 */
public final class DiscoveredGrouping {
    private DiscoveredGrouping() {
    }

    private static final class Group {
        final List<NameRecord> members = new ArrayList<>();
        final Set<String> keys = new HashSet<>();
        final boolean split;

        Group(NameRecord first, boolean split) {
            this.split = split;
            add(first);
        }

        void add(NameRecord r) {
            members.add(r);
            keys.add(first(NameVariants.key(r.name())));
            keys.add(first(NameVariants.lastWordKey(r.name())));
        }

        EntityType type() {
            Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
            for (NameRecord r : members) votes.merge(r.type(), r.mentions(), Integer::sum);
            return votes.entrySet().stream().max(Map.Entry.<EntityType, Integer>comparingByValue()
                    .thenComparing(e -> -e.getKey().ordinal())).orElseThrow().getKey();
        }
    }

    private static String first(String key) {
        return key.isEmpty() ? "" : key.substring(0, 1);
    }

    /**
     * @param names        the store's names without a knowledge-base entry, in any order
     * @param known        ids the knowledge base knows now (built-in, imported or confirmed), left out
     * @param separated    ids the user split off their group
     * @param minDocuments the documents a group must be named in to count as recurring
     * @return the discovered entities, most documents first (then mentions, then id)
     */
    public static List<DiscoveredEntity> group(Collection<NameRecord> names, Predicate<String> known, Set<String> separated,
                                               int minDocuments) {
        List<NameRecord> sorted = new ArrayList<>();
        for (NameRecord r : names) if (!known.test(r.id())) sorted.add(r);
        sorted.sort(Comparator.comparingInt((NameRecord r) -> -r.documents().size()).thenComparingInt(r -> -r.mentions()).thenComparing(NameRecord::id));
        List<Group> groups = new ArrayList<>();
        Map<String, List<Group>> byKey = new HashMap<>();
        for (NameRecord r : sorted) {
            if (separated.contains(r.id())) {
                groups.add(new Group(r, true));
                continue;
            }
            // blocked on the first letter of the keys: comparing every pair would be quadratic in the store's names
            List<Group> candidates = new ArrayList<>();
            for (String k : List.of(first(NameVariants.key(r.name())), first(NameVariants.lastWordKey(r.name())))) {
                for (Group g : byKey.getOrDefault(k, List.of())) if (!candidates.contains(g)) candidates.add(g);
            }
            Group match = null;
            boolean ambiguous = false;
            for (Group g : candidates) {
                if (!fits(r, g)) continue;
                if (match != null) {
                    ambiguous = true;
                    break;
                }
                match = g;
            }
            Group target;
            if (match != null && !ambiguous) {
                target = match;
                target.add(r);
            } else {
                target = new Group(r, false);
                groups.add(target);
            }
            for (String k : target.keys) {
                List<Group> l = byKey.computeIfAbsent(k, x -> new ArrayList<>());
                if (!l.contains(target)) l.add(target);
            }
        }
        List<DiscoveredEntity> out = new ArrayList<>();
        for (Group g : groups) {
            Set<String> docs = new HashSet<>();
            int mentions = 0;
            String firstSeen = null;
            String lastSeen = null;
            for (NameRecord r : g.members) {
                docs.addAll(r.documents());
                mentions += r.mentions();
                if (r.firstSeen() != null && (firstSeen == null || r.firstSeen().compareTo(firstSeen) < 0)) firstSeen = r.firstSeen();
                if (r.lastSeen() != null && (lastSeen == null || r.lastSeen().compareTo(lastSeen) > 0)) lastSeen = r.lastSeen();
            }
            if (docs.size() < minDocuments && !g.split) continue;
            NameRecord lead = g.members.get(0);
            out.add(new DiscoveredEntity(lead.id(), canonical(g), g.type(), docs.size(), mentions, firstSeen, lastSeen, g.members, g.split));
        }
        out.sort(Comparator.comparingInt((DiscoveredEntity e) -> -e.documents()).thenComparingInt(e -> -e.mentions()).thenComparing(DiscoveredEntity::id));
        return out;
    }

    /**
     * A name of a compatible type that is a variant of a member and conflicts with none. Across documents a single
     * word stands for a longer name only for people (the surname): "Office" is not "Continental Monitoring Office".
     */
    private static boolean fits(NameRecord r, Group g) {
        EntityType type = g.type();
        if (!compatible(r.type(), type)) return false;
        boolean person = type == EntityType.PER && (r.type() == EntityType.PER || r.type() == EntityType.MISC);
        boolean variant = false;
        for (NameRecord m : g.members) {
            if (NameVariants.conflicting(r.name(), m.name())) return false;
            if (variant) continue;
            boolean oneWordForMore = (words(r.name()) == 1) != (words(m.name()) == 1);
            if (oneWordForMore && !person) continue;
            if (NameVariants.same(r.name(), m.name())) variant = true;
        }
        return variant;
    }

    private static boolean compatible(EntityType a, EntityType b) {
        return a == b || a == EntityType.MISC || b == EntityType.MISC
                || ((a == EntityType.GPE || a == EntityType.LOC) && (b == EntityType.GPE || b == EntityType.LOC));
    }

    /** The most complete name (most words), then the one named in most documents. */
    private static String canonical(Group g) {
        NameRecord best = g.members.get(0);
        for (NameRecord r : g.members) {
            if (words(r.name()) > words(best.name())) best = r;
        }
        return best.name();
    }

    private static int words(String s) {
        return s.strip().split("[\\s-]+").length;
    }
}
