package org.keji.e2e;

import java.util.concurrent.ThreadLocalRandom;

import org.keji.commons.identifier.PatentApplicationNumber;

/** Patent data for the suite's tests. */
final class Patents {

    private Patents() {
    }

    /** A valid 2023 invention number with a random serial, so runs sharing a database do not collide. */
    static String anInventionNumber() {
        String twelve = "20231%07d".formatted(ThreadLocalRandom.current().nextInt(10_000_000));
        return twelve + "." + PatentApplicationNumber.checkCharacter(twelve);
    }
}
