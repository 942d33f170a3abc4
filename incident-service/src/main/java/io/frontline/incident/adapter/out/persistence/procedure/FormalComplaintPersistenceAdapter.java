package io.frontline.incident.adapter.out.persistence.procedure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.frontline.incident.application.domain.model.procedure.FormalComplaint;
import io.frontline.incident.application.domain.model.procedure.ProcedureStatus;
import io.frontline.incident.application.port.out.procedure.ListFormalComplaintsPort;
import io.frontline.incident.application.port.out.procedure.LoadFormalComplaintPort;
import io.frontline.incident.application.port.out.procedure.NextProcedureReferencePort;
import io.frontline.incident.application.port.out.procedure.SaveFormalComplaintPort;
import io.frontline.platform.domain.InvalidValue;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.query.Cursor;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class FormalComplaintPersistenceAdapter implements SaveFormalComplaintPort, LoadFormalComplaintPort,
        NextProcedureReferencePort, ListFormalComplaintsPort {
    @Inject
    FormalComplaintRepository repository;

    @Inject
    ObjectMapper json;

    /** The procedure's terms run in the chain's calendar, as the organisation file names it now. */
    @Inject
    Organisation organisation;

    @Override
    public void save(FormalComplaint c) {
        FormalComplaintJpaEntity entity = repository.findByIdOptional(c.id()).orElseGet(FormalComplaintJpaEntity::new);
        entity.id = c.id();
        entity.reference = c.reference();
        entity.complainant = c.complainant();
        entity.accused = c.accused();
        entity.status = c.status().name();
        entity.receivedAt = c.receivedAt();
        entity.termsRunning = c.hasTermsToWatch();
        entity.caseFile = write(StoredCaseFile.of(c));
        if (!repository.isPersistent(entity)) {
            repository.persist(entity);
        }
    }

    @Override
    public Optional<FormalComplaint> load(UUID complaintId) {
        return repository.findByIdOptional(complaintId).map(this::toDomain);
    }

    @Override
    public List<FormalComplaint> loadWithRunningTerms() {
        return repository.list("termsRunning = true order by receivedAt").stream().map(this::toDomain).toList();
    }

    /** Scope and keyset in the query itself (never filtered after the limit); indexes: V60. */
    @Override
    public List<FormalComplaint> page(String party, boolean all, boolean running, Cursor after, int rows) {
        Parameters params = new Parameters();
        List<String> where = new ArrayList<>();
        if (!all) {
            where.add(running ? "(complainant = :party or accused = :party or termsRunning = true)"
                    : "(complainant = :party or accused = :party)");
            params = params.and("party", party);
        }
        if (after != null) {
            Instant afterAt;
            UUID afterId;
            try {
                afterAt = Instant.parse(after.key(0));
                afterId = UUID.fromString(after.key(1));
            } catch (RuntimeException e) {
                throw new InvalidValue("cursor", "cursor is not one this list handed out; start again without it");
            }
            where.add("(receivedAt < :afterAt or (receivedAt = :afterAt and id < :afterId))");
            params = params.and("afterAt", afterAt).and("afterId", afterId);
        }
        String query = "from FormalComplaintJpaEntity " + (where.isEmpty() ? "" : "where " + String.join(" and ", where) + " ")
                + "order by receivedAt desc, id desc";
        return repository.find(query, params).range(0, rows - 1).list()
                .stream().map(this::toDomain).toList();
    }

    @Override
    public long nextProcedureReferenceNumber() {
        return ((Number) repository.getEntityManager()
                .createNativeQuery("SELECT nextval('procedure_reference_seq')").getSingleResult()).longValue();
    }

    private FormalComplaint toDomain(FormalComplaintJpaEntity e) {
        StoredCaseFile f = read(e.caseFile);
        return new FormalComplaint(e.id, e.reference, e.complainant, e.accused, f.complaint(), f.filedBy(),
                e.receivedAt, f.committee().toDomain(), ProcedureStatus.valueOf(e.status), f.hearingsToDomain(),
                f.positionsToDomain(), f.advisersToDomain(), f.expertsToDomain(), f.interimMeasuresToDomain(),
                f.votesToDomain(), f.reportToDomain(), f.decisionToDomain(), f.objectionsToDomain(),
                f.announcedMissedTermsToDomain(), organisation.timeZone());
    }

    private String write(StoredCaseFile file) {
        try {
            return json.writeValueAsString(file);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("case file not writable", e);
        }
    }

    private StoredCaseFile read(String text) {
        try {
            return json.readValue(text, StoredCaseFile.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("case file not readable", e);
        }
    }
}
