package io.frontline.sanction.application.port.in;

import io.frontline.sanction.application.domain.model.BanNoticeView;

/**
 * The customer's side of a ban (issue 17), without an account: with the notice's reference and secret they see
 * their ban and their objection, and object. A wrong secret is answered like an unknown reference.
 */
public interface BanNoticeUseCase {
    BanNoticeView status(String reference, String secret);

    BanNoticeView object(FileBanObjectionCommand command);

    /**
     * A new secret for the notice, to be mailed by its sender (the only time it exists in plain text; the one
     * before no longer opens the page). {@code sender}: the OAuth client asking, already checked to be allowed.
     */
    String issueSecret(String sender, String reference);
}
