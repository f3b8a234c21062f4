package org.vigie.ingest.fetch;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

/**
 * https through the vetted resolver: the socket goes to the checked address while TLS still names and verifies
 * the host, so connecting by address does not weaken certificate checks. The certificate is made by the JDK's
 * keytool for a made-up name, and only this test's client trusts it.
 */
class TlsFetchTest {
    static final char[] PASSWORD = "test-only".toCharArray();

    @TempDir
    static Path dir;
    static HttpsServer server;
    static SSLContext clientTls;
    static final AtomicInteger requests = new AtomicInteger();

    static final HostResolver LOCAL_NAMES = host -> {
        if (host.equals("news.test") || host.equals("other.test")) {
            return new InetAddress[]{InetAddress.getByAddress(host, new byte[]{127, 0, 0, 1})};
        }
        throw new UnknownHostException(host);
    };

    @BeforeAll
    static void start() throws Exception {
        Path keystore = dir.resolve("news.p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "news", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=news.test", "-ext", "SAN=dns:news.test", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD))
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "keytool failed: " + output);

        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            keys.load(in, PASSWORD);
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, PASSWORD);
        SSLContext serverTls = SSLContext.getInstance("TLS");
        serverTls.init(kmf.getKeyManagers(), null, null);

        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("news", keys.getCertificate("news"));
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trusted);
        clientTls = SSLContext.getInstance("TLS");
        clientTls.init(null, tmf.getTrustManagers(), null);

        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(serverTls));
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/feed", ex -> {
            requests.incrementAndGet();
            byte[] body = "<rss/>".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    static URI uri(String host) {
        return URI.create("https://" + host + ":" + server.getAddress().getPort() + "/feed");
    }

    static Fetcher fetcher(AddressPolicy policy) {
        return new Fetcher(FetchOptions.defaults().withAddresses(policy).withTimeout(Duration.ofSeconds(10)), LOCAL_NAMES, clientTls);
    }

    @Test
    void anHttpsFetchConnectsToTheVettedAddressAndVerifiesTheCertificateForTheName() throws Exception {
        int before = requests.get();
        try (Fetcher f = fetcher(AddressPolicy.allowingLoopback())) {
            FetchResult r = f.get(uri("news.test"), Validators.NONE);
            assertEquals(200, r.status());
            assertEquals("<rss/>", new String(r.body(), StandardCharsets.UTF_8));
        }
        assertEquals(before + 1, requests.get());
    }

    @Test
    void aCertificateForAnotherNameIsRefusedEvenAtTheRightAddress() {
        int before = requests.get();
        try (Fetcher f = fetcher(AddressPolicy.allowingLoopback())) {
            FetchException e = assertThrows(FetchException.class, () -> f.get(uri("other.test"), Validators.NONE));
            assertEquals(FetchException.Kind.NETWORK, e.kind(), e.getMessage());
        }
        assertEquals(before, requests.get());
    }

    @Test
    void anUntrustedCertificateIsRefused() {
        int before = requests.get();
        try (Fetcher f = new Fetcher(FetchOptions.defaults().withAddresses(AddressPolicy.allowingLoopback()), LOCAL_NAMES)) {
            FetchException e = assertThrows(FetchException.class, () -> f.get(uri("news.test"), Validators.NONE));
            assertEquals(FetchException.Kind.NETWORK, e.kind(), e.getMessage());
        }
        assertEquals(before, requests.get());
    }

    @Test
    void loopbackIsRefusedOverHttpsTooWhenNotAllowed() {
        int before = requests.get();
        try (Fetcher f = fetcher(AddressPolicy.publicOnly())) {
            assertEquals(FetchException.Kind.REFUSED, assertThrows(FetchException.class, () -> f.get(uri("news.test"), Validators.NONE)).kind());
        }
        assertEquals(before, requests.get());
    }
}
