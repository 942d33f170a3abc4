package io.frontline.fixturea.adapter.in.rest;

import io.frontline.fixturea.adapter.out.persistence.ThingEntity;

/**
 * Violates: one adapter uses another, JPA outside persistence, another service's package, and it is public
 * though no framework needs it.
 */
public class LeakyResource {
    ThingEntity entity;
    jakarta.persistence.EntityManager entityManager;
    io.frontline.fixtureb.OtherServiceType other;
}
