package org.vigie.ingest.fetch;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
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
 * ftp:, jar:, data: are refused), no credentials in URLs, every host checked against the {@link AddressPolicy}
 * before each request including each redirect (followed here, never by the HTTP client, so none escapes the
 * check), a redirect cap, a byte cap enforced while reading (a declared length over the cap is refused before
 * the body is read, and a compressed body is capped after decompression) and one deadline for the whole
 * exchange, body included, so a server dripping bytes cannot hold a worker. Safe to share between threads;
 * {@link #close} releases its pooled connections.
 *
 * <p>The connection itself resolves the host through {@link VettedDns}, which applies the same policy to the
 * very addresses it hands to the socket: a DNS server that answers a public address to the early check and a
 * loopback one a moment later (DNS rebinding) gets a refusal, not a connection.
 */
public final class Fetcher implements AutoCloseable {
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "vigie-fetch-deadline");
        t.setDaemon(true);
        return t;
    });
    private static final int MAX_POST_RESPONSE = 64 * 1024;
    private static final String ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, "
            + "text/html;q=0.9, text/plain;q=0.8, */*;q=0.5";

    private final FetchOptions options;
    private final HostResolver resolver;
    private final CloseableHttpClient client;

    public Fetcher(FetchOptions options) {
        this(options, HostResolver.system());
    }

    /** A fetcher whose host names are resolved by {@code resolver}, both for the early check and for connecting. */
    public Fetcher(FetchOptions options, HostResolver resolver) {
        this(options, resolver, null);
    }

    /** With {@code tls}, the certificates it trusts instead of the JDK's trust store: for tests with their own CA. */
    Fetcher(FetchOptions options, HostResolver resolver, SSLContext tls) {
        this.options = Objects.requireNonNull(options, "options");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        ConnectionConfig connection = ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(options.connectTimeout()))
                .setSocketTimeout(Timeout.of(options.timeout()))
                // a server may drop an idle kept-alive connection; checking before reuse costs far less than a failed poll
                .setValidateAfterInactivity(TimeValue.ofMilliseconds(500))
                .build();
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new VettedDns(options.addresses(), resolver))
                        // the JDK's trust store and TLS settings (javax.net.ssl.*), as the JDK client had, with host name checks
                        .setTlsSocketStrategy(tls == null ? ClientTlsStrategyBuilder.create().useSystemProperties().buildClassic()
                                : ClientTlsStrategyBuilder.create().setSslContext(tls).buildClassic())
                        .setDefaultConnectionConfig(connection)
                        .setMaxConnTotal(64)
                        .setMaxConnPerRoute(16)
                        .build())
                // Redirects are followed by get() so that each hop is checked; retries would re-send a webhook and
                // wait out Retry-After inside the client; decompression is done here, under the byte cap.
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableContentCompression()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableConnectionState()
                .setUserAgent(options.userAgent())
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
            precheck(current);
            HttpGet request = new HttpGet(current);
            request.setHeader("User-Agent", options.userAgent());
            request.setHeader("Accept-Encoding", "gzip");
            request.setHeader("Accept", ACCEPT);
            if (validators.etag() != null) request.setHeader("If-None-Match", validators.etag());
            if (validators.lastModified() != null) request.setHeader("If-Modified-Since", validators.lastModified());
            Exchange ex = send(request, current, deadline);
            try {
                int status = ex.response.getCode();
                String location = header(ex.response, "Location");
                if (isRedirect(status) && location != null) {
                    ex.discard();
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
                byte[] body = new byte[0];
                if (status >= 200 && status < 300) {
                    body = ex.readCapped(current, deadline, options.maxBytes());
                } else {
                    ex.discard();
                }
                Duration retryAfter = status == 429 || status == 503 ? retryAfter(header(ex.response, "Retry-After")) : null;
                return new FetchResult(uri, current, status, header(ex.response, "Content-Type"), body,
                        new Validators(header(ex.response, "ETag"), header(ex.response, "Last-Modified")),
                        chain, retryAfter);
            } finally {
                ex.close();
            }
        }
    }

    /**
     * POSTs {@code body} to {@code uri} under the same address rules, following no redirect; returns the status.
     * Used for webhooks, where a redirect would re-send the payload somewhere else.
     */
    public int post(URI uri, byte[] body, String contentType) throws FetchException {
        long deadline = System.nanoTime() + options.timeout().toNanos();
        URI target = checkUrl(uri);
        precheck(target);
        HttpPost request = new HttpPost(target);
        request.setHeader("User-Agent", options.userAgent());
        ContentType type;
        try {
            type = ContentType.parse(contentType);
        } catch (RuntimeException e) {
            throw new FetchException(FetchException.Kind.REFUSED, target, "invalid content type '" + contentType + "'", e);
        }
        request.setEntity(new ByteArrayEntity(body, type));
        Exchange ex = send(request, target, deadline);
        try {
            int status = ex.response.getCode();
            if (status >= 200 && status < 300) {
                try {
                    ex.readCapped(target, deadline, MAX_POST_RESPONSE);
                } catch (FetchException e) {
                    // the receiver took the payload; what it says back does not matter
                }
            } else {
                ex.discard();
            }
            return status;
        } finally {
            ex.close();
        }
    }

    /** Releases the pooled connections; fetching afterwards fails. */
    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
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

    /**
     * Refuses a refused host before anything is sent, with a message naming it. It is not what keeps the
     * connection safe: that is {@link VettedDns}, which judges the addresses the connection actually uses.
     */
    private void precheck(URI uri) throws FetchException {
        try {
            options.addresses().vet(uri.getHost(), resolver);
        } catch (FetchException e) {
            throw new FetchException(e.kind(), uri, e.getMessage());
        }
    }

    private Exchange send(HttpUriRequestBase request, URI uri, long deadline) throws FetchException {
        long left = deadline - System.nanoTime();
        if (left <= 0) throw new FetchException(FetchException.Kind.TIMEOUT, uri, "the time allowed ran out");
        Timeout remaining = Timeout.of(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)), TimeUnit.MILLISECONDS);
        request.setConfig(RequestConfig.custom().setConnectionRequestTimeout(remaining).setResponseTimeout(remaining)
                .setProtocolUpgradeEnabled(false).build());
        // A blocked connect or read cannot be interrupted; cancelling the request closes its socket at the deadline.
        ScheduledFuture<?> watchdog = WATCHDOG.schedule(request::cancel, left, TimeUnit.NANOSECONDS);
        try {
            return new Exchange(request, client.executeOpen(null, request, null), watchdog);
        } catch (IOException | RuntimeException e) {
            watchdog.cancel(false);
            request.cancel();
            throw failure(e, uri, deadline);
        }
    }

    private FetchException failure(Exception e, URI uri, long deadline) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof VettedDns.Refused) return new FetchException(FetchException.Kind.REFUSED, uri, t.getMessage(), e);
        }
        if (e instanceof ConnectTimeoutException) {
            return new FetchException(FetchException.Kind.TIMEOUT, uri, "connecting took too long", e);
        }
        if (System.nanoTime() - deadline >= 0 || e instanceof SocketTimeoutException) {
            return new FetchException(FetchException.Kind.TIMEOUT, uri, "no response within " + options.timeout(), e);
        }
        if (e instanceof ConnectException) return new FetchException(FetchException.Kind.NETWORK, uri, "connection refused", e);
        if (e instanceof UnknownHostException) return new FetchException(FetchException.Kind.NETWORK, uri, "unknown host " + uri.getHost(), e);
        if (e instanceof IOException io) return new FetchException(FetchException.Kind.NETWORK, uri, describe(io), e);
        return new FetchException(FetchException.Kind.REFUSED, uri, "invalid request: " + e.getMessage(), e);
    }

    private static String header(ClassicHttpResponse response, String name) {
        Header h = response.getFirstHeader(name);
        return h == null ? null : h.getValue();
    }

    /** One request and its response, with the deadline watchdog that cancels it. */
    private static final class Exchange {
        final HttpUriRequestBase request;
        final ClassicHttpResponse response;
        final ScheduledFuture<?> watchdog;

        Exchange(HttpUriRequestBase request, ClassicHttpResponse response, ScheduledFuture<?> watchdog) {
            this.request = request;
            this.response = response;
            this.watchdog = watchdog;
        }

        /**
         * Drops a body that will not be read. Closing it would read it to the end to reuse the connection, which
         * a huge or dripping body turns into a long wait; cancelling closes the connection instead.
         */
        void discard() {
            if (response.getEntity() != null) request.cancel();
        }

        byte[] readCapped(URI uri, long deadline, long max) throws FetchException {
            HttpEntity entity = response.getEntity();
            if (entity == null) return new byte[0];
            String lengthHeader = header(response, "Content-Length");
            long declared = -1;
            try {
                if (lengthHeader != null) declared = Long.parseLong(lengthHeader.strip());
            } catch (NumberFormatException e) {
                // the reader below still enforces the cap
            }
            String encoding = header(response, "Content-Encoding");
            encoding = encoding == null ? "identity" : encoding.strip().toLowerCase(Locale.ROOT);
            if (declared > max && encoding.equals("identity")) {
                request.cancel();
                throw new FetchException(FetchException.Kind.TOO_LARGE, uri, "the response declares " + declared
                        + " bytes, more than the " + max + " allowed");
            }
            boolean complete = false;
            InputStream raw = null;
            try {
                raw = entity.getContent();
                InputStream in = decoded(raw, encoding, uri);
                byte[] out = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 16));
                if (out.length > max) {
                    throw new FetchException(FetchException.Kind.TOO_LARGE, uri, "the response is larger than the " + max + " bytes allowed");
                }
                complete = true;
                return out;
            } catch (FetchException e) {
                throw e;
            } catch (IOException e) {
                if (System.nanoTime() - deadline >= 0) {
                    throw new FetchException(FetchException.Kind.TIMEOUT, uri, "the body did not arrive in time", e);
                }
                throw new FetchException(FetchException.Kind.NETWORK, uri, "reading the body failed: " + describe(e), e);
            } finally {
                // Only a body read to its end leaves the connection fit for reuse.
                if (!complete) request.cancel();
                if (raw != null) closeQuietly(raw);
            }
        }

        void close() {
            watchdog.cancel(false);
            try {
                response.close();
            } catch (IOException | RuntimeException e) {
                // the connection is dropped either way
            }
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
