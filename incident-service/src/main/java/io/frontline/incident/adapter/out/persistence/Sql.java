package io.frontline.incident.adapter.out.persistence;

import io.frontline.platform.persistence.JdbcRows;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Plain SQL on the transaction's connection, for the tables that are rows rather than aggregates
 * (statements, evidence, audit, care tasks, call state): the platform's one JDBC helper, as this service's bean.
 */
@ApplicationScoped
class Sql extends JdbcRows {
}
