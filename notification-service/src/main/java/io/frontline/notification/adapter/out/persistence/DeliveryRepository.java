package io.frontline.notification.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
class DeliveryRepository implements PanacheRepositoryBase<DeliveryJpaEntity, UUID> {
}
