package org.vigie.core.model;

/** Where a document came from: a path or a URL, its media type and its size in bytes. */
public record Input(String path, String url, String mediaType, long bytes) {
    public static Input ofPath(String path, String mediaType, long bytes) {
        return new Input(path, null, mediaType, bytes);
    }

    public static Input ofUrl(String url, String mediaType, long bytes) {
        return new Input(null, url, mediaType, bytes);
    }
}
