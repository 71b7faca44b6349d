package org.keji.commons.storage;

import org.keji.commons.problem.ProblemException;

/** 413 MATERIAL_TOO_LARGE: a body passed the configured size limit while it was received. */
public class ContentTooLargeException extends ProblemException {

    private static final long MB = 1024 * 1024;

    public ContentTooLargeException(long maxSize) {
        super(413, "MATERIAL_TOO_LARGE", readable(maxSize));
    }

    /** "20 MB" for the usual whole megabytes (of 1 048 576 bytes), otherwise the bytes. */
    static String readable(long bytes) {
        return bytes % MB == 0 ? bytes / MB + " MB" : bytes + " B";
    }
}
