package org.keji.commons.event;

/** One topic per producing service; key = aggregate id. Dead letters go to one topic per consuming service. */
public final class Topics {

    public static final String ENTERPRISE = "keji.enterprise.v1";
    public static final String PROJECT = "keji.project.v1";
    public static final String IP = "keji.ip.v1";
    public static final String FINANCE = "keji.finance.v1";

    private Topics() {
    }

    public static String deadLetter(String consumingService) {
        return "keji." + consumingService + ".dlq.v1";
    }
}
