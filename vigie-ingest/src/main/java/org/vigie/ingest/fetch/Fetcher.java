package org.vigie.ingest.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * Fetches http and https URLs under the safety rules of its {@link FetchOptions}: no other scheme (file:,
 * ftp:, jar:, data: are refused), no credentials in URLs, every host resolved and checked against the
 * {@link AddressPolicy} before each request including each redirect (followed here, never by the HTTP client,
 * so none escapes the check), a redirect cap, a byte cap enforced while reading (a declared length over the
 * cap is refused before the body is read, and a compressed body is capped after decompression) and one
 * deadline for the whole exchange, body included, so a server dripping bytes cannot hold a worker.
 * Safe to share between threads.
 *
 * <p>Known limit: the JDK client resolves the host again when it connects, so a DNS server that answers
 * differently within that instant (DNS rebinding) is not caught by the check.
 */
public final class Fetcher {
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "vigie-fetch-deadline");
        t.setDaemon(true);
        return t;
    });
    private static final int MAX_POST_RESPONSE = 64 * 1024;

    private final FetchOptions options;
    private final HttpClient client;

    public Fetcher(FetchOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(options.connectTimeout())
                .build();
    }

    public FetchOptions options() {
        return options;
    }

    /** GETs {@code uri}, conditionally if validators are given; any status is returned, only 2xx bodies are read. */
    public FetchResult get(URI uri, Validators validators) throws FetchException {
        Objects.requireNonNull(validators, "validators");
        long deadline = System.nanoTime() + options.timeout().toNanos();
        URI current = checkUrl(uri);
        List<URI> chain = new ArrayList<>();
        while (true) {
            options.addresses().check(current.getHost());
            HttpRequest.Builder rb = HttpRequest.newBuilder(current).GET()
                    .timeout(remaining(deadline, current))
                    .header("User-Agent", options.userAgent())
                    .header("Accept-Encoding", "gzip")
                    .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, "
                            + "text/html;q=0.9, text/plain;q=0.8, */*;q=0.5");
            if (validators.etag() != null) rb.header("If-None-Match", validators.etag());
            if (validators.lastModified() != null) rb.header("If-Modified-Since", validators.lastModified());
            HttpResponse<InputStream> response = send(rb.build(), current);
            int status = response.statusCode();
            String location = response.headers().firstValue("Location").orElse(null);
            if (isRedirect(status) && location != null) {
                closeQuietly(response.body());
                if (chain.size() >= options.maxRedirects()) {
                    throw new FetchException(FetchException.Kind.TOO_MANY_REDIRECTS, uri,
                            "more than " + options.maxRedirects() + " redirects");
                }
                URI next = resolveRedirect(current, location);
                if (next.equals(current) || chain.contains(next) || next.equals(uri)) {
                    throw new FetchException(FetchException.Kind.TOO_MANY_REDIRECTS, uri, "redirect loop at " + next);
                }
                chain.add(next);
                current = next;
                continue;
            }
            HttpHeaders h = response.headers();
            byte[] body = new byte[0];
            if (status >= 200 && status < 300) {
                body = readCapped(response, current, deadline, options.maxBytes());
            } else {
                closeQuietly(response.body());
            }
            Duration retryAfter = status == 429 || status == 503 ? retryAfter(h.firstValue("Retry-After").orElse(null)) : null;
            return new FetchResult(uri, current, status, h.firstValue("Content-Type").orElse(null), body,
                    new Validators(h.firstValue("ETag").orElse(null), h.firstValue("Last-Modified").orElse(null)),
                    chain, retryAfter);
        }
    }

    /**
     * POSTs {@code body} to {@code uri} under the same address rules, following no redirect; returns the status.
     * Used for webhooks, where a redirect would re-send the payload somewhere else.
     */
    public int post(URI uri, byte[] body, String contentType) throws FetchException {
        long deadline = System.nanoTime() + options.timeout().toNanos();
        URI target = checkUrl(uri);
        options.addresses().check(target.getHost());
        HttpRequest request = HttpRequest.newBuilder(target)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .timeout(remaining(deadline, target))
                .header("User-Agent", options.userAgent())
                .header("Content-Type", contentType)
                .build();
        HttpResponse<InputStream> response = send(request, target);
        if (response.statusCode() >= 200 && response.statusCode() < 300) {
            try {
                readCapped(response, target, deadline, MAX_POST_RESPONSE);
            } catch (FetchException e) {
                // the receiver took the payload; what it says back does not matter
            }
        } else {
            closeQuietly(response.body());
        }
        return response.statusCode();
    }

    /** Refuses anything but an absolute http or https URL with a host and without credentials. */
    public static URI checkUrl(URI uri) throws FetchException {
        if (uri == null) throw new FetchException(FetchException.Kind.REFUSED, null, "no URL");
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(FetchException.Kind.REFUSED, uri, "only http and https URLs are fetched, not '"
                    + (scheme.isEmpty() ? "(no scheme)" : scheme) + ":'");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new FetchException(FetchException.Kind.REFUSED, uri, "the URL has no host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new FetchException(FetchException.Kind.REFUSED, uri, "URLs with credentials are not fetched");
        }
        return uri;
    }

    static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static URI resolveRedirect(URI from, String location) throws FetchException {
        URI next;
        try {
            next = from.resolve(new URI(location.strip()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FetchException(FetchException.Kind.NETWORK, from, "invalid redirect location '" + location + "'");
        }
        if (next.getRawFragment() != null) {
            try {
                next = new URI(next.getScheme(), next.getRawSchemeSpecificPart(), null);
            } catch (URISyntaxException e) {
                throw new FetchException(FetchException.Kind.NETWORK, from, "invalid redirect location '" + location + "'");
            }
        }
        try {
            return checkUrl(next);
        } catch (FetchException e) {
            throw new FetchException(e.kind(), from, "redirect refused: " + e.getMessage());
        }
    }

    private HttpResponse<InputStream> send(HttpRequest request, URI uri) throws FetchException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            throw new FetchException(FetchException.Kind.TIMEOUT, uri, "connecting took too long", e);
        } catch (HttpTimeoutException e) {
            throw new FetchException(FetchException.Kind.TIMEOUT, uri, "no response within " + options.timeout(), e);
        } catch (ConnectException e) {
            throw new FetchException(FetchException.Kind.NETWORK, uri, "connection refused", e);
        } catch (IOException e) {
            throw new FetchException(FetchException.Kind.NETWORK, uri, describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(FetchException.Kind.TIMEOUT, uri, "interrupted", e);
        } catch (IllegalArgumentException e) {
            throw new FetchException(FetchException.Kind.REFUSED, uri, "invalid request: " + e.getMessage(), e);
        }
    }

    private static Duration remaining(long deadline, URI uri) throws FetchException {
        long left = deadline - System.nanoTime();
        if (left <= 0) throw new FetchException(FetchException.Kind.TIMEOUT, uri, "the time allowed ran out");
        return Duration.ofNanos(left);
    }

    private static byte[] readCapped(HttpResponse<InputStream> response, URI uri, long deadline, long max) throws FetchException {
        InputStream raw = response.body();
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        String encoding = response.headers().firstValue("Content-Encoding").orElse("identity").strip().toLowerCase(Locale.ROOT);
        if (declared > max && encoding.equals("identity")) {
            closeQuietly(raw);
            throw new FetchException(FetchException.Kind.TOO_LARGE, uri, "the response declares " + declared
                    + " bytes, more than the " + max + " allowed");
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            closeQuietly(raw);
            throw new FetchException(FetchException.Kind.TIMEOUT, uri, "the time allowed ran out");
        }
        // A blocked read cannot be interrupted; closing the stream at the deadline ends it.
        ScheduledFuture<?> closer = WATCHDOG.schedule(() -> closeQuietly(raw), left, TimeUnit.NANOSECONDS);
        try (InputStream in = decoded(raw, encoding, uri)) {
            byte[] out = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 16));
            if (out.length > max) {
                throw new FetchException(FetchException.Kind.TOO_LARGE, uri, "the response is larger than the " + max + " bytes allowed");
            }
            return out;
        } catch (FetchException e) {
            throw e;
        } catch (IOException e) {
            if (System.nanoTime() - deadline >= 0) {
                throw new FetchException(FetchException.Kind.TIMEOUT, uri, "the body did not arrive in time", e);
            }
            throw new FetchException(FetchException.Kind.NETWORK, uri, "reading the body failed: " + describe(e), e);
        } finally {
            closer.cancel(false);
            closeQuietly(raw);
        }
    }

    private static InputStream decoded(InputStream raw, String encoding, URI uri) throws IOException {
        return switch (encoding) {
            case "identity", "" -> raw;
            case "gzip", "x-gzip" -> new GZIPInputStream(raw);
            case "deflate" -> new InflaterInputStream(raw);
            default -> throw new FetchException(FetchException.Kind.NETWORK, uri, "unsupported content encoding '" + encoding + "'");
        };
    }

    static Duration retryAfter(String value) {
        if (value == null || value.isBlank()) return null;
        String v = value.strip();
        try {
            long seconds = Long.parseLong(v);
            return seconds < 0 ? null : Duration.ofSeconds(Math.min(seconds, 7 * 24 * 3600L));
        } catch (NumberFormatException e) {
            try {
                Duration d = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    private static String describe(IOException e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException | RuntimeException e) {
            // already closed or broken: nothing more to release
        }
    }
}
