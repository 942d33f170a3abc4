package io.frontline.incident.application.port.in;

import io.frontline.incident.application.domain.model.CareTask;
import io.frontline.incident.application.domain.model.Incident;
import io.frontline.platform.domain.Actor;

import java.util.List;

/**
 * "My reports": the incidents the actor reported themselves — who they are comes from their token, never from what
 * they declare — newest first and bounded, each with its care plan (seed 000: after-care for the person who met
 * the harassment). What the adapter shows of them is its choice; it must not show others' statements, evidence or
 * the perpetrator.
 */
public interface OwnReportsQuery {
    /** The newest reports this query answers at most. */
    int MAX_REPORTS = 100;

    OwnReports reportsOf(Actor actor);

    record OwnReport(Incident incident, List<CareTask> careTasks) {
        public OwnReport {
            careTasks = List.copyOf(careTasks);
        }
    }

    /** {@code more} when the actor reported more than {@link #MAX_REPORTS} incidents. */
    record OwnReports(List<OwnReport> reports, boolean more) {
        public OwnReports {
            reports = List.copyOf(reports);
        }
    }
}
