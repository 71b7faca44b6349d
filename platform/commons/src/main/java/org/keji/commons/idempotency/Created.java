package org.keji.commons.idempotency;

import java.net.URI;

/**
 * What a creating request produced: the body of its response, where the resource lives, and the status: 201 for a new
 * resource, 200 when the request found the one it would have created (e.g. the same document uploaded again).
 */
public record Created(URI location, Object body, int status) {

    public Created(URI location, Object body) {
        this(location, body, 201);
    }

    /** The request found an existing resource equal to the one it asked for: 200 with it, nothing created. */
    public static Created existing(URI location, Object body) {
        return new Created(location, body, 200);
    }
}
