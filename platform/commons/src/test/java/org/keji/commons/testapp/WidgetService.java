package org.keji.commons.testapp;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.keji.commons.outbox.Outbox;

import io.agroal.api.AgroalDataSource;

@ApplicationScoped
public class WidgetService {

    private final AgroalDataSource dataSource;
    private final Outbox outbox;

    public WidgetService(AgroalDataSource dataSource, Outbox outbox) {
        this.dataSource = dataSource;
        this.outbox = outbox;
    }

    @Transactional
    public WidgetView create(String name) {
        UUID id = UUID.randomUUID();
        execute("INSERT INTO widget (id, name) VALUES (?, ?)", id, name);
        outbox.publish(new WidgetCreated(id.toString(), name));
        if (name.startsWith("fail")) {
            throw new IllegalStateException("simulated failure after the event was written");
        }
        return new WidgetView(id.toString(), name);
    }

    /** Inserts a widget with a chosen id: a second one with the same id breaks the primary key. */
    @Transactional
    public WidgetView createWithId(UUID id, String name) {
        execute("INSERT INTO widget (id, name) VALUES (?, ?)", id, name);
        return new WidgetView(id.toString(), name);
    }

    /** Inserts a label whose uniqueness the database checks only at the commit. */
    @Transactional
    public void label(String label) {
        execute("INSERT INTO widget_label (label) VALUES (?)", label);
    }

    public long count(String name) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT count(*) FROM widget WHERE name = ?")) {
            s.setString(1, name);
            var rs = s.executeQuery();
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void execute(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
