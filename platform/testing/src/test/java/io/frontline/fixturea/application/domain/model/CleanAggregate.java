package io.frontline.fixturea.application.domain.model;

import java.util.List;

/** Obeys every rule. */
public record CleanAggregate(String id, List<String> items) {
}
