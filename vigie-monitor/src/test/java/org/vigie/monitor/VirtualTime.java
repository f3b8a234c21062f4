package org.vigie.monitor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A clock that moves only when told to or when the monitor sleeps, so schedules and windows are tested without waiting. */
final class VirtualTime extends Clock {
    private Instant now;
    final List<Duration> sleeps = new ArrayList<>();

    VirtualTime(Instant start) {
        this.now = start;
    }

    VirtualTime() {
        this(Instant.parse("2025-06-03T08:00:00Z"));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    synchronized void advance(Duration d) {
        now = now.plus(d);
    }

    synchronized void sleep(Duration d) {
        sleeps.add(d);
        now = now.plus(d);
    }
}
