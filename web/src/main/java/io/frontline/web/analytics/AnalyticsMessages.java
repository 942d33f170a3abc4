package io.frontline.web.analytics;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the safety analytics dashboard in nl, en and ja: {@code messages/analytics_<language>.properties};
 * templates use them as {@code {analytics:key}}.
 */
@MessageBundle(value = "analytics", locale = "en")
public interface AnalyticsMessages {
    @Message
    String title_chain();

    @Message
    String title_site(String name);

    @Message
    String title_region(String name);

    @Message
    String intro();

    @Message
    String period(String from, String to);

    @Message
    String period_form();

    @Message
    String from();

    @Message
    String to();

    @Message
    String show();

    @Message
    String scopes();

    @Message
    String figures();

    @Message
    String figure_reported();

    @Message
    String figure_confirmed();

    @Message
    String figure_unfounded();

    @Message
    String figure_independent();

    @Message
    String figure_triage();

    @Message
    String figure_decision();

    @Message
    String figure_care();

    @Message
    String figure_police();

    @Message
    String figure_repeat();

    @Message
    String figure_several_sites();

    @Message
    String police(long recommended, long filed);

    @Message
    String hours(String median, String p90);

    @Message
    String none_yet();

    @Message
    String trend_same();

    @Message
    String trend_up(long n);

    @Message
    String trend_down(long n);

    @Message
    String total();

    @Message
    String week_of(String date);

    @Message
    String chart_weekly();

    @Message
    String chart_weekly_caption();

    @Message
    String chart_types();

    @Message
    String chart_types_caption();

    @Message
    String chart_detection();

    @Message
    String chart_detection_caption();

    @Message
    String chart_heat();

    @Message
    String chart_heat_intro();

    @Message
    String chart_heat_caption(String site);

    @Message
    String weekday();

    @Message
    String suggestions();

    @Message
    String dismissed();

    @Message
    String confirm_rate();

    @Message
    String export_csv();

    @Message
    String export_incidents();

    @Message
    String no_data();

    @Message
    String queue_slot(String day, String hour);

    @Message
    String home_card();

    @Message
    String home_card_hint();

    @Message
    String unavailable();

    @Message
    String chart_ladder();

    @Message
    String chart_ladder_caption(long violations);

    @Message
    String chart_escalations();

    @Message
    String chart_escalations_caption();

    @Message
    String chart_complaints();

    @Message
    String chart_complaints_caption();

    @Message
    String proposed();

    @Message
    String approved();

    @Message
    String rejected();

    @Message
    String lifted();

    @Message
    String started();

    @Message
    String acknowledged();

    @Message
    String exhausted();

    @Message
    String median_minutes();

    @Message
    String p90_minutes();

    @Message
    String level(String n);

    @Message
    String received();

    @Message
    String resolved();

    @Message
    String within_term();

    @Message
    String overdue_now();

    @Message
    String measure_written_warning();

    @Message
    String measure_request_to_leave();

    @Message
    String measure_contact_ban();

    @Message
    String measure_entry_ban();

    /** The incidents queue narrowed to a region (a region dashboard's drill-down, issue 14). */
    @Message
    String queue_region(String region);

    /** A row of the detection table: a rule's figures in the calls of one language (issue 14). */
    @Message
    String detection_language_row(String rule, String language);

    @Message
    String language_nl();

    @Message
    String language_en();

    @Message
    String language_ja();

    /** Calls whose segments carried no language, and suggestions made before the language was kept. */
    @Message
    String language_unknown();
}
