/**
 * The monitor: Vigie following its sources by itself and telling its users when something they care about
 * happens. {@link org.vigie.monitor.Monitor} is the facade: sources (feeds, sitemaps, URL lists, folders) polled
 * on a schedule with conditional requests and back-off, articles fetched through the guarded
 * {@link org.vigie.ingest.fetch.Fetcher} and analysed once, archives imported resumably, watchlists evaluated on
 * each new document and story update, alerts kept, served as Atom and posted to webhooks. Its state lives in
 * {@code monitor.db}, an SQLite file of its own in the data folder.
 */
package org.vigie.monitor;
