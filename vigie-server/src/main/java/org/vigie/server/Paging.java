package org.vigie.server;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;

/** Paging read from query parameters, checked at the edge: a bad value is a 400 naming the parameter. */
record Paging(int offset, int limit) {

    /** The API's {@code offset} (default 0) and {@code limit} (default page size, at most the maximum). */
    static Paging api(Context ctx, ServerOptions options) {
        int offset = intParam(ctx, "offset", 0);
        int limit = intParam(ctx, "limit", options.pageSize());
        if (offset < 0) throw new BadRequestResponse("offset must be 0 or more, not " + offset);
        if (limit < 1 || limit > options.maxPageSize()) {
            throw new BadRequestResponse("limit must be between 1 and " + options.maxPageSize() + ", not " + limit);
        }
        return new Paging(offset, limit);
    }

    /** The HTML pages' 1-based {@code page}. */
    static int page(Context ctx) {
        int page = intParam(ctx, "page", 1);
        if (page < 1) throw new BadRequestResponse("page must be 1 or more, not " + page);
        return page;
    }

    static Paging ofPage(int page, int size) {
        long offset = (long) (page - 1) * size;
        if (offset > Integer.MAX_VALUE) throw new BadRequestResponse("page " + page + " is out of range");
        return new Paging((int) offset, size);
    }

    private static int intParam(Context ctx, String name, int fallback) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isEmpty()) return fallback;
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestResponse(name + " must be a whole number, not '" + raw + "'");
        }
    }
}
