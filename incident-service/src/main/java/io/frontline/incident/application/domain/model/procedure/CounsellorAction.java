package io.frontline.incident.application.domain.model.procedure;

import java.time.Instant;

/** Something the counsellor did for the reporter, under a recorded consent. */
public record CounsellorAction(CounsellorPurpose purpose, String description, Instant takenAt) {
}
