package org.vigie.server;

/**
 * How the server presents the store: {@code siteName} heads every page, {@code pageSize} rows are listed per page,
 * and API clients may ask for at most {@code maxPageSize}. {@code apiTokenOrNull} is the bearer token every API
 * write must carry (null: the ingest API refuses every request, see {@link ApiToken}); request bodies larger than
 * {@code maxRequestBytes} are refused with 413.
 */
public record ServerOptions(String siteName, int pageSize, int maxPageSize, String apiTokenOrNull, long maxRequestBytes) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7310;
    public static final long DEFAULT_MAX_REQUEST_BYTES = 10L * 1024 * 1024;

    public ServerOptions {
        if (siteName == null || siteName.isBlank()) throw new IllegalArgumentException("siteName must not be blank");
        if (pageSize < 1) throw new IllegalArgumentException("pageSize must be at least 1, not " + pageSize);
        if (maxPageSize < pageSize) {
            throw new IllegalArgumentException("maxPageSize (" + maxPageSize + ") must be at least pageSize (" + pageSize + ")");
        }
        if (apiTokenOrNull != null && apiTokenOrNull.isBlank()) throw new IllegalArgumentException("the API token must not be blank");
        if (maxRequestBytes < 1) throw new IllegalArgumentException("maxRequestBytes must be at least 1, not " + maxRequestBytes);
    }

    public ServerOptions(String siteName, int pageSize, int maxPageSize) {
        this(siteName, pageSize, maxPageSize, null, DEFAULT_MAX_REQUEST_BYTES);
    }

    public static ServerOptions defaults() {
        return new ServerOptions("Vigie", 50, 500);
    }

    public ServerOptions withPageSize(int newPageSize) {
        return new ServerOptions(siteName, newPageSize, Math.max(maxPageSize, newPageSize), apiTokenOrNull, maxRequestBytes);
    }

    public ServerOptions withApiToken(String token) {
        return new ServerOptions(siteName, pageSize, maxPageSize, token, maxRequestBytes);
    }

    public ServerOptions withMaxRequestBytes(long bytes) {
        return new ServerOptions(siteName, pageSize, maxPageSize, apiTokenOrNull, bytes);
    }

    /** Never shows the token, so that options can be logged. */
    @Override
    public String toString() {
        return "ServerOptions[siteName=" + siteName + ", pageSize=" + pageSize + ", maxPageSize=" + maxPageSize
                + ", apiToken=" + (apiTokenOrNull == null ? "none" : "set") + ", maxRequestBytes=" + maxRequestBytes + "]";
    }
}
