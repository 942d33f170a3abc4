package io.frontline.notification.application.domain.service;

import io.frontline.notification.application.domain.model.Directory;
import io.frontline.notification.application.domain.model.DirectoryEntry;
import io.frontline.notification.application.domain.model.ListedPerson;
import io.frontline.notification.application.domain.model.SmsPaging;
import io.frontline.notification.application.domain.model.SmsPagingAudience;
import io.frontline.notification.application.port.in.SmsPagingFilter;
import io.frontline.notification.application.port.out.LoadDirectoryPort;
import io.frontline.notification.application.port.out.RoutingRulesPort;
import io.frontline.notification.application.port.out.escalation.EscalationPoliciesPort;
import io.frontline.platform.domain.Organisation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Lists people of the directory with whether critical news can page them by SMS (issue 15): who the routing rules
 * and escalation policies in force would page ({@link SmsPagingAudience}, over the active directory: the fall-back
 * from a site without a manager to its region depends on who else is there), and who has a number.
 */
@ApplicationScoped
public class SmsPagingNeeds {
    private final RoutingRulesPort rules;
    private final EscalationPoliciesPort policies;
    private final Organisation organisation;
    private final LoadDirectoryPort directory;

    @Inject
    public SmsPagingNeeds(RoutingRulesPort rules, EscalationPoliciesPort policies, Organisation organisation,
                          LoadDirectoryPort directory) {
        this.rules = rules;
        this.policies = policies;
        this.organisation = organisation;
        this.directory = directory;
    }

    /** The entries with their SMS paging, in the given order; only the missing ones when the filter says so. */
    public List<ListedPerson> list(Collection<DirectoryEntry> entries, SmsPagingFilter filter) {
        return list(entries, directory.loadDirectory(), filter);
    }

    /** As {@link #list(Collection, SmsPagingFilter)}, with the active directory already loaded. */
    public List<ListedPerson> list(Collection<DirectoryEntry> entries, Directory active, SmsPagingFilter filter) {
        Set<String> paged = new SmsPagingAudience(rules.routingRules(), policies.policies(), organisation).of(active);
        return entries.stream()
                .map(e -> new ListedPerson(e, new SmsPaging(e.person().mobileNumber().isPresent(),
                        e.active() && paged.contains(e.person().id()))))
                .filter(p -> filter != SmsPagingFilter.MISSING || p.smsPaging().missing())
                .toList();
    }
}
