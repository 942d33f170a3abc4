package io.frontline.sanction.application.port.in;

import io.frontline.platform.domain.RuleViolation;
import io.frontline.platform.domain.SubjectKey;
import io.frontline.sanction.application.domain.model.EntryBanTerms;

import java.time.Instant;
import java.util.Objects;

/** A watch flag: the customer, the site it is set from, where it applies (default: that site), the note, the end. */
public record FlagSubjectCommand(SubjectKey subjectKey, String siteId, EntryBanTerms coverage, String note,
                                 Instant until) {
    public FlagSubjectCommand {
        Objects.requireNonNull(subjectKey, "subjectKey");
        if (siteId == null || siteId.isBlank()) {
            throw new RuleViolation("site", "The site is required");
        }
        if (note == null || note.isBlank()) {
            throw new RuleViolation("note", "A flag tells staff what to watch for");
        }
    }
}
