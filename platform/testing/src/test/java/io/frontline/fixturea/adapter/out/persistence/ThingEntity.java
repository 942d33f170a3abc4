package io.frontline.fixturea.adapter.out.persistence;

/** Allowed: JPA inside the persistence adapter. */
@jakarta.persistence.Entity
public class ThingEntity {
    @jakarta.persistence.Id
    Long id;
}
