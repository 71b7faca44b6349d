package org.keji.commons.identifier;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The kind of a Chinese patent application, from the fifth digit of its application number. */
@Schema(description = "Patent kind: INVENTION (发明), UTILITY_MODEL (实用新型), DESIGN (外观设计), PCT_INVENTION (进入中国国家阶段的PCT发明), PCT_UTILITY_MODEL (进入中国国家阶段的PCT实用新型)")
public enum PatentType {
    INVENTION('1'),
    UTILITY_MODEL('2'),
    DESIGN('3'),
    PCT_INVENTION('8'),
    PCT_UTILITY_MODEL('9');

    private final char digit;

    PatentType(char digit) {
        this.digit = digit;
    }

    /** The type digit in the application number. */
    public char digit() {
        return digit;
    }

    /**
     * @throws IllegalArgumentException if no patent type has this digit
     */
    public static PatentType ofDigit(char digit) {
        for (PatentType type : values()) {
            if (type.digit == digit) {
                return type;
            }
        }
        throw new IllegalArgumentException("not a patent type digit: " + digit);
    }
}
