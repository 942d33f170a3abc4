package io.frontline.complaint.adapter.out.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.frontline.complaint.application.domain.model.TimelineEntry;
import io.frontline.complaint.application.domain.model.Visibility;
import io.frontline.platform.persistence.JdbcRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A complaint's timeline: rows only ever appended (who, when, what as a code with its parameters, visibility, the
 * words a person wrote), so plain SQL through the platform's {@link JdbcRows} rather than an entity
 * (CONTRIBUTING.md, "One persistence rule"). The parameters are a JSON object of strings; visibility is stored by its
 * constant name.
 */
@ApplicationScoped
class TimelineRows {
    private static final TypeReference<Map<String, String>> PARAMS = new TypeReference<>() {
    };

    @Inject
    Sql sql;

    @Inject
    ObjectMapper json;

    void append(UUID complaintId, List<TimelineEntry> entries) {
        for (TimelineEntry e : entries) {
            sql.update("INSERT INTO complaint_timeline (complaint_id, at, actor, action, code, params, visibility, "
                            + "text) VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?)",
                    complaintId, e.at(), e.actor(), e.action(), e.code(), write(e.params()), e.visibility().name(),
                    e.text());
        }
    }

    List<TimelineEntry> of(UUID complaintId) {
        return sql.query("SELECT at, actor, code, params::text AS params, visibility, text FROM complaint_timeline "
                        + "WHERE complaint_id = ? ORDER BY id",
                rs -> new TimelineEntry(JdbcRows.instant(rs, "at"), rs.getString("actor"), rs.getString("code"),
                        Visibility.valueOf(rs.getString("visibility")), read(rs.getString("params")),
                        rs.getString("text")),
                complaintId);
    }

    private String write(Map<String, String> params) {
        try {
            return json.writeValueAsString(new TreeMap<>(params));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("timeline parameters not writable", e);
        }
    }

    private Map<String, String> read(String text) {
        try {
            return json.readValue(text, PARAMS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("timeline parameters not readable", e);
        }
    }
}
