package io.frontline.prevention.application.domain.service;

import io.frontline.platform.domain.AccessDenied;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.RuleViolation;
import io.frontline.platform.domain.Site;
import io.frontline.platform.domain.WireName;
import io.frontline.prevention.application.domain.model.AcknowledgementShare;
import io.frontline.prevention.application.domain.model.ActionItem;
import io.frontline.prevention.application.domain.model.Audience;
import io.frontline.prevention.application.domain.model.ComplianceReport;
import io.frontline.prevention.application.domain.model.ComplianceReport.Figure;
import io.frontline.prevention.application.domain.model.ComplianceReport.Gap;
import io.frontline.prevention.application.domain.model.ConsultationDesk;
import io.frontline.prevention.application.domain.model.Course;
import io.frontline.prevention.application.domain.model.IncidentFact;
import io.frontline.prevention.application.domain.model.PartnerReport;
import io.frontline.prevention.application.domain.model.Percent;
import io.frontline.prevention.application.domain.model.Playbook;
import io.frontline.prevention.application.domain.model.PolicyKind;
import io.frontline.prevention.application.domain.model.PolicyVersion;
import io.frontline.prevention.application.domain.model.Review;
import io.frontline.prevention.application.domain.model.TrainingState;
import io.frontline.prevention.application.port.in.ComplianceReportQuery;
import io.frontline.prevention.application.port.out.DeskStore;
import io.frontline.prevention.application.port.out.IncidentFactStore;
import io.frontline.prevention.application.port.out.PartnerReportStore;
import io.frontline.prevention.application.port.out.PlaybookStore;
import io.frontline.prevention.application.port.out.PolicyStore;
import io.frontline.prevention.application.port.out.PreventionSettingsPort;
import io.frontline.prevention.application.port.out.ReviewStore;
import io.frontline.prevention.application.port.out.WorkforcePort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds the compliance report from this service's own records and the facts the other services' events told it.
 * Every percentage is part / whole with one decimal; a measure with nothing to count is reported as 0 of 0 and is
 * not listed as a gap unless the duty itself is missing.
 */
@ApplicationScoped
public class ComplianceReportService implements ComplianceReportQuery {
    /** The situations seed 000 and 001 ask procedures for; a missing playbook for one of them is a gap. */
    static final List<String> SITUATIONS = List.of("verbal-abuse-in-store", "threat-on-the-phone",
            "excessive-contact", "online-defamation");
    private static final List<PolicyKind> REQUIRED_POLICIES = List.of(PolicyKind.BASIC_POLICY,
            PolicyKind.UNWANTED_BEHAVIOUR_PROTOCOL);

    @Inject
    PolicyService policies;

    @Inject
    TrainingService training;

    @Inject
    PolicyStore policyStore;

    @Inject
    DeskStore desks;

    @Inject
    PlaybookStore playbooks;

    @Inject
    IncidentFactStore facts;

    @Inject
    ReviewStore reviews;

    @Inject
    PartnerReportStore partnerReports;

    @Inject
    WorkforcePort workforce;

    @Inject
    PreventionSettingsPort settings;

    @Inject
    Organisation organisation;

    @Inject
    Clock clock;

    @Override
    public ComplianceReport report(Actor actor, String siteId, LocalDate from, LocalDate to) {
        ZoneId zone = organisation.timeZone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate last = to != null ? to : today;
        LocalDate first = from != null ? from : last.minusMonths(12).plusDays(1);
        if (first.isAfter(last)) {
            throw new RuleViolation("from", "The window runs from a first day through a last day, not backwards");
        }
        String site = scope(actor, siteId);
        List<Figure> figures = new ArrayList<>();
        List<Gap> gaps = new ArrayList<>();
        policy(site, today, figures, gaps);
        desk(site, today, figures, gaps);
        playbooks(today, figures, gaps);
        training(site, today, figures, gaps);
        incidents(site, first, last, zone, figures, gaps);
        reviews(site, today, figures, gaps);
        partners(site, first, last, zone, figures);
        return new ComplianceReport(site, first, last, clock.instant(), figures, gaps);
    }

    private String scope(Actor actor, String siteId) {
        if (siteId == null || siteId.isBlank()) {
            Scope.requireChainWide(actor);
            return null;
        }
        Site site = organisation.requestedSite(siteId);
        if (!Scope.canSee(actor, site)) {
            throw new AccessDenied("You cannot see the compliance report of site " + site.id());
        }
        return site.id();
    }

    private void policy(String site, LocalDate today, List<Figure> figures, List<Gap> gaps) {
        for (PolicyKind kind : REQUIRED_POLICIES) {
            String duty = "policy";
            String name = WireName.of(kind);
            Optional<PolicyVersion> inForce = policies.inForce(kind);
            if (inForce.isEmpty()) {
                figures.add(new Figure(duty, name + ".version-in-force", "none", today, "no version in force"));
                gaps.add(new Gap(duty, "No " + name + " is published and in force"));
                continue;
            }
            PolicyVersion v = inForce.get();
            figures.add(new Figure(duty, name + ".version-in-force", v.version(), v.effectiveFrom(),
                    "published " + v.publishedAt().atZone(organisation.timeZone()).toLocalDate() + " by " + v.publishedBy()));
            AcknowledgementShare share = PolicyService.share(site, workforce.workforce().of(site),
                    policyStore.acknowledgedBy(v.id()));
            figures.add(new Figure(duty, name + ".acknowledged-percent", share.percent(), today,
                    share.acknowledged().size() + " of " + share.employees() + " employees"));
            if (!share.missing().isEmpty()) {
                gaps.add(new Gap(duty, share.missing().size() + " of " + share.employees()
                        + " employees have not acknowledged " + name + " version " + v.version()));
            }
        }
    }

    private void desk(String site, LocalDate today, List<Figure> figures, List<Gap> gaps) {
        List<String> sites = site != null ? List.of(site) : organisation.sites().stream().map(Site::id).toList();
        int staffed = 0;
        for (String s : sites) {
            Optional<ConsultationDesk> desk = desks.desk(s);
            if (desk.isPresent() && desk.get().staffed()) {
                staffed++;
                if (site != null) {
                    figures.add(new Figure("consultation-desk", "named-people",
                            String.join("; ", desk.get().namedPeople()),
                            desk.get().updatedAt().atZone(organisation.timeZone()).toLocalDate(), "first contact and counsellors"));
                }
            } else {
                gaps.add(new Gap("consultation-desk", "Site " + s + " has no consultation desk with a counsellor"));
            }
        }
        figures.add(new Figure("consultation-desk", "sites-staffed", staffed, today, staffed + " of " + sites.size() + " sites"));
    }

    private void playbooks(LocalDate today, List<Figure> figures, List<Gap> gaps) {
        List<Playbook> all = playbooks.all();
        Set<String> situations = all.stream().map(Playbook::situation).collect(Collectors.toSet());
        figures.add(new Figure("playbooks", "situations-covered", all.size(), today,
                all.stream().map(Playbook::situation).sorted().collect(Collectors.joining(", "))));
        for (String situation : SITUATIONS) {
            if (!situations.contains(situation)) {
                gaps.add(new Gap("playbooks", "No playbook for the situation " + situation));
            }
        }
    }

    private void training(String site, LocalDate today, List<Figure> figures, List<Gap> gaps) {
        List<TrainingState> states = training.states(today).stream()
                .filter(s -> site == null || site.equals(s.siteId())).toList();
        List<Course> courses = training.courses();
        for (Audience audience : Audience.values()) {
            String name = WireName.of(audience);
            if (courses.stream().noneMatch(c -> c.audience() == audience)) {
                figures.add(new Figure("training", name + ".current-percent", 0.0, today, "no course"));
                gaps.add(new Gap("training", "No course for " + name + " staff"));
                continue;
            }
            // A person is current when current in every course of their audience; counted once across their sites.
            List<TrainingState> forAudience = states.stream().filter(s -> s.course().audience() == audience).toList();
            Set<String> people = forAudience.stream().map(s -> s.employee().userId()).collect(Collectors.toSet());
            Set<String> notCurrent = forAudience.stream().filter(s -> !s.current()).map(s -> s.employee().userId())
                    .collect(Collectors.toSet());
            int current = people.size() - notCurrent.size();
            figures.add(new Figure("training", name + ".current-percent", Percent.of(current, people.size()), today,
                    current + " of " + people.size() + " people"));
            if (!notCurrent.isEmpty()) {
                gaps.add(new Gap("training", notCurrent.size() + " of " + people.size() + " " + name
                        + " people are not trained or overdue"));
            }
        }
    }

    private void incidents(String site, LocalDate first, LocalDate last, ZoneId zone, List<Figure> figures,
                           List<Gap> gaps) {
        java.time.Instant start = first.atStartOfDay(zone).toInstant();
        java.time.Instant end = last.plusDays(1).atStartOfDay(zone).toInstant();
        List<IncidentFact> touched = facts.incidents(site, start, end);
        List<IncidentFact> reported = touched.stream().filter(f -> within(f.reportedAt(), start, end)).toList();
        long established = reported.stream().filter(IncidentFact::factsEstablished).count();
        List<IncidentFact> confirmed = reported.stream().filter(f -> "confirmed".equals(f.outcome())).toList();
        long careOnTime = confirmed.stream().filter(f -> !f.careLate()).count();
        List<IncidentFact> closed = touched.stream().filter(f -> within(f.closedAt(), start, end)
                && "confirmed".equals(f.outcome())).toList();
        long noted = closed.stream().filter(IncidentFact::closedWithNote).count();
        figures.add(new Figure("incidents", "reported", reported.size(), last, "reported " + first + " through " + last));
        figures.add(new Figure("incidents", "fact-finding-done-percent", Percent.of(established, reported.size()), last,
                established + " of " + reported.size() + " reported incidents decided (confirmed or unfounded)"));
        figures.add(new Figure("incidents", "victim-care-on-time-percent", Percent.of(careOnTime, confirmed.size()),
                last, careOnTime + " of " + confirmed.size() + " confirmed incidents without a late care task"));
        figures.add(new Figure("incidents", "closed-with-prevention-note-percent", Percent.of(noted, closed.size()),
                last, noted + " of " + closed.size() + " confirmed incidents closed with a prevention note"));
        if (established < reported.size()) {
            gaps.add(new Gap("incidents", (reported.size() - established) + " reported incidents await fact-finding"));
        }
        if (careOnTime < confirmed.size()) {
            gaps.add(new Gap("incidents", (confirmed.size() - careOnTime) + " confirmed incidents had victim care late"));
        }
        if (noted < closed.size()) {
            gaps.add(new Gap("incidents", (closed.size() - noted) + " incidents were closed without a prevention note"));
        }
    }

    private static boolean within(java.time.Instant at, java.time.Instant start, java.time.Instant end) {
        return at != null && !at.isBefore(start) && at.isBefore(end);
    }

    private void reviews(String site, LocalDate today, List<Figure> figures, List<Gap> gaps) {
        List<Review> held = reviews.reviews(site, false);
        Optional<Review> latest = held.stream().max(Comparator.comparing(r -> r.period().last()));
        figures.add(new Figure("review", "reviews-held", held.size(), today,
                latest.map(r -> "latest covers " + r.period().first() + " through " + r.period().last()).orElse("none")));
        if (latest.isEmpty() || latest.get().period().last().plus(settings.reviewInterval()).isBefore(today)) {
            gaps.add(new Gap("review", "No review covers the last " + settings.reviewInterval() + " (the review interval)"));
        }
        Set<java.util.UUID> ids = held.stream().map(Review::id).collect(Collectors.toSet());
        List<ActionItem> actions = reviews.allActions().stream().filter(a -> ids.contains(a.reviewId())).toList();
        long done = actions.stream().filter(a -> a.doneAt() != null).count();
        long overdue = actions.stream().filter(a -> a.overdueOn(today)).count();
        figures.add(new Figure("review", "actions-closed", done, today, done + " of " + actions.size() + " action items done"));
        figures.add(new Figure("review", "actions-overdue", overdue, today, "open past their due date"));
        if (overdue > 0) {
            gaps.add(new Gap("review", overdue + " action items are past their due date"));
        }
    }

    private void partners(String site, LocalDate first, LocalDate last, ZoneId zone, List<Figure> figures) {
        java.time.Instant start = first.atStartOfDay(zone).toInstant();
        java.time.Instant end = last.plusDays(1).atStartOfDay(zone).toInstant();
        List<PartnerReport> reports = partnerReports.all().stream()
                .filter(r -> site == null || site.equals(r.siteId()))
                .filter(r -> within(r.receivedAt(), start, end)).toList();
        long concluded = reports.stream().filter(r -> r.status() == PartnerReport.Status.CONCLUDED).count();
        figures.add(new Figure("own-staff", "partner-reports-received", reports.size(), last,
                concluded + " concluded with an outcome told to the reporter"));
    }
}
