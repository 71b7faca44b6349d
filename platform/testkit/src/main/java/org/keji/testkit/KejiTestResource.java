package org.keji.testkit;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a {@code @QuarkusTest} the JVM's shared PostgreSQL (its own database), Kafka and token keys:
 * {@code @WithTestResource(KejiTestResource.class)}. The optional init argument {@code database} names the database.
 */
public class KejiTestResource implements QuarkusTestResourceLifecycleManager {

    private String database = "keji";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        KejiInfra infra = KejiInfra.shared();
        return Map.of(
                "quarkus.datasource.jdbc.url", infra.postgres().createDatabase(database),
                "quarkus.datasource.username", EmbeddedPostgres.USER,
                "quarkus.datasource.password", EmbeddedPostgres.PASSWORD,
                "kafka.bootstrap.servers", infra.kafka().bootstrapServers(),
                "mp.jwt.verify.publickey.location", infra.tokens().publicKeyLocation(),
                "mp.jwt.verify.issuer", Tokens.ISSUER,
                "mp.jwt.verify.audiences", Tokens.AUDIENCE,
                "keji.enterprise.certificate.signing-key",
                infra.tokens().documentSigning().privateKeyLocation());
    }

    @Override
    public void stop() {
        // the infrastructure is shared by every test of this JVM and stops with it
    }
}
