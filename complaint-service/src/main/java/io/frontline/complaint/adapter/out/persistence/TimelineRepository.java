package io.frontline.complaint.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class TimelineRepository implements PanacheRepositoryBase<TimelineEntryJpaEntity, Long> {
}
