package org.keji.launcher;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongFunction;

import org.keji.testkit.Tokens;
import org.keji.testkit.Usccs;

/**
 * Every service's main read and create that the benchmark measures, in one list: a new service adds its endpoints
 * here, in the same change that builds them, and the benchmark measures them directly and through the gateway and
 * puts them in its table against DESIGN.md's targets.
 */
final class BenchmarkEndpoints {

    /** What a read endpoint reads by and what a create endpoint creates: the n-th key of the run is unique. */
    record KeySet(String name, LongFunction<String> generator) {

        String key(long serial) {
            return generator.apply(serial);
        }
    }

    enum Operation {
        READ,
        CREATE
    }

    /**
     * One operation of one service.
     *
     * @param pathTemplate the path with the key as {@code {<key set name>}}
     * @param body the JSON body of a request for a key (creates; {@code null} for reads)
     * @param token the bearer token the operation is sent with
     */
    record Endpoint(String service, String name, Operation operation, String method, String pathTemplate,
            KeySet keys, Function<String, String> body, Function<Tokens, String> token) {

        String label() {
            return service + ": " + name;
        }

        String path(String key) {
            return pathTemplate.replace("{" + keys.name() + "}", key);
        }

        /** A create carries its own Idempotency-Key, so that the idempotency record is written as in production. */
        String idempotencyKey(String key) {
            return operation == Operation.CREATE ? IDEMPOTENCY_PREFIX + key : "";
        }

        /** The key a create was sent for, from its Idempotency-Key. */
        String keyOf(HttpRequest request) {
            return request.headers().firstValue("Idempotency-Key").orElseThrow().substring(IDEMPOTENCY_PREFIX.length());
        }

        /** The line of the wrk request file: path, Idempotency-Key and body, separated by tabs. */
        String requestLine(String key) {
            return path(key) + "\t" + idempotencyKey(key) + "\t" + (body == null ? "" : body.apply(key));
        }

        HttpRequest request(String baseUrl, String key, String bearer) {
            HttpRequest.Builder builder = LoadGenerator.request(baseUrl + path(key), bearer);
            if (operation == Operation.CREATE) {
                builder.header("Idempotency-Key", idempotencyKey(key));
            }
            if (body == null) {
                return builder.method(method, HttpRequest.BodyPublishers.noBody()).build();
            }
            return builder.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body.apply(key), StandardCharsets.UTF_8))
                    .build();
        }
    }

    private static final String IDEMPOTENCY_PREFIX = "bench-";

    /** Fuzhou companies (91 350100), the serial in base 31 and a valid check character. */
    static final KeySet USCC = new KeySet("uscc", serial -> Usccs.withSerial(Usccs.FUZHOU, serial));

    static final Endpoint REGISTER_ENTERPRISE = new Endpoint("enterprise-service", "register an enterprise",
            Operation.CREATE, "POST", "/api/v1/enterprises", USCC,
            uscc -> "{\"uscc\":\"" + uscc + "\",\"name\":\"福州市星火科技有限公司\",\"region\":\"350100\","
                    + "\"registrationDate\":\"2019-03-15\"}",
            Tokens::officer);

    /**
     * The measured endpoints, reads first. Reads use keys seeded by the first create of their key set; ip-service
     * and finance-service have no operations yet.
     */
    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("enterprise-service", "enterprise by USCC", Operation.READ, "GET",
                    "/api/v1/enterprises/{uscc}", USCC, null, Tokens::officer),
            new Endpoint("project-service", "enterprise replica by USCC", Operation.READ, "GET",
                    "/api/v1/enterprise-replicas/{uscc}", USCC, null, Tokens::officer),
            REGISTER_ENTERPRISE);

    private BenchmarkEndpoints() {
    }
}
