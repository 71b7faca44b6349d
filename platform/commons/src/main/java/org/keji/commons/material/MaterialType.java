package org.keji.commons.material;

import java.util.List;
import java.util.Locale;

/**
 * The kinds of document a material may be, decided by its bytes ({@link MaterialTypes}), never by its name: PDF, OFD
 * (版式文档, GB/T 33190), JPEG, PNG, DOCX, XLSX, ZIP (an archive holding only documents of these types).
 */
public enum MaterialType {
    PDF("application/pdf", "pdf"),
    OFD("application/ofd", "ofd"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    PNG("image/png", "png"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    ZIP("application/zip", "zip");

    private final String mediaType;
    private final List<String> extensions;

    MaterialType(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    /** The media type the content is served with. */
    public String mediaType() {
        return mediaType;
    }

    /** The file-name extensions that name this type, lower case, without the dot. */
    public List<String> extensions() {
        return extensions;
    }

    /** Whether a file named {@code fileName} may hold this type: its extension is one of ours, or it has none. */
    public boolean admitsName(String fileName) {
        String extension = MaterialTypes.extension(fileName);
        return extension.isEmpty() || extensions.contains(extension.toLowerCase(Locale.ROOT));
    }
}
