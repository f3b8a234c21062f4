package org.vigie.monitor;

import java.util.List;

/** What a sources file holds: settings for the monitor's options, the sources and the watchlists. */
public record SourcesConfig(Settings settings, List<Source> sources, List<Watchlist> watchlists) {
    public SourcesConfig {
        sources = List.copyOf(sources);
        watchlists = List.copyOf(watchlists);
    }

    /**
     * Settings a sources file may give: whether loopback and private addresses may be fetched (the explicit
     * permission a local demo feed needs), a user agent, a politeness delay and the default poll interval;
     * null leaves the option as it was.
     */
    public record Settings(Boolean allowLoopback, Boolean allowPrivate, String userAgent, java.time.Duration politeness,
                           java.time.Duration interval) {
        public static final Settings NONE = new Settings(null, null, null, null, null);

        public MonitorOptions applyTo(MonitorOptions o) {
            MonitorOptions out = o;
            if (allowLoopback != null || allowPrivate != null) {
                var current = o.fetch().addresses();
                out = out.withAddresses(new org.vigie.ingest.fetch.AddressPolicy(
                        allowLoopback != null ? allowLoopback : current.allowLoopback(),
                        allowPrivate != null ? allowPrivate : current.allowPrivate()));
            }
            if (userAgent != null) out = out.withFetch(out.fetch().withUserAgent(userAgent));
            if (politeness != null) out = out.withPoliteness(politeness);
            if (interval != null) {
                out = new MonitorOptions(out.fetch(), out.feedMaxBytes(), out.politeness(), interval,
                        out.maxBackoff().compareTo(interval) < 0 ? interval : out.maxBackoff(), out.maxNewItemsPerPoll(),
                        out.maxArticleAttempts(), out.workers(), out.folderSettle(), out.folderMaxBytes(), out.webhookAttempts(),
                        out.webhookBackoff(), out.publicBaseUrl(), out.clock(), out.sleeper());
            }
            return out;
        }
    }
}
