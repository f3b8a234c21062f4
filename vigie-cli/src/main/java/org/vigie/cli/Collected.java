package org.vigie.cli;

import org.vigie.ingest.Collection;
import org.vigie.ingest.IngestOptions;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The {@code --collected} option of the commands that read files: when the inputs were collected. */
final class Collected {
    @Option(names = "--collected", paramLabel = "DATE", converter = IsoDate.class,
            description = "When these files were collected (ISO date or date-time, e.g. 2025-04-07). Completes "
                    + "datelines written without a year and dates leads that only name a weekday. Overrides a folder's "
                    + Collection.FILE_NAME + "; a WARC record's own date wins over both.")
    String collected;

    IngestOptions options() {
        return IngestOptions.defaults().withCollected(collected);
    }

    static final class IsoDate implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                return Collection.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
