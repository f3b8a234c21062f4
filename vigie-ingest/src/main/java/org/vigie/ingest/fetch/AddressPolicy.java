package org.vigie.ingest.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * Which network addresses Vigie may connect to. By default only public unicast addresses: loopback, private
 * (RFC 1918, unique-local, carrier-grade NAT) and link-local networks are refused unless explicitly allowed,
 * because a feed or a redirect naming {@code 127.0.0.1} or {@code 169.254.169.254} would otherwise make the
 * monitor reach services that are not on the web. Unspecified, multicast, broadcast and reserved addresses are
 * always refused. IPv6 forms that embed an IPv4 address (mapped, compatible, NAT64, 6to4) are judged by the
 * embedded address.
 */
public record AddressPolicy(boolean allowLoopback, boolean allowPrivate) {

    /** Public addresses only: the default. */
    public static AddressPolicy publicOnly() {
        return new AddressPolicy(false, false);
    }

    /** Public addresses and this machine's loopback: for tests and a local demo feed. */
    public static AddressPolicy allowingLoopback() {
        return new AddressPolicy(true, false);
    }

    /** Why this address is refused, or empty if it may be used. */
    public Optional<String> refusal(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            byte[] embedded = embeddedIpv4(b);
            if (embedded != null) {
                try {
                    return refusal(InetAddress.getByAddress(embedded)).map(r -> r + " (embedded in the IPv6 address " + address.getHostAddress() + ")");
                } catch (UnknownHostException e) {
                    throw new IllegalStateException("four bytes always make an IPv4 address", e);
                }
            }
        }
        if (address.isAnyLocalAddress()) return Optional.of("the unspecified address " + address.getHostAddress());
        if (address.isMulticastAddress()) return Optional.of("a multicast address " + address.getHostAddress());
        if (address.isLoopbackAddress()) {
            return allowLoopback ? Optional.empty() : Optional.of("a loopback address " + address.getHostAddress());
        }
        if (address.isLinkLocalAddress() || address.isSiteLocalAddress() || isPrivateExtra(b)) {
            return allowPrivate ? Optional.empty() : Optional.of("a private or link-local address " + address.getHostAddress());
        }
        if (isReserved(b)) return Optional.of("a reserved address " + address.getHostAddress());
        return Optional.empty();
    }

    /**
     * Resolves {@code host} with the system's resolver and checks every address it resolves to: a name with
     * one public and one private address is refused, since the connection could use either.
     */
    public List<InetAddress> check(String host) throws FetchException {
        return vet(host, HostResolver.system());
    }

    /**
     * Resolves {@code host} with {@code resolver} and returns its addresses if every one is allowed, so that a
     * caller can connect to exactly the addresses that were checked rather than resolving the name again.
     */
    public List<InetAddress> vet(String host, HostResolver resolver) throws FetchException {
        if (host == null || host.isEmpty()) throw new FetchException(FetchException.Kind.REFUSED, null, "the URL has no host");
        String literal = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] all;
        try {
            all = resolver.resolve(literal);
        } catch (UnknownHostException e) {
            throw new FetchException(FetchException.Kind.NETWORK, null, "unknown host " + host);
        } catch (SecurityException | IllegalArgumentException e) {
            throw new FetchException(FetchException.Kind.REFUSED, null, "invalid host " + host + ": " + e.getMessage());
        }
        if (all == null || all.length == 0) throw new FetchException(FetchException.Kind.NETWORK, null, "unknown host " + host);
        for (InetAddress a : all) {
            if (a == null) throw new FetchException(FetchException.Kind.NETWORK, null, "unknown host " + host);
            Optional<String> why = refusal(a);
            if (why.isPresent()) throw new FetchException(FetchException.Kind.REFUSED, null, host + " resolves to " + why.get());
        }
        return List.of(all);
    }

    /** IPv4 embedded in IPv6: ::ffff:a.b.c.d, ::a.b.c.d, 64:ff9b::a.b.c.d (NAT64) and 2002:aabb:ccdd:: (6to4). */
    static byte[] embeddedIpv4(byte[] b) {
        if (b.length != 16) return null;
        boolean zero80 = true;
        for (int i = 0; i < 10; i++) zero80 &= b[i] == 0;
        if (zero80 && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) return last4(b);
        boolean zero96 = zero80 && b[10] == 0 && b[11] == 0;
        if (zero96) {
            // :: and ::1 are the unspecified and loopback addresses, not IPv4-compatible ones
            boolean small = b[12] == 0 && b[13] == 0 && b[14] == 0 && (b[15] & 0xff) <= 1;
            return small ? null : last4(b);
        }
        if ((b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
            boolean zeros = true;
            for (int i = 4; i < 12; i++) zeros &= b[i] == 0;
            if (zeros) return last4(b);
        }
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) return new byte[]{b[2], b[3], b[4], b[5]};
        return null;
    }

    private static byte[] last4(byte[] b) {
        return new byte[]{b[12], b[13], b[14], b[15]};
    }

    /** Private ranges the JDK does not call site-local: 100.64/10 (carrier-grade NAT) and fc00::/7 (unique-local). */
    private static boolean isPrivateExtra(byte[] b) {
        if (b.length == 4) return (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
        return (b[0] & 0xfe) == 0xfc;
    }

    private static boolean isReserved(byte[] b) {
        if (b.length == 4) {
            int a0 = b[0] & 0xff, a1 = b[1] & 0xff, a2 = b[2] & 0xff;
            return a0 == 0 // "this network"
                    || a0 >= 240 // reserved and broadcast
                    || (a0 == 192 && a1 == 0 && a2 == 0) // IETF protocol assignments
                    || (a0 == 192 && a1 == 0 && a2 == 2) || (a0 == 198 && a1 == 51 && a2 == 100)
                    || (a0 == 203 && a1 == 0 && a2 == 113) // documentation
                    || (a0 == 198 && (a1 == 18 || a1 == 19)); // benchmarking
        }
        int a0 = b[0] & 0xff, a1 = b[1] & 0xff, a2 = b[2] & 0xff, a3 = b[3] & 0xff;
        return (a0 == 0x20 && a1 == 0x01 && a2 == 0x0d && a3 == 0xb8) // documentation 2001:db8::/32
                || (a0 == 0x01 && a1 == 0x00 && b[2] == 0 && b[3] == 0 && b[4] == 0 && b[5] == 0 && b[6] == 0 && b[7] == 0) // discard 100::/64
                || (a0 & 0xe0) != 0x20; // outside 2000::/3, the global unicast space (ULA, link-local were handled before)
    }
}
