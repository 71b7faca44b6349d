package org.keji.ip.techcontract;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Kind of a DEVELOPMENT contract: COMMISSIONED (委托开发) or COOPERATIVE (合作开发)")
public enum DevelopmentKind {
    COMMISSIONED,
    COOPERATIVE
}
