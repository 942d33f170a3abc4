package io.frontline.web.door;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the door list in nl, en and ja: {@code messages/door_<language>.properties}; templates use them as
 * {@code {door:key}}.
 */
@MessageBundle(value = "door", locale = "en")
public interface DoorMessages {
    @Message
    String title();

    @Message
    String intro();

    @Message
    String site_label();

    @Message
    String site_show();

    @Message
    String none();

    @Message
    String ban();

    @Message
    String flag();

    @Message
    String until(String when);

    @Message
    String photo_alt();

    @Message
    String no_photo();

    @Message
    String height();

    @Message
    String build();

    @Message
    String hair();

    @Message
    String clothing();

    @Message
    String marks();

    @Message
    String what_to_do();

    @Message
    String default_do_1();

    @Message
    String default_do_2();

    @Message
    String default_do_3();

    @Message
    String flag_do();

    @Message
    String seen_button();

    @Message
    String seen_counted();

    @Message
    String seen_recorded();

    @Message
    String privacy();

    @Message
    String refreshes();

    @Message
    String home_card();

    @Message
    String home_card_hint();
}
