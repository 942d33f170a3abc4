package io.frontline.incident.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
class IncidentRepository implements PanacheRepositoryBase<IncidentJpaEntity, UUID> {
}
