package org.vigie.ingest;

/**
 * Where some content came from, carried into {@link org.vigie.core.model.Input}: a file path, a URL (WARC
 * record, JSON record), or both; {@code source} is what error messages name.
 */
public record Origin(String path, String url, String source) {
    public static Origin ofPath(String path) {
        return new Origin(path, null, path);
    }

    public Origin withUrl(String newUrl, String newSource) {
        return new Origin(path, newUrl, newSource);
    }
}
