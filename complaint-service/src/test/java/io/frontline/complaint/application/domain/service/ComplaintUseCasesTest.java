package io.frontline.complaint.application.domain.service;

import io.frontline.complaint.application.domain.model.Category;
import io.frontline.complaint.application.domain.model.Channel;
import io.frontline.complaint.application.domain.model.ComplainantContact;
import io.frontline.complaint.application.domain.model.Complaint;
import io.frontline.complaint.application.domain.model.ComplaintAcknowledged;
import io.frontline.complaint.application.domain.model.ComplaintEvent;
import io.frontline.complaint.application.domain.model.ComplaintPolicy;
import io.frontline.complaint.application.domain.model.ComplaintReceived;
import io.frontline.complaint.application.domain.model.ComplaintReference;
import io.frontline.complaint.application.domain.model.ComplaintRejected;
import io.frontline.complaint.application.domain.model.ComplaintStatistics;
import io.frontline.complaint.application.domain.model.ComplaintStatus;
import io.frontline.complaint.application.domain.model.ConductIndicator;
import io.frontline.complaint.application.domain.model.DemandJudgement;
import io.frontline.complaint.application.domain.model.MannerJudgement;
import io.frontline.complaint.application.port.in.AssessConductCommand;
import io.frontline.complaint.application.port.in.ComplaintActionCommand;
import io.frontline.complaint.application.port.in.FileComplaintCommand;
import io.frontline.complaint.application.port.out.ComplainantContactPort;
import io.frontline.complaint.application.port.out.ComplaintPolicyPort;
import io.frontline.complaint.application.port.out.LoadComplaintPort;
import io.frontline.complaint.application.port.out.NextReferenceNumberPort;
import io.frontline.complaint.application.port.out.PublishComplaintEventsPort;
import io.frontline.complaint.application.port.out.SaveComplaintPort;
import io.frontline.complaint.application.port.out.ScreenConductPort;
import io.frontline.platform.domain.AccessDenied;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.DomainException;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.organisation.OrganisationProducer;
import io.frontline.platform.security.SubjectKeys;
import io.frontline.platform.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The complaint use cases with their ports in memory: fast, no container, named as the rules they hold. */
class ComplaintUseCasesTest {
    private static final Organisation ORGANISATION =
            OrganisationProducer.load("classpath:frontline/local/organisation.yaml");
    // 09:00 in Amsterdam on 2 November 2026
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T08:00:00Z"));
    private final InMemoryComplaints complaints = new InMemoryComplaints();
    private final List<ComplaintEvent> published = new ArrayList<>();
    private final List<io.frontline.complaint.application.domain.model.Channel> received = new ArrayList<>();
    private final ComplaintService service = new ComplaintService(complaints, complaints, new AtomicLong()::incrementAndGet,
            published::add, new NoContacts(), new DefaultPolicy(), text -> Set.of(),
            new SubjectKeys("a-test-secret-of-at-least-thirty-two-bytes", Optional.empty(), ORGANISATION),
            ORGANISATION, received::add, new NoReplyTokens(), clock);

    private static final Actor EMMA = new Actor("emma.staff", Set.of(Roles.STAFF), Set.of("ams-centrum"), Set.of());
    private static final Actor DAAN = new Actor("daan.staff", Set.of(Roles.STAFF), Set.of("utr-centraal"), Set.of());
    private static final Actor CHRIS = handler("chris.handler");
    private static final Actor ANOTHER_HANDLER = handler("second.handler");

    @Test
    void a_complaint_filed_at_a_branch_is_acknowledged_at_once_and_answered_within_fourteen_days() {
        Complaint complaint = file(EMMA, "ams-centrum");

        assertThat(complaint.status()).isEqualTo(ComplaintStatus.ACKNOWLEDGED);
        assertThat(complaint.responseDue()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(complaints.saved).containsKey(complaint.id());
        assertThat(published).hasExactlyElementsOfTypes(ComplaintReceived.class, ComplaintAcknowledged.class);
    }

    @Test
    void staff_cannot_file_for_a_site_that_is_not_theirs_and_nothing_is_saved_or_published() {
        assertThatThrownBy(() -> file(DAAN, "ams-centrum")).isInstanceOf(AccessDenied.class);
        assertThat(complaints.saved).isEmpty();
        assertThat(published).isEmpty();
    }

    @Test
    void a_complaint_whose_manner_was_judged_abusive_is_rejected_only_when_a_second_person_approves() {
        UUID id = file(EMMA, "ams-centrum").id();
        service.startHandling(new ComplaintActionCommand(CHRIS, id, null));
        service.assessConduct(new AssessConductCommand(CHRIS, id, DemandJudgement.UNREASONABLE, MannerJudgement.ABUSIVE,
                Set.of(ConductIndicator.INSULT), "Scheldwoorden tegen de medewerker aan de kassa, herhaaldelijk"));
        published.clear();

        Complaint proposed = service.reject(new ComplaintActionCommand(CHRIS, id,
                "De eis om een volledige terugbetaling plus schadevergoeding is niet redelijk: het product was in orde."));
        assertThat(proposed.status()).isNotEqualTo(ComplaintStatus.REJECTED);
        assertThatThrownBy(() -> service.approveRejection(new ComplaintActionCommand(CHRIS, id, null)))
                .isInstanceOf(DomainException.class);
        assertThat(published).isEmpty();

        Complaint rejected = service.approveRejection(new ComplaintActionCommand(ANOTHER_HANDLER, id, null));
        assertThat(rejected.status()).isEqualTo(ComplaintStatus.REJECTED);
        assertThat(published).hasExactlyElementsOfTypes(ComplaintRejected.class);
    }

    private Complaint file(Actor actor, String site) {
        return service.file(new FileComplaintCommand(actor, site, Channel.IN_STORE, Category.SERVICE,
                "Lange wachttijd", "Ik stond twintig minuten in de rij bij de kassa.", "nl", null)).complaint();
    }

    private static Actor handler(String name) {
        return new Actor(name, Set.of(Roles.COMPLAINT_HANDLER), Set.of("ams-centrum"), Set.of());
    }

    /** Saves and loads complaints in a map, as the database would hold them for this test. */
    static final class InMemoryComplaints implements SaveComplaintPort, LoadComplaintPort {
        final Map<UUID, Complaint> saved = new HashMap<>();

        @Override
        public void save(Complaint complaint) {
            saved.put(complaint.id(), complaint);
        }

        @Override
        public Optional<Complaint> load(UUID complaintId) {
            return Optional.ofNullable(saved.get(complaintId));
        }

        @Override
        public Optional<Complaint> loadByReference(ComplaintReference reference) {
            return saved.values().stream().filter(c -> c.reference().equals(reference)).findFirst();
        }

        @Override
        public List<UUID> complaintsWithRunningTerm() {
            return saved.values().stream().filter(c -> !c.isClosed()).map(Complaint::id).toList();
        }

        @Override
        public List<UUID> closedBefore(Instant cutoff) {
            return List.of();
        }

        @Override
        public List<ComplaintStatistics.Facts> factsReceivedBetween(java.util.Set<String> sites, Instant from, Instant toExclusive) {
            return List.of();
        }
    }

    static final class NoContacts implements ComplainantContactPort {
        @Override
        public void store(UUID complaintId, ComplainantContact contact, String emailKey, String phoneKey) {
        }

        @Override
        public Optional<ComplainantContact> find(UUID complaintId) {
            return Optional.empty();
        }

        @Override
        public List<UUID> complaintsOfSubject(String subjectKey) {
            return List.of();
        }

        @Override
        public Optional<String> emailKeyOf(UUID complaintId) {
            return Optional.empty();
        }

        @Override
        public boolean erase(UUID complaintId) {
            return false;
        }
    }

    /** No mail carries a token here: every token is refused. */
    static final class NoReplyTokens implements io.frontline.complaint.application.port.out.ReplyTokenPort {
        @Override
        public String issue(UUID complaintId, io.frontline.complaint.application.domain.model.ComplaintReference reference) {
            return "none";
        }

        @Override
        public Optional<io.frontline.complaint.application.domain.model.ComplaintReference> claimedReference(String token) {
            return Optional.empty();
        }

        @Override
        public boolean isValid(String token, UUID complaintId,
                               io.frontline.complaint.application.domain.model.ComplaintReference reference) {
            return false;
        }
    }

    static final class DefaultPolicy implements ComplaintPolicyPort {
        @Override
        public ComplaintPolicy policyFor(String siteId) {
            return ComplaintPolicy.DEFAULT;
        }

        @Override
        public ComplaintPolicy chainPolicy() {
            return ComplaintPolicy.DEFAULT;
        }
    }
}
