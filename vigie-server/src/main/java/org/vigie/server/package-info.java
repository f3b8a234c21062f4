/**
 * The web UI and JSON API over a {@link org.vigie.store.DocumentStore}, built with Javalin:
 * {@link org.vigie.server.VigieServer} is the entry point. Pages are rendered on the server through
 * {@code Html}, which escapes all text, and need no JavaScript.
 */
package org.vigie.server;
