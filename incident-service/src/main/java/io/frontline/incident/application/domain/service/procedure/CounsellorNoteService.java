package io.frontline.incident.application.domain.service.procedure;

import io.frontline.incident.application.domain.model.procedure.CounsellorAction;
import io.frontline.incident.application.domain.model.procedure.CounsellorNote;
import io.frontline.incident.application.domain.model.procedure.NoteReadAttempt;
import io.frontline.incident.application.port.in.procedure.ListCounsellorNotesQuery;
import io.frontline.incident.application.port.in.procedure.ReadCounsellorNoteQuery;
import io.frontline.incident.application.port.in.procedure.ReadNoteAuditQuery;
import io.frontline.incident.application.port.in.procedure.RecordConsentCommand;
import io.frontline.incident.application.port.in.procedure.RecordConsentUseCase;
import io.frontline.incident.application.port.in.procedure.ReporterConsentCommand;
import io.frontline.incident.application.port.in.procedure.ReporterConsentUseCase;
import io.frontline.incident.application.port.in.procedure.TakeCounsellorActionCommand;
import io.frontline.incident.application.port.in.procedure.TakeCounsellorActionUseCase;
import io.frontline.incident.application.port.in.procedure.WriteCounsellorNoteCommand;
import io.frontline.incident.application.port.in.procedure.WriteCounsellorNoteUseCase;
import io.frontline.incident.application.port.out.procedure.AuditNoteReadsPort;
import io.frontline.incident.application.port.out.procedure.LoadCounsellorNotePort;
import io.frontline.incident.application.port.out.procedure.SaveCounsellorNotePort;
import io.frontline.platform.domain.AccessDenied;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.NotFound;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.query.Cursor;
import io.frontline.platform.query.ListPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The confidential counsellor's notes (seed 004, Taken vertrouwenspersonen): readable by their author only,
 * every read attempt audited; actions only with the reporter's consent, which a reporter with an account gives
 * and withdraws themselves.
 */
@ApplicationScoped
public class CounsellorNoteService implements WriteCounsellorNoteUseCase, ReadCounsellorNoteQuery,
        RecordConsentUseCase, ReporterConsentUseCase, TakeCounsellorActionUseCase, ReadNoteAuditQuery,
        ListCounsellorNotesQuery {
    private final LoadCounsellorNotePort load;
    private final SaveCounsellorNotePort save;
    private final AuditNoteReadsPort audit;
    private final Clock clock;

    @Inject
    public CounsellorNoteService(LoadCounsellorNotePort load, SaveCounsellorNotePort save, AuditNoteReadsPort audit,
                                 Clock clock) {
        this.load = load;
        this.save = save;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public CounsellorNote write(WriteCounsellorNoteCommand command) {
        if (!command.actor().hasRole(Roles.COUNSELLOR)) {
            throw new AccessDenied("Only a confidential counsellor keeps notes");
        }
        CounsellorNote note = CounsellorNote.write(UUID.randomUUID(), command.actor().userId(), command.reporter(),
                command.reporterHasAccount(), command.text(), clock.instant());
        save.save(note);
        return note;
    }

    @Override
    @Transactional
    public CounsellorNote read(Actor actor, UUID noteId) {
        Optional<CounsellorNote> note = load.load(noteId)
                .filter(n -> n.readableBy(actor.userId(), actor.hasRole(Roles.COUNSELLOR)));
        audit.record(new NoteReadAttempt(noteId, actor.userId(), clock.instant(), note.isPresent()));
        // Refused answers exactly like unknown: not even the note's existence is revealed.
        return note.orElseThrow(() -> new NotFound("counsellor note", noteId.toString()));
    }

    @Override
    @Transactional
    public void record(RecordConsentCommand command) {
        CounsellorNote note = own(command.actor(), command.noteId());
        note.recordConsent(command.actor().userId(), command.purpose(), command.how(), clock.instant());
        save.save(note);
    }

    @Override
    @Transactional
    public void give(ReporterConsentCommand command) {
        CounsellorNote note = reportersOwn(command.actor(), command.noteId());
        note.giveConsent(command.actor().userId(), command.purpose(), clock.instant());
        save.save(note);
    }

    @Override
    @Transactional
    public void withdraw(ReporterConsentCommand command) {
        CounsellorNote note = reportersOwn(command.actor(), command.noteId());
        note.withdrawConsent(command.actor().userId(), command.purpose(), clock.instant());
        save.save(note);
    }

    @Override
    @Transactional
    public List<CounsellorNote> notesOf(Actor actor) {
        return load.ofReporter(actor.userId()).stream().filter(n -> n.isReporter(actor.userId())).toList();
    }

    @Override
    @Transactional
    public ListPage<CounsellorNote> ownNotes(Actor actor, Cursor after, int limit) {
        if (!actor.hasRole(Roles.COUNSELLOR)) {
            throw new AccessDenied("Only a confidential counsellor keeps notes");
        }
        // The author is the token's subject: a counsellor never lists another counsellor's notes.
        return ListPage.of(load.ofCounsellor(actor.userId(), after, limit + 1), limit,
                n -> Cursor.of(SORT, n.writtenAt().toString(), n.id().toString()));
    }

    /** The reporter's note, by the token's subject; for anyone else it does not exist. */
    private CounsellorNote reportersOwn(Actor actor, UUID noteId) {
        return load.load(noteId).filter(n -> n.isReporter(actor.userId()))
                .orElseThrow(() -> new NotFound("counsellor note", noteId.toString()));
    }

    @Override
    @Transactional
    public CounsellorAction act(TakeCounsellorActionCommand command) {
        CounsellorNote note = own(command.actor(), command.noteId());
        CounsellorAction action = note.act(command.purpose(), command.description(), clock.instant());
        save.save(note);
        return action;
    }

    @Override
    @Transactional
    public ListPage<NoteReadAttempt> readAttempts(Actor actor, Cursor after, int limit) {
        if (!actor.hasAnyRole(Roles.HQ_SAFETY, Roles.ADMIN)) {
            throw new AccessDenied("Only HQ safety and administrators read the audit trail");
        }
        return ListPage.of(audit.newestFirst(after, limit + 1), limit, l -> Cursor.of(ReadNoteAuditQuery.TRAIL_SORT,
                l.attempt().attemptedAt().toString(), Long.toString(l.id()))).map(AuditNoteReadsPort.Line::attempt);
    }

    private CounsellorNote own(Actor actor, UUID noteId) {
        return load.load(noteId).filter(n -> n.readableBy(actor.userId(), actor.hasRole(Roles.COUNSELLOR)))
                .orElseThrow(() -> new NotFound("counsellor note", noteId.toString()));
    }
}
