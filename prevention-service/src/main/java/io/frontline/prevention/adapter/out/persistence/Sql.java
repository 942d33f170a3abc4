package io.frontline.prevention.adapter.out.persistence;

import io.frontline.platform.persistence.JdbcRows;
import jakarta.enterprise.context.ApplicationScoped;

/** Plain SQL on the transaction's connection, for append-only rows (consultations) and what retention erases in bulk. */
@ApplicationScoped
class Sql extends JdbcRows {
}
