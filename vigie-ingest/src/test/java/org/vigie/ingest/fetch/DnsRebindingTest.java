package org.vigie.ingest.fetch;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A DNS server that answers a public address to the first lookup and loopback to the next ones, the pattern of
 * a rebinding attack. The host name is made up, so only the test's resolver can answer it: a connection that
 * reaches the loopback server can only have come from an address that resolver returned.
 */
class DnsRebindingTest {
    static final String HOST = "rebinding.invalid";

    /** Counts TCP connections and answers each one with a tiny page. */
    static final class CountingServer implements AutoCloseable {
        final ServerSocket socket;
        final AtomicInteger connections = new AtomicInteger();
        final Thread acceptor;

        CountingServer() throws IOException {
            socket = new ServerSocket();
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            acceptor = new Thread(this::serve, "counting-server");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        private void serve() {
            while (!socket.isClosed()) {
                try (Socket s = socket.accept()) {
                    connections.incrementAndGet();
                    BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
                    String line;
                    while ((line = in.readLine()) != null && !line.isEmpty()) {
                        // headers are not needed
                    }
                    OutputStream out = s.getOutputStream();
                    out.write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 6\r\nConnection: close\r\n\r\ninside"
                            .getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                } catch (IOException e) {
                    // closed by the test, or a client that gave up
                }
            }
        }

        URI uri(String path) {
            return URI.create("http://" + HOST + ":" + socket.getLocalPort() + path);
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    /** Public first, loopback afterwards: what a hostile DNS server with a zero TTL would answer. */
    static final class RebindingDns implements HostResolver {
        final List<String> asked = new CopyOnWriteArrayList<>();

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            if (!host.equals(HOST)) throw new UnknownHostException(host);
            asked.add(host);
            byte[] answer = asked.size() == 1 ? new byte[]{93, (byte) 184, (byte) 216, 34} : new byte[]{127, 0, 0, 1};
            return new InetAddress[]{InetAddress.getByAddress(host, answer)};
        }
    }

    CountingServer server;
    final RebindingDns dns = new RebindingDns();

    @BeforeEach
    void start() throws IOException {
        server = new CountingServer();
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    static FetchOptions options(AddressPolicy policy) {
        return FetchOptions.defaults().withAddresses(policy).withTimeout(Duration.ofSeconds(5));
    }

    @Test
    void aHostThatRebindsToLoopbackAfterTheCheckIsNeverConnectedTo() {
        try (Fetcher strict = new Fetcher(options(AddressPolicy.publicOnly()), dns)) {
            FetchException e = assertThrows(FetchException.class, () -> strict.get(server.uri("/feed"), Validators.NONE));
            assertEquals(FetchException.Kind.REFUSED, e.kind(), e.getMessage());
            assertTrue(e.getMessage().contains("loopback"), e.getMessage());
        }
        assertEquals(2, dns.asked.size(), "the check and the connection each looked the name up once");
        assertEquals(0, server.connections.get(), "the loopback server must not see a connection");
    }

    @Test
    void aWebhookToAHostThatRebindsIsNotSent() {
        try (Fetcher strict = new Fetcher(options(AddressPolicy.publicOnly()), dns)) {
            FetchException e = assertThrows(FetchException.class,
                    () -> strict.post(server.uri("/hook"), "{}".getBytes(StandardCharsets.UTF_8), "application/json"));
            assertEquals(FetchException.Kind.REFUSED, e.kind(), e.getMessage());
        }
        assertEquals(0, server.connections.get());
    }

    @Test
    void theConnectionUsesTheAddressTheResolverGaveWhenThePolicyAllowsIt() throws Exception {
        // Same answers, loopback allowed: the connection lands on the loopback server, which shows that the
        // connection takes its address from the vetted lookup and not from a lookup of its own.
        try (Fetcher lenient = new Fetcher(options(AddressPolicy.allowingLoopback()), dns)) {
            FetchResult r = lenient.get(server.uri("/feed"), Validators.NONE);
            assertEquals(200, r.status());
            assertEquals("inside", new String(r.body(), StandardCharsets.UTF_8));
        }
        assertEquals(1, server.connections.get());
    }

    @Test
    void aNameWithOneRefusedAddressAmongOthersIsRefused() {
        HostResolver mixed = host -> new InetAddress[]{
                InetAddress.getByAddress(host, new byte[]{93, (byte) 184, (byte) 216, 34}),
                InetAddress.getByAddress(host, new byte[]{127, 0, 0, 1})};
        try (Fetcher strict = new Fetcher(options(AddressPolicy.publicOnly()), mixed)) {
            FetchException e = assertThrows(FetchException.class, () -> strict.get(server.uri("/feed"), Validators.NONE));
            assertEquals(FetchException.Kind.REFUSED, e.kind());
        }
        assertEquals(0, server.connections.get());
    }

    @Test
    void aResolverThatFindsNothingIsANetworkFailureNotAConnection() {
        HostResolver empty = host -> new InetAddress[0];
        try (Fetcher f = new Fetcher(options(AddressPolicy.allowingLoopback()), empty)) {
            FetchException e = assertThrows(FetchException.class, () -> f.get(server.uri("/feed"), Validators.NONE));
            assertEquals(FetchException.Kind.NETWORK, e.kind(), e.getMessage());
        }
        assertEquals(0, server.connections.get());
    }
}
