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

    @Message
    String profile_heading();

    @Message
    String profile_intro();

    @Message
    String description();

    @Message
    String profile_save();

    @Message
    String profile_saved();

    @Message
    String profile_invalid();

    @Message
    String profile_refused();

    @Message
    String profile_unavailable();

    @Message
    String warnings_heading();

    @Message
    String warnings_hint();

    @Message
    String photos_heading();

    @Message
    String photos_none();

    @Message
    String photos_not_listed();

    @Message
    String photo_file();

    @Message
    String photo_limits(String size);

    @Message
    String lawful_basis();

    @Message
    String lawful_basis_hint();

    @Message
    String photo_upload();

    @Message
    String photo_added();

    @Message
    String photo_too_large(String size);

    @Message
    String photo_type();

    @Message
    String photo_no_file();

    @Message
    String photo_no_basis();

    @Message
    String sightings_heading();

    @Message
    String sightings_none();

    @Message
    String sighting_by();

    @Message
    String sighting_at();

    @Message
    String sighting_site();

    @Message
    String sighting_outcome();

    @Message
    String sighting_counted();

    @Message
    String sighting_not_counted();

    @Message
    String flag_heading();

    @Message
    String flag_intro();

    @Message
    String flag_kind();

    @Message
    String kind_phone();

    @Message
    String kind_email();

    @Message
    String kind_loyalty_card();

    @Message
    String flag_identifier();

    @Message
    String flag_note();

    @Message
    String flag_note_hint();

    @Message
    String flag_submit();

    @Message
    String flag_done();

    @Message
    String flag_invalid();

    @Message
    String flag_refused();
}
