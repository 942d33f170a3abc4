package io.frontline.sanction.application.port.out;

import java.util.Optional;
import java.util.UUID;

/**
 * Where the bytes of door photos are kept, by photo id. Unlike evidence, a door photo is deleted when its measure
 * has ended (plus the retention), so it is kept under its own id rather than its content.
 */
public interface DoorPhotoFilesPort {
    /** What was kept: the image re-encoded without its metadata (EXIF, GPS), its type and size. */
    record Kept(String contentType, long sizeBytes) {
    }

    /**
     * Decodes the image and keeps it re-encoded (which drops EXIF and any other metadata); refuses
     * (IllegalArgumentException) bytes that are not an image of an allowed type.
     */
    Kept keep(UUID photoId, byte[] content);

    Optional<byte[]> read(UUID photoId);

    /** Removes the file; nothing happens if it is gone already. */
    void delete(UUID photoId);
}
