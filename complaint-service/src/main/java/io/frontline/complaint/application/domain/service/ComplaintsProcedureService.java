package io.frontline.complaint.application.domain.service;

import io.frontline.complaint.application.domain.model.Category;
import io.frontline.complaint.application.domain.model.Channel;
import io.frontline.complaint.application.domain.model.Complaint;
import io.frontline.complaint.application.domain.model.ComplaintPolicy;
import io.frontline.complaint.application.domain.model.ComplaintsProcedure;
import io.frontline.complaint.application.domain.model.ContactRetention;
import io.frontline.complaint.application.domain.model.EscalationLevel;
import io.frontline.complaint.application.port.in.GetComplaintsProcedureQuery;
import io.frontline.complaint.application.port.out.ComplaintPolicyPort;
import io.frontline.platform.domain.NotFound;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.Site;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.ZoneId;
import java.util.List;

/** States the procedure from the policy port that files and reopens complaints, and from the domain's own rules. */
@ApplicationScoped
public class ComplaintsProcedureService implements GetComplaintsProcedureQuery {
    private final ComplaintPolicyPort policies;
    private final Organisation organisation;
    private final ContactRetention retention;

    @Inject
    public ComplaintsProcedureService(ComplaintPolicyPort policies, Organisation organisation,
                                      ContactRetention retention) {
        this.policies = policies;
        this.organisation = organisation;
        this.retention = retention;
    }

    @Override
    public ComplaintsProcedure chainProcedure() {
        return procedure(null, null, policies.chainPolicy());
    }

    @Override
    public ComplaintsProcedure procedureAt(String siteId) {
        Site site = organisation.findSite(siteId).orElseThrow(() -> new NotFound("site", siteId));
        return procedure(site.id(), site.timeZone(), policies.policyFor(site.id()));
    }

    private ComplaintsProcedure procedure(String siteId, ZoneId zone, ComplaintPolicy policy) {
        // The response term always pauses while the complaint waits for the complainant (Complaint.waitForComplainant).
        return new ComplaintsProcedure(siteId, zone, policy.acknowledgeOnReceipt(), policy.deadline(), true,
                Complaint.REOPEN_PERIOD, List.of(EscalationLevel.values()), retention, List.of(Category.values()),
                List.of(Channel.values()));
    }
}
