package io.frontline.sanction.application.domain.service;

import io.frontline.platform.domain.CalendarTerm;
import io.frontline.platform.domain.NotFound;
import io.frontline.platform.domain.TrackingSecret;
import io.frontline.sanction.application.domain.model.BanNotice;
import io.frontline.sanction.application.domain.model.BanNoticeView;
import io.frontline.sanction.application.domain.model.Measure;
import io.frontline.sanction.application.domain.model.MeasureEvent;
import io.frontline.sanction.application.domain.model.MissedObjectionTerm;
import io.frontline.sanction.application.domain.model.ObjectionTermPolicy;
import io.frontline.sanction.application.port.in.BanNoticeUseCase;
import io.frontline.sanction.application.port.in.FileBanObjectionCommand;
import io.frontline.sanction.application.port.in.WatchObjectionTermsUseCase;
import io.frontline.sanction.application.port.out.BanNoticesPort;
import io.frontline.sanction.application.port.out.LoadMeasurePort;
import io.frontline.sanction.application.port.out.PublishSanctionEventsPort;
import io.frontline.sanction.application.port.out.SaveMeasurePort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The customer's side of a ban (issue 17): the written notice of an approved contact or entry ban, the public
 * page's status and objection with reference and secret, and the watch on the objection's decision term.
 */
@ApplicationScoped
public class BanNoticeService implements BanNoticeUseCase, WatchObjectionTermsUseCase {
    /** The objection's filer when the customer objects themselves: their notice, never their name. */
    public static final String CUSTOMER = "customer:";
    private static final int WATCH_BATCH = 100;

    private final BanNoticesPort notices;
    private final LoadMeasurePort load;
    private final SaveMeasurePort save;
    private final PublishSanctionEventsPort events;
    private final Clock clock;
    private final CalendarTerm lateHandling;

    @Inject
    public BanNoticeService(BanNoticesPort notices, LoadMeasurePort load, SaveMeasurePort save,
                            PublishSanctionEventsPort events, Clock clock, ObjectionTermPolicy policy) {
        this.notices = notices;
        this.load = load;
        this.save = save;
        this.events = events;
        this.clock = clock;
        this.lateHandling = policy.lateHandling();
    }

    /**
     * Issues the customer's notice of a ban just approved, in the approval's transaction, and announces it
     * ({@code ban-notice-issued}, subject key only). Nothing for a staff measure or a measure that is not a ban.
     */
    public Optional<BanNotice> issueFor(Measure measure) {
        if (!BanNotice.dueFor(measure) || notices.byMeasure(measure.id()).isPresent()) {
            return Optional.empty();
        }
        BanNotice notice = new BanNotice(measure.id(), BanNotice.newReference(),
                measure.subjectKey().orElseThrow().value(), null, clock.instant());
        notices.insert(notice);
        events.publishNotice(measure, notice);
        return Optional.of(notice);
    }

    @Override
    @Transactional
    public BanNoticeView status(String reference, String secret) {
        BanNotice notice = opened(reference, secret);
        return new BanNoticeView(notice, load.load(notice.measureId())
                .orElseThrow(() -> new NotFound("ban notice", reference)));
    }

    @Override
    @Transactional
    public BanNoticeView object(FileBanObjectionCommand command) {
        BanNotice notice = opened(command.reference(), command.secret());
        Measure measure = load.load(notice.measureId())
                .orElseThrow(() -> new NotFound("ban notice", command.reference()));
        MeasureEvent filed = measure.fileObjection(CUSTOMER + notice.reference(), command.grounds(), clock.instant());
        Measure stored = save.update(measure);
        events.publish(stored, filed);
        return new BanNoticeView(notice, stored);
    }

    @Override
    @Transactional
    public String issueSecret(String sender, String reference) {
        String secret = TrackingSecret.generate();
        if (!notices.replaceSecret(reference, TrackingSecret.hash(secret), clock.instant())) {
            throw new NotFound("ban notice", reference);
        }
        return secret;
    }

    @Override
    @Transactional
    public int announceMissedTerms() {
        Instant now = clock.instant();
        int announced = 0;
        for (UUID id : notices.undecidedObjectionsPastDue(now, WATCH_BATCH)) {
            Optional<Measure> found = load.load(id);
            if (found.isEmpty() || found.get().objection().isEmpty()) {
                continue;
            }
            Measure measure = found.get();
            MissedObjectionTerm missed = new MissedObjectionTerm(id, measure.objection().get().decisionDue(),
                    lateHandling.endsAt(now, measure.siteZone()), now);
            if (notices.recordAnnounced(missed)) {
                events.publishTermMissed(measure, notices.byMeasure(id).orElse(null), missed);
                announced++;
            }
        }
        return announced;
    }

    /** The notice behind this reference if the secret opens it; otherwise not found, whichever was wrong. */
    private BanNotice opened(String reference, String secret) {
        return Optional.ofNullable(reference).flatMap(notices::byReference)
                .filter(n -> n.secretHash() != null && TrackingSecret.matches(n.secretHash(), secret))
                .orElseThrow(() -> new NotFound("ban notice", reference == null ? "" : reference));
    }
}
