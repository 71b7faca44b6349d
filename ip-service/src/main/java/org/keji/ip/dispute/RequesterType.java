package org.keji.ip.dispute;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Who requests: ENTERPRISE (by its unified social credit code) or PERSON (by name and ID number)")
public enum RequesterType {
    ENTERPRISE,
    PERSON
}
