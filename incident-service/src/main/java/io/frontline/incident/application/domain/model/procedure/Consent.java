package io.frontline.incident.application.domain.model.procedure;

import java.time.Instant;

/** The reporter's recorded consent for one purpose (seed 004, Taken vertrouwenspersonen 4). */
public record Consent(CounsellorPurpose purpose, Instant givenAt) {
}
