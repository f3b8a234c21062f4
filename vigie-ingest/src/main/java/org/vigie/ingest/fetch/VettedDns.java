package org.vigie.ingest.fetch;

import org.apache.hc.client5.http.DnsResolver;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * The HTTP client's only source of addresses: it resolves once, lets the {@link AddressPolicy} judge every
 * address, and hands the client exactly the addresses judged, so no second lookup can swap in a refused one.
 */
final class VettedDns implements DnsResolver {
    /** A refusal travelling through the HTTP client, which only lets {@link UnknownHostException} out of a resolver. */
    static final class Refused extends UnknownHostException {
        Refused(String message) {
            super(message);
        }
    }

    private final AddressPolicy policy;
    private final HostResolver resolver;

    VettedDns(AddressPolicy policy, HostResolver resolver) {
        this.policy = policy;
        this.resolver = resolver;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        try {
            return policy.vet(host, resolver).toArray(new InetAddress[0]);
        } catch (FetchException e) {
            if (e.kind() == FetchException.Kind.REFUSED) throw new Refused(e.getMessage());
            throw new UnknownHostException(e.getMessage());
        }
    }

    /** Overridden so that the client never receives an unresolved address, which the socket would resolve itself. */
    @Override
    public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
        List<InetSocketAddress> out = new ArrayList<>();
        for (InetAddress a : resolve(host)) out.add(new InetSocketAddress(a, port));
        return out;
    }

    @Override
    public String resolveCanonicalHostname(String host) {
        // Only used for Kerberos, which the fetcher never does; answering without a lookup avoids a reverse query.
        return host;
    }
}
