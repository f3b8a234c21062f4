package org.vigie.server;

import org.vigie.store.DocumentStore;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

/**
 * A store seen through the {@link DocumentStore} interface alone, so the server finds no facts index behind it and
 * answers the facts routes by scanning the records: the reference the indexed answers are compared with.
 */
final class PlainStore {
    private PlainStore() {
    }

    /** {@code store} without its other interfaces; closing the view leaves {@code store} open for its owner. */
    static DocumentStore of(DocumentStore store) {
        return (DocumentStore) Proxy.newProxyInstance(PlainStore.class.getClassLoader(), new Class<?>[]{DocumentStore.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close")) return null;
                    try {
                        return method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
