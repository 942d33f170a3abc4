package io.frontline.incident.application.port.out;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the bytes of evidence files are kept: content-addressed by their SHA-256 and written once. A file kept
 * is never changed, and removed only when its retention period is over; keeping the same content again changes
 * nothing.
 */
public interface EvidenceFilesPort {
    /**
     * Keeps the content of {@code source} under {@code sha256}; refuses (IllegalStateException) content whose
     * hash is not {@code sha256}.
     */
    void keep(String sha256, Path source);

    /** The bytes kept under {@code sha256}, if any. */
    Optional<InputStream> open(String sha256);

    /**
     * Removes the file kept under {@code sha256} once the current transaction commits (retention: the evidence record
     * is gone in that transaction); nothing when it rolls back.
     */
    void eraseAfterCommit(String sha256);
}
