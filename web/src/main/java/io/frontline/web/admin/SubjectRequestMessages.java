package io.frontline.web.admin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the subject-request screen (issue 17) in nl, en and ja: {@code messages/subjectrequests_<language>
 * .properties}; the template uses them as {@code {subjectrequests:key}}.
 */
@MessageBundle(value = "subjectrequests", locale = "en")
public interface SubjectRequestMessages {
    @Message
    String title();

    @Message
    String intro();

    @Message
    String field_kind();

    @Message
    String kind_email();

    @Message
    String kind_phone();

    @Message
    String kind_loyalty_card();

    @Message
    String field_identifier();

    @Message
    String field_identifier_hint();

    @Message
    String field_action();

    @Message
    String action_export();

    @Message
    String action_erase();

    @Message
    String field_reason();

    @Message
    String field_reason_hint();

    @Message
    String submit();

    @Message
    String error_summary();

    @Message
    String error_identifier();

    @Message
    String error_reason();

    @Message
    String error_action();

    @Message
    String answer_title();

    @Message
    String answer_complete();

    @Message
    String answer_incomplete();

    @Message
    String status_answered();

    @Message
    String status_unreachable();

    @Message
    String status_not_asked();

    @Message
    String unreachable_text();

    @Message
    String not_asked_text();

    @Message
    String held_kind(String kind, int count);

    @Message
    String erased_kind(String kind, int count);

    @Message
    String nothing_held();

    @Message
    String kept_title();

    @Message
    String kept_hint();

    @Message
    String recent_title();

    @Message
    String recent_none();

    @Message
    String col_reason();

    @Message
    String col_complete();

    @Message
    String col_services();

    @Message
    String yes();

    @Message
    String no();

    @Message
    String home_card();

    @Message
    String home_card_hint();
}
