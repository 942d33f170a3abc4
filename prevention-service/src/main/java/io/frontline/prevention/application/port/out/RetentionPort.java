package io.frontline.prevention.application.port.out;

import java.time.Instant;

/** The stored records that retention erases or anonymises. */
public interface RetentionPort {
    /** Anonymises partner reports concluded before {@code cutoff}; returns how many. */
    int anonymisePartnerReportsConcludedBefore(Instant cutoff);

    /** Deletes consultations recorded before {@code cutoff}; returns how many. */
    int deleteConsultationsBefore(Instant cutoff);
}
