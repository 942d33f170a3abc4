package io.frontline.notification.application.port.out;

import io.frontline.notification.application.domain.model.Language;
import io.frontline.notification.application.domain.model.Notice;

import java.util.List;

/** Sends e-mails (plain text and HTML, in the recipient's language); a failure throws {@link SendFailed}. */
public interface SendEmailPort {
    void send(String to, Language language, Notice notice);

    /** One mail listing every notice held during the recipient's quiet hours. */
    void sendDigest(String to, Language language, List<Notice> notices);
}
