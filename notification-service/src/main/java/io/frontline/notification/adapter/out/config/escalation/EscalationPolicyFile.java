package io.frontline.notification.adapter.out.config.escalation;

import io.frontline.platform.config.ConfigFile;
import io.frontline.notification.application.domain.model.Severity;
import io.frontline.notification.application.domain.model.escalation.EscalationPolicies;
import io.frontline.notification.application.domain.model.escalation.EscalationPolicy;
import io.frontline.notification.application.domain.model.escalation.PolicyLevel;
import io.frontline.notification.application.domain.model.escalation.Responder;

import java.io.InputStream;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and checks the escalation-policies file (format in {@code frontline/escalation-policies.yaml} and the
 * service README). Every problem is reported at once, so that a broken file is fixed in one go.
 */
final class EscalationPolicyFile {
    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)\\s*(s|m|h|d)");

    private EscalationPolicyFile() {
    }

    record LevelDoc(List<String> who, String acknowledgeWithin) {
    }

    record PolicyDoc(String name, String minSeverity, List<String> eventTypes, List<LevelDoc> levels, Integer repeat) {
    }

    record Doc(List<PolicyDoc> policies) {
    }

    static EscalationPolicies read(InputStream yaml, String origin) {
        Doc doc = ConfigFile.readYaml(yaml, Doc.class, origin, InvalidEscalationPoliciesException::new);
        if (doc == null || doc.policies() == null || doc.policies().isEmpty()) {
            throw new InvalidEscalationPoliciesException(origin, List.of("lists no policy under 'policies'"));
        }
        List<String> problems = new ArrayList<>();
        List<EscalationPolicy> policies = new ArrayList<>();
        Set<String> names = new HashSet<>();
        int number = 0;
        for (PolicyDoc policy : doc.policies()) {
            number++;
            if (policy == null) {
                problems.add("policy #" + number + " is empty");
                continue;
            }
            String where = blank(policy.name()) ? "policy #" + number : "policy '" + policy.name() + "'";
            int before = problems.size();
            if (blank(policy.name())) {
                problems.add(where + " needs a name");
            } else if (!names.add(policy.name())) {
                problems.add(where + " is listed twice");
            }
            Optional<Severity> severity = severity(policy.minSeverity());
            if (severity.isEmpty()) {
                problems.add(where + " has minSeverity '" + policy.minSeverity()
                        + "'; it must be one of low, medium, high, critical");
            }
            Set<String> eventTypes = new LinkedHashSet<>();
            if (policy.eventTypes() != null) {
                for (String type : policy.eventTypes()) {
                    if (blank(type)) {
                        problems.add(where + " lists an empty event type");
                    } else {
                        eventTypes.add(type.strip());
                    }
                }
            }
            int repeat = policy.repeat() == null ? 0 : policy.repeat();
            if (repeat < 0 || repeat > 100) {
                problems.add(where + " has repeat " + repeat + "; it must be between 0 and 100");
            }
            List<PolicyLevel> levels = new ArrayList<>();
            if (policy.levels() == null || policy.levels().isEmpty()) {
                problems.add(where + " has no levels");
            } else {
                int levelNumber = 0;
                for (LevelDoc level : policy.levels()) {
                    levelNumber++;
                    String at = where + " level " + levelNumber;
                    if (level == null) {
                        problems.add(at + " is empty");
                        continue;
                    }
                    List<Responder> who = new ArrayList<>();
                    if (level.who() == null || level.who().isEmpty()) {
                        problems.add(at + " tells nobody; 'who' needs site-manager, regional-manager, hq-safety or hr");
                    } else {
                        for (String name : level.who()) {
                            Optional<Responder> responder = Responder.fromWireName(name);
                            if (responder.isEmpty()) {
                                problems.add(at + " names '" + name
                                        + "'; 'who' takes site-manager, regional-manager, hq-safety or hr");
                            } else {
                                who.add(responder.get());
                            }
                        }
                    }
                    Optional<Duration> wait = duration(level.acknowledgeWithin());
                    if (wait.isEmpty()) {
                        problems.add(at + " has acknowledgeWithin '" + level.acknowledgeWithin()
                                + "'; it needs a positive duration such as 5m, 2h or PT5M");
                    }
                    if (!who.isEmpty() && wait.isPresent() && who.size() == level.who().size()) {
                        levels.add(new PolicyLevel(who, wait.get()));
                    }
                }
            }
            if (problems.size() == before) {
                policies.add(new EscalationPolicy(policy.name(), severity.orElseThrow(), eventTypes, levels, repeat));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidEscalationPoliciesException(origin, problems);
        }
        return new EscalationPolicies(policies);
    }

    private static Optional<Severity> severity(String value) {
        if (blank(value)) {
            return Optional.empty();
        }
        for (Severity severity : Severity.values()) {
            if (severity.name().toLowerCase(Locale.ROOT).equals(value.strip())) {
                return Optional.of(severity);
            }
        }
        return Optional.empty();
    }

    /** {@code 30s}, {@code 5m}, {@code 2h}, {@code 1d}, or ISO-8601 ({@code PT5M}); positive only. */
    static Optional<Duration> duration(String value) {
        if (blank(value)) {
            return Optional.empty();
        }
        Duration duration;
        Matcher matcher = SHORT_DURATION.matcher(value.strip());
        if (matcher.matches()) {
            long amount = Long.parseLong(matcher.group(1));
            switch (matcher.group(2)) {
                case "s":
                    duration = Duration.ofSeconds(amount);
                    break;
                case "m":
                    duration = Duration.ofMinutes(amount);
                    break;
                case "h":
                    duration = Duration.ofHours(amount);
                    break;
                default:
                    duration = Duration.ofDays(amount);
            }
        } else {
            try {
                duration = Duration.parse(value.strip());
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return duration.isNegative() || duration.isZero() ? Optional.empty() : Optional.of(duration);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
