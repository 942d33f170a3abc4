package io.frontline.complaint.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
class ComplaintRepository implements PanacheRepositoryBase<ComplaintJpaEntity, UUID> {
}
