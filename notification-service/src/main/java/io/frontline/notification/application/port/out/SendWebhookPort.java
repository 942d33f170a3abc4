package io.frontline.notification.application.port.out;

import io.frontline.notification.application.domain.model.Language;
import io.frontline.notification.application.domain.model.Notice;

import java.util.List;

/** Posts signed JSON to a person's webhook; a non-2xx answer or a timeout throws {@link SendFailed}. */
public interface SendWebhookPort {
    void send(String url, Language language, Notice notice);

    /** One call for every held notice; {@code summary} as for mail. */
    void sendDigest(String url, Language language, List<Notice> notices, boolean summary);
}
