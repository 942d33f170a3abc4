package io.frontline.complaint.adapter.out.persistence;

import io.frontline.platform.persistence.JdbcRows;
import jakarta.enterprise.context.ApplicationScoped;

/** Plain SQL on the transaction's connection, for append-only rows (the timeline, the trail of confidential reads). */
@ApplicationScoped
class Sql extends JdbcRows {
}
