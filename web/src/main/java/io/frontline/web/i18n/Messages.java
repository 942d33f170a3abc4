package io.frontline.web.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text of the pages, in nl, en and ja: {@code messages/msg_<language>.properties}; templates use them as
 * {@code {msg:key}}. The English file is the bundle's own; MessagesTest fails on a key missing in another language.
 */
@MessageBundle(value = "msg", locale = "en")
public interface Messages {
    @Message
    String app_name();

    @Message
    String skip_to_content();

    @Message
    String lang_label();

    @Message
    String lang_switch();

    @Message
    String lang_nl();

    @Message
    String lang_en();

    @Message
    String lang_ja();

    @Message
    String nav_home();

    @Message
    String nav_procedure();

    @Message
    String nav_file();

    @Message
    String nav_track();

    @Message
    String nav_sign_in();

    @Message
    String nav_sign_out();

    @Message
    String nav_main();

    @Message
    String signed_in_as(String name);

    @Message
    String footer_text();

    @Message
    String required();

    @Message
    String optional();

    @Message
    String error_summary();

    @Message
    String landing_title();

    @Message
    String landing_intro();

    @Message
    String landing_file();

    @Message
    String landing_file_hint();

    @Message
    String landing_track();

    @Message
    String landing_track_hint();

    @Message
    String landing_procedure();

    @Message
    String landing_procedure_hint();

    @Message
    String landing_staff();

    @Message
    String landing_staff_hint();

    @Message
    String procedure_title();

    @Message
    String procedure_what();

    @Message
    String procedure_how();

    @Message
    String procedure_who();

    @Message
    String procedure_term();

    @Message
    String procedure_escalation();

    @Message
    String procedure_privacy();

    @Message
    String procedure_unavailable();

    @Message
    String file_title();

    @Message
    String file_intro();

    @Message
    String file_site();

    @Message
    String file_site_choose();

    @Message
    String file_category();

    @Message
    String file_subject();

    @Message
    String file_description();

    @Message
    String file_contact();

    @Message
    String file_contact_hint();

    @Message
    String file_name();

    @Message
    String file_email();

    @Message
    String file_phone();

    @Message
    String file_language();

    @Message
    String file_submit();

    @Message
    String category_product();

    @Message
    String category_service();

    @Message
    String category_staff_behaviour();

    @Message
    String category_billing();

    @Message
    String category_delivery();

    @Message
    String category_other();

    @Message
    String filed_title();

    @Message
    String filed_reference();

    @Message
    String filed_secret();

    @Message
    String filed_keep();

    @Message
    String filed_due(String due);

    @Message
    String filed_print();

    @Message
    String filed_link();

    @Message
    String filed_link_hint();

    @Message
    String filed_next();

    @Message
    String filed_next_text();

    @Message
    String track_title();

    @Message
    String track_intro();

    @Message
    String track_reference();

    @Message
    String track_reference_hint();

    @Message
    String track_secret();

    @Message
    String track_submit();

    @Message
    String track_not_found();

    @Message
    String track_status();

    @Message
    String track_due();

    @Message
    String track_waiting();

    @Message
    String track_messages();

    @Message
    String track_no_messages();

    @Message
    String track_from_you();

    @Message
    String track_from_us();

    @Message
    String track_reply();

    @Message
    String track_reply_submit();

    @Message
    String track_reply_sent();

    @Message
    String track_reopen();

    @Message
    String track_reopen_hint();

    @Message
    String track_reopen_reason();

    @Message
    String track_reopen_submit();

    @Message
    String track_reopened();

    @Message
    String track_escalate();

    @Message
    String track_escalate_hint();

    @Message
    String track_escalate_level();

    @Message
    String track_escalate_reason();

    @Message
    String track_escalate_submit();

    @Message
    String track_escalation_requested();

    @Message
    String track_escalated_to(String level);

    @Message
    String track_other();

    @Message
    String track_session_gone();

    @Message
    String status_received();

    @Message
    String status_acknowledged();

    @Message
    String status_in_progress();

    @Message
    String status_waiting_for_complainant();

    @Message
    String status_resolved();

    @Message
    String status_rejected();

    @Message
    String level_management();

    @Message
    String level_external_committee();

    @Message
    String level_management_hint();

    @Message
    String level_external_committee_hint();

    @Message
    String limit_title();

    @Message
    String limit_text(String seconds);

    @Message
    String toolarge_title();

    @Message
    String toolarge_text();

    @Message
    String error_title();

    @Message
    String error_text();

    @Message
    String notfound_title();

    @Message
    String notfound_text();

    @Message
    String forbidden_title();

    @Message
    String forbidden_text();

    @Message
    String csrf_title();

    @Message
    String csrf_text();

    @Message
    String home_title(String name);

    @Message
    String home_intro();

    @Message
    String home_report();

    @Message
    String home_report_hint();

    @Message
    String home_my_reports();

    @Message
    String home_my_reports_hint();

    @Message
    String report_title();

    @Message
    String report_site();

    @Message
    String report_types();

    @Message
    String report_types_hint();

    @Message
    String report_description();

    @Message
    String report_danger();

    @Message
    String report_danger_hint();

    @Message
    String report_more();

    @Message
    String report_occurred();

    @Message
    String report_occurred_hint(String site);

    @Message
    String report_perpetrator();

    @Message
    String report_perpetrator_hint();

    @Message
    String report_identifier_kind();

    @Message
    String report_identifier();

    @Message
    String report_kind_none();

    @Message
    String report_kind_phone();

    @Message
    String report_kind_email();

    @Message
    String report_kind_loyalty_card();

    @Message
    String report_submit();

    @Message
    String reported_title();

    @Message
    String reported_reference();

    @Message
    String reported_next();

    @Message
    String reported_contact();

    @Message
    String reported_first_step();

    @Message
    String reported_manager_informed();

    @Message
    String reported_danger();

    @Message
    String reported_back();

    @Message
    String reported_see_mine();

    @Message
    String type_verbal_abuse();

    @Message
    String type_threat();

    @Message
    String type_physical_violence();

    @Message
    String type_sexual_harassment();

    @Message
    String type_unreasonable_demand();

    @Message
    String type_excessive_contact();

    @Message
    String type_discrimination();

    @Message
    String type_online_defamation();

    @Message
    String type_stalking();

    @Message
    String type_property_damage();

    @Message
    String type_other();

    @Message
    String mine_title();

    @Message
    String mine_none();

    @Message
    String mine_reported_at();

    @Message
    String mine_status();

    @Message
    String mine_outcome();

    @Message
    String mine_prevention();

    @Message
    String mine_care();

    @Message
    String mine_care_none();

    @Message
    String mine_due();

    @Message
    String mine_report_new();

    @Message
    String incident_status_reported();

    @Message
    String incident_status_triaged();

    @Message
    String incident_status_under_investigation();

    @Message
    String incident_status_confirmed();

    @Message
    String incident_status_unfounded();

    @Message
    String incident_status_closed();

    @Message
    String field_required();

    @Message
    String field_invalid();

    @Message
    String field_email();

    @Message
    String code_complaint_received();

    @Message
    String code_complaint_acknowledged(String reference, String responseDue);

    @Message
    String code_complaint_waiting_for_complainant();

    @Message
    String code_complaint_complainant_message();

    @Message
    String code_complaint_message();

    @Message
    String code_complaint_escalated(String level);

    @Message
    String code_complaint_escalation_requested(String level);

    @Message
    String code_complaint_resolved();

    @Message
    String code_complaint_rejected();

    @Message
    String code_complaint_reopened(String responseDue);

    @Message
    String code_complaint_resumed(String responseDue);

    @Message
    String code_complaint_overdue(String responseDue);

    @Message
    String code_complaint_in_progress();

    @Message
    String code_unknown();

    @Message
    String procedure_what_text();

    @Message
    String procedure_how_text();

    @Message
    String procedure_channels();

    @Message
    String procedure_categories();

    @Message
    String procedure_who_text();

    @Message
    String procedure_ack_now();

    @Message
    String procedure_ack_later();

    @Message
    String procedure_term_calendar(String days);

    @Message
    String procedure_term_business(String days);

    @Message
    String procedure_pause();

    @Message
    String procedure_reopen(String days);

    @Message
    String procedure_escalation_text();

    @Message
    String procedure_privacy_text(String months);

    @Message
    String procedure_site_label();

    @Message
    String procedure_site_all();

    @Message
    String procedure_site_show();

    @Message
    String procedure_site_zone(String zone);

    @Message
    String channel_web();

    @Message
    String channel_email();

    @Message
    String channel_phone();

    @Message
    String channel_letter();

    @Message
    String channel_in_store();

    @Message
    String role_site_manager();

    @Message
    String role_regional_manager();

    @Message
    String role_hq_safety();

    @Message
    String care_immediate_safety_check();

    @Message
    String care_debrief();

    @Message
    String care_follow_up();

    @Message
    String care_stress_check();

    @Message
    String care_specialist_referral();

    @Message
    String care_status_open();

    @Message
    String care_status_done();

    @Message
    String care_status_skipped();

    @Message
    String rule_abusive_language();

    @Message
    String rule_threatening_language();

    @Message
    String rule_stalking();

    @Message
    String rule_exposure_threat();

    @Message
    String rule_humiliating_demand();

    @Message
    String rule_discrimination();

    @Message
    String rule_call_length();

    @Message
    String rule_repeated_calls();

    @Message
    String severity_low();

    @Message
    String severity_medium();

    @Message
    String severity_high();

    @Message
    String severity_critical();
}
