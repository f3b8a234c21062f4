package org.vigie.monitor;

/** Told how an archive import goes, after each record: bytes of the file read so far out of its size, and counts. */
public interface ImportProgress {
    ImportProgress NONE = new ImportProgress() {
        @Override
        public void update(long bytesDone, long bytesTotal, long records, long stored, long duplicates, long failed) {
        }

        @Override
        public void done() {
        }
    };

    void update(long bytesDone, long bytesTotal, long records, long stored, long duplicates, long failed);

    /** The import ended (finished, failed or cancelled). */
    void done();
}
