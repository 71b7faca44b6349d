package org.keji.testkit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/** The rows a service wrote to its outbox, read straight from its {@code outbox_event} table. */
public final class OutboxRows {

    private OutboxRows() {
    }

    /** The envelopes (CloudEvents JSON) written under the message key {@code key}, in the order they were written. */
    public static List<String> payloads(DataSource dataSource, String key) {
        List<String> payloads = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection
                        .prepareStatement("SELECT payload FROM outbox_event WHERE message_key = ? ORDER BY seq")) {
            query.setString(1, key);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    payloads.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the outbox", e);
        }
        return payloads;
    }
}
