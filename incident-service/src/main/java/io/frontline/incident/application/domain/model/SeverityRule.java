package io.frontline.incident.application.domain.model;

import java.util.Objects;
import java.util.Set;

/**
 * Derives an incident's severity from its types and facts. The rules are tried top to bottom and the
 * first that applies fires; it is kept with the incident, so anyone can see why it got its severity.
 *
 * <table>
 *   <caption>Severity rules, most severe first</caption>
 *   <tr><th>rule</th><th>applies when</th><th>severity</th></tr>
 *   <tr><td>{@link #VIOLENCE_OR_IMMEDIATE_DANGER}</td><td>physical violence, sexual harassment, or the reporter
 *       says someone is in danger now</td><td>critical</td></tr>
 *   <tr><td>{@link #THREAT}</td><td>a threat</td><td>high</td></tr>
 *   <tr><td>{@link #DISCRIMINATION}</td><td>discrimination</td><td>medium</td></tr>
 *   <tr><td>{@link #VERBAL_ABUSE}</td><td>verbal abuse</td><td>medium</td></tr>
 *   <tr><td>{@link #UNREASONABLE_DEMAND_OR_EXCESSIVE_CONTACT}</td><td>an unreasonable demand, or excessive
 *       contact or length</td><td>low</td></tr>
 *   <tr><td>{@link #OTHERWISE}</td><td>anything else</td><td>low</td></tr>
 * </table>
 *
 * Because the rules are ordered by severity, an incident of several types gets the severity of its
 * most serious type (verbal abuse with a threat is high).
 */
public enum SeverityRule {
    VIOLENCE_OR_IMMEDIATE_DANGER(Severity.CRITICAL) {
        @Override
        boolean appliesTo(Set<IncidentType> types, boolean immediateDanger) {
            return immediateDanger || types.contains(IncidentType.PHYSICAL_VIOLENCE)
                    || types.contains(IncidentType.SEXUAL_HARASSMENT);
        }
    },
    THREAT(Severity.HIGH) {
        @Override
        boolean appliesTo(Set<IncidentType> types, boolean immediateDanger) {
            return types.contains(IncidentType.THREAT);
        }
    },
    DISCRIMINATION(Severity.MEDIUM) {
        @Override
        boolean appliesTo(Set<IncidentType> types, boolean immediateDanger) {
            return types.contains(IncidentType.DISCRIMINATION);
        }
    },
    VERBAL_ABUSE(Severity.MEDIUM) {
        @Override
        boolean appliesTo(Set<IncidentType> types, boolean immediateDanger) {
            return types.contains(IncidentType.VERBAL_ABUSE);
        }
    },
    UNREASONABLE_DEMAND_OR_EXCESSIVE_CONTACT(Severity.LOW) {
        @Override
        boolean appliesTo(Set<IncidentType> types, boolean immediateDanger) {
            return types.contains(IncidentType.UNREASONABLE_DEMAND) || types.contains(IncidentType.EXCESSIVE_CONTACT);
        }
    },
    OTHERWISE(Severity.LOW) {
        @Override
        boolean appliesTo(Set<IncidentType> types, boolean immediateDanger) {
            return true;
        }
    };

    private final Severity severity;

    SeverityRule(Severity severity) {
        this.severity = severity;
    }

    abstract boolean appliesTo(Set<IncidentType> types, boolean immediateDanger);

    public Severity severity() {
        return severity;
    }

    /** The first rule of the table that applies to these facts. */
    public static SeverityRule firing(Set<IncidentType> types, boolean immediateDanger) {
        Objects.requireNonNull(types, "types");
        for (SeverityRule rule : values()) {
            if (rule.appliesTo(types, immediateDanger)) {
                return rule;
            }
        }
        throw new IllegalStateException("OTHERWISE always applies");
    }
}
