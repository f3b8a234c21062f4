package org.vigie.server;

/**
 * How the server presents the store: {@code siteName} heads every page, {@code pageSize} rows are listed per page,
 * and API clients may ask for at most {@code maxPageSize}.
 */
public record ServerOptions(String siteName, int pageSize, int maxPageSize) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7310;

    public ServerOptions {
        if (siteName == null || siteName.isBlank()) throw new IllegalArgumentException("siteName must not be blank");
        if (pageSize < 1) throw new IllegalArgumentException("pageSize must be at least 1, not " + pageSize);
        if (maxPageSize < pageSize) {
            throw new IllegalArgumentException("maxPageSize (" + maxPageSize + ") must be at least pageSize (" + pageSize + ")");
        }
    }

    public static ServerOptions defaults() {
        return new ServerOptions("Vigie", 50, 500);
    }

    public ServerOptions withPageSize(int newPageSize) {
        return new ServerOptions(siteName, newPageSize, Math.max(maxPageSize, newPageSize));
    }
}
