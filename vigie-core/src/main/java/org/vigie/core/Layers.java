package org.vigie.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An immutable set of layers, as returned by an annotator. */
public final class Layers {
    public static final Layers EMPTY = new Layers(Map.of());

    private final Map<LayerKind<?>, List<?>> layers;

    private Layers(Map<LayerKind<?>, List<?>> layers) {
        this.layers = layers;
    }

    public static <T> Layers of(LayerKind<T> kind, List<? extends T> elements) {
        return builder().put(kind, elements).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Set<LayerKind<?>> kinds() {
        return layers.keySet();
    }

    @SuppressWarnings("unchecked")
    public <T> List<T> get(LayerKind<T> kind) {
        List<?> l = layers.get(kind);
        if (l == null) throw new IllegalArgumentException("no layer " + kind + " here");
        return (List<T>) l;
    }

    Map<LayerKind<?>, List<?>> asMap() {
        return layers;
    }

    public static final class Builder {
        private final Map<LayerKind<?>, List<?>> layers = new LinkedHashMap<>();

        public <T> Builder put(LayerKind<T> kind, List<? extends T> elements) {
            for (Object o : elements) {
                if (!kind.type().isInstance(o)) {
                    throw new IllegalArgumentException("layer " + kind + " holds " + kind.type().getSimpleName()
                            + ", not " + (o == null ? "null" : o.getClass().getSimpleName()));
                }
            }
            layers.put(kind, List.copyOf(elements));
            return this;
        }

        public Layers build() {
            return new Layers(Collections.unmodifiableMap(new LinkedHashMap<>(layers)));
        }
    }
}
