package org.vigie.monitor;

/**
 * How far an archive import got: the file (by absolute path, size and modification time, so a changed file
 * starts over), the position of the next record to read (a byte offset in the file as stored, which for a
 * gzip WARC is a member boundary, and for JSON Lines a line count), and the counts so far.
 */
record ImportCheckpoint(String path, long size, long mtimeMs, long position, long records, long stored,
                        long duplicates, long failed, boolean done) {
}
