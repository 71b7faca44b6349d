package org.keji.gateway.routing;

import java.net.URI;
import java.util.List;

/** One backend service and the path prefixes it serves. */
public record Route(String name, String host, int port, boolean ssl, List<String> prefixes) {

    public static Route of(String name, URI url, List<String> prefixes) {
        if (url.getHost() == null) {
            throw new IllegalArgumentException("route " + name + " needs an absolute URL, got " + url);
        }
        boolean ssl = "https".equalsIgnoreCase(url.getScheme());
        int port = url.getPort() != -1 ? url.getPort() : ssl ? 443 : 80;
        return new Route(name, url.getHost(), port, ssl, List.copyOf(prefixes));
    }

    public String baseUrl() {
        return (ssl ? "https://" : "http://") + host + ":" + port;
    }
}
