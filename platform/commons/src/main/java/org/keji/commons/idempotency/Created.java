package org.keji.commons.idempotency;

import java.net.URI;

/** What a creating request produced: the body of its 201 response and where the new resource lives. */
public record Created(URI location, Object body) {
}
