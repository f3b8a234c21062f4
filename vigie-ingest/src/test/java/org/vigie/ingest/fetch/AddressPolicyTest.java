package org.vigie.ingest.fetch;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;

import static org.junit.jupiter.api.Assertions.*;

class AddressPolicyTest {
    static boolean refused(AddressPolicy p, String literal) throws Exception {
        return p.refusal(InetAddress.getByName(literal)).isPresent();
    }

    @Test
    void publicOnlyRefusesEveryNonPublicRange() throws Exception {
        AddressPolicy p = AddressPolicy.publicOnly();
        for (String a : new String[]{"127.0.0.1", "127.8.9.10", "::1", "10.0.0.1", "172.16.5.4", "192.168.1.1", "100.64.0.1",
                "169.254.169.254", "fe80::1", "fc00::1", "fd12:3456::1", "0.0.0.0", "::", "224.0.0.1", "ff02::1",
                "255.255.255.255", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "64:ff9b::a00:1", "2002:a00:1::", "0.1.2.3",
                "192.0.2.1", "2001:db8::1"}) {
            assertTrue(refused(p, a), a);
        }
        for (String a : new String[]{"93.184.216.34", "8.8.8.8", "2606:4700:4700::1111", "::ffff:8.8.8.8", "172.32.0.1"}) {
            assertFalse(refused(p, a), a);
        }
    }

    @Test
    void allowingLoopbackAllowsOnlyLoopback() throws Exception {
        AddressPolicy p = AddressPolicy.allowingLoopback();
        assertFalse(refused(p, "127.0.0.1"));
        assertFalse(refused(p, "::1"));
        assertTrue(refused(p, "10.0.0.1"));
        assertTrue(refused(p, "169.254.169.254"));
        assertTrue(refused(p, "0.0.0.0"));
    }

    @Test
    void allowingPrivateStillRefusesUnspecifiedAndMulticast() throws Exception {
        AddressPolicy p = new AddressPolicy(false, true);
        assertFalse(refused(p, "10.0.0.1"));
        assertFalse(refused(p, "fd00::1"));
        assertTrue(refused(p, "127.0.0.1"));
        assertTrue(refused(p, "0.0.0.0"));
        assertTrue(refused(p, "239.1.1.1"));
    }

    @Test
    void numericHostFormsAreJudgedByTheAddressTheyMean() {
        AddressPolicy p = AddressPolicy.publicOnly();
        for (String host : new String[]{"2130706433", "[::1]", "[::ffff:7f00:1]", "localhost"}) {
            FetchException e = assertThrows(FetchException.class, () -> p.check(host), host);
            assertEquals(FetchException.Kind.REFUSED, e.kind(), host);
        }
    }
}
