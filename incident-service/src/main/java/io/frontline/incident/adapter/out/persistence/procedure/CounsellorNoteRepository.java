package io.frontline.incident.adapter.out.persistence.procedure;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
class CounsellorNoteRepository implements PanacheRepositoryBase<CounsellorNoteJpaEntity, UUID> {
}
