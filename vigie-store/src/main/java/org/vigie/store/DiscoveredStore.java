package org.vigie.store;

import org.vigie.store.search.IndexedDocumentStore;

import java.util.List;
import java.util.Set;

/**
 * What a store keeps for discovered entities: the names without a knowledge-base id across documents, and the
 * user's decisions about them (confirmed entities, names split off their group). Both store backends implement it;
 * {@link #of} finds it behind an indexed store.
 */
public interface DiscoveredStore {

    /** The discovered-entity side of a store opened by Vigie (embedded, PostgreSQL, or either behind an index). */
    static DiscoveredStore of(DocumentStore store) {
        DocumentStore base = store instanceof IndexedDocumentStore i ? i.base() : store;
        if (base instanceof DiscoveredStore d) return d;
        throw new IllegalArgumentException("discovered entities are not kept by " + store.getClass().getName());
    }

    /** Every name stored with an engine id ({@code vigie:...}), in id order. */
    List<UnlinkedName> unlinkedNames();

    /** The confirmed entities, in the order they were confirmed. */
    List<UserEntity> userEntities();

    /**
     * Records a confirmed entity and the store names it groups, in one transaction.
     *
     * @return false, changing nothing, when an entity with this id is confirmed already or one of the names belongs
     * to another confirmed entity
     */
    boolean confirm(UserEntity entity);

    /** Records that a store name stands on its own from now on; false if it was split off already. */
    boolean split(String memberId);

    /** The names split off their group. */
    Set<String> splits();

    /** The names split off their group with when each was split, the oldest first. */
    List<SplitDecision> splitDecisions();

    /**
     * Undoes a confirmation: the entity and the store names it grouped are forgotten, in one transaction, so that its
     * names are discovered again.
     *
     * @return false, changing nothing, when no entity with this id is confirmed
     */
    boolean unconfirm(String entityId);

    /** Undoes a split: the name may join its group again; false, changing nothing, when it was not split off. */
    boolean unsplit(String memberId);
}
