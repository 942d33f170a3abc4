package io.frontline.web.incidents;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the incident screens (queue, incident page, my care tasks) in nl, en and ja:
 * {@code messages/incidents_<language>.properties}, used in templates as {@code {incidents:key}}.
 */
@MessageBundle(value = "incidents", locale = "en")
public interface IncidentTexts {
    @Message
    String queue_title();

    @Message
    String queue_intro();

    @Message
    String queue_filters();

    @Message
    String queue_any();

    @Message
    String queue_status();

    @Message
    String queue_site();

    @Message
    String queue_severity();

    @Message
    String queue_type();

    @Message
    String queue_source();

    @Message
    String queue_dates();

    @Message
    String queue_dates_reported();

    @Message
    String queue_dates_occurred();

    @Message
    String queue_from();

    @Message
    String queue_to();

    @Message
    String queue_sort();

    @Message
    String queue_show();

    @Message
    String queue_reset();

    @Message
    String queue_none();

    @Message
    String queue_next();

    @Message
    String queue_first();

    @Message
    String queue_reported();

    @Message
    String queue_results();

    @Message
    String sort_newest_reported();

    @Message
    String sort_oldest_reported();

    @Message
    String sort_newest_occurred();

    @Message
    String sort_oldest_occurred();

    @Message
    String sort_most_severe();

    @Message
    String sort_least_severe();

    @Message
    String source_staff_report();

    @Message
    String source_call_center_detection();

    @Message
    String source_complaint_flag();

    @Message
    String source_manager();

    @Message
    String incident_back();

    @Message
    String incident_facts();

    @Message
    String incident_site();

    @Message
    String incident_types();

    @Message
    String incident_severity();

    @Message
    String incident_severity_raised();

    @Message
    String incident_source();

    @Message
    String incident_occurred();

    @Message
    String incident_reported();

    @Message
    String incident_reported_by();

    @Message
    String incident_danger();

    @Message
    String incident_description();

    @Message
    String incident_victims();

    @Message
    String incident_witnesses();

    @Message
    String incident_perpetrator();

    @Message
    String incident_complaint();

    @Message
    String incident_outcome();

    @Message
    String incident_decided_by();

    @Message
    String incident_no_other_source();

    @Message
    String incident_unfounded_reason();

    @Message
    String incident_prevention();

    @Message
    String incident_reopen_reason();

    @Message
    String incident_yes();

    @Message
    String incident_none();

    @Message
    String workflow_title();

    @Message
    String workflow_closed();

    @Message
    String step_triage();

    @Message
    String step_triage_hint();

    @Message
    String step_investigation();

    @Message
    String step_investigation_hint();

    @Message
    String step_confirmation();

    @Message
    String step_confirmation_hint();

    @Message
    String step_confirmation_note();

    @Message
    String step_unfounded();

    @Message
    String step_unfounded_note();

    @Message
    String step_closure();

    @Message
    String step_closure_note();

    @Message
    String step_closure_hint();

    @Message
    String step_reopening();

    @Message
    String step_reopening_note();

    @Message
    String done_triage();

    @Message
    String done_investigation();

    @Message
    String done_confirmation();

    @Message
    String done_unfounded();

    @Message
    String done_closure();

    @Message
    String done_reopening();

    @Message
    String done_details();

    @Message
    String done_statement();

    @Message
    String done_police();

    @Message
    String done_care();

    @Message
    String done_referral();

    @Message
    String refused_title();

    @Message
    String refused_not_now(String status);

    @Message
    String refused_noOtherSourceReason();

    @Message
    String refused_reason();

    @Message
    String refused_recurrencePreventionNote();

    @Message
    String refused_authorRole();

    @Message
    String refused_occurredAt();

    @Message
    String refused_immediateDanger();

    @Message
    String refused_identifier();

    @Message
    String refused_filedOn();

    @Message
    String refused_note();

    @Message
    String refused_station();

    @Message
    String refused_reference();

    @Message
    String refused_text();

    @Message
    String refused_care_decided();

    @Message
    String refused_required(String field);

    @Message
    String refused_other(String detail);

    @Message
    String details_title();

    @Message
    String details_hint();

    @Message
    String details_occurred();

    @Message
    String details_types();

    @Message
    String details_victims();

    @Message
    String details_witnesses();

    @Message
    String details_perpetrator();

    @Message
    String details_danger();

    @Message
    String details_send();

    @Message
    String statements_title();

    @Message
    String statements_hint();

    @Message
    String statements_read();

    @Message
    String statements_none();

    @Message
    String statements_add();

    @Message
    String statements_role();

    @Message
    String statements_text();

    @Message
    String statements_send();

    @Message
    String role_victim();

    @Message
    String role_witness();

    @Message
    String role_uninvolved();

    @Message
    String role_perpetrator();

    @Message
    String care_title();

    @Message
    String care_none();

    @Message
    String care_due();

    @Message
    String care_overdue();

    @Message
    String care_note();

    @Message
    String care_done();

    @Message
    String care_skipped();

    @Message
    String care_completed_by();

    @Message
    String care_referral();

    @Message
    String care_referral_hint();

    @Message
    String police_title();

    @Message
    String police_recommended();

    @Message
    String police_recorded(String station, String reference, String filedOn);

    @Message
    String police_none();

    @Message
    String police_station();

    @Message
    String police_reference();

    @Message
    String police_filed_on();

    @Message
    String police_send();

    @Message
    String history_title();

    @Message
    String history_counts(String incidents, String confirmed);

    @Message
    String history_unknown();

    @Message
    String history_outcome_open();

    @Message
    String history_reference();

    @Message
    String history_site();

    @Message
    String history_status();

    @Message
    String history_reported();

    @Message
    String evidence_title();

    @Message
    String evidence_link();

    @Message
    String police_package_link();

    @Message
    String my_care_title();

    @Message
    String my_care_intro();

    @Message
    String my_care_none();

    @Message
    String my_care_incident();

    @Message
    String home_incidents();

    @Message
    String home_incidents_hint();

    @Message
    String home_my_care();

    @Message
    String home_my_care_hint();
}
