package org.vigie.server;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.HttpResponseException;
import io.javalin.http.NotFoundResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.core.model.EntityType;
import org.vigie.nlp.discovered.DiscoveredEntity;
import org.vigie.nlp.discovered.DiscoveredGrouping;
import org.vigie.nlp.discovered.NameRecord;
import org.vigie.nlp.discovered.UserEntries;
import org.vigie.nlp.kb.ExtensionEntry;
import org.vigie.nlp.kb.KnowledgeBase;
import org.vigie.store.DiscoveredStore;
import org.vigie.store.DocumentStore;
import org.vigie.store.SplitDecision;
import org.vigie.store.UnlinkedName;
import org.vigie.store.UserEntity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.*;

/**
 * Discovered entities over a store: the store's unlinked names grouped by {@link DiscoveredGrouping}, and the
 * user's decisions (confirm, split) kept in the store; a confirmation also rewrites the user knowledge-base file of
 * the data folder, which the analyses that follow use. Without a data folder, decisions are refused (503).
 */
final class Discoveries {
    /** A name counts as recurring when at least this many documents name it. */
    static final int MIN_DOCUMENTS = 2;
    private static final Logger LOG = LoggerFactory.getLogger(Discoveries.class);

    private final DiscoveredStore storeOrNull;
    private final Path dataDirOrNull;

    Discoveries(DocumentStore store, Path dataDirOrNull) {
        DiscoveredStore d;
        try {
            d = DiscoveredStore.of(store);
        } catch (IllegalArgumentException e) {
            d = null;
        }
        this.storeOrNull = d;
        this.dataDirOrNull = dataDirOrNull;
        if (d != null && dataDirOrNull != null && (!d.userEntities().isEmpty()
                || java.nio.file.Files.exists(dataDirOrNull.resolve(org.vigie.nlp.kb.KbExtension.FOLDER).resolve(org.vigie.nlp.kb.KbExtension.USER_FILE)))) {
            // the store is the record of what was confirmed: the file follows it (a PostgreSQL store may have been
            // confirmed into, or undone, from another data folder)
            try {
                writeUserFile();
            } catch (UncheckedIOException e) {
                LOG.warn("cannot write the user knowledge-base file: {}", e.getMessage());
            }
        }
    }

    boolean available() {
        return storeOrNull != null;
    }

    private DiscoveredStore store() {
        if (storeOrNull == null) throw new HttpResponseException(503, "this store does not keep discovered entities");
        return storeOrNull;
    }

    /** The discovered entities, most documents first. */
    List<DiscoveredEntity> list() {
        DiscoveredStore s = store();
        Set<String> confirmedMembers = new HashSet<>();
        for (UserEntity u : s.userEntities()) confirmedMembers.addAll(u.members());
        KnowledgeBase kb = KnowledgeBase.get();
        List<NameRecord> names = new ArrayList<>();
        for (UnlinkedName n : s.unlinkedNames()) {
            names.add(new NameRecord(n.id(), n.name(), n.type(), n.mentions(), n.surfaces(), n.documents(), n.firstSeen(), n.lastSeen()));
        }
        return DiscoveredGrouping.group(names, id -> confirmedMembers.contains(id) || kb.entry(id).isPresent(), s.splits(), MIN_DOCUMENTS);
    }

    List<UserEntity> confirmed() {
        return store().userEntities();
    }

    /**
     * Confirms the discovered entity {@code id} under {@code nameOrNull} (default: its name) and {@code typeOrNull}
     * (default: its type).
     *
     * @throws NotFoundResponse when no discovered entity has this id
     */
    UserEntity confirm(String id, String nameOrNull, String typeOrNull) {
        DiscoveredStore s = store();
        if (dataDirOrNull == null) throw new HttpResponseException(503, "this server has no data folder to keep the user knowledge base in");
        DiscoveredEntity e = find(id);
        String name = nameOrNull == null || nameOrNull.isBlank() ? e.name() : nameOrNull.strip().replaceAll("\\s+", " ");
        if (name.length() > 200 || name.contains("|")) throw new BadRequestResponse("a name has at most 200 characters and no '|'");
        EntityType type = typeOrNull == null || typeOrNull.isBlank() ? e.type() : ApiHandlers.entityType(typeOrNull);
        Set<String> taken = new HashSet<>();
        for (UserEntity u : s.userEntities()) taken.add(u.id());
        String newId;
        try {
            newId = UserEntries.newId(name, taken::contains);
        } catch (IllegalArgumentException x) {
            throw new BadRequestResponse(x.getMessage());
        }
        List<String> variants = new ArrayList<>(new LinkedHashSet<>(prepend(name, e.surfaces())));
        variants.removeIf(v -> v.isBlank() || v.contains("\n") || v.contains("|"));
        UserEntity u = new UserEntity(newId, name, type, variants, e.variants().stream().map(NameRecord::id).toList(), Instant.now().toString());
        if (!s.confirm(u)) throw new HttpResponseException(409, "this entity or one of its names was confirmed meanwhile");
        writeUserFile();
        return u;
    }

    /**
     * Splits the name {@code memberId} off its discovered entity.
     *
     * @throws NotFoundResponse when no discovered entity has this name as a variant
     */
    DiscoveredEntity split(String memberId) {
        DiscoveredStore s = store();
        for (DiscoveredEntity e : list()) {
            for (NameRecord v : e.variants()) {
                if (v.id().equals(memberId)) {
                    if (e.variants().size() < 2) throw new HttpResponseException(409, memberId + " already stands on its own");
                    s.split(memberId);
                    return e;
                }
            }
        }
        throw new NotFoundResponse("no discovered entity has the name " + memberId);
    }

    /** The names the user split off, the oldest decision first. */
    List<SplitDecision> splits() {
        return store().splitDecisions();
    }

    /** The stored name of each of these store names ({@code vigie:} ids) that the store still has. */
    Map<String, String> names(Collection<String> ids) {
        Set<String> wanted = new HashSet<>(ids);
        Map<String, String> out = new HashMap<>();
        if (wanted.isEmpty()) return out;
        for (UnlinkedName n : store().unlinkedNames()) if (wanted.contains(n.id())) out.put(n.id(), n.name());
        return out;
    }

    /**
     * Undoes the confirmation of {@code id}: the entity leaves the store and the user knowledge-base file (the
     * analyses that follow no longer link its names to it), and its names are discovered again.
     *
     * @throws NotFoundResponse when no confirmed entity has this id
     */
    UserEntity unconfirm(String id) {
        DiscoveredStore s = store();
        if (dataDirOrNull == null) throw new HttpResponseException(503, "this server has no data folder to keep the user knowledge base in");
        UserEntity found = null;
        for (UserEntity u : s.userEntities()) if (u.id().equals(id)) found = u;
        if (found == null) throw new NotFoundResponse("no confirmed entity " + id);
        if (!s.unconfirm(id)) throw new HttpResponseException(409, "the confirmation of " + id + " was undone meanwhile");
        writeUserFile();
        return found;
    }

    /**
     * Undoes the split of the name {@code memberId}: it may join its discovered group again.
     *
     * @throws NotFoundResponse when this name was not split off
     */
    SplitDecision unsplit(String memberId) {
        DiscoveredStore s = store();
        for (SplitDecision d : s.splitDecisions()) {
            if (d.memberId().equals(memberId)) {
                if (!s.unsplit(memberId)) throw new HttpResponseException(409, "the split of " + memberId + " was undone meanwhile");
                return d;
            }
        }
        throw new NotFoundResponse("the name " + memberId + " was not split off");
    }

    DiscoveredEntity find(String id) {
        for (DiscoveredEntity e : list()) if (e.id().equals(id)) return e;
        throw new NotFoundResponse("no discovered entity " + id);
    }

    private static List<String> prepend(String first, List<String> rest) {
        List<String> l = new ArrayList<>();
        l.add(first);
        l.addAll(rest);
        return l;
    }

    private void writeUserFile() {
        List<ExtensionEntry> entries = new ArrayList<>();
        for (UserEntity u : store().userEntities()) entries.add(UserEntries.entry(u.id(), u.name(), u.type(), u.variants()));
        try {
            UserEntries.write(dataDirOrNull, entries);
        } catch (IOException x) {
            throw new UncheckedIOException("cannot write the user knowledge base in " + dataDirOrNull, x);
        }
    }
}
