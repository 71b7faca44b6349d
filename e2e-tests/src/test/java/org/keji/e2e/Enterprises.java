package org.keji.e2e;

import java.util.LinkedHashMap;
import java.util.Map;

import org.keji.testkit.Usccs;

/** Registration bodies for {@code POST /api/v1/enterprises}, each for a fresh USCC unless one is given. */
final class Enterprises {

    private Enterprises() {
    }

    static Map<String, Object> aRegistration() {
        return aRegistration(Usccs.aUscc());
    }

    static Map<String, Object> aRegistration(String uscc) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("uscc", uscc);
        body.put("name", "福州闽江智能科技有限公司");
        body.put("region", "350100");
        body.put("registrationDate", "2019-03-15");
        return body;
    }

    static Map<String, Object> renamed(Map<String, Object> registration, String name) {
        Map<String, Object> body = new LinkedHashMap<>(registration);
        body.put("name", name);
        return body;
    }
}
