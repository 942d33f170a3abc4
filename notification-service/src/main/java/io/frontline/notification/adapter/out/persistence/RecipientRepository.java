package io.frontline.notification.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class RecipientRepository implements PanacheRepositoryBase<RecipientJpaEntity, String> {
}
