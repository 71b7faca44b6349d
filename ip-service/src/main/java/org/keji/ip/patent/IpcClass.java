package org.keji.ip.patent;

/** The International Patent Classification symbol as CNIPA writes it: section, class, subclass, space, group. */
public final class IpcClass {

    /** e.g. {@code G06F 16/27}, {@code H04L 67/1097}, {@code A61K 36/00}. */
    public static final String PATTERN = "[A-H]\\d{2}[A-Z] \\d{1,4}/\\d{2,6}";

    private IpcClass() {
    }
}
