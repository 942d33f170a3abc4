package io.frontline.prevention.application.port.out;

import io.frontline.prevention.application.domain.model.PolicyKind;
import io.frontline.prevention.application.domain.model.PolicyVersion;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Policy versions and who acknowledged which version. */
public interface PolicyStore {
    void save(PolicyVersion version);

    /** Every version of the kind, the newest first. */
    List<PolicyVersion> versions(PolicyKind kind);

    Optional<PolicyVersion> find(UUID id);

    /** Records the acknowledgement; false if this person had acknowledged this version already. */
    boolean acknowledge(UUID versionId, String userId, Instant at);

    Set<String> acknowledgedBy(UUID versionId);

    Optional<Instant> acknowledgedAt(UUID versionId, String userId);
}
