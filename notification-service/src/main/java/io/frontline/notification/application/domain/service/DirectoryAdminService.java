package io.frontline.notification.application.domain.service;

import io.frontline.notification.application.domain.model.Directory;
import io.frontline.notification.application.domain.model.DirectoryEntry;
import io.frontline.notification.application.domain.model.ListedPerson;
import io.frontline.notification.application.domain.model.Recipient;
import io.frontline.notification.application.port.in.ManageDirectoryUseCase;
import io.frontline.notification.application.port.in.SmsPagingFilter;
import io.frontline.notification.application.port.out.LoadDirectoryPort;
import io.frontline.notification.application.port.out.SaveRecipientsPort;
import io.frontline.platform.domain.IllegalTransition;
import io.frontline.platform.domain.NotFound;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.TreeSet;

/** The directory as administrators keep it; the same rules as the directory file. */
@ApplicationScoped
public class DirectoryAdminService implements ManageDirectoryUseCase {
    private final LoadDirectoryPort load;
    private final SaveRecipientsPort save;
    private final Organisation organisation;
    private final SmsPagingNeeds smsPaging;

    @Inject
    public DirectoryAdminService(LoadDirectoryPort load, SaveRecipientsPort save, Organisation organisation,
                                 SmsPagingNeeds smsPaging) {
        this.load = load;
        this.save = save;
        this.organisation = organisation;
        this.smsPaging = smsPaging;
    }

    @Override
    @Transactional
    public List<ListedPerson> people(SmsPagingFilter filter) {
        Directory active = load.loadDirectory();
        return smsPaging.list(active.recipients().stream().map(r -> new DirectoryEntry(r, true, null, null)).toList(),
                active, filter);
    }

    @Override
    @Transactional
    public Recipient person(String id) {
        return save.find(id).orElseThrow(() -> new NotFound("person", id));
    }

    @Override
    @Transactional
    public Recipient create(Recipient person) {
        check(person);
        if (save.find(person.id()).isPresent()) {
            throw new IllegalTransition("person", "in the directory already", "created again");
        }
        save.saveRecipients(List.of(person));
        return person;
    }

    @Override
    @Transactional
    public Recipient update(Recipient person) {
        check(person);
        person(person.id());
        save.saveRecipients(List.of(person));
        return person;
    }

    private void check(Recipient person) {
        for (String role : person.roles()) {
            if (!Recipient.PERSON_ROLES.contains(role)) {
                throw new RuleViolation("roles", "Unknown role " + role + "; expected one of "
                        + new TreeSet<>(Recipient.PERSON_ROLES));
            }
        }
        for (String site : person.sites()) {
            if (organisation.findSite(site).isEmpty()) {
                throw new RuleViolation("sites", "Unknown site " + site);
            }
        }
        for (String region : person.regions()) {
            if (organisation.findRegion(region).isEmpty()) {
                throw new RuleViolation("regions", "Unknown region " + region);
            }
        }
        if (person.hasRole(Roles.SITE_MANAGER) && person.sites().isEmpty()) {
            throw new RuleViolation("sites", "A site-manager needs at least one site");
        }
        if (person.hasRole(Roles.REGIONAL_MANAGER) && person.regions().isEmpty()) {
            throw new RuleViolation("regions", "A regional-manager needs at least one region");
        }
    }
}
