package io.frontline.prevention.application.domain.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Everyone employed by the chain and where they work: the denominator of "acknowledged by x % of the employees"
 * and of training coverage. People without a site (HQ, HR, counsellors, committee) count for the chain only.
 */
public record Workforce(List<Employee> employees) {
    public Workforce {
        employees = employees.stream().sorted(Comparator.comparing(Employee::userId)).toList();
    }

    /** The employees of one site, or of the whole chain when {@code siteId} is null. */
    public List<Employee> of(String siteId) {
        return siteId == null ? employees : employees.stream().filter(e -> e.worksAt(siteId)).toList();
    }

    public Optional<Employee> find(String userId) {
        return employees.stream().filter(e -> e.userId().equals(userId)).findFirst();
    }
}
