package io.frontline.sanction.adapter.in.scheduling;

import io.frontline.sanction.application.port.in.PurgeDoorPhotosUseCase;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Deletes the photos and descriptions of measures that ended longer ago than the retention
 * ({@code frontline.sanction.door.retention}, none by default), every {@code frontline.sanction.door.purge-every}.
 */
@ApplicationScoped
public class DoorPhotoSweeper {
    private static final Logger LOG = Logger.getLogger(DoorPhotoSweeper.class);

    @Inject
    PurgeDoorPhotosUseCase photos;

    @Scheduled(every = "${frontline.sanction.door.purge-every:1m}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void sweep() {
        int deleted = photos.purgeDue();
        if (deleted > 0) {
            LOG.infof("Deleted %d door photos of ended measures", deleted);
        }
    }
}
