package org.vigie.server;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.UnauthorizedResponse;

import java.util.Set;

/**
 * Checks the bearer token of API writes. A browser never adds an {@code Authorization} header to a cross-site form
 * post, so the token also stops such posts. The ingest API always needs it; the monitor's writes need it once a
 * token is configured (without one they rely on taking JSON bodies only, which a cross-site form cannot send).
 * Decisions about discovered entities need it as ingest does: they change what the analyses that follow link.
 */
final class WriteGuard {
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final ServerOptions options;

    WriteGuard(ServerOptions options) {
        this.options = options;
    }

    /** Before every {@code /api/} request. */
    void check(Context ctx) {
        if (READS.contains(ctx.method().name())) return;
        String length = ctx.header("Content-Length");
        if (length != null) {
            try {
                long n = Long.parseLong(length.strip());
                if (n > options.maxRequestBytes()) throw tooLarge(options);
            } catch (NumberFormatException e) {
                throw new HttpResponseException(400, "Content-Length is not a number");
            }
        }
        if (options.apiTokenOrNull() == null) {
            if (ctx.path().startsWith("/api/ingest") || ctx.path().startsWith("/api/discovered")) {
                throw new UnauthorizedResponse("this server has no API token configured, so it accepts no ingest requests "
                        + "and no decisions about discovered entities");
            }
            return;
        }
        requireToken(ctx);
    }

    private void requireToken(Context ctx) {
        String header = ctx.header("Authorization");
        String prefix = "Bearer ";
        if (header == null || header.length() <= prefix.length() || !header.regionMatches(true, 0, prefix, 0, prefix.length())) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"vigie\"");
            throw new UnauthorizedResponse("writes need the header 'Authorization: Bearer <token>'; the token is in the data folder's "
                    + ApiToken.FILE_NAME + " file");
        }
        if (!ApiToken.matches(options.apiTokenOrNull(), header.substring(prefix.length()).strip())) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"vigie\", error=\"invalid_token\"");
            throw new UnauthorizedResponse("the API token is wrong");
        }
    }

    static HttpResponseException tooLarge(ServerOptions options) {
        return new HttpResponseException(413, "the request body is larger than the limit of " + options.maxRequestBytes() + " bytes");
    }
}
