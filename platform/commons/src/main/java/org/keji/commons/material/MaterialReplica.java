package org.keji.commons.material;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.keji.commons.event.enterprise.MaterialRegistered;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.DefaultBean;

/**
 * A service's replica of enterprises' materials, fed by {@code keji.enterprise.material-registered.v1}, for the cases
 * it runs to reference materials by id ({@link MaterialReferences}) without calling enterprise-service. It needs the
 * table {@code material_replica} (see project-service's {@code V2__material_replica.sql}); the service's consumer of
 * {@code keji.enterprise.v1} calls {@link #registered} inside its inbox transaction. The catalogue by default; a
 * service holding the materials itself (enterprise-service) provides its own.
 */
@ApplicationScoped
@DefaultBean
public class MaterialReplica implements MaterialCatalogue {

    private static final String UPSERT = """
            INSERT INTO material_replica (id, uscc, kind, title, file_name, content_type, valid_until, sha256,
                last_event_id, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, now())
            ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, title = excluded.title,
                valid_until = excluded.valid_until, last_event_id = excluded.last_event_id, updated_at = now()""";
    private static final String FIND = """
            SELECT id, uscc, kind, title, file_name, content_type, valid_until, sha256 FROM material_replica
            WHERE uscc = ? AND id = ANY (?)""";

    private final AgroalDataSource dataSource;

    public MaterialReplica(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Keeps a registered material; call it in the transaction that records the event in the inbox. */
    public void registered(MaterialRegistered material, String eventId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            upsert.setObject(1, material.id());
            upsert.setString(2, material.uscc());
            upsert.setString(3, material.kind());
            upsert.setString(4, material.title());
            upsert.setString(5, material.fileName());
            upsert.setString(6, material.contentType());
            upsert.setDate(7, material.validUntil() == null ? null : Date.valueOf(material.validUntil()));
            upsert.setString(8, material.sha256());
            upsert.setString(9, eventId);
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("material replica update failed", e);
        }
    }

    @Override
    public List<MaterialSummary> find(String ownerUscc, Collection<UUID> ids) {
        List<MaterialSummary> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement find = connection.prepareStatement(FIND)) {
            find.setString(1, ownerUscc);
            find.setArray(2, connection.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rs = find.executeQuery()) {
                while (rs.next()) {
                    Date validUntil = rs.getDate(7);
                    found.add(new MaterialSummary(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6),
                            validUntil == null ? null : validUntil.toLocalDate(), rs.getString(8)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("material replica read failed", e);
        }
        return found;
    }
}
