package org.vigie.server;

import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The token every HTML form of the site carries (ingest, sources, watchlists, discovered entities): a random value set
 * in a SameSite=Strict, HttpOnly cookie with the form and repeated in a hidden field. A page on another site can make a
 * browser post a form here, but cannot read the token, and the browser does not send a Strict cookie with a
 * cross-site post; so a post whose field does not equal its cookie is refused.
 */
final class FormTokens {
    static final String COOKIE = "vigie_csrf";
    static final String FIELD = "csrf";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private FormTokens() {
    }

    /** The visitor's token: kept from the cookie when there is one, else a new one set as a session cookie. */
    static String issue(Context ctx) {
        String existing = ctx.cookie(COOKIE);
        if (existing != null && TOKEN.matcher(existing).matches()) return existing;
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        ctx.header("Set-Cookie", COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Strict");
        return token;
    }

    /** The hidden field carrying the token, to put inside a form. */
    static void field(Html h, String token) {
        h.empty("input", "type", "hidden", "name", FIELD, "value", token);
    }

    /** True when the form's token equals the cookie's (compared in constant time). */
    static boolean valid(Context ctx, String formToken) {
        String cookieToken = ctx.cookie(COOKIE);
        return cookieToken != null && formToken != null && TOKEN.matcher(cookieToken).matches()
                && MessageDigest.isEqual(cookieToken.getBytes(StandardCharsets.US_ASCII), formToken.getBytes(StandardCharsets.UTF_8));
    }
}
