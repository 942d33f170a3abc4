package io.frontline.prevention.application.port.out;

import io.frontline.prevention.application.domain.model.PartnerReport;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Business partners' reports. */
public interface PartnerReportStore {
    /** The next reference of the year, e.g. PRT-2026-000007. */
    String nextReference(int year);

    void save(PartnerReport report);

    Optional<PartnerReport> find(UUID id);

    Optional<PartnerReport> byReference(String reference);

    List<PartnerReport> all();
}
