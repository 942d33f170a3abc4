package io.frontline.fixturea.adapter.in.rest;

import io.frontline.fixturea.adapter.out.persistence.ThingEntity;

/** Violates: one adapter uses another, JPA outside persistence, and another service's package. */
public class LeakyResource {
    ThingEntity entity;
    jakarta.persistence.EntityManager entityManager;
    io.frontline.fixtureb.OtherServiceType other;
}
