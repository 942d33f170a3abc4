package io.frontline.web.prevention;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the prevention screens (issue 16) in nl, en and ja: {@code messages/prevention_<language>.properties};
 * templates use them as {@code {prevention:key}}; texts chosen by a service's code go through
 * {@link Prevention#label(String, String)}.
 */
@MessageBundle(value = "prevention", locale = "en")
public interface PreventionMessages {
    @Message
    String chain();

    @Message
    String site();

    @Message
    String show();

    @Message
    String field_required();

    @Message
    String field_invalid();

    @Message
    String form_has_errors();

    @Message
    String refused_title();

    @Message
    String refused_invalid();

    @Message
    String back_policies();

    @Message
    String back_desk();

    @Message
    String home_policies();

    @Message
    String home_policies_hint();

    @Message
    String home_desk();

    @Message
    String home_desk_hint();

    @Message
    String home_my_training();

    @Message
    String home_my_training_hint();

    @Message
    String home_training();

    @Message
    String home_training_hint();

    @Message
    String home_reviews();

    @Message
    String home_reviews_hint();

    @Message
    String home_compliance();

    @Message
    String home_compliance_hint();

    @Message
    String landing_partner();

    @Message
    String landing_partner_hint();

    @Message
    String policies_title();

    @Message
    String policies_intro();

    @Message
    String policies_none();

    @Message
    String policy_version(int version, String from);

    @Message
    String policy_read_on(String at);

    @Message
    String policy_i_have_read();

    @Message
    String policy_acknowledged_done();

    @Message
    String policy_published_done();

    @Message
    String policy_newer();

    @Message
    String policy_one_language();

    @Message
    String kind_basic_policy();

    @Message
    String kind_unwanted_behaviour_protocol();

    @Message
    String kind_complaints_procedure();

    @Message
    String shares_title();

    @Message
    String shares_intro(String kind);

    @Message
    String shares_kinds();

    @Message
    String shares_none();

    @Message
    String shares_employees();

    @Message
    String shares_acknowledged();

    @Message
    String shares_missing(String site, int count);

    @Message
    String publish_title();

    @Message
    String publish_intro();

    @Message
    String publish_kind();

    @Message
    String publish_effective_from();

    @Message
    String publish_policy_title();

    @Message
    String publish_policy_body();

    @Message
    String publish_button();

    @Message
    String desk_title();

    @Message
    String desk_intro();

    @Message
    String desk_none();

    @Message
    String desk_not_staffed();

    @Message
    String desk_edit();

    @Message
    String desk_edit_intro();

    @Message
    String desk_first_contact();

    @Message
    String desk_counsellor_internal();

    @Message
    String desk_counsellor_external();

    @Message
    String desk_committee();

    @Message
    String desk_lawyer();

    @Message
    String desk_police();

    @Message
    String desk_first_needed();

    @Message
    String desk_name();

    @Message
    String desk_user_id();

    @Message
    String desk_phone();

    @Message
    String desk_email();

    @Message
    String desk_address();

    @Message
    String desk_note();

    @Message
    String desk_save();

    @Message
    String contact_first_contact();

    @Message
    String contact_internal_counsellor();

    @Message
    String contact_external_counsellor();

    @Message
    String contact_counsellor();

    @Message
    String contact_committee();

    @Message
    String contact_lawyer();

    @Message
    String contact_police_liaison();

    @Message
    String consult_title();

    @Message
    String consult_intro();

    @Message
    String consult_nobody();

    @Message
    String consult_with();

    @Message
    String consult_subject();

    @Message
    String consult_text();

    @Message
    String consult_occurred_at();

    @Message
    String consult_private();

    @Message
    String consult_button();

    @Message
    String consultations_title();

    @Message
    String consultations_intro();

    @Message
    String consultations_none();

    @Message
    String consultation_title();

    @Message
    String consultation_no_subject();

    @Message
    String consultation_to(String who);

    @Message
    String consultation_from(String who);

    @Message
    String consultation_employee();

    @Message
    String consultation_desk_person();

    @Message
    String consultation_created();

    @Message
    String consultation_sent();

    @Message
    String consultation_noted();

    @Message
    String consultation_as_report();

    @Message
    String consultation_as_report_hint();

    @Message
    String consultation_types();

    @Message
    String consultation_report_button();

    @Message
    String consultation_as_note();

    @Message
    String consultation_as_note_hint();

    @Message
    String consultation_note_button();

    @Message
    String playbooks_title();

    @Message
    String playbooks_intro();

    @Message
    String playbooks_none();

    @Message
    String playbook_responders();

    @Message
    String playbook_ending();

    @Message
    String playbook_apology();

    @Message
    String playbook_recording();

    @Message
    String playbook_listen_for();

    @Message
    String playbook_inform();

    @Message
    String reported_playbooks();

    @Message
    String reported_playbooks_hint();

    @Message
    String training_title();

    @Message
    String training_intro();

    @Message
    String training_states();

    @Message
    String training_none();

    @Message
    String training_overdue_count(int count);

    @Message
    String training_person();

    @Message
    String training_course();

    @Message
    String training_last();

    @Message
    String training_due();

    @Message
    String training_status();

    @Message
    String training_record();

    @Message
    String training_no_courses();

    @Message
    String training_held_on();

    @Message
    String training_trainer();

    @Message
    String training_attendees();

    @Message
    String training_choose_attendees();

    @Message
    String training_record_button();

    @Message
    String training_recorded();

    @Message
    String status_current();

    @Message
    String status_due();

    @Message
    String status_overdue();

    @Message
    String audience_customer_facing();

    @Message
    String audience_supervisors();

    @Message
    String my_training_title();

    @Message
    String my_training_intro();

    @Message
    String my_training_none();

    @Message
    String reviews_title();

    @Message
    String reviews_intro();

    @Message
    String reviews_due_heading();

    @Message
    String reviews_last(String date);

    @Message
    String reviews_never();

    @Message
    String reviews_due();

    @Message
    String reviews_held();

    @Message
    String reviews_none();

    @Message
    String review_hold();

    @Message
    String review_scope();

    @Message
    String review_quarter();

    @Message
    String review_hold_button();

    @Message
    String review_exists();

    @Message
    String review_held();

    @Message
    String review_title(String scope);

    @Message
    String review_held_by(String who, String at);

    @Message
    String review_figures();

    @Message
    String review_reported();

    @Message
    String review_confirmed();

    @Message
    String review_closed();

    @Message
    String review_complaints();

    @Message
    String review_cases();

    @Message
    String review_cases_none();

    @Message
    String review_actions();

    @Message
    String review_actions_none();

    @Message
    String review_actions_open(int count);

    @Message
    String review_action_owner(String owner, String due);

    @Message
    String review_action_mark_done();

    @Message
    String review_action_done_by(String who, String at);

    @Message
    String review_add_action();

    @Message
    String review_action_text();

    @Message
    String review_action_owner_label();

    @Message
    String review_action_due();

    @Message
    String review_action_added();

    @Message
    String review_action_closed();

    @Message
    String partner_title();

    @Message
    String partner_intro();

    @Message
    String partner_organisation();

    @Message
    String partner_name();

    @Message
    String partner_contact();

    @Message
    String partner_site();

    @Message
    String partner_site_unknown();

    @Message
    String partner_employee();

    @Message
    String partner_employee_hint();

    @Message
    String partner_description();

    @Message
    String partner_occurred_on();

    @Message
    String partner_privacy();

    @Message
    String partner_submit();

    @Message
    String partner_filed_title();

    @Message
    String partner_reference();

    @Message
    String partner_secret();

    @Message
    String partner_keep();

    @Message
    String partner_next();

    @Message
    String partner_track_title();

    @Message
    String partner_track_intro();

    @Message
    String partner_track_button();

    @Message
    String partner_not_found();

    @Message
    String partner_track_other();

    @Message
    String partner_received();

    @Message
    String partner_state();

    @Message
    String partner_outcome();

    @Message
    String partner_concluded();

    @Message
    String partner_status_received();

    @Message
    String partner_status_in_procedure();

    @Message
    String partner_status_concluded();

    @Message
    String partner_outcome_measures_taken();

    @Message
    String partner_outcome_internal_procedure_opened();

    @Message
    String partner_outcome_no_harassment_found();

    @Message
    String partner_outcome_not_our_employee();

    @Message
    String compliance_title();

    @Message
    String compliance_intro();

    @Message
    String compliance_from();

    @Message
    String compliance_to();

    @Message
    String compliance_period(String from, String to);

    @Message
    String compliance_generated(String at);

    @Message
    String compliance_csv();

    @Message
    String compliance_pdf();

    @Message
    String compliance_figures();

    @Message
    String compliance_duty();

    @Message
    String compliance_measure();

    @Message
    String compliance_value();

    @Message
    String compliance_as_of();

    @Message
    String compliance_gaps();

    @Message
    String compliance_no_gaps();

    @Message
    String duty_policy();

    @Message
    String duty_consultation_desk();

    @Message
    String duty_playbooks();

    @Message
    String duty_training();

    @Message
    String duty_incidents();

    @Message
    String duty_review();

    @Message
    String duty_own_staff();

    @Message
    String measure_basic_policy_version_in_force();

    @Message
    String measure_basic_policy_acknowledged_percent();

    @Message
    String measure_unwanted_behaviour_protocol_version_in_force();

    @Message
    String measure_unwanted_behaviour_protocol_acknowledged_percent();

    @Message
    String measure_sites_staffed();

    @Message
    String measure_named_people();

    @Message
    String measure_situations_covered();

    @Message
    String measure_customer_facing_current_percent();

    @Message
    String measure_supervisors_current_percent();

    @Message
    String measure_reported();

    @Message
    String measure_fact_finding_done_percent();

    @Message
    String measure_victim_care_on_time_percent();

    @Message
    String measure_closed_with_prevention_note_percent();

    @Message
    String measure_reviews_held();

    @Message
    String measure_actions_closed();

    @Message
    String measure_actions_overdue();

    @Message
    String measure_partner_reports_received();
}
