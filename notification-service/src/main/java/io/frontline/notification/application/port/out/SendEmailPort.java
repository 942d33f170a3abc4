package io.frontline.notification.application.port.out;

import io.frontline.notification.application.domain.model.Language;
import io.frontline.notification.application.domain.model.Notice;

import java.util.List;

/** Sends e-mails (plain text and HTML, in the recipient's language); a failure throws {@link SendFailed}. */
public interface SendEmailPort {
    void send(String to, Language language, Notice notice);

    /**
     * One mail listing every notice held: during the recipient's quiet hours (a digest), or gathered because
     * too many routine notices came at once ({@code summary}: "12 new complaints at … since 14:05", with links).
     */
    void sendDigest(String to, Language language, List<Notice> notices, boolean summary);
}
