package io.frontline.incident.application.domain.model;

import io.frontline.platform.domain.Roles;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What happens after a report, told to the person who made it (seed 000: the one who met the harassment is looked
 * after at once): the first open step of their care plan, and who will contact them — the manager of the site,
 * to whom the report goes (notification-service's routing rules) and who carries out the care plan.
 */
public record NextSteps(CareTask firstCareStep, String contactRole, String contactSiteId) {
    public NextSteps {
        Objects.requireNonNull(contactRole, "contactRole");
        Objects.requireNonNull(contactSiteId, "contactSiteId");
    }

    public static NextSteps after(Incident incident, List<CareTask> carePlan) {
        CareTask first = carePlan.stream().filter(t -> t.status() == CareTaskStatus.OPEN)
                .min(Comparator.comparing(CareTask::dueAt)).orElse(null);
        return new NextSteps(first, Roles.SITE_MANAGER, incident.siteId());
    }
}
