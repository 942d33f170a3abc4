package io.frontline.fixturea.application.domain.model;

/** Violates: the domain model uses Jakarta (CDI). */
@jakarta.enterprise.context.ApplicationScoped
public class FrameworkAggregate {
}
