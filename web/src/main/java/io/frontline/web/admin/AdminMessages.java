package io.frontline.web.admin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the administration screens (issue 14) in nl, en and ja: {@code messages/admin_<language>.properties};
 * templates use them as {@code {admin:key}}.
 */
@MessageBundle(value = "admin", locale = "en")
public interface AdminMessages {
    @Message
    String title();

    @Message
    String intro();

    @Message
    String search_label();

    @Message
    String status_label();

    @Message
    String status_all();

    @Message
    String status_active();

    @Message
    String status_inactive();

    @Message
    String search_button();

    @Message
    String add_person();

    @Message
    String none();

    @Message
    String col_email();

    @Message
    String col_roles();

    @Message
    String col_status();

    @Message
    String col_actions();

    @Message
    String change(String name);

    @Message
    String deactivate(String name);

    @Message
    String reactivate(String name);

    @Message
    String deactivated_on(String date);

    @Message
    String done_added(String id);

    @Message
    String done_changed(String id);

    @Message
    String done_deactivated(String id);

    @Message
    String done_reactivated(String id);

    @Message
    String error_self();

    @Message
    String home_card();

    @Message
    String home_card_hint();

    @Message
    String config_home_card();

    @Message
    String config_home_card_hint();

    @Message
    String config_link();

    @Message
    String add_title();

    @Message
    String change_title(String id);

    @Message
    String inactive_notice();

    @Message
    String error_summary();

    @Message
    String field_id();

    @Message
    String field_id_hint();

    @Message
    String field_name();

    @Message
    String field_email();

    @Message
    String field_language();

    @Message
    String field_time_zone();

    @Message
    String field_time_zone_hint();

    @Message
    String field_quiet();

    @Message
    String field_quiet_start();

    @Message
    String field_quiet_end();

    @Message
    String field_quiet_hint();

    @Message
    String field_roles();

    @Message
    String field_sites();

    @Message
    String field_regions();

    @Message
    String field_mobile();

    @Message
    String field_mobile_hint();

    @Message
    String field_webhook();

    @Message
    String save();

    @Message
    String cancel();

    @Message
    String error_id();

    @Message
    String error_id_taken();

    @Message
    String error_name();

    @Message
    String error_email();

    @Message
    String error_language();

    @Message
    String error_time_zone();

    @Message
    String error_quiet();

    @Message
    String error_roles();

    @Message
    String error_sites();

    @Message
    String error_regions();

    @Message
    String error_mobile();

    @Message
    String error_webhook();

    @Message
    String error_form();

    @Message
    String role_staff();

    @Message
    String role_site_manager();

    @Message
    String role_regional_manager();

    @Message
    String role_hq_safety();

    @Message
    String role_hr();

    @Message
    String role_counsellor();

    @Message
    String role_committee();

    @Message
    String role_complaint_handler();

    @Message
    String role_admin();

    @Message
    String config_title();

    @Message
    String config_views();

    @Message
    String config_readonly();

    @Message
    String config_organisation();

    @Message
    String config_organisation_intro();

    @Message
    String config_routing();

    @Message
    String config_routing_intro();

    @Message
    String config_escalation();

    @Message
    String config_escalation_intro();

    @Message
    String config_ladder();

    @Message
    String config_ladder_intro();

    @Message
    String config_detection();

    @Message
    String config_detection_intro();

    @Message
    String config_chain();

    @Message
    String config_regions();

    @Message
    String config_sites();

    @Message
    String col_id();

    @Message
    String col_name();

    @Message
    String col_type();

    @Message
    String col_region();

    @Message
    String col_time_zone();

    @Message
    String col_repeat_window();

    @Message
    String col_working_days();

    @Message
    String col_holidays();

    @Message
    String col_event_type();

    @Message
    String col_min_severity();

    @Message
    String col_severity();

    @Message
    String col_sites();

    @Message
    String col_recipients();

    @Message
    String col_channels();

    @Message
    String col_level();

    @Message
    String col_who();

    @Message
    String col_acknowledge_within();

    @Message
    String col_step();

    @Message
    String col_ban();

    @Message
    String col_setting();

    @Message
    String col_value();

    @Message
    String col_rule();

    @Message
    String col_threshold();

    @Message
    String col_incident_types();

    @Message
    String col_phrases();

    @Message
    String any();

    @Message
    String yes();

    @Message
    String no();

    @Message
    String policy_caption(String name, String severity, String types, String repeat);

    @Message
    String step_first();

    @Message
    String step_repeat();

    @Message
    String step_further();

    @Message
    String step_critical();

    @Message
    String ladder_rules();

    @Message
    String ladder_window();

    @Message
    String ladder_warning();

    @Message
    String ladder_critical_types();

    @Message
    String ladder_contact_channels();

    @Message
    String ladder_contact_alternative();

    @Message
    String detection_settings();

    @Message
    String detection_language_threshold();

    @Message
    String detection_max_call();

    @Message
    String detection_repeated_calls();

    @Message
    String detection_repeated_calls_value(String count, String window);

    @Message
    String detection_pattern();

    @Message
    String detection_pattern_value(String reports, String sites, String window);

    @Message
    String unit_seconds(String n);

    @Message
    String unit_minutes(String n);

    @Message
    String unit_hours(String n);

    @Message
    String unit_days(String n);

    @Message
    String unit_one_month();

    @Message
    String unit_months(String n);

    @Message
    String status_no_mobile();

    @Message
    String sms_missing_badge();

    @Message
    String sms_missing_detail();

    @Message
    String sms_missing_count_one();

    @Message
    String sms_missing_count(int count);
}
