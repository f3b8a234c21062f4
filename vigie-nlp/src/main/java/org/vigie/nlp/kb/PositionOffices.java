package org.vigie.nlp.kb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.vigie.core.ConfigException;
import org.vigie.nlp.lang.LanguagePack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.*;

/**
 * The offices of the knowledge base ({@code head-of-state}, {@code foreign-minister}... of a state) that Wikidata
 * position items stand for: a position item that is a subclass (P279) or an instance (P31) of a generic class listed
 * in {@code multi/kb/wikidata-offices.tsv} and applies to one jurisdiction (P1001) is that office of that
 * jurisdiction. Found in a dump by {@link #scan}; an extension entry carries the office as the role
 * {@code <role>@<jurisdiction>} ({@link #code}), which {@link KnowledgeBase} turns into a term of office. A position
 * of one jurisdiction that is a subclass of another position of the dump standing for an office of that same
 * jurisdiction ("Minister of Foreign Affairs and Cooperation of X" under "Minister of Foreign Affairs of X") stands
 * for that office too, up to {@link #MAX_DEPTH} levels up.
 */
public final class PositionOffices {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Generic class QID -> office role. */
    static final Map<String, String> GENERIC = generic();
    private static final List<String> NEEDLES = GENERIC.keySet().stream().map(q -> "\"" + q + "\"").sorted().toList();

    /** How many subclass levels a position may stand below the position of the dump whose office it takes. */
    static final int MAX_DEPTH = 3;

    private record Pending(List<String> parents, String jurisdiction) {
    }

    private final Map<String, String> byPosition = new HashMap<>();
    private final Set<String> ambiguous = new HashSet<>();
    /** Positions of one jurisdiction under other items, whose office is known once the whole dump is read. */
    private final Map<String, Pending> pending = new HashMap<>();

    private static Map<String, String> generic() {
        Map<String, String> m = new HashMap<>();
        for (Map<String, String> r : LanguagePack.of("multi").table("kb/wikidata-offices.tsv")) {
            m.put(r.get("qid").strip(), r.get("role").strip());
        }
        if (m.isEmpty()) throw new ConfigException("missing resource org/vigie/nlp/lang/multi/kb/wikidata-offices.tsv");
        return Map.copyOf(m);
    }

    /** No position known: nothing is mapped. */
    public static PositionOffices none() {
        return new PositionOffices();
    }

    /**
     * The position items of a dump (read line by line; a line naming no generic class or no jurisdiction is skipped
     * unparsed, an unreadable line is skipped).
     */
    public static PositionOffices scan(InputStream dump) throws IOException {
        PositionOffices p = new PositionOffices();
        BufferedReader r = new BufferedReader(new InputStreamReader(dump, StandardCharsets.UTF_8), 1 << 16);
        String line;
        while ((line = r.readLine()) != null) {
            if (!line.contains("\"P1001\"") || !(line.contains("\"P279\"") || mentionsAGenericClass(line))) continue;
            String t = line.strip();
            if (t.endsWith(",")) t = t.substring(0, t.length() - 1);
            try {
                JsonNode item = JSON.readTree(t);
                if (item != null && item.isObject()) p.accept(item);
            } catch (JsonProcessingException e) {
                // a broken line is counted by the import's own pass
            }
        }
        p.resolve();
        return p;
    }

    private static boolean mentionsAGenericClass(String line) {
        for (String n : NEEDLES) if (line.contains(n)) return true;
        return false;
    }

    /** Records the office of one item when it is a position of one office and one jurisdiction. */
    void accept(JsonNode item) {
        String id = item.path("id").asText("");
        if (!id.matches("Q[0-9]+")) return;
        JsonNode claims = item.path("claims");
        Set<String> roles = new TreeSet<>();
        for (String property : List.of("P279", "P31")) {
            for (String cls : items(claims.path(property))) {
                String role = GENERIC.get(cls);
                if (role != null) roles.add(role);
            }
        }
        Set<String> jurisdictions = new TreeSet<>(items(claims.path("P1001")));
        if (roles.isEmpty() && jurisdictions.size() == 1) {
            List<String> parents = items(claims.path("P279"));
            if (!parents.isEmpty()) pending.put(id, new Pending(parents, jurisdictions.iterator().next()));
            return;
        }
        if (roles.isEmpty() || jurisdictions.isEmpty()) return;
        if (roles.size() > 1 || jurisdictions.size() > 1) {
            // "prime minister and foreign minister", or one position for several states: no single office to give
            ambiguous.add(id);
            byPosition.remove(id);
            return;
        }
        if (!ambiguous.contains(id)) byPosition.put(id, code(roles.iterator().next(), jurisdictions.iterator().next()));
    }

    /** Gives each pending position the office of the positions above it of the same jurisdiction, when they agree on one. */
    void resolve() {
        Map<String, String> found = new HashMap<>();
        for (Map.Entry<String, Pending> e : pending.entrySet()) {
            Set<String> offices = new TreeSet<>();
            collect(e.getValue().parents(), e.getValue().jurisdiction(), 1, offices, new HashSet<>(Set.of(e.getKey())));
            if (offices.size() == 1) found.put(e.getKey(), offices.iterator().next());
        }
        found.forEach(byPosition::putIfAbsent);
        pending.clear();
    }

    private void collect(List<String> parents, String jurisdiction, int depth, Set<String> offices, Set<String> seen) {
        for (String parent : parents) {
            if (!seen.add(parent)) continue;
            String office = byPosition.get(parent);
            if (office != null) {
                if (office.endsWith("@" + jurisdiction)) offices.add(office);
                continue;
            }
            Pending up = pending.get(parent);
            if (up != null && depth < MAX_DEPTH && up.jurisdiction().equals(jurisdiction)) collect(up.parents(), jurisdiction, depth + 1, offices, seen);
        }
    }

    private static List<String> items(JsonNode claims) {
        List<String> out = new ArrayList<>();
        for (JsonNode c : claims) {
            if ("deprecated".equals(c.path("rank").asText(""))) continue;
            String v = c.path("mainsnak").path("datavalue").path("value").path("id").asText("");
            if (v.matches("Q[0-9]+")) out.add(v);
        }
        return out;
    }

    /** The office role code of a position item, {@code foreign-minister@Q142}, when it stands for one. */
    public Optional<String> office(String positionQid) {
        return Optional.ofNullable(byPosition.get(positionQid));
    }

    /** How many position items stand for an office. */
    public int size() {
        return byPosition.size();
    }

    /** The role code of an office in an extension file: {@code <role>@<state or organisation id>}. */
    public static String code(String role, String of) {
        return role + "@" + of;
    }

    /**
     * The term of office a role of an extension entry gives its holder: a role written {@code <role>@<of>} with a
     * start date; empty for another role (a Phoenix code, a position QID), without a start, or ending before it starts.
     */
    static Optional<Office> office(String personId, RoleTerm term) {
        int at = term.role().indexOf('@');
        if (at <= 0 || at == term.role().length() - 1 || term.start().isEmpty()) return Optional.empty();
        if (term.end().isPresent() && term.end().get().isBefore(term.start().get())) return Optional.empty();
        return Optional.of(new Office(personId, term.role().substring(0, at), term.role().substring(at + 1), term.start().get(), term.end()));
    }
}
