package io.frontline.web.today;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The Today page's texts in nl, en and ja: {@code messages/today_<language>.properties}, {@code {today:key}}. */
@MessageBundle(value = "today", locale = "en")
public interface TodayMessages {
    @Message
    String title();

    @Message
    String intro();

    @Message
    String home_card();

    @Message
    String home_card_hint();

    @Message
    String section_escalations();

    @Message
    String section_approvals();

    @Message
    String section_care_tasks();

    @Message
    String section_complaints();

    @Message
    String section_suggestions();

    @Message
    String section_count(int count);

    @Message
    String none();

    @Message
    String failed();

    @Message
    String open_queue();

    @Message
    String urgency_now();

    @Message
    String urgency_overdue();

    @Message
    String urgency_soon();

    @Message
    String urgency_waiting();

    @Message
    String age_minutes(String n);

    @Message
    String age_hours(String n);

    @Message
    String age_days(String n);

    @Message
    String when_waiting(String age);

    @Message
    String when_overdue(String age);

    @Message
    String when_due_in(String age);

    @Message
    String at_site(String site);

    @Message
    String escalation_title(String reference, String severity);

    @Message
    String escalation_level(String level);

    @Message
    String level_critical();

    @Message
    String level_high();

    @Message
    String level_medium();

    @Message
    String level_low();

    @Message
    String approval_title(String measure);

    @Message
    String proposed_by(String who);

    @Message
    String measure_contact_ban();

    @Message
    String measure_entry_ban();

    @Message
    String measure_written_warning();

    @Message
    String measure_request_to_leave();

    @Message
    String measure_other();

    @Message
    String care_task_title(String task, String reference);

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
    String complaint_title(String reference, String subject);

    @Message
    String suggestion_title(String rules, String call);

}
