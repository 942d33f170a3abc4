package io.frontline.incident.application.domain.service.procedure;

import io.frontline.incident.application.domain.model.procedure.FormalComplaint;
import io.frontline.incident.application.domain.model.procedure.TermMissed;
import io.frontline.incident.application.port.in.procedure.WatchTermsUseCase;
import io.frontline.incident.application.port.out.procedure.LoadFormalComplaintPort;
import io.frontline.incident.application.port.out.procedure.PublishProcedureEventsPort;
import io.frontline.incident.application.port.out.procedure.SaveFormalComplaintPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Watches the terms of seed 004 (one month for the hearings, two months for the report, 14 days for the
 * decision and for the answer to an objection) and announces each missed term once, recording it in the
 * complaint in the same transaction as the event.
 */
@ApplicationScoped
public class TermWatchService implements WatchTermsUseCase {
    private final LoadFormalComplaintPort load;
    private final SaveFormalComplaintPort save;
    private final PublishProcedureEventsPort events;
    private final Clock clock;

    @Inject
    public TermWatchService(LoadFormalComplaintPort load, SaveFormalComplaintPort save,
                            PublishProcedureEventsPort events, Clock clock) {
        this.load = load;
        this.save = save;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public int announceMissedTerms() {
        Instant now = clock.instant();
        int announced = 0;
        for (FormalComplaint complaint : load.loadWithRunningTerms()) {
            List<TermMissed> missed = complaint.announceMissedTerms(now);
            if (!missed.isEmpty()) {
                save.save(complaint);
                missed.forEach(events::publish);
                announced += missed.size();
            }
        }
        return announced;
    }
}
