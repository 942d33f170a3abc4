package io.frontline.notification.adapter.out.persistence.escalation;

import io.frontline.notification.application.domain.model.escalation.EscalationStep;
import io.frontline.platform.persistence.JdbcRows;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The levels told (or skipped) of each escalation: a level is told once and its row never changes, so these are
 * append-only rows written with plain SQL through the platform's {@link JdbcRows} (CONTRIBUTING.md, "One persistence
 * rule"), on the transaction's connection.
 */
@ApplicationScoped
class EscalationSteps extends JdbcRows {
    void append(UUID escalationId, List<EscalationStep> steps) {
        for (EscalationStep step : steps) {
            update("INSERT INTO escalation_step (escalation_id, round, level, told_at, recipients) "
                            + "VALUES (?, ?, ?, ?, ?)",
                    escalationId, step.round(), step.level(), step.at(), step.recipients().toArray(String[]::new));
        }
    }

    List<EscalationStep> of(UUID escalationId) {
        return query("SELECT * FROM escalation_step WHERE escalation_id = ? ORDER BY round, level",
                EscalationSteps::step, escalationId);
    }

    /** The steps of many escalations in one question, not one per escalation. */
    Map<UUID, List<EscalationStep>> of(Collection<UUID> escalationIds) {
        Map<UUID, List<EscalationStep>> steps = new HashMap<>();
        query("SELECT * FROM escalation_step WHERE escalation_id = ANY (CAST(? AS uuid[])) ORDER BY round, level",
                rs -> steps.computeIfAbsent(rs.getObject("escalation_id", UUID.class), k -> new ArrayList<>())
                        .add(step(rs)),
                (Object) escalationIds.stream().map(UUID::toString).toArray(String[]::new));
        return steps;
    }

    private static EscalationStep step(ResultSet rs) throws SQLException {
        Array recipients = rs.getArray("recipients");
        return new EscalationStep(rs.getInt("round"), rs.getInt("level"), JdbcRows.instant(rs, "told_at"),
                List.of((String[]) recipients.getArray()));
    }
}
