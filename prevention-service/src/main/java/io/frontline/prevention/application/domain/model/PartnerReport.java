package io.frontline.prevention.application.domain.model;

import io.frontline.platform.domain.IllegalTransition;
import io.frontline.platform.domain.RuleViolation;
import io.frontline.platform.domain.WireName;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A business partner's report (supplier, landlord, customer company) of harassment by one of our employees (seed
 * 000: measures so that our own staff do not harass business partners), filed on a public form without an account
 * and followed with its reference and a secret. It reaches HR, who may open the seed-004 internal procedure or
 * record measures; the reporter is told the outcome.
 */
public record PartnerReport(UUID id, String reference, String secretHash, String organisation, String reporterName,
                            String reporterContact, String siteId, String employeeDescription, String description,
                            LocalDate occurredOn, Status status, Instant receivedAt, String handledBy, String hrNote,
                            Outcome outcome, String outcomeMessage, Instant concludedAt) {
    public enum Status {
        RECEIVED, IN_PROCEDURE, CONCLUDED
    }

    public enum Outcome {
        MEASURES_TAKEN, INTERNAL_PROCEDURE_OPENED, NO_HARASSMENT_FOUND, NOT_OUR_EMPLOYEE
    }

    public PartnerReport {
        if (organisation == null || organisation.isBlank()) {
            throw new RuleViolation("organisation", "Name the organisation you report for");
        }
        if (description == null || description.isBlank()) {
            throw new RuleViolation("description", "Describe what happened");
        }
    }

    /** HR opens the internal procedure (seed 004) on the report; the reporter sees that it is being handled. */
    public PartnerReport procedureOpened(String by, String note) {
        if (status != Status.RECEIVED) {
            throw new IllegalTransition("partner report", WireName.of(status), "taken to the internal procedure");
        }
        return new PartnerReport(id, reference, secretHash, organisation, reporterName, reporterContact, siteId,
                employeeDescription, description, occurredOn, Status.IN_PROCEDURE, receivedAt, by, note, outcome,
                outcomeMessage, concludedAt);
    }

    public PartnerReport concluded(String by, Outcome result, String message, Instant at) {
        if (status == Status.CONCLUDED) {
            throw new IllegalTransition("partner report", "concluded", "concluded again");
        }
        if (result == null) {
            throw new RuleViolation("outcome", "Choose the outcome");
        }
        if (message == null || message.isBlank()) {
            throw new RuleViolation("message", "Tell the reporter the outcome in a few words");
        }
        return new PartnerReport(id, reference, secretHash, organisation, reporterName, reporterContact, siteId,
                employeeDescription, description, occurredOn, Status.CONCLUDED, receivedAt, by, hrNote, result,
                message.strip(), at);
    }
}
