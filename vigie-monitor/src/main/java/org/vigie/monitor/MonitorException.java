package org.vigie.monitor;

/** The monitor's own state could not be read or written (its database, its data folder). */
public final class MonitorException extends RuntimeException {
    public MonitorException(String message) {
        super(message);
    }

    public MonitorException(String message, Throwable cause) {
        super(message, cause);
    }
}
