package io.frontline.sanction.application.port.in;

/** Deletes the photos and descriptions of measures that ended longer ago than the retention. */
public interface PurgeDoorPhotosUseCase {
    /** @return how many photos were deleted */
    int purgeDue();
}
