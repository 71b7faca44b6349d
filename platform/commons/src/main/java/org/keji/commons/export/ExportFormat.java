package org.keji.commons.export;

import java.util.List;

import jakarta.ws.rs.core.MediaType;

/** The spreadsheet formats a list or statistics operation also answers, chosen by {@code Accept}. */
public enum ExportFormat {

    /** RFC 4180 CSV in UTF-8 with a byte order mark, so spreadsheet programs read the Chinese headers. */
    CSV("text/csv", "csv"),
    /** Office Open XML workbook, one sheet. */
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    public static final String CSV_TYPE = "text/csv";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final MediaType mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = MediaType.valueOf(mediaType);
        this.extension = extension;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    /** The media type sent in {@code Content-Type}: CSV names its charset. */
    public MediaType contentType() {
        return this == CSV ? mediaType.withCharset("UTF-8") : mediaType;
    }

    public String extension() {
        return extension;
    }

    /**
     * The format the client prefers, from its acceptable media types in order of preference: the first that is an
     * export format decides unless JSON or a wildcard comes before it (then the operation answers as usual).
     */
    public static ExportFormat preferred(List<MediaType> acceptable) {
        for (MediaType type : acceptable) {
            if (type.isWildcardType() || type.isWildcardSubtype()) {
                return null;
            }
            for (ExportFormat format : values()) {
                if (format.mediaType.isCompatible(type)) {
                    return format;
                }
            }
            if (MediaType.APPLICATION_JSON_TYPE.isCompatible(type)) {
                return null;
            }
        }
        return null;
    }
}
