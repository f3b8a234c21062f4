package org.vigie.ingest.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Turns a host name into addresses. The {@link Fetcher} asks it once per connection and connects only to the
 * addresses it returned after the {@link AddressPolicy} accepted them; it is an interface so that tests can play
 * a DNS server whose answers change between two lookups (DNS rebinding).
 */
@FunctionalInterface
public interface HostResolver {
    /** Every address of {@code host} (a name or an address literal, IPv6 without brackets); never empty. */
    InetAddress[] resolve(String host) throws UnknownHostException;

    /** The JDK's resolver (the system's DNS, with the JDK's short-lived cache). */
    static HostResolver system() {
        return InetAddress::getAllByName;
    }
}
