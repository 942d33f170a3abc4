package io.frontline.notification.adapter.out.config.escalation;

import io.frontline.notification.application.domain.model.Severity;
import io.frontline.notification.application.domain.model.escalation.EscalationPolicies;
import io.frontline.notification.application.domain.model.escalation.EscalationPolicy;
import io.frontline.notification.application.domain.model.escalation.Responder;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EscalationPolicyFileTest {
    @Test
    void the_shipped_policies_escalate_critical_and_high_as_the_issue_asks() {
        EscalationPolicies policies = EscalationPolicyFileAdapter.load("classpath:frontline/escalation-policies.yaml");

        EscalationPolicy critical = policies.named("critical").orElseThrow();
        assertThat(critical.minSeverity()).isEqualTo(Severity.CRITICAL);
        assertThat(critical.levels()).extracting(l -> l.who().get(0) + " " + l.acknowledgeWithin())
                .containsExactly(Responder.SITE_MANAGER + " PT5M", Responder.REGIONAL_MANAGER + " PT10M",
                        Responder.HQ_SAFETY + " PT10M");
        assertThat(critical.repeat()).isEqualTo(2);
        EscalationPolicy high = policies.named("high").orElseThrow();
        assertThat(high.levels()).extracting(l -> l.acknowledgeWithin())
                .containsExactly(Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofMinutes(30));
        assertThat(high.repeat()).isZero();
        assertThat(policies.policies()).extracting(EscalationPolicy::name).containsExactly("critical", "high");
    }

    @Test
    void a_broken_file_is_refused_with_every_problem_listed() {
        String yaml = """
                policies:
                  - name: urgent
                    minSeverity: urgent
                    levels:
                      - who: [site-manager, janitor]
                        acknowledgeWithin: 5 minutes
                      - who: []
                        acknowledgeWithin: 0m
                    repeat: -1
                  - name: urgent
                    minSeverity: high
                  - minSeverity: low
                    eventTypes: [""]
                    levels:
                      - who: [hr]
                        acknowledgeWithin: PT1H
                """;

        assertThatThrownBy(() -> EscalationPolicyFile.read(stream(yaml), "policies.yaml"))
                .isInstanceOfSatisfying(InvalidEscalationPoliciesException.class, e -> assertThat(e.problems())
                        .containsExactly(
                                "policy 'urgent' has minSeverity 'urgent'; it must be one of low, medium, high, critical",
                                "policy 'urgent' has repeat -1; it must be between 0 and 100",
                                "policy 'urgent' level 1 names 'janitor'; 'who' takes site-manager, regional-manager, hq-safety or hr",
                                "policy 'urgent' level 1 has acknowledgeWithin '5 minutes'; it needs a positive duration such as 5m, 2h or PT5M",
                                "policy 'urgent' level 2 tells nobody; 'who' needs site-manager, regional-manager, hq-safety or hr",
                                "policy 'urgent' level 2 has acknowledgeWithin '0m'; it needs a positive duration such as 5m, 2h or PT5M",
                                "policy 'urgent' is listed twice",
                                "policy 'urgent' has no levels",
                                "policy #3 needs a name",
                                "policy #3 lists an empty event type"))
                .hasMessageContaining("policies.yaml");
    }

    @Test
    void an_unknown_setting_or_a_missing_file_is_refused() {
        assertThatThrownBy(() -> EscalationPolicyFile.read(stream("policies:\n  - name: x\n    severity: high\n"), "p.yaml"))
                .isInstanceOf(InvalidEscalationPoliciesException.class).hasMessageContaining("severity");
        assertThatThrownBy(() -> EscalationPolicyFile.read(stream("policies: []\n"), "p.yaml"))
                .isInstanceOfSatisfying(InvalidEscalationPoliciesException.class,
                        e -> assertThat(e.problems()).isEqualTo(List.of("lists no policy under 'policies'")));
        assertThatThrownBy(() -> EscalationPolicyFileAdapter.load("/nonexistent/escalation-policies.yaml"))
                .isInstanceOfSatisfying(InvalidEscalationPoliciesException.class,
                        e -> assertThat(e.problems()).isEqualTo(List.of("does not exist")));
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
