package org.keji.commons.web;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a request whose path, query or header parameters carry text PostgreSQL cannot store (see
 * {@link StorableText}) with 400 VALIDATION_FAILED naming the parameter, for every operation of every service. It runs
 * after the route is matched, so path parameters are known by name.
 */
public class StorableParametersFilter {

    @ServerRequestFilter
    public void check(UriInfo uri, HttpHeaders headers) {
        check(uri.getPathParameters());
        check(uri.getQueryParameters());
        check(headers.getRequestHeaders());
    }

    private static void check(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (!StorableText.isStorable(parameter.getKey())) {
                throw new InvalidParameterException(printable(parameter.getKey()), null, StorableText.EXPECTED);
            }
            for (String value : parameter.getValue()) {
                if (!StorableText.isStorable(value)) {
                    throw new InvalidParameterException(parameter.getKey(), null, StorableText.EXPECTED);
                }
            }
        }
    }

    private static String printable(String name) {
        return name.replace("\u0000", "\\u0000");
    }
}
