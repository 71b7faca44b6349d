package org.keji.ip.techcontract;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Type of technology contract (民法典第三编第二十章): DEVELOPMENT (技术开发, digit 1), TRANSFER (技术转让, "
        + "2), LICENCE (技术许可, 3), CONSULTING (技术咨询, 4), SERVICE (技术服务, 5); the digit is the type digit of the "
        + "registration number")
public enum ContractType {
    DEVELOPMENT('1', true),
    TRANSFER('2', true),
    LICENCE('3', true),
    CONSULTING('4', false),
    SERVICE('5', false);

    private final char digit;
    private final boolean deductsCosts;

    ContractType(char digit, boolean deductsCosts) {
        this.digit = digit;
        this.deductsCosts = deductsCosts;
    }

    /** The type digit of a registration number. */
    public char digit() {
        return digit;
    }

    /**
     * Whether the registered transaction amount excludes the hardware, materials and similar costs the officer deducts
     * (技术开发、技术转让、技术许可合同的技术交易额不含非技术性款项).
     */
    public boolean deductsCosts() {
        return deductsCosts;
    }
}
