package org.vigie.store;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The discovered-entity side of a {@link JdbcDocumentStore}: the same SQL ({@link DiscoveredSql}) on SQLite and
 * PostgreSQL, run through the store's own transactions. For store implementations; applications use
 * {@link DiscoveredStore#of}.
 */
public interface JdbcDiscoveredStore extends JdbcDocumentStore, DiscoveredStore {

    /**
     * Runs a user's decision in one write transaction. A backend where two concurrent decisions can collide on a key
     * overrides it so that the later one returns false instead of failing.
     */
    default boolean decide(SqlWork<Boolean> decision) {
        return write("cannot be written", decision);
    }

    @Override
    default List<UnlinkedName> unlinkedNames() {
        return read(DiscoveredSql::unlinkedNames);
    }

    @Override
    default List<UserEntity> userEntities() {
        return read(DiscoveredSql::userEntities);
    }

    @Override
    default boolean confirm(UserEntity entity) {
        Objects.requireNonNull(entity, "entity");
        return decide(c -> DiscoveredSql.confirm(c, entity));
    }

    @Override
    default boolean split(String memberId) {
        Objects.requireNonNull(memberId, "memberId");
        return decide(c -> DiscoveredSql.split(c, memberId));
    }

    @Override
    default Set<String> splits() {
        return read(DiscoveredSql::splits);
    }

    @Override
    default List<SplitDecision> splitDecisions() {
        return read(DiscoveredSql::splitDecisions);
    }

    @Override
    default boolean unconfirm(String entityId) {
        Objects.requireNonNull(entityId, "entityId");
        return decide(c -> DiscoveredSql.unconfirm(c, entityId));
    }

    @Override
    default boolean unsplit(String memberId) {
        Objects.requireNonNull(memberId, "memberId");
        return decide(c -> DiscoveredSql.unsplit(c, memberId));
    }
}
