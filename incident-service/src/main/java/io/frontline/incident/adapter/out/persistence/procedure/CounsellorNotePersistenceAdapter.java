package io.frontline.incident.adapter.out.persistence.procedure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.frontline.incident.application.domain.model.procedure.CounsellorNote;
import io.frontline.incident.application.port.out.procedure.LoadCounsellorNotePort;
import io.frontline.incident.application.port.out.procedure.SaveCounsellorNotePort;
import io.frontline.platform.query.Cursor;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class CounsellorNotePersistenceAdapter implements SaveCounsellorNotePort, LoadCounsellorNotePort {
    @Inject
    CounsellorNoteRepository notes;

    @Inject
    ObjectMapper json;

    @Override
    public void save(CounsellorNote note) {
        CounsellorNoteJpaEntity e = notes.findByIdOptional(note.id()).orElseGet(CounsellorNoteJpaEntity::new);
        e.id = note.id();
        e.counsellor = note.counsellor();
        e.reporter = note.reporter().orElse(null);
        e.reporterHasAccount = note.reporterHasAccount();
        e.text = note.text();
        e.writtenAt = note.writtenAt();
        e.consents = write(note.consents().stream().map(StoredNoteParts.StoredConsent::of).toList());
        e.actions = write(note.actions().stream().map(StoredNoteParts.StoredAction::of).toList());
        if (!notes.isPersistent(e)) {
            notes.persist(e);
        }
    }

    @Override
    public Optional<CounsellorNote> load(UUID noteId) {
        return notes.findByIdOptional(noteId).map(this::toDomain);
    }

    @Override
    public List<CounsellorNote> ofReporter(String userId) {
        return notes.list("reporter = ?1 and reporterHasAccount = true order by writtenAt desc", userId).stream()
                .map(this::toDomain).toList();
    }

    @Override
    public List<CounsellorNote> ofCounsellor(String counsellor, Cursor after, int rows) {
        var query = after == null
                ? notes.find("counsellor = ?1 order by writtenAt desc, id desc", counsellor)
                : notes.find("counsellor = ?1 and (writtenAt < ?2 or (writtenAt = ?2 and id < ?3))"
                        + " order by writtenAt desc, id desc", counsellor, Instant.parse(after.key(0)),
                        UUID.fromString(after.key(1)));
        return query.page(Page.ofSize(rows)).list().stream().map(this::toDomain).toList();
    }

    private CounsellorNote toDomain(CounsellorNoteJpaEntity e) {
        return new CounsellorNote(e.id, e.counsellor, e.reporter, e.reporterHasAccount, e.text, e.writtenAt,
                read(e.consents, new TypeReference<List<StoredNoteParts.StoredConsent>>() { }).stream()
                        .map(StoredNoteParts.StoredConsent::toDomain).toList(),
                read(e.actions, new TypeReference<List<StoredNoteParts.StoredAction>>() { }).stream()
                        .map(StoredNoteParts.StoredAction::toDomain).toList());
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("note not writable", e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("note not readable", e);
        }
    }
}
