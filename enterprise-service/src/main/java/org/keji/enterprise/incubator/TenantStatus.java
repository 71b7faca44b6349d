package org.keji.enterprise.incubator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TenantStatus", description = "Status of a tenant: `INCUBATING` 在孵, `GRADUATED` 已毕业, `MOVED_OUT` 已迁出. Only `INCUBATING` allows actions.", example = "INCUBATING")
public enum TenantStatus {
    /** 在孵 */
    INCUBATING,
    /** 已毕业 */
    GRADUATED,
    /** 已迁出 */
    MOVED_OUT
}
