package io.frontline.notification.adapter.out.persistence;

import io.frontline.platform.persistence.JdbcRows;
import jakarta.enterprise.context.ApplicationScoped;

/** Plain SQL on the transaction's connection: what retention erases in bulk, and the questions routing asks per event. */
@ApplicationScoped
class Sql extends JdbcRows {
}
