package io.frontline.sanction.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
class ConfirmedIncidentRepository implements PanacheRepositoryBase<ConfirmedIncidentJpaEntity, UUID> {
}
