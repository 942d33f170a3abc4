package io.frontline.sanction.application.port.out;

import io.frontline.platform.domain.SubjectKey;
import io.frontline.sanction.application.domain.model.BanEntry;
import io.frontline.sanction.application.domain.model.Measure;
import io.frontline.sanction.application.domain.model.MeasureStatus;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads measures. */
public interface LoadMeasurePort {
    Optional<Measure> load(UUID measureId);

    /** Measures of a customer proposed at or after {@code since}: the ladder's history. */
    List<Measure> ofSubjectSince(SubjectKey subjectKey, Instant since);

    /** Newest first, optionally of one subject or in one status. */
    List<Measure> newestFirst(SubjectKey subjectKey, MeasureStatus status, int limit);

    /**
     * Approved measures whose start has come and active ones whose end has, locked for this transaction;
     * rows another replica is advancing right now are skipped.
     */
    List<Measure> dueToAdvance(Instant now, int limit);

    /** Every approved or active ban that has not ended at {@code now}: the check index at start. */
    List<BanEntry> bansInForceOrToCome(Instant now);

    /** All approved or active bans of one subject. */
    List<BanEntry> decidedBansOf(String subjectKey);
}
