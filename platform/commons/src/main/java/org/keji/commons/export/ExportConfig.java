package org.keji.commons.export;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Bounds of the CSV/XLSX exports of list and statistics operations. */
@ConfigMapping(prefix = "keji.export")
public interface ExportConfig {

    /** The most rows one export holds; a request matching more is refused with {@code EXPORT_TOO_LARGE}. */
    @WithDefault("100000")
    int maxRows();

    /** Rows read from the database at a time while streaming, all in one snapshot. */
    @WithDefault("1000")
    int batchSize();

    /** How long the read-only transaction of one export may stay open (a slow client holds it). */
    @WithDefault("10M")
    Duration timeout();
}
