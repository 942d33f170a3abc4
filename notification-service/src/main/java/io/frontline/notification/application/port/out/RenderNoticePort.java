package io.frontline.notification.application.port.out;

import io.frontline.notification.application.domain.model.Delivery;
import io.frontline.notification.application.domain.model.Language;
import io.frontline.notification.application.domain.model.Notice;

/** Short titles in a person's language, for the inbox (the mail and webhook adapters render their own bodies). */
public interface RenderNoticePort {
    String title(Notice notice, Language language);

    /** The title of the report to administrators that a delivery failed for good. */
    String failureTitle(Delivery delivery, Language language);
}
