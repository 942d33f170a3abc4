package io.frontline.sanction.application.port.out;

import io.frontline.sanction.application.domain.model.WatchFlag;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Watch flags. */
public interface WatchFlagsPort {
    void save(WatchFlag flag);

    Optional<WatchFlag> load(UUID flagId);

    /** Flags of one subject that were not ended by hand (the check index reloads a subject from this). */
    List<WatchFlag> openFlagsOf(String subjectKey);

    /** Every flag not ended by hand whose end is after {@code now}: the check index at start. */
    List<WatchFlag> openFlagsAt(Instant now);

    /** Flags in force at {@code now} that cover the site. */
    List<WatchFlag> inForceAt(String siteId, String regionId, Instant now);
}
