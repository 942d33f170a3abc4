package io.frontline.web.counsel;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the counsellor's screens in nl, en and ja: {@code messages/counsel_<language>.properties};
 * templates use them as {@code {counsel:key}}.
 */
@MessageBundle(value = "counsel", locale = "en")
public interface CounselMessages {
    @Message
    String back_home();

    @Message
    String notes_title();

    @Message
    String notes_intro();

    @Message
    String notes_new();

    @Message
    String notes_none();

    @Message
    String notes_more();

    @Message
    String anonymous();

    @Message
    String without_account();

    @Message
    String written_at(String at);

    @Message
    String consents_in_force();

    @Message
    String none();

    @Message
    String actions_count(String count);

    @Message
    String new_title();

    @Message
    String new_intro();

    @Message
    String form_has_errors();

    @Message
    String new_kind();

    @Message
    String new_kind_account();

    @Message
    String new_kind_no_account();

    @Message
    String new_kind_anonymous();

    @Message
    String new_reporter();

    @Message
    String new_reporter_hint();

    @Message
    String new_reporter_required();

    @Message
    String new_text();

    @Message
    String new_text_hint();

    @Message
    String new_submit();

    @Message
    String field_required();

    @Message
    String field_invalid();

    @Message
    String note_title();

    @Message
    String reporter();

    @Message
    String written();

    @Message
    String note_text();

    @Message
    String note_private();

    @Message
    String done_written();

    @Message
    String done_consent();

    @Message
    String done_action();

    @Message
    String done_filed(String reference);

    @Message
    String consents_title();

    @Message
    String consents_none();

    @Message
    String in_force();

    @Message
    String withdrawn();

    @Message
    String not_given();

    @Message
    String given_at(String at);

    @Message
    String recorded_by(String who);

    @Message
    String withdrawn_at(String at);

    @Message
    String consent_record_hint();

    @Message
    String purpose();

    @Message
    String consent_how();

    @Message
    String consent_how_required();

    @Message
    String consent_own_account();

    @Message
    String consent_record();

    @Message
    String consent_by_employee(String who);

    @Message
    String actions_title();

    @Message
    String actions_none();

    @Message
    String action_hint();

    @Message
    String action_description();

    @Message
    String action_submit();

    @Message
    String action_no_consent(String purpose);

    @Message
    String complaint_title();

    @Message
    String complaint_hint();

    @Message
    String complaint_accused();

    @Message
    String complaint_text();

    @Message
    String complaint_submit();

    @Message
    String complaint_refused();

    @Message
    String complaint_needs_consent();

    @Message
    String complaint_not_anonymous();

    @Message
    String purpose_investigate();

    @Message
    String purpose_mediate();

    @Message
    String purpose_formal_complaint();

    @Message
    String purpose_police_report();

    @Message
    String meaning_investigate();

    @Message
    String meaning_mediate();

    @Message
    String meaning_formal_complaint();

    @Message
    String meaning_police_report();

    @Message
    String how_in_person();

    @Message
    String how_phone();

    @Message
    String how_in_writing();

    @Message
    String how_own_account();

    @Message
    String mine_title();

    @Message
    String mine_intro();

    @Message
    String mine_none();

    @Message
    String mine_note(String counsellor, String at);

    @Message
    String mine_no_text();

    @Message
    String mine_give(String purpose);

    @Message
    String mine_withdraw(String purpose);

    @Message
    String mine_done_given();

    @Message
    String mine_done_withdrawn();

    @Message
    String reads_title();

    @Message
    String reads_intro();

    @Message
    String reads_none();

    @Message
    String reads_caption();

    @Message
    String reads_at();

    @Message
    String reads_reader();

    @Message
    String reads_note();

    @Message
    String reads_outcome();

    @Message
    String reads_granted();

    @Message
    String reads_refused();

    @Message
    String reads_older();

    @Message
    String home_notes();

    @Message
    String home_notes_hint();

    @Message
    String home_mine();

    @Message
    String home_mine_hint();

    @Message
    String home_reads();

    @Message
    String home_reads_hint();
}
