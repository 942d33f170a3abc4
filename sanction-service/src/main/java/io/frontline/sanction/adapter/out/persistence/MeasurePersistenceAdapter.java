package io.frontline.sanction.adapter.out.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.SubjectKey;
import io.frontline.platform.events.EventCodec;
import io.frontline.sanction.application.domain.model.BanEntry;
import io.frontline.sanction.application.domain.model.BanTerms;
import io.frontline.sanction.application.domain.model.Channel;
import io.frontline.sanction.application.domain.model.ContactBanTerms;
import io.frontline.sanction.application.domain.model.ContactScope;
import io.frontline.sanction.application.domain.model.EarlierDecision;
import io.frontline.sanction.application.domain.model.EntryBanTerms;
import io.frontline.sanction.application.domain.model.EntryCoverage;
import io.frontline.sanction.application.domain.model.HistoryItem;
import io.frontline.sanction.application.domain.model.Measure;
import io.frontline.sanction.application.domain.model.MeasureStatus;
import io.frontline.sanction.application.domain.model.MeasureType;
import io.frontline.sanction.application.domain.model.Objection;
import io.frontline.sanction.application.domain.model.ObjectionOutcome;
import io.frontline.sanction.application.domain.model.ObjectionReason;
import io.frontline.sanction.application.domain.model.ProposalBasis;
import io.frontline.sanction.application.domain.model.StaffTerms;
import io.frontline.sanction.application.port.out.LoadMeasurePort;
import io.frontline.sanction.application.port.out.SaveMeasurePort;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
class MeasurePersistenceAdapter implements LoadMeasurePort, SaveMeasurePort {
    private static final Sort NEWEST_FIRST = Sort.descending("proposedAt").and("id");
    private static final List<String> BAN_TYPES = List.of(MeasureType.CONTACT_BAN.name(), MeasureType.ENTRY_BAN.name());
    private static final List<String> DECIDED = List.of(MeasureStatus.APPROVED.name(), MeasureStatus.ACTIVE.name());
    private static final TypeReference<List<StoredHistoryItem>> HISTORY = new TypeReference<>() {
    };

    @Inject
    MeasureRepository repository;

    /** A measure's terms run in its site's calendar, as the organisation file names it. */
    @Inject
    Organisation organisation;

    @Override
    public Optional<Measure> load(UUID measureId) {
        return repository.findByIdOptional(measureId).map(this::toDomain);
    }

    @Override
    public List<Measure> ofSubjectSince(SubjectKey subjectKey, Instant since) {
        return repository.find("subjectKey = ?1 and proposedAt >= ?2", NEWEST_FIRST, subjectKey.value(), since)
                .stream().map(this::toDomain).toList();
    }

    @Override
    public List<Measure> newestFirst(SubjectKey subjectKey, MeasureStatus status, int limit) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (subjectKey != null) {
            where.add("subjectKey = :subject");
            parameters.and("subject", subjectKey.value());
        }
        if (status != null) {
            where.add("status = :status");
            parameters.and("status", status.name());
        }
        String query = where.isEmpty() ? "1 = 1" : String.join(" and ", where);
        return repository.find(query, NEWEST_FIRST, parameters).page(Page.ofSize(limit)).stream()
                .map(this::toDomain).toList();
    }

    @Override
    public List<Measure> dueToAdvance(Instant now, int limit) {
        // Locked and SKIP LOCKED: two replicas advancing at once each take different rows, so each step happens once.
        List<?> ids = repository.getEntityManager().createNativeQuery(
                        "SELECT id FROM measure WHERE (status = 'APPROVED' AND starts_at <= ?1) "
                                + "OR (status = 'ACTIVE' AND until <= ?1) ORDER BY id LIMIT ?2 FOR UPDATE SKIP LOCKED")
                .setParameter(1, now).setParameter(2, limit).getResultList();
        return ids.stream().map(id -> repository.findById((UUID) id)).filter(Objects::nonNull)
                .map(this::toDomain).toList();
    }

    @Override
    public List<BanEntry> bansInForceOrToCome(Instant now) {
        return repository.find("type in ?1 and status in ?2 and subjectKey is not null and (until is null or until > ?3)",
                        BAN_TYPES, DECIDED, now).stream()
                .map(this::toDomain).map(BanEntry::of).toList();
    }

    @Override
    public List<BanEntry> decidedBansOf(String subjectKey) {
        return repository.find("type in ?1 and status in ?2 and subjectKey = ?3", BAN_TYPES, DECIDED, subjectKey)
                .stream().map(this::toDomain).map(BanEntry::of).toList();
    }

    @Override
    public void insert(Measure measure) {
        MeasureJpaEntity entity = new MeasureJpaEntity();
        entity.id = measure.id();
        write(measure, entity);
        repository.persist(entity);
    }

    @Override
    public Measure update(Measure measure) {
        MeasureJpaEntity entity = repository.findById(measure.id());
        if (entity == null || entity.version != measure.version()) {
            throw new OptimisticLockException("measure " + measure.id() + " was changed meanwhile");
        }
        write(measure, entity);
        repository.flush();
        return toDomain(entity);
    }

    private static void write(Measure m, MeasureJpaEntity e) {
        e.type = m.type().name();
        e.status = m.status().name();
        e.subjectKey = m.subjectKey().map(SubjectKey::value).orElse(null);
        e.employeeId = m.employeeId().orElse(null);
        e.siteId = m.siteId();
        BanTerms terms = m.banTerms().orElse(null);
        if (terms instanceof ContactBanTerms contact) {
            e.contactScope = contact.scope().name();
            e.departmentSiteId = contact.departmentSiteId();
            e.departmentId = contact.departmentId();
            e.contactEmployeeId = contact.employeeId();
            e.channels = contact.channels().stream().map(Enum::name).sorted().toArray(String[]::new);
            e.alternativeChannel = contact.alternativeChannel() == null ? null : contact.alternativeChannel().name();
        } else if (terms instanceof EntryBanTerms entry) {
            e.entryCoverage = entry.coverage().name();
            e.entrySiteIds = entry.siteIds().stream().sorted().toArray(String[]::new);
            e.entryRegionId = entry.regionId();
        }
        m.staffTerms().ifPresent(s -> {
            e.suspensionDays = s.suspensionDays();
            e.fineAmount = s.fineAmount();
            e.transferToSiteId = s.transferToSiteId();
            e.procedureReference = s.procedureReference();
            e.advisedMeasure = s.advisedMeasure();
            e.followsAdvice = s.followsAdvice();
            e.departureReason = s.departureReason();
        });
        e.incidentConfirmedBy = decidedBy(m, EarlierDecision.Part.INCIDENT_CONFIRMER);
        e.suggestionConfirmedBy = decidedBy(m, EarlierDecision.Part.SUGGESTION_CONFIRMER);
        e.procedureDecidedBy = decidedBy(m, EarlierDecision.Part.PROCEDURE_DECIDER);
        e.duration = m.duration().map(Period::toString).orElse(null);
        e.requestedStart = m.requestedStart().orElse(null);
        ProposalBasis basis = m.basis();
        e.rule = basis.rule();
        e.ruleExplanation = basis.explanation();
        e.history = json(basis.history());
        e.incidentId = basis.incidentId();
        e.policeReportRecommended = basis.policeReportRecommended();
        e.proposedBy = m.proposedBy();
        e.proposedAt = m.proposedAt();
        e.approvedBy = m.approvedBy().orElse(null);
        e.approvedAt = m.approvedAt().orElse(null);
        e.startsAt = m.startsAt().orElse(null);
        e.until = m.until().orElse(null);
        e.endedBy = m.endedBy().orElse(null);
        e.endedAt = m.endedAt().orElse(null);
        e.endReason = m.endReason().orElse(null);
        e.wronglyImposed = m.wronglyImposed();
        Objection o = m.objection().orElse(null);
        e.objectionFiledBy = o == null ? null : o.filedBy();
        e.objectionFiledAt = o == null ? null : o.filedAt();
        e.objectionGrounds = o == null ? null : o.grounds();
        e.objectionDecisionDue = o == null ? null : o.decisionDue();
        e.objectionOutcome = o == null || o.outcome() == null ? null : o.outcome().name();
        e.objectionReasonCode = o == null || o.reasonCode() == null ? null : o.reasonCode().name();
        e.objectionDecidedBy = o == null ? null : o.decidedBy();
        e.objectionDecidedAt = o == null ? null : o.decidedAt();
        e.objectionDecisionReason = o == null ? null : o.decisionReason();
    }

    Measure toDomain(MeasureJpaEntity e) {
        MeasureType type = MeasureType.valueOf(e.type);
        BanTerms terms = null;
        if (e.contactScope != null) {
            Set<Channel> channels = e.channels == null || e.channels.length == 0 ? Set.of()
                    : Arrays.stream(e.channels).map(Channel::valueOf)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Channel.class)));
            terms = new ContactBanTerms(ContactScope.valueOf(e.contactScope), e.departmentSiteId, e.departmentId,
                    e.contactEmployeeId, channels, e.alternativeChannel == null ? null
                    : Channel.valueOf(e.alternativeChannel));
        } else if (e.entryCoverage != null) {
            terms = new EntryBanTerms(EntryCoverage.valueOf(e.entryCoverage),
                    e.entrySiteIds == null ? Set.of() : Set.of(e.entrySiteIds), e.entryRegionId);
        }
        StaffTerms staff = e.advisedMeasure == null ? null : new StaffTerms(e.suspensionDays, e.fineAmount,
                e.transferToSiteId, e.procedureReference, e.advisedMeasure, Boolean.TRUE.equals(e.followsAdvice),
                e.departureReason);
        Objection objection = e.objectionFiledAt == null ? null : new Objection(e.objectionFiledBy,
                e.objectionFiledAt, e.objectionGrounds, e.objectionDecisionDue,
                e.objectionOutcome == null ? null : ObjectionOutcome.valueOf(e.objectionOutcome),
                e.objectionReasonCode == null ? null : ObjectionReason.valueOf(e.objectionReasonCode),
                e.objectionDecidedBy, e.objectionDecidedAt, e.objectionDecisionReason);
        return new Measure(e.id, type, e.subjectKey == null ? null : new SubjectKey(e.subjectKey), e.employeeId,
                e.siteId, terms, staff, e.duration == null ? null : Period.parse(e.duration), e.requestedStart,
                new ProposalBasis(e.rule, e.ruleExplanation, history(e.history), e.incidentId,
                        e.policeReportRecommended),
                e.proposedBy, e.proposedAt, MeasureStatus.valueOf(e.status), e.approvedBy, e.approvedAt, e.startsAt,
                e.until, e.endedBy, e.endedAt, e.endReason, objection, earlierDecisions(e), e.wronglyImposed, e.version,
                organisation.zoneOf(e.siteId));
    }

    private static String decidedBy(Measure m, EarlierDecision.Part part) {
        return m.earlierDecisions().stream().filter(d -> d.part() == part).map(EarlierDecision::userId).findFirst()
                .orElse(null);
    }

    private static List<EarlierDecision> earlierDecisions(MeasureJpaEntity e) {
        List<EarlierDecision> decisions = new ArrayList<>();
        if (e.incidentConfirmedBy != null) {
            decisions.add(new EarlierDecision(EarlierDecision.Part.INCIDENT_CONFIRMER, e.incidentConfirmedBy));
        }
        if (e.suggestionConfirmedBy != null) {
            decisions.add(new EarlierDecision(EarlierDecision.Part.SUGGESTION_CONFIRMER, e.suggestionConfirmedBy));
        }
        if (e.procedureDecidedBy != null) {
            decisions.add(new EarlierDecision(EarlierDecision.Part.PROCEDURE_DECIDER, e.procedureDecidedBy));
        }
        return decisions;
    }

    private static String json(List<HistoryItem> history) {
        try {
            return EventCodec.mapper().writeValueAsString(history.stream().map(StoredHistoryItem::of).toList());
        } catch (JsonProcessingException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static List<HistoryItem> history(String json) {
        try {
            return EventCodec.mapper().readValue(json, HISTORY).stream().map(StoredHistoryItem::toDomain).toList();
        } catch (JsonProcessingException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** A history item as the measure's row stores it (JSON): its own shape, so a domain change cannot alter rows. */
    record StoredHistoryItem(String kind, String id, String label, Instant at) {
        static StoredHistoryItem of(HistoryItem item) {
            return new StoredHistoryItem(item.kind(), item.id(), item.label(), item.at());
        }

        HistoryItem toDomain() {
            return new HistoryItem(kind, id, label, at);
        }
    }
}
