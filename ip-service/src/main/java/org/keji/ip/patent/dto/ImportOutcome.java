package org.keji.ip.patent.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Result of one import item: CREATED (登记成功), ALREADY_REGISTERED (已登记，未改动), INVALID (未通过校验，未写入)")
public enum ImportOutcome {
    CREATED,
    ALREADY_REGISTERED,
    INVALID
}
