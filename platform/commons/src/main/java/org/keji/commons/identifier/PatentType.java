package org.keji.commons.identifier;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The kind of a Chinese patent application, from the fifth digit of its application number. */
@Schema(description = "Patent kind: INVENTION (发明), UTILITY_MODEL (实用新型), DESIGN (外观设计), PCT_INVENTION (进入中国国家阶段的PCT发明), PCT_UTILITY_MODEL (进入中国国家阶段的PCT实用新型)")
public enum PatentType {
    INVENTION('1', 20),
    UTILITY_MODEL('2', 10),
    DESIGN('3', 15),
    PCT_INVENTION('8', 20),
    PCT_UTILITY_MODEL('9', 10);

    private final char digit;
    private final int termYears;

    PatentType(char digit, int termYears) {
        this.digit = digit;
        this.termYears = termYears;
    }

    /**
     * The term of protection counted from the filing date (专利法 Art. 42: invention 20 years, utility model 10,
     * design 15 since the 2021 amendment); a PCT application entering China has the term of its base kind.
     */
    public int termYears() {
        return termYears;
    }

    /**
     * The first day the patent is no longer in force by its term: the filing date plus {@link #termYears()} (a term
     * filed on 29 February ends on 28 February, the year-arithmetic of {@link LocalDate#plusYears(long)}).
     */
    public LocalDate termEndsOn(LocalDate filingDate) {
        return filingDate.plusYears(termYears);
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
