package io.frontline.notification;

import io.agroal.api.AgroalDataSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Tests that move the clock by hours start from a quiet system: escalations and deliveries left open by earlier
 * tests would otherwise all fall due at once and queue in front of the mails the test waits for.
 */
public final class QuietSystem {
    private QuietSystem() {
    }

    public static void settle(AgroalDataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE escalation SET status = 'EXHAUSTED', next_due_at = NULL WHERE status = 'OPEN'");
            statement.executeUpdate("UPDATE delivery SET status = 'SUPPRESSED', next_attempt_at = NULL,"
                    + " last_error = 'settled before a test' WHERE status IN ('PENDING', 'RETRYING', 'HELD')");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
