package org.keji.enterprise.registry;

import java.util.concurrent.atomic.AtomicLong;

import org.keji.commons.identifier.Uscc;

/** Fixtures: enterprises with fresh, valid unified social credit codes, so tests run in any order. */
public final class Enterprises {

    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime() % 100_000_000L);

    private Enterprises() {
    }

    /** A valid USCC not used before in this JVM: market regulation (9), company (1), Fuzhou (350100). */
    public static String aUscc() {
        String organisation = String.format("%09d", SERIAL.incrementAndGet() % 1_000_000_000L);
        String first17 = "91350100" + organisation;
        return first17 + Uscc.checkCharacter(first17);
    }

    public static String aRegistration(String uscc, String name) {
        return """
                {"uscc":"%s","name":"%s","region":"350100","registrationDate":"2019-03-15"}""".formatted(uscc, name);
    }
}
