package io.frontline.incident.adapter.out.persistence.procedure;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class NoteReadRepository implements PanacheRepositoryBase<NoteReadJpaEntity, Long> {
}
