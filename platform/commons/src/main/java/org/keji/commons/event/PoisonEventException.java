package org.keji.commons.event;

/** A message that can never be processed, however often it is redelivered: it goes to the dead-letter topic. */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
