package io.frontline.prevention.application.port.in;

import io.frontline.platform.domain.Actor;
import io.frontline.prevention.application.domain.model.PartnerReport;

import java.util.List;
import java.util.UUID;

/**
 * Business partners' reports of harassment by our staff (seed 000): filed without an account, handled by HR, the
 * outcome told to the reporter on the tracking page.
 */
public interface PartnerReportUseCase {
    /** The report as filed, and the tracking secret — shown once, stored only as a hash. */
    record Filed(PartnerReport report, String secret) {
    }

    Filed file(FilePartnerReportCommand command);

    /** The report for its reporter; a wrong secret is answered like an unknown reference. */
    PartnerReport track(String reference, String secret);

    List<PartnerReport> reports(Actor actor);

    PartnerReport report(Actor actor, UUID id);

    PartnerReport openProcedure(Actor actor, UUID id, String note);

    PartnerReport conclude(Actor actor, UUID id, PartnerReport.Outcome outcome, String message);
}
