package io.frontline.prevention.adapter.out.persistence;

import io.frontline.prevention.application.domain.model.Playbook;
import io.frontline.prevention.application.port.out.PlaybookStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
class PlaybookPersistenceAdapter implements PlaybookStore {
    /** What a playbook row keeps as JSON (the seed rows of V2 are written in this shape). */
    record PlaybookContents(String title, List<String> incidentTypes, int responders, String endingContact,
                            String apology, String recording, List<String> listenFor, List<String> inform) {
    }

    @Inject
    EntityManager em;

    @Inject
    Json json;

    @Override
    public void save(Playbook p) {
        PlaybookJpaEntity found = em.find(PlaybookJpaEntity.class, p.situation());
        PlaybookJpaEntity e = found != null ? found : new PlaybookJpaEntity();
        e.situation = p.situation();
        e.contents = json.write(new PlaybookContents(p.title(), p.incidentTypes(), p.responders(), p.endingContact(),
                p.apology(), p.recording(), p.listenFor(), p.inform()));
        e.updatedBy = p.updatedBy();
        e.updatedAt = p.updatedAt();
        if (found == null) {
            // Persisted once every column is set: the insert takes the state at persist
            em.persist(e);
        }
    }

    @Override
    public Optional<Playbook> find(String situation) {
        return Optional.ofNullable(em.find(PlaybookJpaEntity.class, situation)).map(this::toDomain);
    }

    @Override
    public List<Playbook> all() {
        return em.createQuery("from PlaybookJpaEntity order by situation", PlaybookJpaEntity.class).getResultList()
                .stream().map(this::toDomain).toList();
    }

    private Playbook toDomain(PlaybookJpaEntity e) {
        PlaybookContents c = json.read(e.contents, PlaybookContents.class);
        return new Playbook(e.situation, c.title(), c.incidentTypes(), c.responders(), c.endingContact(), c.apology(),
                c.recording(), c.listenFor(), c.inform(), e.updatedBy, e.updatedAt);
    }
}
