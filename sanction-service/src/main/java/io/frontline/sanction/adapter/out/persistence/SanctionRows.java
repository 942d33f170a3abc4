package io.frontline.sanction.adapter.out.persistence;

import io.frontline.platform.persistence.JdbcRows;
import jakarta.enterprise.context.ApplicationScoped;

/** Plain SQL for the door list's rows (profiles, photos, flags, sightings, audit lines). */
@ApplicationScoped
class SanctionRows extends JdbcRows {
}
