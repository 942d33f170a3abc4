package io.frontline.notification.application.port.out;

import io.frontline.notification.application.domain.model.Language;
import io.frontline.notification.application.domain.model.Notice;

/** Sends a short text to a mobile number through the SMS gateway; a refusal or timeout throws {@link SendFailed}. */
public interface SendSmsPort {
    void send(String mobile, Language language, Notice notice);
}
