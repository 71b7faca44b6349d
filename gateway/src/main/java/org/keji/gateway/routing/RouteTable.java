package org.keji.gateway.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.keji.gateway.GatewayConfig;

/** Maps a request path to its backend: the longest configured prefix that matches whole path segments wins. */
@ApplicationScoped
public class RouteTable {

    /**
     * The route a path goes to and the prefix it matched: {@code /api/v1/enterprises/*} is what metrics tag the
     * request with, never the path with its record ids.
     */
    public record Match(String prefix, Route route) {

        public String template() {
            return prefix + "/*";
        }
    }

    private final List<Route> routes;
    private final List<Match> byLongestPrefix;

    public RouteTable(GatewayConfig config) {
        // sorted by name so that "first route wins" in the merged OpenAPI document is stable across restarts
        this.routes = config.routes().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> Route.of(e.getKey(), e.getValue().url(), e.getValue().prefixes()))
                .toList();
        List<Match> entries = new ArrayList<>();
        for (Route route : routes) {
            for (String prefix : route.prefixes()) {
                String normalized = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
                entries.add(new Match(normalized, route));
            }
        }
        entries.sort(Comparator.comparingInt((Match e) -> e.prefix().length()).reversed());
        this.byLongestPrefix = List.copyOf(entries);
    }

    public Optional<Match> match(String path) {
        for (Match entry : byLongestPrefix) {
            String prefix = entry.prefix();
            if (path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/')) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    /** All routes, ordered by name. */
    public List<Route> routes() {
        return routes;
    }
}
