package io.frontline.complaint.adapter.out.config;

import io.frontline.complaint.application.domain.model.ComplaintsProcedure;
import io.frontline.complaint.application.domain.model.ContactRetention;
import io.frontline.complaint.application.domain.service.ComplaintsProcedureService;
import io.frontline.platform.domain.BusinessCalendar;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.Region;
import io.frontline.platform.domain.Site;
import io.frontline.platform.domain.SiteType;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public procedure is made from the configured policy, through the same port that gives complaints their
 * terms: change the configuration and the stated term changes with the applied one.
 */
class ConfiguredProcedureTest {
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Organisation ORGANISATION = new Organisation("chain", "Chain", "NL",
            List.of(new Region("north", "Noord")), List.of(
            new Site("ams-centrum", "Amsterdam Centrum", SiteType.BRANCH, "north", AMSTERDAM,
                    BusinessCalendar.MONDAY_TO_FRIDAY, List.of()),
            new Site("cc-rotterdam", "Rotterdam", SiteType.CALL_CENTER, "north", AMSTERDAM,
                    BusinessCalendar.MONDAY_TO_FRIDAY, List.of())));

    @Test
    void the_default_policy_states_fourteen_calendar_days_acknowledged_at_once() {
        ComplaintsProcedure procedure = procedures(Map.of()).chainProcedure();

        assertThat(procedure.responseTerm().days()).isEqualTo(14);
        assertThat(procedure.responseTerm().businessDays()).isFalse();
        assertThat(procedure.acknowledgeOnReceipt()).isTrue();
        assertThat(procedure.contactRetention()).isEqualTo(ContactRetention.of(Period.parse("P24M")));
    }

    @Test
    void configuring_21_days_and_5_business_days_at_one_site_changes_what_is_stated_and_what_is_applied() {
        Map<String, String> properties = Map.of("frontline.complaint.policy.response-days", "21",
                "frontline.complaint.policy.sites.\"ams-centrum\".response-days", "5",
                "frontline.complaint.policy.sites.\"ams-centrum\".business-days", "true",
                "frontline.complaint.policy.sites.\"ams-centrum\".acknowledge-on-receipt", "false");
        ConfiguredComplaintPolicy policy = policy(properties);
        ComplaintsProcedureService procedures = new ComplaintsProcedureService(policy, ORGANISATION, ContactRetention.DEFAULT);

        assertThat(procedures.chainProcedure().responseTerm().days()).isEqualTo(21);
        assertThat(procedures.procedureAt("cc-rotterdam").responseTerm().days()).isEqualTo(21);
        ComplaintsProcedure amsterdam = procedures.procedureAt("ams-centrum");
        assertThat(amsterdam.responseTerm().days()).isEqualTo(5);
        assertThat(amsterdam.responseTerm().businessDays()).isTrue();
        assertThat(amsterdam.acknowledgeOnReceipt()).isFalse();
        assertThat(amsterdam.timeZone()).isEqualTo(AMSTERDAM);

        // What a complaint filed on Monday 1 February 2027 gets is what the procedure states.
        Instant monday = Instant.parse("2027-02-01T10:00:00Z");
        assertThat(policy.policyFor("ams-centrum").deadline().dueFor(monday, AMSTERDAM,
                BusinessCalendar.MONDAY_TO_FRIDAY)).isEqualTo(LocalDate.of(2027, 2, 8));
        assertThat(amsterdam.responseTerm().dueFor(monday, AMSTERDAM, BusinessCalendar.MONDAY_TO_FRIDAY))
                .isEqualTo(LocalDate.of(2027, 2, 8));
        assertThat(policy.policyFor("cc-rotterdam").deadline().dueFor(monday, AMSTERDAM))
                .isEqualTo(LocalDate.of(2027, 2, 22));
    }

    private static ComplaintsProcedureService procedures(Map<String, String> properties) {
        return new ComplaintsProcedureService(policy(properties), ORGANISATION, ContactRetention.DEFAULT);
    }

    private static ConfiguredComplaintPolicy policy(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(ComplaintPolicyConfig.class)
                .withSources(new PropertiesConfigSource(properties, "test", 500)).build();
        ConfiguredComplaintPolicy policy = new ConfiguredComplaintPolicy();
        policy.config = config.getConfigMapping(ComplaintPolicyConfig.class);
        return policy;
    }
}
