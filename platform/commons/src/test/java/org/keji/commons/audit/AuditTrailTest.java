package org.keji.commons.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;

import org.junit.jupiter.api.Test;
import org.keji.commons.testapp.WidgetService;
import org.keji.testkit.Await;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(KejiTestResource.class)
class AuditTrailTest {

    private static final String TRAIL = "/api/v1/audit/commons-test";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    WidgetService widgets;

    @Inject
    AuditChainer chainer;

    @Inject
    TransactionManager transactions;

    @Test
    void shouldRecordACreateWithWhoWhatWhenAndTheCreatedRecord() {
        String token = Tokens.shared().token("officer-portal-user", "officer",
                Map.of("region", "350100", "azp", "keji-portal"));
        String id = given().auth().oauth2(token).header("X-Request-Id", "req-audit-1").contentType("application/json")
                .body("{\"name\":\"audited\"}").post("/api/v1/widgets").then().statusCode(201).extract()
                .path("id");

        List<Map<String, Object>> entries = history("widgets", id);
        assertEquals(1, entries.size(), entries::toString);
        Map<String, Object> entry = entries.get(0);
        assertEquals("POST /api/v1/widgets", entry.get("operation"));
        assertEquals(201, entry.get("status"));
        assertEquals("officer-portal-user", entry.get("subject"));
        assertEquals("officer", entry.get("role"));
        assertEquals("keji-portal", entry.get("client"));
        assertEquals("req-audit-1", entry.get("requestId"));
        assertEquals("widgets", entry.get("recordType"));
        assertNotNull(entry.get("recordedAt"));
        assertEquals(64, entry.get("hash").toString().length());
    }

    @Test
    void shouldRecordARefusalWithItsStatusAndNameTheRecordOfTheRoute() {
        String id = UUID.randomUUID().toString();
        given().auth().oauth2(Tokens.shared().officer()).post("/api/v1/widgets/" + id + "/ship").then()
                .statusCode(409);
        given().auth().oauth2(Tokens.shared().applicant("91350100M000100Y43")).contentType("application/json")
                .body("{\"name\":\"part\"}").post("/api/v1/widgets/" + id + "/parts").then().statusCode(403);
        given().contentType("application/json").body("{\"name\":\"part\"}").post("/api/v1/widgets/" + id + "/parts")
                .then().statusCode(401);

        List<Map<String, Object>> entries = history("widgets", id);
        assertEquals(List.of("POST /api/v1/widgets/{id}/ship 409 officer-350100",
                "POST /api/v1/widgets/{id}/parts 403 applicant-91350100M000100Y43",
                "POST /api/v1/widgets/{id}/parts 401 anonymous"),
                entries.stream().map(e -> e.get("operation") + " " + e.get("status") + " " + e.get("subject")).toList());
    }

    @Test
    void shouldRollBackTheChangesOfARefusedRequestAndRecordTheRefusal() {
        String name = "refused-" + UUID.randomUUID().toString().substring(0, 8);
        long before = count("SELECT count(*) FROM audit_entry WHERE operation = 'POST /api/v1/widgets/create-then-refuse'");
        given().auth().oauth2(Tokens.shared().officer()).contentType("application/json")
                .body("{\"name\":\"" + name + "\"}").post("/api/v1/widgets/create-then-refuse").then().statusCode(409);

        assertEquals(0, widgets.count(name), "the refused request's write was rolled back with it");
        assertEquals(before + 1,
                count("SELECT count(*) FROM audit_entry WHERE operation = 'POST /api/v1/widgets/create-then-refuse' "
                        + "AND status = 409"));
    }

    @Test
    void shouldNotRecordReads() {
        String id = UUID.randomUUID().toString();
        given().auth().oauth2(Tokens.shared().officer()).get("/api/v1/widgets/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.shared().officer()).get("/api/v1/widgets/owned/91350100M000100Y43").then()
                .statusCode(200);

        assertEquals(0, count("SELECT count(*) FROM audit_entry WHERE operation LIKE 'GET %'"));
        assertEquals(List.of(), history("widgets", id));
    }

    @Test
    void shouldKeepOneChainUnderConcurrentWriters() throws Exception {
        long before = count("SELECT count(*) FROM audit_entry");
        int writers = 24;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String name = "concurrent-" + i;
            calls.add(CompletableFuture.supplyAsync(() -> {
                await(start);
                return given().auth().oauth2(Tokens.shared().officer()).contentType("application/json")
                        .body("{\"name\":\"" + name + "\"}").post("/api/v1/widgets").statusCode();
            }, pool));
        }
        start.countDown();
        for (CompletableFuture<Integer> call : calls) {
            assertEquals(201, call.get());
        }
        pool.shutdown();

        assertEquals(before + writers, count("SELECT count(*) FROM audit_entry"));
        chainAll();
        assertEquals(count("SELECT max(position) FROM audit_chain"), count("SELECT count(*) FROM audit_chain"),
                "linked without gaps");
        assertEquals(count("SELECT count(*) FROM audit_chain"),
                count("SELECT count(DISTINCT previous_hash) FROM audit_chain"), "no two links follow the same one");
        verification().body("intact", equalTo(true));
    }

    @Test
    void shouldChainAnEntryOnlyOnceItsTransactionHasEndedAndOnlyOnce() throws SQLException {
        chainAll();
        long before = count("SELECT count(*) FROM audit_chain");
        try (Connection open = dataSource.getConnection()) {
            open.setAutoCommit(false);
            try (PreparedStatement insert = open.prepareStatement("INSERT INTO audit_entry (recorded_at, subject, "
                    + "operation, status, entry_hash) VALUES (now(), 'in-flight', 'POST /api/v1/widgets', 201, '')")) {
                insert.executeUpdate();
            }
            createWidget();
            // the open transaction's entry is not visible yet, and it holds back every later one
            assertEquals(0, chainer.chainNow());
            open.commit();
        }
        assertEquals(2, chainAll());
        assertEquals(before + 2, count("SELECT count(*) FROM audit_chain"));
        assertEquals(0, chainer.chainNow(), "nothing is linked twice");
        verification().body("intact", equalTo(true));
    }

    @Test
    void shouldKeepEachChangeWithItsEntryWhenAFilterContinuesOnAnotherThread() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<CompletableFuture<String>> calls = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String name = "hop-" + UUID.randomUUID().toString().substring(0, 8);
            calls.add(CompletableFuture.supplyAsync(() -> {
                int status = given().auth().oauth2(Tokens.shared().officer()).header("X-Test-Thread-Hop", "yes")
                        .header("X-Request-Id", name).contentType("application/json")
                        .body("{\"name\":\"" + name + "\"}").post("/api/v1/widgets").statusCode();
                return status + " " + name;
            }, pool));
        }
        for (CompletableFuture<String> call : calls) {
            String[] answer = call.get().split(" ");
            assertEquals("201", answer[0]);
            assertEquals(1, widgets.count(answer[1]), "the widget answered as created exists");
            assertEquals(1, count("SELECT count(*) FROM audit_entry WHERE status = 201 AND request_id = '" + answer[1]
                    + "'"));
        }
        pool.shutdown();
    }

    @Test
    void shouldCommitTheChainOnItsOwnWhenTheThreadCarriesATransaction() throws Exception {
        chainAll();
        createWidget();
        long before = count("SELECT count(*) FROM audit_chain");
        // what a request may leave on a worker thread the scheduler then runs the chainer on
        transactions.begin();
        try {
            assertEquals(1, chainAll());
        } finally {
            transactions.rollback();
        }
        assertEquals(before + 1, count("SELECT count(*) FROM audit_chain"), "the link outlives the thread's rollback");
        verification().body("intact", equalTo(true));
    }

    @Test
    void shouldRefuseUpdateDeleteAndTruncateInTheDatabase() {
        createWidget();
        chainAll();
        for (String sql : List.of("UPDATE audit_entry SET status = 200", "DELETE FROM audit_entry",
                "TRUNCATE audit_entry", "UPDATE audit_chain SET position = 0", "DELETE FROM audit_chain",
                "TRUNCATE audit_chain")) {
            SQLException refused = assertThrows(SQLException.class, () -> execute(sql), sql);
            assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
        }
        verification().body("intact", equalTo(true));
    }

    @Test
    void shouldNameTheEntryChangedBehindTheServicesBack() throws SQLException {
        createWidget();
        long seq = count("SELECT max(seq) FROM audit_entry");
        createWidget();
        chainAll();
        long position = count("SELECT position FROM audit_chain WHERE entry_seq = " + seq);
        String linkedHash = text("SELECT entry_hash FROM audit_chain WHERE position = " + position);
        String chainHash = text("SELECT chain_hash FROM audit_chain WHERE position = " + position);
        verification().body("intact", equalTo(true));

        // the DB owner switches the triggers off in its session and rewrites an entry: 201 becomes 403
        asOwner("UPDATE audit_entry SET status = 403, subject = 'someone-else' WHERE seq = " + seq);
        try {
            broken(position, "HASH_MISMATCH").body("entrySeq", equalTo((int) seq));
            // recomputing the entry's own hash does not help: its link keeps the hash it had
            asOwner("UPDATE audit_entry a SET entry_hash = audit_entry_hash(a) WHERE seq = " + seq);
            broken(position, "HASH_MISMATCH");
            // rewriting the link too moves the break to the next link
            String forged = text("SELECT entry_hash FROM audit_entry WHERE seq = " + seq);
            String previous = text("SELECT previous_hash FROM audit_chain WHERE position = " + position);
            asOwner("UPDATE audit_chain SET entry_hash = '" + forged + "', chain_hash = '"
                    + AuditLog.chainHash(position, seq, forged, previous) + "' WHERE position = " + position);
            broken(position + 1, "PREVIOUS_HASH_MISMATCH");
            // a link whose hash no longer matches it
            asOwner("UPDATE audit_chain SET chain_hash = '" + chainHash + "' WHERE position = " + position);
            broken(position, "CHAIN_HASH_MISMATCH");
        } finally {
            asOwner("UPDATE audit_entry SET status = 201, subject = 'officer-350100' WHERE seq = " + seq);
            asOwner("UPDATE audit_entry a SET entry_hash = audit_entry_hash(a) WHERE seq = " + seq);
            asOwner("UPDATE audit_chain SET entry_hash = '" + linkedHash + "', chain_hash = '" + chainHash
                    + "' WHERE position = " + position);
        }
        verification().body("intact", equalTo(true));
    }

    @Test
    void shouldNameTheEntryOrLinkDeletedBehindTheServicesBack() throws SQLException {
        createWidget();
        long seq = count("SELECT max(seq) FROM audit_entry");
        createWidget();
        chainAll();
        long position = count("SELECT position FROM audit_chain WHERE entry_seq = " + seq);
        asOwner("CREATE TABLE IF NOT EXISTS audit_entry_saved AS SELECT * FROM audit_entry WITH NO DATA");
        asOwner("INSERT INTO audit_entry_saved SELECT * FROM audit_entry WHERE seq = " + seq);
        asOwner("CREATE TABLE IF NOT EXISTS audit_chain_saved AS SELECT * FROM audit_chain WITH NO DATA");
        asOwner("INSERT INTO audit_chain_saved SELECT * FROM audit_chain WHERE position = " + position);
        try {
            asOwner("DELETE FROM audit_entry WHERE seq = " + seq);
            broken(position, "ENTRY_MISSING").body("entrySeq", equalTo((int) seq));
            asOwner("INSERT INTO audit_entry SELECT * FROM audit_entry_saved");
            // its link removed as well: the positions have a gap
            asOwner("DELETE FROM audit_chain WHERE position = " + position);
            broken(position, "GAP");
        } finally {
            asOwner("INSERT INTO audit_entry SELECT * FROM audit_entry_saved s WHERE NOT EXISTS "
                    + "(SELECT 1 FROM audit_entry a WHERE a.seq = s.seq)");
            asOwner("INSERT INTO audit_chain SELECT * FROM audit_chain_saved s WHERE NOT EXISTS "
                    + "(SELECT 1 FROM audit_chain a WHERE a.position = s.position)");
            asOwner("DROP TABLE audit_entry_saved");
            asOwner("DROP TABLE audit_chain_saved");
        }
        verification().body("intact", equalTo(true));
    }

    @Test
    void shouldNameAnEntryInsertedBehindTheChainersBack() throws SQLException {
        chainAll();
        // an entry of a long-ended transaction (an old transaction id), recorded an hour ago, in no link
        asOwner("INSERT INTO audit_entry (recorded_at, subject, operation, status, entry_hash, xid) "
                + "VALUES (now() - interval '1 hour', 'forger', 'POST /api/v1/widgets', 201, '', '3')");
        long seq = count("SELECT seq FROM audit_entry WHERE subject = 'forger'");
        try {
            chainer.chainNow();
            verification().body("intact", equalTo(false)).body("problem", equalTo("UNCHAINED"))
                    .body("entrySeq", equalTo((int) seq));
        } finally {
            asOwner("DELETE FROM audit_entry WHERE seq = " + seq);
        }
        verification().body("intact", equalTo(true));
    }

    @Test
    void shouldLetOnlyOfficersAndAdminsReadTheTrail() {
        for (String token : List.of(Tokens.shared().applicant("91350100M000100Y43"), Tokens.shared().expert("e-1"),
                Tokens.shared().bank("b-1"), Tokens.shared().integration("system"))) {
            given().auth().oauth2(token).queryParam("recordType", "widgets").queryParam("recordId", "x")
                    .get(TRAIL + "/records").then().statusCode(403).body("code", equalTo("FORBIDDEN"));
            given().auth().oauth2(token).get(TRAIL + "/verification").then().statusCode(403)
                    .body("code", equalTo("FORBIDDEN"));
        }
        given().auth().oauth2(Tokens.shared().officer()).get(TRAIL + "/verification").then().statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        given().get(TRAIL + "/verification").then().statusCode(401);
    }

    @Test
    void shouldLimitARegionalOfficerToTheEnterprisesOfItsRegion() {
        given().auth().oauth2(Tokens.shared().officer()).queryParam("recordType", "widgets")
                .queryParam("recordId", "x").get(TRAIL + "/records").then().statusCode(404)
                .body("code", equalTo("AUDIT_RECORD_NOT_FOUND"));
        given().auth().oauth2(Tokens.shared().officer("000000")).queryParam("recordType", "widgets")
                .queryParam("recordId", "x").get(TRAIL + "/records").then().statusCode(200);
        given().auth().oauth2(Tokens.shared().officer()).queryParam("recordType", "enterprises")
                .queryParam("recordId", "91350100M000100Y43").get(TRAIL + "/records").then().statusCode(200);
        given().auth().oauth2(Tokens.shared().officer()).queryParam("recordType", "enterprises")
                .queryParam("recordId", "91330100M000100Y43").get(TRAIL + "/records").then().statusCode(404)
                .body("code", equalTo("AUDIT_RECORD_NOT_FOUND"));
    }

    @Test
    void shouldAnswer404ForAnotherServicesTrail() {
        given().auth().oauth2(Tokens.shared().admin()).get("/api/v1/audit/enterprise/verification").then()
                .statusCode(404).body("code", equalTo("AUDIT_SERVICE_NOT_FOUND"));
        given().auth().oauth2(Tokens.shared().admin()).queryParam("recordType", "widgets")
                .queryParam("recordId", "x").get("/api/v1/audit/enterprise/records").then().statusCode(404)
                .body("code", equalTo("AUDIT_SERVICE_NOT_FOUND"));
    }

    @Test
    void shouldPageARecordsHistory() {
        String id = UUID.randomUUID().toString();
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(Tokens.shared().officer()).post("/api/v1/widgets/" + id + "/ship").then()
                    .statusCode(409);
        }
        JsonPath page = given().auth().oauth2(Tokens.shared().admin()).queryParam("recordType", "widgets")
                .queryParam("recordId", id).queryParam("page", 1).queryParam("size", 2).get(TRAIL + "/records")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(3, page.getInt("total"));
        assertEquals(1, page.getList("items").size());
        assertEquals(1, page.getInt("page"));
        assertEquals(2, page.getInt("size"));
    }

    @Test
    void shouldComputeTheSameHashInJavaAsTheDatabase() {
        createWidget();
        assertEquals(0, count("SELECT count(*) FROM audit_entry a WHERE entry_hash <> audit_entry_hash(a)"));
        assertFalse(AuditLog.hash(AuditEntry.unchained(java.time.OffsetDateTime.now(), "a", null, null, "o", null,
                null, null, 200)).isEmpty());
    }

    /**
     * Links every entry recorded so far and answers how many it linked: a run links only what every transaction of the
     * cluster has finished with, so one open elsewhere (a relay, a job) holds the newest entries back until a later run.
     */
    private long chainAll() {
        long[] linked = { 0 };
        Await.until("every entry is chained", () -> {
            linked[0] += chainer.chainNow();
            return count("SELECT count(*) FROM audit_entry e WHERE NOT EXISTS "
                    + "(SELECT 1 FROM audit_chain c WHERE c.entry_seq = e.seq)") == 0;
        });
        return linked[0];
    }

    private static List<Map<String, Object>> history(String type, String id) {
        return given().auth().oauth2(Tokens.shared().admin()).queryParam("recordType", type)
                .queryParam("recordId", id).queryParam("size", 100).get(TRAIL + "/records").then().statusCode(200)
                .extract().jsonPath().getList("items");
    }

    private static io.restassured.response.ValidatableResponse verification() {
        return given().auth().oauth2(Tokens.shared().admin()).get(TRAIL + "/verification").then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse broken(long position, String problem) {
        return verification().body("intact", equalTo(false)).body("brokenAt", equalTo((int) position))
                .body("problem", equalTo(problem));
    }

    private static void createWidget() {
        given().auth().oauth2(Tokens.shared().officer()).contentType("application/json")
                .body("{\"name\":\"chained\"}").post("/api/v1/widgets").then().statusCode(201);
    }

    private long count(String sql) {
        return Long.parseLong(text(sql));
    }

    private String text(String sql) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.execute();
        }
    }

    /** What the database's owner can do: its session's triggers switched off, the tables' rules with them. */
    private void asOwner(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SET session_replication_role = replica");
            try {
                statement.execute(sql);
            } finally {
                statement.execute("SET session_replication_role = DEFAULT");
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
