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
            KeySet keys, Function<String, String> body, Function<Tokens, String> token, Answers answers) {

        Endpoint(String service, String name, Operation operation, String method, String pathTemplate, KeySet keys,
                Function<String, String> body, Function<Tokens, String> token) {
            this(service, name, operation, method, pathTemplate, keys, body, token, null);
        }

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

    /**
     * Keys a create's answers give to reads (a record read by the id the service chose): {@code key} takes the key
     * from a 2xx answer's body.
     */
    record Answers(KeySet keys, Function<String, String> key) {
    }

    private static final String IDEMPOTENCY_PREFIX = "bench-";

    /** Fuzhou companies (91 350100), the serial in base 31 and a valid check character. */
    static final KeySet USCC = new KeySet("uscc", serial -> Usccs.withSerial(Usccs.FUZHOU, serial));

    static final Endpoint REGISTER_ENTERPRISE = new Endpoint("enterprise-service", "register an enterprise",
            Operation.CREATE, "POST", "/api/v1/enterprises", USCC,
            uscc -> "{\"uscc\":\"" + uscc + "\",\"name\":\"福州市星火科技有限公司\",\"region\":\"350100\","
                    + "\"registrationDate\":\"2019-03-15\"}",
            Tokens::officer);

    /** Weights of the 12 digits of a CNIPA application number; check = Σ digit × weight mod 11, 10 written X. */
    private static final int[] PATENT_WEIGHTS = { 2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5 };
    private static final long PATENT_SERIALS = 10_000_000L;

    /**
     * Invention application numbers filed in 2024, the serial as the 7-digit serial (each further 10 000 000 a year
     * earlier), with their check character: unique per serial and valid.
     */
    static final KeySet PATENT_NUMBER = new KeySet("applicationNumber", BenchmarkEndpoints::patentNumber);

    static final Endpoint REGISTER_PATENT = new Endpoint("ip-service", "register a patent", Operation.CREATE, "POST",
            "/api/v1/patents", PATENT_NUMBER,
            number -> "{\"applicationNumber\":\"" + number + "\",\"title\":\"一种分布式数据库的数据同步方法\","
                    + "\"ipcMainClass\":\"G06F 16/27\",\"filingDate\":\"" + number.substring(0, 4) + "-03-15\","
                    + "\"holders\":[{\"uscc\":\"91350100M000100Y43\",\"name\":\"福州市星火科技有限公司\",\"share\":\"100.00\"}],"
                    + "\"inventors\":[{\"name\":\"张伟\",\"idNumber\":\"11010519491231002X\"}]}",
            Tokens::officer);

    /** Project applications: a call and an enterprise per key, bound to the running suite by the benchmark's seed. */
    static final ProjectApplications APPLICATIONS = new ProjectApplications();

    static final KeySet APPLICATION = new KeySet("application", APPLICATIONS::key);

    /** Ids of applications, known only from the answers of their creates. */
    static final KeySet APPLICATION_ID = new KeySet("applicationId", serial -> {
        throw new UnsupportedOperationException("application ids come from the answers of the seed's creates");
    });

    static final Endpoint CREATE_APPLICATION = new Endpoint("project-service", "create a project application",
            Operation.CREATE, "POST", "/api/v1/project-applications", APPLICATION, ProjectApplications::draftBody,
            Tokens::officer, new Answers(APPLICATION_ID, body -> ProjectApplications.idOf(body).orElseThrow()));

    /**
     * The measured endpoints, reads first. Reads use keys seeded by the first create of their key set (or given by
     * its answers); project applications come after the enterprise creates, whose seed they apply with;
     * finance-service has no operations yet.
     */
    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("enterprise-service", "enterprise by USCC", Operation.READ, "GET",
                    "/api/v1/enterprises/{uscc}", USCC, null, Tokens::officer),
            new Endpoint("project-service", "enterprise replica by USCC", Operation.READ, "GET",
                    "/api/v1/enterprise-replicas/{uscc}", USCC, null, Tokens::officer),
            new Endpoint("ip-service", "patent by application number", Operation.READ, "GET",
                    "/api/v1/patents/by-number/{applicationNumber}", PATENT_NUMBER, null, Tokens::officer),
            new Endpoint("project-service", "project application by id", Operation.READ, "GET",
                    "/api/v1/project-applications/{applicationId}", APPLICATION_ID, null, Tokens::officer),
            REGISTER_ENTERPRISE,
            REGISTER_PATENT,
            CREATE_APPLICATION);

    /** The n-th benchmark application number, e.g. {@code 202410000007.7}: year, type 1, serial, check. */
    static String patentNumber(long serial) {
        if (serial < 0 || serial >= PATENT_SERIALS * 20) {
            throw new IllegalArgumentException("a benchmark patent serial is 0 to 199 999 999: " + serial);
        }
        String twelve = String.format("%04d1%07d", 2024 - serial / PATENT_SERIALS, serial % PATENT_SERIALS);
        int sum = 0;
        for (int i = 0; i < PATENT_WEIGHTS.length; i++) {
            sum += (twelve.charAt(i) - '0') * PATENT_WEIGHTS[i];
        }
        int check = sum % 11;
        return twelve + "." + (check == 10 ? "X" : String.valueOf(check));
    }

    private BenchmarkEndpoints() {
    }
}
