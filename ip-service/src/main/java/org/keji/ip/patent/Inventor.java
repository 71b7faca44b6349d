package org.keji.ip.patent;

/** An inventor as stored (jsonb on the patent): the ID number in full, masked on the way out unless the role needs it. */
public record Inventor(String name, String idNumber) {
}
