/**
 * Guarded HTTP fetching for the monitor: {@link org.vigie.ingest.fetch.Fetcher} (only http and https, every
 * address checked by an {@link org.vigie.ingest.fetch.AddressPolicy} on the first request and on each redirect,
 * and again on the very addresses each connection uses, so DNS rebinding cannot slip a refused one in; capped
 * redirects, bytes and time, conditional requests), robots.txt rules and a per-host politeness pacer.
 * Nothing else in Vigie opens connections to the web.
 */
package org.vigie.ingest.fetch;
